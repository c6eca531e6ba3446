/// The installed speech engines, by the names castings use.
public enum VoiceEngines {
    /// The engines this module knows, default first.
    public static let known = [EspeakSynthesizer.engineName, PiperSynthesizer.engineName]

    /// The synthesizer for `engine`: `espeak-ng` (also for `nil` or an empty name) or `piper`.
    ///
    /// - Throws: `VoiceError` `.unknownVoice` for another name, listing the known engines;
    ///   `.engineMissing` when the engine is not installed.
    public static func synthesizer(for engine: String?) throws -> any VoiceSynthesizer {
        let engine = engine ?? ""
        switch engine.lowercased() {
        case "", EspeakSynthesizer.engineName: return try EspeakSynthesizer()
        case PiperSynthesizer.engineName: return try PiperSynthesizer()
        default:
            throw VoiceError(
                code: .unknownVoice,
                message: "unknown voice engine \"\(engine)\": use one of \(known.joined(separator: ", ")) in the cast's voice.engine")
        }
    }
}
