/// One version in an experiment, with its share of traffic.
public struct Variant: Sendable, Hashable, Codable {
    /// The name viewers' events are tagged with (`A`, `harder-hook`). Unique in its experiment.
    public var name: String
    /// The share of the layer's viewers this variant gets, in percent (0 … 100, in steps of
    /// 0.01). The weights of all experiments in a layer add up to at most 100; the rest of the
    /// layer's viewers are not enrolled (the holdout) and see the default version.
    public var weight: Double

    /// Creates a variant.
    public init(name: String, weight: Double) {
        self.name = name
        self.weight = weight
    }
}
