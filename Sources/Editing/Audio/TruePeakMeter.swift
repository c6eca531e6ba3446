/// Inter-sample peaks by 4× oversampling (ITU-R BS.1770-4 Annex 2), with a polyphase
/// Kaiser-windowed sinc interpolator of 24 taps per phase.
///
/// Oversampling every sample of a long programme is the costly part of loudness work, so the
/// meter skips blocks that provably cannot matter: an interpolated value is at most
/// `gainBound` (the largest sum of absolute taps of any phase) times the largest sample under
/// the taps, so a block whose neighbourhood peak times `gainBound` cannot reach the level of
/// interest is left at its sample peak. Results are exact, not estimates.
enum TruePeakMeter {
    static let factor = 4
    /// Input samples each side of an interpolated point.
    static let taps = 12
    private static let blockSize = 256

    /// Rows for phases 1…3 (¼, ½, ¾ of the way from sample n to n + 1), `2 × taps` each; tap k
    /// reads sample n − taps + 1 + k.
    static let kernels: [[Float]] = (1..<factor).map { phase in
        let fraction = Double(phase) / Double(factor)
        return (0..<(2 * taps)).map { k in
            let distance = Double(k - taps + 1) - fraction
            return Float(WindowedSinc.value(at: distance, cutoff: 0.95, halfWidth: Double(taps), beta: 6.5))
        }
    }

    /// No interpolated value exceeds this times the largest sample under the taps.
    static let gainBound: Float = kernels.map { $0.reduce(0) { $0 + abs($1) } }.max()! * 1.0001

    /// The largest absolute value of the 4× oversampled signal over all channels.
    static func maxPeak(_ channels: [[Float]]) -> Float {
        var peak: Float = 0
        for channel in channels {
            let blocks = blockPeaks(channel)
            let order = blocks.indices.sorted { blocks[$0] > blocks[$1] }
            for block in order {
                if blocks[block] * gainBound <= peak { break }
                let start = block * blockSize
                for n in start..<min(start + blockSize, channel.count) {
                    peak = max(peak, abs(channel[n]), interSamplePeak(channel, after: n))
                }
            }
        }
        return peak
    }

    /// For each frame, the largest absolute sample or inter-sample value touching it, over all
    /// channels — exact wherever it could exceed `threshold`, the plain sample peak elsewhere.
    static func framePeaks(_ channels: [[Float]], threshold: Float) -> [Float] {
        let frames = channels.first?.count ?? 0
        var peaks = [Float](repeating: 0, count: frames)
        for channel in channels {
            let blocks = blockPeaks(channel)
            for (block, blockPeak) in blocks.enumerated() {
                let start = block * blockSize
                let end = min(start + blockSize, frames)
                let exact = blockPeak * gainBound > threshold
                for n in start..<end {
                    peaks[n] = max(peaks[n], abs(channel[n]))
                    if exact {
                        let between = interSamplePeak(channel, after: n)
                        peaks[n] = max(peaks[n], between)
                        if n + 1 < frames { peaks[n + 1] = max(peaks[n + 1], between) }
                    }
                }
                if exact && start > 0 {
                    let between = interSamplePeak(channel, after: start - 1)
                    peaks[start - 1] = max(peaks[start - 1], between)
                    peaks[start] = max(peaks[start], between)
                }
            }
        }
        return peaks
    }

    /// Per block of `blockSize` samples, the largest absolute sample under any tap of any
    /// interpolated point in it (the block widened by `taps` each side).
    private static func blockPeaks(_ channel: [Float]) -> [Float] {
        let count = (channel.count + blockSize - 1) / blockSize
        var plain = [Float](repeating: 0, count: count)
        for (i, sample) in channel.enumerated() {
            plain[i / blockSize] = max(plain[i / blockSize], abs(sample))
        }
        // taps < blockSize, so a block's neighbourhood reaches only into adjacent blocks.
        return plain.indices.map { block in
            max(plain[block], block > 0 ? plain[block - 1] : 0, block + 1 < count ? plain[block + 1] : 0)
        }
    }

    /// The largest absolute interpolated value strictly between samples n and n + 1.
    @inline(__always)
    private static func interSamplePeak(_ channel: [Float], after n: Int) -> Float {
        let first = n - taps + 1
        var peak: Float = 0
        for kernel in kernels {
            var sum: Float = 0
            if first >= 0 && first + 2 * taps <= channel.count {
                for k in 0..<(2 * taps) { sum += kernel[k] * channel[first + k] }
            } else {
                for k in 0..<(2 * taps) where first + k >= 0 && first + k < channel.count {
                    sum += kernel[k] * channel[first + k]
                }
            }
            peak = max(peak, abs(sum))
        }
        return peak
    }
}
