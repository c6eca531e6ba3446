public import DramaModel

/// What viewers did with one episode (FORMATS.md "Audience analytics").
///
/// A *start* is a view (one viewer, this episode) with any playback event; rewatching the
/// same episode is the same view, so absolute retention can exceed 1.
public struct EpisodeMetrics: Sendable, Hashable, Codable {
    /// Episode number.
    public var episode: Int
    /// Views that played.
    public var starts: Int
    /// The length the curves and hotspots use (given, or estimated from completions).
    public var length: MediaTime
    /// Views still watching at the hook point (3 s): playback passed that instant.
    public var hooked: Int
    /// `hooked / starts`.
    public var hookRate: Double
    /// Views whose first swipe happened before the hook point.
    public var swipedBeforeHook: Int
    /// `swipedBeforeHook / starts`.
    public var swipedBeforeHookRate: Double
    /// Absolute retention: for each second `s`, the times playback passed `s` over starts
    /// (rewinds and rewatches count again, so it may exceed 1).
    public var retention: [Double]
    /// Reach: for each second `s`, the share of starts whose playback passed `s` at least
    /// once (never above 1). Drop-offs are measured on it.
    public var reach: [Double]
    /// `retention[s]` over the series' median episode at `s` (1 = typical for the series).
    public var relativeRetention: [Double]
    /// Played time per start, rewatches included.
    public var averageViewDuration: MediaTime
    /// Views with a `playback_completed`.
    public var completions: Int
    /// `completions / starts`.
    public var completionRate: Double
    /// Viewers who completed this episode and started the next within the continue window.
    public var continues: Int
    /// `continues / completions`, nil when nobody completed.
    public var continueRate: Double?
    /// Seconds where viewers left clearly faster than the episode's normal decay.
    public var hotspots: [DropOffHotspot]
}

/// A second of an episode where the reach curve falls clearly steeper than usual.
public struct DropOffHotspot: Sendable, Hashable, Codable {
    /// Episode number.
    public var episode: Int
    /// Where it starts: the second `s` whose viewers are lost before `s+1`.
    public var at: MediaTime
    /// Share of starts lost between `at` and one second later.
    public var loss: Double
    /// Viewers lost in that second.
    public var viewersLost: Int
    /// The robust z-score of the loss against the episode's normal decay.
    public var score: Double

    /// Creates a hotspot.
    public init(episode: Int, at: MediaTime, loss: Double, viewersLost: Int, score: Double) {
        self.episode = episode
        self.at = at
        self.loss = loss
        self.viewersLost = viewersLost
        self.score = score
    }
}
