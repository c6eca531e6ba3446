package import DramaModel

/// What viewers did with one episode (FORMATS.md "Audience analytics").
///
/// A *start* is a view (one viewer, this episode) with any playback event; rewatching the
/// same episode is the same view, so absolute retention can exceed 1.
package struct EpisodeMetrics: Sendable, Hashable, Codable {
    /// Episode number.
    package var episode: Int
    /// Views that played.
    package var starts: Int
    /// The length the curves and hotspots use (given, or estimated from completions).
    package var length: MediaTime
    /// Views still watching at the hook point (3 s): playback passed that instant.
    package var hooked: Int
    /// `hooked / starts`.
    package var hookRate: Double
    /// Views whose first swipe happened before the hook point.
    package var swipedBeforeHook: Int
    /// `swipedBeforeHook / starts`.
    package var swipedBeforeHookRate: Double
    /// Absolute retention: for each second `s`, the times playback passed `s` over starts
    /// (rewinds and rewatches count again, so it may exceed 1).
    package var retention: [Double]
    /// Reach: for each second `s`, the share of starts whose playback passed `s` at least
    /// once (never above 1). Drop-offs are measured on it.
    package var reach: [Double]
    /// `retention[s]` over the series' median episode at `s` (1 = typical for the series).
    package var relativeRetention: [Double]
    /// Played time per start, rewatches included.
    package var averageViewDuration: MediaTime
    /// Views with a `playback_completed`.
    package var completions: Int
    /// `completions / starts`.
    package var completionRate: Double
    /// Viewers who completed this episode and started the next within the continue window.
    package var continues: Int
    /// `continues / completions`, nil when nobody completed.
    package var continueRate: Double?
    /// Seconds where viewers left clearly faster than the episode's normal decay.
    package var hotspots: [DropOffHotspot]
}

/// A second of an episode where the reach curve falls clearly steeper than usual.
package struct DropOffHotspot: Sendable, Hashable, Codable {
    /// Episode number.
    package var episode: Int
    /// Where it starts: the second `s` whose viewers are lost before `s+1`.
    package var at: MediaTime
    /// Share of starts lost between `at` and one second later.
    package var loss: Double
    /// Viewers lost in that second.
    package var viewersLost: Int
    /// The robust z-score of the loss against the episode's normal decay.
    package var score: Double

    /// Creates a hotspot.
    package init(episode: Int, at: MediaTime, loss: Double, viewersLost: Int, score: Double) {
        self.episode = episode
        self.at = at
        self.loss = loss
        self.viewersLost = viewersLost
        self.score = score
    }
}
