import Foundation
import GRDB
import Production

extension AudienceStore {
    /// Stores one fetch of a platform's statistics (``PlatformSnapshot``), beside the built-in
    /// channel's events. Storing the same (series, episode, channel, `fetchedAt` to the
    /// millisecond) again changes nothing: the first one stored is kept.
    /// - Returns: whether the snapshot was new.
    /// - Throws: `AudienceError` `.invalidInput` naming the field path (`retention[2].fraction`)
    ///   when the snapshot is malformed (nothing stored), `.storeFailed` when the database fails.
    @discardableResult
    public func recordPlatformSnapshot(_ snapshot: PlatformSnapshot) async throws(AudienceError) -> Bool {
        try await recordPlatformSnapshots([snapshot]) == 1
    }

    /// Stores several fetches in one transaction: all or, when any is malformed, none.
    /// - Returns: how many were new (the others were stored before).
    /// - Throws: `AudienceError` `.invalidInput` for the first malformed snapshot, its field
    ///   `[index].path`; `.storeFailed` when the database fails.
    @discardableResult
    public func recordPlatformSnapshots(_ snapshots: [PlatformSnapshot]) async throws(AudienceError) -> Int {
        for (index, snapshot) in snapshots.enumerated() {
            do {
                try snapshot.validate()
            } catch {
                throw AudienceError(code: error.code, message: error.message, field: snapshots.count == 1 ? error.field : "[\(index)].\(error.field ?? "")")
            }
        }
        guard !snapshots.isEmpty else { return 0 }
        let rows = snapshots.map(PlatformSnapshotRow.init)
        if case .shared(let tables) = backend { return try await shared { try await tables.recordPlatformSnapshots(rows) } }
        return try await write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT OR IGNORE INTO platform_snapshots
                      (series, episode, channel, fetched_ms, platform, views, average_view_seconds, likes, shares, comments, duration_seconds, retention)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var inserted = 0
            for row in rows {
                let s = row.snapshot
                try insert.execute(arguments: [
                    s.series, s.episode, s.channel, row.fetchedMilliseconds, s.platform, s.views, s.averageViewSeconds, s.likes, s.shares,
                    s.comments, s.durationSeconds, row.retentionText,
                ])
                inserted += db.changesCount
            }
            return inserted
        }
    }

    /// The latest snapshot of each episode on each channel of `series`, by channel then episode
    /// (bytewise channel names).
    /// - Throws: `AudienceError` `.storeFailed`.
    public func latestPlatformSnapshots(series: String) async throws(AudienceError) -> [PlatformSnapshot] {
        try await platformSnapshots(series: series, latestOnly: true)
    }

    /// Every snapshot of `series`, oldest first within each channel and episode: the history a
    /// chart of views over time needs.
    /// - Throws: `AudienceError` `.storeFailed`.
    public func platformSnapshotHistory(series: String) async throws(AudienceError) -> [PlatformSnapshot] {
        try await platformSnapshots(series: series, latestOnly: false)
    }

    private func platformSnapshots(series: String, latestOnly: Bool) async throws(AudienceError) -> [PlatformSnapshot] {
        let sql = PlatformSnapshotRow.select(latestOnly: latestOnly)
        let rows: [PlatformSnapshot]
        if case .shared(let tables) = backend {
            rows = try await shared {
                try await tables.database.read { db in
                    try await db.rows(sql, [.text(series)]).map { row in
                        PlatformSnapshotRow.snapshot(
                            series: row.string("series"), episode: row.int("episode"), channel: row.string("channel"),
                            fetchedMilliseconds: row["fetched_ms"].int64 ?? 0, platform: row.string("platform"), views: row.int("views"),
                            averageViewSeconds: row["average_view_seconds"].double, likes: row["likes"].int, shares: row["shares"].int,
                            comments: row["comments"].int, durationSeconds: row.double("duration_seconds"), retention: row.string("retention"))
                    }
                }
            }
        } else {
            rows = try await read { db in
                try Row.fetchAll(db, sql: sql, arguments: [series]).map { row in
                    PlatformSnapshotRow.snapshot(
                        series: row["series"], episode: row["episode"], channel: row["channel"], fetchedMilliseconds: row["fetched_ms"],
                        platform: row["platform"], views: row["views"], averageViewSeconds: row["average_view_seconds"], likes: row["likes"],
                        shares: row["shares"], comments: row["comments"], durationSeconds: row["duration_seconds"], retention: row["retention"])
                }
            }
        }
        return rows.sorted {
            if $0.channel != $1.channel { return SharedAudienceTables.bytewise($0.channel, $1.channel) }
            if $0.episode != $1.episode { return $0.episode < $1.episode }
            return $0.fetchedAt < $1.fetchedAt
        }
    }
}

