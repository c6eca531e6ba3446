import Basics
public import DramaModel
import Foundation

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

    /// The longest premise the writer reads, in characters: a premise is one line; the rest
    /// of the story belongs in `series.yaml`.
    public static let maximumPremiseCharacters = 1000

    /// What is wrong with the premise as something to write a season from, or nil: empty,
    /// too short to name anyone or anything (fewer than three words of two letters or more,
    /// or fewer than four Chinese characters), or longer than one line should be.
    public var premiseProblem: String? {
        let text = premise.trimmingCharacters(in: .whitespacesAndNewlines)
        let example = #"--premise "A broke intern signs a contract marriage with a cold CEO" or --premise "重生回到高考前一天，她决定不再替继妹顶罪""#
        guard !text.isEmpty else { return "the premise is empty: say who wants what, and who or what stands in the way, e.g. \(example)" }
        let ideographs = text.unicodeScalars.filter { $0.properties.isIdeographic }.count
        let words = text.split { !$0.isLetter || $0.unicodeScalars.contains { $0.properties.isIdeographic } }.filter { $0.count >= 2 }.count
        guard ideographs >= 4 || words >= 3 else {
            return "the premise '\(TextInput.excerpt(text, limit: 40))' gives the writer nothing to build on: in one line, say who wants what and who or what stands in the way, e.g. \(example)"
        }
        guard text.count <= Self.maximumPremiseCharacters else {
            return "the premise is \(text.count) characters; a premise is one line of at most \(Self.maximumPremiseCharacters): keep the heart of it and add the rest to series.yaml after cliff new"
        }
        return nil
    }
}

/// Guesses a genre from a premise's keywords (English and Chinese).
package enum GenreGuess {
    static let keywords: [(Genre, [String])] = [
        (.romance, ["marriage", "married", "marry", "contract", "ceo", "bride", "love", "wedding", "billionaire", "fiancé", "fiance", "heiress", "romance", "boyfriend", "girlfriend", "婚", "总裁", "爱", "新娘", "恋", "甜"]),
        (.revenge, ["revenge", "betray", "framed", "humiliat", "son-in-law", "divorce", "comeback", "avenge", "destroy", "reborn", "underdog", "复仇", "逆袭", "背叛", "赘婿", "打脸", "重生", "陷害"]),
        (.suspense, ["murder", "detective", "missing", "killer", "body", "mystery", "case", "investigat", "disappear", "death", "police", "witness", "凶手", "案", "失踪", "悬疑", "侦探", "警", "尸", "谋杀"]),
        (.palace, ["emperor", "palace", "concubine", "consort", "dynasty", "empress", "prince", "imperial", "harem", "宫", "皇", "妃", "王爷", "太后", "朝"]),
    ]

    /// The best-matching genre; romance when nothing matches.
    package static func guess(_ premise: String) -> Genre {
        let text = premise.lowercased()
        var best: (Genre, Int) = (.romance, 0)
        for (genre, words) in keywords {
            let score = words.reduce(0) { $0 + (text.contains($1) ? 1 : 0) }
            if score > best.1 { best = (genre, score) }
        }
        return best.0
    }
}
