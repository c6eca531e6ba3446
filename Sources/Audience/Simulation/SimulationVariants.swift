/// An A/B test of episode cuts for the synthetic audience: per episode, alternative cuts keyed
/// by variant name, and which variant each viewer is shown.
///
/// A viewer assigned variant `X` of episode `n` plays `episodes[n]["X"]` (the default cut when
/// there is none under that name), its events carry `variant: "X"`, and the hidden effect
/// `settings.variantEffects["X"]` applies to that viewing. A viewer assigned `nil` sees the
/// default cut under the run's own variant name. The assignment is a pure function of the
/// viewer's anonymous id and the episode, so runs stay deterministic; give it the experiment's
/// real bucketing to test the whole path.
///
/// ```swift
/// let variants = SimulationVariants(episodes: [1: ["cold-open": coldOpen]]) { viewer, episode in
///     episode == 1 && StableHash.of("hook-test", viewer) % 2 == 0 ? "cold-open" : nil
/// }
/// ```
package struct SimulationVariants: Sendable {
    /// Alternative cuts: episode number → variant name → the cut (its `number` is ignored:
    /// the episode's own is used).
    package var episodes: [Int: [String: SimulatedEpisode]]
    /// The variant a viewer (anonymous id) is shown of an episode (number), nil for the default.
    package var assignment: @Sendable (String, Int) -> String?

    /// Creates a test of `episodes`' alternative cuts assigned by `assignment`.
    package init(episodes: [Int: [String: SimulatedEpisode]] = [:], assignment: @escaping @Sendable (String, Int) -> String?) {
        self.episodes = episodes
        self.assignment = assignment
    }
}
