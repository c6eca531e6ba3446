package import Basics
public import Foundation

/// A Thompson-sampling bandit for covers and titles: it shows more of what gets clicked while
/// still learning about the rest.
///
/// Each arm's click-through rate has a Beta(1 + clicks, 1 + impressions − clicks) posterior
/// (a uniform prior). To serve, draw one value from every arm's posterior and show the arm with
/// the largest draw — so an arm is served with the probability that it is the best (Thompson,
/// "On the Likelihood that One Unknown Probability Exceeds Another", Biometrika 25 (1933);
/// Chapelle & Li, "An Empirical Evaluation of Thompson Sampling", NeurIPS 2011). A floor keeps
/// every arm at ≥ `floor` of traffic (1 %): with probability K·floor the arm is picked
/// uniformly instead. Beta draws are X/(X+Y) of Marsaglia–Tsang Gamma draws from a
/// ``Basics/SeededGenerator``, so a run is fixed by its seed.
///
/// The allocation — each arm's share of traffic, floor + (1 − K·floor)·P(arm is best) — is
/// estimated every `evaluationInterval` outcomes from `allocationDraws` joint posterior draws
/// (on a separate seeded stream, so evaluating does not change what is served). When any arm's
/// share has moved by more than `recordThreshold` since the last record, a new
/// ``AllocationChange`` is appended; the first record is the even split at 0 impressions.
///
/// ```swift
/// var bandit = try ThompsonBandit(arms: ["cover-a", "cover-b", "cover-c"], seed: 7)
/// let arm = bandit.serve()
/// bandit.record(arm: arm, clicked: viewerClicked, at: Date())
/// print(bandit.changes.last?.shares ?? [])
/// ```
public struct ThompsonBandit: Sendable {
    /// The bandit's settings.
    public struct Configuration: Sendable, Hashable, Codable {
        /// The least share of traffic every arm keeps (0.01); at most 1/K.
        public var floor: Double
        /// How far a share must move to record a change (0.05 = 5 points).
        public var recordThreshold: Double
        /// Outcomes between evaluations of the allocation (500).
        public var evaluationInterval: Int
        /// Joint posterior draws per evaluation (2,000: a share's Monte Carlo error ≤ 1.1 points).
        public var allocationDraws: Int

        /// Creates settings.
        public init(
            floor: Double = 0.01,
            recordThreshold: Double = 0.05,
            evaluationInterval: Int = 500,
            allocationDraws: Int = 2_000
        ) {
            self.floor = floor
            self.recordThreshold = recordThreshold
            self.evaluationInterval = evaluationInterval
            self.allocationDraws = allocationDraws
        }
    }

    /// One arm (a cover, a title) and what it has earned.
    public struct Arm: Sendable, Hashable, Codable {
        /// The arm's name.
        public let name: String
        /// Impressions with a recorded outcome.
        public internal(set) var impressions = 0
        /// Clicks among them.
        public internal(set) var clicks = 0
        /// The posterior mean click-through rate, (1 + clicks)/(2 + impressions).
        public var posteriorMean: Double { Double(1 + clicks) / Double(2 + impressions) }

        /// An arm with what it has earned so far (clicks at most impressions).
        public init(name: String, impressions: Int = 0, clicks: Int = 0) {
            self.name = name
            self.impressions = max(0, impressions)
            self.clicks = min(max(0, clicks), max(0, impressions))
        }
    }

    /// A recorded change of allocation.
    public struct AllocationChange: Sendable, Hashable, Codable {
        /// Outcomes recorded when the allocation was evaluated.
        public var impressions: Int
        /// The time passed to ``ThompsonBandit/record(arm:clicked:at:)``, if any.
        public var time: Date?
        /// Each arm's share of traffic, in the order of ``ThompsonBandit/arms``, summing to 1.
        public var shares: [Double]
    }

    /// The settings.
    public let configuration: Configuration
    /// The arms, in the order given.
    public private(set) var arms: [Arm]
    /// The latest evaluated allocation.
    public private(set) var shares: [Double]
    /// Every recorded allocation change, oldest first.
    public private(set) var changes: [AllocationChange]
    /// Outcomes recorded so far.
    public private(set) var impressions = 0

    private var serving: SeededGenerator
    private var evaluation: SeededGenerator

