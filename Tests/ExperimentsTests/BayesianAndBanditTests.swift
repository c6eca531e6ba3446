import Testing

@testable import Experiments

@Suite struct BayesianSummaryTests {
    /// 100/1,000 vs 120/1,000: +20 % lift, delta-method σ = 0.15344, chance to win 0.90379
    /// (computed independently with scipy).
    @Test func chanceToWinMatchesTheNormalPosterior() throws {
        let summary = try BayesianSummary(
            control: ArmSummary(successes: 100, trials: 1_000),
            treatment: ArmSummary(successes: 120, trials: 1_000)
        )
        #expect(abs(summary.lift - 0.2) < 1e-12)
        #expect(abs(summary.standardDeviation - 0.15343905481833345) < 1e-12)
        #expect(abs(summary.chanceToWin - 0.9037892608388691) < 1e-12)
        #expect(abs(summary.credibleInterval.lowerBound - -0.10073502126580064) < 1e-12)
    }

    @Test func aProperPriorShrinksTheLiftTowardZero() throws {
        let summary = try BayesianSummary(
            control: ArmSummary(successes: 100, trials: 1_000),
            treatment: ArmSummary(successes: 120, trials: 1_000),
            prior: (0, 0.3)
        )
        #expect(abs(summary.lift - 0.15852948955302829) < 1e-12)
        #expect(abs(summary.chanceToWin - 0.8770713560512942) < 1e-12)
    }

    @Test func aZeroControlIsRefused() {
        let error = #expect(throws: ExperimentsError.self) {
            try BayesianSummary(
                control: ArmSummary(successes: 0, trials: 50),
                treatment: ArmSummary(successes: 3, trials: 50)
            )
        }
        #expect(error?.problems.map(\.fieldPath) == ["control.mean"])
    }
}

@Suite struct ThompsonBanditTests {
    /// Four covers (0.040, 0.045, 0.050, 0.060), 20,000 impressions: the bandit loses less than
    /// half the clicks an even split loses, ends with most traffic on the best cover, and never
    /// starves an arm below its floor.
    @Test func theBanditFindsTheBestCoverWithLittleRegret() {
        let run = Simulation.banditRun(rates: [0.040, 0.045, 0.050, 0.060], impressions: 20_000, seed: 8)
        #expect(run.regret < 0.5 * run.uniformRegret)
        #expect(run.bestShare > 0.5)
        #expect(run.changes.first?.impressions == 0 && run.changes.count > 1)
        #expect(
            run.changes.allSatisfy {
                abs($0.shares.reduce(0, +) - 1) < 1e-9 && $0.shares.allSatisfy { $0 >= 0.01 - 1e-12 }
            }
        )
    }

    @Test func theFloorKeepsEveryArmInPlay() throws {
        var bandit = try ThompsonBandit(arms: ["a", "b"], configuration: .init(floor: 0.05), seed: 1)
        // Arm b never clicks, arm a always: Thompson alone would nearly stop serving b.
        var served = [0, 0]
        for _ in 0..<10_000 {
            let arm = bandit.serve()
            served[arm] += 1
            bandit.record(arm: arm, clicked: arm == 0)
        }
        #expect(served[1] >= 400)  // ≥ 5 % × 10,000 = 500 expected, minus ample noise
        #expect(bandit.arms[0].posteriorMean > 0.99)
    }

    @Test func theSameSeedServesTheSameSequence() throws {
        func sequence() throws -> [Int] {
            var bandit = try ThompsonBandit(arms: ["a", "b", "c"], seed: 42)
            return (0..<500).map { i in
                let arm = bandit.serve()
                bandit.record(arm: arm, clicked: i % 7 == arm)
                return arm
            }
        }
        #expect(try sequence() == sequence())
    }

    @Test func badBanditSettingsAreAllReported() {
        let error = #expect(throws: ExperimentsError.self) {
            try ThompsonBandit(
                arms: ["a", "a", " "],
                configuration: .init(floor: 0.5, recordThreshold: 0, evaluationInterval: 0),
                seed: 1
            )
        }
        #expect(
            error?.problems.map(\.fieldPath) == [
                "arms[1]", "arms[2]", "configuration.floor", "configuration.recordThreshold",
                "configuration.evaluationInterval",
            ]
        )
    }
}
