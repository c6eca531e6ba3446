import Basics
import Foundation
import Testing

@testable import Experiments

/// An arm with `count` viewers whose values have this mean and sample variance.
func arm(_ count: Int, mean: Double, variance: Double) -> ArmSummary {
    let n = Double(count)
    return ArmSummary(count: count, sum: n * mean, sumOfSquares: (n - 1) * variance + n * mean * mean)
}

@Suite struct SequentialTestTests {
    static let hook = SequentialTest.Configuration.forLift(baseline: 0.6)

    @Test func forLiftSetsTauToTheLiftOverTheBaseline() {
        #expect(abs(Self.hook.tau - 0.03) < 1e-15)
        #expect(Self.hook.alpha == 0.05)
        #expect(SequentialTest.Configuration.forLift(baseline: 60, relativeLift: 0.1).tau == 6)
    }

    /// With n viewers in each arm the statistic is FORMATS.md's
    /// Λₙ = √(V/(V+nτ²))·exp(n²τ²Δ̂²/(2V(V+nτ²))), V = σ_A² + σ_B².
    @Test func likelihoodRatioIsTheFormatsFormulaForEqualArms() throws {
        var test = try SequentialTest(configuration: Self.hook)
        let n = 1_500.0
        let a = ArmSummary(successes: 900, trials: 1_500)
        let b = ArmSummary(successes: 960, trials: 1_500)
        let look = try test.update(control: a, treatment: b)
        let v = a.variance + b.variance
        let tau2 = 0.03 * 0.03
        let delta = b.mean - a.mean
        let expected = (v / (v + n * tau2)).squareRoot() * exp(n * n * tau2 * delta * delta / (2 * v * (v + n * tau2)))
        #expect(abs(exp(look.logLikelihoodRatio) / expected - 1) < 1e-12)
        #expect(abs(look.pValue - min(1, 1 / expected)) < 1e-12)
        #expect(abs(look.difference - 0.04) < 1e-12)
    }

    @Test func theDecisionComesWhenLambdaReachesOneOverAlpha() throws {
        // Λ ≥ 20 ⟺ p ≤ 0.05.
        var test = try SequentialTest(configuration: Self.hook)
        var look = try test.update(
            control: arm(1_000, mean: 0.6, variance: 0.24),
            treatment: arm(1_000, mean: 0.61, variance: 0.24)
        )
        #expect(!test.isDecided)
        #expect(look.logLikelihoodRatio < log(20))
        look = try test.update(
            control: arm(3_000, mean: 0.6, variance: 0.24),
            treatment: arm(3_000, mean: 0.65, variance: 0.23)
        )
        #expect(look.logLikelihoodRatio >= log(20))
        #expect(test.isDecided)
        #expect(test.winner == .treatment)
        #expect(test.decidedAtViewers == 6_000)
        #expect(test.pValue <= 0.05)
        let interval = try #require(test.interval)
        #expect(interval.lowerBound > 0 && interval.contains(0.05))
        // Final: a later look that sees no difference does not undo it, and p never rises.
        let p = test.pValue
        try test.update(
            control: arm(4_000, mean: 0.6, variance: 0.24),
            treatment: arm(4_000, mean: 0.6, variance: 0.24)
        )
        #expect(test.winner == .treatment && test.pValue == p)
    }

    @Test func thePValueNeverRisesAndTheIntervalOnlyShrinks() throws {
        var test = try SequentialTest(configuration: Self.hook)
        var previousP = 1.0
        var previous: ClosedRange<Double>?
        for (n, lift) in [(200, 0.03), (400, 0.05), (800, 0.02), (1_600, 0.0), (3_200, -0.01)] {
            try test.update(
                control: arm(n, mean: 0.6, variance: 0.24),
                treatment: arm(n, mean: 0.6 + lift, variance: 0.24)
            )
            #expect(test.pValue <= previousP)
            let interval = try #require(test.interval)
            if let previous {
                #expect(previous.lowerBound <= interval.lowerBound && interval.upperBound <= previous.upperBound)
            }
            previousP = test.pValue
            previous = interval
        }
    }

    @Test func looksBeforeTheMinimumDoNotCount() throws {
        var test = try SequentialTest(configuration: Self.hook)
        let look = try test.update(
            control: ArmSummary(successes: 10, trials: 99),
            treatment: ArmSummary(successes: 90, trials: 99)
        )
        #expect(look.logLikelihoodRatio == 0 && test.pValue == 1 && test.interval == nil)
        #expect(test.verdict == .collecting(control: 99, treatment: 99, minimum: 100))
        #expect(test.summary() == "Collecting: A has 99 viewers, B 99; the test counts from 100 each.")
    }

