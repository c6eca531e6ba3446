/// An experiment: a key, the variants compared and their traffic, and the episodes it touches.
///
/// The first variant is the control; the others are compared with it. Weights are percentages
/// of the traffic of the ``Layer`` the experiment sits in; viewers outside every variant's
/// share are not enrolled. Assignment happens through a layer (``Layer/init(experiment:)``
/// for an experiment on its own), which validates first.
///
/// ```swift
/// let hook = ExperimentDefinition(
///     key: "hook-ep1", episodes: ["ep-1"],
///     variants: [Variant(name: "A", weight: 45), Variant(name: "B", weight: 45)])  // 10 % holdout
/// try hook.validate()
/// ```
public struct ExperimentDefinition: Sendable, Hashable, Codable {
    /// The experiment's stable key (`hook-ep1`): part of every bucket hash, never reused.
    public var key: String
    /// The episodes whose content the variants change. ``Layer/checkExclusive(_:)`` uses them to
    /// make sure no episode is touched by experiments in two different layers.
    public var episodes: [String]
    /// The variants, control first.
    public var variants: [Variant]

    /// Creates a definition (not validated: call ``validate()`` or build a ``Layer``).
    public init(key: String, episodes: [String] = [], variants: [Variant]) {
        self.key = key
        self.episodes = episodes
        self.variants = variants
    }

    /// The control variant's name (the first variant's).
    public var control: String? { variants.first?.name }

    /// The total weight in percent.
    public var totalWeight: Double { variants.reduce(0) { $0 + $1.weight } }

    /// Checks the definition and reports every problem at once.
    ///
    /// Problems: an empty key, fewer than two variants, an empty or duplicate variant name, a
    /// weight that is not a number, negative, finer than 0.01 %, or weights adding up to more
    /// than 100 %.
    /// - Throws: ``ExperimentsError`` with code `invalidDefinition`, one problem per fault, each
    ///   with its field path (`variants[2].weight`).
    public func validate() throws(ExperimentsError) {
        try ExperimentsError.check(
            problems(path: ""),
            code: .invalidDefinition,
            source: "experiment '\(key)'",
            what: "the definition"
        )
    }

    /// Every problem, with field paths under `path` (`""` or `experiments[1].`).
    func problems(path: String) -> [ExperimentsError.Problem] {
        typealias Problem = ExperimentsError.Problem
        var problems: [Problem] = []
        if key.allSatisfy(\.isWhitespace) {
            problems.append(
                Problem(
                    fieldPath: path + "key",
                    message: "the experiment key is empty",
                    hint: "give the experiment a short unique key such as 'hook-ep1'"
                )
            )
        }
        if variants.count < 2 {
            problems.append(
                Problem(
                    fieldPath: path + "variants",
                    message: "an experiment needs at least two variants, found \(variants.count)",
                    hint: "list the control first, then at least one variant to compare with it"
                )
            )
        }
        var firstIndex: [String: Int] = [:]
        for (index, variant) in variants.enumerated() {
            let at = "\(path)variants[\(index)]"
            if variant.name.allSatisfy(\.isWhitespace) {
                problems.append(
                    Problem(
                        fieldPath: at + ".name",
                        message: "the variant name is empty",
                        hint: "name the variant (for example 'A', 'B', 'harder-hook')"
                    )
                )
            } else if let first = firstIndex[variant.name] {
                problems.append(
                    Problem(
                        fieldPath: at + ".name",
                        message: "duplicate variant name '\(variant.name)' (also \(path)variants[\(first)].name)",
                        hint: "give every variant of an experiment its own name"
                    )
                )
            } else {
                firstIndex[variant.name] = index
            }
            problems += Self.weightProblems(variant.weight, at: at + ".weight")
        }
        let total = variants.reduce(0) { $0 + Bucketing.buckets(percent: $1.weight) }
        if total > Bucketing.bucketCount {
            problems.append(
                Problem(
                    fieldPath: path + "variants",
                    message: "the weights add up to \(Self.percent(total)) %, over 100 %",
                    hint: "lower the weights so that they add up to at most 100 %; the rest is the holdout"
                )
            )
        }
        return problems
    }

    static func weightProblems(_ weight: Double, at path: String) -> [ExperimentsError.Problem] {
        typealias Problem = ExperimentsError.Problem
        guard weight.isFinite else {
            return [
                Problem(
                    fieldPath: path,
                    message: "the weight is not a number",
                    hint: "use a percentage between 0 and 100"
                )
            ]
        }
        if weight < 0 {
            return [
                Problem(
                    fieldPath: path,
                    message: "the weight \(weight) % is negative",
                    hint: "use a percentage between 0 and 100 (0 pauses the variant)"
                )
            ]
        }
        if weight > 100 {
            return [
                Problem(
                    fieldPath: path,
                    message: "the weight \(weight) % is over 100 %",
                    hint: "use a percentage between 0 and 100"
                )
            ]
        }
        if abs(weight * 100 - (weight * 100).rounded()) > 1e-6 {
            return [
                Problem(
                    fieldPath: path,
                    message: "the weight \(weight) % is finer than one bucket (0.01 %)",
                    hint: "round it to two decimals, for example \(percent(Bucketing.buckets(percent: weight)))"
                )
            ]
        }
        return []
    }

    /// Buckets as a percentage with up to two decimals (`33.34`).
    static func percent(_ buckets: Int) -> String {
        let whole = buckets / 100
        let hundredths = buckets % 100
        if hundredths == 0 { return "\(whole)" }
        return hundredths % 10 == 0
            ? "\(whole).\(hundredths / 10)" : "\(whole).\(hundredths < 10 ? "0" : "")\(hundredths)"
    }
}
