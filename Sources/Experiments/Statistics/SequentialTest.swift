#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An always-valid sequential test of the difference between a treatment's and a control's
/// mean (a proportion or a mean): look as often as you like and stop as soon as it decides.
///
/// The mixture sequential probability ratio test (mSPRT) of Johari, Koomen, Pekelis & Walsh,
/// "Always Valid Inference: Continuous Monitoring of A/B Tests", Operations Research 70 (2022),
/// also "Peeking at A/B Tests", KDD 2017. With Δ̂ = x̄_B − x̄_A and its variance
/// s² = σ_A²/n_A + σ_B²/n_B (sample variances plugged in), the likelihood ratio of a normal
/// mixture N(θ₀, τ²) over the true difference against θ₀ = 0 is
///
///     Λ = √(s² / (s² + τ²)) · exp(τ²(Δ̂ − θ₀)² / (2 s² (s² + τ²)))
///
/// which is FORMATS.md's Λₙ = √(V/(V+nτ²))·exp(n²τ²(Δ̂ₙ−θ₀)²/(2V(V+nτ²))) with s² = V/n when both
/// arms have n viewers. Under no difference Λ is a martingale, so by Ville's inequality
/// P(Λ ever ≥ 1/α) ≤ α: the always-valid p-value pₙ = min(pₙ₋₁, 1/Λₙ) may be read at every look.
/// The test decides at the first look with Λ ≥ 1/α (pₙ ≤ α). The always-valid (1 − α)
/// interval is the running intersection of {θ₀ : Λₙ(θ₀) < 1/α} =
/// Δ̂ ± √(s²(s² + τ²)/τ² · (2 log(1/α) + log((s² + τ²)/s²))).
///
/// A look before each arm has `minimumPerArm` viewers (or while a variance is 0) changes
/// nothing: the plug-in variances need that many viewers to be trusted.
///
/// ```swift
/// var test = try SequentialTest(configuration: .forLift(baseline: 0.6))   // hook rate ≈ 60 %
/// let look = try test.update(control: ArmSummary(successes: 1_210, trials: 2_000),
///                            treatment: ArmSummary(successes: 1_302, trials: 2_010))
/// print(test.summary(control: "A", treatment: "B"))
/// // B leads (0.648 vs 0.605, +7.1 %); not decided yet; about 790 more viewers needed at this rate.
/// ```
public struct SequentialTest: Sendable, Hashable, Codable {
    /// Which arm.
    public enum Side: String, Sendable, Hashable, Codable {
        /// The control (A).
        case control
        /// The treatment (B).
        case treatment
    }

    /// The test's settings.
    public struct Configuration: Sendable, Hashable, Codable {
        /// The false-positive rate the test guarantees over any number of looks (0.05).
        public var alpha: Double
        /// τ, the standard deviation of the normal mixture over the true difference, in the
        /// metric's units. The test decides fastest for differences near τ: at the look where it
        /// decides, log Λ is largest for τ² = Δ²(z² − 1)/z², and z² ≈ 9 there at α = 0.05, so
        /// τ ≈ 0.94·Δ. Set it to the smallest difference worth acting on (``forLift(baseline:relativeLift:alpha:minimumPerArm:)``).
        public var tau: Double
        /// Viewers each arm needs before a look counts (100).
        public var minimumPerArm: Int

        /// Creates settings.
        public init(alpha: Double = 0.05, tau: Double, minimumPerArm: Int = 100) {
            self.alpha = alpha
            self.tau = tau
            self.minimumPerArm = minimumPerArm
        }

        /// Settings tuned to detect a relative lift over a known baseline fastest: τ = baseline ×
        /// relativeLift (5 % by default: 0.03 for a 60 % hook rate, 3 s for 60 s of watch time).
        /// The baseline comes from the metric's history (earlier episodes), not from the
        /// experiment's own data, so τ is fixed before the first look.
        public static func forLift(
            baseline: Double,
            relativeLift: Double = 0.05,
            alpha: Double = 0.05,
            minimumPerArm: Int = 100
        ) -> Configuration {
            Configuration(alpha: alpha, tau: abs(baseline * relativeLift), minimumPerArm: minimumPerArm)
        }

