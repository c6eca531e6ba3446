import Foundation
import Production

/// The audience store's tables in a shared PostgreSQL database, through Production's
/// `SQLDatabase`: what `AudienceStore` runs when a studio's processes (on one or several
/// machines) share one database. The project's `audience.db` keeps its own GRDB code, tuned
/// for one file.
///
/// Several processes ingest at once, so every write is safe against another transaction
/// doing the same:
///
/// - events go in with multi-row `INSERT … ON CONFLICT (message_id) DO NOTHING RETURNING
///   message_id`: an id sent twice, to one process or two, is stored once, and each batch
///   knows exactly which of its events were new (a second insert of an id not yet committed
///   waits for the first and is then a duplicate);
/// - the views those events belong to are locked before they are read (an upsert that leaves
///   a row as it is still locks it, and creates the row of a new view), so two processes
///   adding events to one view take turns and the second folds its events into the first's;
/// - rows are always locked in one order (message ids, then views, then series, each sorted
///   bytewise), so concurrent batches wait rather than deadlock (and a deadlock that happens
///   anyway is retried by the database's transaction);
/// - `audience_counts` counts each series' events in the same transaction: it is the version
///   cached figures are checked against.
final class SharedAudienceTables: Sendable {
    let database: any SQLDatabase

    /// Rows per multi-row statement (PostgreSQL takes at most 65,535 bound values in one).
    static let rowsPerStatement = 500

    init(database: any SQLDatabase) {
        self.database = database
    }

    // MARK: Writing

    /// Stores `events` once each and counts `rejectedBySeries`, in one transaction; returns
    /// how many events were new.
    func store(_ events: [ViewerEvent], rejectedBySeries: [String: Int], received: Int64) async throws -> Int {
        // The first of each message id in the batch (a later copy is a duplicate, as in SQLite).
        var seen: Set<String> = []
        let unique = events.filter { seen.insert($0.messageID).inserted }
        let ordered = unique.sorted { $0.messageID.utf8.lexicographicallyPrecedes($1.messageID.utf8) }
        return try await database.write { db in
            var inserted: Set<String> = []
            for start in stride(from: 0, to: ordered.count, by: Self.rowsPerStatement) {
                let chunk = ordered[start..<min(start + Self.rowsPerStatement, ordered.count)]
                var values: [SQLValue] = []
                values.reserveCapacity(chunk.count * 11)
                for event in chunk {
                    values += [
                        .text(event.messageID), .text(event.name.rawValue), .text(event.series), .int(event.episode), .text(event.anonymousID),
                        .string(event.userID), .integer(event.timestampMilliseconds), event.positionMilliseconds.map { .integer($0) } ?? .null,
                        .string(event.sessionID), .string(event.variant), .integer(received),
                    ]
                }
                let rows = try await db.rows(
                    """
                    INSERT INTO audience_events
                      (message_id, event, series, episode, viewer, user_id, timestamp_ms, position_ms, session_id, variant, received_ms)
                    VALUES \(Self.placeholders(rows: chunk.count, columns: 11))
                    ON CONFLICT (message_id) DO NOTHING RETURNING message_id
                    """, values)
                for row in rows { inserted.insert(row.string("message_id")) }
            }
            var fresh: [ViewKey: [ViewRollup.CompactEvent]] = [:]
            var acceptedBySeries: [String: Int] = [:]
            for event in unique where inserted.contains(event.messageID) {
                acceptedBySeries[event.series, default: 0] += 1
                // An exposure is not playback: it stays out of the view's rollup.
                guard event.name != .experimentExposure else { continue }
                fresh[ViewKey(series: event.series, viewer: event.anonymousID, episode: event.episode), default: []].append(ViewRollup.CompactEvent(event))
            }
            try await Self.fold(fresh, into: db)
            // The series' rows last, so each is held only until the commit.
            for series in acceptedBySeries.keys.sorted(by: Self.bytewise) {
                try await db.execute(
                    "INSERT INTO audience_counts (series, events) VALUES (?, ?) ON CONFLICT (series) DO UPDATE SET events = audience_counts.events + excluded.events",
                    [.text(series), .int(acceptedBySeries[series])])
            }
            for series in rejectedBySeries.keys.sorted(by: Self.bytewise) {
                try await db.execute(
                    "INSERT INTO audience_rejections (series, count) VALUES (?, ?) ON CONFLICT (series) DO UPDATE SET count = audience_rejections.count + excluded.count",
                    [.text(series), .int(rejectedBySeries[series])])
            }
            return inserted.count
        }
    }

