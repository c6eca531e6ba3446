import AsyncHTTPClient
import Basics
import Channels
import DramaModel
import Editing
import StoryEngine
import Foundation
import Governance
import Logging
import Production
import Synchronization

/// The key of one post: an episode of a series on a channel.
struct ChannelPostKey: Sendable {
    var series: String
    var episode: Int
    var channel: String

    var values: [SQLValue] { [.text(series), .int(episode), .text(channel)] }
}

/// Thrown from the checkpoint callback when another process took the post over: the upload
/// stops and this process leaves the row alone.
struct ChannelLeaseLost: Error {}

extension Studio {
    /// Works on one post this process holds the lease of: asks about a post being processed,
    /// or checks the episode again (its render, the compliance gate) and uploads it (or writes
    /// its package) from its checkpoint. Returns what was delivered, nil when nothing was.
    /// - Throws: `ChannelPostFailure` (recorded on the row first), `StudioError`.
    func workOnChannelPost(
        _ id: String, project: ProductionProject, channel: Channel, number: Int, state: ChannelPostState, checkpoint: String?, platformID: String?,
        url: String?, render: String, attempts: Int, now: Date
    ) async throws -> String? {
        let key = ChannelPostKey(series: id, episode: number, channel: channel.name)
        let target: ChannelTarget
        do {
            target = try ChannelPlatforms.make(channel, projectRoot: project.root, http: HTTPClient.shared, logger: logger)
        } catch {
            try await channelFailed(key, channel: channel, project: project, error, attempts: attempts, checkpoint: nil, now: now)
        }
        if state == .processing, case .api(let platform) = target, let platformID {
            let post: PlatformPost
            do {
                post = try await platform.status(of: PlatformPost(id: platformID, url: url, state: .processing))
            } catch {
                try await channelFailed(key, channel: channel, project: project, error, attempts: attempts, checkpoint: nil, now: now, keepState: .processing)
            }
            switch post.state {
            case .processing:
                try await finishChannelPost(key, state: .processing, platformID: post.id, url: post.url ?? url, failure: nil, next: now.addingTimeInterval(60), now: now)
                return nil
            case .live:
                try await finishChannelPost(key, state: .live, platformID: post.id, url: post.url ?? url, failure: nil, next: nil, now: now)
                logger.info("live on channel", metadata: ["series": "\(id)", "episode": "\(number)", "channel": "\(channel.name)", "id": "\(post.id)"])
                return "live \(post.url ?? post.id)"
            case .failed:
                let why = "\(channel.kind.displayName) could not process the video: \(post.failure ?? "no reason given"); fix the episode and render it again"
                try await finishChannelPost(key, state: .failed, platformID: post.id, url: post.url ?? url, failure: why, next: nil, now: now)
                throw ChannelPostFailure(message: why)
            }
        }

        // What goes out is what was approved and released, checked again for this channel.
        let video = Self.episodeFile(project, number)
        let current = try await hashes.hash(of: video)
        guard current == render else {
            let why = current == nil
                ? "the released file \(ProjectLayout.episodeOutputPath(number, "episode.mp4")) is missing; render the episode again and approve it"
                : "the episode was rendered again after its release; the new render goes out once it is approved and released"
            try await finishChannelPost(key, state: .waiting, failure: why, next: now.addingTimeInterval(600), now: now)
            throw ChannelPostFailure(message: why)
        }
        guard let script = project.files.scriptsOnDisk().first(where: { $0.number == number }) else {
            let why = "episode \(number) has no script any more; the channel gets it once it has one again"
            try await finishChannelPost(key, state: .waiting, failure: why, next: now.addingTimeInterval(600), now: now)
            throw ChannelPostFailure(message: why)
        }
        let gate: GateReport
        do {
            gate = try await GovernanceGate(projectRoot: project.root).checkBeforePublishing(
                episode: number, video: video, series: project.series, script: script.text, actor: "publisher:\(channel.name)")
        } catch {
            let why = "the compliance gate could not check the episode: \(error.message)"
            try await finishChannelPost(key, state: .waiting, failure: why, next: now.addingTimeInterval(600), now: now)
            throw ChannelPostFailure(message: why)
        }
        guard gate.passed else {
            let why = "held by the compliance gate: \(gate.reasons.joined(separator: " · "))"
            try await finishChannelPost(key, state: .waiting, failure: why, next: now.addingTimeInterval(600), now: now)
            throw ChannelPostFailure(message: why)
        }
        let release = try await channelRelease(id, project: project, channel: channel, number: number, script: script.text, now: now)

        switch target {
        case .package:
            do {
                let written = try DeliveryPackage.write(release, channel: channel, projectRoot: project.root)
                let folder = written.folder.path.replacingOccurrences(of: project.root.standardizedFileURL.path + "/", with: "")
                try await finishChannelPost(key, state: .live, url: folder, failure: nil, next: nil, now: now)
                try audit(project, kind: "channel-package", actor: "publisher", episode: number, details: ["channel": channel.name, "folder": folder, "render": render])
                return "package \(folder)"
            } catch {
                try await channelFailed(key, channel: channel, project: project, error, attempts: attempts, checkpoint: nil, now: now)
            }
        case .api(let platform):
            let start = checkpoint.flatMap { try? JSONDecoder().decode(UploadCheckpoint.self, from: Data($0.utf8)) } ?? UploadCheckpoint()
            if start.stage == .new, let quota = channel.dailyQuota {
                let cost = platform.quotaCost(of: release)
                guard try await reserveQuota(key, channel: channel, cost: cost, limit: quota, now: now) else {
                    let next = Self.nextQuotaDay(channel, after: now)
                    let why = "the channel's daily quota (\(quota) units) has no room for this upload (\(cost) units); it goes out after the quota resets at \(ISO8601DateFormatter().string(from: next))"
                    try await finishChannelPost(key, state: .waiting, failure: why, next: next, now: now)
                    throw ChannelPostFailure(message: why)
                }
            }
            let lost = Mutex(false)
            do {
                let post = try await platform.publish(
                    release, from: start,
                    record: { checkpoint in
                        guard try await self.saveCheckpoint(key, checkpoint) else {
                            lost.withLock { $0 = true }
                            throw ChannelLeaseLost()
                        }
                    },
                    progress: { confirmed, total in
                        _ = try? await self.saveProgress(key, confirmed: confirmed, total: total)
                    })
                let state: ChannelPostState = post.state == .live ? .live : post.state == .failed ? .failed : .processing
                try await finishChannelPost(
                    key, state: state, platformID: post.id, url: post.url, failure: post.failure, next: state == .processing ? now.addingTimeInterval(30) : nil, now: now)
                try audit(
                    project, kind: "channel-upload", actor: "publisher", episode: number,
                    details: ["channel": channel.name, "platform": channel.kind.rawValue, "id": post.id, "render": render, "ai_disclosure": "set"])
                logger.info("uploaded to channel", metadata: ["series": "\(id)", "episode": "\(number)", "channel": "\(channel.name)", "id": "\(post.id)"])
                return "uploaded \(post.id)"
            } catch {
                if lost.withLock({ $0 }) {
                    throw ChannelPostFailure(message: "another studio process took this upload over; it goes on there")
                }
                try await channelFailed(key, channel: channel, project: project, error, attempts: attempts, checkpoint: start, now: now)
            }
        }
    }

