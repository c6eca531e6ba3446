import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Studio
import StudioServer
import Testing

/// The REST API against a real server on loopback, over a project with real renders.
@Suite(.serialized) struct StudioAPITests {
    func withServer(ingestRate: (Double, Double) = (50, 200), _ body: @Sendable (Client, Studio, URL) async throws -> Void) async throws {
        let (root, studio) = try await StudioFixture.shared.studio()
        let server = StudioServer(studio: studio, port: 0, ingestRate: ingestRate)
        try await server.serving { port in try await body(Client(port: port), studio, root) }
    }

    @Test func withoutLoginTheAPISays401AndAWrongRoleSays403() async throws {
        try await withServer { client, _, _ in
            var client = client
            for path in ["/api/v1/series", "/api/v1/series/midnight", "/api/v1/me", "/media/midnight/1/episode.mp4"] {
                let response = try await client.send(.get, path)
                #expect(response.status == .unauthorized, "\(path)")
                #expect(try response.error()["code"] as? String == "unauthenticated", "\(path)")
            }
            let wrong = try await client.send(.post, "/api/v1/login", json: #"{"name":"mei","password":"nope nope nope"}"#)
            #expect(wrong.status == .unauthorized)
            #expect(try wrong.error()["message"] as? String == "wrong user name or password")

            try await client.login("mei")
            #expect(try await client.send(.get, "/api/v1/me").json()["role"] as? String == "reviewer")
            let render = try await client.send(.post, "/api/v1/series/midnight/render", json: #"{"episodes":[1]}"#)
            #expect(render.status == .forbidden)
            #expect((try render.error()["message"] as? String)?.contains("producer") == true)
            let schedule = try await client.send(
                .put, "/api/v1/series/midnight/schedule",
                json: #"{"launchDate":"2026-01-01","time":"20:00","timeZone":"UTC","launchEpisodes":1,"perDay":1,"priceCoins":30,"startingCoins":100}"#)
            #expect(schedule.status == .forbidden)

            // HTTP Basic works for scripts.
            let basic = "Basic " + Data("paul:\(StudioFixture.password)".utf8).base64EncodedString()
            let me = try await Client(port: client.port).send(.get, "/api/v1/me", headers: [.authorization: basic])
            #expect(me.status == .ok)
            #expect(try me.json()["name"] as? String == "paul")
        }
    }

    @Test func theReviewGateEnforcesItsTransitionsAndKeepsHistory() async throws {
        try await withServer { client, studio, _ in
            var client = client
            try await client.login("mei")
            let path = "/api/v1/series/midnight/episodes/2"
            let first = try await client.send(.get, path).json()
            #expect(first["state"] as? String == "in-review")
            #expect((first["shots"] as? [Any])?.isEmpty == false)

            let noNote = try await client.send(.post, path + "/reviews", json: #"{"action":"reject"}"#)
            #expect(noNote.status == .badRequest)
            #expect(try noNote.error()["field"] as? String == "note")

            let rejected = try await client.send(.post, path + "/reviews", json: #"{"action":"reject","note":"the opening drags"}"#)
            #expect(rejected.status == .created)
            #expect(try rejected.json()["state"] as? String == "rejected")

            let approved = try await client.send(.post, path + "/reviews", json: #"{"action":"approve","note":"better on second look"}"#)
            #expect(try approved.json()["state"] as? String == "approved")
            let again = try await client.send(.post, path + "/reviews", json: #"{"action":"approve"}"#)
            #expect(again.status == .conflict)

            // Regenerating a shot re-renders the episode and voids the approval.
            let before = try await client.send(.get, path).json()["render"] as? String
            let regenerate = try await client.send(.post, path + "/reviews", json: #"{"action":"regenerate","shots":[2],"note":"try another camera"}"#)
            #expect(regenerate.status == .created)
            #expect(try regenerate.json()["state"] as? String == "rendering")
            await studio.waitForRenders()
            let after = try await client.send(.get, path).json()
            #expect(after["state"] as? String == "in-review")
            #expect(after["render"] as? String != before)
            let shots = after["shots"] as? [[String: Any]] ?? []
            #expect(shots.first { $0["number"] as? Int == 2 }?["take"] as? Int == 1)
            // The replaced take was kept, to compare side by side with the new one.
            let previous = try #require(after["previousTake"] as? [String: Any])
            let old = try #require(before)
            #expect(previous["render"] as? String == old)
            #expect(previous["shots"] as? [[String: Int]] == [["shot": 2, "take": 1]], "\(previous)")
            let kept = try await client.send(.get, try #require(previous["video"] as? String))
            #expect(kept.status == .ok)
            #expect(SHA256.hash(data: Array(kept.body.readableBytesView)).map { String(format: "%02x", $0) }.joined() == old)
            let page = String(buffer: try await client.send(.get, "/series/midnight/episodes/2").body)
            #expect(page.contains(#"id="take-before""#) && page.contains(#"id="take-after""#) && page.contains("a new take of shot 2"))
            #expect(try await client.send(.get, "/media/midnight/2/takes/0123456789abcdef").status == .notFound)
            #expect(try await client.send(.get, "/media/midnight/2/takes/..%2F..%2Fcliff.db").status == .notFound)

            let history = try await client.send(.get, path + "/reviews")
            let actions = (try JSONSerialization.jsonObject(with: Data(String(buffer: history.body).utf8)) as? [[String: Any]] ?? [])
                .compactMap { $0["action"] as? String }
            #expect(actions.suffix(3) == ["reject", "approve", "regenerate"])
            let unknownShot = try await client.send(.post, path + "/reviews", json: #"{"action":"regenerate","shots":[999],"note":"x"}"#)
            #expect(unknownShot.status == .badRequest)
            #expect(try unknownShot.error()["field"] as? String == "shots[0]")
        }
    }

    /// The calendar both the channel test and the ingest test release episode 1 with.
    /// A time before `calendar`'s launch, when it was set (a launch cannot be set in the past).
    static let beforeLaunch = ISO8601DateFormatter().date(from: "2025-12-20T00:00:00Z")!

    static let calendar = #"{"launchDate":"2026-01-01","time":"20:00","timeZone":"Asia/Shanghai","launchEpisodes":3,"perDay":1,"paywallFrom":3,"priceCoins":30,"startingCoins":100}"#

    /// Episode 1 on the channel, as the channel test leaves it: approved, under `calendar`,
    /// published. Either test may run first (the ingest takes events of released episodes only).
    static func releaseEpisodeOne(_ studio: Studio) async throws {
        guard try await !studio.isReleased("midnight", 1) else { return }
        if try await studio.episode("midnight", 1).state == .inReview {
            try await studio.review("midnight", 1, action: .approve, note: nil, by: StudioUserFixture.reviewer)
        }
        if try await studio.calendar("midnight") == nil {
            try await studio.setCalendar(
                "midnight", try JSONDecoder().decode(ReleaseCalendar.self, from: Data(calendar.utf8)), by: StudioUserFixture.producer, now: beforeLaunch)
        }
        try await studio.publishDue("midnight")
        try #require(try await studio.isReleased("midnight", 1))
    }

    @Test func theChannelShowsOnlyApprovedReleasedEpisodesAndServesRanges() async throws {
        try await withServer { client, studio, _ in
            var producer = client
            try await producer.login("paul")
            // Episode 1 approved (unless the ingest test released it already); episode 3 not.
            let released = try await studio.isReleased("midnight", 1)
            let approve = try await producer.send(.post, "/api/v1/series/midnight/episodes/1/reviews", json: #"{"action":"approve"}"#)
            #expect(approve.status == (released ? .conflict : .created))
            if try await studio.calendar("midnight") == nil {
                // A launch cannot be set in the past: this calendar was set ahead of a launch that has come since.
                #expect(try await producer.send(.put, "/api/v1/series/midnight/schedule", json: Self.calendar).status == .badRequest)
                try await studio.setCalendar(
                    "midnight", try JSONDecoder().decode(ReleaseCalendar.self, from: Data(Self.calendar.utf8)), by: StudioUserFixture.producer,
                    now: Self.beforeLaunch)
            }
            // Changing something else keeps the launch that has passed.
            let fewer = Self.calendar.replacingOccurrences(of: #""perDay":1"#, with: #""perDay":2"#)
            #expect(try await producer.send(.put, "/api/v1/series/midnight/schedule", json: fewer).status == .ok)
            #expect(try await producer.send(.put, "/api/v1/series/midnight/schedule", json: Self.calendar).status == .ok)

            let channel = try await client.send(.get, "/api/v1/channel/midnight").json()
            let numbers = (channel["episodes"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? Int }
            #expect(numbers.contains(1))
            #expect(!numbers.contains(3))
            #expect((channel["paywall"] as? [String: Any])?["fromEpisode"] as? Int == 3)
            #expect(try await producer.send(.get, "/api/v1/series/midnight/episodes/1").json()["state"] as? String == "published")

            let whole = try await client.send(.get, "/watch/media/midnight/1/episode.mp4")
            #expect(whole.status == .ok)
            #expect(whole.headers[.acceptRanges] == "bytes")
            let size = whole.body.readableBytes
            let range = try await client.send(.get, "/watch/media/midnight/1/episode.mp4", headers: [.range: "bytes=100-199"])
            #expect(range.status == .partialContent)
            #expect(range.body.readableBytes == 100)
            #expect(range.headers[.contentRange] == "bytes 100-199/\(size)")
            let tail = try await client.send(.get, "/watch/media/midnight/1/episode.mp4", headers: [.range: "bytes=-10"])
            #expect(tail.body.readableBytes == 10)
            let outside = try await client.send(.get, "/watch/media/midnight/1/episode.mp4", headers: [.range: "bytes=\(size + 5)-"])
            #expect(outside.status == .rangeNotSatisfiable)
            #expect(try await client.send(.get, "/watch/media/midnight/3/episode.mp4").status == .notFound)
        }
    }

    @Test func badInputGetsA4xxWithAJSONErrorNeverA500() async throws {
        try await withServer { client, _, _ in
            var client = client
            try await client.login("paul")
            let cases: [(HTTPRequest.Method, String, String?, HTTPResponse.Status, String?)] = [
                (.post, "/api/v1/series/midnight/episodes/1/reviews", "{not json", .badRequest, "body"),
                (.post, "/api/v1/series/midnight/episodes/1/reviews", #"{"action": 5}"#, .badRequest, "action"),
                (.post, "/api/v1/series/midnight/episodes/1/reviews", #"{"note": "x"}"#, .badRequest, "action"),
                (.post, "/api/v1/series/midnight/episodes/1/reviews", #"{"action": "bless"}"#, .badRequest, "action"),
                (.post, "/api/v1/series/midnight/render", #"{"episodes": ["one"]}"#, .badRequest, "episodes[0]"),
                (.post, "/api/v1/series/midnight/render", #"{"episodes": [99]}"#, .badRequest, "episodes[0]"),
                (.get, "/api/v1/series/nosuch", nil, .notFound, nil),
                (.get, "/api/v1/series/midnight/episodes/99", nil, .notFound, nil),
                (.get, "/api/v1/series/midnight/episodes/abc", nil, .badRequest, "episode"),
                (.put, "/api/v1/series/midnight/schedule", #"{"launchDate":"tomorrow","time":"25:00","timeZone":"Mars/Base","launchEpisodes":0,"perDay":1,"priceCoins":1,"startingCoins":1}"#, .badRequest, "launchDate"),
                (.post, "/api/v1/events", "[]", .badRequest, "body"),
                (.post, "/api/v1/events", #"{"batch": 3}"#, .badRequest, "batch"),
                (.get, "/api/v1/nothing-here", nil, .notFound, nil),
            ]
            for (method, path, body, status, field) in cases {
                let response = try await client.send(method, path, json: body)
                #expect(response.status == status, "\(method) \(path) \(body ?? "")")
                let error = try response.error()
                #expect(error["message"] is String, "\(path): a JSON error")
                if let field { #expect(error["field"] as? String == field, "\(path) \(body ?? "")") }
            }
            let schedule = try await client.send(.put, "/api/v1/series/midnight/schedule", json: cases[9].2)
            let message = try schedule.error()["message"] as? String ?? ""
            #expect(message.contains("time") && message.contains("timeZone") && message.contains("launchEpisodes"), "all problems at once: \(message)")

            let huge = String(repeating: "x", count: 70 * 1024)
            let tooLarge = try await client.send(.post, "/api/v1/series/midnight/episodes/1/reviews", json: #"{"action":"reject","note":"\#(huge)"}"#)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(try tooLarge.error()["code"] as? String == "tooLarge")
        }
    }

    @Test func pathsOutsideTheProjectsMediaAreNotReachable() async throws {
        try await withServer { client, _, _ in
            var client = client
            try await client.login("ada")
            for path in [
                "/media/midnight/1/..%2F..%2Fseries.yaml", "/media/midnight/1/series.yaml", "/media/..%2F..%2Fetc/1/passwd",
                "/watch/media/midnight/1/..%2F..%2F..%2Fetc%2Fpasswd", "/media/midnight/1/%2e%2e", "/media/midnight/..%2F1/cliff.db",
            ] {
                let response = try await client.send(.get, path)
                #expect([.notFound, .badRequest].contains(response.status), "\(path) gave \(response.status)")
                #expect(!String(buffer: response.body).contains("premise:"), "\(path) leaked a file")
            }
            #expect(try await client.send(.get, "/media/midnight/1/episode.vtt").status == .ok)
            let thumbnail = try await client.send(.get, "/media/midnight/1/shots/1")
            #expect(thumbnail.status == .ok)
            #expect(thumbnail.headers[.contentType] == "image/jpeg")
            #expect(thumbnail.body.readableBytes > 1000)
            #expect(try await client.send(.get, "/media/midnight/1/shots/999").status == .notFound)
        }
    }

    @Test func viewerEventsAreValidatedDeduplicatedAndRateLimited() async throws {
        try await withServer(ingestRate: (0.001, 2)) { client, studio, _ in
            try await Self.releaseEpisodeOne(studio)
            let now = ISO8601DateFormatter().string(from: Date())
            func event(_ id: String, _ name: String = "content_playing", episode: String = "1", position: String = "5000", stamp: String? = nil) -> String {
                #"{"message_id":"\#(id)","event":"\#(name)","anonymous_id":"v1","timestamp":"\#(stamp ?? now)","properties":{"series":"midnight","episode":\#(episode),"position_ms":\#(position),"session_id":"s1"}}"#
            }
            let batch = "{\"batch\": [" + [event("a"), event("b", "playback_started"), event("c", episode: "\"two\""), event("d", "teleported"), event("e", stamp: "yesterday")].joined(separator: ",") + "]}"
            let first = try await client.send(.post, "/api/v1/events", json: batch).json()
            #expect(first["accepted"] as? Int == 2)
            let rejected = first["rejected"] as? [[String: Any]] ?? []
            #expect(rejected.compactMap { $0["field"] as? String } == ["batch[2].properties.episode", "batch[3].event", "batch[4].timestamp"])
            let second = try await client.send(.post, "/api/v1/events", json: "[" + event("a") + "," + event("f", "liked", position: "null") + "]").json()
            #expect(second["accepted"] as? Int == 1)
            #expect(second["duplicates"] as? Int == 1)
            let limited = try await client.send(.post, "/api/v1/events", json: event("g"))
            #expect(limited.status == .tooManyRequests)
            #expect(try limited.error()["code"] as? String == "rateLimited")
        }
    }

    /// A calendar with a day its month does not have, or a paywall after the last episode, is
    /// refused with a 400 naming the field; nothing is saved.
    @Test func anImpossibleCalendarIsRefusedAtItsField() async throws {
        try await withServer { client, studio, _ in
            var client = client
            try await client.login("paul")
            let before = try await studio.calendar("midnight")
            func put(_ date: String, paywall: Int) async throws -> (HTTPResponse.Status, [String: Any]) {
                let body = #"{"launchDate":"\#(date)","time":"20:00","timeZone":"Asia/Shanghai","launchEpisodes":3,"perDay":1,"paywallFrom":\#(paywall),"priceCoins":30,"startingCoins":100}"#
                let response = try await client.send(.put, "/api/v1/series/midnight/schedule", json: body)
                return (response.status, response.status == .ok ? [:] : try response.error())
            }
            let (status, error) = try await put("2027-02-30", paywall: 3)
            #expect(status == .badRequest)
            #expect(error["field"] as? String == "launchDate")
            #expect((error["message"] as? String)?.contains("February 2027 has 28 days") == true, "\(error)")
            let (late, lateError) = try await put("2027-03-01", paywall: 999)
            #expect(late == .badRequest)
            #expect(lateError["field"] as? String == "paywallFrom")
            #expect((lateError["message"] as? String)?.contains("after the series' last episode") == true, "\(lateError)")
            #expect(try await studio.calendar("midnight")?.launchDate == before?.launchDate, "a refused calendar was saved")
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryRoute() async throws {
        try await withServer { client, _, _ in
            let response = try await client.send(.get, "/api/v1/openapi.yaml")
            #expect(response.status == .ok)
            let yaml = String(buffer: response.body)
            for path in [
                "/login:", "/logout:", "/me:", "/series:", "/series/{series}:", "/series/{series}/episodes/{episode}:",
                "/series/{series}/episodes/{episode}/script:", "/series/{series}/episodes/{episode}/shots:",
                "/series/{series}/episodes/{episode}/reviews:", "/series/{series}/episodes/{episode}/comments:",
                "/series/{series}/episodes/{episode}/comments/{comment}:", "/series/{series}/schedule:", "/series/{series}/jobs:",
                "/series/{series}/jobs/retry:", "/series/{series}/render:", "/series/{series}/costs:", "/jobs/events:",
                "/channel/{series}:", "/events:", "/openapi.yaml:", "/users:", "/users/{name}:", "/series/{series}/experiments:",
                "/series/{series}/experiments/{key}:", "/series/{series}/experiments/{key}/variants/{variant}/reviews:",
                "/series/{series}/experiments/{key}/decision:", "/slate/decisions:", "/series/{series}/editions:",
                "/series/{series}/editions/{language}:", "/series/{series}/editions/{language}/lines/{line}:",
            ] {
                #expect(yaml.contains("  " + path), "\(path) is described")
            }
            #expect(yaml.hasPrefix("openapi: 3.1.0"))
        }
    }
}
