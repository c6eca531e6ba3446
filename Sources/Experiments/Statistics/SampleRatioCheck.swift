/// The sample-ratio-mismatch check: do the variants' viewer counts match their weights?
///
/// A mismatch means assignment or logging is broken (a variant that crashes the player before
/// its exposure is logged, a bot filter that hits one variant more), so no result can be
/// trusted: ``isMismatch`` blocks every decision. Pearson's chi-square goodness of fit,
/// χ² = Σ (Oᵢ − Eᵢ)²/Eᵢ with Eᵢ = N·wᵢ/Σw and k − 1 degrees of freedom; mismatch when
/// p < 0.001, the threshold Fabijan et al. recommend ("Diagnosing Sample Ratio Mismatch in
/// Online Controlled Experiments", KDD 2019) so that a healthy experiment checked at every look
/// is rarely blocked.
public struct SampleRatioCheck: Sendable, Hashable, Codable {
    /// p below this blocks decisions.
    public static let threshold = 0.001

    /// The viewers counted per variant.
    public var observed: [Int]
    /// The configured shares, summing to 1.
    public var expectedShares: [Double]
    /// Pearson's χ².
    public var statistic: Double
    /// k − 1.
    public var degreesOfFreedom: Int
    /// P(χ² ≥ statistic) when the counts do follow the weights.
    public var pValue: Double

    /// True when p < 0.001: decisions are blocked.
    public var isMismatch: Bool { pValue < Self.threshold }

    /// Checks `observed` counts against `weights` (any positive scale, such as the variants'
    /// percentages).
    /// - Throws: ``ExperimentsError`` `invalidData` when the lists differ in length, a count or
    ///   weight is negative, or no weight is positive (paths `observed[i]`, `weights[i]`).
    public init(observed: [Int], weights: [Double]) throws(ExperimentsError) {
        typealias Problem = ExperimentsError.Problem
        var problems: [Problem] = []
        if observed.count != weights.count || observed.count < 2 {
            problems.append(
                Problem(
                    fieldPath: "observed",
                    message: "\(observed.count) counts for \(weights.count) weights",
                    hint: "pass one count per variant, in the order of the weights (at least two)"
                )
            )
        }
        for (index, count) in observed.enumerated() where count < 0 {
            problems.append(
                Problem(
                    fieldPath: "observed[\(index)]",
                    message: "the count \(count) is negative",
                    hint: "count viewers from zero up"
                )
            )
        }
        for (index, weight) in weights.enumerated() where !(weight >= 0 && weight.isFinite) {
            problems.append(
                Problem(
                    fieldPath: "weights[\(index)]",
                    message: "the weight \(weight) is not a non-negative number",
                    hint: "pass the variants' weights"
                )
            )
        }
        let total = weights.reduce(0, +)
        if problems.isEmpty, !(total > 0) {
            problems.append(
                Problem(fieldPath: "weights", message: "no weight is positive", hint: "pass the variants' weights")
            )
        }
        try ExperimentsError.check(problems, code: .invalidData, source: "sample-ratio check", what: "the input")

        self.observed = observed
        self.expectedShares = weights.map { $0 / total }
        let n = Double(observed.reduce(0, +))
        var statistic = 0.0
        for (count, share) in zip(observed, expectedShares) {
            let expected = n * share
            if expected > 0 {
                statistic += (Double(count) - expected) * (Double(count) - expected) / expected
            } else if count > 0 {
                statistic = .infinity  // viewers in a variant with no traffic
            }
        }
        self.statistic = statistic
        self.degreesOfFreedom = max(1, expectedShares.filter { $0 > 0 }.count - 1)
        self.pValue = n > 0 ? ChiSquared.survival(statistic, degreesOfFreedom: degreesOfFreedom) : 1
    }
}
