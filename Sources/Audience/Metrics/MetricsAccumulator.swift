import DramaModel

/// Folds view rollups, streamed in (viewer, episode) order, into `SeriesMetrics`.
///
/// Memory is bounded by episodes × seconds, never by views or events: each view is added
/// and forgotten, except the previous view of the same viewer (for the continue rate) and
/// the current viewer's paywall flags.
struct MetricsAccumulator {
    /// One view's summary, as the store streams it.
    struct View {
        var viewer: String
        var episode: Int
        var startedAt: Int64?
        var completedAt: Int64?
        var swipedAtPosition: Int64?
        var unlockedAt: Int64?
        var furthest: Int64
        var watched: Int64
    }

    private struct EpisodeTotals {
        var starts = 0
        var hooked = 0
        var swipedBeforeHook = 0
        var completions = 0
        var continues = 0
        var watched: Int64 = 0
        var passes: [Int] = []
        var reached: [Int] = []
        /// Completed views by furthest position in seconds (rounded up), to estimate the length.
        var completedFurthest: [Int] = []

        mutating func add(_ view: View, coverage: UnsafeRawBufferPointer, hookSecond: Int) {
            starts += 1
            watched += view.watched
            if coverage.count > hookSecond, coverage[hookSecond] > 0 { hooked += 1 }
            if let swipe = view.swipedAtPosition, swipe < Int64(hookSecond) * 1000 { swipedBeforeHook += 1 }
            if passes.count < coverage.count {
                passes.append(contentsOf: repeatElement(0, count: coverage.count - passes.count))
                reached.append(contentsOf: repeatElement(0, count: coverage.count - reached.count))
            }
            passes.withUnsafeMutableBufferPointer { passes in
                reached.withUnsafeMutableBufferPointer { reached in
                    for second in 0..<coverage.count {
                        let count = Int(coverage[second])
                        passes[second] &+= count
                        reached[second] &+= count > 0 ? 1 : 0
                    }
                }
            }
            if view.completedAt != nil {
                completions += 1
                let second = min(Int((view.furthest + 999) / 1000), ViewRollup.maximumCoveredSeconds)
                if completedFurthest.count <= second {
                    completedFurthest.append(contentsOf: repeatElement(0, count: second + 1 - completedFurthest.count))
                }
                completedFurthest[second] += 1
            }
        }
    }

    let series: String
    let configuration: MetricsConfiguration
    private let hookSecond: Int
    private let continueWindow: Int64
    /// Per-episode totals, mutated in place (a copy out of a dictionary would copy the
    /// per-second arrays for every view).
    private var totals: [EpisodeTotals] = []
    private var slots: [Int: Int] = [:]
    private var lastSlot: (episode: Int, slot: Int)?
    private var viewers = 0
    /// Viewers whose id is a simulated one (`synthetic-…`), among `viewers`.
    private(set) var syntheticViewers = 0
    private var currentViewer: String?
    private var previous: View?
    private var paywallReached = false
    private var paywallUnlocked = false
    private var paywallReachedTotal = 0
    private var paywallUnlockedTotal = 0

    init(series: String, configuration: MetricsConfiguration) {
        self.series = series
        self.configuration = configuration
        let hook = configuration.hookPoint.converted(to: 1000).value
        hookSecond = Int((max(hook, 0) + 999) / 1000)
        continueWindow = configuration.continueWindow.converted(to: 1000).value
    }

    /// Adds one view; `coverage` is its per-second pass counts.
    mutating func add(_ view: View, coverage: UnsafeRawBufferPointer) {
        if let episodes = configuration.episodes, !episodes.contains(view.episode) { return }
        if view.viewer != currentViewer {
            finishViewer()
            currentViewer = view.viewer
            viewers += 1
            if view.viewer.hasPrefix(AudienceStore.syntheticPrefix) { syntheticViewers += 1 }
            previous = nil
        }
        let index = slot(of: view.episode)
        if view.startedAt != nil {
            totals[index].add(view, coverage: coverage, hookSecond: hookSecond)
        }
        if let previous, previous.episode + 1 == view.episode, let completed = previous.completedAt, let previousStart = previous.startedAt,
            let started = view.startedAt, started > previousStart, started <= completed + continueWindow
        {
            totals[self.slot(of: previous.episode)].continues += 1
        }
        if let paywall = configuration.paywallEpisode {
            if view.episode == paywall { paywallReached = true }
            if view.episode == paywall - 1, view.completedAt != nil { paywallReached = true }
            if view.episode == paywall, view.unlockedAt != nil { paywallUnlocked = true }
        }
        previous = view
    }

    /// The index of `episode`'s totals, created when first seen.
    private mutating func slot(of episode: Int) -> Int {
        if let lastSlot, lastSlot.episode == episode { return lastSlot.slot }
        let slot: Int
        if let existing = slots[episode] {
            slot = existing
        } else {
            slot = totals.count
            slots[episode] = slot
            totals.append(EpisodeTotals())
        }
        lastSlot = (episode, slot)
        return slot
    }

    private mutating func finishViewer() {
        if paywallReached { paywallReachedTotal += 1 }
        if paywallReached && paywallUnlocked { paywallUnlockedTotal += 1 }
        paywallReached = false
        paywallUnlocked = false
    }

