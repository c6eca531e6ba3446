/// Where a viewer lands in a layer: in one variant of one experiment, or in none.
public enum Assignment: Sendable, Hashable, Codable {
    /// The viewer sees `variant` of `experiment`.
    case enrolled(experiment: String, variant: String)
    /// The viewer's bucket is outside every experiment's traffic (the holdout): they see the
    /// default version and are not counted in any experiment.
    case notEnrolled

    /// The variant's name when enrolled.
    public var variant: String? {
        if case .enrolled(_, let variant) = self { return variant }
        return nil
    }

    /// The experiment's key when enrolled.
    public var experiment: String? {
        if case .enrolled(let experiment, _) = self { return experiment }
        return nil
    }
}