        func problems(path: String) -> [ExperimentsError.Problem] {
            typealias Problem = ExperimentsError.Problem
            var problems: [Problem] = []
            if !(alpha > 0 && alpha < 1) {
                problems.append(
                    Problem(
                        fieldPath: path + "alpha",
                        message: "α = \(alpha) is not between 0 and 1",
                        hint: "use 0.05 unless you have a reason"
                    )
                )
            }
            if !(tau > 0 && tau.isFinite) {
                problems.append(
                    Problem(
                        fieldPath: path + "tau",
                        message: "τ = \(tau) is not a positive number",
                        hint:
                            "set τ to the smallest difference worth acting on, e.g. .forLift(baseline: 0.6, relativeLift: 0.05)"
                    )
                )
            }
            if minimumPerArm < 2 {
                problems.append(
                    Problem(
                        fieldPath: path + "minimumPerArm",
                        message: "minimumPerArm = \(minimumPerArm) is below 2",
                        hint: "use 100 or more"
                    )
                )
            }
            return problems
        }
    }

    /// What one look saw.
    public struct Look: Sendable, Hashable, Codable {
        /// The control's cumulative summary.
        public var control: ArmSummary
        /// The treatment's cumulative summary.
        public var treatment: ArmSummary
        /// Δ̂ = treatment mean − control mean.
        public var difference: Double
        /// s, the standard error of Δ̂ (0 while collecting).
        public var standardError: Double
        /// log Λ against no difference (0 while collecting).
        public var logLikelihoodRatio: Double
        /// The always-valid p-value after this look (running minimum).
        public var pValue: Double
        /// The always-valid (1 − α) interval for the difference after this look (running
        /// intersection); `nil` while collecting.
        public var interval: ClosedRange<Double>?

        /// Viewers in both arms.
        public var viewers: Int { control.count + treatment.count }
        /// Δ̂ relative to the control's mean, when that is not 0.
        public var relativeLift: Double? { control.mean != 0 ? difference / control.mean : nil }
    }

    /// The settings.
    public let configuration: Configuration
    /// The always-valid p-value: 1 until the first counted look, then never rising.
    public private(set) var pValue: Double = 1
    /// The always-valid (1 − α) interval for treatment − control; `nil` until a look counts.
    public private(set) var interval: ClosedRange<Double>?
    /// The latest look.
    public private(set) var latest: Look?
    /// How many looks were taken.
    public private(set) var lookCount = 0
    /// The winner, fixed at the look that decided; `nil` while undecided.
    public private(set) var winner: Side?
    /// Viewers (both arms) at the look that decided.
    public private(set) var decidedAtViewers: Int?

    /// A test with no looks yet.
    /// - Throws: ``ExperimentsError`` `invalidConfiguration` when α is not in (0, 1), τ is
    ///   not positive or `minimumPerArm` < 2 (field paths `alpha`, `tau`, `minimumPerArm`).
    public init(configuration: Configuration) throws(ExperimentsError) {
        try ExperimentsError.check(
            configuration.problems(path: ""),
            code: .invalidConfiguration,
            source: "sequential test",
            what: "the configuration"
        )
        self.configuration = configuration
    }

    /// True once pₙ ≤ α. Final: later looks do not undo it.
    public var isDecided: Bool { winner != nil }

    /// Takes a look at the cumulative summaries of both arms.
    ///
    /// - Throws: ``ExperimentsError`` `invalidData` when a summary is impossible (negative
    ///   count, sums that no values could give) or a count went down since the last look (the
    ///   summaries must be cumulative), with field paths `control.count`, `treatment.sum`, ….
    @discardableResult
    public mutating func update(control: ArmSummary, treatment: ArmSummary) throws(ExperimentsError) -> Look {
        var problems = control.problems(path: "control") + treatment.problems(path: "treatment")
        if let latest {
            for (name, old, new) in [
                ("control", latest.control.count, control.count),
                ("treatment", latest.treatment.count, treatment.count),
            ]
            where new < old {
                problems.append(
                    ExperimentsError.Problem(
                        fieldPath: name + ".count",
                        message: "the count went down from \(old) to \(new) since the last look",
                        hint: "pass cumulative summaries (all viewers so far), or start a new test"
                    )
                )
            }
        }
        try ExperimentsError.check(problems, code: .invalidData, source: "sequential test", what: "the look")
        lookCount += 1

        let difference = treatment.mean - control.mean
        let s2 = control.varianceOfMean + treatment.varianceOfMean
        var look = Look(
            control: control,
            treatment: treatment,
            difference: difference,
            standardError: s2.squareRoot(),
            logLikelihoodRatio: 0,
            pValue: pValue,
            interval: interval
        )
        let counted =
            control.count >= configuration.minimumPerArm && treatment.count >= configuration.minimumPerArm && s2 > 0
        if counted {
            look.logLikelihoodRatio = Self.logLikelihoodRatio(
                difference: difference,
                s2: s2,
                tau2: configuration.tau * configuration.tau
            )
            pValue = min(pValue, min(1, exp(-look.logLikelihoodRatio)))
            let current = Self.interval(difference: difference, s2: s2, configuration: configuration)
            if let previous = interval, previous.overlaps(current) {
                interval = max(previous.lowerBound, current.lowerBound)...min(previous.upperBound, current.upperBound)
            } else {
                // First counted look, or the plug-in variances moved the interval clear of the
                // old one (possible only through estimation noise): start again from this look.
                interval = current
            }
            if winner == nil, pValue <= configuration.alpha {
                winner = difference > 0 ? .treatment : .control
                decidedAtViewers = look.viewers
            }
            look.pValue = pValue
            look.interval = interval
        }
        latest = look
        return look
    }

