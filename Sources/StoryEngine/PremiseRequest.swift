import Basics
public import DramaModel

/// What a creator asks the writer for: a one-line premise and a few choices.
public struct PremiseRequest: Sendable, Hashable {
    /// The default number of episodes.
    public static let defaultEpisodes = 30

    /// The one-line premise ("A broke intern signs a contract marriage with a cold CEO").
    public var premise: String
    /// The genre; guessed from the premise when `nil`.
    public var genre: Genre?
    /// Number of episodes.
    public var episodes: Int
    /// Script language; Chinese when the premise is written in Chinese, else English, when `nil`.
    public var language: Language?
    /// Seed; derived from the premise when `nil`, so the same premise gives the same show.
    public var seed: UInt64?
    /// Target spoken seconds per episode.
    public var targetSeconds: Int
    /// Series title; invented when `nil`.
    public var title: String?

    /// Creates a request.
    public init(
        premise: String, genre: Genre? = nil, episodes: Int = PremiseRequest.defaultEpisodes, language: Language? = nil,
        seed: UInt64? = nil, targetSeconds: Int = 90, title: String? = nil
    ) {
        self.premise = premise
        self.genre = genre
        self.episodes = episodes
        self.language = language
        self.seed = seed
        self.targetSeconds = targetSeconds
        self.title = title
    }

    /// The language used when none is given: Chinese if the premise contains Chinese characters.
    public var resolvedLanguage: Language {
        language ?? (premise.unicodeScalars.contains { $0.properties.isIdeographic } ? .zh : .en)
    }

    /// The genre used when none is given: the one whose keywords the premise matches most.
    public var resolvedGenre: Genre { genre ?? GenreGuess.guess(premise) }

    /// The seed used when none is given: a stable hash of the premise, below one million.
    public var resolvedSeed: UInt64 { seed ?? StableHash.fnv1a(premise) % 1_000_000 }
}

/// Guesses a genre from a premise's keywords (English and Chinese).
public enum GenreGuess {
    static let keywords: [(Genre, [String])] = [
        (.romance, ["marriage", "married", "marry", "contract", "ceo", "bride", "love", "wedding", "billionaire", "fiancé", "fiance", "heiress", "romance", "boyfriend", "girlfriend", "婚", "总裁", "爱", "新娘", "恋", "甜"]),
        (.revenge, ["revenge", "betray", "framed", "humiliat", "son-in-law", "divorce", "comeback", "avenge", "destroy", "reborn", "underdog", "复仇", "逆袭", "背叛", "赘婿", "打脸", "重生", "陷害"]),
        (.suspense, ["murder", "detective", "missing", "killer", "body", "mystery", "case", "investigat", "disappear", "death", "police", "witness", "凶手", "案", "失踪", "悬疑", "侦探", "警", "尸", "谋杀"]),
        (.palace, ["emperor", "palace", "concubine", "consort", "dynasty", "empress", "prince", "imperial", "harem", "宫", "皇", "妃", "王爷", "太后", "朝"]),
    ]

    /// The best-matching genre; romance when nothing matches.
    public static func guess(_ premise: String) -> Genre {
        let text = premise.lowercased()
        var best: (Genre, Int) = (.romance, 0)
        for (genre, words) in keywords {
            let score = words.reduce(0) { $0 + (text.contains($1) ? 1 : 0) }
            if score > best.1 { best = (genre, score) }
        }
        return best.0
    }
}
