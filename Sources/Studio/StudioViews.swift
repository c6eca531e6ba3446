package import Foundation

/// A series in the studio's list.
package struct SeriesSummary: Sendable, Hashable, Codable {
    /// Folder name.
    package var id: String
    /// Title from the bible.
    package var title: String
    /// `en` or `zh`.
    package var language: String
    /// Genre.
    package var genre: String
    /// Episodes with a script.
    package var episodes: Int
    /// Episodes per state.
    package var states: [String: Int]
    /// Total spend in US dollars.
    package var spentUSD: Double
}

/// A series with its episodes.
package struct SeriesDetail: Sendable, Hashable, Codable {
    /// Folder name.
    package var id: String
    /// Title.
    package var title: String
    /// `en` or `zh`.
    package var language: String
    /// Genre.
    package var genre: String
    /// The premise.
    package var logline: String
    /// Episodes in order.
    package var episodes: [EpisodeSummary]
    /// Total spend in US dollars.
    package var spentUSD: Double
    /// The release calendar, if set.
    package var calendar: ReleaseCalendar?
}

/// An episode in a series' list.
package struct EpisodeSummary: Sendable, Hashable, Codable {
    /// Number.
    package var number: Int
    /// Title.
    package var title: String
    /// Review state.
    package var state: EpisodeState
    /// Dialogue lines.
    package var lines: Int
    /// Spend on it in US dollars.
    package var costUSD: Double
    /// Its release time by the calendar.
    package var releaseAt: Date?
    /// Behind the paywall.
    package var locked: Bool
    /// A finished render exists.
    package var hasRender: Bool
}

/// A shot of a produced episode.
package struct ShotSummary: Sendable, Hashable, Codable {
    /// Number from 1.
    package var number: Int
    /// Scene from 1.
    package var scene: Int
    /// Start in seconds.
    package var start: Double
    /// Length in seconds.
    package var duration: Double
    /// Framing.
    package var framing: String
    /// Camera move of the current take.
    package var camera: String
    /// Location id.
    package var location: String
    /// Speaker's cue, for dialogue shots.
    package var speaker: String?
    /// The line spoken.
    package var line: String?
    /// Story beat.
    package var beat: String?
    /// Current take (0 = first).
    package var take: Int
    /// The line's number among the script's spoken lines (from 1), for dialogue shots.
    package var spokenLine: Int?
}

/// The render an episode had before its last regenerate, kept to compare with the new take.
package struct PreviousTake: Sendable, Hashable, Codable {
    /// Studio URL of the earlier render.
    package var video: String
    /// SHA-256 of the earlier render.
    package var render: String
    /// A shot regenerated (number from 1) and its new take.
    package struct Retaken: Sendable, Hashable, Codable {
        package var shot: Int, take: Int
    }
    /// The shots regenerated, in order.
    package var shots: [Retaken]
    /// Who asked for the new take, and why.
    package var by: String, note: String?
}

/// An episode as a reviewer sees it.
package struct EpisodeDetail: Sendable, Hashable, Codable {
    /// Series id.
    package var series: String
    /// Number.
    package var number: Int
    /// Title.
    package var title: String
    /// Review state.
    package var state: EpisodeState
    /// The Fountain script.
    package var script: String
    /// The produced cut's shots (empty before the first production).
    package var shots: [ShotSummary]
    /// Studio URL of the finished episode.
    package var video: String?
    /// Studio URL of the preview.
    package var preview: String?
    /// Studio URL of the WebVTT subtitles.
    package var subtitles: String?
    /// Studio URL of the cover.
    package var cover: String?
    /// SHA-256 of the current render.
    package var render: String?
    /// Who did what, oldest first.
    package var history: [ReviewRecord]
    /// Actions the review gate allows now.
    package var allowedActions: [String]
    /// Release time by the calendar.
    package var releaseAt: Date?
    /// Scenes in the script.
    package var scenes: Int
    /// Length of the produced cut in seconds (nil before the first production).
    package var duration: Double?
    /// Reviewers' comments pinned to times, in time order.
    package var comments: [TimedComment]
    /// The render before the last regenerate, when a new take has replaced it.
    package var previousTake: PreviousTake?
}