    /// The episode as it goes out to `channel`: the signed master, its cover and subtitles, and
    /// the texts the channel's templates make.
    func channelRelease(_ id: String, project: ProductionProject, channel: Channel, number: Int, script: String, now: Date) async throws -> EpisodeRelease {
        let folder = ProjectLayout(root: project.root).episodeOutput(number)
        let series = project.series
        let breakdown = EpisodeBreakdown(episode: number, script: script, checker: ScriptChecker(series: series), language: series.language)
        let hashtags = channel.hashtags.map { "#\($0)" }.joined(separator: " ")
        let values = [
            "series_title": series.title, "series": id, "episode": "\(number)", "title": breakdown.title ?? "Episode \(number)",
            "logline": series.premise, "hashtags": hashtags, "language": series.language.rawValue,
        ]
        var subtitles: [String: URL] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if names.contains("episode.srt") { subtitles[series.language.rawValue] = folder.appendingPathComponent("episode.srt") }
        for name in names where name.hasPrefix("episode.") && name.hasSuffix(".srt") && name != "episode.srt" {
            let language = String(name.dropFirst("episode.".count).dropLast(".srt".count))
            if !language.isEmpty { subtitles[language] = folder.appendingPathComponent(name) }
        }
        if let wanted = channel.subtitleLanguages { subtitles = subtitles.filter { wanted.contains($0.key) } }
        let cover = folder.appendingPathComponent("cover.jpg")
        let store = try await jobStore(project)
        let duration = (try? await project.producedTimeline(episode: number, store: store))?.duration.seconds ?? 0
        var provenance = ["ai_generated": "true", "visible_label": "burned in", "producer": "Cliffhanger"]
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent("provenance.json").path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let manifest = object["manifest"] as? [String: Any]
        {
            if let sha = manifest["fileSHA256"] as? String { provenance["file_sha256"] = sha }
            if let aigc = manifest["aigc"] as? [String: Any], let produceID = aigc["ProduceID"] as? String { provenance["aigc_produce_id"] = produceID }
            provenance["manifest"] = "provenance.json (signed)"
        }
        let releasedAt = try await database.read { db in
            try await db.value("SELECT MAX(at) FROM studio_publications WHERE series = ? AND episode = ?", [.text(id), .int(number)]).double
        }
        return EpisodeRelease(
            series: id, episode: number, video: Self.episodeFile(project, number),
            cover: FileManager.default.fileExists(atPath: cover.path) ? cover : nil, subtitles: subtitles,
            title: TitleTemplate.fill(channel.title, values, limit: channel.kind == .youtube ? 100 : 2200),
            description: TitleTemplate.fill(channel.description, values, limit: channel.kind == .youtube ? 5000 : 2200),
            hashtags: channel.hashtags, durationSeconds: duration, language: series.language.rawValue,
            releasedAt: releasedAt.map(Date.init(timeIntervalSince1970:)) ?? now, provenance: provenance)
    }