    /// log Λ for a difference Δ̂ with variance s², mixture variance τ², against θ₀ = 0.
    static func logLikelihoodRatio(difference: Double, s2: Double, tau2: Double) -> Double {
        0.5 * log(s2 / (s2 + tau2)) + tau2 * difference * difference / (2 * s2 * (s2 + tau2))
    }

    /// The set of θ₀ the current look does not reject: Δ̂ ± the half width.
    static func interval(difference: Double, s2: Double, configuration: Configuration) -> ClosedRange<Double> {
        let tau2 = configuration.tau * configuration.tau
        let half = (s2 * (s2 + tau2) / tau2 * (2 * log(1 / configuration.alpha) + log((s2 + tau2) / s2))).squareRoot()
        return (difference - half)...(difference + half)
    }

    /// The total viewers (both arms) at which the test would decide if the observed difference
    /// and each arm's per-viewer variance and share of traffic stayed as they are now.
    ///
    /// With N viewers now and s² now, s²(m) = s²·N/m at m viewers. log Λ(m) first falls, then
    /// rises without bound (its derivative in r = τ²m/(s²N) has one positive root), so the
    /// smallest m with log Λ(m) ≥ log(1/α) is found by growing m by 10 % steps until it holds,
    /// then bisecting. `nil` when decided, still collecting, the difference is 0, or more than a
    /// billion viewers would be needed. It is a projection "at this rate", not a promise: the
    /// observed difference of a test that has not decided is noisy (and, read at its most
    /// extreme, optimistic).
    public func viewersToDecide() -> Int? {
        guard !isDecided, let look = latest, look.standardError > 0, look.difference != 0,
            look.control.count >= configuration.minimumPerArm, look.treatment.count >= configuration.minimumPerArm
        else { return nil }
        let now = Double(look.viewers)
        let scale = look.standardError * look.standardError * now  // s² = scale / m
        let tau2 = configuration.tau * configuration.tau
        let threshold = log(1 / configuration.alpha)
        func decides(_ m: Double) -> Bool {
            Self.logLikelihoodRatio(difference: look.difference, s2: scale / m, tau2: tau2) >= threshold
        }
        var low = now
        var high = now
        while !decides(high) {
            low = high
            high *= 1.1
            if high > 1e9 { return nil }
        }
        while high - low > 1 {
            let middle = (low + high) / 2
            if decides(middle) { high = middle } else { low = middle }
        }
        return Int(high.rounded(.up))
    }

    /// The state of the decision rule.
    public enum Verdict: Sendable, Hashable {
        /// Fewer than `minimumPerArm` viewers in an arm: no look has counted.
        case collecting(control: Int, treatment: Int, minimum: Int)
        /// Not decided. `leader` is the arm with the higher mean (`nil` when equal); `moreViewers`
        /// the projected number of further viewers to decide at this rate (see
        /// ``SequentialTest/viewersToDecide()``).
        case undecided(leader: Side?, moreViewers: Int?)
        /// Decided for `winner` (higher mean) when `viewers` viewers had been seen.
        case decided(winner: Side, viewers: Int)
    }

    /// The state of the decision rule after the latest look.
    public var verdict: Verdict {
        if let winner, let decidedAtViewers { return .decided(winner: winner, viewers: decidedAtViewers) }
        guard let look = latest, look.control.count >= configuration.minimumPerArm,
            look.treatment.count >= configuration.minimumPerArm
        else {
            return .collecting(
                control: latest?.control.count ?? 0,
                treatment: latest?.treatment.count ?? 0,
                minimum: configuration.minimumPerArm
            )
        }
        let leader: Side? = look.difference > 0 ? .treatment : look.difference < 0 ? .control : nil
        return .undecided(leader: leader, moreViewers: viewersToDecide().map { max(0, $0 - look.viewers) })
    }
}
