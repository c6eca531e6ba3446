package import DramaModel
import Foundation
package import Voice

/// Speaks one dialogue line: the character's voice, the line's emotion, real audio
/// (`line.wav`) and its timings (`speech.json`: measured duration, mouth shapes, words).
/// Everything downstream — shot lengths, subtitle times, the mix — uses the measured length.
package struct VoiceStep: Step {
    /// `voice`.
    package static let kind = "voice"
    /// The generator of a voice engine: espeak-ng is built in, Piper runs locally.
    package static func generatorID(engine: String) -> GeneratorID {
        switch engine {
        case "piper": GeneratorID("local.piper", version: 1)
        default: GeneratorID("builtin.espeak-ng", version: 1)
        }
    }
    package var kind: String { Self.kind }
    package var generator: GeneratorID { Self.generatorID(engine: "espeak-ng") }

    /// Creates the step.
    /// A speech service voicing lines whose node names its generator (nil: local engines only).
    let service: ModelVoice?

    /// Creates the step; with `service`, lines the graph gives to that service are spoken by it.
    package init(service: ModelVoice? = nil) { self.service = service }

    /// What a voice node is made from.
    package struct Parameters: Codable, Sendable, Hashable {
        /// Language of the line.
        package var language: Language
        /// The words to say, without Fountain markup.
        package var text: String
        /// The cast voice, every field resolved.
        package var voice: ResolvedVoice
        /// How to say it.
        package var emotion: Emotion
        /// The time the line should fill: an edition's line, fitted to its source line's
        /// measured length by speaking faster or slower within `tempoLimits`; nil: as it comes.
        package var slot: MediaTime? = nil
    }

    /// How much faster (first) or slower (second) than its natural pace a line may be spoken to
    /// fit its slot: beyond that it keeps the limit and the shot takes the time it needs.
    package static let tempoLimits = (faster: 1.25, slower: 0.85)

    /// A fit within this share of the slot is left as it is.
    static let fitTolerance = 0.03

    /// `speech.json`: what the rest of the pipeline needs to know about the audio.
    package struct Timing: Codable, Sendable, Hashable {
        /// Exact length of `line.wav`.
        package var duration: MediaTime
        /// Mouth shapes from the start of the audio.
        package var mouth: [MouthCue]
        /// Word timings, when the engine reports them.
        package var words: [WordTiming]
        /// The pace the line was spoken at to fit its slot (1.1: 10 % faster than natural);
        /// nil when it had no slot.
        package var tempo: Double? = nil
        /// The slot it was fitted to.
        package var slot: MediaTime? = nil
    }

    static func estimate(_ parameters: Parameters) -> Usage {
        Usage([.character: Double(parameters.text.count)])
    }

    /// Removes Fountain emphasis markers (`*`, `_`) and escapes from a line.
    static func spoken(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if escaped {
                out.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character != "*" && character != "_" {
                out.append(character)
            }
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        guard !parameters.text.isEmpty else { throw StepFailure.permanent("\(input.node.label): the line has no words to speak") }
        var speech: Speech
        var usage = Self.estimate(parameters)
        var request = SpeechRequest(text: parameters.text, language: parameters.language, voice: parameters.voice, emotion: parameters.emotion)
        let local = !(service.map { input.node.generator == $0.generator } ?? false)
        var tempo: Double?
        do {
            if let service, !local {
                (speech, usage) = try await service.speak(request)
            } else {
                let synthesizer = try VoiceEngines.synthesizer(for: parameters.voice.engine)
                speech = try await synthesizer.synthesize(request)
                // An edition's line is said at the pace that fills its source line's time, as far
                // as the limits allow; the mouths follow the new audio.
                if let slot = parameters.slot, slot.seconds > 0, speech.duration.seconds > 0 {
                    let wanted = Self.tempo(natural: speech.duration.seconds, slot: slot.seconds)
                    tempo = wanted
                    if abs(wanted - 1) > Self.fitTolerance {
                        request.voice.rate = max(80, min(450, Int((Double(request.voice.rate) * wanted).rounded())))
                        speech = try await synthesizer.synthesize(request)
                    }
                }
            }
        } catch let error as VoiceError {
            throw StepFailure.permanent("\(input.node.label): \(error.message)")
        }
        var output = StepOutput()
        output.add("line.wav", speech.wavData())
        output.add("speech.json", CanonicalJSON.encode(Timing(
            duration: speech.duration, mouth: speech.mouth, words: speech.words, tempo: tempo, slot: parameters.slot)))
        output.metadata["duration_ms"] = String(speech.duration.converted(to: 1000).value)
        output.usage = usage
        return output
    }
}

extension VoiceStep {
    /// The pace that makes a line of `natural` seconds last `slot` seconds, within `tempoLimits`.
    package static func tempo(natural: Double, slot: Double) -> Double {
        min(tempoLimits.faster, max(tempoLimits.slower, natural / slot))
    }
}

extension StepInput {
    /// The timing of voice input `key`.
    func speechTiming(of key: NodeKey) throws -> VoiceStep.Timing {
        do {
            return try JSONDecoder().decode(VoiceStep.Timing.self, from: try data(of: key, "speech.json"))
        } catch let error as ProductionError {
            throw error
        } catch {
            throw StepFailure.permanent("\(node.label): speech.json of \(key.short) does not decode: \(error)")
        }
    }
}