    struct ViewKey: Hashable, Comparable {
        var series: String
        var viewer: String
        var episode: Int

        static func < (a: Self, b: Self) -> Bool {
            if a.series != b.series { return SharedAudienceTables.bytewise(a.series, b.series) }
            if a.viewer != b.viewer { return SharedAudienceTables.bytewise(a.viewer, b.viewer) }
            return a.episode < b.episode
        }
    }

    /// Adds each view's new events to its stored ones and writes the view's summary again,
    /// holding the views' rows locked from the read to the commit.
    private static func fold(_ fresh: [ViewKey: [ViewRollup.CompactEvent]], into db: any SQLSession) async throws {
        let keys = fresh.keys.sorted(by: <)
        for start in stride(from: 0, to: keys.count, by: rowsPerStatement) {
            let chunk = keys[start..<min(start + rowsPerStatement, keys.count)]
            // Creates the rows of new views (empty) and locks every row, in key order; returns
            // what each holds now (another process's events committed meanwhile included).
            var values: [SQLValue] = []
            for key in chunk { values += [.text(key.series), .text(key.viewer), .int(key.episode), .blob([])] }
            var stored: [ViewKey: [UInt8]] = [:]
            for row in try await db.rows(
                """
                INSERT INTO audience_view_events (series, viewer, episode, events) VALUES \(placeholders(rows: chunk.count, columns: 4))
                ON CONFLICT (series, viewer, episode) DO UPDATE SET events = audience_view_events.events
                RETURNING series, viewer, episode, events
                """, values)
            {
                stored[ViewKey(series: row.string("series"), viewer: row.string("viewer"), episode: row.int("episode"))] = row["events"].bytes ?? []
            }
            var eventValues: [SQLValue] = []
            var viewValues: [SQLValue] = []
            for key in chunk {
                let rollup = ViewRollup(events: ViewRollup.decode(stored[key] ?? []) + (fresh[key] ?? []))
                let keyValues: [SQLValue] = [.text(key.series), .text(key.viewer), .int(key.episode)]
                eventValues += keyValues + [.blob(ViewRollup.encode(rollup.events))]
                viewValues += keyValues + [
                    rollup.startedAt.map { .integer($0) } ?? .null, rollup.completedAt.map { .integer($0) } ?? .null,
                    rollup.swipedAtPosition.map { .integer($0) } ?? .null, rollup.unlockedAt.map { .integer($0) } ?? .null,
                    .integer(rollup.furthest), .integer(rollup.watched), .blob(rollup.coverage),
                ]
            }
            try await db.execute(
                """
                INSERT INTO audience_view_events (series, viewer, episode, events) VALUES \(placeholders(rows: chunk.count, columns: 4))
                ON CONFLICT (series, viewer, episode) DO UPDATE SET events = excluded.events
                """, eventValues)
            try await db.execute(
                """
                INSERT INTO audience_views
                  (series, viewer, episode, started_at, completed_at, swiped_at_ms, unlocked_at, furthest_ms, watched_ms, coverage)
                VALUES \(placeholders(rows: chunk.count, columns: 10))
                ON CONFLICT (series, viewer, episode) DO UPDATE SET
                  started_at = excluded.started_at, completed_at = excluded.completed_at, swiped_at_ms = excluded.swiped_at_ms,
                  unlocked_at = excluded.unlocked_at, furthest_ms = excluded.furthest_ms, watched_ms = excluded.watched_ms,
                  coverage = excluded.coverage
                """, viewValues)
        }
    }

