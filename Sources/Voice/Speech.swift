public import DramaModel

/// A spoken line: mono PCM audio with the timings an animator needs for lip-sync.
///
/// The audio starts when speech starts (at most 20 ms of lead-in) and ends shortly after it
/// (at most 80 ms of tail); every timing is from the first sample.
public struct Speech: Sendable {
    /// Mono 16-bit PCM samples.
    public var samples: [Int16]
    /// Samples per second.
    public var sampleRate: Int
    /// `samples.count` at `sampleRate`, exactly.
    public var duration: MediaTime
    /// Mouth shapes over time: sorted, the first at 0, the last one `.closed` where the speech
    /// ends; none later than `duration`.
    public var mouth: [MouthCue]
    /// When each word is spoken; empty when the engine cannot tell.
    public var words: [WordTiming]

    /// Creates speech; `duration` is computed from the samples.
    ///
    /// - Precondition: `sampleRate` is positive and fits in `Int32`.
    public init(samples: [Int16], sampleRate: Int, mouth: [MouthCue] = [], words: [WordTiming] = []) {
        precondition(sampleRate > 0 && sampleRate <= Int(Int32.max), "sample rate must be positive, got \(sampleRate)")
        self.samples = samples
        self.sampleRate = sampleRate
        self.duration = MediaTime(value: Int64(samples.count), rate: Int32(sampleRate))
        self.mouth = mouth
        self.words = words
    }
}
