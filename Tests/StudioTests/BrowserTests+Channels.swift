import Channels
import Foundation
import Studio
import TestSupport
import Testing

extension BrowserTests {
    /// The channels the browser test's series goes out on: two platforms on loopback servers
    /// speaking their protocols, and a delivery package a day after each release.
    static let channelNames = ["youtube", "tiktok", "douyin"]

    /// Publishes episode 1 (approved and released before), then approves and releases episode 2
    /// and publishes it, to three channels of the project's `cliff.yaml`, with the studio's own
    /// channel publisher and statistics collector against the loopback YouTube and TikTok
    /// servers — so that the calendar's "On the channels" and the dashboard's Channels tables
    /// show what the code stored: both episodes live on YouTube with their addresses, episode 1
    /// live on TikTok and episode 2 failed there with TikTok's reason (its processing refused
    /// the video), both scheduled for tomorrow as delivery packages, and the platforms' figures.
    ///
    /// The publisher's rounds run a minute apart on a clock of their own, ahead of the wall
    /// clock, as the server's loop would reach them (a post being processed is asked about
    /// 30 s later; the first figures come an hour after a post went live): nothing waits.
    static func publishToChannels(_ studio: Studio, root: URL) async throws {
        let youtube = try await YouTubeTestServer.start(token: "yt-token")
        let tiktok = try await TikTokTestServer.start(authorize: { $0 == "tt-token" })
        let file = root.appendingPathComponent("cliff.yaml")
        let settings = try String(contentsOf: file, encoding: .utf8)
        try Data((settings + """

            channels:
              youtube:
                kind: youtube
                endpoint: \(youtube.endpoint.absoluteString)
                analytics_endpoint: \(youtube.endpoint.absoluteString)
                chunk_mb: 1
                statistics_every_hours: 1
              tiktok:
                kind: tiktok
                endpoint: \(tiktok.endpoint.absoluteString)
                statistics_every_hours: 1
              douyin:
                kind: package
                platform: Douyin
                offset_minutes: 1440

            """).utf8).write(to: file)
        for (name, kind, token) in [("youtube", Channel.Kind.youtube, "yt-token"), ("tiktok", .tiktok, "tt-token")] {
            try TokenFile(channel: Channel(name: name, kind: kind), projectRoot: root).write(
                OAuthToken(accessToken: token, refreshToken: "refresh-\(token)", expiresAt: Date().addingTimeInterval(86_400), scope: nil))
        }

        var clock = Date()
        // Rounds of the publisher until no post that is due is still going out.
        func publish() async throws {
            for _ in 0..<20 {
                try await studio.publishToChannels("midnight", now: clock)
                clock.addTimeInterval(60)
                let open = try await studio.channelsOverview("midnight").posts.filter {
                    $0.dueAt <= clock && [.scheduled, .uploading, .processing].contains($0.state)
                }
                if open.isEmpty { return }
            }
        }
        #expect(try await studio.publishDue("midnight") == [1])
        try await publish()
        try await studio.review("midnight", 2, action: .approve, note: nil, by: StudioUserFixture.reviewer)
        #expect(try await studio.publishDue("midnight") == [2])
        tiktok.failures.failReason = "frame_rate_check_failed"
        try await publish()

        // The platforms' figures, an hour and a half later; YouTube's differ from TikTok's.
        youtube.with {
            $0.statistics["viewCount"] = "2480"
            $0.views = 2480
            $0.averageViewDuration = 11.2
        }
        let collected = try await studio.collectChannelStatistics("midnight", now: clock.addingTimeInterval(5400))
        #expect(collected.stored == 3 && collected.problems.isEmpty, "\(collected)")
        await youtube.stop()
        await tiktok.stop()

        let posts = try await studio.channelsOverview("midnight").posts
        let states = Dictionary(posts.map { ("\($0.channel) \($0.episode)", $0.state) }, uniquingKeysWith: { a, _ in a })
        #expect(
            states == [
                "youtube 1": .live, "tiktok 1": .live, "douyin 1": .scheduled,
                "youtube 2": .live, "tiktok 2": .failed, "douyin 2": .scheduled,
            ], "\(posts.map { "\($0.channel) \($0.episode) \($0.state) \($0.failure ?? "")" })")
        #expect(posts.filter { $0.state == .live }.allSatisfy { $0.url?.hasPrefix("https://") == true })
        #expect(posts.first { $0.state == .failed }?.failure?.contains("frame_rate_check_failed") == true)
    }
}
