/// How loud audio is over time, for finding where speech starts, ends and pauses.
///
/// Loudness is the RMS of 10 ms windows. A window is voiced when its RMS reaches 4% of the
/// loudest window's (at least 120, about −49 dBFS); a sample is speech when its magnitude
/// reaches 3% of the peak (at least 100), so quiet onsets such as "h" count.
struct SpeechEnergy: Sendable {
    /// Samples per analysis window.
    let window: Int
    /// Whether each window is voiced.
    let voiced: [Bool]
    /// The number of samples analysed.
    let count: Int
    /// A sample at least this loud is speech.
    let onsetThreshold: Int

    init(samples: [Int16], sampleRate: Int) {
        window = max(1, sampleRate / 100)
        count = samples.count
        var rms = [Double]()
        rms.reserveCapacity(samples.count / window + 1)
        var peak = 0
        var start = 0
        while start < samples.count {
            let end = min(start + window, samples.count)
            var sum = 0.0
            for index in start..<end {
                let value = Int(samples[index])
                sum += Double(value * value)
                peak = max(peak, abs(value))
            }
            rms.append((sum / Double(end - start)).squareRoot())
            start = end
        }
        let loudest = rms.max() ?? 0
        let windowThreshold = max(120, loudest * 0.04)
        voiced = rms.map { $0 >= windowThreshold }
        onsetThreshold = max(100, peak * 3 / 100)
    }

    /// From the first to just past the last sample that is speech; nil for silence.
    static func speechBounds(_ samples: [Int16], threshold: Int) -> Range<Int>? {
        guard let first = samples.firstIndex(where: { abs(Int($0)) >= threshold }),
            let last = samples.lastIndex(where: { abs(Int($0)) >= threshold })
        else { return nil }
        return first..<(last + 1)
    }

    /// Sample ranges of silence (unvoiced windows) lasting at least `minimum` samples.
    func silences(atLeast minimum: Int) -> [Range<Int>] {
        runs(of: false).filter { $0.count >= minimum }
    }

    /// Sample ranges of voiced windows, bridging gaps shorter than `bridging` samples.
    func voicedRegions(bridging: Int) -> [Range<Int>] {
        var regions = [Range<Int>]()
        for run in runs(of: true) {
            if let last = regions.last, run.lowerBound - last.upperBound < bridging {
                regions[regions.count - 1] = last.lowerBound..<run.upperBound
            } else {
                regions.append(run)
            }
        }
        return regions
    }

    private func runs(of state: Bool) -> [Range<Int>] {
        var result = [Range<Int>]()
        var runStart: Int?
        for (index, isVoiced) in voiced.enumerated() {
            if isVoiced == state {
                if runStart == nil { runStart = index }
            } else if let start = runStart {
                result.append(start * window..<min(index * window, count))
                runStart = nil
            }
        }
        if let start = runStart { result.append(start * window..<count) }
        return result
    }
}
