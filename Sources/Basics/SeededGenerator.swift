#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A seeded random generator (SplitMix64) with its own sampling helpers, so everything drawn
/// from it — a writer's words, a music bed, a scene's rain, a synthetic audience — depends on
/// the seed alone: not on the standard library's sampling algorithms, nor on hash-table order,
/// which Swift randomises per process.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose stream is fixed by `seed`.
    package init(seed: UInt64) { state = seed }

    /// A generator for a named sub-stream: the same seed and label always give the same stream.
    package init(seed: UInt64, label: String) { state = seed ^ StableHash.fnv1a(label) }

    /// A generator for a sub-stream keyed by numbers: the same seed and keys always give the
    /// same stream, and nearby keys give unrelated streams.
    package init(seed: UInt64, keys: [UInt64]) {
        var state = seed ^ 0x5DEE_CE66_D1CE_4E5B
        for key in keys {
            var mix = SeededGenerator(seed: state ^ (key &* 0x9E37_79B9_7F4A_7C15))
            state = mix.next()
        }
        self.state = state
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<1`.
    package mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Uniform in `range`.
    package mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// Uniform in −1 … 1.
    package mutating func bipolar() -> Float { Float(unit()) * 2 - 1 }

    /// True with probability `p`.
    package mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A whole number in `0..<bound` (`bound` > 0).
    package mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next() % UInt64(bound))
    }

    /// A whole number in `range`.
    package mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// One of `items`, or `nil` when there are none.
    package mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[below(items.count)] }

    /// `items` in a random order (Fisher–Yates).
    package mutating func shuffled<T>(_ items: [T]) -> [T] {
        var out = items
        guard out.count > 1 else { return out }
        for i in stride(from: out.count - 1, to: 0, by: -1) { out.swapAt(i, below(i + 1)) }
        return out
    }

    /// One of `items` picked by weight (weights > 0).
    package mutating func weighted<T>(_ items: [(T, Double)]) -> T? {
        let total = items.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return items.first?.0 }
        var x = unit() * total
        for (item, weight) in items {
            x -= weight
            if x < 0 { return item }
        }
        return items.last?.0
    }

    /// A standard normal draw (Box–Muller).
    package mutating func normal() -> Double {
        let u = max(unit(), 1e-12)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * unit())
    }

    /// A log-normal factor with median 1 and log-spread `sigma`.
    package mutating func factor(_ sigma: Double) -> Double { exp(sigma * normal()) }
}