    /// The metrics, with `rejected` malformed events.
    mutating func finish(rejected: Int) -> SeriesMetrics {
        finishViewer()
        let numbers = slots.keys.sorted()
        let episodes = Dictionary(uniqueKeysWithValues: slots.map { ($0.key, totals[$0.value]) })
        var result: [EpisodeMetrics] = []
        for number in numbers {
            let totals = episodes[number]!
            guard totals.starts > 0 else { continue }
            let seconds: Int
            if let duration = configuration.episodeDurations[number] {
                seconds = Int((max(duration.converted(to: 1000).value, 0) + 999) / 1000)
            } else if totals.completions > 0 {
                seconds = Self.median(histogram: totals.completedFurthest)
            } else {
                seconds = totals.passes.count
            }
            let starts = Double(totals.starts)
            let retention = (0..<seconds).map { $0 < totals.passes.count ? Double(totals.passes[$0]) / starts : 0 }
            let reach = (0..<seconds).map { $0 < totals.reached.count ? Double(totals.reached[$0]) / starts : 0 }
            let hasNext = episodes[number + 1].map { $0.starts > 0 } ?? false
            result.append(EpisodeMetrics(
                episode: number, starts: totals.starts, length: MediaTime(value: Int64(seconds), rate: 1),
                hooked: totals.hooked, hookRate: Double(totals.hooked) / starts,
                swipedBeforeHook: totals.swipedBeforeHook, swipedBeforeHookRate: Double(totals.swipedBeforeHook) / starts,
                retention: retention, reach: reach, relativeRetention: [],
                averageViewDuration: .milliseconds(totals.watched / Int64(totals.starts)),
                completions: totals.completions, completionRate: Double(totals.completions) / starts,
                continues: totals.continues,
                continueRate: totals.completions > 0 && hasNext ? Double(totals.continues) / Double(totals.completions) : nil,
                hotspots: Self.hotspots(episode: number, reach: reach, starts: totals.starts, rule: configuration.hotspots)))
            if let duration = configuration.episodeDurations[number] { result[result.count - 1].length = duration }
        }
        let medianCurve = Self.medianCurve(result.map(\.retention))
        for index in result.indices {
            result[index].relativeRetention = result[index].retention.enumerated().map { second, value in
                medianCurve[second] > 0 ? value / medianCurve[second] : 0
            }
        }
        let starts = result.reduce(0) { $0 + $1.starts }
        let completions = result.reduce(0) { $0 + $1.completions }
        let continuing = result.filter { $0.continueRate != nil }
        let continueBase = continuing.reduce(0) { $0 + $1.completions }
        let watched = numbers.reduce(Int64(0)) { $0 + episodes[$1]!.watched }
        return SeriesMetrics(
            series: series, viewers: viewers, starts: starts,
            hookRate: starts > 0 ? Double(result.reduce(0) { $0 + $1.hooked }) / Double(starts) : 0,
            completionRate: starts > 0 ? Double(completions) / Double(starts) : 0,
            continueRate: continueBase > 0 ? Double(continuing.reduce(0) { $0 + $1.continues }) / Double(continueBase) : nil,
            averageViewDuration: .milliseconds(starts > 0 ? watched / Int64(starts) : 0),
            medianRetention: medianCurve,
            paywall: configuration.paywallEpisode.map { episode in
                SeriesMetrics.PaywallConversion(
                    episode: episode, reached: paywallReachedTotal, unlocked: paywallUnlockedTotal,
                    rate: paywallReachedTotal > 0 ? Double(paywallUnlockedTotal) / Double(paywallReachedTotal) : 0)
            },
            rejectedEvents: rejected, episodes: result)
    }

    /// Seconds whose loss stands out from the episode's normal decay (see `HotspotRule`).
    static func hotspots(episode: Int, reach: [Double], starts: Int, rule: MetricsConfiguration.HotspotRule) -> [DropOffHotspot] {
        guard starts >= rule.minimumStarts, reach.count >= 3 else { return [] }
        let losses = (0..<(reach.count - 1)).map { reach[$0] - reach[$0 + 1] }
        let center = median(losses)
        let spread = max(1.4826 * median(losses.map { abs($0 - center) }), rule.scaleFloor)
        var found: [DropOffHotspot] = []
        for (second, loss) in losses.enumerated() {
            let score = (loss - center) / spread
            let lost = Int((loss * Double(starts)).rounded())
            if score >= rule.minimumScore, loss >= rule.minimumLoss, lost >= rule.minimumViewers {
                found.append(DropOffHotspot(episode: episode, at: MediaTime(value: Int64(second), rate: 1), loss: loss, viewersLost: lost, score: score))
            }
        }
        return found
    }

    /// The median episode of `curves` (one per episode, second by second): at each second the
    /// median over every episode, an episode that has ended counting 0 (nobody is watching
    /// it). Taking the median only over the episodes still running made the curve past the
    /// typical length follow the one or two longest episodes, often ones deep in the funnel
    /// with a handful of viewers, whose rewinds put it above 100 %.
    static func medianCurve(_ curves: [[Double]]) -> [Double] {
        let longest = curves.map(\.count).max() ?? 0
        return (0..<longest).map { second in median(curves.map { second < $0.count ? $0[second] : 0 }) }
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The lower median index of a histogram.
    static func median(histogram: [Int]) -> Int {
        let total = histogram.reduce(0, +)
        guard total > 0 else { return 0 }
        var seen = 0
        for (value, count) in histogram.enumerated() {
            seen += count
            if seen * 2 >= total { return value }
        }
        return histogram.count - 1
    }
}
