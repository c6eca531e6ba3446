import Foundation

/// Kaiser-windowed sinc kernels, shared by the resampler and the true-peak oversampler.
enum WindowedSinc {
    /// The kernel value at `x` input samples from the centre, for a low-pass with cutoff
    /// `cutoff` (a fraction of the input Nyquist frequency), `halfWidth` input samples wide
    /// each side, Kaiser parameter `beta`.
    static func value(at x: Double, cutoff: Double, halfWidth: Double, beta: Double) -> Double {
        if abs(x) >= halfWidth { return 0 }
        let window = besselI0(beta * (1 - (x / halfWidth) * (x / halfWidth)).squareRoot()) / besselI0(beta)
        return cutoff * sinc(cutoff * x) * window
    }

    /// sin(πx)/(πx).
    static func sinc(_ x: Double) -> Double {
        if abs(x) < 1e-12 { return 1 }
        return sin(Double.pi * x) / (Double.pi * x)
    }

    /// The modified Bessel function of the first kind, order zero (power series).
    static func besselI0(_ x: Double) -> Double {
        var sum = 1.0
        var term = 1.0
        let half = x / 2
        for k in 1..<64 {
            term *= (half / Double(k)) * (half / Double(k))
            sum += term
            if term < sum * 1e-16 { break }
        }
        return sum
    }
}
