import Basics
import Testing

@testable import Experiments

@Suite struct CUPEDTests {
    /// y = 2x + noise: θ = cov(X, Y)/var(X) ≈ 2 and the variance left is the noise's.
    @Test func thetaIsTheRegressionSlopeAndTheVarianceShrinks() {
        var random = SeededGenerator(seed: 3)
        var a = CovariateSummary()
        var b = CovariateSummary()
        for i in 0..<20_000 {
            let x = random.normal()
            let y = 2 * x + 0.5 * random.normal() + (i % 2 == 0 ? 0 : 0.1)
            if i % 2 == 0 { a.add(outcome: y, covariate: x) } else { b.add(outcome: y, covariate: x) }
        }
        let adjustment = CUPED.adjust(control: a, treatment: b)
        #expect(abs(adjustment.theta - 2) < 0.02)
        // ρ² = 4/(4 + 0.25) ≈ 0.941
        #expect(abs(adjustment.varianceReduction - 4 / 4.25) < 0.01)
        // Still unbiased: the adjusted difference is near the planted 0.1, with a far smaller error.
        let difference = adjustment.treatment.mean - adjustment.control.mean
        #expect(
            abs(difference - 0.1) < 4
                * (adjustment.control.varianceOfMean + adjustment.treatment.varianceOfMean).squareRoot()
        )
        #expect(adjustment.control.count == 10_000 && adjustment.treatment.count == 10_000)
    }

    @Test func viewersWithoutACovariateAreLeftAsTheyAre() {
        var a = CovariateSummary()
        var b = CovariateSummary()
        for (y, x) in [(1.0, 0.8), (0, 0.2), (1, 0.6), (0, 0.4)] {
            a.add(outcome: y, covariate: x)
            b.add(outcome: y, covariate: x)
        }
        a.add(outcome: 1, covariate: nil)
        b.add(outcome: 0, covariate: nil)
        let adjustment = CUPED.adjust(control: a, treatment: b)
        #expect(adjustment.control.count == 5 && adjustment.treatment.count == 5)
        // Identical covariate viewers cancel: the difference is only the uncovered viewers' −1/5.
        #expect(abs((adjustment.treatment.mean - adjustment.control.mean) - (-0.2)) < 1e-12)
        #expect(a.outcome == ArmSummary(successes: 3, trials: 5))
    }

    @Test func aConstantCovariateAdjustsNothing() {
        var a = CovariateSummary()
        var b = CovariateSummary()
        for y in [1.0, 0, 1, 1] {
            a.add(outcome: y, covariate: 0.5)
            b.add(outcome: 1 - y, covariate: 0.5)
        }
        let adjustment = CUPED.adjust(control: a, treatment: b)
        #expect(adjustment.theta == 0)
        #expect(adjustment.control == a.outcome && adjustment.treatment == b.outcome)
    }

    /// Completion with a covariate for 70 % of viewers: variance reduced by about ρ²·0.7 and the
    /// lift found in at least as many runs.
    @Test func cupedDecidesAtLeastAsOftenOnTheSameData() {
        let runs = Simulation.cupedRuns(
            runs: 20,
            viewers: 10_000,
            lookEvery: 500,
            lift: 0.04,
            withHistory: 0.7,
            configuration: .forLift(baseline: 0.5),
            seed: 4
        )
        let mean = runs.map(\.varianceReduction).reduce(0, +) / 20
        #expect(mean > 0.04 && mean < 0.12)  // ρ² = 1/9 for this simulation, × 0.7 ≈ 0.078
        #expect(runs.filter { $0.adjustedDecidedAt != nil }.count >= runs.filter { $0.plainDecidedAt != nil }.count)
    }
}
