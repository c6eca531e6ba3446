import Foundation

/// Programme loudness and true peak per ITU-R BS.1770-4 / EBU R 128, and normalisation.
///
/// - Integrated loudness: K-weighting, mean square per channel over 400 ms blocks every
///   100 ms (75 % overlap), summed over channels (weight 1 for front channels, 1.41 for the
///   surrounds of a 6-channel buffer), an absolute gate at −70 LUFS and a relative gate 10 LU
///   under the absolute-gated loudness.
/// - True peak: the largest magnitude of the 4× oversampled signal, in dBTP.
///
/// Both return `-infinity` for digital silence, and `integrated` also for a buffer shorter
/// than one 400 ms block.
///
/// ```swift
/// let loud = Loudness.normalize(mix, target: -14, truePeakCeiling: -1.5)
/// Loudness.integrated(loud)  // -14.0
/// ```
public enum Loudness {
    /// The gated integrated loudness in LUFS.
    public static func integrated(_ buffer: AudioBuffer) -> Double {
        let blocks = blockEnergies(buffer)
        let absolute = blocks.filter { loudness($0) > -70 }
        guard !absolute.isEmpty else { return -.infinity }
        let relativeGate = loudness(absolute.reduce(0, +) / Double(absolute.count)) - 10
        let gated = absolute.filter { loudness($0) > relativeGate }
        guard !gated.isEmpty else { return -.infinity }
        return loudness(gated.reduce(0, +) / Double(gated.count))
    }

    /// The true peak in dBTP (dB relative to full scale of the 4× oversampled signal).
    public static func truePeak(_ buffer: AudioBuffer) -> Double {
        let peak = TruePeakMeter.maxPeak(channels(of: buffer))
        return peak > 0 ? 20 * log10(Double(peak)) : -.infinity
    }

    /// `buffer` gained to `target` LUFS integrated, with true peaks held at or under
    /// `truePeakCeiling` dBTP by a look-ahead limiter.
    ///
    /// When limiting costs more than 0.3 LU, the gain is raised by the shortfall and the
    /// limiter run once more. Silence is returned unchanged.
    public static func normalize(_ buffer: AudioBuffer, target: Double, truePeakCeiling: Double) -> AudioBuffer {
        let measured = integrated(buffer)
        guard measured.isFinite else { return buffer }
        let channels = channels(of: buffer)
        let limiter = Limiter(sampleRate: buffer.sampleRate)
        // Aim the limiter slightly under the ceiling: gain riding moves inter-sample peaks a little.
        let ceiling = Float(pow(10, (truePeakCeiling - 0.1) / 20))
        var gainDB = target - measured
        var (out, limited) = limiter.apply(channels, gain: Float(pow(10, gainDB / 20)), ceiling: ceiling)
        if limited {
            let afterLimiting = integrated(out)
            if target - afterLimiting > 0.3 {
                gainDB += target - afterLimiting
                out = limiter.apply(channels, gain: Float(pow(10, gainDB / 20)), ceiling: ceiling).0
            }
        }
        let peak = truePeak(out)
        if peak > truePeakCeiling {
            out = out.scaled(by: Float(pow(10, (truePeakCeiling - peak) / 20)))
        }
        return out
    }

    /// The loudness of the loudest 400 ms block (the maximum momentary loudness), in LUFS; a
    /// buffer shorter than one block is measured as if padded with silence.
    package static func maxMomentary(_ buffer: AudioBuffer) -> Double {
        var padded = buffer
        let block = blockLength(buffer.sampleRate)
        if buffer.frameCount < block {
            padded.samples += [Float](repeating: 0, count: (block - buffer.frameCount) * buffer.channels)
        }
        return loudness(blockEnergies(padded).max() ?? 0)
    }

    /// The channel-weighted mean square of each 400 ms block, blocks 100 ms apart.
    package static func blockEnergies(_ buffer: AudioBuffer) -> [Double] {
        let length = blockLength(buffer.sampleRate)
        let hop = length / 4
        let frames = buffer.frameCount
        guard frames >= length else { return [] }
        let count = (frames - length) / hop + 1
        let hops = hopEnergies(buffer, hop: hop, count: count + 3)
        return (0..<count).map { b in (hops[b] + hops[b + 1] + hops[b + 2] + hops[b + 3]) / Double(length) }
    }

    /// The channel-weighted sum of squared K-weighted samples over each of the first `count`
    /// hops. All channels are filtered in one pass over the interleaved samples, so their
    /// independent filter chains overlap in the processor.
    private static func hopEnergies(_ buffer: AudioBuffer, hop: Int, count: Int) -> [Double] {
        let channels = buffer.channels
        let weights = (0..<channels).map { channelWeight($0, of: channels) }
        var filters = (0..<channels).map { _ in KWeighting(sampleRate: buffer.sampleRate) }
        var sums = [Double](repeating: 0, count: count)
        buffer.samples.withUnsafeBufferPointer { x in
            if channels == 2 {
                var (left, right) = (filters[0], filters[1])
                for h in 0..<count {
                    var sum = 0.0
                    for frame in (h * hop)..<((h + 1) * hop) {
                        let l = left.process(Double(x[2 * frame]))
                        let r = right.process(Double(x[2 * frame + 1]))
                        sum += l * l + r * r
                    }
                    sums[h] = sum
                }
            } else {
                for h in 0..<count {
                    var sum = 0.0
                    for frame in (h * hop)..<((h + 1) * hop) {
                        for c in 0..<channels {
                            let y = filters[c].process(Double(x[frame * channels + c]))
                            sum += weights[c] * y * y
                        }
                    }
                    sums[h] = sum
                }
            }
        }
        return sums
    }

    /// Frames in a 400 ms block (a multiple of four, so hops are whole frames).
    private static func blockLength(_ sampleRate: Int) -> Int {
        Int((Double(sampleRate) * 0.1).rounded()) * 4
    }

    private static func loudness(_ energy: Double) -> Double {
        energy > 0 ? -0.691 + 10 * log10(energy) : -.infinity
    }

    /// BS.1770 channel weights: 1.0 for front channels, 1.41 for the surrounds and 0 for the
    /// LFE of a 5.1 (L R C LFE Ls Rs) buffer.
    private static func channelWeight(_ index: Int, of channels: Int) -> Double {
        guard channels == 6 else { return 1 }
        return [1, 1, 1, 0, 1.41, 1.41][index]
    }

    static func channels(of buffer: AudioBuffer) -> [[Float]] {
        (0..<buffer.channels).map { buffer.channel($0) }
    }
}
