import Basics
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

/// A title experiment on the channel: the titles are variants made, labelled and reviewed like any
/// episode's, the channel's list shows the tile the Thompson-sampling bandit chooses from the
/// stored impressions and clicks, the allocation moves to the title viewers click and its changes
/// are recorded, and shipping a title shows it to everyone.
@Suite(.serialized) struct TileExperimentTests {
    /// The tile on `/watch`: its link, the arm that chose it, the cover and the title shown.
    static func tile(_ html: String) throws -> (link: String, arm: String?, cover: String?, title: String?) {
        let card = try #require(html.range(of: #"<a class="card series tile" href="[^"]*"[^>]*>.*?</a>"#, options: .regularExpression).map { String(html[$0]) })
        func attribute(_ name: String) -> String? {
            card.range(of: name + #"="[^"]*""#, options: .regularExpression).map { String(card[$0].dropFirst(name.count + 2).dropLast()) }
        }
        let title = card.range(of: #"<p>Episode 1: [^<]*</p>"#, options: .regularExpression).map { String(card[$0].dropFirst("<p>Episode 1: ".count).dropLast("</p>".count)) }
        return (try #require(attribute("href")), attribute("data-arm"), attribute("src"), title)
    }

    @Test func theBanditShowsMoreOfTheTitleViewersClickRecordsItsAllocationAndShippingShowsItToEveryone() async throws {
        try await LiveStudio.run("lantern", episodes: 2, seed: 11) { live in
            let (project, studio, producer, reviewer, viewer) = (live.project, live.studio, live.producer, live.reviewer, live.viewer)

            // Bad requests: every problem at once, nothing written.
            let bad = try await producer.send(.post, "/api/v1/series/lantern/experiments", json: #"{"episode": 2, "kind": "title", "titles": ["", "Night Ledger", "night ledger"], "weights": [50, 50]}"#)
            #expect(bad.status == .badRequest)
            let message = try bad.error()["message"] as? String ?? ""
            #expect(message.contains("a title experiment is on episode 1") && message.contains("title 1 '' is not usable")
                && message.contains("title 3 'night ledger' is given twice") && message.contains("has no weights"), "\(message)")
            #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("experiments").path))

            let made = try await producer.send(.post, "/api/v1/series/lantern/experiments", json: #"{"episode": 1, "kind": "title", "titles": ["Night Ledger", "The Last Receipt"]}"#)
            #expect(made.status == .created, "\(String(buffer: made.body))")
            let key = try #require((try made.json()["experiment"] as? [String: Any])?["key"] as? String)
            #expect(key == "ep001-title")
            let b = try String(contentsOf: project.root.appendingPathComponent("experiments/ep001-title/B.fountain"), encoding: .utf8)
            #expect(b.contains("Episode Title: Night Ledger"))

            // Rendered with the episode (its cover drawn with its title), reviewed, released.
            try await studio.render("lantern", episodes: [1], by: StudioUserFixture.producer)
            await studio.waitForRenders()
            try await studio.review("lantern", 1, action: .approve, note: nil, by: StudioUserFixture.reviewer)
            let launch = ISO8601DateFormatter.string(from: Date().addingTimeInterval(-86_400), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
            try await studio.setCalendar(
                "lantern", ReleaseCalendar(launchDate: launch, time: "00:00", timeZone: "UTC", launchEpisodes: 1, perDay: 1, paywallFrom: nil),
                by: StudioUserFixture.producer, now: Date().addingTimeInterval(-2 * 86_400))
            _ = try await studio.publishDue("lantern")
            let provenance = project.root.appendingPathComponent("out/ep001/variants/\(key)/B/provenance.json")
            #expect(FileManager.default.fileExists(atPath: provenance.path), "the variant carries its provenance")

            // Not live before its titles are approved: the tile is the episode's own, no token.
            let before = try Self.tile(String(buffer: try await viewer.send(.get, "/watch").body))
            #expect(before.arm == nil && before.link == "/watch/lantern" && before.cover == "/watch/media/lantern/1/cover.jpg", "\(before)")
            for variant in ["B", "C"] {
                let approved = try await reviewer.send(.post, "/api/v1/series/lantern/experiments/\(key)/variants/\(variant)/reviews", json: #"{"action":"approve"}"#)
                #expect(approved.status == .created, "\(String(buffer: approved.body))")
            }

            // Viewers see the tile the bandit chooses and click "Night Ledger" (B) far more often.
            var random = SeededGenerator(seed: 5)
            let clickRate = ["\(key)/A": 0.02, "\(key)/B": 0.2, "\(key)/C": 0.02]
            var clicked = 0
            var shownArms: [String: Int] = [:]
            for _ in 0..<400 {
                let tile = try Self.tile(String(buffer: try await viewer.send(.get, "/watch").body))
                let arm = try #require(tile.arm)
                shownArms[arm, default: 0] += 1
                if arm.hasSuffix("/B") {
                    #expect(tile.title == "Night Ledger" && tile.cover == "/watch/media/lantern/1/variants/\(key)/B/cover.jpg", "\(tile)")
                }
                #expect(tile.link.hasPrefix("/watch/lantern?tile="))
                if random.unit() < clickRate[arm] ?? 0 {
                    let page = try await viewer.send(.get, tile.link)
                    #expect(page.status == .ok)
                    clicked += 1
                }
            }
            let cover = try await viewer.send(.get, "/watch/media/lantern/1/variants/\(key)/B/cover.jpg")
            #expect(cover.status == .ok && cover.body.readableBytes > 1_000)
            // Following a link twice, or a made-up token, counts nothing more.
            _ = try await viewer.send(.get, "/watch/lantern?tile=nosuchtoken")

            let detail = try await producer.send(.get, "/api/v1/series/lantern/experiments/\(key)")
            let tiles = try #require((try detail.json()["experiment"] as? [String: Any])?["tiles"] as? [String: Any])
            #expect(tiles["impressions"] as? Int == 400)
            let arms = try #require(tiles["arms"] as? [[String: Any]])
            #expect(arms.compactMap { $0["clicks"] as? Int }.reduce(0, +) == clicked, "\(arms)")
            #expect(arms.map { $0["impressions"] as? Int } == ["A", "B", "C"].map { shownArms["\(key)/\($0)"] ?? 0 }, "\(arms) \(shownArms)")
            let shares = Dictionary(uniqueKeysWithValues: arms.compactMap { arm in (arm["name"] as? String).map { ($0, arm["share"] as? Double ?? 0) } })
            #expect((shares["B"] ?? 0) > 0.6, "the bandit moved to the title viewers click: \(shares)")
            #expect((shares["A"] ?? 0) >= 0.01 && (shares["C"] ?? 0) >= 0.01, "every arm keeps its floor: \(shares)")
            #expect((shownArms["\(key)/B"] ?? 0) > 180, "most impressions went to B: \(shownArms)")
            let allocations = try #require(tiles["allocations"] as? [[String: Any]])
            #expect(allocations.first?["impressions"] as? Int == 0, "the first record is the even split")
            #expect(allocations.count >= 2, "the move was recorded: \(allocations)")
            #expect((allocations.last?["shares"] as? [String: Double])?["B"] ?? 0 > 0.5, "\(allocations)")

            // The experiment's page shows the tile's figures and the allocation changes.
            let page = String(buffer: try await producer.send(.get, "/series/lantern/experiments/\(key)").body)
            #expect(page.contains("The tile on the channel") && page.contains("id=\"allocations\"") && page.contains("Night Ledger"), "\(page.prefix(2000))")

            // Shipping B: everyone's tile and episode 1 carry its title, untagged.
            let shipped = try await producer.send(.post, "/api/v1/series/lantern/experiments/\(key)/decision", json: #"{"ship":"B","why":"viewers click it most"}"#)
            #expect(shipped.status == .ok, "\(String(buffer: shipped.body))")
            let after = try Self.tile(String(buffer: try await viewer.send(.get, "/watch").body))
            #expect(after.arm == nil && after.link == "/watch/lantern" && after.title == "Night Ledger", "\(after)")
            #expect(after.cover == "/watch/media/lantern/1/variants/\(key)/B/cover.jpg", "\(after)")
            let listing = try await viewer.send(.get, "/api/v1/channel/lantern")
            let first = try #require((try listing.json()["episodes"] as? [[String: Any]])?.first)
            #expect(first["title"] as? String == "Night Ledger")
            let audit = try String(contentsOf: project.root.appendingPathComponent("governance/audit.jsonl"), encoding: .utf8)
            #expect(audit.contains("experiment.ship") && audit.contains("impressions"), "the decision records the tile's figures")
        }
    }
}
