import Audience
import Basics
import DramaModel
import Experiments
import Foundation
import Production
import TestSupport
import Testing

/// The synthetic audience as a bench for experiments: a planted effect on variant B that the
/// report cannot see (it is in the viewers' hidden taste, not in B's cut, which is the
/// episode's own) is found by the whole path — assignment by the real bucketing, exposures,
/// the event store, per-variant outcomes and the always-valid test — and an A/A test is not
/// declared.
@Suite("Experiments on the synthetic audience")
struct ExperimentBenchTests {
    static let experiment = EpisodeExperiment(
        key: "ep001-end", episode: 1, kind: .ending, metric: .continue, guardrails: [.hook],
        variants: [.init(name: "A", weight: 50), .init(name: "B", weight: 50, instruction: "stronger-cliffhanger", script: "experiments/ep001-end/B.fountain")])

    /// The report after `viewers` synthetic viewers with `effect` planted on B.
    func report(seed: UInt64, viewers: Int, effect: SimulationVariantEffect?) async throws -> ExperimentReport {
        let layer = try Layer(
            key: "episode:bench/ep001",
            experiments: [ExperimentDefinition(key: Self.experiment.key, episodes: ["1"], variants: [Variant(name: "A", weight: 50), Variant(name: "B", weight: 50)])])
        let variants = SimulationVariants { viewer, episode in
            guard episode == 1, case .enrolled(let key, let variant) = layer.assign(unitID: viewer) else { return nil }
            return "\(key)/\(variant)"
        }
        let episodes = SimulationLoopFixture.episodes(Array(SimulationLoopFixture.english.scripts.prefix(3)), SimulationLoopFixture.english.series)
        let settings = SimulatedAudience.Settings(
            viewers: viewers, seed: seed, start: SimulationLoopFixture.start, variantEffects: effect.map { ["ep001-end/B": $0] } ?? [:])
        var run = SimulatedAudience(settings: settings).run(series: "bench", episodes: episodes, paywallEpisode: nil, variants: variants)
        run.recordExposures()
        let store = try AudienceStore(projectDirectory: try temporaryDirectory("cliff-experiment-bench").path)
        var start = 0
        while start < run.events.count {
            let end = min(run.events.count, start + 1000)
            _ = try await store.ingest(SimulationRun.batchBody(run.events[start..<end]), knownSeries: nil, receivedAt: SimulationLoopFixture.start.addingTimeInterval(86_400))
            start = end
        }
        let (outcomes, conflicts) = try await store.variantOutcomes(series: "bench", episodes: 1...1, experiment: Self.experiment.key)
        #expect(conflicts == 0)
        return try ExperimentReport.make(experiment: Self.experiment, outcomes: outcomes, conflicts: conflicts)
    }

    @Test("a planted pull on B's ending is found and shipped; the split matches the weights")
    func aPlantedEffectIsFound() async throws {
        let report = try await report(seed: 21, viewers: 4_000, effect: SimulationVariantEffect(cliffPull: 1.0))
        let a = try #require(report.variants.first { $0.name == "A" }), b = try #require(report.variants.first { $0.name == "B" })
        #expect(a.viewers + b.viewers == 4_000)
        #expect(abs(a.viewers - b.viewers) < 200, "a 50/50 split: \(a.viewers) vs \(b.viewers)")
        #expect(report.look?.sampleRatio.isMismatch == false)
        let continueA = try #require(a.metrics[.continue]).mean, continueB = try #require(b.metrics[.continue]).mean
        #expect(continueB > continueA, "\(continueB) vs \(continueA)")
        #expect(report.decision("B") == "ship", "\(report.summary)")
        #expect(report.summary.first?.hasPrefix("B wins") == true, "\(report.summary)")
        #expect(!report.history.isEmpty && report.history.count == 20, "a look every 200 exposures: \(report.history.count)")
    }

    @Test("with nothing planted the test does not declare a winner", arguments: [31, 32, 33] as [UInt64])
    func anAATestIsNotDeclared(seed: UInt64) async throws {
        let report = try await report(seed: seed, viewers: 1_200, effect: nil)
        #expect(report.decision("B") == "keep running", "seed \(seed): \(report.summary)")
    }
}
