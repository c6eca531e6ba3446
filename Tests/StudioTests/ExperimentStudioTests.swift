import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Production
import Studio
import StudioServer
import TestSupport
import Testing

/// A studio with one series, "orchid": two short episodes, episode 1 with a cold-open
/// experiment made through the API, rendered (the episode and its variant B), episode 1
/// approved and released. Variant B is not reviewed yet.
actor ExperimentStudioFixture {
    static let shared = ExperimentStudioFixture()
    private var made: Studio?

    func studio() async throws -> Studio {
        if let made { return made }
        let project = try TemporaryProject.make(named: "orchid", prefix: "cliff-experiments", episodes: 2, seed: 7, targetSeconds: 15)
        let studio = try await Studio(root: project.root, bcryptCost: 4, logger: Logger(label: "experiment-test"))
        try await studio.accounts.add(name: "mei", role: .reviewer, password: StudioFixture.password)
        try await studio.accounts.add(name: "paul", role: .producer, password: StudioFixture.password)
        made = studio
        return studio
    }
}

/// Experiments in the studio and on the channel: made and decided through the API with the
/// CLI's rules, a variant served only after its review, every viewer assigned deterministically
/// (the same version on every visit, a mix across viewers, tagged), exposures counted in the
/// report, a shipped variant shown to everyone, and the pages.
@Suite(.serialized) struct ExperimentStudioTests {
    func withServer(_ body: @Sendable (Client, Studio) async throws -> Void) async throws {
        let studio = try await ExperimentStudioFixture.shared.studio()
        let server = StudioServer(studio: studio, port: 0, ingestRate: (1000, 1000))
        try await server.serving { port in try await body(Client(port: port), studio) }
    }

