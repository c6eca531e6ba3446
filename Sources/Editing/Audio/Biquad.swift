import Foundation

/// A second-order IIR section, `y = (b0 x + b1 x₁ + b2 x₂ − a1 y₁ − a2 y₂)`, with `a0` = 1.
///
/// State is kept in `Double` (transposed direct form II), so low cut-offs at 48 kHz stay
/// stable and exact. Designs follow the RBJ audio EQ cookbook.
struct Biquad: Sendable {
    var b0: Double, b1: Double, b2: Double, a1: Double, a2: Double
    private var z1 = 0.0, z2 = 0.0

    init(b0: Double, b1: Double, b2: Double, a1: Double, a2: Double) {
        (self.b0, self.b1, self.b2, self.a1, self.a2) = (b0, b1, b2, a1, a2)
    }

    /// One output sample.
    @inline(__always)
    mutating func process(_ x: Double) -> Double {
        let y = b0 * x + z1
        z1 = b1 * x - a1 * y + z2
        z2 = b2 * x - a2 * y
        return y
    }

    /// Filters `samples` in place, continuing from the current state.
    mutating func process(_ samples: inout [Float]) {
        samples.withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices { buffer[i] = Float(process(Double(buffer[i]))) }
        }
    }

    /// Clears the filter's memory.
    mutating func reset() { (z1, z2) = (0, 0) }

    /// A resonant low-pass at `frequency` Hz.
    static func lowPass(frequency: Double, q: Double = 0.7071, sampleRate: Int) -> Biquad {
        let (cosw, alpha) = parameters(frequency, q, sampleRate)
        let a0 = 1 + alpha
        return Biquad(
            b0: (1 - cosw) / 2 / a0, b1: (1 - cosw) / a0, b2: (1 - cosw) / 2 / a0,
            a1: -2 * cosw / a0, a2: (1 - alpha) / a0)
    }

    /// A resonant high-pass at `frequency` Hz.
    static func highPass(frequency: Double, q: Double = 0.7071, sampleRate: Int) -> Biquad {
        let (cosw, alpha) = parameters(frequency, q, sampleRate)
        let a0 = 1 + alpha
        return Biquad(
            b0: (1 + cosw) / 2 / a0, b1: -(1 + cosw) / a0, b2: (1 + cosw) / 2 / a0,
            a1: -2 * cosw / a0, a2: (1 - alpha) / a0)
    }

    /// A band-pass with 0 dB peak gain at `frequency` Hz.
    static func bandPass(frequency: Double, q: Double, sampleRate: Int) -> Biquad {
        let (cosw, alpha) = parameters(frequency, q, sampleRate)
        let a0 = 1 + alpha
        return Biquad(b0: alpha / a0, b1: 0, b2: -alpha / a0, a1: -2 * cosw / a0, a2: (1 - alpha) / a0)
    }

    /// Replaces the coefficients with `other`'s, keeping the state (for swept filters).
    mutating func retune(to other: Biquad) {
        (b0, b1, b2, a1, a2) = (other.b0, other.b1, other.b2, other.a1, other.a2)
    }

    private static func parameters(_ frequency: Double, _ q: Double, _ sampleRate: Int) -> (Double, Double) {
        let nyquistSafe = min(frequency, Double(sampleRate) * 0.49)
        let w = 2 * Double.pi * nyquistSafe / Double(sampleRate)
        return (cos(w), sin(w) / (2 * q))
    }
}
