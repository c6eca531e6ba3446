public import Foundation

/// One fetch of an external platform's statistics for one episode on one channel: what a
/// collector (or `cliff import-audience --platform-stats`) stores in the audience store as
/// platform data, labelled by the channel, beside — never mixed into — the built-in
/// channel's viewer events.
///
/// Snapshots are append-only: each fetch is kept (`fetchedAt` tells them apart), and reports
/// read the latest per episode and channel (``AudienceStore/latestPlatformSnapshots(series:)``).
///
/// ```swift
/// let snapshot = PlatformSnapshot(
///     series: "jade", episode: 3, channel: "youtube", platform: "youtube", fetchedAt: Date(),
///     views: 12_400, averageViewSeconds: 41.5, retention: [.init(fraction: 0, watching: 1), .init(fraction: 0.5, watching: 0.62)],
///     durationSeconds: 88)
/// try await store.recordPlatformSnapshot(snapshot)
/// ```
public struct PlatformSnapshot: Sendable, Hashable, Codable {
    /// One point of a platform's retention curve: at `fraction` of the video's length (0…1),
    /// `watching` viewers per view are watching (YouTube's `audienceWatchRatio` by
    /// `elapsedVideoTimeRatio`; above 1 when viewers rewatch that part).
    public struct RetentionPoint: Sendable, Hashable, Codable {
        /// Where in the video, as a share of its length (0…1).
        public var fraction: Double
        /// Viewers watching there per view (≥ 0; may exceed 1 with rewatches).
        public var watching: Double

        /// Creates a point.
        public init(fraction: Double, watching: Double) {
            self.fraction = fraction
            self.watching = watching
        }
    }

    /// The series id.
    public var series: String
    /// The episode number.
    public var episode: Int
    /// The channel's name in `cliff.yaml` (`youtube`, `tiktok-main`).
    public var channel: String
    /// The platform's kind (`youtube`, `tiktok`).
    public var platform: String
    /// When the statistics were fetched (kept to the millisecond).
    public var fetchedAt: Date
    /// Views the platform counts.
    public var views: Int
    /// Average view duration in seconds, when the platform gives it.
    public var averageViewSeconds: Double?
    /// Likes, when given.
    public var likes: Int?
    /// Shares, when given.
    public var shares: Int?
    /// Comments, when given.
    public var comments: Int?
    /// The retention curve, by ascending fraction (empty: the platform offers none).
    public var retention: [RetentionPoint]
    /// The episode's length in seconds (what the average view and the curve's fractions are of).
    public var durationSeconds: Double

    /// Creates a snapshot.
    public init(
        series: String, episode: Int, channel: String, platform: String, fetchedAt: Date, views: Int, averageViewSeconds: Double? = nil,
        likes: Int? = nil, shares: Int? = nil, comments: Int? = nil, retention: [RetentionPoint] = [], durationSeconds: Double
    ) {
        self.series = series
        self.episode = episode
        self.channel = channel
        self.platform = platform
        self.fetchedAt = fetchedAt
        self.views = views
        self.averageViewSeconds = averageViewSeconds
        self.likes = likes
        self.shares = shares
        self.comments = comments
        self.retention = retention
        self.durationSeconds = durationSeconds
    }

    /// A problem with a snapshot: the field path (`retention[2].fraction`) and what is wrong.
    public struct Problem: Sendable, Hashable {
        /// The field at fault, as a path inside the snapshot.
        public var field: String
        /// What is wrong, for people.
        public var reason: String
    }

    /// Everything wrong with the snapshot, in field order (empty: it can be stored).
    ///
    /// Series, channel and platform are 1–200 characters; the episode 1…100000; views, likes,
    /// shares and comments ≥ 0; the average view and the length finite, the length above 0 and
    /// the average ≥ 0; the curve's fractions within 0…1 and strictly ascending, each
    /// `watching` finite and ≥ 0.
    public var problems: [Problem] {
        var found: [Problem] = []
        func text(_ value: String, _ field: String) {
            if value.isEmpty || value.count > 200 { found.append(Problem(field: field, reason: "must be 1–200 characters")) }
        }
        text(series, "series")
        if !(1...100_000).contains(episode) { found.append(Problem(field: "episode", reason: "must be a whole number from 1 to 100000, not \(episode)")) }
        text(channel, "channel")
        text(platform, "platform")
        if views < 0 { found.append(Problem(field: "views", reason: "must be 0 or more, not \(views)")) }
        if let average = averageViewSeconds, !(average.isFinite && average >= 0) {
            found.append(Problem(field: "averageViewSeconds", reason: "must be seconds, 0 or more, not \(average)"))
        }
        for (name, value) in [("likes", likes), ("shares", shares), ("comments", comments)] {
            if let value, value < 0 { found.append(Problem(field: name, reason: "must be 0 or more, not \(value)")) }
        }
        var previous: Double?
        for (index, point) in retention.enumerated() {
            if !(point.fraction.isFinite && (0...1).contains(point.fraction)) {
                found.append(Problem(field: "retention[\(index)].fraction", reason: "must be a share of the video's length from 0 to 1, not \(point.fraction)"))
            } else if let previous, point.fraction <= previous {
                found.append(Problem(field: "retention[\(index)].fraction", reason: "must be above the point before's \(previous): points go in ascending order, not \(point.fraction)"))
            }
            if point.fraction.isFinite { previous = point.fraction }
            if !(point.watching.isFinite && point.watching >= 0) {
                found.append(Problem(field: "retention[\(index)].watching", reason: "must be a share of viewers, 0 or more, not \(point.watching)"))
            }
        }
        if !(durationSeconds.isFinite && durationSeconds > 0) {
            found.append(Problem(field: "durationSeconds", reason: "must be the episode's length in seconds, above 0, not \(durationSeconds)"))
        }
        return found
    }

    /// Throws the first problem (all of them named in the message) when there is one.
    /// - Throws: `AudienceError` `.invalidInput`, its `field` the first problem's path.
    public func validate() throws(AudienceError) {
        let found = problems
        guard let first = found.first else { return }
        let all = found.map { "\($0.field) \($0.reason)" }.joined(separator: "; ")
        throw AudienceError(
            code: .invalidInput, message: "the \(channel) statistics of episode \(episode) cannot be stored: \(all)", field: first.field)
    }

    /// The share of viewers watching at `fraction` of the video, interpolated between the curve's
    /// points (nil without a curve, or outside the curve's span).
    public func watching(at fraction: Double) -> Double? { Self.watching(at: fraction, on: retention) }

    /// The share watching at `fraction` on the curve `retention` (ascending points), interpolated
    /// between its points; nil outside the curve's span.
    public static func watching(at fraction: Double, on retention: [RetentionPoint]) -> Double? {
        guard let first = retention.first, let last = retention.last, fraction >= first.fraction, fraction <= last.fraction else { return nil }
        for (a, b) in zip(retention, retention.dropFirst()) where fraction <= b.fraction {
            let span = b.fraction - a.fraction
            return span > 0 ? a.watching + (b.watching - a.watching) * (fraction - a.fraction) / span : b.watching
        }
        return last.watching
    }

    /// The platform's name for people: `YouTube`, `TikTok`, else the kind as given.
    public var platformName: String {
        switch platform.lowercased() {
        case "youtube": "YouTube"
        case "tiktok": "TikTok"
        default: platform
        }
    }
}
