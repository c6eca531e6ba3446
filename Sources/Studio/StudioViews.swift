public import Foundation

/// A series in the studio's list.
public struct SeriesSummary: Sendable, Hashable, Codable {
    /// Folder name.
    public var id: String
    /// Title from the bible.
    public var title: String
    /// `en` or `zh`.
    public var language: String
    /// Genre.
    public var genre: String
    /// Episodes with a script.
    public var episodes: Int
    /// Episodes per state.
    public var states: [String: Int]
    /// Total spend in US dollars.
    public var spentUSD: Double
}

/// A series with its episodes.
public struct SeriesDetail: Sendable, Hashable, Codable {
    /// Folder name.
    public var id: String
    /// Title.
    public var title: String
    /// `en` or `zh`.
    public var language: String
    /// Genre.
    public var genre: String
    /// The premise.
    public var logline: String
    /// Episodes in order.
    public var episodes: [EpisodeSummary]
    /// Total spend in US dollars.
    public var spentUSD: Double
    /// The release calendar, if set.
    public var calendar: ReleaseCalendar?
}

/// An episode in a series' list.
public struct EpisodeSummary: Sendable, Hashable, Codable {
    /// Number.
    public var number: Int
    /// Title.
    public var title: String
    /// Review state.
    public var state: EpisodeState
    /// Dialogue lines.
    public var lines: Int
    /// Spend on it in US dollars.
    public var costUSD: Double
    /// Its release time by the calendar.
    public var releaseAt: Date?
    /// Behind the paywall.
    public var locked: Bool
    /// A finished render exists.
    public var hasRender: Bool
}

/// A shot of a produced episode.
public struct ShotSummary: Sendable, Hashable, Codable {
    /// Number from 1.
    public var number: Int
    /// Scene from 1.
    public var scene: Int
    /// Start in seconds.
    public var start: Double
    /// Length in seconds.
    public var duration: Double
    /// Framing.
    public var framing: String
    /// Camera move of the current take.
    public var camera: String
    /// Location id.
    public var location: String
    /// Speaker's cue, for dialogue shots.
    public var speaker: String?
    /// The line spoken.
    public var line: String?
    /// Story beat.
    public var beat: String?
    /// Current take (0 = first).
    public var take: Int
}

/// An episode as a reviewer sees it.
public struct EpisodeDetail: Sendable, Hashable, Codable {
    /// Series id.
    public var series: String
    /// Number.
    public var number: Int
    /// Title.
    public var title: String
    /// Review state.
    public var state: EpisodeState
    /// The Fountain script.
    public var script: String
    /// The produced cut's shots (empty before the first production).
    public var shots: [ShotSummary]
    /// Studio URL of the finished episode.
    public var video: String?
    /// Studio URL of the preview.
    public var preview: String?
    /// Studio URL of the WebVTT subtitles.
    public var subtitles: String?
    /// Studio URL of the cover.
    public var cover: String?
    /// SHA-256 of the current render.
    public var render: String?
    /// Who did what, oldest first.
    public var history: [ReviewRecord]
    /// Actions the review gate allows now.
    public var allowedActions: [String]
    /// Release time by the calendar.
    public var releaseAt: Date?
    /// Scenes in the script.
    public var scenes: Int
}

/// The public channel's view of a series.
public struct ChannelListing: Sendable, Hashable, Codable {
    /// Series facts.
    public struct Series: Sendable, Hashable, Codable {
        /// Id.
        public var id: String
        /// Title.
        public var title: String
        /// `en` or `zh`.
        public var language: String
    }
    /// The paywall.
    public struct Paywall: Sendable, Hashable, Codable {
        /// First locked episode.
        public var fromEpisode: Int
        /// Test coins per episode.
        public var priceCoins: Int
        /// Test coins a new viewer has.
        public var startingCoins: Int
    }
    /// The series.
    public var series: Series
    /// The paywall, if any.
    public var paywall: Paywall?
    /// Released episodes in order.
    public var episodes: [ChannelEpisode]
}

/// A released episode on the channel.
public struct ChannelEpisode: Sendable, Hashable, Codable {
    /// Number.
    public var number: Int
    /// Title.
    public var title: String
    /// Public video URL.
    public var video: String
    /// Public WebVTT URL.
    public var subtitles: String
    /// Public cover URL.
    public var poster: String
    /// Length in seconds.
    public var durationSeconds: Double
    /// Behind the paywall.
    public var locked: Bool
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
