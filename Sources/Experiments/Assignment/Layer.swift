/// A set of mutually exclusive experiments that split one pool of traffic.
///
/// Every viewer has one bucket per layer, `Bucketing.bucket(key: layer.key, unitID: viewer)`.
/// The layer lays its experiments' variants end to end over the 10,000 buckets, in order:
/// experiment 0's variants first (control first), then experiment 1's, and so on; buckets past
/// the last variant are the holdout. Ranges are disjoint, so **a viewer is in at most one
/// experiment of a layer**, and the same viewer gets the same variant on every episode and in
/// every session (the bucket depends on nothing else: assignment is sticky by construction,
/// with nothing stored).
///
/// The rule for episodes: all experiments that change an episode belong to one layer (the
/// studio keys it `episode:<id>`, or `series:<id>` when an experiment spans a whole pilot and
/// the episode experiments join it); ``checkExclusive(_:)`` refuses two layers that touch the
/// same episode. Then no viewer is ever in two experiments on the same episode. The cost is
/// traffic: experiments sharing a layer share its 100 %.
///
/// Appending an experiment (or raising the last one's weight into the holdout) moves nobody
/// already enrolled; changing an earlier experiment's weights shifts the ranges after it, so
/// the studio should refuse that while they run.
///
/// ```swift
/// let layer = try Layer(key: "episode:ep-1", experiments: [hook, ending])
/// switch layer.assign(unitID: viewerID) {
/// case .enrolled(let experiment, let variant): show(variant, of: experiment)
/// case .notEnrolled: showDefault()
/// }
/// ```
public struct Layer: Sendable, Hashable {
    /// The layer's key, part of every bucket hash (`episode:ep-1`).
    public let key: String
    /// The experiments, in the order their ranges are laid out.
    public let experiments: [ExperimentDefinition]
    /// The bucket ranges: (experiment index, variant index, buckets).
    private let ranges: [(experiment: Int, variant: Int, buckets: Range<Int>)]

    /// A validated layer.
    /// - Throws: ``ExperimentsError`` `invalidDefinition` with every problem at once: each
    ///   experiment's own (under `experiments[i].`), duplicate experiment keys, and the total
    ///   traffic over 100 %.
    public init(key: String, experiments: [ExperimentDefinition]) throws(ExperimentsError) {
        try ExperimentsError.check(
            Self.problems(key: key, experiments: experiments),
            code: .invalidDefinition,
            source: "layer '\(key)'",
            what: "the layer"
        )
        self.key = key
        self.experiments = experiments
        var ranges: [(experiment: Int, variant: Int, buckets: Range<Int>)] = []
        var start = 0
        for (e, experiment) in experiments.enumerated() {
            for (v, variant) in experiment.variants.enumerated() {
                let end = start + Bucketing.buckets(percent: variant.weight)
                if end > start { ranges.append((e, v, start..<end)) }
                start = end
            }
        }
        self.ranges = ranges
    }

    /// A layer holding one experiment, keyed by the experiment's key: the bucket is then
    /// `hash(experiment key + viewer id)`.
    /// - Throws: ``ExperimentsError`` `invalidDefinition`, field paths as in
    ///   ``ExperimentDefinition/validate()``.
    public init(experiment: ExperimentDefinition) throws(ExperimentsError) {
        try experiment.validate()
        try self.init(key: experiment.key, experiments: [experiment])
    }

    /// The assignment of `unitID` (a viewer) in this layer.
    public func assign(unitID: String) -> Assignment {
        assign(bucket: Bucketing.bucket(key: key, unitID: unitID))
    }

    /// The assignment of a bucket (0 ..< 10,000).
    public func assign(bucket: Int) -> Assignment {
        for range in ranges where range.buckets.contains(bucket) {
            let experiment = experiments[range.experiment]
            return .enrolled(experiment: experiment.key, variant: experiment.variants[range.variant].name)
        }
        return .notEnrolled
    }

    /// Checks that no episode is touched by experiments in two different layers.
    ///
    /// Within a layer, experiments are exclusive by their bucket ranges; across layers, buckets
    /// are independent, so a viewer could be in one experiment of each. This is what keeps a
    /// viewer out of two experiments on the same episode.
    /// - Throws: ``ExperimentsError`` `invalidDefinition`, one problem per clash, at
    ///   `layers[i].experiments[j].episodes[k]`.
    public static func checkExclusive(_ layers: [Layer]) throws(ExperimentsError) {
        var owner: [String: (layer: Int, experiment: Int)] = [:]
        var problems: [ExperimentsError.Problem] = []
        for (l, layer) in layers.enumerated() {
            for (e, experiment) in layer.experiments.enumerated() {
                for (k, episode) in experiment.episodes.enumerated() {
                    if let first = owner[episode], first.layer != l {
                        let other = layers[first.layer]
                        problems.append(
                            ExperimentsError.Problem(
                                fieldPath: "layers[\(l)].experiments[\(e)].episodes[\(k)]",
                                message:
                                    "episode '\(episode)' is also changed by experiment '\(other.experiments[first.experiment].key)' in layer '\(other.key)', so a viewer could be in both",
                                hint:
                                    "put every experiment on '\(episode)' in one layer, or wait until the other experiment stops"
                            )
                        )
                    } else if owner[episode] == nil {
                        owner[episode] = (l, e)
                    }
                }
            }
        }
        try ExperimentsError.check(problems, code: .invalidDefinition, source: "layers", what: "the set of layers")
    }

    static func problems(key: String, experiments: [ExperimentDefinition]) -> [ExperimentsError.Problem] {
        typealias Problem = ExperimentsError.Problem
        var problems: [Problem] = []
        if key.allSatisfy(\.isWhitespace) {
            problems.append(
                Problem(
                    fieldPath: "key",
                    message: "the layer key is empty",
                    hint: "key the layer by what it covers, such as 'episode:ep-1'"
                )
            )
        }
        var seen: [String: Int] = [:]
        var total = 0
        for (index, experiment) in experiments.enumerated() {
            problems += experiment.problems(path: "experiments[\(index)].")
            if let first = seen[experiment.key], !experiment.key.allSatisfy(\.isWhitespace) {
                problems.append(
                    Problem(
                        fieldPath: "experiments[\(index)].key",
                        message: "duplicate experiment key '\(experiment.key)' (also experiments[\(first)].key)",
                        hint: "give every experiment its own key"
                    )
                )
            } else {
                seen[experiment.key] = index
            }
            total += experiment.variants.reduce(0) { $0 + Bucketing.buckets(percent: $1.weight) }
        }
        if experiments.count > 1, total > Bucketing.bucketCount {
            problems.append(
                Problem(
                    fieldPath: "experiments",
                    message:
                        "the experiments' weights add up to \(ExperimentDefinition.percent(total)) %, over the layer's 100 %",
                    hint:
                        "lower some weights, or wait for an experiment to stop before starting another on the same episode"
                )
            )
        }
        return problems
    }
}

extension Layer {
    /// Layers are equal when their keys and experiments are (the ranges follow from them).
    public static func == (lhs: Layer, rhs: Layer) -> Bool { lhs.key == rhs.key && lhs.experiments == rhs.experiments }
    /// Hashes the key and experiments.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(experiments)
    }
}
