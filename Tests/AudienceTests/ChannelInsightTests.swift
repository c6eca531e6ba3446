import Audience
import DramaModel
import Foundation
import Testing

/// The channels' section of the insight report.
@Suite("ChannelInsights")
struct ChannelInsightTests {
    /// A YouTube curve over the fixture's 15 s: flat but for a steep fall from 50 % to 60 % of
    /// the video (7.5–9 s; halfway, 8.25 s, is Mo's exposition line), and TikTok without one.
    static let platforms = [
        PlatformSnapshot(
            series: "s", episode: 1, channel: "youtube", platform: "youtube", fetchedAt: logStart, views: 5000, averageViewSeconds: 6,
            retention: [
                .init(fraction: 0, watching: 1), .init(fraction: 0.2, watching: 0.9), .init(fraction: 0.5, watching: 0.85),
                .init(fraction: 0.6, watching: 0.45), .init(fraction: 1, watching: 0.4),
            ],
            durationSeconds: 15),
        PlatformSnapshot(series: "s", episode: 1, channel: "tiktok", platform: "tiktok", fetchedAt: logStart, views: 800, averageViewSeconds: 4, durationSeconds: 15),
    ]

    @Test func aPlatformCurvesDropsAreMappedOntoTheBeatsBesideTheBuiltInChannel() async throws {
        let metrics = try await InsightTests().builtLog()
        let maps = (1...3).map { StoryFixture.map($0) }
        let report = InsightReport(metrics: metrics, maps: maps, platforms: Self.platforms)
        let channels = try #require(report.channels)
        #expect(channels.map(\.channel) == ["tiktok", "youtube"])
        let youtube = try #require(channels.last?.episodes.first)
        #expect(youtube.views == 5000 && youtube.hasRetentionCurve && youtube.mapped)
        #expect(isClose(youtube.averageViewShare ?? 0, 0.4))
        // 3 s is 20 % of the video; the end is the last point.
        #expect(isClose(youtube.hookRetention ?? 0, 0.9) && youtube.endRetention == 0.4)
        let steepest = try #require(youtube.drops.first)
        #expect(isClose(steepest.loss, 0.4) && isClose(steepest.at, 8.25))
        let builtInHotspot = try #require(report.hotspots.first)
        #expect(steepest.moment?.beat == .exposition && steepest.moment?.beat == builtInHotspot.moment.beat)
        #expect(steepest.moment?.shot == 4 && steepest.moment?.speaker == "mo")
        #expect(youtube.builtIn?.starts == 200)
        #expect(channels.first?.episodes.first?.hasRetentionCurve == false)

        let text = report.text
        #expect(text.contains("Channels (the platforms' own figures; the built-in channel's beside them):"))
        #expect(text.contains("  youtube (YouTube):"))
        #expect(text.contains("    ep 1: 5000 views · average view 6.0 s (40.0 % of 15 s) · watching at 3 s 90.0 % · at the end 40.0 % | built-in: 200 starts, hook 100.0 %"))
        #expect(text.contains("      drop −40.0 % at 8 s (50–60 % of the video) · shot 5 (dialogue), scene 2, exposition, mo: “The company was founded by my grandfather forty years ago.”"))
        #expect(text.contains("ep 1: 800 views · average view 4.0 s (26.7 % of 15 s) · TikTok offers no retention curve"))

        let json = try #require(try JSONSerialization.jsonObject(with: report.json()) as? [String: Any])
        let encoded = try #require(json["channels"] as? [[String: Any]])
        #expect(encoded.map { $0["channel"] as? String } == ["tiktok", "youtube"])
        let decoded = try JSONDecoder().decode(InsightReport.self, from: try report.json())
        #expect(decoded.channels == report.channels)
    }

    @Test func withoutSnapshotsTheReportIsAsBefore() async throws {
        let metrics = try await InsightTests().builtLog()
        let maps = (1...3).map { StoryFixture.map($0) }
        let before = InsightReport(metrics: metrics, maps: maps)
        let after = InsightReport(metrics: metrics, maps: maps, platforms: [])
        #expect(after.channels == nil)
        #expect(after.text == before.text && !after.text.contains("Channels"))
        #expect(try after.json() == before.json())
        let json = try #require(try JSONSerialization.jsonObject(with: after.json()) as? [String: Any])
        #expect(json["channels"] == nil)
    }

    @Test func aDropWithoutATimelineSaysItIsNotMapped() async throws {
        let metrics = try await InsightTests().builtLog()
        let report = InsightReport(metrics: metrics, maps: [], platforms: [Self.platforms[0]])
        let row = try #require(report.channels?.first?.episodes.first)
        #expect(!row.mapped && row.drops.allSatisfy { $0.moment == nil })
        #expect(report.text.contains("no timeline for episode 1: its drops are not mapped to the story"))
    }
}
