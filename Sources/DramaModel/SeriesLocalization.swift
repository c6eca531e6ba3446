/// How the names of a series travel to its localised editions: set in `series.yaml` beside each
/// character (`names`, `name_rule`), place and prop (`names`), and for the show (`titles`).
///
/// An edition in another language takes a name from here first; without one, a character's
/// name follows their rule and a place, prop or title the built-in writer chose comes from the
/// writer's own tables in that language (see `docs/localisation.md`).
public struct SeriesLocalization: Sendable, Hashable {
    /// The show's title per edition language.
    public var titles: [Language: String] = [:]
    /// Each character's name per edition language, by character id.
    public var characterNames: [String: [Language: String]] = [:]
    /// Each character's rule for names not given in `characterNames`, by character id.
    public var nameRules: [String: NameRule] = [:]
    /// Each place's heading name per edition language, by location id.
    public var locationNames: [String: [Language: String]] = [:]
    /// Each prop's name per edition language, by prop id.
    public var propNames: [String: [Language: String]] = [:]

    /// No localised names: every edition follows the default rules.
    public init() {}

    /// True when nothing is set.
    public var isEmpty: Bool {
        titles.isEmpty && characterNames.isEmpty && nameRules.isEmpty && locationNames.isEmpty && propNames.isEmpty
    }
}

/// What an edition in another language calls a character whose name it is not given.
public enum NameRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// The name as the source writes it (`Grace` in a Chinese edition).
    case keep
    /// The name as the other language writes its sound: `Grace` → `格蕾丝`, `林晚` → `Lin Wan`.
    case transliterate
    /// A name of the other language for the same character, chosen by the writer (`林晚` for
    /// Grace): what a remake in that market would do.
    case localize
}