    /// `(?, ?), (?, ?)` for `rows` rows of `columns` values.
    static func placeholders(rows: Int, columns: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// Byte order of UTF-8: the order every process locks rows in (and PostgreSQL's `COLLATE "C"`).
    static func bytewise(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    // MARK: Reading

    /// What the figures of `series` are read from: its events counted and its refusals.
    func version(series: String, in db: any SQLSession) async throws -> (events: Int64, rejected: Int) {
        let events = try await db.value("SELECT events FROM audience_counts WHERE series = ?", [.text(series)]).int64 ?? 0
        let rejected = try await db.value("SELECT count FROM audience_rejections WHERE series = ?", [.text(series)]).int ?? 0
        return (events, rejected)
    }

    /// Calls `body` with every view of `series`, in (viewer, episode) order, streamed.
    func forEachView(series: String, in db: any SQLSession, _ body: (MetricsAccumulator.View, [UInt8]) -> Void) async throws {
        try await db.forEachRow(
            """
            SELECT viewer, episode, started_at, completed_at, swiped_at_ms, unlocked_at, furthest_ms, watched_ms, coverage
            FROM audience_views WHERE series = ? ORDER BY viewer COLLATE "C", episode
            """, [.text(series)]
        ) { row in
            let view = MetricsAccumulator.View(
                viewer: row[0].string ?? "", episode: row[1].int ?? 0, startedAt: row[2].int64, completedAt: row[3].int64,
                swipedAtPosition: row[4].int64, unlockedAt: row[5].int64, furthest: row[6].int64 ?? 0, watched: row[7].int64 ?? 0)
            body(view, row[8].bytes ?? [])
        }
    }

    func rejectedCount(series: String) async throws -> Int {
        try await database.read { db in try await db.value("SELECT count FROM audience_rejections WHERE series = ?", [.text(series)]).int ?? 0 }
    }

    func eventCount(series: String) async throws -> Int {
        try await database.read { db in try await db.value("SELECT events FROM audience_counts WHERE series = ?", [.text(series)]).int ?? 0 }
    }

    func seriesIDs() async throws -> [String] {
        try await database.read { db in
            try await db.rows("SELECT series FROM audience_views GROUP BY series ORDER BY series COLLATE \"C\"").map { $0.string("series") }
        }
    }

    func syntheticViewers(series: String) async throws -> Int {
        try await database.read { db in
            try await db.value(
                "SELECT COUNT(DISTINCT viewer) FROM audience_views WHERE series = ? AND viewer LIKE 'synthetic-%'", [.text(series)]
            ).int ?? 0
        }
    }

    func viewSummaries(series: String, episodes: ClosedRange<Int>, hookSecond: Int) async throws -> [AudienceStore.ViewSummary] {
        try await database.read { db in
            var out: [AudienceStore.ViewSummary] = []
            try await db.forEachRow(
                """
                SELECT viewer, episode, started_at, completed_at, unlocked_at, coverage
                FROM audience_views WHERE series = ? AND episode BETWEEN ? AND ? ORDER BY viewer COLLATE "C", episode
                """, [.text(series), .int(episodes.lowerBound), .int(episodes.upperBound)]
            ) { row in
                let coverage = row[5].bytes ?? []
                out.append(AudienceStore.ViewSummary(
                    viewer: row[0].string ?? "", episode: row[1].int ?? 0, startedAt: row[2].int64, completedAt: row[3].int64,
                    hooked: coverage.count > hookSecond && coverage[hookSecond] > 0, unlocked: !row[4].isNull))
            }
            return out
        }
    }

    /// `AudienceStore.variantOutcomes` in two statements: the tagged viewers' first exposures,
    /// then every view of those viewers (the file's version asks per viewer, which is cheap
    /// only when the database is in the process).
    func variantOutcomes(
        series: String, episodes: ClosedRange<Int>, experiment: String, hookSeconds: Int
    ) async throws -> (outcomes: [VariantOutcome], conflicts: Int) {
        let prefix = experiment + "/"
        let episode = episodes.lowerBound
        let continuedTo = episodes.count == 1 ? episode + 1 : episodes.upperBound
        let tagged = "series = ? AND episode BETWEEN ? AND ? AND substr(variant, 1, CAST(? AS INTEGER)) = ?"
        let taggedValues: [SQLValue] = [.text(series), .int(episode), .int(episodes.upperBound), .int(prefix.unicodeScalars.count), .text(prefix)]
        return try await database.read { db in
            var first: [String: (variant: String, at: Int64)] = [:]
            var conflicted: Set<String> = []
            for row in try await db.rows(
                """
                SELECT viewer, variant, MIN(timestamp_ms) AS at FROM audience_events WHERE \(tagged)
                GROUP BY viewer, variant ORDER BY viewer COLLATE "C", MIN(timestamp_ms), variant COLLATE "C"
                """, taggedValues)
            {
                let viewer = row.string("viewer")
                let tag = row.string("variant")
                if first[viewer] == nil {
                    first[viewer] = (String(tag.utf8.dropFirst(prefix.utf8.count)) ?? tag, row["at"].int64 ?? 0)
                } else {
                    conflicted.insert(viewer)
                }
            }
            var outcomes: [String: VariantOutcome] = [:]
            for (viewer, exposure) in first {
                outcomes[viewer] = VariantOutcome(
                    viewer: viewer, variant: exposure.variant, exposedAt: exposure.at, hooked: false, completed: false, continued: false,
                    unlocked: false, watchedSeconds: 0, earlierWatchedSeconds: nil)
            }
            var played: [String: Int64] = [:]
            var earlier: [String: Int64] = [:]
            try await db.forEachRow(
                """
                SELECT viewer, episode, started_at, completed_at, unlocked_at, watched_ms, coverage FROM audience_views
                WHERE series = ? AND viewer IN (SELECT viewer FROM audience_events WHERE \(tagged))
                """, [.text(series)] + taggedValues
            ) { row in
                let viewer = row[0].string ?? ""
                guard var outcome = outcomes[viewer] else { return }
                let number = row[1].int ?? 0
                let watched = row[5].int64 ?? 0
                if number == episode {
                    outcome.completed = !row[3].isNull
                    let coverage = row[6].bytes ?? []
                    outcome.hooked = coverage.count > hookSeconds && coverage[hookSeconds] > 0
                    if episodes.count == 1 { outcome.watchedSeconds = Double(watched) / 1000 }
                }
                if episodes.count > 1, episodes.contains(number) { played[viewer, default: 0] += watched }
                if number == continuedTo { outcome.continued = !row[2].isNull }
                if number > episode, !row[4].isNull { outcome.unlocked = true }
                if number < episode { earlier[viewer, default: 0] += watched }
                outcomes[viewer] = outcome
            }
            for (viewer, milliseconds) in played { outcomes[viewer]?.watchedSeconds = Double(milliseconds) / 1000 }
            for (viewer, milliseconds) in earlier { outcomes[viewer]?.earlierWatchedSeconds = Double(milliseconds) / 1000 }
            let sorted = outcomes.values.sorted { ($0.exposedAt, $0.viewer) < ($1.exposedAt, $1.viewer) }
            return (sorted, conflicted.count)
        }
    }

    // MARK: Tiles

    func tileCounts(series: String, experiment key: String) async throws -> [TileArmCounts] {
        try await database.read { db in
            try await db.rows(
                """
                SELECT arm, COUNT(*) AS shown, COUNT(clicked_ms) AS clicked FROM tile_impressions
                WHERE series = ? AND experiment = ? GROUP BY arm ORDER BY arm COLLATE "C"
                """, [.text(series), .text(key)]
            ).map { TileArmCounts(arm: $0.string("arm"), impressions: $0.int("shown"), clicks: $0.int("clicked")) }
        }
    }

    func recordTileImpression(series: String, experiment key: String, arm: String, token: String, ms: Int64) async throws -> Int {
        try await database.write { db in
            try await db.execute(
                "INSERT INTO tile_impressions (token, series, experiment, arm, shown_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT (token) DO NOTHING",
                [.text(token), .text(series), .text(key), .text(arm), .integer(ms)])
            return try await db.value("SELECT COUNT(*) FROM tile_impressions WHERE series = ? AND experiment = ?", [.text(series), .text(key)]).int ?? 0
        }
    }

    func recordTileClick(token: String, series: String, ms: Int64) async throws -> Bool {
        try await database.write { db in
            !(try await db.rows(
                "UPDATE tile_impressions SET clicked_ms = ? WHERE token = ? AND series = ? AND clicked_ms IS NULL RETURNING token",
                [.integer(ms), .text(token), .text(series)]
            ).isEmpty)
        }
    }

    func tileAllocations(series: String, experiment key: String) async throws -> [(impressions: Int, ms: Int64, shares: String, counts: String)] {
        try await database.read { db in
            try await db.rows(
                "SELECT impressions, at_ms, shares, counts FROM tile_allocations WHERE series = ? AND experiment = ? ORDER BY impressions",
                [.text(series), .text(key)]
            ).map { ($0.int("impressions"), $0["at_ms"].int64 ?? 0, $0.string("shares"), $0.string("counts")) }
        }
    }

    func recordTileAllocation(series: String, experiment key: String, impressions: Int, ms: Int64, shares: String, counts: String) async throws {
        try await database.write { db in
            try await db.execute(
                """
                INSERT INTO tile_allocations (series, experiment, impressions, at_ms, shares, counts) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (series, experiment, impressions) DO NOTHING
                """, [.text(series), .text(key), .int(impressions), .integer(ms), .text(shares), .text(counts)])
        }
    }
}
