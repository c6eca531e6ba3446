/// The classical two-sample z-test, valid only when read once at a sample size fixed in advance.
///
/// Here to show why ``SequentialTest`` exists: read after every batch of viewers ("peeking"),
/// it declares a difference that is not there far more often than α (see `docs/experiments.md`;
/// Armitage, McPherson & Rowe, "Repeated Significance Tests on Accumulating Data", JRSS A 132
/// (1969)). z = (x̄_B − x̄_A)/√(σ_A²/n_A + σ_B²/n_B), two-sided p = 2Φ(−|z|) (Wald, unpooled).
public enum FixedHorizonTest {
    /// One reading of the test.
    public struct Result: Sendable, Hashable {
        /// The z statistic (0 when the standard error is 0).
        public var z: Double
        /// The two-sided p-value.
        public var pValue: Double
    }

    /// The z-test of treatment − control.
    public static func zTest(control: ArmSummary, treatment: ArmSummary) -> Result {
        let s2 = control.varianceOfMean + treatment.varianceOfMean
        guard s2 > 0 else { return Result(z: 0, pValue: 1) }
        let z = (treatment.mean - control.mean) / s2.squareRoot()
        return Result(z: z, pValue: 2 * StandardNormal.cdf(-abs(z)))
    }
}
