internal import Basics

/// Seeded simulations of experiments with planted truths, shared by the tests (small sizes) and
/// `ExperimentsBenchmark` (the acceptance figures). Not API: the decision code under test sees
/// only the counts, never the planted rates.
package enum Simulation {
    /// What one simulated two-arm experiment did.
    package struct Run: Sendable, Hashable {
        /// Viewers (both arms) when the sequential test decided, if it did.
        package var decidedAt: Int?
        /// The arm it decided for.
        package var winner: SequentialTest.Side?
        /// Viewers when the naive z-test first had p < α at a look, if ever.
        package var naiveSignificantAt: Int?
    }

    /// Simulates `runs` experiments on a 0/1 metric (hook rate): viewers are assigned 50/50 by
    /// the real bucketing (experiment key `sim-<seed>-<run>`, unit `viewer-<i>`), each converts
    /// with the planted rate of their arm, and both tests look after every `lookEvery` viewers
    /// up to `viewers`. Deterministic in `seed`.
    package static func proportionRuns(
        runs: Int,
        viewers: Int,
        lookEvery: Int,
        control: Double,
        treatment: Double,
        configuration: SequentialTest.Configuration,
        seed: UInt64
    ) -> [Run] {
        (0..<runs).map { run in
            let definition = ExperimentDefinition(
                key: "sim-\(seed)-\(run)",
                variants: [Variant(name: "A", weight: 50), Variant(name: "B", weight: 50)]
            )
            let layer = try! Layer(experiment: definition)
            var random = SeededGenerator(seed: seed, keys: [UInt64(run)])
            var test = try! SequentialTest(configuration: configuration)
            var arms = [ArmSummary(), ArmSummary()]
            var result = Run()
            for viewer in 0..<viewers {
                let arm = layer.assign(unitID: "viewer-\(viewer)").variant == "A" ? 0 : 1
                arms[arm].add(random.chance(arm == 0 ? control : treatment) ? 1 : 0)
                guard (viewer + 1) % lookEvery == 0 else { continue }
                if !test.isDecided {
                    try! test.update(control: arms[0], treatment: arms[1])
                    if test.isDecided {
                        result.decidedAt = test.decidedAtViewers
                        result.winner = test.winner
                    }
                }
                if result.naiveSignificantAt == nil,
                    FixedHorizonTest.zTest(control: arms[0], treatment: arms[1]).pValue < configuration.alpha
                {
                    result.naiveSignificantAt = viewer + 1
                }
            }
            return result
        }
    }

    /// What one CUPED run did.
    package struct CupedRun: Sendable, Hashable {
        /// Viewers when the plain sequential test decided, if it did.
        package var plainDecidedAt: Int?
        /// Viewers when the CUPED-adjusted sequential test decided, if it did.
        package var adjustedDecidedAt: Int?
        /// The variance reduction of the difference at the end.
        package var varianceReduction: Double
    }

    /// Completion with a planted absolute lift; each viewer has a propensity p ~ Beta(2, 2); a
    /// share `withHistory` of viewers completed k of 5 earlier episodes (k ~ Binomial(5, p)),
    /// which is their covariate k/5; this episode completes with probability p (+ lift in B).
    package static func cupedRuns(
        runs: Int,
        viewers: Int,
        lookEvery: Int,
        lift: Double,
        withHistory: Double,
        configuration: SequentialTest.Configuration,
        seed: UInt64
    ) -> [CupedRun] {
        (0..<runs).map { run in
            var random = SeededGenerator(seed: seed, keys: [UInt64(run), 0xC0_FE])
            var plain = try! SequentialTest(configuration: configuration)
            var adjusted = try! SequentialTest(configuration: configuration)
            var arms = [CovariateSummary(), CovariateSummary()]
            var result = CupedRun(varianceReduction: 0)
            for viewer in 0..<viewers {
                let arm = random.below(2)
                let propensity = random.beta(2, 2)
                var covariate: Double?
                if random.chance(withHistory) {
                    covariate = Double((0..<5).filter { _ in random.chance(propensity) }.count) / 5
                }
                let completed = random.chance(min(1, propensity + (arm == 1 ? lift : 0)))
                arms[arm].add(outcome: completed ? 1 : 0, covariate: covariate)
                guard (viewer + 1) % lookEvery == 0 else { continue }
                if !plain.isDecided {
                    try! plain.update(control: arms[0].outcome, treatment: arms[1].outcome)
                    if plain.isDecided { result.plainDecidedAt = plain.decidedAtViewers }
                }
                let adjustment = CUPED.adjust(control: arms[0], treatment: arms[1])
                result.varianceReduction = adjustment.varianceReduction
                if !adjusted.isDecided {
                    try! adjusted.update(control: adjustment.control, treatment: adjustment.treatment)
                    if adjusted.isDecided { result.adjustedDecidedAt = adjusted.decidedAtViewers }
                }
                if plain.isDecided && adjusted.isDecided { break }
            }
            return result
        }
    }

    /// What one bandit run did.
    package struct BanditRun: Sendable, Hashable {
        /// Σ (best rate − served arm's rate) over all impressions (pseudo-regret, in clicks).
        package var regret: Double
        /// The regret of serving every arm equally, for scale.
        package var uniformRegret: Double
        /// The best arm's allocated share at the end.
        package var bestShare: Double
        /// The share of the last 10 % of impressions served to the best arm.
        package var bestServedLate: Double
        /// Allocation changes recorded.
        package var changes: [ThompsonBandit.AllocationChange]
    }

    /// A bandit over arms with planted click-through `rates`, for `impressions` impressions.
    package static func banditRun(rates: [Double], impressions: Int, seed: UInt64) -> BanditRun {
        var bandit = try! ThompsonBandit(arms: rates.indices.map { "cover-\($0)" }, seed: seed)
        var clicks = SeededGenerator(seed: seed, label: "clicks")
        let best = rates.indices.max { rates[$0] < rates[$1] }!
        var regret = 0.0
        var late = 0
        let lateStart = impressions - impressions / 10
        for impression in 0..<impressions {
            let arm = bandit.serve()
            regret += rates[best] - rates[arm]
            if impression >= lateStart, arm == best { late += 1 }
            bandit.record(arm: arm, clicked: clicks.chance(rates[arm]))
        }
        let mean = rates.reduce(0, +) / Double(rates.count)
        return BanditRun(
            regret: regret,
            uniformRegret: Double(impressions) * (rates[best] - mean),
            bestShare: bandit.shares[best],
            bestServedLate: Double(late) / Double(max(1, impressions - lateStart)),
            changes: bandit.changes
        )
    }
}
