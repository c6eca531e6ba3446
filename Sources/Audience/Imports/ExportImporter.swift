import DramaModel
import Crypto
public import Foundation

/// Turns CSV and JSON exports from external platforms into viewer events, through an
/// `ExportColumnMapping`, so imported data flows through the same store and metrics.
///
/// Two kinds of export:
///
/// - **Watch logs** (`watchLogEvents`): one row per viewer and episode with when they
///   started and how long they watched. Each row becomes `playback_started` at 0, a
///   `content_playing` at the watched position (so `[0, watched)` counts as played), and a
///   `playback_completed` or `swiped_away` there when the row says so.
/// - **Retention tables** (`retentionTableEvents`): one row per episode and second with
///   the share (or count) of viewers still watching and the episode's starts. Each episode
///   becomes `starts` synthetic views, viewer *i* watching while more than *i* viewers are
///   still watching (the curve made non-increasing, capped at the starts): the table's
///   curve comes back exactly from the metrics. Synthetic viewers belong to one episode, so
///   such imports give no continue rate.
///
/// Message ids are derived from the row contents, so importing the same file twice stores
/// nothing new. Wrong columns throw `AudienceError` `.invalidImport` naming the columns found
/// and the ones expected; bad cells are all reported together, each at `file:line:column`
/// (`file:[index].column` for JSON), and nothing is imported.
public struct ExportImporter: Sendable {
    /// The series the events belong to (a watch log's `series` column overrides it).
    public var series: String
    /// The columns to read.
    public var mapping: ExportColumnMapping

    /// Creates an importer.
    package init(series: String, mapping: ExportColumnMapping = ExportColumnMapping()) {
        self.series = series
        self.mapping = mapping
    }

