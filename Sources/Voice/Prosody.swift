public import DramaModel

/// How an emotion changes a voice's delivery: the engine settings for one line.
///
/// The table (applied to the cast voice's rate and pitch; espeak-ng's defaults are range 50,
/// volume 100):
///
/// | emotion | rate | pitch | range | volume | why |
/// |---|---|---|---|---|---|
/// | neutral | ×1.00 | +0 | 50 | 100 | as cast |
/// | angry | ×1.15 | +4 | 85 | 150 | faster, louder, wider |
/// | sad | ×0.82 | −10 | 30 | 70 | slower, lower, softer |
/// | shocked | ×1.10 | +15 | 75 | 120 | higher, faster |
/// | tender | ×0.88 | −2 | 40 | 65 | slower, softer |
/// | cold | ×0.93 | −5 | 10 | 95 | flat, slightly slower |
/// | smug | ×0.90 | −3 | 75 | 105 | slower, wider |
/// | afraid | ×1.12 | +10 | 60 | 90 | faster, higher; no tremble effect |
///
/// Results are clamped: rate to 80–450 wpm, pitch and range to 0–99, volume to 0–200.
public struct Prosody: Sendable, Hashable {
    /// Words per minute.
    public var rate: Int
    /// Base pitch, 0–99.
    public var pitch: Int
    /// Pitch range, 0 (monotone) to 99; 50 is normal.
    public var range: Int
    /// Loudness, 0–200; 100 is normal.
    public var volume: Int

    /// Creates prosody, clamping every field to its valid range.
    public init(rate: Int, pitch: Int, range: Int, volume: Int) {
        self.rate = min(max(rate, VoiceCasting.rateRange.lowerBound), VoiceCasting.rateRange.upperBound)
        self.pitch = min(max(pitch, VoiceCasting.pitchRange.lowerBound), VoiceCasting.pitchRange.upperBound)
        self.range = min(max(range, 0), 99)
        self.volume = min(max(volume, 0), 200)
    }

    /// The delivery of `emotion` in `voice`, from the table above.
    public init(voice: ResolvedVoice, emotion: Emotion) {
        let shift = Self.shift(for: emotion)
        self.init(
            rate: (voice.rate * shift.ratePercent + 50) / 100,
            pitch: voice.pitch + shift.pitch,
            range: shift.range,
            volume: shift.volume)
    }

    /// The rate as a multiple of espeak-ng's normal 175 wpm, for engines that take a speed.
    public var speedFactor: Double { Double(rate) / 175 }

    /// One row of the table: rate in percent of the cast rate, pitch offset, range, volume.
    static func shift(for emotion: Emotion) -> (ratePercent: Int, pitch: Int, range: Int, volume: Int) {
        switch emotion {
        case .neutral: (100, 0, 50, 100)
        case .angry: (115, 4, 85, 150)
        case .sad: (82, -10, 30, 70)
        case .shocked: (110, 15, 75, 120)
        case .tender: (88, -2, 40, 65)
        case .cold: (93, -5, 10, 95)
        case .smug: (90, -3, 75, 105)
        case .afraid: (112, 10, 60, 90)
        }
    }
}
