import DramaModel
import Foundation
package import Production
package import Voice

/// Speaks through an OpenAI-compatible `POST {endpoint}/audio/speech` with
/// `response_format: wav`. The cast voice (a character's `voice:` in series.yaml, or what
/// `VoiceCaster` derives) is looked up in `services.voice.voices`, then `default`, else sent
/// as is; speed follows `Prosody`. Mouth cues and word timings are estimated (`SpeechAligner`).
/// Audio is cached by content key, so a line is paid for once.
package struct OpenAISpeechSynthesizer: MeteredVoiceSynthesizer {
    /// `openai-speech`.
    package static let engineName = "openai-speech"
    package var engine: String { Self.engineName }
    package var version: Int { 1 }
    package var generator: GeneratorID { connection.service.generatorID }

    let connection: ServiceConnection

    init(connection: ServiceConnection) { self.connection = connection }

    package func speak(_ request: SpeechRequest) async throws -> SpokenLine {
        let text = request.text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw VoiceError(code: .emptyText, message: "nothing to say: the line has no words; give the dialogue some text") }
        let service = connection.service
        let speed = min(4, max(0.25, Prosody(voice: request.voice, emotion: request.emotion).speedFactor))
        var body: [String: Any] = [
            "model": service.model, "input": text, "voice": service.voice(for: request.voice.voice),
            "response_format": "wav", "speed": (speed * 100).rounded() / 100,
        ]
        if request.emotion != .neutral, service.model.hasPrefix("gpt-4o") {
            body["instructions"] = "Speak in a \(request.emotion.rawValue) tone, as in a television drama."
        }
        let key = ServiceCache.key(endpoint: service.endpoint, model: service.model, kind: "speech", request: body)
        var usage = Usage()
        let wav: Data
        if let cached = connection.cache?.data(key) {
            wav = cached
        } else {
            do throws(ModelServicesError) {
                var call = ServiceCall.json("/audio/speech", body, purpose: "speech")
                call.billable = connection.noWayToAsk
                wav = try await connection.send(call).body
            } catch {
                throw error.stepFailure()
            }
            usage[.character] = Double(text.count)
            usage[.request] = 1
            connection.cache?.store(wav, key)
        }
        let speech: Speech
        do {
            speech = try await SpeechAligner.speech(wav: wav, text: text, language: request.language)
        } catch let error as VoiceError {
            throw StepFailure.permanent("\(connection.name): \(error.message)", usage: usage)
        }
        return SpokenLine(speech: speech, usage: usage)
    }
}
