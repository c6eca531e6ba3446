import Audience
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import StoryEngine
import Studio
import StudioServer
import TestSupport
import Testing

/// A studio over two series, made once: "harbour", four episodes of which 1–3 are rendered,
/// approved and released by a calendar with the paywall at episode 3 (the season plan has it
/// at 2); and "quiet", with nothing released.
actor AudiencePageFixture {
    static let shared = AudiencePageFixture()
    private var made: Studio?

    func studio() async throws -> Studio {
        if let made { return made }
        let harbour = try TemporaryProject.make(named: "harbour", prefix: "cliff-audience-page", episodes: 4, seed: 7, targetSeconds: 15)
        let root = harbour.root.deletingLastPathComponent()
        let quiet = try TemporaryProject.make(named: "quiet", prefix: "cliff-audience-quiet", episodes: 2, seed: 3, targetSeconds: 15)
        try FileManager.default.moveItem(at: quiet.root, to: root.appendingPathComponent("quiet"))
        let planned = try BeatSheetWriter().planSeason(harbour.series).episodes.first(where: \.isPaywall)?.number
        try #require(planned != nil && planned != 3, "the season plan's paywall must differ from the calendar's for the test to mean anything")

        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "audience-page-test"))
        try await studio.accounts.add(name: "paul", role: .producer, password: StudioFixture.password)
        try await studio.render("harbour", episodes: [1, 2, 3], by: StudioUserFixture.producer)
        await studio.waitForRenders()
        for episode in 1...3 { try await studio.review("harbour", episode, action: .approve, note: nil, by: StudioUserFixture.reviewer) }
        let launch = ISO8601DateFormatter.string(
            from: Date().addingTimeInterval(-3 * 86_400), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        try await studio.setCalendar(
            "harbour", ReleaseCalendar(launchDate: launch, time: "00:00", timeZone: "UTC", launchEpisodes: 3, perDay: 1, paywallFrom: 3),
            by: StudioUserFixture.producer, now: Date().addingTimeInterval(-4 * 86_400))
        try #require(try await studio.publishDue("harbour") == [1, 2, 3])
        made = studio
        return studio
    }
}

/// Viewer events as the ingest takes them, from three hours ago on.
struct EventBatch {
    let series: String
    let base = Date().addingTimeInterval(-3 * 3600)
    var events: [String] = []
    private var counter = 0

    init(series: String) { self.series = series }

    mutating func add(_ viewer: String, _ name: String, episode: Int, at seconds: Double, position: Int? = nil) {
        counter += 1
        let stamp = ISO8601DateFormatter().string(from: base.addingTimeInterval(seconds))
        events.append(
            #"{"message_id":"\#(series)-\#(viewer)-\#(counter)","event":"\#(name)","anonymous_id":"\#(viewer)","timestamp":"\#(stamp)","properties":{"series":"\#(series)","episode":\#(episode),"position_ms":\#(position.map(String.init) ?? "null"),"session_id":"\#(viewer)"}}"#
        )
    }

    /// A view from `start` seconds: a heartbeat every 2 s, then a swipe at `leave` or the end at 12 s.
    mutating func view(_ viewer: String, episode: Int, start: Double, leave: Int? = nil) {
        add(viewer, "playback_started", episode: episode, at: start, position: 0)
        let end = leave ?? 12
        for second in stride(from: 2, through: end, by: 2) { add(viewer, "content_playing", episode: episode, at: start + Double(second), position: second * 1000) }
        if let leave { add(viewer, "swiped_away", episode: episode, at: start + Double(leave), position: leave * 1000) } else {
            add(viewer, "playback_completed", episode: episode, at: start + 12, position: 12_000)
        }
    }

    var body: String { "{\"batch\": [" + events.joined(separator: ",") + "]}" }
}

/// The audience dashboard: events posted through the ingest API show up as a retention curve
/// over the script's beats, a funnel and a continue-rate chart, counting only the episodes the
/// channel has released and its calendar's paywall; the ingest refuses events of episodes not
/// released; simulated viewers are labelled; a chart without data says what it lacks.
@Suite(.serialized) struct AudiencePageTests {
    func withServer(_ body: @Sendable (Client, Studio) async throws -> Void) async throws {
        let studio = try await AudiencePageFixture.shared.studio()
        let server = StudioServer(studio: studio, port: 0, ingestRate: (1000, 1000))
        try await server.serving { port in
            var client = Client(port: port)
            try await client.login("paul")
            try await body(client, studio)
        }
    }

