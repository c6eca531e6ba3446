import Basics
public import DramaModel

/// Chooses each character's voice: what the bible sets is kept, the rest is derived.
///
/// Derivation is deterministic (a stable FNV-1a hash of the character's id, never Swift's
/// per-process `hashValue`), so a character sounds the same in every episode and every run:
///
/// - engine: `espeak-ng` unless set.
/// - voice: the language's base voice (`en-us`, `cmn`; `en_US-joe-medium` for Piper) plus an
///   espeak-ng variant picked by the hash from the gender's set: `f1`…`f5` for women,
///   `m1`…`m7` for men, all twelve when unspecified.
/// - pitch: 62 for women, 38 for men, 50 unspecified; a role offset (elder −12, antagonist −4,
///   lead −2, rival +3, ally +2); −6 more from age 55 (so an elder-aged character of any role
///   is lower), +3 under 23; then a hash jitter of −5…+5.
/// - rate: 170 wpm in English, 160 in Mandarin; a role offset (elder −25, antagonist −5,
///   rival +5, ally +5); −10 more from age 55; then a hash jitter of −6…+6.
///
/// Pitch and rate are clamped to `VoiceCasting.pitchRange` and `.rateRange`.
public enum VoiceCaster {
    /// The engine used when the bible names none.
    public static let defaultEngine = "espeak-ng"

    /// The voice of `member` speaking `language`.
    public static func cast(_ member: CastMember, language: Language) -> ResolvedVoice {
        let casting = member.voice
        let hash = StableHash.finalized(StableHash.fnv1a(member.id))
        let engine = casting.engine.flatMap { $0.isEmpty ? nil : $0 } ?? defaultEngine
        let voice = casting.voice.flatMap { $0.isEmpty ? nil : $0 }
            ?? derivedVoice(engine: engine, gender: member.gender, language: language, hash: hash)
        let pitch = casting.pitch ?? derivedPitch(member, hash: hash)
        let rate = casting.rate ?? derivedRate(member, language: language, hash: hash)
        return ResolvedVoice(
            engine: engine, voice: voice,
            pitch: clamp(pitch, VoiceCasting.pitchRange),
            rate: clamp(rate, VoiceCasting.rateRange))
    }

    static func derivedVoice(engine: String, gender: Gender, language: Language, hash: UInt64) -> String {
        if engine == PiperSynthesizer.engineName { return PiperSynthesizer.defaultVoice }
        let base = Self.espeakBase(language)
        let female = (1...5).map { "f\($0)" }
        let male = (1...7).map { "m\($0)" }
        let variants = switch gender {
        case .female: female
        case .male: male
        case .unspecified: female + male
        }
        return "\(base)+\(variants[Int(hash % UInt64(variants.count))])"
    }

    static func derivedPitch(_ member: CastMember, hash: UInt64) -> Int {
        var pitch = switch member.gender {
        case .female: 62
        case .male: 38
        case .unspecified: 50
        }
        let roleOffset = switch member.role {
        case .elder: -12
        case .antagonist: -4
        case .lead: -2
        case .rival: 3
        case .ally: 2
        case .protagonist, .supporting: 0
        }
        pitch += roleOffset
        if let age = member.look.age {
            if age >= 55 { pitch -= 6 } else if age < 23 { pitch += 3 }
        }
        return pitch + Int((hash >> 16) % 11) - 5
    }

    static func derivedRate(_ member: CastMember, language: Language, hash: UInt64) -> Int {
        var rate = language == .zh ? 160 : 170
        let roleOffset = switch member.role {
        case .elder: -25
        case .antagonist: -5
        case .rival, .ally: 5
        case .protagonist, .lead, .supporting: 0
        }
        rate += roleOffset
        if let age = member.look.age, age >= 55 { rate -= 10 }
        return rate + Int((hash >> 32) % 13) - 6
    }

    /// The espeak-ng voice a language's voices are variants of (`en-us+f3`, `cmn+m2`, `es+f1`).
    public static func espeakBase(_ language: Language) -> String {
        switch language {
        case .en: "en-us"
        case .zh: "cmn"
        case .es: "es"
        }
    }

    private static func clamp(_ value: Int, _ range: ClosedRange<Int>) -> Int {
        min(max(value, range.lowerBound), range.upperBound)
    }
}