/// A snapshot as its row holds it: the fetch time in whole milliseconds and the curve as JSON text.
struct PlatformSnapshotRow: Sendable {
    var snapshot: PlatformSnapshot
    var fetchedMilliseconds: Int64
    var retentionText: String

    init(_ snapshot: PlatformSnapshot) {
        self.snapshot = snapshot
        fetchedMilliseconds = Int64((snapshot.fetchedAt.timeIntervalSince1970 * 1000).rounded())
        let pairs = snapshot.retention.map { [$0.fraction, $0.watching] }
        retentionText = (try? JSONEncoder().encode(pairs)).flatMap { String(data: $0, encoding: .utf8) } ?? "[]"
    }

    static let columns = "series, episode, channel, fetched_ms, platform, views, average_view_seconds, likes, shares, comments, duration_seconds, retention"

    /// The snapshots of one series (`?`); with `latestOnly`, the newest of each episode and channel.
    static func select(latestOnly: Bool) -> String {
        guard latestOnly else { return "SELECT \(columns) FROM platform_snapshots WHERE series = ?" }
        return """
            SELECT \(columns) FROM platform_snapshots s WHERE series = ? AND fetched_ms = (
              SELECT MAX(fetched_ms) FROM platform_snapshots t WHERE t.series = s.series AND t.episode = s.episode AND t.channel = s.channel)
            """
    }

    static func snapshot(
        series: String, episode: Int, channel: String, fetchedMilliseconds: Int64, platform: String, views: Int, averageViewSeconds: Double?,
        likes: Int?, shares: Int?, comments: Int?, durationSeconds: Double, retention: String
    ) -> PlatformSnapshot {
        let pairs = (try? JSONDecoder().decode([[Double]].self, from: Data(retention.utf8))) ?? []
        return PlatformSnapshot(
            series: series, episode: episode, channel: channel, platform: platform,
            fetchedAt: Date(timeIntervalSince1970: Double(fetchedMilliseconds) / 1000), views: views, averageViewSeconds: averageViewSeconds,
            likes: likes, shares: shares, comments: comments,
            retention: pairs.compactMap { $0.count == 2 ? PlatformSnapshot.RetentionPoint(fraction: $0[0], watching: $0[1]) : nil },
            durationSeconds: durationSeconds)
    }
}

extension SharedAudienceTables {
    /// Stores snapshots once each, in one transaction; returns how many were new.
    func recordPlatformSnapshots(_ rows: [PlatformSnapshotRow]) async throws -> Int {
        try await database.write { db in
            var inserted = 0
            for row in rows {
                let s = row.snapshot
                let returned = try await db.rows(
                    """
                    INSERT INTO platform_snapshots
                      (series, episode, channel, fetched_ms, platform, views, average_view_seconds, likes, shares, comments, duration_seconds, retention)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (series, episode, channel, fetched_ms) DO NOTHING RETURNING episode
                    """,
                    [
                        .text(s.series), .int(s.episode), .text(s.channel), .integer(row.fetchedMilliseconds), .text(s.platform), .int(s.views),
                        .double(s.averageViewSeconds), .int(s.likes), .int(s.shares), .int(s.comments), .real(s.durationSeconds),
                        .text(row.retentionText),
                    ])
                inserted += returned.count
            }
            return inserted
        }
    }
}
