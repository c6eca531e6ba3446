import DramaModel
import Foundation
package import Production
package import Voice

/// Speaks through Piper's own HTTP server (`python3 -m piper.http_server -m en_US-joe-medium`):
/// `POST {endpoint}/synthesize` with `{"text", "voice", "length_scale", "noise_scale": 0,
/// "noise_w_scale": 0}` returns a WAV (servers older than piper-tts 1.3 answer at `POST /`,
/// which is tried when `/synthesize` is missing). Noise is off so the same request gives the
/// same audio; the length scale follows `Prosody`. Mouth cues and word timings are estimated
/// like the `piper` command's. The voice is `services.voice.voices[cast voice]`, then
/// `default`, then the cast voice itself.
package struct PiperHTTPSynthesizer: MeteredVoiceSynthesizer {
    /// `piper-http`.
    package static let engineName = "piper-http"
    package var engine: String { Self.engineName }
    package var version: Int { 1 }
    package var generator: GeneratorID { connection.service.generatorID }

    let connection: ServiceConnection

    init(connection: ServiceConnection) { self.connection = connection }

    package func speak(_ request: SpeechRequest) async throws -> SpokenLine {
        let text = request.text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw VoiceError(code: .emptyText, message: "nothing to say: the line has no words; give the dialogue some text") }
        let service = connection.service
        let lengthScale = min(2.5, max(0.4, 1 / Prosody(voice: request.voice, emotion: request.emotion).speedFactor))
        let body: [String: Any] = [
            "text": text, "voice": service.voice(for: request.voice.voice),
            "length_scale": (lengthScale * 1000).rounded() / 1000, "noise_scale": 0, "noise_w_scale": 0,
        ]
        let key = ServiceCache.key(endpoint: service.endpoint, model: service.model, kind: "piper", request: body)
        var usage = Usage()
        let wav: Data
        if let cached = connection.cache?.data(key) {
            wav = cached
        } else {
            do throws(ModelServicesError) {
                do throws(ModelServicesError) {
                    wav = try await connection.send(.json("/synthesize", body, purpose: "speech")).body
                } catch let error where error.code == .rejected && (error.message.contains("(404)") || error.message.contains("(405)")) {
                    wav = try await connection.send(.json("", body, purpose: "speech")).body
                }
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
