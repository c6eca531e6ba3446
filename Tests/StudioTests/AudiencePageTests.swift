import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Studio
import StudioServer
import Testing

/// The audience dashboard: events posted through the ingest API show up as a retention curve
/// over the script's beats, a funnel and a continue-rate chart; simulated viewers are labelled.
@Suite(.serialized) struct AudiencePageTests {
    @Test func theDashboardChartsPostedEventsAndLabelsSyntheticViewers() async throws {
        let (_, studio) = try await StudioFixture.shared.studio()
        let app = StudioServer(studio: studio, port: 0).application()
        try await app.test(.live) { raw in
            var client = Client(client: raw)
            let base = Date().addingTimeInterval(-3600)
            var events: [String] = []
            for viewer in 0..<30 {
                let id = "synthetic-page-\(viewer)"
                func event(_ n: Int, _ name: String, episode: Int, seconds: Int) -> String {
                    let stamp = ISO8601DateFormatter().string(from: base.addingTimeInterval(Double(viewer * 400 + episode * 100 + seconds)))
                    return #"{"message_id":"\#(id)-\#(episode)-\#(n)","event":"\#(name)","anonymous_id":"\#(id)","timestamp":"\#(stamp)","properties":{"series":"midnight","episode":\#(episode),"position_ms":\#(seconds * 1000),"session_id":"\#(id)"}}"#
                }
                events.append(event(0, "playback_started", episode: 1, seconds: 0))
                // A third leave at 4 s, the rest finish episode 1 and half of them start episode 2.
                let end = viewer % 3 == 0 ? 4 : 12
                for (n, second) in stride(from: 2, through: end, by: 2).enumerated() { events.append(event(n + 1, "content_playing", episode: 1, seconds: second)) }
                if viewer % 3 == 0 { events.append(event(90, "swiped_away", episode: 1, seconds: 4)) } else {
                    events.append(event(91, "playback_completed", episode: 1, seconds: 12))
                    if viewer % 2 == 0 { events.append(event(0, "playback_started", episode: 2, seconds: 0)) }
                }
            }
            let posted = try await client.send(.post, "/api/v1/events", json: "{\"batch\": [" + events.joined(separator: ",") + "]}").json()
            #expect(posted["accepted"] as? Int == events.count, "\(posted)")

            try await client.login("paul")
            let page = try await client.send(.get, "/series/midnight/audience?episode=1")
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("Synthetic audience:</b> 30 of 30 viewers were simulated"))
            #expect(html.contains("Episode 1: share of starts still watching (synthetic audience)"))
            #expect(html.components(separatedBy: #"<svg class="chart""#).count - 1 == 3)
            #expect(html.contains("Funnel: starts per episode") && html.contains("Continue rate n → n+1"))
            #expect(html.contains("30 starts"))
            // The series page links to it, and episode pages have shot anchors the hotspots link to.
            #expect(String(buffer: try await client.send(.get, "/series/midnight").body).contains("/series/midnight/audience"))
            #expect(String(buffer: try await client.send(.get, "/series/midnight/episodes/1").body).contains(#"id="shot-1""#))
        }
    }
}