/// The public channel's view of a series.
package struct ChannelListing: Sendable, Hashable, Codable {
    /// Series facts.
    package struct Series: Sendable, Hashable, Codable {
        /// Id.
        package var id: String
        /// Title.
        package var title: String
        /// `en` or `zh`.
        package var language: String
    }
    /// The paywall.
    package struct Paywall: Sendable, Hashable, Codable {
        /// First locked episode.
        package var fromEpisode: Int
        /// Test coins per episode.
        package var priceCoins: Int
        /// Test coins a new viewer has.
        package var startingCoins: Int
    }
    /// The series.
    package var series: Series
    /// The paywall, if any.
    package var paywall: Paywall?
    /// Released episodes in order.
    package var episodes: [ChannelEpisode]
    /// The keys of the experiments live on the channel now (running, every variant approved,
    /// on a released episode), in episode order: a viewer's events on those episodes carry
    /// `<key>/<variant>` as the listing for that viewer says.
    package var experiments: [String] = []
    /// Every language the channel offers the series in: its own first, then each edition with
    /// a finished episode. A player offers a switch between them.
    package var languages: [ChannelLanguage] = []
}

/// A language the channel offers a series in.
package struct ChannelLanguage: Sendable, Hashable, Codable {
    /// Its code (`en`, `zh`).
    package var language: String
    /// Its name in itself (`English`, `中文`).
    package var name: String
    /// The show's title in it.
    package var title: String
}

/// A released episode in one language: its video, whose subtitles are burned in, and those
/// subtitles as WebVTT (what a player offers as a soft track beside another language's video).
package struct ChannelEpisodeLanguage: Sendable, Hashable, Codable {
    /// The language's code.
    package var language: String
    /// The episode's title in it.
    package var title: String
    /// Public video URL.
    package var video: String
    /// Public WebVTT URL, when the episode has subtitles in this language.
    package var subtitles: String?
    /// Public cover URL.
    package var poster: String
}

/// A released episode on the channel.
package struct ChannelEpisode: Sendable, Hashable, Codable {
    /// Number.
    package var number: Int
    /// Title.
    package var title: String
    /// Public video URL.
    package var video: String
    /// Public WebVTT URL.
    package var subtitles: String
    /// Public cover URL.
    package var poster: String
    /// Length in seconds.
    package var durationSeconds: Double
    /// Behind the paywall.
    package var locked: Bool
    /// The experiment variant this viewer is shown (`ep001-hook/B`): the channel records an
    /// exposure and tags the viewer's events of the episode with it. Absent when the viewer is
    /// in no live experiment on the episode.
    package var variant: String?
    /// Every language the episode is finished in: the series' own first (the fields above,
    /// in the viewer's variant), then each edition with a render of it. The variant tag
    /// belongs to the series' own language only.
    package var languages: [ChannelEpisodeLanguage] = []
}

/// The production queue of a series.
public struct QueueOverview: Sendable, Hashable, Codable {
    /// A job in a list.
    public struct Job: Sendable, Hashable, Codable {
        /// Label.
        public var label: String
        /// Episode.
        public var episode: Int?
        /// Tries so far.
        public var attempts: Int
        /// Last error.
        public var error: String?
    }
    /// Series id.
    public var series: String
    /// Jobs per state.
    public var counts: [String: Int]
    /// Running jobs (their worker is live, or on another machine within its lease).
    public var running: [Job]
    /// Jobs leased by a worker process of this machine that is gone (killed, crashed): not
    /// running; the next run takes them over. `error` says which worker.
    public var stopped: [Job]
    /// Jobs waiting to retry.
    public var retrying: [Job]
    /// Jobs failed for good.
    public var failed: [Job]
    /// Renders the studio is running or has queued, as "series: episodes".
    public var active: [String]
}
