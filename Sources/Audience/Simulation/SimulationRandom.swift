import Foundation

/// A seeded random generator (SplitMix64) for the synthetic audience: the same seed gives the
/// same viewers, on every machine.
struct SimulationRandom: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for a sub-stream: the same seed and keys always give the same stream.
    init(seed: UInt64, _ keys: UInt64...) {
        var state = seed ^ 0x5DEE_CE66_D1CE_4E5B
        for key in keys {
            var mix = SimulationRandom(seed: state ^ (key &* 0x9E37_79B9_7F4A_7C15))
            state = mix.next()
        }
        self.state = state
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Uniform in `range`.
    mutating func uniform(_ range: ClosedRange<Double>) -> Double { range.lowerBound + uniform() * (range.upperBound - range.lowerBound) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { uniform() < p }

    /// A standard normal draw (Box–Muller).
    mutating func normal() -> Double {
        let u = max(uniform(), 1e-12)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * uniform())
    }

    /// A log-normal factor with median 1 and log-spread `sigma`.
    mutating func factor(_ sigma: Double) -> Double { exp(sigma * normal()) }
}
