public import Foundation
import GRDB

/// What happened to a batch of viewer events.
public struct IngestReport: Sendable, Hashable, Codable {
    /// An event that was refused.
    public struct Rejection: Sendable, Hashable, Codable {
        /// Its position in the batch.
        public var index: Int
        /// The field at fault, as a path (`batch[3].properties.episode`).
        public var field: String
        /// Why, and what is expected.
        public var reason: String
    }
    /// Events stored.
    public var accepted: Int
    /// Events already stored before (same `message_id`), ignored.
    public var duplicates: Int
    /// Events refused, with reasons.
    public var rejected: [Rejection]
}

/// Validates viewer events and stores them durably, once each.
///
/// The shape follows Segment/PostHog (FORMATS.md): `message_id` (de-duplicates), `event`,
/// `anonymous_id`, ISO-8601 `timestamp`, `properties` with `series`, `episode`,
/// `position_ms`, `session_id` and `variant`. A body is one event, an array of events, or
/// `{"batch": [...]}` of at most 1,000. Bad events are refused one by one with the field and
/// the reason; the good ones in the same batch are stored. The whole batch is one transaction.
struct EventIngest: Sendable {
    let database: StudioDatabase

    static let names: Set<String> = [
        "playback_started", "content_playing", "playback_paused", "playback_resumed", "playback_completed",
        "swiped_away", "unlocked", "liked", "shared",
    ]
    static let maximumBatch = 1000

    func ingest(_ body: Data, knownSeries: Set<String>, receivedAt: Date) async throws(StudioError) -> IngestReport {
        let parsed: JSONValue
        do {
            parsed = try JSONValue.parse(body)
        } catch {
            throw StudioError(code: .invalidInput, message: "the body is not JSON (\(Self.describe(error))); send {\"batch\": [event, …]}", field: "body")
        }
        let items: [JSONValue]
        let prefix: String
        switch parsed {
        case .object(let object) where object["batch"] != nil:
            guard case .array(let array) = object["batch"]! else {
                throw StudioError(code: .invalidInput, message: "\"batch\" must be an array of events", field: "batch")
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
            throw StudioError(code: .invalidInput, message: "expected an event object, an array of events or {\"batch\": [...]}", field: "body")
        }
        guard !items.isEmpty else { throw StudioError(code: .invalidInput, message: "the batch is empty", field: prefix.isEmpty ? "body" : prefix) }
        guard items.count <= Self.maximumBatch else {
            throw StudioError(code: .tooLarge, message: "\(items.count) events in one batch; send at most \(Self.maximumBatch)", field: prefix.isEmpty ? "body" : prefix)
        }

        var rows: [EventRow] = []
        var rejected: [IngestReport.Rejection] = []
        for (index, item) in items.enumerated() {
            let path = prefix == "event" ? "" : prefix.isEmpty ? "[\(index)]" : "\(prefix)[\(index)]"
            switch Self.validate(item, path: path, knownSeries: knownSeries, now: receivedAt) {
            case .success(let row): rows.append(row)
            case .failure(let problem): rejected.append(.init(index: index, field: problem.field, reason: problem.reason))
            }
        }
        let stored = rows
        let received = receivedAt.timeIntervalSince1970
        let accepted = try await database.write { db -> Int in
            var inserted = 0
            for row in stored {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO studio_events
                          (message_id, event, series, episode, anonymous_id, session_id, position_ms, timestamp, received_at, properties)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [row.id, row.event, row.series, row.episode, row.anonymousID, row.sessionID, row.positionMs, row.timestamp, received, row.properties])
                inserted += db.changesCount
            }
            return inserted
        }
        return IngestReport(accepted: accepted, duplicates: rows.count - accepted, rejected: rejected)
    }

    struct EventRow: Sendable {
        var id: String
        var event: String
        var series: String
        var episode: Int
        var anonymousID: String
        var sessionID: String?
        var positionMs: Int?
        var timestamp: Double
        var properties: String
    }

    struct Problem: Error {
        var field: String
        var reason: String
    }

