import Studio
import Mustache

/// The viewer channel page served at `/watch/{series}`: a mobile-first vertical swipe player.
///
/// One complete HTML document (`Sources/Studio/Assets/watch.mustache`) with inline CSS
/// (`watch.css`) and dependency-free JavaScript (`watch.js`). The server only interpolates
/// the series id, title and language (HTML-escaped); everything else comes from the public
/// API at run time:
///
/// - `GET /api/v1/channel/{series}`: the released episodes, their media and the paywall;
/// - `POST /api/v1/events`: viewer events in batches `{"batch": [...]}` (fetch every 5 s,
///   `navigator.sendBeacon` when the page is hidden; a 429 keeps the events and backs off).
///
/// The page shows one 9:16 episode at a time (letterboxed on a desktop), moves between
/// episodes by swipe (pointer events), wheel or keyboard (arrows, Page Up/Down; space plays or
/// pauses), autoplays the next episode, falls back to muted autoplay with a "tap for sound"
/// button, offers an episode list, a remembered subtitles toggle, a like button, an
/// "AI-generated" badge and, at a locked episode, a paywall with test coins kept in
/// `localStorage`. The page offers every language the episode is finished in — the series'
/// own and each edition's (`editions/<lang>/out/epNNN/episode.mp4`) — with a language switch
/// (`language`): the video plays in the chosen language (its subtitles burned in) and carries
/// the other languages' WebVTT subtitles as `<track kind="subtitles">` elements labelled with
/// their names. The choice is remembered in `localStorage` (`cliff.language`); before one,
/// the browser's `Accept-Language` decides, then the series' language. The chrome (English or
/// Chinese) follows the language watched; `document.body.dataset.language` is the one playing.
///
/// Elements the browser test uses carry both an `id` and a `data-testid`: `player`, `next`,
/// `prev`, `episode-list-button`, `episode-list`, `subtitles-toggle`, `like`, `paywall`,
/// `unlock`, `coins`, `episode-title`, `language`; `document.body.dataset.episode` is the current number.
package enum WatchPage {
    /// The path prefix of the public JSON API the page calls.
    package static let apiBase = "/api/v1"

    /// The channel page of one series.
    ///
    /// - Parameters:
    ///   - seriesID: the series id as it appears in URLs (`midnight-contract`).
    ///   - title: the series title shown in the page title and over the player.
    ///   - language: the series language code (`en`, `zh`); any code starting with `zh`
    ///     shows Chinese chrome, anything else English.
    ///   - viewerLanguage: the language the viewer's browser asks for among those the channel
    ///     offers the series in (default: the series'); the page starts in it — its chrome,
    ///     `<html lang>`, and each episode's video in that language where it is finished —
    ///     unless the viewer chose another on this device before.
    /// - Returns: the HTML document, every interpolated value escaped.
    package static func html(seriesID: String, title: String, language: String, viewerLanguage: String? = nil) -> String {
        let viewerLanguage = viewerLanguage ?? language
        let aiLabel = viewerLanguage.lowercased().hasPrefix("zh") ? "AI生成" : "AI-generated"
        // Mustache escapes `{{…}}` values for HTML (the five characters `TextEscaping.html` escapes);
        // the stylesheet and the script go in as they are (`{{{…}}}`).
        let values: [String: Any] = [
            "lang": language, "viewerLang": viewerLanguage, "title": title, "series": seriesID, "api": apiBase, "aiLabel": aiLabel,
            "style": style, "script": script,
        ]
        return template.render(values)
    }

    /// The page (`Assets/watch.mustache`).
    static let template: MustacheTemplate = {
        // An embedded file of this target; a parse error is a programming error, and the
        // Studio tests render the page.
        try! MustacheTemplate(string: WebAssets.text("watch.mustache"))
    }()


    /// The page's stylesheet (`Assets/watch.css`): a black full-height stage, the 9:16 frame
    /// centred in it.
    static let style = WebAssets.text("watch.css")

    /// The page's behaviour (`Assets/watch.js`): loading the channel, playback, gestures,
    /// paywall and events.
    static let script = WebAssets.text("watch.js")
}
