import DramaModel
import Foundation

/// What filling an English template's slot needs to know about the words around it, so a slot
/// value fits its sentence: no second determiner ("The real the divorce papers"), a verb that
/// agrees with a plural thing ("the DNA test results lies"), a capital at a sentence's start,
/// and a title spoken of in the third person with its article ("cry to the Noble Consort").
enum EnglishGrammar {
    /// Words that open a noun phrase.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "no",
        "every", "any", "some", "whose", "which", "another",
    ]

    /// Singular verb forms that cannot follow a plural subject.
    static let singularVerbs: Set<String> = [
        "is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't", "is,", "was,", "says", "goes",
    ]

    /// Plural nouns that do not end in -s.
    static let irregularPlurals: Set<String> = ["children", "men", "women", "people", "teeth", "feet", "mice", "police"]

    /// Singular nouns that end in -s.
    static let singularInS: Set<String> = ["news", "series", "species", "glass", "dress", "boss", "address", "lens", "bus", "gas", "kiss", "atlas", "canvas", "compass", "chess"]

    /// An English noun phrase as a slot holds it ("the divorce papers").
    struct NounPhrase {
        /// The phrase as written.
        let text: String
        /// Without its determiner ("divorce papers"); the phrase itself when it has none.
        let bare: String
        /// Whether it names more than one thing.
        let plural: Bool

        init(_ text: String) {
            self.text = text
            let words = text.split(separator: " ").map(String.init)
            if words.count > 1, EnglishGrammar.determiners.contains(words[0].lowercased()) {
                bare = words.dropFirst().joined(separator: " ")
            } else {
                bare = text
            }
            // The head noun: the last word, or the last before "of" ("the Office of Punishments").
            let headWords = words.firstIndex { $0.lowercased() == "of" }.map { Array(words[..<$0]) } ?? words
            let head = (headWords.last ?? "").lowercased().trimmingCharacters(in: .punctuationCharacters)
            plural = EnglishGrammar.irregularPlurals.contains(head)
                || (head.count > 2 && head.hasSuffix("s") && !head.hasSuffix("ss") && !head.hasSuffix("us") && !head.hasSuffix("is")
                    && !EnglishGrammar.singularInS.contains(head))
        }
    }

    /// Whether `text` (a value) is English words rather than Chinese.
    static func isEnglish(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.properties.isIdeographic } && text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Whether the text before a slot ends with a determiner, alone or before one lowercase
    /// word ("the ", "The real "): the slot then takes a noun phrase without its own.
    static func endsWithDeterminer(_ before: String) -> Bool {
        guard before.last == " " else { return false }
        let words = before.split(whereSeparator: { $0 == " " }).suffix(2).map { String($0) }
        guard let last = words.last else { return false }
        if determiners.contains(last.lowercased()) { return true }
        if words.count == 2, determiners.contains(words[0].lowercased()), last.first?.isLowercase == true,
           last.allSatisfy(\.isLetter) {
            return true
        }
        return false
    }

    /// Words ending in -s after a noun that are not verbs.
    static let notVerbs: Set<String> = [
        "as", "this", "his", "its", "us", "always", "perhaps", "yours", "ours", "hers", "theirs", "thus", "besides", "towards",
        "afterwards", "unless", "whereas", "nevertheless", "sometimes", "nowadays", "upstairs", "downstairs", "outdoors", "indoors",
    ]

    /// Whether the text after a slot starts with a verb only a singular subject takes ("is",
    /// "has", "looks", "lies": a third-person -s form).
    static func startsWithSingularVerb(_ after: String) -> Bool {
        guard after.first == " " else { return false }
        let word = (after.split(separator: " ").first.map { String($0).lowercased() } ?? "")
            .trimmingCharacters(in: CharacterSet(charactersIn: ".,!?;:…"))
        if singularVerbs.contains(word) { return true }
        guard word.count > 2, word.allSatisfy(\.isLetter), word.hasSuffix("s"), !word.hasSuffix("ss"), !notVerbs.contains(word) else { return false }
        return true
    }

    /// Whether `text` refers to a thing as "it" ("Keep it safe", "its owner").
    static func saysIt(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).contains { word in
            ["it", "its", "it's", "it’s", "itself"].contains(String(word))
        }
    }

    /// Whether a slot after `before` opens a sentence.
    static func opensSentence(_ before: String) -> Bool {
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last else { return true }
        return [".", "!", "?", "…", "\"", "“", "—"].contains(last) && before.last == " " || trimmed.isEmpty
    }

    /// `value` with its first letter capitalised.
    static func capitalised(_ value: String) -> String { value.prefix(1).uppercased() + value.dropFirst() }

    /// How others speak of `member` in the third person: a title they are addressed by takes
    /// its article or possessive ("Your Majesty" → "Her Majesty", "Noble Consort" → "the Noble
    /// Consort"); a name, a kinship word ("Grandma") or a single-word title ("Madam") is used as is.
    static func thirdPerson(_ member: CastMember, addressedAs address: String) -> String {
        guard let title = member.address, !title.isEmpty, title == address, isEnglish(title) else { return address }
        let words = title.split(separator: " ")
        if words.first == "Your" {
            let possessive = member.gender == .male ? "His" : member.gender == .female ? "Her" : "Their"
            return ([possessive] + words.dropFirst().map(String.init)).joined(separator: " ")
        }
        let honorifics: Set<String> = ["Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Lady", "Lord", "Master", "Uncle", "Aunt", "Sister", "Brother"]
        if words.count >= 2, !honorifics.contains(String(words[0])), !determiners.contains(words[0].lowercased()) {
            return "the \(title)"
        }
        return title
    }
}
