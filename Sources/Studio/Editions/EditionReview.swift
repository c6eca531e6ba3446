import Foundation

/// A series' localised edition (`editions/<lang>/`) as the series page lists it.
package struct EditionSummary: Sendable, Hashable, Codable {
    /// The edition's language code (`zh`).
    package var language: String
    /// The language's own name (`中文`, `English`).
    package var languageName: String
    /// The show's title in the edition.
    package var title: String
    /// Lines of dialogue in the edition.
    package var lines: Int
    /// Lines per origin (`human`, `machine`, `transcreated`, `untranslated`).
    package var origins: [String: Int]
    /// Lines still in the source words: they need a translator.
    package var needsTranslator: Int
    /// People's translations made for an older version of their source line.
    package var stale: Int
    /// Episodes of the edition with a finished render (`out/epNNN/episode.mp4`).
    package var finishedEpisodes: [Int]
    /// Why the edition cannot be shown (its `lines.json` does not read), if so.
    package var problem: String?
}

/// Which lines an edition review shows.
package enum EditionFilter: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every line.
    case all
    /// Lines still in the source words (`untranslated`).
    case needsTranslator = "needs-translator"
    /// People's translations whose source line changed since (`stale`).
    case stale
}

/// One line of dialogue of an edition beside its source line.
package struct EditionLineView: Sendable, Hashable, Codable {
    /// The source line's id (`ep001-L0007`).
    package var id: String
    /// Episode number.
    package var episode: Int
    /// The speaker's cast id.
    package var speaker: String
    /// The speaker's cue in the series (`GRACE`).
    package var speakerName: String
    /// The speaker's cue in the edition (`格蕾丝`).
    package var editionSpeakerName: String
    /// The source line's words, as the edition was made from them.
    package var source: String
    /// The digest of `speaker` and `source` (what a correction is checked against).
    package var sourceDigest: String
    /// The edition's words.
    package var text: String
    /// Where they came from: `human`, `machine`, `transcreated` or `untranslated`.
    package var origin: String
    /// A person's translation of an older version of the source line.
    package var stale: Bool
    /// Spoken seconds of the source line: the time the edition's line should fit in.
    package var budgetSeconds: Double
    /// Spoken seconds the edition's words take at a natural pace (an estimate).
    package var spokenSeconds: Double
    /// How the words fit the time: `fits`, `long` (more than the voice can speed up: the shot
    /// will run longer) or `short` (more than it slows down: a pause after the line).
    package var fit: String
    /// What the series' script says now, when it no longer says `source` (the edition is
    /// behind its series: `cliff localize` brings it up to date). Empty when the line is gone.
    package var sourceNow: String?
}

/// One episode of an edition review.
package struct EditionEpisode: Sendable, Hashable, Codable {
    /// Number.
    package var number: Int
    /// Title in the series.
    package var title: String
    /// Title in the edition, if its script has one.
    package var editionTitle: String?
    /// The lines the filter shows, in order.
    package var lines: [EditionLineView]
}

/// How many lines of an edition are of each kind.
package struct EditionCounts: Sendable, Hashable, Codable {
    /// Every line.
    package var all = 0
    /// A person's translation.
    package var human = 0
    /// A model's translation.
    package var machine = 0
    /// The built-in writer's transcreation.
    package var transcreated = 0
    /// Still the source words: needs a translator.
    package var untranslated = 0
    /// Changed in the source since a person translated it.
    package var stale = 0
    /// Lines the series' scripts changed since the edition was made.
    package var behind = 0
}

/// An edition's lines side by side with the source, episode by episode.
package struct EditionReview: Sendable, Hashable, Codable {
    /// Series id.
    package var series: String
    /// The series' title.
    package var seriesTitle: String
    /// The series' language code and its name.
    package var sourceLanguage: String, sourceLanguageName: String
    /// The edition's language code and its name.
    package var language: String, languageName: String
    /// The show's title in the edition.
    package var title: String
    /// Lines of each kind in the whole edition (not only those shown).
    package var counts: EditionCounts
    /// The filter applied.
    package var filter: EditionFilter
    /// The one episode shown, if the review is limited to one.
    package var episode: Int?
    /// Every episode number of the edition, for choosing one.
    package var episodeNumbers: [Int]
    /// The episodes with lines the filter shows.
    package var episodes: [EditionEpisode]
    /// The command that brings the edition up to date with its series (`cliff localize …`).
    package var command: String
}

/// A corrected line of an edition, as saved.
package struct EditionCorrection: Sendable, Hashable, Codable {
    /// The line after the correction (a person's translation).
    package var line: EditionLineView
    /// The episode's script in the edition was edited by hand and is kept as it is: the line
    /// is in `lines.json`, but that script does not say it.
    package var scriptKept: Bool
    /// What happened, for people.
    package var message: String
}
