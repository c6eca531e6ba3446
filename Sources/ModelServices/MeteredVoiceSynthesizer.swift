import DramaModel
package import Production
package import Voice

/// A speech service: a `VoiceSynthesizer` that also says what each line consumed, so the
/// caller can record it in the ledger.
///
/// `synthesize` and `speak` throw `StepFailure` when the service fails (transient for
/// timeouts, 429 and 5xx once retries run out; permanent for 4xx) and `VoiceError` when the
/// audio it returns is unusable.
package protocol MeteredVoiceSynthesizer: VoiceSynthesizer {
    /// The id the ledger and the price book use (`openai.tts-1`, `local.piper`).
    var generator: GeneratorID { get }
    /// Speaks the line and reports its usage (characters, requests; nothing for a cache hit).
    func speak(_ request: SpeechRequest) async throws -> SpokenLine
}

extension MeteredVoiceSynthesizer {
    package func synthesize(_ request: SpeechRequest) async throws -> Speech {
        try await speak(request).speech
    }
}

/// A spoken line and what it consumed.
package struct SpokenLine: Sendable {
    /// The audio with its timings.
    package var speech: Speech
    /// Characters sent and requests made; empty when the audio came from the cache.
    package var usage: Usage

    /// Creates a result.
    package init(speech: Speech, usage: Usage) {
        self.speech = speech
        self.usage = usage
    }
}
