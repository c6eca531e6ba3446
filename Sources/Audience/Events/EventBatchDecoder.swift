import DramaModel
public import Foundation

/// Validates untrusted request bodies of viewer events, field by field.
///
/// A body is one event, an array of events, or `{"batch": [...]}` of at most
/// `maximumBatch`. Every bad event becomes an `IngestReport.Rejection` with the field path
/// (`batch[3].properties.episode`) and the reason; the good ones are kept. A body that is
/// not JSON at all, empty, or too large is refused as a whole with `AudienceError`.
/// No input makes it trap: nesting is bounded and every number is range-checked.
///
/// ```swift
/// let decoded = try EventBatchDecoder(knownSeries: ["jade"]).decode(body)
/// decoded.events     // valid events, in body order
/// decoded.rejected   // [Rejection(index: 2, field: "batch[2].timestamp", reason: …)]
/// ```
public struct EventBatchDecoder: Sendable {
    /// The result of decoding one body.
    package struct DecodedBatch: Sendable, Hashable {
        /// Where a valid event was in the body: its index and its path (`batch[3]`, `[3]`, or
        /// `""` for a body that is one event), so a later check can refuse it by field.
        package struct Origin: Sendable, Hashable {
            /// Its position in the batch.
            package var index: Int
            /// Its path in the body.
            package var path: String

            /// The path of `field` of this event (`batch[3].properties.episode`).
            package func field(_ field: String) -> String { path.isEmpty ? field : "\(path).\(field)" }
        }

        /// Valid events, in body order.
        package var events: [ViewerEvent]
        /// Where each of `events` was in the body.
        package var origins: [Origin] = []
        /// Refused events, with reasons.
        package var rejected: [IngestReport.Rejection]
        /// For each refused event, its series when it named one (`""` when not): so rejected
        /// counts can be kept per series.
        package var rejectedSeries: [String]

        /// Refuses the valid events `problem` finds fault with: each moves to `rejected` with
        /// the field `problem` names (inside the event: `properties.episode`) under the event's
        /// path, and the reason. The others stay, in order.
        package mutating func refuse(_ problem: (ViewerEvent) -> (field: String, reason: String)?) {
            var kept: [ViewerEvent] = [], keptOrigins: [Origin] = []
            kept.reserveCapacity(events.count)
            keptOrigins.reserveCapacity(events.count)
            for (event, origin) in zip(events, origins) {
                if let problem = problem(event) {
                    rejected.append(IngestReport.Rejection(index: origin.index, field: origin.field(problem.field), reason: problem.reason))
                    rejectedSeries.append(event.series)
                } else {
                    kept.append(event)
                    keptOrigins.append(origin)
                }
            }
            events = kept
            origins = keptOrigins
        }
    }

    /// The most events one body may carry.
    public static let maximumBatch = 1000

    /// Series ids events may name; `nil` accepts any.
    public var knownSeries: Set<String>?
    /// The server's clock: events more than a day after it or 400 days before are refused.
    public var receivedAt: Date

    /// Creates a decoder.
    public init(knownSeries: Set<String>? = nil, receivedAt: Date = Date()) {
        self.knownSeries = knownSeries
        self.receivedAt = receivedAt
    }

