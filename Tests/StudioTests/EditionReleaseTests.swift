import Audience
import Foundation
import HTTPTypes
import NIOCore
import Studio
import StudioServer
import TestSupport
import Testing

/// An edition's episode reaches the channel only approved, and only with its series' episode:
/// the English series `vows` has episode 1 released; the studio renders episode 1 of its Chinese
/// edition, which reviewers then take through review.
@Suite(.serialized) struct EditionReleaseTests {
    /// One viewer event of episode `episode` of series `series`, as the channel's player sends it.
    static func event(_ series: String, _ episode: Int, id: String = UUID().uuidString) -> Data {
        let stamp = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-60))
        return Data(
            #"{"message_id":"\#(id)","event":"playback_started","anonymous_id":"viewer-1","timestamp":"\#(stamp)","properties":{"series":"\#(series)","episode":\#(episode),"position_ms":0}}"#
                .utf8)
    }

    @Test func anEditionsEpisodeIsOnTheChannelOnlyApprovedAndWithItsSeriesEpisode() async throws {
        let made = try await EditionFixture.release.rendered()
        let studio = made.studio

        // Rendered, not approved: the channel has the series in English only, and the
        // edition's viewers' events are refused at the episode, saying how to release it.
        var listing = try await studio.channel(made.id)
        #expect(listing.languages.map(\.language) == ["en"])
        #expect(listing.episodes.first?.languages.map(\.language) == ["en"])
        #expect(try await studio.channelLanguages(made.id).map(\.language) == ["en"])
        #expect(try await studio.isReleased("vows.zh", 1) == false)
        let refused = try await studio.ingest(Self.event("vows.zh", 1))
        #expect(refused.accepted == 0)
        #expect(refused.rejected.first?.field.hasSuffix("properties.episode") == true)
        #expect(refused.rejected.first?.reason.contains("approve the edition's episode in the studio") == true, "\(refused.rejected)")
        let unknown = try await studio.ingest(Self.event("vows.fr", 1))
        #expect(unknown.rejected.first?.field.hasSuffix("properties.series") == true, "no French edition: \(unknown.rejected)")

        // Approved: released with the series' episode, its events counted under its own id.
        let approved = try await studio.reviewEdition(made.id, language: "zh", 1, action: .approve, note: nil, by: StudioUserFixture.reviewer)
        #expect(approved.state == .approved && approved.allowedActions.contains("reject"))
        listing = try await studio.channel(made.id)
        #expect(listing.languages.map(\.language) == ["en", "zh"])
        #expect(listing.episodes.first?.languages.map(\.language) == ["en", "zh"])
        var episode = try #require(try await studio.editionEpisodes(made.id, language: "zh").first)
        #expect(episode.state == .published && episode.history.map(\.action) == [.render, .approve, .publish], "\(episode.history)")
        #expect(try await studio.ingest(Self.event("vows.zh", 1)).accepted == 1)
        #expect(try await studio.ingest(Self.event("vows", 1)).accepted == 1)

        // The series' episode leaves the channel (its file changed: a new render, in review):
        // the edition's goes with it, and comes back when the series' episode is on the
        // channel again (its released file restored).
        let sourceVideo = made.root.appendingPathComponent("out/ep001/episode.mp4")
        let released = try Data(contentsOf: sourceVideo)
        try (released + Data(repeating: 0, count: 16)).write(to: sourceVideo, options: .atomic)
        #expect(try await studio.channel(made.id).episodes.isEmpty)
        #expect(try await studio.isReleased("vows.zh", 1) == false)
        episode = try #require(try await studio.editionEpisodes(made.id, language: "zh").first)
        #expect(episode.state == .approved && episode.sourceState == .inReview, "\(episode)")
        try released.write(to: sourceVideo, options: .atomic)
        #expect(try await studio.channel(made.id).languages.map(\.language) == ["en", "zh"])

        // A changed file is a new render: in review again and off the channel; approved again,
        // the compliance gate holds it (its provenance no longer matches) and says why.
        let video = made.edition.appendingPathComponent("out/ep001/episode.mp4")
        let handle = try FileHandle(forWritingTo: video)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(repeating: 0, count: 16))
        try handle.close()
        #expect(try await studio.editionEpisodes(made.id, language: "zh").first?.state == .inReview)
        #expect(try await studio.channel(made.id).languages.map(\.language) == ["en"])
        try await studio.reviewEdition(made.id, language: "zh", 1, action: .approve, note: nil, by: StudioUserFixture.reviewer)
        #expect(try await studio.channel(made.id).languages.map(\.language) == ["en"])
        episode = try #require(try await studio.editionEpisodes(made.id, language: "zh").first)
        #expect(episode.state == .approved && episode.held?.contains("does not match its manifest") == true, "\(episode)")
        #expect(episode.history.last?.action == .hold)

        // An edition whose files do not load has nothing on the channel, and its viewers'
        // events are refused one by one, never the whole batch.
        let bible = made.edition.appendingPathComponent("series.yaml")
        let kept = try Data(contentsOf: bible)
        try Data("series: [unclosed\n".utf8).write(to: bible)
        #expect(try await studio.channel(made.id).languages.map(\.language) == ["en"])
        let batch = try await studio.ingest(Self.event("vows.zh", 1))
        #expect(batch.accepted == 0 && batch.rejected.count == 1)
        try kept.write(to: bible)
    }

    @Test func editionReviewActionsFollowTheRolesAndTheGate() async throws {
        let made = try await EditionFixture.release.studio()
        let studio = made.studio
        func refusal(_ action: ReviewRecord.Action, _ number: Int = 1, language: String = "zh", note: String? = nil, by user: StudioUser) async -> StudioError? {
            do {
                try await studio.reviewEdition(made.id, language: language, number, action: action, note: note, by: user)
                return nil
            } catch {
                return error
            }
        }
        #expect(await refusal(.render, by: StudioUserFixture.reviewer)?.code == .forbidden)
        #expect(await refusal(.regenerate, note: "x", by: StudioUserFixture.producer)?.field == "action")
        #expect(await refusal(.publish, by: StudioUserFixture.producer)?.message.contains("released with their series' episodes") == true)
        #expect(await refusal(.approve, language: "fr", by: StudioUserFixture.reviewer)?.code == .notFound)
        #expect(await refusal(.approve, language: "en", by: StudioUserFixture.reviewer)?.message.contains("the series' own language") == true)
        let missing = await refusal(.approve, 9, by: StudioUserFixture.reviewer)
        #expect(missing?.code == .notFound && missing?.message.contains("cliff localize") == true, "\(String(describing: missing))")
        let episodes = try await studio.editionEpisodes(made.id, language: "zh")
        #expect(episodes.map(\.number) == [1, 2])
        // Episode 2 has no render: nothing to approve or reject.
        #expect(episodes[1].state == .draft && episodes[1].allowedActions == ["render"])
        #expect(await refusal(.approve, 2, by: StudioUserFixture.reviewer)?.code == .conflict)
        #expect(await refusal(.reject, 2, note: "", by: StudioUserFixture.reviewer)?.code == .conflict)
    }

    /// Over HTTP: the episodes' states, a review action, the media for reviewers (signed in) and
    /// for viewers (released only).
    @Test func theEditionsEpisodesAndTheirReviewsOverHTTP() async throws {
        let (made, _) = try await EditionFixture.shared.released()
        try await StudioServer(studio: made.studio, port: 0).serving { port in
            let anonymous = Client(port: port)
            #expect(try await anonymous.send(.get, "/api/v1/series/vows/editions/zh/episodes").status == .unauthorized)
            #expect(try await anonymous.send(.get, "/media/vows/1/editions/zh/episode.vtt").status == .unauthorized)
            var mei = Client(port: port)
            try await mei.login("mei")
            let listed = try JSONSerialization.jsonObject(with: Data(String(buffer: try await mei.send(.get, "/api/v1/series/vows/editions/zh/episodes").body).utf8))
            let episodes = try #require(listed as? [[String: Any]])
            #expect(episodes.first?["state"] as? String == "published" && episodes.first?["sourceState"] as? String == "published")
            #expect(episodes.first?["video"] as? String == "/media/vows/1/editions/zh/episode.mp4")
            #expect(try await mei.send(.get, "/media/vows/1/editions/zh/episode.vtt").status == .ok)
            let seriesPage = String(buffer: try await mei.send(.get, "/series/vows").body)
            #expect(seriesPage.contains("on the channel: episode 1"), "the series page says where the edition's episodes stand")
            let bad = try await mei.send(.post, "/api/v1/series/vows/editions/zh/episodes/1/reviews", json: #"{"action":"ship"}"#)
            #expect(bad.status == .badRequest)
            #expect(try bad.error()["field"] as? String == "action")
            let approveAgain = try await mei.send(.post, "/api/v1/series/vows/editions/zh/episodes/1/reviews", json: #"{"action":"approve"}"#)
            #expect(approveAgain.status == .conflict)
            let render = try await mei.send(.post, "/api/v1/series/vows/editions/zh/episodes/2/reviews", json: #"{"action":"render"}"#)
            #expect(render.status == .forbidden, "rendering needs a producer")
            // Without JavaScript the release table's form posts; a refusal comes back as the
            // page with the reason above the table.
            let form = try await mei.send(
                .post, "/series/vows/editions/zh/episodes/2/review", body: "action=approve&note=", headers: [.contentType: "application/x-www-form-urlencoded"])
            let refusedPage = String(buffer: form.body)
            #expect(form.status == .conflict && refusedPage.contains(#"id="release-error""#) && refusedPage.contains("Episode 2: there is no render to approve yet"))
            // The viewer's channel serves the released episode 1 and nothing of episode 2.
            #expect(try await anonymous.send(.get, "/watch/media/vows/1/editions/zh/episode.vtt").status == .ok)
            #expect(try await anonymous.send(.get, "/watch/media/vows/2/editions/zh/episode.mp4").status == .notFound)
        }
    }
}
