import Foundation
import HTTPTypes
import NIOCore
import Studio
import StudioServer
import Testing

/// The channel in the viewer's language: which language a browser asks for, the listing's
/// languages per episode, the editions' media and the page's starting language.
@Suite struct ViewerLanguageTests {
    @Test(arguments: [
        ("zh-CN,zh;q=0.9,en;q=0.8", ["en", "zh"], "zh"),
        ("zh-Hans-CN", ["en", "zh"], "zh"),
        ("en-US,en;q=0.9", ["zh", "en"], "en"),
        ("fr-FR, de;q=0.5, zh;q=0.1", ["en", "zh"], "zh"),
        ("en;q=0.5, zh;q=0.5", ["zh", "en"], "en"),
        ("zh;q=0.4, en;q=0.8", ["en", "zh"], "en"),
        ("*", ["zh", "en"], "zh"),
        ("zh;q=0, *", ["zh", "en"], "en"),
        ("ZH_tw", ["en", "zh"], "zh"),
    ])
    func theBrowsersLanguageIsTheOneItPrefersAmongThoseOffered(header: String, offered: [String], expected: String) {
        #expect(ViewerLanguage.preferred(header, offered: offered) == expected)
    }

    @Test func noLanguageIsChosenWhenTheBrowserAsksForNoneOffered() {
        #expect(ViewerLanguage.preferred("fr-FR,de;q=0.8", offered: ["en", "zh"]) == nil)
        #expect(ViewerLanguage.preferred(nil, offered: ["en", "zh"]) == nil)
        #expect(ViewerLanguage.preferred("", offered: ["en"]) == nil)
        #expect(ViewerLanguage.preferred(" , ;q=1, ;;", offered: ["en"]) == nil)
        #expect(ViewerLanguage.preferred("en;q=0", offered: ["en"]) == nil)
        #expect(ViewerLanguage.preferred("en", offered: []) == nil)
    }

    @Test func aLanguageIsNamedInItself() {
        #expect(ViewerLanguage.name(of: "en") == "English")
        #expect(ViewerLanguage.name(of: "zh") == "中文")
    }

    @Test func theWatchPageStartsInTheViewersLanguageAndCarriesTheSwitch() {
        let page = WatchPage.html(seriesID: "s", title: "契约", language: "en", viewerLanguage: "zh")
        #expect(page.contains(#"<html lang="zh">"#))
        #expect(page.contains(#"data-lang="en" data-viewer-lang="zh""#))
        #expect(page.contains(#"data-testid="ai-badge">AI生成</span>"#))
        #expect(page.contains(#"<select id="language" data-testid="language">"#))
        #expect(page.contains(#"<span class="visually-hidden" data-i18n="language">"#), "the switch has a name")
        #expect(page.contains("track.srclang = other.language") && page.contains("track.label = nameOf(other.language)"))
        #expect(page.contains("store.set(languageKey, code)"), "the choice is remembered")
        // Without a viewer language, the series' language as before.
        #expect(WatchPage.html(seriesID: "s", title: "t", language: "zh").contains(#"<html lang="zh">"#))
    }
}

/// The channel of an English series with a Chinese edition over a live server: episode 1 is
/// released in English and in Chinese (rendered by the studio, approved, published with it).
@Suite(.serialized) struct ChannelLanguageTests {
    @Test func theChannelOffersEachReleasedEpisodeInEveryLanguageItIsFinishedIn() async throws {
        let (made, subtitles) = try await EditionFixture.shared.released()
        let listing = try await made.studio.channel(made.id)
        #expect(listing.languages.map(\.language) == ["en", "zh"])
        #expect(listing.languages.map(\.name) == ["English", "中文"])
        #expect(listing.episodes.map(\.number) == [1], "episode 2 is not released")
        let episode = try #require(listing.episodes.first)
        #expect(episode.languages.map(\.language) == ["en", "zh"])
        let en = episode.languages[0], zh = episode.languages[1]
        #expect(en.video == episode.video && en.video == "/watch/media/vows/1/episode.mp4" && en.subtitles == episode.subtitles)
        #expect(zh.video == "/watch/media/vows/1/editions/zh/episode.mp4")
        #expect(zh.subtitles == "/watch/media/vows/1/editions/zh/episode.vtt")
        #expect(zh.poster == "/watch/media/vows/1/editions/zh/cover.jpg" || zh.poster == episode.poster, "its own cover, or the series' one")
        #expect(!zh.title.isEmpty)
        #expect(try await made.studio.channelLanguages(made.id).map(\.language) == ["en", "zh"])
        #expect(subtitles.count == 2)
    }

