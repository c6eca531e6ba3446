/// One variant's outcome with its pre-exposure covariate, as sums, for ``CUPED``.
///
/// The covariate is something measured before the viewer saw the variant and that the variant
/// cannot change — in Cliffhanger, the viewer's completion rate over earlier episodes. Viewers
/// without one (new viewers) are kept apart and left unadjusted.
public struct CovariateSummary: Sendable, Hashable, Codable {
    /// Viewers with a covariate.
    public var count = 0
    /// Σx over viewers with a covariate.
    public var sumX = 0.0
    /// Σy over viewers with a covariate.
    public var sumY = 0.0
    /// Σx².
    public var sumXX = 0.0
    /// Σy².
    public var sumYY = 0.0
    /// Σxy.
    public var sumXY = 0.0
    /// The outcome of viewers without a covariate.
    public var withoutCovariate = ArmSummary()

    /// An empty summary.
    public init() {}

    /// Adds one viewer's outcome `y` and covariate `x`, if they have one.
    public mutating func add(outcome y: Double, covariate x: Double?) {
        guard let x else {
            withoutCovariate.add(y)
            return
        }
        count += 1
        sumX += x
        sumY += y
        sumXX += x * x
        sumYY += y * y
        sumXY += x * y
    }

    /// The outcome of all viewers, unadjusted.
    public var outcome: ArmSummary {
        ArmSummary(count: count, sum: sumY, sumOfSquares: sumYY) + withoutCovariate
    }
}

/// CUPED: a pre-exposure covariate removes the part of the outcome's variance it predicts.
///
/// Deng, Xu, Kohavi & Walker, "Improving the Sensitivity of Online Controlled Experiments by
/// Utilizing Pre-Experiment Data", WSDM 2013: Ŷ = Ȳ − θ(X̄ − E[X]) with θ = cov(X, Y)/var(X).
/// θ and E[X] are estimated on both arms pooled (the covariate is pre-exposure, so its
/// distribution is the same in both and Δ stays unbiased); each viewer's adjusted value is
/// y − θ(x − x̄), or y when they have no covariate (as if x = x̄). The variance of an arm's
/// adjusted mean is var(Y)(1 − ρ²) over the viewers with a covariate, so the difference needs
/// about 1/(1 − ρ²) times fewer viewers. The adjusted summaries go into ``SequentialTest``
/// like any others (θ is re-estimated at each look; with thousands of viewers its noise is
/// negligible, as Deng et al. note).
public enum CUPED {
    /// The adjusted summaries.
    public struct Adjustment: Sendable, Hashable {
        /// θ = cov(X, Y)/var(X) (0 when var(X) = 0 or fewer than two viewers have a covariate).
        public var theta: Double
        /// x̄, the pooled covariate mean (E[X]).
        public var covariateMean: Double
        /// The control's adjusted outcome summary (count, Σŷ, Σŷ²).
        public var control: ArmSummary
        /// The treatment's adjusted outcome summary.
        public var treatment: ArmSummary
        /// 1 − var(adjusted Δ̂)/var(unadjusted Δ̂): the share of the difference's variance
        /// removed (≈ ρ² when every viewer has a covariate).
        public var varianceReduction: Double
    }

    /// Adjusts both arms' outcomes by the pooled θ.
    public static func adjust(control: CovariateSummary, treatment: CovariateSummary) -> Adjustment {
        let n = Double(control.count + treatment.count)
        let sumX = control.sumX + treatment.sumX
        let sumY = control.sumY + treatment.sumY
        var theta = 0.0
        var meanX = 0.0
        if n >= 2 {
            meanX = sumX / n
            let varX = (control.sumXX + treatment.sumXX - sumX * sumX / n) / (n - 1)
            let covXY = (control.sumXY + treatment.sumXY - sumX * sumY / n) / (n - 1)
            if varX > 1e-12 { theta = covXY / varX }
        }
        let adjustedControl = adjusted(control, theta: theta, meanX: meanX)
        let adjustedTreatment = adjusted(treatment, theta: theta, meanX: meanX)
        let before = control.outcome.varianceOfMean + treatment.outcome.varianceOfMean
        let after = adjustedControl.varianceOfMean + adjustedTreatment.varianceOfMean
        return Adjustment(
            theta: theta,
            covariateMean: meanX,
            control: adjustedControl,
            treatment: adjustedTreatment,
            varianceReduction: before > 0 ? 1 - after / before : 0
        )
    }

    /// The summary of ŷ = y − θx + θx̄ over viewers with a covariate, plus y for those without.
    private static func adjusted(_ arm: CovariateSummary, theta: Double, meanX: Double) -> ArmSummary {
        let n = Double(arm.count)
        let c = theta * meanX
        let sum = arm.sumY - theta * arm.sumX + n * c
        let sumOfSquares =
            arm.sumYY + theta * theta * arm.sumXX + n * c * c - 2 * theta * arm.sumXY + 2 * c * arm.sumY - 2 * theta * c
            * arm.sumX
        return ArmSummary(count: arm.count, sum: sum, sumOfSquares: max(0, sumOfSquares)) + arm.withoutCovariate
    }
}
