/// The sufficient statistics of one metric in one variant: count, sum and sum of squares.
///
/// A proportion (hook rate, completion, continue n→n+1, paywall conversion) is the mean of 0/1
/// outcomes: ``init(successes:trials:)``. A mean (watch time in seconds) adds each viewer's
/// value. Summaries are cumulative and add up (`+`), so the numbers in a report can always be
/// recomputed from the stored events.
public struct ArmSummary: Sendable, Hashable, Codable {
    /// Viewers counted.
    public var count: Int
    /// The sum of their values.
    public var sum: Double
    /// The sum of their squared values.
    public var sumOfSquares: Double

    /// A summary from its sums (empty by default).
    public init(count: Int = 0, sum: Double = 0, sumOfSquares: Double = 0) {
        self.count = count
        self.sum = sum
        self.sumOfSquares = sumOfSquares
    }

    /// A proportion: `successes` of `trials` viewers (a 0/1 outcome, so Σx² = Σx).
    public init(successes: Int, trials: Int) {
        self.init(count: trials, sum: Double(successes), sumOfSquares: Double(successes))
    }

    /// Adds one viewer's value (1 or 0 for a proportion).
    public mutating func add(_ value: Double) {
        count += 1
        sum += value
        sumOfSquares += value * value
    }

    /// The two summaries pooled.
    public static func + (lhs: ArmSummary, rhs: ArmSummary) -> ArmSummary {
        ArmSummary(
            count: lhs.count + rhs.count,
            sum: lhs.sum + rhs.sum,
            sumOfSquares: lhs.sumOfSquares + rhs.sumOfSquares
        )
    }

    /// The mean (0 when empty).
    public var mean: Double { count > 0 ? sum / Double(count) : 0 }

    /// The sample variance with Bessel's correction, (Σx² − n·x̄²)/(n − 1); 0 below two viewers.
    /// For a proportion p̂ this is n·p̂(1 − p̂)/(n − 1).
    public var variance: Double {
        guard count > 1 else { return 0 }
        let n = Double(count)
        return max(0, (sumOfSquares - sum * sum / n) / (n - 1))
    }

    /// The squared standard error of the mean, variance/n.
    var varianceOfMean: Double { count > 0 ? variance / Double(count) : 0 }

    /// Problems with these numbers, under `path`.
    func problems(path: String) -> [ExperimentsError.Problem] {
        typealias Problem = ExperimentsError.Problem
        var problems: [Problem] = []
        if count < 0 {
            problems.append(
                Problem(
                    fieldPath: path + ".count",
                    message: "the count \(count) is negative",
                    hint: "count viewers from zero up"
                )
            )
        }
        if !sum.isFinite || !sumOfSquares.isFinite {
            problems.append(
                Problem(
                    fieldPath: path + ".sum",
                    message: "the sums are not finite numbers",
                    hint: "leave out values that are not numbers"
                )
            )
        } else if sumOfSquares < 0 || (count > 0 && sum * sum > sumOfSquares * Double(count) * (1 + 1e-9) + 1e-9) {
            problems.append(
                Problem(
                    fieldPath: path + ".sumOfSquares",
                    message: "the sum of squares \(sumOfSquares) is impossible for \(count) values summing to \(sum)",
                    hint: "add x² for every value x (for a proportion, Σx² = Σx = the successes)"
                )
            )
        }
        return problems
    }
}
