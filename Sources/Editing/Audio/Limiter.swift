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
/// in ramps (no clicks). All four steps run in place on one array.
struct Limiter: Sendable {
    var sampleRate: Int
    var lookAhead = 0.005
    var release = 0.150

    init(sampleRate: Int) { self.sampleRate = sampleRate }

    /// The channels times `gain`, interleaved, with true peaks held at or under `ceiling`
    /// (linear full scale); and whether any gain reduction was needed.
    func apply(_ channels: [[Float]], gain: Float, ceiling: Float) -> (AudioBuffer, limited: Bool) {
        // Peaks are measured before the gain, so the threshold is scaled instead of the signal.
        var envelope = TruePeakMeter.framePeaks(channels, threshold: ceiling / gain)
        let limited = envelope.contains { $0 * gain > ceiling }
        if limited {
            let window = max(1, Int(lookAhead * Double(sampleRate)))
            for i in envelope.indices {
                let peak = envelope[i] * gain
                envelope[i] = peak > ceiling ? ceiling / peak : 1
            }
            holdMinimum(&envelope, window: window)
            recover(&envelope)
            smooth(&envelope, window: window)
        }
        let frames = envelope.count
        let count = channels.count
        let samples = [Float](unsafeUninitializedCapacity: frames * count) { out, initialized in
            envelope.withUnsafeBufferPointer { envelope in
                for (c, channel) in channels.enumerated() {
                    channel.withUnsafeBufferPointer { input in
                        for frame in 0..<frames {
                            out[frame * count + c] = input[frame] * gain * (limited ? envelope[frame] : 1)
                        }
                    }
                }
            }
            initialized = frames * count
        }
        return (AudioBuffer(sampleRate: sampleRate, channels: count, samples: samples), limited)
    }

    /// `x[n] = min(x[n ..< n + window])`, past the end counting as 1: a backward scan keeping a
    /// monotonic queue of candidate minima (O(n), memory for one window).
    private func holdMinimum(_ x: inout [Float], window: Int) {
        var values = [Float](repeating: 0, count: window + 1)
        var positions = [Int](repeating: 0, count: window + 1)
        var head = 0, tail = 0  // ring-buffer indices; the queue is empty when equal
        let capacity = window + 1
        for n in stride(from: x.count - 1, through: 0, by: -1) {
            let value = x[n]
            // Drop candidates no smaller than the new value: it is smaller and lives longer.
            while head != tail {
                let last = (tail - 1 + capacity) % capacity
                if values[last] >= value { tail = last } else { break }
            }
            values[tail] = value
            positions[tail] = n
            tail = (tail + 1) % capacity
            // Drop the oldest candidate once it leaves the window n ..< n + window.
            if positions[head] >= n + window { head = (head + 1) % capacity }
            x[n] = values[head]
        }
    }

    /// Falls instantly, rises exponentially with the release time constant; never above `x`.
    private func recover(_ x: inout [Float]) {
        let coefficient = Float(1 - Foundation.exp(-1 / (release * Double(sampleRate))))
        var level: Float = 1
        for i in x.indices {
            level = x[i] < level ? x[i] : level + (x[i] - level) * coefficient
            x[i] = level
        }
    }

    /// `x[n] = mean(x[n − window + 1 … n])`, with 1 before the start.
    private func smooth(_ x: inout [Float], window: Int) {
        var sum = Double(window)  // `window` ones before the start
        var history = [Float](repeating: 1, count: window)
        for i in x.indices {
            let value = x[i]
            sum += Double(value) - Double(history[i % window])
            history[i % window] = value
            x[i] = Float(sum / Double(window))
        }
    }
}
