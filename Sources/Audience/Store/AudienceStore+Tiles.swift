package import Foundation
import GRDB

/// A series' tile on the channel's list as one viewer was shown it: the arm of a title
/// experiment, and whether the viewer clicked it.
package struct TileArmCounts: Sendable, Hashable, Codable {
    /// The arm (the experiment's variant).
    package var arm: String
    /// Times the tile was shown with it.
    package var impressions: Int
    /// Of those, times it was clicked.
    package var clicks: Int

    /// Creates counts.
    package init(arm: String, impressions: Int, clicks: Int) {
        self.arm = arm
        self.impressions = impressions
        self.clicks = clicks
    }
}

/// A recorded change of a title experiment's allocation: each arm's share of the tile's
/// impressions from then on, with the counts it was computed from (so it can be computed again).
package struct TileAllocation: Sendable, Hashable, Codable {
    /// Impressions recorded when it was evaluated.
    package var impressions: Int
    /// When.
    package var at: Date
    /// Each arm's share, in the experiment's order of variants.
    package var shares: [String: Double]
    /// Each arm's impressions and clicks then.
    package var counts: [TileArmCounts]

    /// Creates a record.
    package init(impressions: Int, at: Date, shares: [String: Double], counts: [TileArmCounts]) {
        self.impressions = impressions
        self.at = at
        self.shares = shares
        self.counts = counts
    }
}

extension AudienceStore {
    /// Each arm's impressions and clicks so far in experiment `key` of `series` (arms never shown
    /// are absent).
    package func tileCounts(series: String, experiment key: String) async throws(AudienceError) -> [TileArmCounts] {
        if case .shared(let tables) = backend { return try await shared { try await tables.tileCounts(series: series, experiment: key) } }
        return try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT arm, COUNT(*) AS shown, COUNT(clicked_ms) AS clicked FROM tile_impressions WHERE series = ? AND experiment = ? GROUP BY arm ORDER BY arm",
                arguments: [series, key]
            ).map { TileArmCounts(arm: $0["arm"], impressions: $0["shown"], clicks: $0["clicked"]) }
        }
    }

    /// Records that the tile of `series` was shown with `arm` of experiment `key`, under
    /// `token` (the link's). Returns the experiment's impressions so far, this one included.
    package func recordTileImpression(series: String, experiment key: String, arm: String, token: String, at time: Date) async throws(AudienceError) -> Int {
        let ms = Int64((time.timeIntervalSince1970 * 1000).rounded())
        if case .shared(let tables) = backend {
            return try await shared { try await tables.recordTileImpression(series: series, experiment: key, arm: arm, token: token, ms: ms) }
        }
        return try await write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO tile_impressions (token, series, experiment, arm, shown_ms) VALUES (?, ?, ?, ?, ?)",
                arguments: [token, series, key, arm, ms])
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tile_impressions WHERE series = ? AND experiment = ?", arguments: [series, key]) ?? 0
        }
    }

    /// Records the click of the impression `token` (once: a second click of the same link, or a
    /// token never shown, changes nothing). Returns whether it was recorded.
    package func recordTileClick(token: String, series: String, at time: Date) async throws(AudienceError) -> Bool {
        let ms = Int64((time.timeIntervalSince1970 * 1000).rounded())
        if case .shared(let tables) = backend { return try await shared { try await tables.recordTileClick(token: token, series: series, ms: ms) } }
        return try await write { db in
            try db.execute(
                sql: "UPDATE tile_impressions SET clicked_ms = ? WHERE token = ? AND series = ? AND clicked_ms IS NULL", arguments: [ms, token, series])
            return db.changesCount > 0
        }
    }

    /// The recorded allocation changes of experiment `key` of `series`, oldest first.
    package func tileAllocations(series: String, experiment key: String) async throws(AudienceError) -> [TileAllocation] {
        if case .shared(let tables) = backend {
            return try await shared { try await tables.tileAllocations(series: series, experiment: key) }.map { row in
                TileAllocation(
                    impressions: row.impressions, at: Date(timeIntervalSince1970: Double(row.ms) / 1000),
                    shares: (try? JSONDecoder().decode([String: Double].self, from: Data(row.shares.utf8))) ?? [:],
                    counts: (try? JSONDecoder().decode([TileArmCounts].self, from: Data(row.counts.utf8))) ?? [])
            }
        }
        return try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT impressions, at_ms, shares, counts FROM tile_allocations WHERE series = ? AND experiment = ? ORDER BY impressions",
                arguments: [series, key]
            ).map { row in
                let shares = (try? JSONDecoder().decode([String: Double].self, from: Data((row["shares"] as String).utf8))) ?? [:]
                let counts = (try? JSONDecoder().decode([TileArmCounts].self, from: Data((row["counts"] as String).utf8))) ?? []
                return TileAllocation(
                    impressions: row["impressions"], at: Date(timeIntervalSince1970: Double(row["at_ms"] as Int64) / 1000), shares: shares, counts: counts)
            }
        }
    }

    /// Records an allocation change (once per experiment and impression count).
    package func recordTileAllocation(series: String, experiment key: String, _ allocation: TileAllocation) async throws(AudienceError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let shares = String(decoding: (try? encoder.encode(allocation.shares)) ?? Data("{}".utf8), as: UTF8.self)
        let counts = String(decoding: (try? encoder.encode(allocation.counts)) ?? Data("[]".utf8), as: UTF8.self)
        let ms = Int64((allocation.at.timeIntervalSince1970 * 1000).rounded())
        if case .shared(let tables) = backend {
            return try await shared {
                try await tables.recordTileAllocation(series: series, experiment: key, impressions: allocation.impressions, ms: ms, shares: shares, counts: counts)
            }
        }
        try await write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO tile_allocations (series, experiment, impressions, at_ms, shares, counts) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [series, key, allocation.impressions, ms, shares, counts])
        }
    }
}
