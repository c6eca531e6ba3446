/// A language the product writes scripts in.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// English.
    case en
    /// Mandarin Chinese, simplified characters.
    case zh
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
