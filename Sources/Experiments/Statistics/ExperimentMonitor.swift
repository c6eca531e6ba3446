/// Watches one experiment look by look: the sample-ratio check, an always-valid test of the
/// primary metric per variant, and the guardrails; and says what to do.
///
/// Each variant after the first is compared with the first (the control). With k variants each
/// comparison runs at α/(k − 1) (Bonferroni), so the chance of any false winner stays ≤ α.
/// Guardrails are metrics that must not get worse (completion for a hook experiment): each has
/// its own ``SequentialTest``, and a guardrail is *worsened* once its always-valid interval
/// lies entirely on the bad side of 0.
///
/// The decision per variant, first match wins:
/// 1. ``Decision/blocked(pValue:)`` — sample ratio mismatch (p < 0.001): nothing is decided.
/// 2. ``Decision/keepControl`` — the variant is significantly worse on the primary metric.
/// 3. ``Decision/flagged(guardrails:)`` — a guardrail is significantly worse (whether or not
///    the primary improved: a hook that raises the hook rate and lowers completion lands here).
/// 4. ``Decision/ship`` — significantly better on the primary, no guardrail worsened.
/// 5. ``Decision/keepRunning``.
///
/// ```swift
/// var monitor = try ExperimentMonitor(
///     definition: hook,
///     primary: .init(name: "hook", configuration: .forLift(baseline: 0.6)),
///     guardrails: [.init(name: "completion", configuration: .forLift(baseline: 0.4))])
/// let report = try monitor.look(
///     exposures: ["A": 2_010, "B": 1_990],
///     metrics: ["hook": ["A": hookA, "B": hookB], "completion": ["A": doneA, "B": doneB]])
/// for comparison in report.comparisons { print(comparison.variant, comparison.decision, comparison.summary) }
/// ```
public struct ExperimentMonitor: Sendable, Hashable, Codable {
    /// A metric and how it is tested.
    public struct Metric: Sendable, Hashable, Codable {
        /// The metric's name, the key of its summaries in ``ExperimentMonitor/look(exposures:metrics:)``.
        public var name: String
        /// Whether a higher value is better (hook rate, completion, watch time: yes).
        public var higherIsBetter: Bool
        /// The sequential test's settings (α is divided among the comparisons).
        public var configuration: SequentialTest.Configuration

        /// Creates a metric.
        public init(name: String, higherIsBetter: Bool = true, configuration: SequentialTest.Configuration) {
            self.name = name
            self.higherIsBetter = higherIsBetter
            self.configuration = configuration
        }
    }

    /// What to do with one variant.
    public enum Decision: Sendable, Hashable, Codable {
        /// The sample ratio does not match the weights (p-value given): fix assignment or logging
        /// first; no result can be trusted.
        case blocked(pValue: Double)
        /// Not decided: keep the experiment running.
        case keepRunning
        /// The variant is better on the primary metric and no guardrail is worse: ship it.
        case ship
        /// The variant is worse on the primary metric: keep the control.
        case keepControl
        /// These guardrails got significantly worse: a person decides.
        case flagged(guardrails: [String])
    }

    /// One variant against the control after a look.
    public struct Comparison: Sendable, Hashable {
        /// The variant's name.
        public var variant: String
        /// The primary metric's test.
        public var primary: SequentialTest
        /// Each guardrail's test, in the order of ``ExperimentMonitor/guardrails``.
        public var guardrails: [SequentialTest]
        /// The guardrails significantly worse for this variant.
        public var worsened: [String]
        /// What to do.
        public var decision: Decision
        /// The primary test's state in plain words (``SequentialTest/summary(control:treatment:higherIsBetter:)``),
        /// prefixed by the reason when blocked or flagged.
        public var summary: String
    }

    /// Everything one look found.
    public struct Report: Sendable, Hashable {
        /// The sample-ratio check over all variants.
        public var sampleRatio: SampleRatioCheck
        /// One comparison per variant after the control.
        public var comparisons: [Comparison]
    }

    /// The experiment.
    public let definition: ExperimentDefinition
    /// The metric that decides.
    public let primary: Metric
    /// The metrics that must not get worse.
    public let guardrails: [Metric]
    /// variant → [primary, guardrails…] tests.
    private var tests: [String: [SequentialTest]]

    /// A monitor with no looks yet.
    /// - Throws: ``ExperimentsError`` `invalidConfiguration` listing every problem: the
    ///   definition's (under `definition.`), metric names empty or repeated, settings out of
    ///   range (`primary.configuration.tau`, `guardrails[1].configuration.alpha`).
    public init(definition: ExperimentDefinition, primary: Metric, guardrails: [Metric] = []) throws(ExperimentsError) {
        typealias Problem = ExperimentsError.Problem
        var problems = definition.problems(path: "definition.")
        var names: [String: String] = [:]
        for (path, metric) in [("primary", primary)]
            + guardrails.enumerated().map({ ("guardrails[\($0.offset)]", $0.element) })
        {
            if metric.name.allSatisfy(\.isWhitespace) {
                problems.append(
                    Problem(
                        fieldPath: path + ".name",
                        message: "the metric name is empty",
                        hint: "name the metric (hook, completion, watchTime)"
                    )
                )
            } else if let first = names[metric.name] {
                problems.append(
                    Problem(
                        fieldPath: path + ".name",
                        message: "metric '\(metric.name)' is also \(first)",
                        hint: "list every metric once; the primary metric is not also a guardrail"
                    )
                )
            } else {
                names[metric.name] = path
            }
            problems += metric.configuration.problems(path: path + ".configuration.")
        }
        try ExperimentsError.check(
            problems,
            code: .invalidConfiguration,
            source: "experiment '\(definition.key)'",
            what: "the monitor"
        )

        self.definition = definition
        self.primary = primary
        self.guardrails = guardrails
        let comparisons = max(1, definition.variants.count - 1)
        var tests: [String: [SequentialTest]] = [:]
        for variant in definition.variants.dropFirst() {
            tests[variant.name] = ([primary] + guardrails).map { metric in
                var configuration = metric.configuration
                configuration.alpha /= Double(comparisons)
                // Valid by the checks above; α/(k − 1) stays in (0, 1).
                return try! SequentialTest(configuration: configuration)
            }
        }
        self.tests = tests
    }