    static func validate(_ item: JSONValue, path: String, knownSeries: Set<String>, now: Date) -> Result<EventRow, Problem> {
        func at(_ field: String) -> String { path.isEmpty ? field : "\(path).\(field)" }
        guard case .object(let object) = item else {
            return .failure(Problem(field: path.isEmpty ? "event" : path, reason: "an event must be a JSON object, not \(item.kindName)"))
        }
        func string(_ key: String, in dictionary: [String: JSONValue], field: String, max: Int = 200) -> Result<String, Problem> {
            guard let value = dictionary[key] else { return .failure(Problem(field: field, reason: "is missing")) }
            guard let text = value.string else { return .failure(Problem(field: field, reason: "must be a string, not \(value.kindName)")) }
            guard !text.isEmpty, text.count <= max else { return .failure(Problem(field: field, reason: "must be 1–\(max) characters")) }
            return .success(text)
        }
        let id: String, name: String, anonymousID: String, stamp: String
        switch string("message_id", in: object, field: at("message_id"), max: 100) { case .success(let v): id = v; case .failure(let p): return .failure(p) }
        switch string("event", in: object, field: at("event")) { case .success(let v): name = v; case .failure(let p): return .failure(p) }
        guard names.contains(name) else {
            return .failure(Problem(field: at("event"), reason: "'\(name)' is not a viewer event; use one of \(names.sorted().joined(separator: ", "))"))
        }
        switch string("anonymous_id", in: object, field: at("anonymous_id")) { case .success(let v): anonymousID = v; case .failure(let p): return .failure(p) }
        switch string("timestamp", in: object, field: at("timestamp"), max: 40) { case .success(let v): stamp = v; case .failure(let p): return .failure(p) }
        guard let date = parseTimestamp(stamp) else {
            return .failure(Problem(field: at("timestamp"), reason: "'\(stamp)' is not an ISO-8601 time such as 2026-11-22T20:00:03.120Z"))
        }
        guard date <= now.addingTimeInterval(24 * 3600), date >= now.addingTimeInterval(-400 * 24 * 3600) else {
            return .failure(Problem(field: at("timestamp"), reason: "is more than a day in the future or more than 400 days in the past; check the client's clock"))
        }
        guard let propertiesValue = object["properties"] else { return .failure(Problem(field: at("properties"), reason: "is missing")) }
        guard case .object(let properties) = propertiesValue else {
            return .failure(Problem(field: at("properties"), reason: "must be an object, not \(propertiesValue.kindName)"))
        }
        let series: String
        switch string("series", in: properties, field: at("properties.series")) { case .success(let v): series = v; case .failure(let p): return .failure(p) }
        guard knownSeries.contains(series) else { return .failure(Problem(field: at("properties.series"), reason: "no series '\(series)' here")) }
        guard let episodeValue = properties["episode"] else { return .failure(Problem(field: at("properties.episode"), reason: "is missing")) }
        guard let episode = episodeValue.wholeNumber, episode >= 1, episode <= 100_000 else {
            return .failure(Problem(field: at("properties.episode"), reason: "must be an episode number (a whole number from 1), not \(episodeValue.kindName)"))
        }
        var position: Int?
        if let value = properties["position_ms"], value != .null {
            guard let number = value.wholeNumber, number >= 0, number <= 24 * 3600 * 1000 else {
                return .failure(Problem(field: at("properties.position_ms"), reason: "must be whole milliseconds from 0, not \(value.kindName)"))
            }
            position = number
        } else if ["content_playing", "playback_completed", "swiped_away", "playback_paused"].contains(name) {
            return .failure(Problem(field: at("properties.position_ms"), reason: "is required for \(name)"))
        }
        var session: String?
        if let value = properties["session_id"] {
            guard let text = value.string, !text.isEmpty, text.count <= 200 else {
                return .failure(Problem(field: at("properties.session_id"), reason: "must be a string of 1–200 characters"))
            }
            session = text
        }
        let encoded = propertiesValue.encoded
        guard encoded.utf8.count <= 4096 else { return .failure(Problem(field: at("properties"), reason: "is larger than 4 KB")) }
        return .success(EventRow(
            id: id, event: name, series: series, episode: episode, anonymousID: anonymousID, sessionID: session, positionMs: position,
            timestamp: date.timeIntervalSince1970, properties: encoded))
    }

    static func parseTimestamp(_ text: String) -> Date? {
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: text) { return date }
        return ISO8601DateFormatter().date(from: text)
    }

    static func describe(_ error: any Error) -> String {
        let text = "\(error)"
        return text.count > 160 ? String(text.prefix(160)) + "…" : text
    }
}