    /// Events from a per-viewer watch log (CSV or JSON).
    public func watchLogEvents(from data: Data, fileName: String) throws(AudienceError) -> [ViewerEvent] {
        let table = try ExportTable.read(data, fileName: fileName, delimiter: mapping.delimiter)
        let columns = mapping.watchLog
        let found = try columnIndexes(table, required: columns.required, optional: columns.optional, kind: "watch log")
        let viewerColumn = found[columns.viewer]!, episodeColumn = found[columns.episode]!
        let startColumn = found[columns.startedAt]!, watchedColumn = found[columns.watchedSeconds]!
        let completedColumn = columns.completed.flatMap { found[$0] }
        let swipedColumn = columns.swiped.flatMap { found[$0] }
        let seriesColumn = columns.series.flatMap { found[$0] }
        var problems = Problems()
        var events: [ViewerEvent] = []
        for record in table.records {
            func cell(_ column: Int) -> String { column < record.cells.count ? record.cells[column].trimmingCharacters(in: .whitespaces) : "" }
            let viewer = cell(viewerColumn)
            if viewer.isEmpty || viewer.count > 200 { problems.add(table.location(record, column: viewerColumn), "the viewer id must be 1–200 characters") }
            let episode = Int(cell(episodeColumn))
            if episode == nil || !(1...100_000).contains(episode!) {
                problems.add(table.location(record, column: episodeColumn), "'\(cell(episodeColumn))' is not an episode number (1–100000)")
            }
            let started = Self.time(cell(startColumn))
            if started == nil {
                problems.add(table.location(record, column: startColumn), "'\(cell(startColumn))' is not a time: use ISO-8601 (2026-11-22T20:00:03Z) or seconds since 1970")
            }
            let watched = Double(cell(watchedColumn)).flatMap { $0.isFinite && $0 >= 0 && $0 <= 86_400 ? Int64(($0 * 1000).rounded()) : nil }
            if watched == nil {
                problems.add(table.location(record, column: watchedColumn), "'\(cell(watchedColumn))' is not seconds watched (a number from 0 to 86400)")
            }
            var flags: [Bool] = []
            for column in [completedColumn, swipedColumn] {
                guard let column else { flags.append(false); continue }
                guard let flag = Self.flag(cell(column)) else {
                    problems.add(table.location(record, column: column), "'\(cell(column))' is not yes or no (true/false, 1/0, yes/no, or empty)")
                    flags.append(false)
                    continue
                }
                flags.append(flag)
            }
            let rowSeries = seriesColumn.map { cell($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? series
            guard let episode, let started, let watched, !viewer.isEmpty, viewer.count <= 200, (1...100_000).contains(episode) else { continue }
            let base = Self.digest("watch|\(rowSeries)|\(viewer)|\(episode)|\(started)")
            func event(_ index: Int, _ name: ViewerEvent.Name, at offset: Int64) -> ViewerEvent {
                ViewerEvent(
                    messageID: "import-\(base)-\(index)", name: name, anonymousID: viewer, timestamp: Date(timeIntervalSince1970: Double(started + offset) / 1000),
                    series: rowSeries, episode: episode, position: .milliseconds(offset))
            }
            events.append(event(0, .playbackStarted, at: 0))
            if watched > 0 { events.append(event(1, .contentPlaying, at: watched)) }
            if flags[0] {
                events.append(event(2, .playbackCompleted, at: watched))
            } else if flags[1] {
                events.append(event(3, .swipedAway, at: watched))
            }
        }
        try problems.throwIfAny(table.fileName)
        return events
    }

    /// Events for synthetic views that reproduce a per-second retention table (CSV or
    /// JSON), stamped at `importedAt`.
    public func retentionTableEvents(from data: Data, fileName: String, importedAt: Date) throws(AudienceError) -> [ViewerEvent] {
        let table = try ExportTable.read(data, fileName: fileName, delimiter: mapping.delimiter)
        let columns = mapping.retentionTable
        let shareColumn = table.column(columns.audienceShare)
        let viewersColumn = table.column(columns.viewers)
        let measure = shareColumn != nil ? columns.audienceShare : columns.viewers
        let found = try columnIndexes(table, required: [columns.episode, columns.second, measure, columns.starts], optional: [], kind: "retention table")
        let episodeColumn = found[columns.episode]!, secondColumn = found[columns.second]!, startsColumn = found[columns.starts]!
        var problems = Problems()
        // episode → (starts, second → watching)
        var episodes: [Int: (starts: Int, watching: [Int: Int], rows: [String])] = [:]
        for record in table.records {
            func cell(_ column: Int) -> String { column < record.cells.count ? record.cells[column].trimmingCharacters(in: .whitespaces) : "" }
            let episode = Int(cell(episodeColumn)).flatMap { (1...100_000).contains($0) ? $0 : nil }
            if episode == nil { problems.add(table.location(record, column: episodeColumn), "'\(cell(episodeColumn))' is not an episode number (1–100000)") }
            let second = Int(cell(secondColumn)).flatMap { (0..<ViewRollup.maximumCoveredSeconds).contains($0) ? $0 : nil }
            if second == nil {
                problems.add(table.location(record, column: secondColumn), "'\(cell(secondColumn))' is not a whole second from 0 to \(ViewRollup.maximumCoveredSeconds - 1)")
            }
            let starts = Int(cell(startsColumn)).flatMap { (0...1_000_000).contains($0) ? $0 : nil }
            if starts == nil { problems.add(table.location(record, column: startsColumn), "'\(cell(startsColumn))' is not a count of starts (0–1000000)") }
            var watching: Int?
            if let shareColumn {
                let text = cell(shareColumn)
                let share = text.hasSuffix("%") ? Double(text.dropLast().trimmingCharacters(in: .whitespaces)).map { $0 / 100 } : Double(text)
                if let share, share.isFinite, share >= 0, share <= 100, let starts {
                    watching = Int((min(share, 1) * Double(starts)).rounded())
                } else if share == nil || !share!.isFinite || share! < 0 || share! > 100 {
                    problems.add(table.location(record, column: shareColumn), "'\(text)' is not an audience share (a fraction such as 0.85, or 85%)")
                }
            } else if let viewersColumn {
                if let count = Int(cell(viewersColumn)), count >= 0 {
                    watching = min(count, starts ?? count)
                } else {
                    problems.add(table.location(record, column: viewersColumn), "'\(cell(viewersColumn))' is not a count of viewers")
                }
            }
            guard let episode, let second, let starts, let watching else { continue }
            var entry = episodes[episode] ?? (starts: starts, watching: [:], rows: [])
            if entry.starts != starts {
                problems.add(table.location(record, column: startsColumn), "episode \(episode) has \(entry.starts) starts on an earlier row and \(starts) here; give one value")
            }
            if entry.watching[second] != nil {
                problems.add(table.location(record, column: secondColumn), "episode \(episode) has second \(second) twice")
            }
            entry.watching[second] = watching
            entry.rows.append("\(second):\(watching)")
            episodes[episode] = entry
        }
        try problems.throwIfAny(table.fileName)
        var events: [ViewerEvent] = []
        let base = Timestamp.milliseconds(importedAt)
        for episode in episodes.keys.sorted() {
            let entry = episodes[episode]!
            let lastSecond = entry.watching.keys.max() ?? 0
            // Non-increasing curve over every second up to the last (a missing second keeps the previous value).
            var curve: [Int] = []
            var current = entry.starts
            for second in 0...lastSecond {
                current = min(current, entry.watching[second] ?? current)
                curve.append(current)
            }
            let digest = Self.digest("table|\(series)|\(episode)|\(entry.starts)|\(entry.rows.sorted().joined(separator: ","))")
            for viewer in 0..<entry.starts {
                // Seconds 0…last this viewer passes: those where more than `viewer` viewers remain.
                let passed = curve.firstIndex { $0 <= viewer } ?? curve.count
                let id = "import-\(digest)-e\(episode)-\(viewer)"
                let start = base + Int64(viewer)
                let end = Int64(passed) * 1000
                func event(_ index: Int, _ name: ViewerEvent.Name, at position: Int64) -> ViewerEvent {
                    ViewerEvent(
                        messageID: "\(id)-\(index)", name: name, anonymousID: id, timestamp: Date(timeIntervalSince1970: Double(start + position) / 1000),
                        series: series, episode: episode, position: .milliseconds(position))
                }
                events.append(event(0, .playbackStarted, at: 0))
                if end > 0 { events.append(event(1, .contentPlaying, at: end)) }
                events.append(event(2, passed == curve.count ? .playbackCompleted : .swipedAway, at: end))
            }
        }
        return events
    }

    /// Column indexes by mapped name; throws listing found and expected columns when a
    /// required one is missing.
    private func columnIndexes(_ table: ExportTable, required: [String], optional: [String], kind: String) throws(AudienceError) -> [String: Int] {
        var found: [String: Int] = [:]
        var missing: [String] = []
        for name in required {
            if let index = table.column(name) { found[name] = index } else { missing.append(name) }
        }
        for name in optional { if let index = table.column(name) { found[name] = index } }
        guard missing.isEmpty else {
            let optionalText = optional.isEmpty ? "" : " (optional: \(optional.joined(separator: ", ")))"
            throw AudienceError(
                code: .invalidImport,
                message: """
                    \(table.fileName) is not a \(kind) this mapping reads: missing column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")). \
                    Found: \(table.header.isEmpty ? "no columns" : table.header.joined(separator: ", ")). \
                    Expected: \(required.joined(separator: ", "))\(optionalText). Rename the columns or set them in the column mapping.
                    """,
                field: table.fileName)
        }
        return found
    }

    /// Every bad cell of a file, reported together.
    private struct Problems {
        var lines: [String] = []
        var first: String?

        mutating func add(_ location: String, _ reason: String) {
            if first == nil { first = location }
            lines.append("\(location): \(reason)")
        }

        func throwIfAny(_ fileName: String) throws(AudienceError) {
            guard !lines.isEmpty else { return }
            let shown = lines.prefix(200).joined(separator: "\n")
            let more = lines.count > 200 ? "\n… and \(lines.count - 200) more" : ""
            throw AudienceError(
                code: .invalidImport, message: "\(fileName): \(lines.count) bad cell\(lines.count == 1 ? "" : "s"), nothing imported:\n\(shown)\(more)", field: first)
        }
    }

    /// Milliseconds since 1970 from ISO-8601, seconds since 1970, or milliseconds since 1970
    /// (a number of 12 digits or more).
    static func time(_ text: String) -> Int64? {
        if let milliseconds = Timestamp.parse(text) { return milliseconds }
        if let whole = Int64(text), whole >= 0 { return whole >= 100_000_000_000 ? whole : whole * 1000 }
        if let seconds = Double(text), seconds.isFinite, seconds >= 0, seconds < 1e11 { return Int64((seconds * 1000).rounded()) }
        return nil
    }

    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "", "0", "false", "no", "n", "f": false
        case "1", "true", "yes", "y", "t": true
        default: nil
        }
    }

    /// The first 16 hex digits of the SHA-256 of `text`.
    static func digest(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).prefix(8).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }
}
