/// A speech engine: turns a line into audio with timings for lip-sync.
///
/// Implementations are deterministic: the same request gives the same samples, so a line's
/// audio can be cached by request and `version`.
public protocol VoiceSynthesizer: Sendable {
    /// The engine's name as castings spell it: `espeak-ng`, `piper`.
    var engine: String { get }
    /// Bumped whenever the output for the same request changes (a cache key part).
    var version: Int { get }
    /// Speaks the line. Throws `VoiceError`.
    func synthesize(_ request: SpeechRequest) async throws -> Speech
}
