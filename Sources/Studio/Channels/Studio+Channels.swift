import AsyncHTTPClient
import Basics
import Channels
import DramaModel
package import Foundation
import Governance
import Logging
import Production

/// What one round of the channel publisher did for a series.
package struct ChannelRound: Sendable, Hashable {
    /// `channel epNNN` for each upload or package that finished.
    package var delivered: [String] = []
    /// `channel epNNN: why` for each that failed or is waiting.
    package var problems: [String] = []
}

extension Studio {
    // MARK: External channels

    /// The ids of the series the studio serves, in the catalogue's order.
    package var seriesIDs: [String] { catalog.all().map(\.id) }

    /// How long a process holds a channel post while it works on it; renewed with every
    /// checkpoint, so only a process that stopped (or lost the database) lets it lapse.
    static let channelLease: TimeInterval = 15 * 60

    /// Sends every episode released on the built-in channel to each external channel of series
    /// `id` once its time there has come: uploads resume from their checkpoints, posts being
    /// processed are asked about, failures wait with back-off. Several studio processes may run
    /// this at once on shared tables: each post is worked on by the process holding its lease.
    /// - Throws: `StudioError` `invalidInput` when `cliff.yaml`'s channels have problems (every
    ///   one located), `storeFailed` when the tables cannot be read.
    @discardableResult
    package func publishToChannels(_ id: String, now: Date = Date()) async throws(StudioError) -> ChannelRound {
        let project = try catalog.project(id)
        let settings = try channelSettings(project)
        guard !settings.channels.isEmpty else { return ChannelRound() }
        try await scheduleChannelPosts(id, settings: settings, now: now)
        var round = ChannelRound()
        let due = try await database.read { db in
            try await db.rows(
                """
                SELECT episode, channel, state, checkpoint, platform_id, url, attempts, lease_owner, lease_until, render FROM studio_channel_posts
                WHERE series = ? AND state IN ('scheduled', 'uploading', 'waiting', 'processing') AND due_at <= ?
                  AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
                ORDER BY due_at, episode, channel
                """,
                [.text(id), .time(now), .time(now)])
        }
        var stoppedChannels: Set<String> = []
        for row in due {
            guard let channel = settings.channel(row.string("channel")), !stoppedChannels.contains(channel.name) else { continue }
            if let hold = try await channelHold(id, channel: channel, project: project) {
                stoppedChannels.insert(channel.name)
                round.problems.append("\(channel.name): \(hold)")
                continue
            }
            let owner = row["lease_owner"].string
            if let owner, let until = row["lease_until"].double, until > now.timeIntervalSince1970, WorkerID(owner)?.isAlive != false {
                continue  // another process works on it
            }
            let number = row.int("episode")
            // The claim reads the row again: what another process did since it was listed counts.
            guard let row = try await claimChannelPost(id, number, channel.name, observedOwner: owner, now: now) else { continue }
            let label = "\(channel.name) ep\(String(format: "%03d", number))"
            do {
                let outcome = try await workOnChannelPost(
                    id, project: project, channel: channel, number: number, state: ChannelPostState(rawValue: row.string("state")) ?? .scheduled,
                    checkpoint: row["checkpoint"].string, platformID: row["platform_id"].string, url: row["url"].string, render: row.string("render"),
                    attempts: row.int("attempts"), now: now)
                if let delivered = outcome { round.delivered.append("\(label): \(delivered)") }
            } catch let failure as ChannelPostFailure {
                round.problems.append("\(label): \(failure.message)")
                if failure.stopsChannel { stoppedChannels.insert(channel.name) }
            } catch {
                round.problems.append("\(label): \(error)")
            }
        }
        return round
    }