    @Test func shrinkingCountsAreRefusedAndChangeNothing() throws {
        var test = try SequentialTest(configuration: Self.hook)
        try test.update(
            control: ArmSummary(successes: 300, trials: 500),
            treatment: ArmSummary(successes: 310, trials: 500)
        )
        let before = test
        let error = #expect(throws: ExperimentsError.self) {
            try test.update(
                control: ArmSummary(successes: 200, trials: 400),
                treatment: ArmSummary(successes: 700, trials: 600)
            )
        }
        #expect(error?.code == .invalidData)
        #expect(error?.problems.map(\.fieldPath) == ["treatment.sumOfSquares", "control.count"])
        #expect(test == before)
    }

    @Test func badSettingsAreAllReported() {
        let error = #expect(throws: ExperimentsError.self) {
            try SequentialTest(configuration: .init(alpha: 1.5, tau: 0, minimumPerArm: 1))
        }
        #expect(error?.code == .invalidConfiguration)
        #expect(error?.problems.map(\.fieldPath) == ["alpha", "tau", "minimumPerArm"])
    }

    /// The projection: at the projected number of viewers, with the same means, variances and
    /// split, the test decides; 5 % fewer and it does not.
    @Test func theProjectedViewersAreWhereTheTestWouldDecide() throws {
        var test = try SequentialTest(configuration: Self.hook)
        try test.update(
            control: arm(600, mean: 0.60, variance: 0.24),
            treatment: arm(600, mean: 0.63, variance: 0.2331)
        )
        let total = try #require(test.viewersToDecide())
        #expect(total > 1_200)
        func decides(_ viewers: Int) throws -> Bool {
            var probe = try SequentialTest(configuration: Self.hook)
            try probe.update(
                control: arm(viewers / 2, mean: 0.60, variance: 0.24),
                treatment: arm(viewers / 2, mean: 0.63, variance: 0.2331)
            )
            return probe.isDecided
        }
        #expect(try decides(total + 2))
        #expect(try !decides(Int(Double(total) * 0.95)))
        guard case .undecided(.treatment, let more?) = test.verdict else {
            Issue.record("expected B to lead, got \(test.verdict)")
            return
        }
        #expect(more == total - 1_200)
        let rounded = SequentialTest.grouped(SequentialTest.twoSignificantDigits(more))
        #expect(
            test.summary()
                == "B leads (0.630 vs 0.600, +5.0 %); not decided yet; about \(rounded) more viewers needed at this rate."
        )
    }

    @Test func summariesReadAsPlainWords() throws {
        var tie = try SequentialTest(configuration: Self.hook)
        try tie.update(control: arm(500, mean: 0.6, variance: 0.24), treatment: arm(500, mean: 0.6, variance: 0.24))
        #expect(tie.summary() == "No difference so far (A 0.600, B 0.600); not decided yet.")

        var won = try SequentialTest(configuration: Self.hook)
        try won.update(
            control: arm(2_000, mean: 0.6, variance: 0.24),
            treatment: arm(2_000, mean: 0.66, variance: 0.2244)
        )
        #expect(
            won.summary(control: "threat", treatment: "reveal").hasPrefix(
                "reveal wins (0.660 vs 0.600, +10.0 %; 95 % always-valid interval for the difference +0."
            )
        )
        #expect(won.summary().hasSuffix("; decided at 4,000 viewers."))

        // Lower is better (say, the share who swipe away): the arm with the lower mean leads.
        var swipe = try SequentialTest(configuration: .forLift(baseline: 0.4))
        try swipe.update(control: arm(300, mean: 0.40, variance: 0.24), treatment: arm(300, mean: 0.41, variance: 0.24))
        #expect(swipe.summary(higherIsBetter: false).hasPrefix("A leads (0.400 vs 0.410); not decided yet; about "))
    }

    @Test func numbersAreRoundedForPeople() {
        #expect(SequentialTest.twoSignificantDigits(3_847) == 3_800)
        #expect(SequentialTest.twoSignificantDigits(123) == 120)
        #expect(SequentialTest.twoSignificantDigits(7) == 7)
        #expect(SequentialTest.grouped(1_234_567) == "1,234,567")
        #expect(SequentialTest.grouped(999) == "999")
    }

    @Test func theStateSurvivesEncoding() throws {
        var test = try SequentialTest(configuration: Self.hook)
        try test.update(
            control: arm(2_000, mean: 0.6, variance: 0.24),
            treatment: arm(2_000, mean: 0.62, variance: 0.2356)
        )
        let decoded = try JSONDecoder().decode(SequentialTest.self, from: JSONEncoder().encode(test))
        #expect(decoded == test)
    }

    /// Watch time, a mean: skewed Gamma(2)·30 s per viewer (mean 60 s, sd 42 s). A +10 % lift
    /// (66 s) is found for B within 10,000 viewers; 50 A/A runs to 10,000 viewers, looked at
    /// every 500, decide at most 5 times (α·50 = 2.5 expected at most, a generous fixed bound).
    @Test func watchTimeIsTestedAsAMean() throws {
        let configuration = SequentialTest.Configuration.forLift(baseline: 60)
        func run(seed: UInt64, lift: Double) throws -> SequentialTest {
            var random = SeededGenerator(seed: seed)
            var test = try SequentialTest(configuration: configuration)
            var arms = [ArmSummary(), ArmSummary()]
            for viewer in 1...10_000 {
                let arm = random.below(2)
                arms[arm].add(random.gamma(shape: 2) * 30 * (arm == 1 ? 1 + lift : 1))
                if viewer % 500 == 0 { try test.update(control: arms[0], treatment: arms[1]) }
            }
            return test
        }
        #expect(try run(seed: 1, lift: 0.1).winner == .treatment)
        #expect(try (0..<50).filter { try run(seed: 100 + $0, lift: 0).isDecided }.count <= 5)
    }

    @Test func theNaiveZTestIsTheTextbookOne() {
        let result = FixedHorizonTest.zTest(
            control: arm(1_000, mean: 0.6, variance: 0.24),
            treatment: arm(1_000, mean: 0.6438, variance: 0.24)
        )
        #expect(abs(result.z - 0.0438 / (0.48 / 1_000).squareRoot()) < 1e-9)
        #expect(abs(result.pValue - 2 * StandardNormal.cdf(-abs(result.z))) < 1e-15)
        #expect(
            abs(
                FixedHorizonTest.zTest(control: arm(2, mean: 0, variance: 0), treatment: arm(2, mean: 0, variance: 0))
                    .pValue - 1
            ) < 1e-15
        )
    }
}
