package import Basics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SeededGenerator {
    /// A Gamma(shape, 1) draw (shape > 0).
    ///
    /// Marsaglia & Tsang, "A Simple Method for Generating Gamma Variables", ACM Transactions on
    /// Mathematical Software 26 (2000) 363–372: for shape ≥ 1, d = shape − ⅓, c = 1/√(9d); draw
    /// x ~ N(0, 1), v = (1 + cx)³, u ~ U(0, 1), accept d·v when v > 0 and
    /// u < 1 − 0.0331x⁴ (the squeeze) or log u < x²/2 + d(1 − v + log v). For shape < 1 it
    /// draws Gamma(shape + 1) and multiplies by u^(1/shape) (§6 of the paper).
    package mutating func gamma(shape: Double) -> Double {
        precondition(shape > 0 && shape.isFinite, "shape must be positive and finite")
        if shape < 1 {
            let u = max(unit(), .leastNormalMagnitude)
            return gamma(shape: shape + 1) * pow(u, 1 / shape)
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double
            var v: Double
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = unit()
            let x2 = x * x
            if u < 1 - 0.0331 * x2 * x2 { return d * v }
            if u > 0, log(u) < 0.5 * x2 + d * (1 - v + log(v)) { return d * v }
        }
    }

    /// A Beta(α, β) draw: X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β) (α, β > 0).
    ///
    /// Source: Devroye, Non-Uniform Random Variate Generation (1986), chapter IX.4.
    package mutating func beta(_ alpha: Double, _ beta: Double) -> Double {
        let x = gamma(shape: alpha)
        let y = gamma(shape: beta)
        let total = x + y
        return total > 0 ? x / total : alpha / (alpha + beta)  // both underflowed: tiny shapes
    }
}
