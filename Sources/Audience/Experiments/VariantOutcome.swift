import Foundation
import GRDB

/// What one viewer of an experiment did: the variant they were shown, when they were first
/// exposed, and the outcomes of the experiment's episodes (and the next).
///
/// Read from the stored events, so every figure of an experiment report can be recomputed.
package struct VariantOutcome: Sendable, Hashable {
    /// The viewer (anonymous id).
    package var viewer: String
    /// The variant's name (the part after `<experiment>/` in the events' tag).
    package var variant: String
    /// The first event carrying the tag, milliseconds since 1970.
    package var exposedAt: Int64
    /// Watched the (first) episode past the hook point.
    package var hooked: Bool
    /// Watched the (first) episode to the end.
    package var completed: Bool
    /// Started the next episode — for an experiment over several episodes, the last of them
    /// (carried through the pilot).
    package var continued: Bool
    /// Unlocked a later episode.
    package var unlocked: Bool
    /// Seconds played of the experiment's episodes.
    package var watchedSeconds: Double
    /// Seconds of the episode played in the viewer's views of earlier episodes (a pre-exposure
    /// covariate), nil when they watched none.
    package var earlierWatchedSeconds: Double?
}

extension AudienceStore {
    /// The outcomes of every viewer tagged with a variant of `experiment` on `episodes` of
    /// `series`, in order of exposure: the hook and completion of the first episode, the seconds
    /// played of them all, continue to the episode after a single one or to the last of several. A viewer whose events carry two variants of it (an
    /// assignment or logging fault) is counted under the first and in `conflicts`.
    ///
    /// - Parameter hookSeconds: "still watching at" this second counts as hooked (as in the
    ///   metrics, 3 s by default).
    package func variantOutcomes(
        series: String, episodes: ClosedRange<Int>, experiment: String, hookSeconds: Int = 3
    ) async throws(AudienceError) -> (outcomes: [VariantOutcome], conflicts: Int) {
        let prefix = experiment + "/"
        let episode = episodes.lowerBound
        let continuedTo = episodes.count == 1 ? episode + 1 : episodes.upperBound
        if case .shared(let tables) = backend {
            return try await shared { try await tables.variantOutcomes(series: series, episodes: episodes, experiment: experiment, hookSeconds: hookSeconds) }
        }
        return try await read { db in
            // The first tagged event of each viewer, and how many variants they carry.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT viewer, variant, MIN(timestamp_ms) FROM audience_events
                    WHERE series = ? AND episode BETWEEN ? AND ? AND substr(variant, 1, ?) = ?
                    GROUP BY viewer, variant ORDER BY viewer, MIN(timestamp_ms), variant
                    """,
                arguments: [series, episode, episodes.upperBound, prefix.utf8.count, prefix])
            var first: [String: (variant: String, at: Int64)] = [:]
            var conflicted: Set<String> = []
            for row in rows {
                let viewer: String = row[0]
                let tag: String = row[1]
                let at: Int64 = row[2]
                if first[viewer] == nil {
                    first[viewer] = (String(tag.utf8.dropFirst(prefix.utf8.count)) ?? tag, at)
                } else {
                    conflicted.insert(viewer)
                }
            }
            let view = try db.makeStatement(
                sql: "SELECT completed_at, watched_ms, coverage FROM audience_views WHERE series = ? AND viewer = ? AND episode = ?")
            let played = try db.makeStatement(
                sql: "SELECT SUM(watched_ms) FROM audience_views WHERE series = ? AND viewer = ? AND episode BETWEEN ? AND ?")
            let next = try db.makeStatement(
                sql: "SELECT started_at FROM audience_views WHERE series = ? AND viewer = ? AND episode = ?")
            let unlocked = try db.makeStatement(
                sql: "SELECT COUNT(*) FROM audience_views WHERE series = ? AND viewer = ? AND episode > ? AND unlocked_at IS NOT NULL")
            let earlier = try db.makeStatement(
                sql: "SELECT COUNT(*), SUM(watched_ms) FROM audience_views WHERE series = ? AND viewer = ? AND episode < ?")
            var outcomes: [VariantOutcome] = []
            for (viewer, exposure) in first {
                var outcome = VariantOutcome(
                    viewer: viewer, variant: exposure.variant, exposedAt: exposure.at, hooked: false, completed: false, continued: false,
                    unlocked: false, watchedSeconds: 0, earlierWatchedSeconds: nil)
                if let row = try Row.fetchOne(view, arguments: [series, viewer, episode]) {
                    outcome.completed = (row[0] as Int64?) != nil
                    outcome.watchedSeconds = Double(row[1] as Int64) / 1000
                    let coverage: Data = row[2]
                    outcome.hooked = coverage.count > hookSeconds && coverage[coverage.startIndex + hookSeconds] > 0
                }
                if episodes.count > 1 {
                    outcome.watchedSeconds = Double(try Int64.fetchOne(played, arguments: [series, viewer, episode, episodes.upperBound]) ?? 0) / 1000
                }
                if let row = try Row.fetchOne(next, arguments: [series, viewer, continuedTo]) {
                    outcome.continued = (row[0] as Int64?) != nil
                }
                outcome.unlocked = try Int.fetchOne(unlocked, arguments: [series, viewer, episode]) ?? 0 > 0
                if let row = try Row.fetchOne(earlier, arguments: [series, viewer, episode]), (row[0] as Int) > 0 {
                    outcome.earlierWatchedSeconds = Double(row[1] as Int64? ?? 0) / 1000
                }
                outcomes.append(outcome)
            }
            outcomes.sort { ($0.exposedAt, $0.viewer) < ($1.exposedAt, $1.viewer) }
            return (outcomes, conflicted.count)
        }
    }
}

extension SimulationRun {
    /// Adds an `experiment_exposure` before each viewer's first event carrying an experiment's
    /// tag (`<experiment>/<variant>`) on an episode, as the channel records one when it first
    /// shows a viewer a variant.
    package mutating func recordExposures() {
        var out: [SimulatedEvent] = []
        out.reserveCapacity(events.count + events.count / 10)
        var exposed: Set<String> = []
        for event in events {
            let tag = event.properties.variant
            if tag.contains("/"), exposed.insert("\(event.anonymousID) \(event.properties.episode) \(tag)").inserted {
                var exposure = event
                exposure.messageID = event.messageID + "-exposure"
                exposure.event = .experimentExposure
                exposure.properties.positionMs = nil
                out.append(exposure)
            }
            out.append(event)
        }
        events = out
    }
}
