public import DramaModel

/// What viewers did with a series: the funnel, per-episode metrics, the paywall, and how
/// many malformed events were refused.
public struct SeriesMetrics: Sendable, Hashable, Codable {
    /// Unlocks at the paywall episode over viewers who reached it.
    public struct PaywallConversion: Sendable, Hashable, Codable {
        /// The first locked episode.
        public var episode: Int
        /// Viewers who reached it: completed the episode before it, or have any event on it.
        public var reached: Int
        /// Of those, viewers who unlocked it.
        public var unlocked: Int
        /// `unlocked / reached` (0 when nobody reached it).
        public var rate: Double

        /// Creates a conversion.
        public init(episode: Int, reached: Int, unlocked: Int, rate: Double) {
            self.episode = episode
            self.reached = reached
            self.unlocked = unlocked
            self.rate = rate
        }
    }

    /// Series id.
    public var series: String
    /// Distinct viewers (by anonymous id) with any event.
    public var viewers: Int
    /// Views that played, all episodes.
    public var starts: Int
    /// Hooked views over starts, all episodes.
    public var hookRate: Double
    /// Completions over starts, all episodes.
    public var completionRate: Double
    /// Continues over completions, all episodes that have a next one with data.
    public var continueRate: Double?
    /// Played time per start, all episodes.
    public var averageViewDuration: MediaTime
    /// The median episode: for each second, the median of the episodes' absolute retention.
    public var medianRetention: [Double]
    /// Paywall conversion, when a paywall episode was configured.
    public var paywall: PaywallConversion?
    /// Malformed events refused for this series (durable count).
    public var rejectedEvents: Int
    /// Per-episode metrics, by episode number.
    public var episodes: [EpisodeMetrics]
}
