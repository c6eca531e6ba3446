import Testing

@testable import Experiments

/// The acceptance checks at test size. The simulations are seeded, so each is a fixed
/// computation; the bounds are the acceptance bounds for these sizes, not tuned to the outcome.
/// `ExperimentsBenchmark` runs the full sizes (docs/experiments.md).
@Suite struct PeekingTests {
    static let hook = SequentialTest.Configuration.forLift(baseline: 0.6)

    /// 200 A/A experiments, a look every 200 viewers up to 4,000 (20 looks): the sequential
    /// test's share ever significant is within 0.05 + 2·√(0.05·0.95/200) = 0.081; the naive
    /// z-test read at the same looks goes well past 0.05.
    @Test func peekingAtTheSequentialTestKeepsFalsePositivesUnderAlpha() {
        let runs = Simulation.proportionRuns(
            runs: 200,
            viewers: 4_000,
            lookEvery: 200,
            control: 0.6,
            treatment: 0.6,
            configuration: Self.hook,
            seed: 19
        )
        let sequential = Double(runs.filter { $0.decidedAt != nil }.count) / 200
        let naive = Double(runs.filter { $0.naiveSignificantAt != nil }.count) / 200
        #expect(sequential <= 0.05 + 2 * (0.05 * 0.95 / 200).squareRoot())
        #expect(naive > 0.15, "the naive test peeked 20 times should be fooled far more often than 5 %, was \(naive)")
    }

    /// 100 A/B experiments with +10 % (0.60 → 0.66) up to 8,000 viewers: at least 80 % detected,
    /// none in the wrong direction.
    @Test func aPlantedTenPercentLiftIsDetected() {
        let runs = Simulation.proportionRuns(
            runs: 100,
            viewers: 8_000,
            lookEvery: 200,
            control: 0.6,
            treatment: 0.66,
            configuration: Self.hook,
            seed: 20
        )
        #expect(runs.filter { $0.winner == .treatment }.count >= 80)
        #expect(runs.allSatisfy { $0.winner != .control })
    }
}
