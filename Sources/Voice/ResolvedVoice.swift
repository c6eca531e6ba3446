/// A fully specified voice: every field set, ready for an engine.
///
/// `VoiceCaster` makes one from a character's casting, keeping what the bible sets and
/// deriving the rest, so the same character always sounds the same.
public struct ResolvedVoice: Sendable, Hashable, Codable {
    /// The engine that speaks: `espeak-ng` or `piper`.
    public var engine: String
    /// The engine's voice name: `en-us+f4`, `cmn+m3` for espeak-ng; a model name for Piper.
    public var voice: String
    /// Base pitch on espeak-ng's 0–99 scale (50 is the voice's normal pitch).
    public var pitch: Int
    /// Speaking rate in words per minute, 80–450.
    public var rate: Int

    /// Creates a voice.
    public init(engine: String, voice: String, pitch: Int, rate: Int) {
        self.engine = engine
        self.voice = voice
        self.pitch = pitch
        self.rate = rate
    }
}
