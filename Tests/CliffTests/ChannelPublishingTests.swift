import AsyncHTTPClient
import Audience
import Channels
import Foundation
import Logging
import Studio
import TestSupport
import Testing

/// A series rendered once (three short episodes, approved), copied for each test, so every
/// test publishes a fresh project of its own.
actor ChannelProjectFixture {
    static let shared = ChannelProjectFixture()
    private var made: URL?

    /// A new copy of the rendered, approved project `heir` (in a folder of its own).
    func copy() async throws -> URL {
        let source = try await rendered()
        let target = try temporaryDirectory("cliff-channels").appendingPathComponent("heir")
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    private func rendered() async throws -> URL {
        if let made { return made }
        let project = try TemporaryProject.make(named: "heir", prefix: "cliff-channels-source", episodes: 3, seed: 11, targetSeconds: 15)
        let studio = try await Studio(root: project.root, bcryptCost: 4, logger: Logger(label: "channels-fixture"))
        try await studio.render("heir", episodes: [1, 2, 3], by: ChannelPublishingTests.producer)
        await studio.waitForRenders()
        for episode in 1...3 { _ = try await studio.review("heir", episode, action: .approve, note: nil, by: ChannelPublishingTests.reviewer) }
        made = project.root
        return project.root
    }
}

/// Publishing to YouTube, TikTok and a delivery package from the release calendar, against
/// servers speaking each platform's protocol on loopback.
struct ChannelPublishingTests {
    static let producer = StudioUser(name: "paul", role: .producer)
    static let reviewer = StudioUser(name: "mei", role: .reviewer)

    /// Adds `channels` to the project's cliff.yaml.
    static func configure(_ root: URL, _ channels: String) throws {
        let file = root.appendingPathComponent("cliff.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data((text + "\nchannels:\n" + channels).utf8).write(to: file)
    }

    /// A token file for `channel` holding `token` (valid for a day).
    static func authorize(_ root: URL, _ channel: String, kind: Channel.Kind, token: String) throws {
        try TokenFile(channel: Channel(name: channel, kind: kind), projectRoot: root).write(
            OAuthToken(accessToken: token, refreshToken: "refresh-\(token)", expiresAt: Date().addingTimeInterval(86_400), scope: nil))
    }

    /// Sets a calendar releasing all three episodes at `launch` (midnight UTC of its day).
    static func schedule(_ studio: Studio, launch: Date) async throws {
        let day = ISO8601DateFormatter.string(from: launch, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        try await studio.setCalendar(
            "heir", ReleaseCalendar(launchDate: day, time: "00:00", timeZone: "UTC", launchEpisodes: 3, perDay: 1), by: producer,
            now: launch.addingTimeInterval(-2 * 86_400))
    }

    static func midnight(_ date: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.startOfDay(for: date)
    }

    /// YouTube (1 MB chunks) and TikTok on loopback servers and a delivery package `shop`,
    /// added to `root`'s cliff.yaml and authorised: the channels of the kill-and-race tests.
    static func uploadChannels(_ root: URL) async throws -> (youtube: YouTubeTestServer, tiktok: TikTokTestServer) {
        let youtube = try await YouTubeTestServer.start(token: "yt-token")
        let tiktok = try await TikTokTestServer.start(authorize: { $0 == "tt-token" })
        try configure(root, """
              youtube:
                kind: youtube
                endpoint: \(youtube.endpoint.absoluteString)
                analytics_endpoint: \(youtube.endpoint.absoluteString)
                chunk_mb: 1
              tiktok:
                kind: tiktok
                endpoint: \(tiktok.endpoint.absoluteString)
              shop:
                kind: package
            """)
        try authorize(root, "youtube", kind: .youtube, token: "yt-token")
        try authorize(root, "tiktok", kind: .tiktok, token: "tt-token")
        return (youtube, tiktok)
    }

    /// The sizes of `root`'s three masters, each big enough for a kill to land mid-upload.
    static func masterSizes(_ root: URL) throws -> [Int] {
        let sizes = try (1...3).map { try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("out/ep00\($0)/episode.mp4").path)[.size] as! Int }
        try #require(sizes.allSatisfy { $0 > 2 << 20 }, "each master needs a few chunks for the kill to land mid-upload: \(sizes)")
        return sizes
    }

    /// A publisher started by `publisher` is killed while its second YouTube chunk is held
    /// unanswered; then two run at once, and `last` finishes what one of them may have left to
    /// the other. Checks that every episode went out once per channel: one YouTube session and
    /// video each (the killed one resumed from the offset, under a chunk sent twice), one
    /// TikTok post, one package.
    static func killThenRace(
        _ root: URL, youtube: YouTubeTestServer, tiktok: TikTokTestServer, sizes: [Int],
        publisher: () throws -> BackgroundCLI, last: () async throws -> CLIRunner.Result
    ) async throws {
        youtube.store.hold.hold(chunk: 2)
        let doomed = try publisher()
        try await waitUntil("the second chunk to reach YouTube", deadline: .seconds(600)) { youtube.store.hold.arrived }
        doomed.signal(SIGKILL)
        _ = try await doomed.wait()
        youtube.store.hold.release()

        let (a, b) = (try publisher(), try publisher())
        let (ra, rb) = (try await a.wait(), try await b.wait())
        let finished = try await last()
        #expect(finished.status == 0, "\(ra.stderr)\n\(rb.stderr)\n\(finished.stderr)")

        #expect(youtube.videosCreated == 3, "one video per episode")
        #expect(youtube.sessionsOpened == 3, "the killed upload's session was resumed, not opened again")
        #expect(youtube.offsetQueries >= 1)
        #expect(youtube.bytesSent <= sizes.reduce(0, +) + (1 << 20), "bytes sent twice stay under one chunk: \(youtube.bytesSent) for \(sizes)")
        let masters = try (1...3).map { try Data(contentsOf: root.appendingPathComponent("out/ep00\($0)/episode.mp4")) }
        #expect(Set(youtube.videos.map(\.bytes)) == Set(masters))
        #expect(tiktok.postsCreated == 3)
        let packages = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out/delivery/shop").path).filter { !$0.hasPrefix(".") }
        #expect(packages.sorted() == ["heir-ep001", "heir-ep002", "heir-ep003"])
    }

    @Test func threeApprovedEpisodesGoOutOnEveryChannelAtTheirTimesOnceWithTheirLabelsAndSubtitles() async throws {
        let root = try await ChannelProjectFixture.shared.copy()
        let youtube = try await YouTubeTestServer.start(token: "yt-token")
        let tiktok = try await TikTokTestServer.start(authorize: { $0 == "tt-token" })
        try Self.configure(root, """
              youtube:
                kind: youtube
                endpoint: \(youtube.endpoint.absoluteString)
                analytics_endpoint: \(youtube.endpoint.absoluteString)
                hashtags: [microdrama]
                offset_minutes: 30
                chunk_mb: 1
                statistics_every_hours: 1
              tiktok:
                kind: tiktok
                endpoint: \(tiktok.endpoint.absoluteString)
              douyin:
                kind: package
                platform: Douyin
            """)
        try Self.authorize(root, "youtube", kind: .youtube, token: "yt-token")
        try Self.authorize(root, "tiktok", kind: .tiktok, token: "tt-token")
        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "channels-test"))
        let launch = Self.midnight(Date().addingTimeInterval(3 * 86_400))
        try await Self.schedule(studio, launch: launch)

        // Before the release nothing goes anywhere.
        #expect(try await studio.publishToChannels("heir", now: launch.addingTimeInterval(-60)).delivered.isEmpty)
        #expect(try await studio.publishDue("heir", now: launch.addingTimeInterval(1)) == [1, 2, 3])
        // At the release: TikTok and the package (no offset); YouTube waits its 30 minutes.
        let first = try await studio.publishToChannels("heir", now: launch.addingTimeInterval(60))
        #expect(first.problems.isEmpty, "\(first.problems)")
        #expect(youtube.videosCreated == 0, "YouTube's offset is 30 minutes")
        #expect(tiktok.postsCreated == 3)
        let second = try await studio.publishToChannels("heir", now: launch.addingTimeInterval(31 * 60))
        #expect(second.problems.isEmpty, "\(second.problems)")
        #expect(youtube.videosCreated == 3)

        // Each platform got one complete upload per episode, disclosed as AI-generated.
        for video in youtube.videos {
            let metadata = try #require(try JSONSerialization.jsonObject(with: video.metadata) as? [String: Any])
            let status = try #require(metadata["status"] as? [String: Any])
            #expect(status["containsSyntheticMedia"] as? Bool == true)
            let snippet = try #require(metadata["snippet"] as? [String: Any])
            #expect((snippet["title"] as? String)?.contains("#Shorts") == true, "\(snippet)")
            #expect((snippet["tags"] as? [String]) == ["microdrama"])
        }
        let masters = try (1...3).map { try Data(contentsOf: root.appendingPathComponent("out/ep00\($0)/episode.mp4")) }
        #expect(Set(youtube.videos.map(\.bytes)) == Set(masters), "the signed masters, byte for byte")
        #expect(youtube.captions.count == 3 && youtube.captions.allSatisfy { $0.language == "en" }, "\(youtube.captions.map(\.language))")
        let uploads = tiktok.uploads.values
        #expect(uploads.count == 3 && uploads.allSatisfy { $0.complete && $0.aigc == true })
        #expect(Set(uploads.map(\.received)) == Set(masters))
        for number in 1...3 {
            let folder = root.appendingPathComponent("out/delivery/douyin/heir-ep00\(number)")
            _ = try DeliveryPackage.verify(folder: folder)
            let sheet = try String(contentsOf: folder.appendingPathComponent("metadata.csv"), encoding: .utf8)
            #expect(sheet.contains("AI生成"), "the sheet declares the episode AI-generated")
        }

        // Later rounds ask the platforms how processing went, and send nothing again.
        var now = launch.addingTimeInterval(40 * 60)
        for _ in 0..<6 {
            try await studio.publishToChannels("heir", now: now)
            now.addTimeInterval(120)
        }
        let overview = try await studio.channelsOverview("heir")
        #expect(overview.posts.count == 9)
        #expect(overview.posts.allSatisfy { $0.state == .live }, "\(overview.posts.map { "\($0.channel) \($0.episode) \($0.state) \($0.failure ?? "")" })")
        #expect(youtube.videosCreated == 3 && tiktok.postsCreated == 3 && youtube.sessionsOpened == 3)

        // What comes back: YouTube's retention per episode, labelled with the channel.
        let collected = try await studio.collectChannelStatistics("heir", now: now.addingTimeInterval(3600))
        #expect(collected.stored >= 3, "\(collected.problems)")
        let snapshots = try await studio.audience.latestPlatformSnapshots(series: "heir")
        let fromYouTube = snapshots.filter { $0.channel == "youtube" }
        #expect(fromYouTube.map(\.episode).sorted() == [1, 2, 3])
        #expect(fromYouTube.allSatisfy { !$0.retention.isEmpty && $0.views > 0 })

        // The status command shows every episode on every channel.
        let cli = try CLIRunner()
        let status = try await cli.run("publish", "status", root.path)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("youtube") && status.stdout.contains("douyin") && status.stdout.contains("live"), "\(status.stdout)")
        let insights = try await cli.run("insights", root.path)
        #expect(insights.status == 0, "\(insights.stderr)")
        #expect(insights.stdout.lowercased().contains("youtube"), "\(insights.stdout)")
        await youtube.stop()
        await tiktok.stop()
    }

    @Test func anExpiredTokenIsRefreshedOnceARevokedOneStopsOnlyItsChannelUntilItIsAuthorisedAgain() async throws {
        let root = try await ChannelProjectFixture.shared.copy()
        let oauth = try await OAuthTestServer.start()
        let tiktok = try await TikTokTestServer.start(authorize: { token in token.map { oauth.isCurrent($0) } ?? false })
        let youtube = try await YouTubeTestServer.start(token: "yt-token")
        setenv("CLIFF_TEST_TIKTOK_KEY", "test-client-id", 1)
        setenv("CLIFF_TEST_TIKTOK_SECRET", "test-client-secret", 1)
        var channels = ""
        for name in ["tiktok", "tiktok-cn"] {
            channels += """
                  \(name):
                    kind: tiktok
                    endpoint: \(tiktok.endpoint.absoluteString)
                    token_url: \(oauth.tokenURL.absoluteString)
                    authorize_url: \(oauth.tokenURL.deletingLastPathComponent().appendingPathComponent("authorize").absoluteString)
                    client_id_env: CLIFF_TEST_TIKTOK_KEY
                    client_secret_env: CLIFF_TEST_TIKTOK_SECRET

                """
        }
        channels += """
              youtube:
                kind: youtube
                endpoint: \(youtube.endpoint.absoluteString)
                analytics_endpoint: \(youtube.endpoint.absoluteString)
                chunk_mb: 1
            """
        try Self.configure(root, channels)
        try Self.authorize(root, "youtube", kind: .youtube, token: "yt-token")
        let settings = try ChannelSettings.load(projectRoot: root)
        /// Authorises `name` through the OAuth server, as `cliff channels authorize` does.
        func authorizeThroughTheServer(_ name: String) async throws {
            let client = OAuthClient(channel: try #require(settings.channel(name)), projectRoot: root, http: HTTPClient.shared)
            let verifier = OAuthClient.makeVerifier()
            let (code, _) = try oauth.consent(to: try client.authorizationURL(state: "s", verifier: verifier), kind: .tiktok)
            try client.tokenFile.write(try await client.exchange(code: code, verifier: verifier))
        }
        try await authorizeThroughTheServer("tiktok-cn")
        oauth.revokeAll()  // tiktok-cn's grant is revoked at the platform
        try await authorizeThroughTheServer("tiktok")
        oauth.expireAccessTokens()  // and every access token has expired

        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "channels-oauth-test"))
        let launch = Self.midnight(Date().addingTimeInterval(3 * 86_400))
        try await Self.schedule(studio, launch: launch)
        #expect(try await studio.publishDue("heir", now: launch.addingTimeInterval(1)) == [1, 2, 3])
        let round = try await studio.publishToChannels("heir", now: launch.addingTimeInterval(60))

        // tiktok: refreshed once, then all three went out; youtube went on.
        #expect(oauth.refreshes >= 1)
        #expect(youtube.videosCreated == 3)
        let overview = try await studio.channelsOverview("heir")
        let byChannel = Dictionary(grouping: overview.posts, by: \.channel)
        #expect(byChannel["tiktok"]?.allSatisfy { $0.state == .processing || $0.state == .live } == true, "\(byChannel["tiktok"] ?? [])")
        // tiktok-cn: stopped, saying how to fix it; nothing of it reached the platform.
        let stopped = try #require(overview.channels.first { $0.name == "tiktok-cn" }?.stopped)
        #expect(stopped.contains("cliff channels authorize tiktok-cn"), "\(stopped)")
        #expect(round.problems.contains { $0.contains("tiktok-cn") && $0.contains("authorize") }, "\(round.problems)")
        #expect(tiktok.postsCreated == 3, "only the authorised channel's posts")
        let refreshesAfterFirstRound = oauth.refreshes
        #expect(refreshesAfterFirstRound <= 2, "one refresh for tiktok, one refused for tiktok-cn, not one per request: \(refreshesAfterFirstRound)")

        // Still stopped on the next round (no new token), without asking the platform again.
        _ = try await studio.publishToChannels("heir", now: launch.addingTimeInterval(120))
        #expect(tiktok.postsCreated == 3 && oauth.refreshes == refreshesAfterFirstRound)

        // Authorised again: the stop lifts and its episodes go out, once each.
        try await authorizeThroughTheServer("tiktok-cn")
        _ = try await studio.publishToChannels("heir", now: launch.addingTimeInterval(180))
        #expect(tiktok.postsCreated == 6)
        #expect(try await studio.channelsOverview("heir").channels.allSatisfy { $0.stopped == nil })
        await oauth.stop()
        await tiktok.stop()
        await youtube.stop()
    }

    @Test func twoProcessesPublishEachEpisodeOncePerChannelAndAKilledUploadResumesFromTheOffset() async throws {
        let root = try await ChannelProjectFixture.shared.copy()
        let (youtube, tiktok) = try await Self.uploadChannels(root)
        do {
            // Released yesterday: `cliff publish run` publishes it now.
            let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "channels-cli-test"))
            try await Self.schedule(studio, launch: Self.midnight(Date().addingTimeInterval(-86_400)))
        }
        let cli = try CLIRunner()
        try await Self.killThenRace(
            root, youtube: youtube, tiktok: tiktok, sizes: try Self.masterSizes(root),
            publisher: { try BackgroundCLI(cli, ["publish", "run", root.path]) },
            last: { try await cli.run("publish", "run", root.path) })
        await youtube.stop()
        await tiktok.stop()
    }

    @Test func aChannelThatWouldDropTheLabelIsRefusedWhereItIsWritten() async throws {
        let cli = try CLIRunner()
        let project = try TemporaryProject.make(named: "plain", prefix: "cliff-channels-label", episodes: 1, seed: 3, targetSeconds: 15)
        try Self.configure(project.root, """
              youtube:
                kind: youtube
                ai_disclosure: false
            """)
        let listed = try await cli.run("channels", "list", project.root.path)
        #expect(listed.status == 1)
        #expect(listed.stderr.contains("cliff.yaml:"), "\(listed.stderr)")
        #expect(listed.stderr.contains("channels.youtube.ai_disclosure"), "\(listed.stderr)")
        let status = try await cli.run("publish", "status", project.root.path)
        #expect(status.status == 0)
        #expect(status.stdout.contains("channels.youtube.ai_disclosure"), "\(status.stdout)")
    }
}
