public import Foundation

/// One episode as it goes out to a channel: the signed master, its cover, its subtitle files,
/// and the texts the channel's templates made.
public struct EpisodeRelease: Sendable, Hashable {
    /// The series id (the project folder's name).
    public var series: String
    /// The episode number.
    public var episode: Int
    /// The signed, labelled master (`out/epNNN/episode.mp4`), uploaded byte for byte.
    public var video: URL
    /// The cover still, when the episode has one.
    public var cover: URL?
    /// Subtitle files by language code (`en`, `zh`): SRT or WebVTT, as the platform takes.
    public var subtitles: [String: URL]
    /// The filled title template.
    public var title: String
    /// The filled description template.
    public var description: String
    /// Hashtags without `#`.
    public var hashtags: [String]
    /// The episode's length in seconds.
    public var durationSeconds: Double
    /// The episode's language (`en`, `zh`).
    public var language: String
    /// When the built-in channel released it; the channel's own time is this plus its offset.
    public var releasedAt: Date
    /// The provenance the platform's disclosure and a package's sheet state: generator,
    /// signer, manifest id.
    public var provenance: [String: String]

    /// Creates a release.
    public init(
        series: String, episode: Int, video: URL, cover: URL?, subtitles: [String: URL], title: String, description: String, hashtags: [String],
        durationSeconds: Double, language: String, releasedAt: Date, provenance: [String: String] = [:]
    ) {
        self.series = series
        self.episode = episode
        self.video = video
        self.cover = cover
        self.subtitles = subtitles
        self.title = title
        self.description = description
        self.hashtags = hashtags
        self.durationSeconds = durationSeconds
        self.language = language
        self.releasedAt = releasedAt
        self.provenance = provenance
    }
}

/// How far one upload has come, as the publisher records it. A platform adapter hands a new
/// checkpoint to its caller *before* it sends the bytes the checkpoint covers (an upload
/// session opened, a publish id received), so a process killed at any point finds the session
/// and resumes it or learns it finished — never opens a second one.
public struct UploadCheckpoint: Sendable, Hashable, Codable {
    /// Where the upload stands.
    public enum Stage: String, Sendable, Hashable, Codable {
        /// Nothing asked of the platform yet.
        case new
        /// The platform opened an upload session (`session` holds its address or id).
        case sessionOpen = "session-open"
        /// All bytes were sent and the platform returned its video id.
        case uploaded
        /// Caption tracks are attached (or none were wanted); the platform may still process.
        case attached
    }

    /// Where the upload stands.
    public var stage: Stage
    /// The platform's upload session: YouTube's resumable session URI, TikTok's `publish_id`.
    public var session: String?
    /// Where bytes go, when not the session itself (TikTok's `upload_url`).
    public var uploadURL: String?
    /// Bytes the platform confirmed it holds.
    public var confirmedBytes: Int64
    /// The file's size when the session was opened (a changed file needs a new session).
    public var totalBytes: Int64
    /// The platform's id of the finished video.
    public var platformID: String?
    /// Subtitle languages already attached.
    public var captions: [String]

    /// A checkpoint before anything was sent.
    public init(totalBytes: Int64 = 0) {
        self.stage = .new
        self.session = nil
        self.uploadURL = nil
        self.confirmedBytes = 0
        self.totalBytes = totalBytes
        self.platformID = nil
        self.captions = []
    }
}

/// What the platform says of a finished upload.
public struct PlatformPost: Sendable, Hashable, Codable {
    /// Where the video stands on the platform.
    public enum State: String, Sendable, Hashable, Codable {
        /// Received; the platform is still processing it.
        case processing
        /// Watchable (or scheduled to be, at the platform's own publish time).
        case live
        /// The platform gave up on it; `failure` says why.
        case failed
    }

    /// The platform's id (YouTube video id, TikTok post id or publish id).
    public var id: String
    /// Where viewers find it, when known.
    public var url: String?
    /// Where it stands.
    public var state: State
    /// The platform's reason, when it failed.
    public var failure: String?

    /// Creates a post.
    public init(id: String, url: String?, state: State, failure: String? = nil) {
        self.id = id
        self.url = url
        self.state = state
        self.failure = failure
    }
}

/// A platform's figures for one video at one time.
public struct PlatformStatistics: Sendable, Hashable, Codable {
    /// Views (starts) the platform counts.
    public var views: Int
    /// Average seconds watched per view, when the platform reports it.
    public var averageViewSeconds: Double?
    /// The retention curve where the platform offers one: share of viewers still watching
    /// (may exceed 1 with rewatches) at each fraction of the video's length (0…1), ascending.
    public var retention: [RetentionPoint]
    /// Likes, when reported.
    public var likes: Int?
    /// Shares, when reported.
    public var shares: Int?
    /// Comments, when reported.
    public var comments: Int?

    /// Creates figures.
    public init(views: Int, averageViewSeconds: Double? = nil, retention: [RetentionPoint] = [], likes: Int? = nil, shares: Int? = nil, comments: Int? = nil) {
        self.views = views
        self.averageViewSeconds = averageViewSeconds
        self.retention = retention
        self.likes = likes
        self.shares = shares
        self.comments = comments
    }
}

/// One point of a platform's retention curve.
public struct RetentionPoint: Sendable, Hashable, Codable {
    /// Position in the video, as a fraction of its length (0…1).
    public var fraction: Double
    /// Share of viewers watching at that position (YouTube's `audienceWatchRatio`).
    public var watching: Double

    /// Creates a point.
    public init(fraction: Double, watching: Double) {
        self.fraction = fraction
        self.watching = watching
    }
}

/// A platform an episode can be uploaded to over its API.
///
/// An adapter is a value holding the channel's settings and credentials; it keeps no state of
/// its own between calls. Everything it must remember across a crash goes through `record`.
public protocol ChannelPlatform: Sendable {
    /// The channel it publishes to.
    var channel: Channel { get }

    /// Quota units one publication of `release` costs (counted before starting); 0 when the
    /// platform counts none.
    func quotaCost(of release: EpisodeRelease) -> Int

    /// Uploads `release`, starting from `checkpoint` (a fresh one, or what an interrupted run
    /// recorded): resumes an open session from the offset the platform reports, or skips what
    /// is done. Calls `record` with each new checkpoint before the bytes or calls it covers,
    /// and `progress` with bytes confirmed so far. Returns the post once the platform has the
    /// whole video (and its caption tracks).
    /// - Throws: `ChannelsError`; `uploadExpired` when the session is gone (the caller starts
    ///   again from a fresh checkpoint), `reauthorize` when the credentials were revoked.
    func publish(
        _ release: EpisodeRelease, from checkpoint: UploadCheckpoint, record: @Sendable (UploadCheckpoint) async throws -> Void,
        progress: @Sendable (_ confirmed: Int64, _ total: Int64) async -> Void
    ) async throws(ChannelsError) -> PlatformPost

    /// Where the post stands now (processing → live, or failed with the platform's reason).
    func status(of post: PlatformPost) async throws(ChannelsError) -> PlatformPost

    /// The platform's figures for `post` of an episode `durationSeconds` long.
    func statistics(of post: PlatformPost, durationSeconds: Double) async throws(ChannelsError) -> PlatformStatistics
}