    /// The channels of series `id` and every post on them.
    package func channelsOverview(_ id: String) async throws(StudioError) -> ChannelsOverview {
        let project = try catalog.project(id)
        var overview = ChannelsOverview(series: id, channels: [], posts: [], settingsProblem: nil)
        let settings: ChannelSettings
        do {
            settings = try channelSettings(project)
        } catch {
            overview.settingsProblem = error.message
            settings = ChannelSettings()
        }
        let holds = try await database.read { db in
            try await db.rows("SELECT channel, reason FROM studio_channel_holds WHERE series = ?", [.text(id)])
        }
        let reasons = Dictionary(holds.map { ($0.string("channel"), $0.string("reason")) }, uniquingKeysWith: { a, _ in a })
        overview.channels = settings.channels.map {
            .init(name: $0.name, kind: $0.kind.rawValue, offsetMinutes: $0.offsetSeconds / 60, stopped: reasons[$0.name])
        }
        let order = Dictionary(settings.channels.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = try await database.read { db in
            try await db.rows("SELECT * FROM studio_channel_posts WHERE series = ? ORDER BY episode", [.text(id)])
        }
        overview.posts = rows.map { row in
            ChannelPost(
                series: id, episode: row.int("episode"), channel: row.string("channel"), state: ChannelPostState(rawValue: row.string("state")) ?? .waiting,
                dueAt: Date(timeIntervalSince1970: row.double("due_at")), confirmedBytes: Int64(row.int("confirmed_bytes")),
                totalBytes: Int64(row.int("total_bytes")), platformID: row["platform_id"].string, url: row["url"].string, failure: row["failure"].string,
                attempts: row.int("attempts"), nextAttemptAt: row["next_attempt_at"].double.map(Date.init(timeIntervalSince1970:)),
                updatedAt: Date(timeIntervalSince1970: row.double("updated_at")))
        }
        .sorted { ($0.episode, order[$0.channel] ?? .max) < ($1.episode, order[$1.channel] ?? .max) }
        return overview
    }

    /// `cliff.yaml`'s channels of `project`.
    func channelSettings(_ project: ProductionProject) throws(StudioError) -> ChannelSettings {
        do {
            return try ChannelSettings.load(projectRoot: project.root)
        } catch {
            throw StudioError(code: .invalidInput, message: error.report)
        }
    }

    /// Makes a row for each episode released on the built-in channel and each channel that has
    /// none, due the channel's offset after the release. A post not started yet follows a newer
    /// approved render; one already sent keeps the render it sent.
    private func scheduleChannelPosts(_ id: String, settings: ChannelSettings, now: Date) async throws(StudioError) {
        let channels = settings.channels
        try await database.write { db in
            let released = try await db.rows(
                "SELECT episode, render, at FROM studio_publications WHERE series = ? ORDER BY at", [.text(id)])
            var latest: [Int: (render: String, at: Double)] = [:]
            for row in released { latest[row.int("episode")] = (row.string("render"), row.double("at")) }
            for (episode, release) in latest.sorted(by: { $0.key < $1.key }) {
                for channel in channels {
                    try await db.execute(
                        """
                        INSERT INTO studio_channel_posts (series, episode, channel, render, state, due_at, confirmed_bytes, total_bytes, attempts, updated_at)
                        VALUES (?, ?, ?, ?, 'scheduled', ?, 0, 0, 0, ?) ON CONFLICT DO NOTHING
                        """,
                        [.text(id), .int(episode), .text(channel.name), .text(release.render), .real(release.at + Double(channel.offsetSeconds)), .time(now)])
                    try await db.execute(
                        """
                        UPDATE studio_channel_posts SET render = ?, updated_at = ?
                        WHERE series = ? AND episode = ? AND channel = ? AND render <> ? AND state IN ('scheduled', 'waiting') AND checkpoint IS NULL
                        """,
                        [.text(release.render), .time(now), .text(id), .int(episode), .text(channel.name), .text(release.render)])
                }
            }
        }
    }

    /// Takes the lease of a post whose lease was free, ran out, or belongs to a process that is
    /// gone; false when another process took it first.
    /// Returns the post as it stands once claimed (another process may have worked on it since
    /// it was listed), nil when it is no longer due or another process holds it.
    private func claimChannelPost(_ id: String, _ number: Int, _ channel: String, observedOwner: String?, now: Date) async throws(StudioError) -> SQLRow? {
        let me = WorkerID.current.description
        return try await database.write { db in
            try await db.rows(
                """
                UPDATE studio_channel_posts SET lease_owner = ?, lease_until = ?
                WHERE series = ? AND episode = ? AND channel = ? AND COALESCE(lease_owner, '') = ?
                  AND state IN ('scheduled', 'uploading', 'waiting', 'processing') AND due_at <= ?
                  AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
                RETURNING episode, channel, state, checkpoint, platform_id, url, attempts, render
                """,
                [.text(me), .real(now.timeIntervalSince1970 + Self.channelLease), .text(id), .int(number), .text(channel), .text(observedOwner ?? ""),
                 .time(now), .time(now)]
            ).first
        }
    }

    /// Why `channel` of series `id` is stopped (its credentials were refused and have not been
    /// renewed since), nil when it may go on. A renewed token file lifts the stop.
    func channelHold(_ id: String, channel: Channel, project: ProductionProject) async throws(StudioError) -> String? {
        let rows = try await database.read { db in
            try await db.rows("SELECT reason, token_stamp FROM studio_channel_holds WHERE series = ? AND channel = ?", [.text(id), .text(channel.name)])
        }
        guard let hold = rows.first else { return nil }
        if hold.string("token_stamp") == Self.tokenStamp(channel, project: project) { return hold.string("reason") }
        try await database.write { db in
            try await db.execute("DELETE FROM studio_channel_holds WHERE series = ? AND channel = ?", [.text(id), .text(channel.name)])
        }
        logger.info("channel credentials renewed; publishing resumes", metadata: ["series": "\(id)", "channel": "\(channel.name)"])
        return nil
    }

    /// The token file's size and modification time (`missing` without one): a new value means
    /// the user authorised again.
    static func tokenStamp(_ channel: Channel, project: ProductionProject) -> String {
        guard let file = channel.oauth?.tokenFile else { return "none" }
        let url = project.root.appendingPathComponent(file)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return "missing" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)@\(modified)"
    }
}

/// A post's work ended without delivering: what the round reports.
struct ChannelPostFailure: Error {
    var message: String
    /// Whether the whole channel stops (credentials refused).
    var stopsChannel = false
}
