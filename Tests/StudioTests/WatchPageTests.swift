import Foundation
import Studio
import StudioServer
import Testing

@Suite struct WatchPageTests {
    static let testIDs = [
        "player", "next", "prev", "episode-list-button", "episode-list", "subtitles-toggle", "like", "paywall",
        "unlock", "coins", "episode-title",
    ]
    static let eventNames = [
        "playback_started", "content_playing", "playback_paused", "playback_resumed", "playback_completed",
        "swiped_away", "unlocked", "liked",
    ]

    @Test func everyInterpolatedValueIsEscaped() {
        let page = WatchPage.html(
            seriesID: #""><script>alert(1)</script>"#,
            title: #"Tom & "Jerry" <b>bold</b>"#,
            language: #"en" onload="alert(2)"#
        )
        #expect(!page.contains("<script>alert(1)"))
        #expect(!page.contains("<b>bold"))
        #expect(!page.contains(#"onload="alert(2)"#))
        #expect(page.contains(#"data-series="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;""#))
        #expect(page.contains("<title>Tom &amp; &quot;Jerry&quot; &lt;b&gt;bold&lt;/b&gt; · Cliffhanger</title>"))
        #expect(page.contains(#"<html lang="en&quot; onload=&quot;alert(2)">"#))
        // The only script element is the page's own.
        #expect(page.components(separatedBy: "<script>").count == 2)
        #expect(page.components(separatedBy: "</script>").count == 2)
    }

    @Test func theInlineScriptIsOneStrictFunctionAndNothingEndsItEarly() throws {
        let page = WatchPage.html(seriesID: "s", title: "t", language: "en")
        let start = try #require(page.range(of: "<script>")).upperBound
        let end = try #require(page.range(of: "</script>")).lowerBound
        let script = page[start..<end].trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(script.hasPrefix("(() => {\n'use strict';"))
        #expect(script.hasSuffix("})();"), "a '</script' inside the script would cut it short")
        #expect(!script.contains("<!--"))
        #expect(page.components(separatedBy: "</style>").count == 2)
    }

    @Test func callsTheChannelAndEventEndpointsOfThePublicAPI() {
        let page = WatchPage.html(seriesID: "midnight-contract", title: "Midnight Contract", language: "en")
        #expect(page.contains(#"data-api="/api/v1""#))
        #expect(page.contains(#"data-series="midnight-contract""#))
        #expect(page.contains("fetch(`${api}/channel/${encodeURIComponent(series)}?viewer=${encodeURIComponent(anonymousID)}`"))
        #expect(page.contains("fetch(`${api}/events`"))
        #expect(page.contains("JSON.stringify({ batch })"))
        #expect(page.contains("navigator.sendBeacon(`${api}/events`"))
        #expect(page.contains("'visibilitychange'") && page.contains("'pagehide'"))
        #expect(page.contains("response.status === 429"), "a 429 must keep the events and back off")
        for field in ["message_id", "event: name", "anonymous_id", "timestamp", "position_ms", "session_id"] {
            #expect(page.contains(field), "event field \(field)")
        }
    }

    @Test func sendsEveryViewerEventName() {
        let page = WatchPage.html(seriesID: "s", title: "t", language: "en")
        for name in Self.eventNames {
            #expect(page.contains("track('\(name)'"), "event \(name)")
        }
    }

    @Test func referencesNothingOutsideItsOwnOrigin() {
        let page = WatchPage.html(seriesID: "s", title: "t", language: "zh")
        #expect(!page.contains("http://"))
        #expect(!page.contains("https://"))
        #expect(!page.contains("src=\"//"))
        #expect(!page.contains("@import"))
        #expect(!page.contains("<link"))
        #expect(page.contains("default-src 'self'"), "the Content-Security-Policy keeps it that way")
        #expect(page.contains("connect-src 'self'"))
    }

    @Test func givesEveryElementTheBrowserTestUsesAnIDAndATestID() {
        let page = WatchPage.html(seriesID: "s", title: "t", language: "en")
        for testID in Self.testIDs {
            #expect(page.contains(#"id="\#(testID)""#), "id \(testID)")
            #expect(page.contains(#"data-testid="\#(testID)""#), "data-testid \(testID)")
        }
        #expect(page.contains("body.dataset.episode = String(ep.number)"))
        #expect(page.contains(#"<track"#) || page.contains("createElement('track')"))
        #expect(page.contains("track.kind = 'subtitles'"))
    }

    @Test func everyButtonHasAnAccessibleName() throws {
        let page = WatchPage.html(seriesID: "s", title: "t", language: "en")
        let buttons = page.components(separatedBy: "<button").dropFirst()
        #expect(buttons.count >= 10)
        for button in buttons {
            let tag = button.prefix { $0 != ">" }
            let content = try #require(button.components(separatedBy: "</button>").first)
            let labelled = tag.contains("data-i18n-label=") || tag.contains("data-i18n=")
            let visibleText = content.contains("<span data-i18n=")
            // The unlock and top-up buttons get their text (with the price) at run time.
            let textAtRunTime = tag.contains(#"id="unlock""#) || tag.contains(#"id="top-up""#)
            #expect(labelled || visibleText || textAtRunTime, "unlabelled: <button\(tag)>")
        }
        #expect(page.contains(":focus-visible{outline"))
    }

    @Test(arguments: [("en", "AI-generated", "Unlock with"), ("zh", "AI生成", "金币解锁")])
    func localisesTheChromeFromTheSeriesLanguage(language: String, badge: String, unlock: String) {
        let page = WatchPage.html(seriesID: "s", title: "t", language: language)
        #expect(page.contains(#"<html lang="\#(language)">"#))
        #expect(page.contains(#"data-lang="\#(language)""#))
        #expect(page.contains(#"data-testid="ai-badge">\#(badge)</span>"#))
        #expect(page.contains(unlock))
        #expect(page.contains("Test coins, no real payment.") && page.contains("测试金币，不涉及真实支付。"))
    }

    @Test func studioStylesheetDefinesTheSharedComponents() {
        let css = StudioStyle.css
        for status in ["draft", "rendering", "in-review", "rejected", "approved", "scheduled", "published"] {
            #expect(css.contains(".badge.\(status)"), "badge \(status)")
        }
        for selector in [
            ".nav", ".container", ".card", ".table-wrap", ".btn", ".btn.primary", ".btn.danger", ".field", ".login",
            ".episode-layout", ".episode-player", ".episode-script", ".script", ".shot-list", ".history", ".alert.error",
        ] {
            #expect(css.contains("\(selector) ") || css.contains("\(selector),") || css.contains("\(selector):"), "\(selector)")
        }
        #expect(css.contains("@media (max-width: 700px)"), "the episode layout stacks on phones")
        #expect(css.contains("overflow-x: auto"), "tables scroll sideways on phones")
        #expect(!css.contains("http"), "no external fonts or images")
        #expect(!css.contains("@import"))
        #expect(css.filter { $0 == "{" }.count == css.filter { $0 == "}" }.count)
    }
}