    /// Records `checkpoint` and renews the lease; false when this process no longer holds it.
    func saveCheckpoint(_ key: ChannelPostKey, _ checkpoint: UploadCheckpoint) async throws(StudioError) -> Bool {
        let text = String(decoding: (try? JSONEncoder().encode(checkpoint)) ?? Data(), as: UTF8.self)
        let now = Date()
        return try await database.write { db in
            !(try await db.rows(
                """
                UPDATE studio_channel_posts SET checkpoint = ?, state = 'uploading', confirmed_bytes = ?, total_bytes = ?, platform_id = ?,
                  lease_until = ?, updated_at = ?
                WHERE series = ? AND episode = ? AND channel = ? AND lease_owner = ? RETURNING episode
                """,
                [.text(text), .integer(checkpoint.confirmedBytes), .integer(checkpoint.totalBytes), .string(checkpoint.platformID),
                 .real(now.timeIntervalSince1970 + Self.channelLease), .time(now)] + key.values + [.text(WorkerID.current.description)]
            )).isEmpty
        }
    }

    /// Records bytes confirmed so far and renews the lease.
    func saveProgress(_ key: ChannelPostKey, confirmed: Int64, total: Int64) async throws(StudioError) -> Bool {
        let now = Date()
        return try await database.write { db in
            !(try await db.rows(
                """
                UPDATE studio_channel_posts SET confirmed_bytes = ?, total_bytes = ?, lease_until = ?, updated_at = ?
                WHERE series = ? AND episode = ? AND channel = ? AND lease_owner = ? RETURNING episode
                """,
                [.integer(confirmed), .integer(total), .real(now.timeIntervalSince1970 + Self.channelLease), .time(now)] + key.values
                    + [.text(WorkerID.current.description)]
            )).isEmpty
        }
    }

    /// Sets the post's outcome and gives back the lease (only while this process holds it).
    func finishChannelPost(
        _ key: ChannelPostKey, state: ChannelPostState, platformID: String? = nil, url: String? = nil, failure: String?, next: Date?, now: Date,
        attempts: Int? = nil, resetCheckpoint: Bool = false
    ) async throws(StudioError) {
        try await database.write { db in
            try await db.execute(
                """
                UPDATE studio_channel_posts SET state = ?, platform_id = COALESCE(?, platform_id), url = COALESCE(?, url), failure = ?,
                  next_attempt_at = ?, attempts = COALESCE(?, attempts), checkpoint = CASE WHEN ? = 1 THEN NULL ELSE checkpoint END,
                  confirmed_bytes = CASE WHEN ? = 1 THEN 0 ELSE confirmed_bytes END, lease_owner = NULL, lease_until = NULL, updated_at = ?
                WHERE series = ? AND episode = ? AND channel = ? AND lease_owner = ?
                """,
                [.text(state.rawValue), .string(platformID), .string(url), .string(failure), .double(next?.timeIntervalSince1970), .int(attempts),
                 .int(resetCheckpoint ? 1 : 0), .int(resetCheckpoint ? 1 : 0), .time(now)] + key.values + [.text(WorkerID.current.description)])
        }
    }

