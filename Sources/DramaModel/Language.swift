/// A language the product writes scripts in.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// English.
    case en
    /// Mandarin Chinese, simplified characters.
    case zh
    /// Spanish. The built-in writer does not write it: a Spanish edition of a series is
    /// translated by a chat model (`cliff localize --to es`).
    case es

    /// Languages the built-in writer writes series in (its phrasebooks).
    public static let written: [Language] = [.en, .zh]

    /// Whether the language is written in Chinese characters (no spaces between words).
    public var isChinese: Bool { self == .zh }

    /// The visible AI label in this language, burned into every episode's opening and on
    /// every cover.
    public var aiLabel: String {
        switch self {
        case .en: "AI-generated"
        case .zh: "AI生成"
        case .es: "Generado por IA"
        }
    }

    /// The language's name in English (`Spanish`).
    public var englishName: String {
        switch self {
        case .en: "English"
        case .zh: "Chinese"
        case .es: "Spanish"
        }
    }
}

/// The genre of a series: it chooses the beats, archetypes, places and phrasebook.
public enum Genre: String, Sendable, Hashable, CaseIterable, Codable {
    /// Modern romance: contract marriage, hidden identity, the cold CEO.
    case romance
    /// The underdog turns the tables: humiliation, then face-slaps.
    case revenge
    /// Suspense and mystery: an investigation, a hidden culprit.
    case suspense
    /// Historical palace intrigue: consorts, edicts, the cold palace.
    case palace
}

/// What a character is for in the story; the writer gives each role its own beats.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    case protagonist, lead, antagonist, rival, ally, elder, supporting
}

/// A character's gender, used for casting voices and choosing names.
public enum Gender: String, Sendable, Hashable, CaseIterable, Codable {
    case female, male, unspecified
}
