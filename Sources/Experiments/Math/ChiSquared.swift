#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The chi-square distribution's upper tail, for the sample-ratio-mismatch check.
package enum ChiSquared {
    /// P(χ²ₖ ≥ x): the regularized upper incomplete gamma function Q(k/2, x/2).
    package static func survival(_ x: Double, degreesOfFreedom k: Int) -> Double {
        precondition(k > 0, "degrees of freedom must be positive")
        guard x > 0 else { return 1 }
        guard x.isFinite else { return 0 }
        return IncompleteGamma.upper(Double(k) / 2, x / 2)
    }
}

/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x).
///
/// The series for x < a + 1 and Lentz's continued fraction otherwise, each in the form that
/// converges fast there: Press et al., Numerical Recipes (3rd ed., 2007), §6.2, after
/// Abramowitz & Stegun 6.5.29 and 6.5.31.
package enum IncompleteGamma {
    /// Q(a, x), the regularized upper incomplete gamma function (a > 0, x ≥ 0).
    package static func upper(_ a: Double, _ x: Double) -> Double {
        precondition(a > 0, "shape must be positive")
        if x <= 0 { return 1 }
        return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x)
    }

    /// P(a, x) by its power series.
    private static func series(_ a: Double, _ x: Double) -> Double {
        var term = 1 / a
        var sum = term
        var n = a
        for _ in 0..<10_000 {
            n += 1
            term *= x / n
            sum += term
            if abs(term) < abs(sum) * 1e-16 { break }
        }
        return sum * exp(-x + a * log(x) - lgamma(a))
    }

    /// Q(a, x) by its continued fraction (modified Lentz).
    private static func continuedFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1..<10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return exp(-x + a * log(x) - lgamma(a)) * h
    }
}
