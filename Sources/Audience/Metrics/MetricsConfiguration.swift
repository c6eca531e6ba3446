package import DramaModel

/// How metrics are computed: the continue window, the paywall, episode lengths, which
/// episodes count and the drop-off hotspot rule.
package struct MetricsConfiguration: Sendable, Hashable, Codable {
    /// A viewer "continues" from episode n to n+1 when they start n+1 after starting n and
    /// no later than this after completing n. Default 24 hours.
    package var continueWindow: MediaTime
    /// The first locked episode, if the series has a paywall.
    package var paywallEpisode: Int?
    /// Each episode's length, when known (from its timeline). Without one, the length is
    /// estimated as the median furthest position of the views that completed it.
    package var episodeDurations: [Int: MediaTime]
    /// "Still watching at" this point counts as hooked. Default 3 s.
    package var hookPoint: MediaTime
    /// When a second's loss counts as a drop-off hotspot.
    package var hotspots: HotspotRule
    /// The episodes whose views count (the studio's dashboard: the released ones); `nil`
    /// counts every episode. Views of other episodes are skipped as if absent: they add no
    /// viewer, start, continue or paywall visit.
    package var episodes: Set<Int>?

    /// The rule for drop-off hotspots.
    ///
    /// For each second `s` of an episode (but its last), the loss `l[s]` is the share of
    /// starts watching at `s` and no longer at `s+1`. The episode's normal decay is the median
    /// `m` of those losses, its spread the median absolute deviation `MAD`. A second is a
    /// hotspot when its robust z-score `(l[s] − m) / max(1.4826·MAD, scaleFloor)` reaches
    /// `minimumScore`, it loses at least `minimumLoss` of the starts and at least
    /// `minimumViewers` viewers, and the episode had at least `minimumStarts` starts.
    package struct HotspotRule: Sendable, Hashable, Codable {
        /// Robust z-score threshold. Default 3.5 (Iglewicz and Hoaglin's outlier cut-off).
        package var minimumScore: Double
        /// Least share of starts lost in that second. Default 0.01.
        package var minimumLoss: Double
        /// Least number of viewers lost in that second. Default 5.
        package var minimumViewers: Int
        /// Least starts for an episode to be searched. Default 20.
        package var minimumStarts: Int
        /// Least spread, as a share of starts, so a flat curve does not turn noise into
        /// findings. Default 0.0025.
        package var scaleFloor: Double

        /// Creates a rule.
        package init(minimumScore: Double = 3.5, minimumLoss: Double = 0.01, minimumViewers: Int = 5, minimumStarts: Int = 20, scaleFloor: Double = 0.0025) {
            self.minimumScore = minimumScore
            self.minimumLoss = minimumLoss
            self.minimumViewers = minimumViewers
            self.minimumStarts = minimumStarts
            self.scaleFloor = scaleFloor
        }
    }

    /// Creates a configuration.
    package init(
        continueWindow: MediaTime = MediaTime(value: 86_400, rate: 1), paywallEpisode: Int? = nil, episodeDurations: [Int: MediaTime] = [:],
        hookPoint: MediaTime = MediaTime(value: 3, rate: 1), hotspots: HotspotRule = HotspotRule(), episodes: Set<Int>? = nil
    ) {
        self.episodes = episodes
        self.continueWindow = continueWindow
        self.paywallEpisode = paywallEpisode
        self.episodeDurations = episodeDurations
        self.hookPoint = hookPoint
        self.hotspots = hotspots
    }
}
