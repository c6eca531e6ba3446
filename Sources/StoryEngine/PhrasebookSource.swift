import DramaModel

/// The built-in phrasebooks' text, one static string per genre and language, defined in
/// `Phrasebooks/*.swift`. Format: docs/phrasebooks.md.
enum PhrasebookSource {
    static func text(genre: Genre, language: Language) -> String {
        switch (genre, language) {
        case (.romance, .en): romanceEN
        case (.romance, .zh): romanceZH
        case (.revenge, .en): revengeEN
        case (.revenge, .zh): revengeZH
        case (.suspense, .en): suspenseEN
        case (.suspense, .zh): suspenseZH
        case (.palace, .en): palaceEN
        case (.palace, .zh): palaceZH
        }
    }

    static func common(_ language: Language) -> String {
        switch language {
        case .en: commonEN
        case .zh: commonZH
        }
    }
}
