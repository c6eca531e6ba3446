import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Studio
import StudioServer
import Testing

/// The reviewer's episode page as a browser receives it.
@Suite(.serialized) struct EpisodePageTests {
    /// The heading names the episode once ("1. Checkmate", not "1. 1. Checkmate"), and the
    /// subtitles burned into the render are not shown a second time by a subtitle track that
    /// is on by default: the track is there for a reviewer to turn on.
    @Test func theHeadingNamesTheEpisodeOnceAndSubtitlesShowOnce() async throws {
        let (_, studio) = try await StudioFixture.shared.studio()
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in
            var client = Client(port: port)
            try await client.login("mei")
            let detail = try await client.send(.get, "/api/v1/series/midnight/episodes/1").json()
            let plain = try #require(detail["title"] as? String)
            // As the page writes it (HTML-escaped).
            let title = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")]
                .reduce(plain) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
            let html = String(buffer: try await client.send(.get, "/series/midnight/episodes/1").body)
            let heading = try #require(html.range(of: "<h1>").map { String(html[$0.upperBound...].prefix { $0 != "<" }) })
            #expect(heading.trimmingCharacters(in: .whitespaces) == "1. \(title)", "the heading reads “\(heading)”")
            #expect(html.contains("<title>1. \(title)"), "the browser tab names the episode")
            let tracks = html.components(separatedBy: "<track").dropFirst().map { String($0.prefix { $0 != ">" }) }
            #expect(!tracks.isEmpty, "the episode offers its subtitles as a track")
            #expect(tracks.allSatisfy { !$0.contains("default") }, "a subtitle track is on by default over burned-in subtitles: \(tracks)")
        }
    }
}
