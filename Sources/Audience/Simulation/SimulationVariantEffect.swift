/// The hidden effect of an experiment variant on the synthetic viewers shown it: planted truth
/// for testing experiments, set in `SimulatedAudience.Settings.variantEffects` and never
/// derived from what the variant's episode contains (its measured moments act on the viewers
/// as usual, on top of this).
///
/// ```swift
/// // A hook that loses half as many viewers before the first conflict, and a stronger ending.
/// let effect = SimulationVariantEffect(hookImpatience: 0.5, cliffPull: 0.4)
/// ```
package struct SimulationVariantEffect: Sendable, Hashable, Codable {
    /// Multiplies the extra leaving rate before the episode's first spike (the hook's
    /// impatience): below 1 the opening holds more viewers, above 1 fewer. 1 is no effect.
    package var hookImpatience: Double
    /// Added to the odds (logit) of going on to the next episode after completing this one:
    /// the ending's pull. 0 is no effect.
    package var cliffPull: Double
    /// Added to the viewer's interest (about 1 at the start, kept within 0–2) as the episode
    /// starts. 0 is no effect.
    package var interest: Double

    /// Creates an effect; the defaults change nothing.
    package init(hookImpatience: Double = 1, cliffPull: Double = 0, interest: Double = 0) {
        self.hookImpatience = hookImpatience
        self.cliffPull = cliffPull
        self.interest = interest
    }
}
