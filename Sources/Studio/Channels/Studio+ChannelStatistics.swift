import AsyncHTTPClient
import Audience
import Basics
import Channels
package import Foundation
import DramaModel
import Editing
import Production

extension Studio {
    /// Fetches the platform's figures for each post of series `id` that is live and whose last
    /// figures (or its going live) are older than its channel's `statistics_every_hours`, and stores them in the audience store as platform data labelled
    /// with the channel. Returns how many snapshots were stored; a platform that fails is tried
    /// again at the next round (its problem is in `problems`).
    @discardableResult
    package func collectChannelStatistics(_ id: String, now: Date = Date()) async throws(StudioError) -> (stored: Int, problems: [String]) {
        let project = try catalog.project(id)
        let settings = try channelSettings(project)
        let apiChannels = settings.channels.filter { $0.kind.usesOAuth }
        guard !apiChannels.isEmpty else { return (0, []) }
        let rows = try await database.read { db in
            try await db.rows(
                """
                SELECT episode, channel, platform_id, url, statistics_at, updated_at FROM studio_channel_posts
                WHERE series = ? AND state = 'live' AND platform_id IS NOT NULL ORDER BY episode
                """,
                [.text(id)])
        }
        var stored = 0
        var problems: [String] = []
        let store = try await jobStore(project)
        for row in rows {
            guard let channel = apiChannels.first(where: { $0.name == row.string("channel") }), let platformID = row["platform_id"].string else { continue }
            // The first figures once the post has been live for an interval; then every interval.
            let since = row["statistics_at"].double ?? row.double("updated_at")
            if now.timeIntervalSince1970 - since < Double(channel.statisticsEverySeconds) { continue }
            if try await channelHold(id, channel: channel, project: project) != nil { continue }
            let number = row.int("episode")
            do {
                guard case .api(let platform) = try ChannelPlatforms.make(channel, projectRoot: project.root, http: HTTPClient.shared, logger: logger) else { continue }
                let duration = (try? await project.producedTimeline(episode: number, store: store))?.duration.seconds ?? 0
                let figures = try await platform.statistics(of: PlatformPost(id: platformID, url: row["url"].string, state: .live), durationSeconds: duration)
                let snapshot = PlatformSnapshot(
                    series: id, episode: number, channel: channel.name, platform: channel.kind.rawValue, fetchedAt: now, views: figures.views,
                    averageViewSeconds: figures.averageViewSeconds, likes: figures.likes, shares: figures.shares, comments: figures.comments,
                    retention: figures.retention.map { .init(fraction: $0.fraction, watching: $0.watching) }, durationSeconds: duration)
                if try await audience.recordPlatformSnapshot(snapshot) { stored += 1 }
                try await database.write { db in
                    try await db.execute(
                        "UPDATE studio_channel_posts SET statistics_at = ? WHERE series = ? AND episode = ? AND channel = ?",
                        [.time(now), .text(id), .int(number), .text(channel.name)])
                }
            } catch let error as any ExplainedError {
                try? await markStatisticsTried(id, number, channel.name, now: now)
                problems.append("\(channel.name) ep\(String(format: "%03d", number)) statistics: \(error.message)")
            } catch {
                try? await markStatisticsTried(id, number, channel.name, now: now)
                problems.append("\(channel.name) ep\(String(format: "%03d", number)) statistics: \(error)")
            }
        }
        return (stored, problems)
    }

    /// Records that figures were asked for now, so a platform that failed is asked again an
    /// interval later, not every round.
    private func markStatisticsTried(_ id: String, _ number: Int, _ channel: String, now: Date) async throws(StudioError) {
        try await database.write { db in
            try await db.execute(
                "UPDATE studio_channel_posts SET statistics_at = ? WHERE series = ? AND episode = ? AND channel = ?",
                [.time(now), .text(id), .int(number), .text(channel)])
        }
    }
}
