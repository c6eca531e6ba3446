import Foundation

/// An offline look-ahead true-peak limiter.
///
/// Because the whole programme is at hand, the gain envelope is computed ahead of time:
/// 1. the gain each frame needs, `ceiling / truePeak` where its true peak is over the ceiling;
/// 2. the minimum of that over the next `lookAhead` frames, so the gain is already down when
///    a peak arrives;
/// 3. an exponential recovery towards unity over `release`;
/// 4. a moving average over `lookAhead` frames, which turns every step into a ramp.
///
/// Each averaged value is a mean of minima that all cover the current frame, so the envelope
/// never exceeds the gain needed there: peaks are held without clipping, and the gain moves
/// in ramps (no clicks).
struct Limiter: Sendable {
    var sampleRate: Int
    var lookAhead = 0.005
    var release = 0.150

    init(sampleRate: Int) { self.sampleRate = sampleRate }

    /// `buffer` with true peaks held at or under `ceiling` (linear full scale).
    func apply(_ buffer: AudioBuffer, ceiling: Float) -> AudioBuffer {
        let channels = Loudness.channels(of: buffer)
        let peaks = TruePeakMeter.framePeaks(channels, threshold: ceiling)
        guard peaks.contains(where: { $0 > ceiling }) else { return buffer }
        let window = max(1, Int(lookAhead * Double(sampleRate)))
        let needed = peaks.map { $0 > ceiling ? ceiling / $0 : 1 }
        let held = slidingMinimum(needed, window: window)
        let recovered = recover(held)
        let envelope = movingAverage(recovered, window: window)
        var out = buffer
        out.samples.withUnsafeMutableBufferPointer { samples in
            for frame in 0..<buffer.frameCount {
                for c in 0..<buffer.channels { samples[frame * buffer.channels + c] *= envelope[frame] }
            }
        }
        return out
    }

    /// `out[n] = min(x[n ..< n + window])` (van Herk / Gil-Werman, O(n)); past the end counts as 1.
    private func slidingMinimum(_ x: [Float], window: Int) -> [Float] {
        let n = x.count
        let padded = n + window
        var prefix = [Float](repeating: 1, count: padded)
        var suffix = [Float](repeating: 1, count: padded)
        for i in 0..<padded {
            let value = i < n ? x[i] : 1
            prefix[i] = i % window == 0 ? value : min(prefix[i - 1], value)
        }
        for i in stride(from: padded - 1, through: 0, by: -1) {
            let value = i < n ? x[i] : 1
            suffix[i] = (i + 1) % window == 0 || i == padded - 1 ? value : min(suffix[i + 1], value)
        }
        return (0..<n).map { min(suffix[$0], prefix[$0 + window - 1]) }
    }

    /// Falls instantly, rises exponentially with the release time constant; never above `x`.
    private func recover(_ x: [Float]) -> [Float] {
        let coefficient = Float(1 - Foundation.exp(-1 / (release * Double(sampleRate))))
        var out = x
        var level: Float = 1
        for i in x.indices {
            level = x[i] < level ? x[i] : level + (x[i] - level) * coefficient
            out[i] = level
        }
        return out
    }

    /// `out[n] = mean(x[n − window + 1 … n])`, with 1 before the start.
    private func movingAverage(_ x: [Float], window: Int) -> [Float] {
        var out = x
        var sum = Double(window)  // window ones before the start
        var history = [Float](repeating: 1, count: window)
        for i in x.indices {
            sum += Double(x[i]) - Double(history[i % window])
            history[i % window] = x[i]
            out[i] = Float(sum / Double(window))
        }
        return out
    }
}