    /// A bandit over `arms` with an even split to start.
    /// - Throws: ``ExperimentsError`` `invalidConfiguration` listing every problem: fewer than
    ///   two arms, empty or repeated names (`arms[2]`), a floor outside 0 … 1/K, a threshold
    ///   outside (0, 1], an interval or draw count below 1 (`configuration.floor`, …).
    public init(arms: [String], configuration: Configuration = Configuration(), seed: UInt64) throws(ExperimentsError) {
        typealias Problem = ExperimentsError.Problem
        var problems: [Problem] = []
        if arms.count < 2 {
            problems.append(
                Problem(
                    fieldPath: "arms",
                    message: "a bandit needs at least two arms, found \(arms.count)",
                    hint: "list every cover or title to try"
                )
            )
        }
        var seen: Set<String> = []
        for (index, name) in arms.enumerated() {
            if name.allSatisfy(\.isWhitespace) {
                problems.append(
                    Problem(fieldPath: "arms[\(index)]", message: "the arm's name is empty", hint: "name every arm")
                )
            } else if !seen.insert(name).inserted {
                problems.append(
                    Problem(
                        fieldPath: "arms[\(index)]",
                        message: "the arm '\(name)' is listed twice",
                        hint: "list every arm once"
                    )
                )
            }
        }
        let k = Double(max(arms.count, 1))
        if !(configuration.floor >= 0 && configuration.floor * k <= 1) {
            problems.append(
                Problem(
                    fieldPath: "configuration.floor",
                    message: "the floor \(configuration.floor) is not between 0 and 1/\(Int(k))",
                    hint: "use 0.01 (1 % of traffic per arm)"
                )
            )
        }
        if !(configuration.recordThreshold > 0 && configuration.recordThreshold <= 1) {
            problems.append(
                Problem(
                    fieldPath: "configuration.recordThreshold",
                    message: "the threshold \(configuration.recordThreshold) is not in (0, 1]",
                    hint: "use 0.05"
                )
            )
        }
        if configuration.evaluationInterval < 1 {
            problems.append(
                Problem(
                    fieldPath: "configuration.evaluationInterval",
                    message: "the interval must be at least 1",
                    hint: "use 500"
                )
            )
        }
        if configuration.allocationDraws < 1 {
            problems.append(
                Problem(
                    fieldPath: "configuration.allocationDraws",
                    message: "the number of draws must be at least 1",
                    hint: "use 2000"
                )
            )
        }
        try ExperimentsError.check(problems, code: .invalidConfiguration, source: "bandit", what: "the bandit")

        self.configuration = configuration
        self.arms = arms.map { Arm(name: $0) }
        let even = Array(repeating: 1 / k, count: arms.count)
        self.shares = even
        self.changes = [AllocationChange(impressions: 0, time: nil, shares: even)]
        self.serving = SeededGenerator(seed: seed, label: "bandit.serve")
        self.evaluation = SeededGenerator(seed: seed, label: "bandit.allocation")
    }

    /// The arm to show next (an index into ``arms``).
    public mutating func serve() -> Int {
        Self.choose(arms, floor: configuration.floor, using: &serving)
    }

    /// The arm to show next of `arms` as they stand (their stored impressions and clicks): with
    /// probability K·`floor` one picked uniformly, else the largest of one posterior draw per
    /// arm — the same rule as ``serve()``, for a server that keeps the counts in a store.
    package static func choose(_ arms: [Arm], floor: Double, using generator: inout SeededGenerator) -> Int {
        precondition(!arms.isEmpty, "a bandit has arms")
        if generator.unit() < floor * Double(arms.count) { return generator.below(arms.count) }
        return bestDraw(arms, using: &generator)
    }

    /// Each arm's share of traffic as `arms` stand: `floor + (1 − K·floor)·P(arm is best)`,
    /// P estimated from `configuration.allocationDraws` joint posterior draws — what
    /// ``record(arm:clicked:at:)`` evaluates every `evaluationInterval` outcomes.
    package static func allocation(_ arms: [Arm], configuration: Configuration, using generator: inout SeededGenerator) -> [Double] {
        var wins = Array(repeating: 0, count: arms.count)
        for _ in 0..<max(1, configuration.allocationDraws) { wins[bestDraw(arms, using: &generator)] += 1 }
        let explore = configuration.floor * Double(arms.count)
        return wins.map { configuration.floor + (1 - explore) * Double($0) / Double(max(1, configuration.allocationDraws)) }
    }

    /// Whether `shares` moved from `last` by more than `configuration.recordThreshold` for any
    /// arm: a change worth recording.
    public static func moved(_ shares: [Double], from last: [Double], configuration: Configuration) -> Bool {
        shares.count != last.count || zip(shares, last).contains { abs($0 - $1) > configuration.recordThreshold }
    }

    /// Records whether an impression of `arm` was clicked; every `evaluationInterval` outcomes
    /// the allocation is evaluated and, if it moved enough, recorded with `time`.
    public mutating func record(arm: Int, clicked: Bool, at time: Date? = nil) {
        precondition(arms.indices.contains(arm), "arm \(arm) is not one of the \(arms.count) arms")
        arms[arm].impressions += 1
        if clicked { arms[arm].clicks += 1 }
        impressions += 1
        if impressions % configuration.evaluationInterval == 0 { evaluate(at: time) }
    }

    /// Estimates the allocation now and records it if it moved by more than the threshold.
    private mutating func evaluate(at time: Date?) {
        shares = Self.allocation(arms, configuration: configuration, using: &evaluation)
        let last = changes.last?.shares ?? shares
        if Self.moved(shares, from: last, configuration: configuration) {
            changes.append(AllocationChange(impressions: impressions, time: time, shares: shares))
        }
    }

    /// The index of the largest of one posterior draw per arm.
    private static func bestDraw(_ arms: [Arm], using generator: inout SeededGenerator) -> Int {
        var best = 0
        var bestValue = -1.0
        for (index, arm) in arms.enumerated() {
            let value = generator.beta(Double(1 + arm.clicks), Double(1 + arm.impressions - arm.clicks))
            if value > bestValue {
                best = index
                bestValue = value
            }
        }
        return best
    }
}