    /// Decodes and validates `body`.
    ///
    /// - Throws: `AudienceError` `.invalidInput` when the body is not JSON, not an event, an
    ///   array or `{"batch": [...]}`, or is empty; `.tooLarge` over `maximumBatch` events.
    package func decode(_ body: Data) throws(AudienceError) -> DecodedBatch {
        let parsed: JSONValue
        do {
            parsed = try JSONValue.parse(body)
        } catch {
            throw AudienceError(code: .invalidInput, message: "the body is not JSON (\(error)); send {\"batch\": [event, …]}", field: "body")
        }
        let items: [JSONValue]
        let prefix: String
        switch parsed {
        case .object(let object) where object["batch"] != nil:
            guard case .array(let array)? = object["batch"] else {
                throw AudienceError(code: .invalidInput, message: "\"batch\" must be an array of events", field: "batch")
            }
            items = array
            prefix = "batch"
        case .array(let array):
            items = array
            prefix = ""
        case .object:
            items = [parsed]
            prefix = "event"
        default:
            throw AudienceError(code: .invalidInput, message: "expected an event object, an array of events or {\"batch\": [...]}, not \(parsed.kindName)", field: "body")
        }
        guard !items.isEmpty else { throw AudienceError(code: .invalidInput, message: "the batch is empty", field: prefix.isEmpty ? "body" : prefix) }
        guard items.count <= Self.maximumBatch else {
            throw AudienceError(code: .tooLarge, message: "\(items.count) events in one batch; send at most \(Self.maximumBatch)", field: prefix.isEmpty ? "body" : prefix)
        }
        var decoded = DecodedBatch(events: [], rejected: [], rejectedSeries: [])
        decoded.events.reserveCapacity(items.count)
        decoded.origins.reserveCapacity(items.count)
        let now = Timestamp.milliseconds(receivedAt)
        for (index, item) in items.enumerated() {
            let path = prefix == "event" ? "" : prefix.isEmpty ? "[\(index)]" : "\(prefix)[\(index)]"
            switch validate(item, path: path, now: now) {
            case .success(let event):
                decoded.events.append(event)
                decoded.origins.append(DecodedBatch.Origin(index: index, path: path))
            case .failure(let problem):
                decoded.rejected.append(IngestReport.Rejection(index: index, field: problem.field, reason: problem.reason))
                decoded.rejectedSeries.append(Self.seriesName(in: item))
            }
        }
        return decoded
    }

    struct Problem: Error {
        var field: String
        var reason: String
    }

