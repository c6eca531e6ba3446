public import Foundation

/// Reads a file of a platform's per-episode statistics — the shape `cliff import-audience
/// --platform-stats` takes, a way to bring platform numbers in by hand — into
/// ``PlatformSnapshot``s of one channel.
///
/// The file is a JSON array of objects:
///
/// ```json
/// [{"episode": 1, "views": 12400, "averageViewSeconds": 41.5, "likes": 310,
///   "retention": [[0, 1.0], [0.5, 0.62], [1, 0.35]], "fetchedAt": "2026-12-01T09:00:00Z"}]
/// ```
///
/// `episode` and `views` are required; `averageViewSeconds`, `likes`, `shares`, `comments`,
/// `retention` (pairs of fraction of the video 0…1 ascending and viewers watching ≥ 0),
/// `fetchedAt` (ISO 8601; default: `importedAt`) and `durationSeconds` (default: the
/// episode's length in the project) are optional. Every problem is reported at once, each
/// located as `file:[index].field`.
public struct PlatformStatsImporter: Sendable {
    /// The series the statistics are of.
    public var series: String
    /// The channel's name in `cliff.yaml`.
    public var channel: String
    /// The platform's kind (`youtube`, `tiktok`).
    public var platform: String

    /// Creates an importer for one channel of `series`.
    public init(series: String, channel: String, platform: String) {
        self.series = series
        self.channel = channel
        self.platform = platform
    }

    /// The snapshots in `data`, read from the file `fileName`.
    /// - Parameters:
    ///   - importedAt: the fetch time of objects without `fetchedAt`.
    ///   - episodeLength: the length in seconds of an episode of the project (nil: no such
    ///     episode), for objects without `durationSeconds`.
    /// - Throws: `AudienceError` `.invalidImport` naming every problem, one a line, each with
    ///   its location (`stats.json:[2].views: …`).
    public func snapshots(from data: Data, fileName: String, importedAt: Date, episodeLength: (Int) -> Double?) throws(AudienceError) -> [PlatformSnapshot] {
        var problems: [(field: String, reason: String)] = []
        let parsed: JSONValue
        do {
            parsed = try JSONValue.parse(data)
        } catch {
            throw AudienceError(code: .invalidImport, message: "\(fileName) is not JSON: \(error)", field: fileName)
        }
        guard case .array(let array) = parsed else {
            throw AudienceError(
                code: .invalidImport,
                message: "\(fileName) is not a JSON array of statistics (it is \(parsed.kindName)): expected [{\"episode\": 1, \"views\": 1200, \"averageViewSeconds\": 40.5, \"retention\": [[0, 1], [1, 0.4]]}, …]",
                field: fileName)
        }
        var snapshots: [PlatformSnapshot] = []
        let known: Set<String> = ["episode", "views", "averageViewSeconds", "likes", "shares", "comments", "retention", "fetchedAt", "durationSeconds"]
        let formatter = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for (index, element) in array.enumerated() {
            let at = "[\(index)]"
            guard case .object(let object) = element else {
                problems.append((at, "must be an object with episode, views and optional averageViewSeconds, retention, fetchedAt, not \(element.kindName)"))
                continue
            }
            for key in object.keys.sorted() where !known.contains(key) {
                problems.append(("\(at).\(key)", "is not a field of platform statistics (known: \(known.sorted().joined(separator: ", ")))"))
            }
            func present(_ key: String) -> JSONValue? {
                guard let value = object[key], value != .null else { return nil }
                return value
            }
            func whole(_ key: String, required: Bool) -> Int? {
                guard let value = present(key) else {
                    if required { problems.append(("\(at).\(key)", "is required")) }
                    return nil
                }
                if let exact = value.wholeNumber { return exact }
                problems.append(("\(at).\(key)", "must be a whole number, not \(value.kindName)"))
                return nil
            }
            func number(_ key: String) -> Double? {
                guard let value = present(key) else { return nil }
                if case .number(let number) = value { return number }
                problems.append(("\(at).\(key)", "must be a number, not \(value.kindName)"))
                return nil
            }
            let episode = whole("episode", required: true)
            let views = whole("views", required: true)
            let average = number("averageViewSeconds")
            let likes = whole("likes", required: false), shares = whole("shares", required: false), comments = whole("comments", required: false)
            var retention: [PlatformSnapshot.RetentionPoint] = []
            var retentionReadable = true
            if let value = present("retention") {
                if case .array(let points) = value {
                    for (pointIndex, point) in points.enumerated() {
                        if case .array(let pair) = point, pair.count == 2, case .number(let f) = pair[0], case .number(let w) = pair[1] {
                            retention.append(.init(fraction: f, watching: w))
                        } else {
                            retentionReadable = false
                            problems.append(("\(at).retention[\(pointIndex)]", "must be a pair [fraction, watching] of numbers, not \(point.kindName)"))
                        }
                    }
                } else {
                    retentionReadable = false
                    problems.append(("\(at).retention", "must be an array of [fraction, watching] pairs, not \(value.kindName)"))
                }
            }
            var fetchedAt = importedAt
            if let value = present("fetchedAt") {
                if let text = value.string, let date = formatter.date(from: text) ?? fractional.date(from: text) {
                    fetchedAt = date
                } else {
                    problems.append(("\(at).fetchedAt", "must be an ISO 8601 time such as 2026-12-01T09:00:00Z, not \(value.string.map { "\"\($0)\"" } ?? value.kindName)"))
                }
            }
            var duration = number("durationSeconds")
            if duration == nil, present("durationSeconds") == nil, let episode {
                duration = episodeLength(episode)
                if duration == nil {
                    problems.append(("\(at).episode", "the project has no episode \(episode) to take its length from: give durationSeconds"))
                }
            }
            guard let episode, let views, let duration else { continue }
            let snapshot = PlatformSnapshot(
                series: series, episode: episode, channel: channel, platform: platform, fetchedAt: fetchedAt, views: views,
                averageViewSeconds: average, likes: likes, shares: shares, comments: comments, retention: retentionReadable ? retention : [],
                durationSeconds: duration)
            for problem in snapshot.problems where !["series", "channel", "platform"].contains(problem.field) {
                problems.append(("\(at).\(problem.field)", problem.reason))
            }
            snapshots.append(snapshot)
        }
        // The channel and platform are the command's, not the file's: named once.
        if let first = snapshots.first {
            for problem in first.problems where ["channel", "platform"].contains(problem.field) {
                problems.insert(("--\(problem.field)", problem.reason), at: 0)
            }
        }
        guard problems.isEmpty else {
            let lines = problems.map { "\(fileName):\($0.field): \($0.reason)" }
            throw AudienceError(
                code: .invalidImport,
                message: "\(fileName) has \(problems.count) problem\(problems.count == 1 ? "" : "s"); nothing was imported:\n" + lines.joined(separator: "\n"))
        }
        return snapshots
    }

    /// Whether some object of the file leaves `durationSeconds` out (so the project's episode
    /// lengths are needed); false for a file that is not an array of objects.
    public static func needsEpisodeLengths(_ data: Data) -> Bool {
        guard case .array(let array) = try? JSONValue.parse(data) else { return false }
        return array.contains { element in
            guard case .object(let object) = element else { return false }
            return object["durationSeconds"] == nil || object["durationSeconds"] == .null
        }
    }
}
