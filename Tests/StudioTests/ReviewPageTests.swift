import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Studio
import StudioServer
import Testing

/// Review at the speed of watching: comments pinned to a time of the render, shown as markers
/// on the player's timeline, that become the note of a reject; the keyboard shortcuts listed;
/// the spoken line of each shot found in the script the page shows.
@Suite(.serialized) struct ReviewPageTests {
    @Test func timedCommentsShowOnTheTimelineAndBecomeTheNoteOfAReject() async throws {
        let (_, studio) = try await StudioFixture.shared.studio()
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in
            var mei = Client(port: port)
            try await mei.login("mei")
            var paul = Client(port: port)
            try await paul.login("paul")
            let path = "/api/v1/series/midnight/episodes/3"
            let duration = try #require(try await mei.send(.get, path).json()["duration"] as? Double)

            let first = try await mei.send(.post, path + "/comments", json: #"{"second": 1.25, "text": "Too dark: her face is lost"}"#)
            #expect(first.status == .created, "\(String(buffer: first.body))")
            let second = try await mei.send(.post, path + "/comments", json: #"{"second": \#(duration - 0.5), "text": "The last line comes in late"}"#)
            #expect(second.status == .created)
            let firstID = try #require(try first.json()["id"] as? Int)
            let secondID = try #require(try second.json()["id"] as? Int)

            // Every problem at once, each with its field.
            let bad = try await mei.send(.post, path + "/comments", json: #"{"second": \#(duration + 60), "text": "   "}"#)
            #expect(bad.status == .badRequest)
            let message = try bad.error()["message"] as? String ?? ""
            #expect(message.contains("text: the comment is empty") && message.contains("second:") && message.contains("outside the episode"), "\(message)")

            // The page pins them on the timeline and lists them, with the shortcuts.
            var html = String(buffer: try await mei.send(.get, "/series/midnight/episodes/3").body)
            let markers = html.components(separatedBy: #"class="marker""#).count - 1
            #expect(markers == 2, "\(markers) markers on the timeline")
            #expect(html.contains(#"data-second="1.25""#))
            #expect(html.contains("Too dark: her face is lost") && html.contains(">0:01</button>"))
            #expect(html.components(separatedBy: #"class="use-comment""#).count - 1 == 2)
            for key in ["Space", "J", "K", "L", "A", "R", "C"] { #expect(html.contains("<kbd>\(key)</kbd>"), "shortcut \(key) is listed") }

            // Someone else's comment is not theirs to remove.
            #expect(try await paul.send(.delete, path + "/comments/\(secondID)").status == .forbidden)

            // A reject with the comments and no note of its own: the comments are the note.
            let rejected = try await mei.send(.post, path + "/reviews", json: #"{"action": "reject", "comments": [\#(secondID), \#(firstID)]}"#)
            #expect(rejected.status == .created, "\(String(buffer: rejected.body))")
            #expect(try rejected.json()["state"] as? String == "rejected")
            let history = try await studio.history("midnight", 3)
            let note = try #require(history.last?.note)
            #expect(note == "0:01 — Too dark: her face is lost (mei)\n\(TimedComment.timeCode(duration - 0.5)) — The last line comes in late (mei)", "\(note)")

            // They are part of that decision now: not offered again, not removable.
            let again = try await mei.send(.post, path + "/reviews", json: #"{"action": "regenerate", "shots": [1], "comments": [\#(firstID)]}"#)
            #expect(again.status == .badRequest)
            #expect(try again.error()["field"] as? String == "comments[0]")
            #expect(try await mei.send(.delete, path + "/comments/\(firstID)").status == .conflict)
            html = String(buffer: try await mei.send(.get, "/series/midnight/episodes/3").body)
            #expect(!html.contains(#"class="use-comment""#))
            #expect(html.contains("in the reject of"))

            // A fresh comment can be removed by its author; approve only takes a plain note.
            // (The episode stays rejected: other suites expect it off the channel.)
            let third = try await mei.send(.post, path + "/comments", json: #"{"second": 0, "text": "fine after all"}"#)
            let thirdID = try #require(try third.json()["id"] as? Int)
            #expect(try await mei.send(.post, path + "/reviews", json: #"{"action": "approve", "comments": [\#(thirdID)]}"#).status == .badRequest)
            #expect(try await mei.send(.delete, path + "/comments/\(thirdID)").status == .noContent)
            #expect(try await studio.comments("midnight", 3).count == 2)

            // Episode numbers in the address are checked, in English.
            let wrong = try await mei.send(.get, "/api/v1/series/midnight/episodes/abc")
            #expect(try wrong.error()["message"] as? String == "'abc' is not an episode number (a whole number from 1)")
        }
    }

    /// Each dialogue shot names its line's number among the script's spoken lines, and the
    /// page's script paragraph of that number is the line the shot speaks: the page
    /// highlights it while the shot plays.
    @Test func eachDialogueShotPointsAtItsLineInTheScript() async throws {
        let (_, studio) = try await StudioFixture.shared.studio()
        let detail = try await studio.episode("midnight", 1)
        let spoken = detail.shots.filter { $0.spokenLine != nil }
        #expect(spoken.count >= 3, "\(spoken.count) dialogue shots")
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in
            var client = Client(port: port)
            try await client.login("mei")
            let html = String(buffer: try await client.send(.get, "/series/midnight/episodes/1").body)
            for shot in spoken {
                let number = try #require(shot.spokenLine)
                #expect(html.contains(#"id="shot-\#(shot.number)" data-start="\#(String(format: "%.3f", shot.start))" data-line="\#(number)""#))
                let paragraph = try #require(html.range(of: #"<p class="dialogue" data-line="\#(number)">"#).map { String(html[$0.upperBound...].prefix { $0 != "<" }) })
                let escaped = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")]
                    .reduce(shot.line ?? "") { $0.replacingOccurrences(of: $1.0, with: $1.1) }
                #expect(escaped.hasPrefix(paragraph) || paragraph.hasPrefix(escaped), "shot \(shot.number) says “\(escaped)”, line \(number) of the script is “\(paragraph)”")
            }
        }
    }
}
