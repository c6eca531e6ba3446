import Foundation

/// A member of the cast.
public struct CastMember: Sendable, Hashable, Codable {
    /// Stable id used everywhere else (`lin-wan`): lowercase letters, digits and dashes.
    public var id: String
    /// Full name as it appears in the story.
    public var name: String
    /// What the character is for in the story.
    public var role: Role
    /// Gender, for names and voice casting.
    public var gender: Gender
    /// A short label ("the cold CEO").
    public var archetype: String
    /// How others call this character in dialogue; `nil` means by name.
    public var address: String?
    /// Who they are, in a sentence or two.
    public var description: String
    /// How they look; the artist draws them the same way in every shot.
    public var look: LookSpec
    /// How they sound.
    public var voice: VoiceCasting
    /// Whether they are invented or based on a real person.
    public var likeness: Likeness

    /// Creates a character.
    public init(
        id: String, name: String, role: Role, gender: Gender = .unspecified, archetype: String = "",
        address: String? = nil, description: String = "", look: LookSpec = LookSpec(),
        voice: VoiceCasting = VoiceCasting(), likeness: Likeness = .original
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.gender = gender
        self.archetype = archetype
        self.address = address
        self.description = description
        self.look = look
        self.voice = voice
        self.likeness = likeness
    }

    /// The name a script's character cue uses: the first word of an English name in
    /// capitals (`CHLOE`), a Chinese name as written (`林晚`), the given name of a foreign
    /// name written in Chinese (`格蕾丝` for `格蕾丝·哈特`).
    public var cue: String {
        if let given = transcribedGivenName { return given }
        if name.unicodeScalars.contains(where: { $0.properties.isIdeographic }) {
            return name.filter { !$0.isWhitespace }
        }
        return (name.split(separator: " ").first.map(String.init) ?? name).uppercased()
    }

    /// How others address this character in dialogue.
    public var spokenAddress: String {
        if let address, !address.isEmpty { return address }
        if let given = transcribedGivenName { return given }
        if name.unicodeScalars.contains(where: { $0.properties.isIdeographic }) { return name }
        return name.split(separator: " ").first.map(String.init) ?? name
    }
}

extension CastMember {
    /// The separators of a foreign name written in Chinese characters (`格蕾丝·哈特`).
    public static let transcribedNameSeparators: Set<Character> = ["·", "・", "•"]

    /// The parts of a foreign name written in Chinese characters, given name first; nil for
    /// any other name.
    public var transcribedNameParts: [String]? {
        guard name.contains(where: { Self.transcribedNameSeparators.contains($0) }),
              name.unicodeScalars.contains(where: { $0.properties.isIdeographic }) else { return nil }
        let parts = name.split(whereSeparator: { Self.transcribedNameSeparators.contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count > 1 && parts.allSatisfy { !$0.isEmpty } ? parts : nil
    }

    var transcribedGivenName: String? { transcribedNameParts?.first }
}

/// How a character looks. Every field is optional; the artist fills gaps from the id, so a
/// character looks the same in every shot even when the bible says little.
public struct LookSpec: Sendable, Hashable, Codable {
    /// Apparent age in years.
    public var age: Int?
    /// Body type ("slight", "broad-shouldered").
    public var build: String?
    /// Face ("sharp jaw, dimples").
    public var face: String?
    /// Hair style and colour.
    public var hair: String?
    /// Skin tone.
    public var skin: String?
    /// Eye colour or shape.
    public var eyes: String?
    /// Usual outfit.
    public var outfit: String?
    /// Signature colours as `#rrggbb`.
    public var palette: [String]
    /// Accessories always worn.
    public var accessories: [String]

    /// Creates a look.
    public init(
        age: Int? = nil, build: String? = nil, face: String? = nil, hair: String? = nil,
        skin: String? = nil, eyes: String? = nil, outfit: String? = nil, palette: [String] = [],
        accessories: [String] = []
    ) {
        self.age = age
        self.build = build
        self.face = face
        self.hair = hair
        self.skin = skin
        self.eyes = eyes
        self.outfit = outfit
        self.palette = palette
        self.accessories = accessories
    }
}

/// How a character sounds. Unset fields are derived from the character by the voice engine.
public struct VoiceCasting: Sendable, Hashable, Codable {
    /// Allowed pitch values (espeak-ng's 0–99 scale).
    public static let pitchRange = 0...99
    /// Allowed speaking rates in words per minute.
    public static let rateRange = 80...450

    /// Voice engine (`espeak-ng` is built in); `nil` for the project default.
    public var engine: String?
    /// Engine-specific voice name (`en-us+f3`, `cmn`).
    public var voice: String?
    /// Pitch, 0–99.
    public var pitch: Int?
    /// Words per minute, 80–450.
    public var rate: Int?

    /// Creates a casting.
    public init(engine: String? = nil, voice: String? = nil, pitch: Int? = nil, rate: Int? = nil) {
        self.engine = engine
        self.voice = voice
        self.pitch = pitch
        self.rate = rate
    }
}

/// Whether a character is invented or based on a real person.
public enum Likeness: Sendable, Hashable, Codable {
    /// An invented character: no consent needed.
    case original
    /// Based on a real person: needs a consent record, referenced by id.
    case realPerson(consent: String?)

    /// The YAML spelling of the kind.
    public var kindName: String {
        switch self {
        case .original: "original"
        case .realPerson: "real-person"
        }
    }
}