    /// A problem when `text` holds a control character (an escaped `\u0000` or `\u001b` in the
    /// JSON): identifiers and names are printable text, and such a byte would reach reports
    /// and CSV exports.
    static func controlCharacter(in text: String, field: String) -> Problem? {
        guard let scalar = text.unicodeScalars.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return nil }
        return Problem(field: field, reason: "holds the control character U+\(String(format: "%04X", scalar.value)); send printable text only")
    }

    /// The series a (possibly malformed) event names, or `""`.
    static func seriesName(in item: JSONValue) -> String {
        guard case .object(let object) = item, case .object(let properties)? = object["properties"],
            let series = properties["series"]?.string, !series.isEmpty, series.utf8.count <= 200
        else { return "" }
        return series
    }

    func validate(_ item: JSONValue, path: String, now: Int64) -> Result<ViewerEvent, Problem> {
        func at(_ field: String) -> String { path.isEmpty ? field : "\(path).\(field)" }
        guard case .object(let object) = item else {
            return .failure(Problem(field: path.isEmpty ? "event" : path, reason: "an event must be a JSON object, not \(item.kindName)"))
        }
        func string(_ key: String, in dictionary: [String: JSONValue], field: String, max: Int = 200) -> Result<String, Problem> {
            guard let value = dictionary[key] else { return .failure(Problem(field: field, reason: "is missing")) }
            guard let text = value.string else { return .failure(Problem(field: field, reason: "must be a string, not \(value.kindName)")) }
            guard !text.isEmpty, text.utf8.count <= max || text.count <= max else { return .failure(Problem(field: field, reason: "must be 1–\(max) characters")) }
            if let problem = Self.controlCharacter(in: text, field: field) { return .failure(problem) }
            return .success(text)
        }
        func optionalString(_ key: String, in dictionary: [String: JSONValue], field: String) -> Result<String?, Problem> {
            guard let value = dictionary[key], value != .null else { return .success(nil) }
            guard let text = value.string, !text.isEmpty, text.utf8.count <= 200 || text.count <= 200 else {
                return .failure(Problem(field: field, reason: "must be a string of 1–200 characters, not \(value.kindName)"))
            }
            if let problem = Self.controlCharacter(in: text, field: field) { return .failure(problem) }
            return .success(text)
        }
        let id: String, nameText: String, anonymousID: String, stamp: String, userID: String?
        switch string("message_id", in: object, field: at("message_id"), max: 100) { case .success(let v): id = v; case .failure(let p): return .failure(p) }
        switch string("event", in: object, field: at("event")) { case .success(let v): nameText = v; case .failure(let p): return .failure(p) }
        guard let name = ViewerEvent.Name(rawValue: nameText) else {
            let names = ViewerEvent.Name.allCases.map(\.rawValue).sorted().joined(separator: ", ")
            return .failure(Problem(field: at("event"), reason: "'\(nameText)' is not a viewer event; use one of \(names)"))
        }
        switch string("anonymous_id", in: object, field: at("anonymous_id")) { case .success(let v): anonymousID = v; case .failure(let p): return .failure(p) }
        switch optionalString("user_id", in: object, field: at("user_id")) { case .success(let v): userID = v; case .failure(let p): return .failure(p) }
        switch string("timestamp", in: object, field: at("timestamp"), max: 40) { case .success(let v): stamp = v; case .failure(let p): return .failure(p) }
        guard let milliseconds = Timestamp.parse(stamp) else {
            return .failure(Problem(field: at("timestamp"), reason: "'\(stamp)' is not an ISO-8601 time such as 2026-11-22T20:00:03.120Z"))
        }
        guard milliseconds <= now + 24 * 3_600_000, milliseconds >= now - 400 * 24 * 3_600_000 else {
            return .failure(Problem(field: at("timestamp"), reason: "is more than a day in the future or more than 400 days in the past; check the client's clock"))
        }
        guard let propertiesValue = object["properties"] else { return .failure(Problem(field: at("properties"), reason: "is missing")) }
        guard case .object(let properties) = propertiesValue else {
            return .failure(Problem(field: at("properties"), reason: "must be an object, not \(propertiesValue.kindName)"))
        }
        let series: String
        switch string("series", in: properties, field: at("properties.series")) { case .success(let v): series = v; case .failure(let p): return .failure(p) }
        if let knownSeries, !knownSeries.contains(series) {
            return .failure(Problem(field: at("properties.series"), reason: "no series '\(series)' here"))
        }
        guard let episodeValue = properties["episode"] else { return .failure(Problem(field: at("properties.episode"), reason: "is missing")) }
        guard let episode = episodeValue.wholeNumber, episode >= 1, episode <= 100_000 else {
            return .failure(Problem(field: at("properties.episode"), reason: "must be an episode number (a whole number from 1 to 100000), not \(episodeValue.kindName)"))
        }
        var position: Int?
        if let value = properties["position_ms"], value != .null {
            guard let number = value.wholeNumber, number >= 0, number <= 24 * 3600 * 1000 else {
                return .failure(Problem(field: at("properties.position_ms"), reason: "must be whole milliseconds from 0 to 86400000, not \(value.kindName)"))
            }
            position = number
        } else if name.requiresPosition {
            return .failure(Problem(field: at("properties.position_ms"), reason: "is required for \(name.rawValue)"))
        }
        let session: String?, variant: String?
        switch optionalString("session_id", in: properties, field: at("properties.session_id")) { case .success(let v): session = v; case .failure(let p): return .failure(p) }
        switch optionalString("variant", in: properties, field: at("properties.variant")) { case .success(let v): variant = v; case .failure(let p): return .failure(p) }
        return .success(ViewerEvent(
            messageID: id, name: name, anonymousID: anonymousID, userID: userID,
            timestamp: Date(timeIntervalSince1970: Double(milliseconds) / 1000), series: series, episode: episode,
            position: position.map { .milliseconds(Int64($0)) }, sessionID: session, variant: variant))
    }
}