    @Test func theEditionsMediaIsServedForReleasedEpisodesWithItsTypeAndCaching() async throws {
        let (made, subtitles) = try await EditionFixture.shared.released()
        try await StudioServer(studio: made.studio, port: 0).serving { port in
            let viewer = Client(port: port)
            let vtt = try await viewer.send(.get, "/watch/media/vows/1/editions/zh/episode.vtt")
            #expect(vtt.status == .ok)
            #expect(vtt.headers[.contentType] == "text/vtt; charset=utf-8")
            #expect(vtt.headers[.cacheControl] == "public, max-age=60, must-revalidate")
            let tag = try #require(vtt.headers[.eTag])
            #expect(vtt.headers[.lastModified]?.hasSuffix(" GMT") == true)
            let text = String(buffer: vtt.body)
            #expect(text.hasPrefix("WEBVTT") && subtitles.allSatisfy(text.contains))
            let again = try await viewer.send(.get, "/watch/media/vows/1/editions/zh/episode.vtt", headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified && again.body.readableBytes == 0)
            let video = try await viewer.send(.get, "/watch/media/vows/1/editions/zh/episode.mp4", headers: [.range: "bytes=0-99"])
            #expect(video.status == .partialContent && video.headers[.contentType] == "video/mp4" && video.body.readableBytes == 100)
            // The series' own subtitles carry the same headers.
            let own = try await viewer.send(.get, "/watch/media/vows/1/episode.vtt")
            #expect(own.status == .ok && own.headers[.cacheControl] == "public, max-age=60, must-revalidate")
            // Nothing else: another name, a language without an edition, an episode not released.
            for path in [
                "/watch/media/vows/1/editions/zh/episode.srt", "/watch/media/vows/1/editions/fr/episode.vtt",
                "/watch/media/vows/1/editions/en/episode.vtt", "/watch/media/vows/2/editions/zh/episode.vtt",
                "/watch/media/vows/1/editions/zh/..%2F..%2Flines.json", "/watch/media/vows/1/editions/..%2Fzh/episode.vtt",
            ] {
                let answer = try await viewer.send(.get, path)
                #expect(answer.status == .notFound, "\(path): \(answer.status)")
            }
        }
    }

    @Test func theChannelPageStartsInTheLanguageTheBrowserAsksFor() async throws {
        let (made, _) = try await EditionFixture.shared.released()
        try await StudioServer(studio: made.studio, port: 0).serving { port in
            let viewer = Client(port: port)
            let zh = try await viewer.send(.get, "/watch/vows", headers: [.acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8"])
            #expect(zh.status == .ok && zh.headers[.vary] == "Accept-Language")
            let page = String(buffer: zh.body)
            #expect(page.contains(#"<html lang="zh">"#) && page.contains(#"data-viewer-lang="zh""#) && page.contains(#"data-lang="en""#))
            let edition = try await made.studio.channelLanguages(made.id)[1]
            #expect(page.contains("<title>\(edition.title) · Cliffhanger</title>"))
            for header in ["fr-FR", "en-GB,en;q=0.9"] {
                let en = String(buffer: try await viewer.send(.get, "/watch/vows", headers: [.acceptLanguage: header]).body)
                #expect(en.contains(#"<html lang="en">"#) && en.contains(#"data-viewer-lang="en""#), "\(header)")
            }
            let listing = try await viewer.send(.get, "/api/v1/channel/vows").json()
            #expect((listing["languages"] as? [[String: Any]])?.map { $0["language"] as? String } == ["en", "zh"])
        }
    }
}
