import Foundation
import Testing

@testable import Experiments

@Suite struct MonitorTests {
    static let hook = ExperimentDefinition(
        key: "hook-ep1",
        episodes: ["ep-1"],
        variants: [Variant(name: "A", weight: 50), Variant(name: "B", weight: 50)]
    )

    static func monitor() throws -> ExperimentMonitor {
        try ExperimentMonitor(
            definition: hook,
            primary: .init(name: "hook", configuration: .forLift(baseline: 0.6)),
            guardrails: [.init(name: "completion", configuration: .forLift(baseline: 0.4))]
        )
    }

    @Test func sampleRatioMatchesReferenceChiSquareValues() throws {
        // 5,000 vs 5,300 at 50/50: χ² = 8.74, p = 0.0031 — suspicious but not blocking.
        let fine = try SampleRatioCheck(observed: [5_000, 5_300], weights: [50, 50])
        #expect(abs(fine.statistic - 8.737864077669903) < 1e-9)
        #expect(abs(fine.pValue - 0.003116693839866867) < 1e-12)
        #expect(!fine.isMismatch)
        // 5,000 vs 5,400: χ² = 15.38, p = 8.8e-5 — blocks.
        let bad = try SampleRatioCheck(observed: [5_000, 5_400], weights: [50, 50])
        #expect(bad.isMismatch)
        // Three variants at 20/40/40 with exactly proportional counts: χ² = 0.
        #expect(try SampleRatioCheck(observed: [200, 400, 400], weights: [20, 40, 40]).pValue == 1)
        // Viewers in a variant with no traffic: certain mismatch.
        #expect(try SampleRatioCheck(observed: [10, 3], weights: [100, 0]).pValue == 0)
        let error = #expect(throws: ExperimentsError.self) {
            try SampleRatioCheck(observed: [-1, 2], weights: [1, .nan])
        }
        #expect(error?.problems.map(\.fieldPath) == ["observed[0]", "weights[1]"])
    }

    @Test func aBetterVariantWithHealthyGuardrailsIsShipped() throws {
        var monitor = try Self.monitor()
        let report = try monitor.look(
            exposures: ["A": 3_000, "B": 3_000],
            metrics: [
                "hook": [
                    "A": ArmSummary(successes: 1_800, trials: 3_000), "B": ArmSummary(successes: 1_980, trials: 3_000),
                ],
                "completion": [
                    "A": ArmSummary(successes: 1_200, trials: 3_000), "B": ArmSummary(successes: 1_210, trials: 3_000),
                ],
            ]
        )
        #expect(report.comparisons.map(\.decision) == [.ship])
        #expect(report.comparisons[0].summary.hasPrefix("B wins (0.660 vs 0.600, +10.0 %"))
    }

    /// The issue's example: a hook that raises the hook rate and lowers completion is flagged.
    @Test func aHookThatHurtsCompletionIsFlagged() throws {
        var monitor = try Self.monitor()
        let report = try monitor.look(
            exposures: ["A": 3_000, "B": 3_000],
            metrics: [
                "hook": [
                    "A": ArmSummary(successes: 1_800, trials: 3_000), "B": ArmSummary(successes: 1_980, trials: 3_000),
                ],
                "completion": [
                    "A": ArmSummary(successes: 1_200, trials: 3_000), "B": ArmSummary(successes: 1_020, trials: 3_000),
                ],
            ]
        )
        let comparison = try #require(report.comparisons.first)
        #expect(comparison.decision == .flagged(guardrails: ["completion"]))
        #expect(comparison.primary.winner == .treatment)
        #expect(comparison.summary.hasPrefix("Flagged: B is significantly worse on completion. B wins"))
    }

    @Test func aSampleRatioMismatchBlocksTheDecision() throws {
        var monitor = try Self.monitor()
        let report = try monitor.look(
            exposures: ["A": 3_000, "B": 2_500],
            metrics: [
                "hook": [
                    "A": ArmSummary(successes: 1_800, trials: 3_000), "B": ArmSummary(successes: 1_700, trials: 2_500),
                ],
                "completion": [
                    "A": ArmSummary(successes: 1_200, trials: 3_000), "B": ArmSummary(successes: 1_000, trials: 2_500),
                ],
            ]
        )
        guard case .blocked(let p) = report.comparisons[0].decision else {
            Issue.record("expected a block, got \(report.comparisons[0].decision)")
            return
        }
        #expect(p < 0.001 && report.sampleRatio.isMismatch)
        #expect(report.comparisons[0].summary.hasPrefix("Blocked: the viewer counts do not match the weights"))
    }

    @Test func aWorseVariantKeepsTheControlAndAnUndecidedOneKeepsRunning() throws {
        var worse = try Self.monitor()
        let lost = try worse.look(
            exposures: ["A": 3_000, "B": 3_000],
            metrics: [
                "hook": [
                    "A": ArmSummary(successes: 1_800, trials: 3_000), "B": ArmSummary(successes: 1_600, trials: 3_000),
                ],
                "completion": [
                    "A": ArmSummary(successes: 1_200, trials: 3_000), "B": ArmSummary(successes: 1_200, trials: 3_000),
                ],
            ]
        )
        #expect(lost.comparisons[0].decision == .keepControl)

        var close = try Self.monitor()
        let running = try close.look(
            exposures: ["A": 500, "B": 500],
            metrics: [
                "hook": ["A": ArmSummary(successes: 300, trials: 500), "B": ArmSummary(successes: 310, trials: 500)],
                "completion": [
                    "A": ArmSummary(successes: 200, trials: 500), "B": ArmSummary(successes: 200, trials: 500),
                ],
            ]
        )
        #expect(running.comparisons[0].decision == .keepRunning)
    }

    @Test func threeVariantsSplitAlphaBonferroni() throws {
        var definition = Self.hook
        definition.variants = [
            Variant(name: "A", weight: 30), Variant(name: "B", weight: 30), Variant(name: "C", weight: 30),
        ]
        var monitor = try ExperimentMonitor(
            definition: definition,
            primary: .init(name: "hook", configuration: .forLift(baseline: 0.6))
        )
        let empty = ArmSummary()
        let report = try monitor.look(
            exposures: ["A": 0, "B": 0, "C": 0],
            metrics: ["hook": ["A": empty, "B": empty, "C": empty]]
        )
        #expect(report.comparisons.map(\.variant) == ["B", "C"])
        #expect(report.comparisons.allSatisfy { $0.primary.configuration.alpha == 0.025 })
    }

    @Test func missingOrImpossibleDataIsReportedAtOnceAndChangesNothing() throws {
        var monitor = try Self.monitor()
        let before = monitor
        let error = #expect(throws: ExperimentsError.self) {
            try monitor.look(exposures: ["A": 10], metrics: ["hook": ["A": ArmSummary(), "B": ArmSummary()]])
        }
        #expect(
            error?.problems.map(\.fieldPath) == [
                "exposures[\"B\"]", "metrics[\"completion\"][\"A\"]", "metrics[\"completion\"][\"B\"]",
            ]
        )
        let impossible = #expect(throws: ExperimentsError.self) {
            try monitor.look(
                exposures: ["A": 10, "B": 10],
                metrics: [
                    "hook": ["A": ArmSummary(successes: 11, trials: 10), "B": ArmSummary()],
                    "completion": ["A": ArmSummary(), "B": ArmSummary(count: -1)],
                ]
            )
        }
        #expect(
            impossible?.problems.map(\.fieldPath) == [
                "metrics[\"hook\"][\"A\"].sumOfSquares", "metrics[\"completion\"][\"B\"].count",
            ]
        )
        #expect(monitor == before)
    }

    @Test func badMonitorSettingsAreAllReported() {
        let error = #expect(throws: ExperimentsError.self) {
            try ExperimentMonitor(
                definition: ExperimentDefinition(
                    key: "x",
                    variants: [Variant(name: "A", weight: 80), Variant(name: "B", weight: 80)]
                ),
                primary: .init(name: "hook", configuration: .init(tau: -1)),
                guardrails: [
                    .init(name: "hook", configuration: .forLift(baseline: 0.5)),
                    .init(name: "", configuration: .forLift(baseline: 0.5, alpha: 2)),
                ]
            )
        }
        #expect(
            error?.problems.map(\.fieldPath) == [
                "definition.variants", "primary.configuration.tau", "guardrails[0].name", "guardrails[1].name",
                "guardrails[1].configuration.alpha",
            ]
        )
    }

    @Test func theMonitorSurvivesEncoding() throws {
        var monitor = try Self.monitor()
        _ = try monitor.look(
            exposures: ["A": 300, "B": 300],
            metrics: [
                "hook": ["A": ArmSummary(successes: 180, trials: 300), "B": ArmSummary(successes: 190, trials: 300)],
                "completion": [
                    "A": ArmSummary(successes: 120, trials: 300), "B": ArmSummary(successes: 121, trials: 300),
                ],
            ]
        )
        #expect(try JSONDecoder().decode(ExperimentMonitor.self, from: JSONEncoder().encode(monitor)) == monitor)
    }
}
