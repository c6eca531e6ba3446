package import Basics
package import DramaModel
package import Foundation

/// The lines of a localised edition, each with its source line's id and where its words came
/// from: `editions/<lang>/lines.json`. A person's translation is kept over every re-run; when
/// the source line changes under it, it is kept and marked for review.
package struct EditionRecord: Codable, Sendable, Hashable {
    /// Where an edition's words for a line came from.
    package enum Origin: String, Codable, Sendable, Hashable, CaseIterable {
        /// A person wrote it (an imported XLIFF): never replaced by a machine.
        case human
        /// A chat model translated it (billed once, kept while the source line stands).
        case machine
        /// The built-in writer wrote the same moment in the edition's language, from the same
        /// plan and slots: not a translation of the words.
        case transcreated
        /// Nobody has: the edition still says the source words.
        case untranslated
    }

    /// One line of dialogue.
    package struct Line: Codable, Sendable, Hashable {
        /// The source line's id.
        package var id: LineID
        /// The speaker's cast id.
        package var speaker: String
        /// The source line's words.
        package var source: String
        /// `sourceDigest(speaker:text:)` of the source line this was made for.
        package var sourceDigest: String
        /// The edition's words.
        package var text: String
        /// Where `text` came from.
        package var origin: Origin
        /// A person's translation of an older version of the source line: shown for review.
        package var stale: Bool?
        /// Spoken seconds of the source line: the time the edition's line should fit in.
        package var budgetSeconds: Double
        /// Why the line wants a person's look (a model's translation still longer than its
        /// time after repairs), if it does.
        package var flag: String?
    }

    /// The source series' language.
    package var sourceLanguage: Language
    /// The edition's language.
    package var language: Language
    /// Every line of dialogue of every episode, in order.
    package var lines: [Line]

    package init(sourceLanguage: Language, language: Language, lines: [Line]) {
        self.sourceLanguage = sourceLanguage
        self.language = language
        self.lines = lines
    }

    /// Stable digest of a source line: a translation made for it is current while it matches.
    package static func sourceDigest(speaker: String, text: String) -> String {
        let value = StableHash.of(speaker, text)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    /// Lines by id.
    package var byID: [LineID: Line] { Dictionary(lines.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }

    /// Counts per origin.
    package var counts: [Origin: Int] { Dictionary(grouping: lines, by: \.origin).mapValues(\.count) }

    /// Reads `lines.json`; nil when there is none.
    /// - Throws: `StoryEngineError` `.invalidEdition` when it cannot be read, located.
    package static func read(_ url: URL, shown: String) throws(StoryEngineError) -> EditionRecord? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            let decoder = JSONDecoder()
            return try decoder.decode(EditionRecord.self, from: Data(contentsOf: url))
        } catch {
            throw StoryEngineError(
                code: .invalidEdition,
                message: "\(shown) cannot be read: \(error). It is written by cliff localize: restore it from version control, or delete it to start the edition again (people's translations in it are lost).")
        }
    }

    /// Writes `lines.json` atomically.
    package func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(encoder.encode(self), to: url)
    }
}
