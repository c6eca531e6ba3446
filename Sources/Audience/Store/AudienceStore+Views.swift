import Foundation
import GRDB
import SQLiteStore

extension AudienceStore {
    /// One view (a viewer, an episode) as the store sums it up: when it started and completed,
    /// whether it passed the hook point, whether the viewer unlocked the episode.
    package struct ViewSummary: Sendable, Hashable {
        /// The viewer's anonymous id.
        package var viewer: String
        /// The episode number.
        package var episode: Int
        /// The first playback event, milliseconds since 1970 (nil: no playback, not a start).
        package var startedAt: Int64?
        /// The first `playback_completed`, milliseconds since 1970.
        package var completedAt: Int64?
        /// Whether playback passed the hook point (the metrics' definition: the second at the
        /// hook point is covered).
        package var hooked: Bool
        /// Whether the viewer unlocked this episode.
        package var unlocked: Bool

        /// Creates a summary.
        package init(viewer: String, episode: Int, startedAt: Int64?, completedAt: Int64?, hooked: Bool, unlocked: Bool) {
            self.viewer = viewer
            self.episode = episode
            self.startedAt = startedAt
            self.completedAt = completedAt
            self.hooked = hooked
            self.unlocked = unlocked
        }
    }

    /// Every view of `series`' episodes `episodes`, ordered by viewer then episode: what a
    /// per-viewer analysis (a bootstrap over viewers, a pilot's funnel) needs, read from the
    /// same rollups the metrics fold.
    /// - Parameter hookSecond: the hook point in whole seconds (the metrics' default, 3).
    /// - Throws: `AudienceError` `.storeFailed`.
    package func viewSummaries(series: String, episodes: ClosedRange<Int>, hookSecond: Int = 3) async throws(AudienceError) -> [ViewSummary] {
        if case .shared(let tables) = backend {
            return try await shared { try await tables.viewSummaries(series: series, episodes: episodes, hookSecond: hookSecond) }
        }
        do {
            return try await connections.read { db in
                var out: [ViewSummary] = []
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT viewer, episode, started_at, completed_at, unlocked_at, coverage
                        FROM audience_views WHERE series = ? AND episode BETWEEN ? AND ? ORDER BY viewer, episode
                        """,
                    arguments: [series, episodes.lowerBound, episodes.upperBound])
                while let row = try rows.next() {
                    var hooked = false
                    try row.withUnsafeData(atIndex: 5) { data in
                        if let data, data.count > hookSecond { hooked = data[data.startIndex + hookSecond] > 0 }
                    }
                    out.append(ViewSummary(
                        viewer: row[0], episode: row[1], startedAt: row[2], completedAt: row[3], hooked: hooked,
                        unlocked: (row[4] as Int64?) != nil))
                }
                return out
            }
        } catch {
            throw AudienceError(code: .storeFailed, message: "cannot read the audience store \(path): \(SQLiteDatabase.describe(error))")
        }
    }
}
