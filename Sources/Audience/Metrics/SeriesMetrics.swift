package import DramaModel

/// What viewers did with a series: the funnel, per-episode metrics, the paywall, and how
/// many malformed events were refused.
package struct SeriesMetrics: Sendable, Hashable, Codable {
    /// Unlocks at the paywall episode over viewers who reached it.
    package struct PaywallConversion: Sendable, Hashable, Codable {
        /// The first locked episode.
        package var episode: Int
        /// Viewers who reached it: completed the episode before it, or have any event on it.
        package var reached: Int
        /// Of those, viewers who unlocked it.
        package var unlocked: Int
        /// `unlocked / reached` (0 when nobody reached it).
        package var rate: Double

        /// Creates a conversion.
        package init(episode: Int, reached: Int, unlocked: Int, rate: Double) {
            self.episode = episode
            self.reached = reached
            self.unlocked = unlocked
            self.rate = rate
        }
    }

    /// Series id.
    package var series: String
    /// Distinct viewers (by anonymous id) with any event.
    package var viewers: Int
    /// Views that played, all episodes.
    package var starts: Int
    /// Hooked views over starts, all episodes.
    package var hookRate: Double
    /// Completions over starts, all episodes.
    package var completionRate: Double
    /// Continues over completions, all episodes that have a next one with data.
    package var continueRate: Double?
    /// Played time per start, all episodes.
    package var averageViewDuration: MediaTime
    /// The median episode: for each second, the median of the episodes' absolute retention
    /// (an episode that has ended counts 0). Rewinds and rewatches count, so it may exceed 1.
    package var medianRetention: [Double]
    /// Paywall conversion, when a paywall episode was configured.
    package var paywall: PaywallConversion?
    /// Malformed events refused for this series (durable count).
    package var rejectedEvents: Int
    /// Per-episode metrics, by episode number.
    package var episodes: [EpisodeMetrics]
}

extension SeriesMetrics {
    /// The median episode's reach: for each second, the median over the episodes of the share
    /// of starts whose playback passed it (an episode that has ended counts 0). Never above 1:
    /// what "share of starts still watching" means, and what drop-offs are measured on.
    package var medianReach: [Double] { MetricsAccumulator.medianCurve(episodes.map(\.reach)) }
}