    /// The video URL and variant tag of episode `number` on the channel for `viewer`.
    static func shown(_ client: Client, viewer: String?, episode number: Int = 1) async throws -> (video: String, variant: String?) {
        let listing = try await client.send(.get, "/api/v1/channel/orchid" + (viewer.map { "?viewer=\($0)" } ?? ""))
        #expect(listing.status == .ok)
        let episodes = try #require(try listing.json()["episodes"] as? [[String: Any]])
        let episode = try #require(episodes.first { $0["number"] as? Int == number })
        return (try #require(episode["video"] as? String), episode["variant"] as? String)
    }

    @Test func aVariantReachesViewersOnlyAfterReviewAndEachViewerKeepsTheirVersionUntilOneIsShipped() async throws {
        try await withServer { client, studio in
            var producer = client
            try await producer.login("paul")
            var reviewer = client
            try await reviewer.login("mei")

            // Made through the API with the CLI's rules: every problem at once, then for real.
            let bad = try await producer.send(.post, "/api/v1/series/orchid/experiments", json: #"{"episode": 9, "kind": "cold-opn", "weights": [80, 80]}"#)
            #expect(bad.status == .badRequest)
            let message = try bad.error()["message"] as? String ?? ""
            #expect(message.contains("episode: episode 9 does not exist") && message.contains("kind: 'cold-opn'") && message.contains("over 100 %"), "\(message)")
            let forbidden = try await reviewer.send(.post, "/api/v1/series/orchid/experiments", json: #"{"episode": 1, "kind": "cold-open"}"#)
            #expect(forbidden.status == .forbidden)
            let made = try await producer.send(.post, "/api/v1/series/orchid/experiments", json: #"{"episode": 1, "kind": "cold-open", "weights": [50, 50]}"#)
            #expect(made.status == .created, "\(String(buffer: made.body))")
            #expect(((try made.json()["experiment"] as? [String: Any])?["key"] as? String) == "ep001-hook")

            // Rendering the episode renders its variant; the episode is approved and released.
            try await studio.render("orchid", episodes: [1], by: StudioUserFixture.producer)
            await studio.waitForRenders()
            try await studio.review("orchid", 1, action: .approve, note: nil, by: StudioUserFixture.reviewer)
            let launch = ISO8601DateFormatter.string(from: Date().addingTimeInterval(-86_400), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
            try await studio.setCalendar(
                "orchid", ReleaseCalendar(launchDate: launch, time: "00:00", timeZone: "UTC", launchEpisodes: 1, perDay: 1, paywallFrom: nil),
                by: StudioUserFixture.producer, now: Date().addingTimeInterval(-2 * 86_400))
            _ = try await studio.publishDue("orchid")

            // B is rendered but not reviewed: nobody is assigned, everyone sees the episode.
            let waiting = try await producer.send(.get, "/api/v1/series/orchid/experiments/ep001-hook")
            let view = try #require(try waiting.json()["experiment"] as? [String: Any])
            #expect(view["live"] as? Bool == false)
            #expect((view["waiting"] as? [String]) == ["B is in review"], "\(view)")
            for viewer in ["v1", "v2", "v3"] {
                let shown = try await Self.shown(client, viewer: viewer)
                #expect(shown.video == "/watch/media/orchid/1/episode.mp4" && shown.variant == nil)
            }
            #expect(try await client.send(.get, "/api/v1/channel/orchid").json()["experiments"] as? [String] == [], "not live yet")
            let unreviewed = try await client.send(.get, "/watch/media/orchid/1/variants/ep001-hook/B/episode.mp4")
            #expect(unreviewed.status == .notFound)

            // A broken experiment file never takes the channel down: episodes as written.
            let broken = try studio.catalog.project("orchid").root.appendingPathComponent("experiments/broken.yaml")
            try Data("key: broken\nepisode: [".utf8).write(to: broken)
            let channel = try await client.send(.get, "/api/v1/channel/orchid?viewer=v1")
            #expect(channel.status == .ok)
            try FileManager.default.removeItem(at: broken)

            // A rejection needs a note; then B is approved and the experiment goes live.
            let noNote = try await reviewer.send(.post, "/api/v1/series/orchid/experiments/ep001-hook/variants/B/reviews", json: #"{"action":"reject"}"#)
            #expect(noNote.status == .badRequest)
            #expect(try noNote.error()["field"] as? String == "note")
            let control = try await reviewer.send(.post, "/api/v1/series/orchid/experiments/ep001-hook/variants/A/reviews", json: #"{"action":"approve"}"#)
            #expect(control.status == .badRequest)
            let approved = try await reviewer.send(.post, "/api/v1/series/orchid/experiments/ep001-hook/variants/B/reviews", json: #"{"action":"approve"}"#)
            #expect(approved.status == .created, "\(String(buffer: approved.body))")
            #expect(try approved.json()["live"] as? Bool == true)
            #expect(try await client.send(.get, "/api/v1/channel/orchid").json()["experiments"] as? [String] == ["ep001-hook"], "live on the channel")

            // Each viewer is assigned once and for all; viewers split between A and B.
            var seen: [String: Int] = [:]
            for index in 0..<60 {
                let viewer = "viewer-\(index)"
                let first = try await Self.shown(client, viewer: viewer)
                let again = try await Self.shown(client, viewer: viewer)
                #expect(first.video == again.video && first.variant == again.variant, "sticky for \(viewer)")
                let tag = try #require(first.variant)
                seen[tag, default: 0] += 1
                if tag == "ep001-hook/B" {
                    #expect(first.video == "/watch/media/orchid/1/variants/ep001-hook/B/episode.mp4")
                } else {
                    #expect(tag == "ep001-hook/A" && first.video == "/watch/media/orchid/1/episode.mp4")
                }
            }
            #expect((seen["ep001-hook/A"] ?? 0) > 10 && (seen["ep001-hook/B"] ?? 0) > 10, "\(seen)")
            let served = try await client.send(.get, "/watch/media/orchid/1/variants/ep001-hook/B/episode.mp4")
            #expect(served.status == .ok)
            #expect(served.body.readableBytes > 10_000)

            // Exposures and tagged events posted by the channel are counted per variant.
            var batch: [String] = []
            let stamp = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-600))
            for index in 0..<60 {
                let viewer = "viewer-\(index)"
                let tag = try #require(try await Self.shown(client, viewer: viewer).variant)
                for (n, event) in ["experiment_exposure", "playback_started"].enumerated() {
                    batch.append(#"{"message_id":"\#(viewer)-\#(n)","event":"\#(event)","anonymous_id":"\#(viewer)","timestamp":"\#(stamp)","properties":{"series":"orchid","episode":1,"position_ms":0,"variant":"\#(tag)"}}"#)
                }
            }
            let ingest = try await client.send(.post, "/api/v1/events", json: "{\"batch\": [" + batch.joined(separator: ",") + "]}")
            #expect(ingest.status == .ok || ingest.status == .accepted, "\(String(buffer: ingest.body))")
            // A tag the channel did not give that viewer is refused at its field; nothing else is.
            let assigned = try #require(try await Self.shown(client, viewer: "viewer-0").variant)
            let wrong = assigned == "ep001-hook/A" ? "ep001-hook/B" : "ep001-hook/A"
            let mistagged = [
                #"{"message_id":"bad-1","event":"playback_started","anonymous_id":"viewer-0","timestamp":"\#(stamp)","properties":{"series":"orchid","episode":1,"position_ms":0,"variant":"\#(wrong)"}}"#,
                #"{"message_id":"bad-2","event":"playback_started","anonymous_id":"viewer-0","timestamp":"\#(stamp)","properties":{"series":"orchid","episode":1,"position_ms":0,"variant":"ep009-hook/A"}}"#,
                #"{"message_id":"bad-3","event":"playback_started","anonymous_id":"viewer-0","timestamp":"\#(stamp)","properties":{"series":"orchid","episode":1,"position_ms":0,"variant":"ep001-hook/Z"}}"#,
                #"{"message_id":"fine-1","event":"liked","anonymous_id":"viewer-0","timestamp":"\#(stamp)","properties":{"series":"orchid","episode":1,"variant":"\#(assigned)"}}"#,
            ]
            let refused = try await client.send(.post, "/api/v1/events", json: "{\"batch\": [" + mistagged.joined(separator: ",") + "]}")
            let answer = try refused.json()
            #expect(answer["accepted"] as? Int == 1, "\(answer)")
            let rejections = try #require(answer["rejected"] as? [[String: Any]])
            #expect(rejections.map { $0["field"] as? String } == ["batch[0].properties.variant", "batch[1].properties.variant", "batch[2].properties.variant"], "\(rejections)")
            #expect((rejections[0]["reason"] as? String)?.contains("is not assigned \(wrong)") == true, "\(rejections)")

            let report = try await producer.send(.get, "/api/v1/series/orchid/experiments/ep001-hook")
            let figures = try #require(try report.json()["figures"] as? [[String: Any]])
            #expect(figures.map { $0["viewers"] as? Int } == [seen["ep001-hook/A"], seen["ep001-hook/B"]], "\(figures)")

            // The pages.
            let list = try await producer.send(.get, "/series/orchid/experiments")
            #expect(list.status == .ok)
            #expect(String(buffer: list.body).contains("ep001-hook"))
            #expect(String(buffer: list.body).contains("B 50 % · approved"), "\(String(buffer: list.body))")
            let page = try await producer.send(.get, "/series/orchid/experiments/ep001-hook")
            let html = String(buffer: page.body)
            #expect(page.status == .ok)
            #expect(html.contains("id=\"variant-B\"") && html.contains("/media/orchid/1/variants/ep001-hook/B/episode.mp4"), "\(html.prefix(3000))")
            #expect(html.contains("id=\"decision-form\""))
            #expect(html.contains("<svg class=\"chart\"") || html.contains("chart-empty"), "the chart or what it lacks")
            #expect(html.contains("id=\"sample-ratio\""), "the sample-ratio check is shown")

            // Deciding needs a producer and a reason; shipping B shows it to everyone, untagged.
            let notAllowed = try await reviewer.send(.post, "/api/v1/series/orchid/experiments/ep001-hook/decision", json: #"{"ship":"B","why":"better"}"#)
            #expect(notAllowed.status == .forbidden)
            let noWhy = try await producer.send(.post, "/api/v1/series/orchid/experiments/ep001-hook/decision", json: #"{"ship":"C","why":" "}"#)
            #expect(noWhy.status == .badRequest)
            let noWhyMessage = try noWhy.error()["message"] as? String ?? ""
            #expect(noWhyMessage.contains("why:") && noWhyMessage.contains("'C' is not a variant"), "\(noWhyMessage)")
            let shipped = try await producer.send(.post, "/api/v1/series/orchid/experiments/ep001-hook/decision", json: #"{"ship":"B","why":"B holds more viewers"}"#)
            #expect(shipped.status == .ok, "\(String(buffer: shipped.body))")
            for viewer in ["viewer-0", "viewer-1", "someone-new", ""] {
                let shown = try await Self.shown(client, viewer: viewer.isEmpty ? nil : viewer)
                #expect(shown.video == "/watch/media/orchid/1/variants/ep001-hook/B/episode.mp4" && shown.variant == nil, "\(viewer): \(shown)")
            }
            let twice = try await producer.send(.post, "/api/v1/series/orchid/experiments/ep001-hook/decision", json: #"{"why":"again"}"#)
            #expect(twice.status == .conflict)
        }
    }
}
