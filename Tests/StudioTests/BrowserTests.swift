import Foundation
import Experiments
import Hummingbird
import Production
import Studio
import StudioServer
import TestSupport
import Testing

/// The web studio and the channel in a real headless Chromium (Debian package), driven by
/// Tests/Browser/browser_test.py (PyPI playwright): log in → open an episode → play →
/// approve; then at a phone's size, /watch → swipe to the next episode → reach the paywall.
/// The series is on three external channels too (BrowserTests+Channels.swift), whose posts
/// and figures the calendar and the audience dashboard show.
/// Screenshots go to a temporary folder, or to docs/images with CLIFF_WRITE_SCREENSHOTS=1.
@Suite(.serialized) struct BrowserTests {
    static var repository: URL { Repository.root }

    @Test func aReviewerApprovesInTheBrowserAndAViewerSwipesToThePaywall() async throws {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
        try #require(chromium != nil, "Chromium is missing: run scripts/setup.sh --tests (apt-get install chromium)")
        let (root, studio) = try await StudioFixture.browser.studio()
        // Episodes 1 and 2 approved by the API (2 while publishing to the channels, below); 3
        // waits for the reviewer in the browser. The calendar released all three yesterday,
        // with the paywall at episode 3.
        try await studio.review("midnight", 1, action: .approve, note: nil, by: StudioUserFixture.reviewer)
        let yesterday = Date().addingTimeInterval(-36 * 3600)
        let day = ISO8601DateFormatter.string(from: yesterday, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        // (Set the day before that launch: a launch cannot be set in the past.)
        try await studio.setCalendar(
            "midnight", ReleaseCalendar(launchDate: day, time: "00:00", timeZone: "UTC", launchEpisodes: 3, perDay: 1, paywallFrom: 3),
            by: StudioUserFixture.producer, now: yesterday.addingTimeInterval(-86_400))
        // YouTube, TikTok and a delivery package, published by the studio's channel publisher.
        try await Self.publishToChannels(studio, root: root)

        // A small synthetic audience, so the dashboard has curves to draw.
        var events: [String] = []
        let start = Date().addingTimeInterval(-7200)
        func event(_ viewer: Int, _ episode: Int, _ name: String, _ second: Int) {
            let stamp = ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(viewer * 200 + episode * 40 + second)))
            events.append(#"{"message_id":"browser-\#(viewer)-\#(episode)-\#(name)-\#(second)","event":"\#(name)","anonymous_id":"synthetic-browser-\#(viewer)","timestamp":"\#(stamp)","properties":{"series":"midnight","episode":\#(episode),"position_ms":\#(second * 1000)}}"#)
        }
        for viewer in 0..<60 {
            // A sixth leave at 4 s, a sixth at 9 s; the rest finish, and fewer go on each episode.
            let episodes = [1, 1, 3, 2, 3, 1][viewer % 6]
            for episode in 1...episodes {
                let leave = episode == 1 ? [4, 9, 30, 30, 30, 30][viewer % 6] : 30
                for second in stride(from: 0, through: min(leave, 15), by: 3) { event(viewer, episode, second == 0 ? "playback_started" : "content_playing", second) }
                if leave < 15 { event(viewer, episode, "swiped_away", leave) } else { event(viewer, episode, "playback_completed", 15) }
            }
        }
        _ = try await studio.ingest(Data(("{\"batch\": [" + events.joined(separator: ",") + "]}").utf8))

        // An experiment on episode 1's cold open: B rendered beside the episode and approved,
        // with tagged synthetic viewers (B holding more of them), so its page has figures and
        // a chart, and the channel assigns the browser's viewer to A or B.
        let project = try studio.catalog.project("midnight")
        _ = try await ExperimentDesk.create(project: project.files, ExperimentRequest(episode: 1, kind: "cold-open"), actor: "paul").experiment
        // Tagged as the channel assigns them (the ingest checks the tag against the viewer's bucket).
        let layer = try ExperimentDesk.layer(series: "midnight", episode: 1, set: ExperimentSet.load(project.files))
        try await studio.render("midnight", episodes: [1], by: StudioUserFixture.producer)
        await studio.waitForRenders()
        _ = try await studio.reviewVariant("midnight", "ep001-hook", variant: "B", action: "approve", note: nil, by: StudioUserFixture.reviewer)
        var tagged: [String] = []
        for viewer in 0..<400 {
            let id = "synthetic-experiment-\(viewer)"
            guard case .enrolled(_, let variant) = layer.assign(unitID: id) else { continue }
            let tag = "ep001-hook/\(variant)"
            let leave = variant == "A" ? [2, 9, 30][viewer % 3] : [9, 30, 30][viewer % 3]
            let stamp = { (second: Int) in ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(viewer * 5 + second))) }
            tagged.append(#"{"message_id":"\#(id)-x","event":"experiment_exposure","anonymous_id":"\#(id)","timestamp":"\#(stamp(0))","properties":{"series":"midnight","episode":1,"variant":"\#(tag)"}}"#)
            for second in stride(from: 0, through: min(leave, 15), by: 3) {
                tagged.append(#"{"message_id":"\#(id)-\#(second)","event":"\#(second == 0 ? "playback_started" : "content_playing")","anonymous_id":"\#(id)","timestamp":"\#(stamp(second))","properties":{"series":"midnight","episode":1,"position_ms":\#(second * 1000),"variant":"\#(tag)"}}"#)
            }
            let end = leave < 15 ? "swiped_away" : "playback_completed"
            tagged.append(#"{"message_id":"\#(id)-end","event":"\#(end)","anonymous_id":"\#(id)","timestamp":"\#(stamp(min(leave, 15)))","properties":{"series":"midnight","episode":1,"position_ms":\#(min(leave, 15) * 1000),"variant":"\#(tag)"}}"#)
        }
        for chunk in stride(from: 0, to: tagged.count, by: 1000) {
            _ = try await studio.ingest(Data(("{\"batch\": [" + tagged[chunk..<min(chunk + 1000, tagged.count)].joined(separator: ",") + "]}").utf8))
        }

        let screenshots = ProcessInfo.processInfo.environment["CLIFF_WRITE_SCREENSHOTS"] != nil
            ? Repository.documentationImages
            : try temporaryDirectory("cliff-browser")
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in
            // The studio answers from this process's task pool: the browser is awaited, never
            // blocked on, or the pages it asks for could not be served.
            let result = try await runProcess(URL(fileURLWithPath: "/usr/bin/env"), [
                "python3", Self.repository.appendingPathComponent("Tests/Browser/browser_test.py").path,
                "--base", "http://127.0.0.1:\(port)", "--series", "midnight", "--user", "mei", "--password", StudioFixture.password,
                "--episode", "3", "--producer", "paul", "--admin", "ada", "--screenshots", screenshots.path, "--timeout", "120",
                "--experiment", "ep001-hook", "--channels", Self.channelNames.joined(separator: ","),
            ])
            #expect(result.status == 0, "browser test failed:\n\(result.stdout)\n\(result.stderr)")
        }
        for name in [
            "studio-series.png", "studio-review.png", "studio-compare.png", "studio-episode.png", "studio-episode-phone.png",
            "studio-calendar.png", "studio-production.png", "studio-users.png", "studio-audience.png", "watch-episode.png", "watch-paywall.png",
            "studio-experiment.png", "studio-experiment-phone.png", "studio-calendar-channels.png", "studio-audience-channels.png",
        ] {
            let size = (try? FileManager.default.attributesOfItem(atPath: screenshots.appendingPathComponent(name).path)[.size] as? Int) ?? 0
            #expect(size > 10_000, "\(name) was saved")
        }
        // The reviewer's day, twice (laptop, phone): two comments, a reject with them, a
        // regenerate, an approval.
        let detail = try await studio.episode("midnight", 3)
        let actions = detail.history.filter { $0.actor == "mei" }.map(\.action)
        #expect(actions == [.reject, .regenerate, .approve, .reject, .regenerate, .approve], "\(actions)")
        #expect(detail.history.filter { $0.action == .reject }.allSatisfy { ($0.note ?? "").components(separatedBy: "\n").count == 2 })
        #expect(detail.comments.count == 4 && detail.comments.allSatisfy { $0.review != nil })
    }
}
