package import Experiments
import Foundation
package import Production

/// An experiment's figures from the stored events: per variant the viewers exposed and each
/// metric with its 95 % interval, the always-valid test of the primary metric and the
/// guardrails (replayed look by look, a look every `lookEvery` exposures in the order viewers
/// were exposed, so the p-values are those a studio looking all along would have seen), the
/// sample-ratio check, and the decision in plain words.
///
/// Everything is recomputed from `audience.db` on each call: the same events give the same
/// report (docs/experiments.md, "Reports").
package struct ExperimentReport: Sendable {
    /// One variant's figures.
    package struct VariantFigures: Sendable, Hashable {
        /// Its name.
        package var name: String
        /// Its planned share of the episode's viewers, in percent.
        package var weight: Double
        /// Viewers exposed to it.
        package var viewers: Int
        /// Metric → summary (proportions as 0/1 per viewer; watch time in seconds).
        package var metrics: [EpisodeExperiment.Metric: ArmSummary]
    }

    /// One point of a metric's history: after `viewers` exposures, each variant's mean.
    package struct HistoryPoint: Sendable, Hashable {
        /// Exposures so far (all variants).
        package var viewers: Int
        /// Milliseconds since 1970 of the last exposure counted.
        package var at: Int64
        /// Variant → the primary metric's mean so far.
        package var means: [String: Double]
        /// Variant (not the control) → the always-valid p-value so far.
        package var pValues: [String: Double]
    }

    /// The experiment.
    package var experiment: EpisodeExperiment
    /// Each variant, control first.
    package var variants: [VariantFigures]
    /// Viewers whose events carry two variants (assignment or logging fault), counted once.
    package var conflicts: Int
    /// The monitor's last look (nil before any viewer).
    package var look: ExperimentMonitor.Report?
    /// The primary metric's history, one point per look.
    package var history: [HistoryPoint]
    /// The share of the primary metric's variance CUPED removed (0 without a covariate).
    package var varianceReduction: Double
    /// The decision rule's state in plain words, one sentence per variant.
    package var summary: [String]
    /// Viewers counted who were simulated (`synthetic-…` ids): labelled wherever the report is shown.
    package var syntheticViewers: Int

    /// The τ of each metric's test: 5 % of a typical value (hook 0.6, completion 0.4, continue
    /// 0.5, paywall 0.05, 60 s of watch time), fixed before the first look.
    package static func configuration(_ metric: EpisodeExperiment.Metric) -> SequentialTest.Configuration {
        switch metric {
        case .hook: .forLift(baseline: 0.6)
        case .completion: .forLift(baseline: 0.4)
        case .continue: .forLift(baseline: 0.5)
        case .paywall: .forLift(baseline: 0.05)
        case .watchTime: .forLift(baseline: 60)
        case .clickThrough: .forLift(baseline: 0.1)
        }
    }

    /// A viewer's value of `metric`.
    static func value(_ outcome: VariantOutcome, _ metric: EpisodeExperiment.Metric) -> Double {
        switch metric {
        case .hook: outcome.hooked ? 1 : 0
        case .completion: outcome.completed ? 1 : 0
        case .continue: outcome.continued ? 1 : 0
        case .paywall: outcome.unlocked ? 1 : 0
        case .watchTime: outcome.watchedSeconds
        // A tile's clicks are not a viewer's outcome on the episode (title experiments are
        // reported from the tile's impressions).
        case .clickThrough: 0
        }
    }

    /// The report of `experiment` over `outcomes` (in order of exposure).
    /// - Throws: `AudienceError` `.invalidInput` when the experiment cannot be tested (its
    ///   definition is refused by the statistics).
    package static func make(
        experiment: EpisodeExperiment, outcomes: [VariantOutcome], conflicts: Int, lookEvery: Int = 200
    ) throws(AudienceError) -> ExperimentReport {
        let definition = ExperimentDefinition(
            key: experiment.key, episodes: [String(experiment.episode)],
            variants: experiment.variants.map { Variant(name: $0.name, weight: $0.weight) })
        let metrics = [experiment.metric] + experiment.guardrails.filter { $0 != experiment.metric }
        var monitor: ExperimentMonitor
        do {
            monitor = try ExperimentMonitor(
                definition: definition,
                primary: .init(name: experiment.metric.rawValue, configuration: configuration(experiment.metric)),
                guardrails: metrics.dropFirst().map { .init(name: $0.rawValue, configuration: configuration($0)) })
        } catch {
            throw AudienceError(code: .invalidInput, message: "experiment '\(experiment.key)' cannot be tested: \(error.description)")
        }
        let names = Set(experiment.variants.map(\.name))
        let counted = outcomes.filter { names.contains($0.variant) }
        var covariates: [EpisodeExperiment.Metric: [String: CovariateSummary]] = [:]
        for metric in metrics { covariates[metric] = Dictionary(uniqueKeysWithValues: experiment.variants.map { ($0.name, CovariateSummary()) }) }
        var exposures = Dictionary(uniqueKeysWithValues: experiment.variants.map { ($0.name, 0) })
        var history: [HistoryPoint] = []
        var look: ExperimentMonitor.Report?
        var reduction = 0.0

        func summaries() -> ([String: [String: ArmSummary]], Double) {
            var out: [String: [String: ArmSummary]] = [:]
            var primaryReduction = 0.0
            let control = experiment.control
            for metric in metrics {
                var arms: [String: ArmSummary] = [:]
                let byVariant = covariates[metric] ?? [:]
                arms[control] = byVariant[control]?.outcome ?? ArmSummary()
                for variant in experiment.variants.dropFirst() {
                    let adjusted = CUPED.adjust(control: byVariant[control] ?? CovariateSummary(), treatment: byVariant[variant.name] ?? CovariateSummary())
                    arms[variant.name] = adjusted.treatment
                    arms[control] = adjusted.control
                    if metric == experiment.metric { primaryReduction = max(primaryReduction, adjusted.varianceReduction) }
                }
                out[metric.rawValue] = arms
            }
            return (out, primaryReduction)
        }
        func take(at: Int64) throws(AudienceError) {
            let (arms, primaryReduction) = summaries()
            do {
                let report = try monitor.look(exposures: exposures, metrics: arms)
                look = report
                reduction = primaryReduction
                var means: [String: Double] = [:]
                for variant in experiment.variants { means[variant.name] = (covariates[experiment.metric]?[variant.name]?.outcome.mean) ?? 0 }
                var pValues: [String: Double] = [:]
                for comparison in report.comparisons { pValues[comparison.variant] = comparison.primary.pValue }
                history.append(HistoryPoint(viewers: exposures.values.reduce(0, +), at: at, means: means, pValues: pValues))
            } catch {
                throw AudienceError(code: .invalidInput, message: "experiment '\(experiment.key)': \(error.description)")
            }
        }
        for (index, outcome) in counted.enumerated() {
            exposures[outcome.variant, default: 0] += 1
            for metric in metrics { covariates[metric]?[outcome.variant]?.add(outcome: value(outcome, metric), covariate: outcome.earlierWatchedSeconds) }
            if (index + 1) % max(1, lookEvery) == 0 || index == counted.count - 1 { try take(at: outcome.exposedAt) }
        }

        var figures: [VariantFigures] = []
        for variant in experiment.variants {
            var summaries: [EpisodeExperiment.Metric: ArmSummary] = [:]
            for metric in EpisodeExperiment.Metric.allCases {
                var summary = ArmSummary()
                for outcome in counted where outcome.variant == variant.name { summary.add(value(outcome, metric)) }
                summaries[metric] = summary
            }
            figures.append(VariantFigures(name: variant.name, weight: variant.weight, viewers: exposures[variant.name] ?? 0, metrics: summaries))
        }
        var summary: [String]
        if let look {
            summary = look.comparisons.map(\.summary)
        } else {
            summary = ["No viewer has been shown a variant yet."]
        }
        if conflicts > 0 {
            summary.append("\(conflicts) viewer\(conflicts == 1 ? " was" : "s were") shown two variants (counted under the first): check how the channel assigns and tags events.")
        }
        return ExperimentReport(
            experiment: experiment, variants: figures, conflicts: conflicts, look: look, history: history, varianceReduction: reduction,
            summary: summary, syntheticViewers: counted.filter { $0.viewer.hasPrefix(AudienceStore.syntheticPrefix) }.count)
    }

    /// The decision for `variant` in plain words: `ship`, `keep running`, `keep the control`,
    /// `flagged (completion worse)`, `blocked (sample ratio mismatch)`.
    package func decision(_ variant: String) -> String {
        guard let comparison = look?.comparisons.first(where: { $0.variant == variant }) else { return variant == experiment.control ? "control" : "no data" }
        switch comparison.decision {
        case .ship: return "ship"
        case .keepRunning: return "keep running"
        case .keepControl: return "keep the control"
        case .flagged(let guardrails): return "flagged (\(guardrails.joined(separator: ", ")) worse)"
        case .blocked: return "blocked (sample ratio mismatch)"
        }
    }

    /// A 95 % interval of a mean (normal approximation; for a proportion, Wilson's).
    package static func interval(_ summary: ArmSummary, proportion: Bool) -> ClosedRange<Double>? {
        guard summary.count > 0 else { return nil }
        let n = Double(summary.count)
        let z = 1.959964
        if proportion {
            let p = summary.mean
            let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
            let half = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot() / (1 + z * z / n)
            return max(0, centre - half)...min(1, centre + half)
        }
        let half = z * (summary.variance / n).squareRoot()
        return (summary.mean - half)...(summary.mean + half)
    }
}
