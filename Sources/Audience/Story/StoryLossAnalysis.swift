package import DramaModel
import Foundation

/// Where in the story viewers leave, aggregated across episodes: by beat kind, speaking
/// character, location, line length and before/after the episode's first reveal.
///
/// For each second `s` of each episode (from the hook point to the second before last),
/// the viewers present (`reach[s]`·starts) and those lost before `s+1` are attributed to
/// what was on screen at `s + 0.5`. A group's **loss rate** is viewers lost per viewer-second
/// of its screen time; it is compared with the rate of everything else in the same
/// dimension (`ratio`), and tested as two Poisson rates (conditional binomial z-score).
/// A group is **evidence** only when it clears every minimum in `EvidenceRule`, so noise
/// does not become a finding. The first seconds (before the hook point) are left out: they
/// lose viewers whatever plays, and the hook rate covers them.
package struct StoryLossAnalysis: Sendable, Hashable, Codable {
    /// What the groups are made by.
    package enum Dimension: String, Sendable, Hashable, Codable, CaseIterable {
        /// Beat kind (`exposition`, `confrontation`…; `none` when unmarked).
        case beat
        /// The speaking character (`none` for silent shots).
        case character
        /// The location id.
        case location
        /// The line's display width: `1-20`, `21-40`, `41-70`, `71+`, `none`.
        case lineLength = "line-length"
        /// `before-reveal` or `after-reveal`: the episode's first reveal beat.
        case revealPhase = "reveal-phase"
    }

    /// The minimum evidence for a group to count.
    package struct EvidenceRule: Sendable, Hashable, Codable {
        /// Seconds on screen across all episodes. Default 15.
        package var minimumSeconds: Int
        /// Episodes it appears in. Default 2.
        package var minimumEpisodes: Int
        /// Viewers lost in the comparison (the group and the others together). Default 20.
        package var minimumLost: Int
        /// |z| of the rate comparison. Default 3.
        package var minimumScore: Double
        /// How far the ratio must be from 1 (1.25 means ≥ 1.25× or ≤ 1/1.25). Default 1.25.
        package var minimumRatio: Double

        /// Creates a rule.
        package init(minimumSeconds: Int = 15, minimumEpisodes: Int = 2, minimumLost: Int = 20, minimumScore: Double = 3, minimumRatio: Double = 1.25) {
            self.minimumSeconds = minimumSeconds
            self.minimumEpisodes = minimumEpisodes
            self.minimumLost = minimumLost
            self.minimumScore = minimumScore
            self.minimumRatio = minimumRatio
        }
    }

    /// One group's losses against the rest of its dimension.
    package struct Group: Sendable, Hashable, Codable {
        /// The dimension.
        package var dimension: Dimension
        /// The group's key (`exposition`, `lin-xia`, `41-70`…).
        package var key: String
        /// Seconds on screen, all episodes.
        package var seconds: Int
        /// Episodes it appears in.
        package var episodes: Int
        /// Viewer-seconds of screen time.
        package var exposure: Int
        /// Viewers lost during it.
        package var lost: Int
        /// `lost / exposure`.
        package var lossRate: Double
        /// Viewer-seconds of everything else in the dimension.
        package var othersExposure: Int
        /// Viewers lost during everything else.
        package var othersLost: Int
        /// `othersLost / othersExposure`.
        package var othersLossRate: Double
        /// `lossRate / othersLossRate`, with 0.5 added to each loss count so it stays finite
        /// when one side loses nobody.
        package var ratio: Double
        /// z-score of the difference (positive: this group loses more).
        package var score: Double
        /// Whether it clears the evidence rule.
        package var isEvidence: Bool
    }

    /// Groups, by dimension then key.
    package var groups: [Group]
    /// Hotspots with what was on screen.
    package var hotspots: [MappedHotspot]
    /// Episodes that had metrics but no map (no produced timeline), left out.
    package var unmappedEpisodes: [Int]

    /// Aggregates `metrics` over the episodes `maps` covers.
    package init(
        metrics: SeriesMetrics, maps: [StoryMap], rule: EvidenceRule = EvidenceRule(), hookPoint: MediaTime = MediaTime(value: 3, rate: 1)
    ) {
        struct Totals {
            var seconds = 0
            var episodes: Set<Int> = []
            var exposure = 0
            var lost = 0
        }
        var totals: [Dimension: [String: Totals]] = [:]
        var hotspots: [MappedHotspot] = []
        var unmapped: [Int] = []
        let mapsByEpisode = Dictionary(maps.map { ($0.episode, $0) }, uniquingKeysWith: { first, _ in first })
        let firstSecond = Int((max(hookPoint.converted(to: 1000).value, 0) + 999) / 1000)
        for episode in metrics.episodes {
            guard let map = mapsByEpisode[episode.episode] else {
                unmapped.append(episode.episode)
                continue
            }
            hotspots.append(contentsOf: episode.hotspots.compactMap(map.locate))
            let revealAt = (0..<episode.reach.count).first { map.moment(at: .milliseconds(Int64($0) * 1000 + 500))?.beat == .reveal }
            let reached = episode.reach.map { Int(($0 * Double(episode.starts)).rounded()) }
            guard reached.count >= 2 else { continue }
            for second in firstSecond..<max(firstSecond, reached.count - 1) {
                guard let moment = map.moment(at: .milliseconds(Int64(second) * 1000 + 500)) else { continue }
                let present = reached[second]
                let lost = max(0, reached[second] - reached[second + 1])
                var keys: [(Dimension, String)] = [
                    (.beat, moment.beat?.rawValue ?? "none"),
                    (.character, moment.speaker ?? "none"),
                    (.location, moment.location),
                    (.lineLength, Self.lengthBucket(moment.lineLength)),
                ]
                if let revealAt { keys.append((.revealPhase, second < revealAt ? "before-reveal" : "after-reveal")) }
                for (dimension, key) in keys {
                    var group = totals[dimension, default: [:]][key, default: Totals()]
                    group.seconds += 1
                    group.episodes.insert(episode.episode)
                    group.exposure += present
                    group.lost += lost
                    totals[dimension, default: [:]][key] = group
                }
            }
        }
        var groups: [Group] = []
        for dimension in Dimension.allCases {
            guard let byKey = totals[dimension] else { continue }
            let allExposure = byKey.values.reduce(0) { $0 + $1.exposure }
            let allLost = byKey.values.reduce(0) { $0 + $1.lost }
            for key in byKey.keys.sorted() {
                let group = byKey[key]!
                let othersExposure = allExposure - group.exposure
                let othersLost = allLost - group.lost
                let rate = group.exposure > 0 ? Double(group.lost) / Double(group.exposure) : 0
                let othersRate = othersExposure > 0 ? Double(othersLost) / Double(othersExposure) : 0
                let ratio = group.exposure > 0 && othersExposure > 0
                    ? ((Double(group.lost) + 0.5) / Double(group.exposure)) / ((Double(othersLost) + 0.5) / Double(othersExposure)) : 1
                let score = Self.rateScore(lost: group.lost, exposure: group.exposure, othersLost: othersLost, othersExposure: othersExposure)
                let evidence = group.seconds >= rule.minimumSeconds && group.episodes.count >= rule.minimumEpisodes
                    && group.lost + othersLost >= rule.minimumLost && abs(score) >= rule.minimumScore
                    && (ratio >= rule.minimumRatio || ratio <= 1 / rule.minimumRatio) && othersExposure > 0
                groups.append(Group(
                    dimension: dimension, key: key, seconds: group.seconds, episodes: group.episodes.count, exposure: group.exposure, lost: group.lost,
                    lossRate: rate, othersExposure: othersExposure, othersLost: othersLost, othersLossRate: othersRate, ratio: ratio, score: score,
                    isEvidence: evidence))
            }
        }
        self.groups = groups
        self.hotspots = hotspots
        unmappedEpisodes = unmapped
    }

    /// The groups of one dimension.
    package func groups(_ dimension: Dimension) -> [Group] { groups.filter { $0.dimension == dimension } }

    /// The line-length bucket of a display width.
    package static func lengthBucket(_ width: Int?) -> String {
        guard let width else { return "none" }
        switch width {
        case ...20: return "1-20"
        case 21...40: return "21-40"
        case 41...70: return "41-70"
        default: return "71+"
        }
    }

    /// z for "the group's rate differs from the others'": given `lost + othersLost` losses,
    /// the group's share is binomial with p = its share of exposure under equal rates.
    static func rateScore(lost: Int, exposure: Int, othersLost: Int, othersExposure: Int) -> Double {
        let total = lost + othersLost
        let allExposure = exposure + othersExposure
        guard total > 0, exposure > 0, othersExposure > 0 else { return 0 }
        let p = Double(exposure) / Double(allExposure)
        let expected = Double(total) * p
        let deviation = (Double(total) * p * (1 - p)).squareRoot()
        return deviation > 0 ? (Double(lost) - expected) / deviation : 0
    }
}