    /// The page's text without markup, blanks collapsed.
    static func text(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    /// The section `id` of the page.
    static func section(_ id: String, of html: String) -> String {
        guard let start = html.range(of: #"<section class="card chart-card" id="\#(id)">"#) else { return "" }
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)])
    }

    @Test func theDashboardCountsReleasedEpisodesOnlyWithTheCalendarsPaywallAndSaysWhatEachEmptyChartLacks() async throws {
        try await withServer { client, studio in
            // Released, but nobody has watched yet: each chart says what it needs.
            let empty = String(buffer: try await client.send(.get, "/series/harbour/audience").body)
            #expect(Self.section("retention", of: empty).contains("No released episode has viewers yet"))
            #expect(Self.section("funnel", of: empty).contains("No released episode has been started yet"))
            #expect(Self.section("continue", of: empty).contains("No episode has continue data yet: it needs viewers who finished episode n and started n+1"))

            // Thirty viewers start episode 1; a third leave at 4 s.
            var first = EventBatch(series: "harbour")
            for viewer in 0..<30 { first.view("synthetic-page-\(viewer)", episode: 1, start: Double(viewer * 400), leave: viewer % 3 == 0 ? 4 : nil) }
            let posted = try await client.send(.post, "/api/v1/events", json: first.body).json()
            #expect(posted["accepted"] as? Int == first.events.count, "\(posted)")
            let one = String(buffer: try await client.send(.get, "/series/harbour/audience").body)
            #expect(Self.section("funnel", of: one).contains("<svg"))
            #expect(!Self.section("continue", of: one).contains("<svg"))
            #expect(Self.section("continue", of: one).contains("No episode has continue data yet"), "a chart without data says so")

            // Half of those who finished go on to episode 2; one of them unlocks episode 3 and
            // watches it. Earlier events of episode 4, never released, were stored without the
            // rule (a local simulation): two viewers who only saw 4, and viewer 2 going on to 4.
            var more = EventBatch(series: "harbour")
            for viewer in stride(from: 2, to: 30, by: 2) where viewer % 3 != 0 {
                more.view("synthetic-page-\(viewer)", episode: 2, start: Double(viewer * 400 + 30))
            }
            more.add("synthetic-page-2", "unlocked", episode: 3, at: 2 * 400 + 50)
            more.view("synthetic-page-2", episode: 3, start: 2 * 400 + 60)
            #expect(try await client.send(.post, "/api/v1/events", json: more.body).json()["accepted"] as? Int == more.events.count)
            var unreleased = EventBatch(series: "harbour")
            for viewer in ["synthetic-old-1", "synthetic-old-2", "synthetic-page-2"] { unreleased.view(viewer, episode: 4, start: 2 * 400 + 90) }
            _ = try await studio.ingest(Data(unreleased.body.utf8), releasedOnly: false)

            let page = try await client.send(.get, "/series/harbour/audience?episode=1")
            #expect(page.status == .ok)
            let html = String(buffer: page.body), text = Self.text(html)
            // 30 viewers: the two who only watched episode 4 are not counted; 30 + 10 + 1 starts.
            #expect(text.contains("30 viewers · 41 starts"), "\(text.prefix(600))")
            #expect(text.contains("paywall ep 3: 1/10 unlocked"), "the calendar's paywall, not the plan's")
            #expect(text.contains("3 released episodes counted"))
            #expect(html.contains("Synthetic audience:</b> 30 of 30 viewers were simulated"))
            #expect(html.contains("Episode 1: share of starts still watching (synthetic audience)"))
            // One chart per section, each drawn for wide and narrow screens.
            #expect(html.components(separatedBy: #"<svg class="chart""#).count - 1 == 3)
            let funnel = Self.section("funnel", of: html), continues = Self.section("continue", of: html)
            #expect(funnel.contains("ep 1: 30 starts · 67 % finish") && funnel.contains("ep 2: 10 starts · 100 % finish"))
            #expect(funnel.contains("ep 3: 1 start · 100 % finish"), "one start, not '1 starts'")
            #expect(!funnel.contains("ep 4"), "episode 4 is not released")
            #expect(continues.contains("<title>1: 50 % go on to 2</title>") && continues.contains("<title>2: 10 % go on to 3</title>"))
            #expect(!continues.contains("go on to 4"))
            let options = html.components(separatedBy: "<option value=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
            #expect(options == [1, 2, 3])
            #expect(text.range(of: #"(?<![0-9,.])1 (starts|viewers|episodes)\b"#, options: .regularExpression) == nil, "a count of one is singular")
            // The series page links to it, and episode pages have shot anchors the hotspots link to.
            #expect(String(buffer: try await client.send(.get, "/series/harbour").body).contains("/series/harbour/audience"))
            #expect(String(buffer: try await client.send(.get, "/series/harbour/episodes/1").body).contains(#"id="shot-1""#))
            #expect(!html.contains(#"id="channels""#), "no channels section without platform statistics")

            // External channels' statistics: a table beside the built-in channel's figures, and
            // YouTube's curve drawn on the same chart; episode 4, not released, is left out.
            let audience = try #require(studio.audience)
            let fetched = Date(timeIntervalSince1970: 1_767_225_600)
            try await audience.recordPlatformSnapshots([
                PlatformSnapshot(
                    series: "harbour", episode: 1, channel: "youtube", platform: "youtube", fetchedAt: fetched, views: 5000, averageViewSeconds: 6,
                    retention: [.init(fraction: 0, watching: 1), .init(fraction: 0.5, watching: 0.9), .init(fraction: 0.6, watching: 0.5), .init(fraction: 1, watching: 0.4)],
                    durationSeconds: 15),
                PlatformSnapshot(series: "harbour", episode: 1, channel: "tiktok", platform: "tiktok", fetchedAt: fetched, views: 800, durationSeconds: 15),
                PlatformSnapshot(series: "harbour", episode: 4, channel: "youtube", platform: "youtube", fetchedAt: fetched, views: 9, durationSeconds: 15),
            ])
            let withChannels = String(buffer: try await client.send(.get, "/series/harbour/audience?episode=1").body)
            let channels = Self.text(withChannels.components(separatedBy: #"id="channels""#).dropFirst().first?.components(separatedBy: "</section>").first ?? "")
            #expect(channels.contains("tiktok (TikTok) 1 800 — — — TikTok offers no retention curve 30 starts · hook "), "\(channels)")
            #expect(channels.contains("youtube (YouTube) 1 5,000 6.0 s (40 %) 96 % 40 % −40 % at 8 s · shot "), "\(channels)")
            #expect(!channels.contains(" 9 "), "episode 4 is not released")
            let chart = Self.section("retention", of: withChannels)
            #expect(chart.contains(#"<polyline class="platform""#) && chart.contains("youtube (YouTube): viewers watching per view"))
            #expect(!chart.contains("tiktok (TikTok): viewers watching"), "TikTok has no curve to draw")
            #expect(chart.contains("Thinner lines: the external channels' own retention for this episode (youtube (YouTube))"))
        }
    }

    @Test func theIngestRefusesEventsOfAnEpisodeNotReleasedOneByOneAndKeepsTheOthers() async throws {
        try await withServer { client, _ in
            var batch = EventBatch(series: "harbour")
            batch.add("synthetic-liker", "liked", episode: 1, at: 10)
            batch.add("synthetic-liker", "liked", episode: 4, at: 11)
            batch.add("synthetic-liker", "liked", episode: 2, at: 12)
            let report = try await client.send(.post, "/api/v1/events", json: batch.body).json()
            #expect(report["accepted"] as? Int == 2, "\(report)")
            let rejected = report["rejected"] as? [[String: Any]] ?? []
            #expect(rejected.map { $0["field"] as? String } == ["batch[1].properties.episode"])
            let reason = rejected.first?["reason"] as? String ?? ""
            #expect(reason.contains("episode 4 of series 'harbour' is not released"), "\(reason)")
            #expect(reason.contains("GET /api/v1/channel/harbour") && reason.contains("release calendar"), "says how to fix it: \(reason)")

            // A batch of nothing but unreleased episodes is refused with the first one's field.
            var quiet = EventBatch(series: "quiet")
            quiet.view("synthetic-quiet", episode: 1, start: 0, leave: 4)
            let refused = try await client.send(.post, "/api/v1/events", json: quiet.body)
            #expect(refused.status == .badRequest)
            #expect(try refused.error()["field"] as? String == "batch[0].properties.episode")
            #expect((try refused.error()["message"] as? String ?? "").contains("episode 1 of series 'quiet' is not released"))
        }
    }

    @Test func aSeriesWithNothingReleasedSaysSoInEveryChart() async throws {
        try await withServer { client, studio in
            // Events from a local simulation, stored without the release rule, do not count.
            var local = EventBatch(series: "quiet")
            local.view("synthetic-local", episode: 1, start: 0)
            _ = try await studio.ingest(Data(local.body.utf8), releasedOnly: false)
            let html = String(buffer: try await client.send(.get, "/series/quiet/audience").body)
            #expect(html.contains(#"id="not-released""#))
            #expect(Self.text(html).contains("0 viewers · 0 starts"))
            #expect(!html.contains("Synthetic audience:"))
            for id in ["retention", "funnel", "continue"] {
                let section = Self.section(id, of: html)
                #expect(!section.contains("<svg") && section.contains("released"), "\(id): \(section)")
            }
        }
    }
}