    /// Takes a look at cumulative exposures and metric summaries.
    ///
    /// - Parameters:
    ///   - exposures: viewers exposed per variant (for the sample-ratio check).
    ///   - metrics: metric name → variant name → cumulative summary, for the primary metric and
    ///     every guardrail.
    /// - Throws: ``ExperimentsError`` `invalidData` listing every missing or impossible entry
    ///   (`exposures["B"]`, `metrics["completion"]["A"]`, `metrics["hook"]["B"].count`); the
    ///   monitor is unchanged then.
    public mutating func look(
        exposures: [String: Int],
        metrics: [String: [String: ArmSummary]]
    ) throws(ExperimentsError) -> Report {
        typealias Problem = ExperimentsError.Problem
        var problems: [Problem] = []
        for variant in definition.variants where exposures[variant.name] == nil {
            problems.append(
                Problem(
                    fieldPath: "exposures[\"\(variant.name)\"]",
                    message: "no exposure count for variant '\(variant.name)'",
                    hint: "pass 0 when nobody saw it"
                )
            )
        }
        for metric in [primary] + guardrails {
            for variant in definition.variants where metrics[metric.name]?[variant.name] == nil {
                problems.append(
                    Problem(
                        fieldPath: "metrics[\"\(metric.name)\"][\"\(variant.name)\"]",
                        message: "no summary of '\(metric.name)' for variant '\(variant.name)'",
                        hint: "pass an empty ArmSummary when nobody saw it"
                    )
                )
            }
        }
        let source = "experiment '\(definition.key)'"
        try ExperimentsError.check(problems, code: .invalidData, source: source, what: "the look")

        let sampleRatio: SampleRatioCheck
        do {
            sampleRatio = try SampleRatioCheck(
                observed: definition.variants.map { exposures[$0.name] ?? 0 },
                weights: definition.variants.map(\.weight)
            )
        } catch {
            throw ExperimentsError(
                code: .invalidData,
                message: "\(source): the exposure counts are invalid",
                problems: error.problems.map { problem in
                    var problem = problem
                    if let index = Int(problem.fieldPath.drop { !$0.isNumber }.prefix { $0.isNumber }),
                        index < definition.variants.count
                    {
                        problem.fieldPath = "exposures[\"\(definition.variants[index].name)\"]"
                    }
                    return problem
                },
                source: source
            )
        }

        let control = definition.variants[0].name
        var updated = tests
        var comparisons: [Comparison] = []
        for variant in definition.variants.dropFirst().map(\.name) {
            var variantTests = updated[variant] ?? []
            for (index, metric) in ([primary] + guardrails).enumerated() {
                do {
                    try variantTests[index].update(
                        control: metrics[metric.name]![control]!,
                        treatment: metrics[metric.name]![variant]!
                    )
                } catch {
                    problems += error.problems.map { problem in
                        var problem = problem
                        let arm = problem.fieldPath.hasPrefix("control") ? control : variant
                        let rest = problem.fieldPath.drop { $0 != "." }
                        problem.fieldPath = "metrics[\"\(metric.name)\"][\"\(arm)\"]\(rest)"
                        return problem
                    }
                }
            }
            updated[variant] = variantTests
            comparisons.append(
                comparison(variant: variant, control: control, tests: variantTests, sampleRatio: sampleRatio)
            )
        }
        try ExperimentsError.check(problems, code: .invalidData, source: source, what: "the look")
        tests = updated
        return Report(sampleRatio: sampleRatio, comparisons: comparisons)
    }

    private func comparison(
        variant: String,
        control: String,
        tests: [SequentialTest],
        sampleRatio: SampleRatioCheck
    ) -> Comparison {
        let primaryTest = tests[0]
        var worsened: [String] = []
        for (metric, test) in zip(guardrails, tests.dropFirst()) {
            guard let winner = test.winner else { continue }
            if (winner == .control) == metric.higherIsBetter { worsened.append(metric.name) }
        }
        let primaryBetter = primaryTest.winner.map { ($0 == .treatment) == primary.higherIsBetter }
        let decision: Decision
        if sampleRatio.isMismatch {
            decision = .blocked(pValue: sampleRatio.pValue)
        } else if primaryBetter == false {
            decision = .keepControl
        } else if !worsened.isEmpty {
            decision = .flagged(guardrails: worsened)
        } else if primaryBetter == true {
            decision = .ship
        } else {
            decision = .keepRunning
        }
        var summary = primaryTest.summary(control: control, treatment: variant, higherIsBetter: primary.higherIsBetter)
        switch decision {
        case .blocked(let p):
            summary =
                "Blocked: the viewer counts do not match the weights (sample ratio mismatch, p = \(SequentialTest.pValueText(p))); check assignment and exposure logging. "
                + summary
        case .flagged(let names):
            summary = "Flagged: \(variant) is significantly worse on \(names.joined(separator: ", ")). " + summary
        default: break
        }
        return Comparison(
            variant: variant,
            primary: primaryTest,
            guardrails: Array(tests.dropFirst()),
            worsened: worsened,
            decision: decision,
            summary: summary
        )
    }
}