    /// Records a failed try of a post and throws it as `ChannelPostFailure`: credentials
    /// refused stop the channel until they are renewed; a lapsed upload session starts over;
    /// what may pass later waits with back-off (or as long as the platform asked); the rest fails
    /// with the platform's reason.
    func channelFailed(
        _ key: ChannelPostKey, channel: Channel, project: ProductionProject, _ error: any Error, attempts: Int, checkpoint: UploadCheckpoint?, now: Date,
        keepState: ChannelPostState? = nil
    ) async throws -> Never {
        guard let error = error as? ChannelsError else {
            let why = "\(error)"
            try await finishChannelPost(key, state: keepState ?? .waiting, failure: why, next: now.addingTimeInterval(Self.channelBackoff(attempts)), now: now, attempts: attempts + 1)
            throw ChannelPostFailure(message: why)
        }
        let waitingState: ChannelPostState = keepState ?? ((checkpoint?.stage ?? .new) == .new ? .waiting : .uploading)
        switch error.code {
        case .reauthorize, .notAuthorized:
            let stamp = Self.tokenStamp(channel, project: project)
            try await database.write { db in
                try await db.execute(
                    """
                    INSERT INTO studio_channel_holds (series, channel, reason, token_stamp, at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (series, channel) DO UPDATE SET reason = excluded.reason, token_stamp = excluded.token_stamp, at = excluded.at
                    """,
                    [.text(key.series), .text(key.channel), .text(error.message), .text(stamp), .time(now)])
            }
            try await finishChannelPost(key, state: waitingState, failure: error.message, next: nil, now: now)
            logger.error("channel stopped: credentials refused", metadata: ["series": "\(key.series)", "channel": "\(key.channel)"])
            throw ChannelPostFailure(message: error.message, stopsChannel: true)
        case .uploadExpired:
            try await finishChannelPost(
                key, state: .scheduled, failure: error.message, next: now.addingTimeInterval(Self.channelBackoff(attempts)), now: now, attempts: attempts + 1,
                resetCheckpoint: true)
            throw ChannelPostFailure(message: error.message)
        default:
            if error.isTransient && attempts < 12 {
                let wait = max(error.retryAfterSeconds ?? 0, Self.channelBackoff(attempts))
                let next = error.code == .quotaExhausted ? Self.nextQuotaDay(channel, after: now) : now.addingTimeInterval(wait)
                try await finishChannelPost(key, state: waitingState, failure: error.message, next: next, now: now, attempts: attempts + 1)
            } else {
                try await finishChannelPost(key, state: .failed, failure: error.message, next: nil, now: now, attempts: attempts + 1)
            }
            throw ChannelPostFailure(message: error.message)
        }
    }

    /// Seconds before try `attempts + 2`: 30 s doubling to an hour.
    static func channelBackoff(_ attempts: Int) -> TimeInterval { min(30 * pow(2, Double(min(attempts, 10))), 3600) }

    /// Counts `cost` quota units against the channel's quota day, unless they would pass
    /// `limit`; true when counted.
    func reserveQuota(_ key: ChannelPostKey, channel: Channel, cost: Int, limit: Int, now: Date) async throws(StudioError) -> Bool {
        guard cost > 0 else { return true }
        let day = Self.quotaDay(channel, at: now)
        return try await database.write { db in
            try await db.execute(
                "INSERT INTO studio_channel_quota (series, channel, day, used) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING",
                [.text(key.series), .text(key.channel), .text(day)])
            return !(try await db.rows(
                "UPDATE studio_channel_quota SET used = used + ? WHERE series = ? AND channel = ? AND day = ? AND used + ? <= ? RETURNING used",
                [.int(cost), .text(key.series), .text(key.channel), .text(day), .int(cost), .int(limit)])).isEmpty
        }
    }

    /// The platform's quota day at `date`: YouTube's resets at midnight Pacific time.
    static func quotaDay(_ channel: Channel, at date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = quotaZone(channel)
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// When the quota day after the one at `date` starts.
    static func nextQuotaDay(_ channel: Channel, after date: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = quotaZone(channel)
        let start = calendar.startOfDay(for: date)
        return calendar.date(byAdding: .day, value: 1, to: start) ?? date.addingTimeInterval(86_400)
    }

    static func quotaZone(_ channel: Channel) -> TimeZone {
        channel.kind == .youtube ? TimeZone(identifier: "America/Los_Angeles") ?? .gmt : .gmt
    }
}
