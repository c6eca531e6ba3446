/// A Bayesian reading of treatment vs control, as GrowthBook's Bayesian engine shows it.
///
/// The relative lift Δᵣ = (μ_B − μ_A)/μ_A is estimated by Δ̂ᵣ = x̄_B/x̄_A − 1 with the delta-method
/// variance σ² = s_B²/(n_B x̄_A²) + x̄_B² s_A²/(n_A x̄_A⁴) (GrowthBook, "Statistical Details",
/// docs.growthbook.io/statistics/details). With a flat prior the posterior of Δᵣ is
/// N(Δ̂ᵣ, σ²); with a proper prior N(m₀, v₀) it is the precision-weighted combination
/// N((Δ̂ᵣ/σ² + m₀/v₀)/(1/σ² + 1/v₀), 1/(1/σ² + 1/v₀)). Chance to win = P(Δᵣ > 0) =
/// 1 − Φ(−μ/σ) for the posterior mean μ and standard deviation σ (FORMATS.md).
///
/// Unlike ``SequentialTest`` this is a description, not a decision rule: read repeatedly it is
/// not protected against peeking. The studio shows it beside the sequential verdict.
public struct BayesianSummary: Sendable, Hashable, Codable {
    /// The posterior mean of the relative lift (0.05 = +5 %).
    public var lift: Double
    /// The posterior standard deviation of the relative lift.
    public var standardDeviation: Double
    /// P(lift > 0) = 1 − Φ(−μ/σ); for a metric where lower is better, use 1 − this.
    public var chanceToWin: Double
    /// The central credible interval of the relative lift (95 % by default).
    public var credibleInterval: ClosedRange<Double>

    /// The posterior of the relative lift of `treatment` over `control`.
    ///
    /// - Parameters:
    ///   - prior: a normal prior (mean, standard deviation) on the relative lift; `nil` (the
    ///     default, as GrowthBook's) for a flat prior. GrowthBook's optional proper prior is
    ///     (0, 0.3).
    ///   - credibility: the credible interval's mass (0.95).
    /// - Throws: ``ExperimentsError`` `invalidData` when an arm has fewer than two viewers or
    ///   the control's mean is 0 (a relative lift is undefined).
    public init(
        control: ArmSummary,
        treatment: ArmSummary,
        prior: (mean: Double, standardDeviation: Double)? = nil,
        credibility: Double = 0.95
    ) throws(ExperimentsError) {
        typealias Problem = ExperimentsError.Problem
        var problems = control.problems(path: "control") + treatment.problems(path: "treatment")
        if control.count < 2 || treatment.count < 2 {
            problems.append(
                Problem(
                    fieldPath: "count",
                    message: "each arm needs at least two viewers",
                    hint: "wait for more viewers"
                )
            )
        } else if control.mean == 0 {
            problems.append(
                Problem(
                    fieldPath: "control.mean",
                    message: "the control's mean is 0, so a relative lift is undefined",
                    hint: "wait for more viewers"
                )
            )
        }
        if !(credibility > 0 && credibility < 1) {
            problems.append(
                Problem(fieldPath: "credibility", message: "\(credibility) is not between 0 and 1", hint: "use 0.95")
            )
        }
        if let prior, !(prior.standardDeviation > 0) {
            problems.append(
                Problem(
                    fieldPath: "prior.standardDeviation",
                    message: "the prior's standard deviation must be positive",
                    hint: "use 0.3, or no prior"
                )
            )
        }
        try ExperimentsError.check(problems, code: .invalidData, source: "Bayesian summary", what: "the input")

        let a = control.mean
        let b = treatment.mean
        var mean = b / a - 1
        var variance = treatment.varianceOfMean / (a * a) + b * b * control.varianceOfMean / (a * a * a * a)
        if let prior {
            let priorPrecision = 1 / (prior.standardDeviation * prior.standardDeviation)
            if variance > 0 {
                let precision = 1 / variance + priorPrecision
                mean = (mean / variance + prior.mean * priorPrecision) / precision
                variance = 1 / precision
            }
        }
        let sd = variance.squareRoot()
        lift = mean
        standardDeviation = sd
        if sd > 0 {
            chanceToWin = 1 - StandardNormal.cdf(-mean / sd)
        } else {
            chanceToWin = mean > 0 ? 1 : mean < 0 ? 0 : 0.5
        }
        let z = StandardNormal.quantile(0.5 + credibility / 2)
        credibleInterval = (mean - z * sd)...(mean + z * sd)
    }
}
