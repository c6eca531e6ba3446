import Synchronization

/// Band-limited sample-rate conversion by a polyphase Kaiser-windowed sinc filter.
///
/// The output has `round(n × to / from)` samples; output sample `i` sits at input position
/// `i × from / to`, computed exactly in integers. The filter passes 0–0.91 × the lower
/// Nyquist frequency flat (ripple well under 0.01 dB) and stops aliases by about 75 dB.
/// Each phase is normalised to unity DC gain.
///
/// ```swift
/// let at48k = Resampler.resample(espeakSamples, from: 22_050, to: 48_000)
/// ```
package enum Resampler {
    /// Zero crossings of the kernel each side of the centre, at the lower of the two rates.
    private static let zeroCrossings = 24
    private static let beta = 7.5
    private static let passband = 0.91
    /// Above this many phases the kernel is computed per output sample instead of tabulated.
    private static let maxTabulatedPhases = 4_096

    /// `mono` converted from `from` Hz to `to` Hz.
    ///
    /// - Precondition: both rates are positive.
    package static func resample(_ mono: [Float], from: Int, to: Int) -> [Float] {
        precondition(from > 0 && to > 0, "sample rates must be positive, got \(from) → \(to)")
        if from == to || mono.isEmpty { return from == to ? mono : [] }
        let g = gcd(from, to)
        let up = to / g  // phases
        let down = from / g
        let count = Int((Double(mono.count) * Double(to) / Double(from)).rounded())
        // Cutoff as a fraction of the input Nyquist; when decimating, also below the output's.
        let cutoff = passband * min(1, Double(to) / Double(from))
        let halfWidth = Double(zeroCrossings) / cutoff
        let taps = Int(halfWidth.rounded(.up))  // input samples each side
        // Rows are padded with zero taps to a multiple of eight for the SIMD dot product.
        let width = (2 * taps + 7) / 8 * 8
        var output = [Float](repeating: 0, count: count)
        // Pad the input so every tap reads real memory.
        var padded = [Float](repeating: 0, count: mono.count + taps + width + 2)
        for i in mono.indices { padded[i + taps] = mono[i] }
        let table = up <= maxTabulatedPhases ? cachedTable(from: from, to: to) {
            phaseTable(phases: up, taps: taps, width: width, cutoff: cutoff, halfWidth: halfWidth)
        } : []
        var scratch = [Float](repeating: 0, count: width)
        padded.withUnsafeBufferPointer { input in
          table.withUnsafeBufferPointer { kernels in
            output.withUnsafeMutableBufferPointer { out in
                for i in 0..<count {
                    let position = i * down  // in units of 1/up input samples
                    let base = position / up
                    let phase = position % up
                    // Taps read input samples base - taps + 1 …, which sit at padded[base + 1 …].
                    let samples = UnsafeRawPointer(input.baseAddress! + base + 1)
                    if kernels.isEmpty {
                        fillKernel(&scratch, phase: phase, phases: up, taps: taps, cutoff: cutoff, halfWidth: halfWidth)
                        out[i] = scratch.withUnsafeBufferPointer { dot(samples, UnsafeRawPointer($0.baseAddress!), width) }
                    } else {
                        out[i] = dot(samples, UnsafeRawPointer(kernels.baseAddress! + phase * width), width)
                    }
                }
            }
          }
        }
        return output
    }

    /// Kernel tables by conversion; an episode resamples every line at the same two rates.
    private static let tables = Mutex<[Conversion: [Float]]>([:])

    private struct Conversion: Hashable { var from: Int, to: Int }

    /// The table for `from` → `to`, made by `make` the first time (a few conversions are kept).
    private static func cachedTable(from: Int, to: Int, make: () -> [Float]) -> [Float] {
        let key = Conversion(from: from, to: to)
        if let table = tables.withLock({ $0[key] }) { return table }
        let table = make()
        tables.withLock { entries in
            if entries.count >= 8 { entries.removeAll() }
            entries[key] = table
        }
        return table
    }

    /// `phases` rows of `width` coefficients (`2 × taps` real ones, then zeros); row `p`
    /// interpolates at `p / phases` past a sample.
    private static func phaseTable(phases: Int, taps: Int, width: Int, cutoff: Double, halfWidth: Double) -> [Float] {
        var table = [Float](repeating: 0, count: phases * width)
        var row = [Float](repeating: 0, count: width)
        for phase in 0..<phases {
            fillKernel(&row, phase: phase, phases: phases, taps: taps, cutoff: cutoff, halfWidth: halfWidth)
            for k in 0..<width { table[phase * width + k] = row[k] }
        }
        return table
    }

    /// The dot product of `count` floats (a multiple of eight) at `a` and `b`, eight lanes at a time.
    @inline(__always)
    private static func dot(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Float {
        var lanes = SIMD8<Float>()
        for offset in stride(from: 0, to: count * 4, by: 32) {
            lanes += a.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                * b.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
        }
        return lanes.sum()
    }

    private static func fillKernel(
        _ row: inout [Float], phase: Int, phases: Int, taps: Int, cutoff: Double, halfWidth: Double
    ) {
        let fraction = Double(phase) / Double(phases)
        var values = [Double](repeating: 0, count: row.count)
        var sum = 0.0
        for k in 0..<(2 * taps) {
            // Tap k reads input sample base - taps + 1 + k, at distance (k - taps + 1) - fraction.
            let distance = Double(k - taps + 1) - fraction
            values[k] = WindowedSinc.value(at: distance, cutoff: cutoff, halfWidth: halfWidth, beta: beta)
            sum += values[k]
        }
        for k in row.indices { row[k] = Float(values[k] / sum) }
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
