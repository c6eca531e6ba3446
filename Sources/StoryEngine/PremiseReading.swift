import Basics
public import DramaModel
import Foundation

/// What a premise names, read before anything is written: its people (with gender where the
/// words tell it, and whose they are: "her old boss", "his son"), its places, its objects and
/// its events. The bible is built from it — the premise's people are the cast, its places the
/// first locations, its objects the props — and `cliff new` shows it back ("Reading the
/// premise as: …").
///
/// The words it knows are data (`Lexicon/premise.<language>.lexicon`); an English person the
/// lexicon does not know is still read when an article or a possessive introduces it
/// ("a broke intern", "her old boss").
///
/// ```swift
/// let reading = PremiseReading("A retired hitwoman opens a kindergarten and her old boss enrolls his son", language: .en)
/// reading.people.map(\.label)  // ["the retired hitwoman", "her old boss", "his son"]
/// reading.places               // ["kindergarten"]
/// ```
public struct PremiseReading: Sendable, Hashable {
    /// One person the premise names.
    public struct Person: Sendable, Hashable {
        /// How the premise names them, ready for a bible ("the retired hitwoman", "her old
        /// boss", "继妹").
        public var label: String
        /// The noun that says who they are ("hitwoman", "boss", "继妹").
        public var noun: String
        /// Their gender when the words tell it.
        public var gender: Gender?
    }

    /// The people, in the order the premise names them (the first is the protagonist).
    public var people: [Person]
    /// The places ("kindergarten", "livestream room", "幼儿园").
    public var places: [String]
    /// The objects ("letter", "will", "遗嘱").
    public var objects: [String]
    /// The events ("divorce", "重生", "高考").
    public var events: [String]
    /// The protagonist's gender when the premise tells it (their noun, or "she"/"her" with no
    /// "he"/"his", 她 without 他).
    public var protagonistGender: Gender?

    /// True when the reader found nothing it knows.
    public var isEmpty: Bool { people.isEmpty && places.isEmpty && objects.isEmpty && events.isEmpty }

    init(people: [Person], places: [String], objects: [String], events: [String], protagonistGender: Gender?) {
        self.people = people
        self.places = places
        self.objects = objects
        self.events = events
        self.protagonistGender = protagonistGender
    }

    /// Reads `premise` written in `language`.
    public init(_ premise: String, language: Language) {
        let lexicon = PremiseLexicon.shared(language)
        self = language == .zh ? Self.readChinese(premise, lexicon) : Self.readEnglish(premise, lexicon)
    }

    /// One line for people: "people: the retired hitwoman (f), her old boss, his son (m); places: kindergarten; …".
    public var summary: String {
        func gender(_ g: Gender?) -> String { g == .female ? " (f)" : g == .male ? " (m)" : "" }
        var parts: [String] = []
        if !people.isEmpty { parts.append("people: " + people.map { $0.label + gender($0.gender) }.joined(separator: ", ")) }
        if !places.isEmpty { parts.append("places: " + places.joined(separator: ", ")) }
        if !objects.isEmpty { parts.append("objects: " + objects.joined(separator: ", ")) }
        if !events.isEmpty { parts.append("events: " + events.joined(separator: ", ")) }
        return parts.isEmpty ? "nothing the writer knows; it invents the cast from the genre" : parts.joined(separator: "; ")
    }

    // MARK: English

    static let determiners: Set<String> = ["a", "an", "the"]
    static let possessives: Set<String> = ["her", "his", "their", "my", "your", "its", "our"]
    static let stopWords: Set<String> = [
        "and", "or", "but", "who", "whom", "whose", "that", "which", "to", "of", "for", "in", "on", "at", "by", "with", "from",
        "into", "after", "before", "when", "while", "as", "is", "are", "was", "were", "be", "been", "only", "must", "will", "would",
        "can", "could", "should", "has", "have", "had", "not", "no", "one", "day", "year", "years", "then", "than", "so", "if",
        "she", "he", "they", "it", "him", "them", "this", "these", "those", "there", "where", "until", "about", "against", "over",
    ]

    static func readEnglish(_ premise: String, _ lexicon: PremiseLexicon) -> PremiseReading {
        let words = premise.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" && $0 != "’" })
            .map { String($0).replacingOccurrences(of: "’", with: "'") }
        let lower = words.map { $0.lowercased() }
        var reading = PremiseReading(people: [], places: [], objects: [], events: [], protagonistGender: nil)
        // People named only as someone's ("the billionaire's twin"): not the protagonist.
        var possessors: Set<Int> = []
        // Where the last person's noun ends (for "her old boss enrolls his son").
        var lastPersonEnd = -10
        var index = 0
        /// The longest lexicon phrase (up to three words) starting at `start`.
        func lexiconMatch(at start: Int) -> (entry: PremiseLexicon.Entry, length: Int)? {
            for length in stride(from: min(3, words.count - start), through: 1, by: -1) {
                let phrase = lower[start..<(start + length)].joined(separator: " ")
                if let entry = lexicon.entry(phrase) ?? lexicon.entry(Self.strippingPossessive(phrase)) { return (entry, length) }
            }
            return nil
        }
        while index < words.count {
            if let (entry, length) = lexiconMatch(at: index) {
                let written = words[index..<(index + length)].joined(separator: " ")
                let noun = Self.strippingPossessive(written)
                let next = index + length < words.count ? lexicon.entry(lower[index + length]) : nil
                // A word that is also a stop word ("will") is a noun only after an article or
                // a possessive ("the will", "his will").
                if length == 1, Self.stopWords.contains(lower[index]), index == 0 || !(Self.determiners.contains(lower[index - 1]) || Self.possessives.contains(lower[index - 1])) {
                    index += 1
                    continue
                }
                // A noun of the same kind right after this one makes this one its modifier:
                // "orphan girl", "vampire teacher", "mountain village".
                if let next, next.kind.sameKind(as: entry.kind), written == noun {
                    index += length
                    continue
                }
                switch entry.kind {
                case .person(let gender):
                    let label = Self.englishLabel(words: words, lower: lower, nounStart: index, noun: noun)
                    // "her old boss enrolls his son": a possessive right after the previous
                    // person's verb is that person's, and tells their gender.
                    let introducer = label.split(separator: " ").first.map(String.init) ?? ""
                    if ["his", "her"].contains(introducer), let last = reading.people.indices.last, reading.people[last].gender == nil,
                       let at = lower[..<index].lastIndex(of: introducer), at >= 2, at - 2 == lastPersonEnd, Self.looksLikeVerb(lower[at - 1], after: 1) {
                        reading.people[last].gender = introducer == "his" ? .male : .female
                    }
                    lastPersonEnd = index + length - 1
                    if !reading.people.contains(where: { $0.label.lowercased() == label.lowercased() }) {
                        possessors.insert(reading.people.count)
                        if written == noun { possessors.remove(reading.people.count) }
                        reading.people.append(Person(label: label, noun: entry.singular, gender: gender))
                    }
                case .place:
                    let place = Self.englishModified(words: words, lower: lower, nounStart: index, noun: entry.singular, lexicon: lexicon)
                    if !reading.places.contains(place) { reading.places.append(place) }
                case .object:
                    let object = Self.englishModified(words: words, lower: lower, nounStart: index, noun: entry.singular, lexicon: lexicon)
                    if !reading.objects.contains(object) { reading.objects.append(object) }
                case .event:
                    if !reading.events.contains(entry.singular) { reading.events.append(entry.singular) }
                }
                index += length
                continue
            }
            // An unknown noun introduced as a person would be: "a broke intern", "her old boss".
            if Self.determiners.contains(lower[index]) || Self.possessives.contains(lower[index]) {
                var end = index + 1
                while end < words.count, end - index <= 3, !Self.stopWords.contains(lower[end]), !Self.determiners.contains(lower[end]),
                      !Self.possessives.contains(lower[end]), lexiconMatch(at: end) == nil, !Self.looksLikeVerb(lower[end], after: end - index - 1) {
                    end += 1
                }
                // The phrase ends at a known word: the words before it modify that word, and
                // the main loop reads it.
                if end < words.count, lexiconMatch(at: end) != nil {
                    index += 1
                    continue
                }
                if end > index + 1, end - index <= 4 {
                    let noun = words[end - 1]
                    // Only a noun that reads as someone: "owner", "inventor", "pianist".
                    let lowerNoun = noun.lowercased()
                    let personLike = ["er", "or", "ist", "ian", "ant", "ent", "ess"].contains { lowerNoun.hasSuffix($0) } && lowerNoun.count > 3
                    if personLike, noun.first?.isLowercase == true || noun == noun.uppercased() {
                        let label = Self.englishLabel(words: words, lower: lower, nounStart: end - 1, noun: noun)
                        if !reading.people.contains(where: { $0.label.lowercased() == label.lowercased() }) {
                            reading.people.append(Person(label: label, noun: noun.lowercased(), gender: nil))
                        }
                    }
                }
                index = end
                continue
            }
            index += 1
        }
        // Someone named only as another's ("a billionaire's twin brother") follows the first
        // person named in their own right.
        if let own = reading.people.indices.first(where: { !possessors.contains($0) }), own > 0 {
            let person = reading.people.remove(at: own)
            reading.people.insert(person, at: 0)
        }
        // The protagonist's gender: their noun, else the pronouns.
        let pronouns = Set(lower)
        let female = pronouns.contains("she") || pronouns.contains("her") || pronouns.contains("herself")
        let male = pronouns.contains("he") || pronouns.contains("his") || pronouns.contains("him") || pronouns.contains("himself")
        reading.protagonistGender = reading.people.first?.gender ?? (female && !male ? .female : male && !female ? .male : nil)
        if let gender = reading.protagonistGender, !reading.people.isEmpty, reading.people[0].gender == nil { reading.people[0].gender = gender }
        // "his son", "her husband": a possessive names whose the person is; it tells nothing
        // about the person's own gender, which comes from the noun alone.
        return reading
    }

    /// "boss's" → "boss".
    static func strippingPossessive(_ phrase: String) -> String {
        phrase.hasSuffix("'s") ? String(phrase.dropLast(2)) : phrase
    }

    /// A verb right after a noun ends a phrase ("an intern signs", "a maid outwits"): a word
    /// ending in "s" (not "ss", "us") after at least one word of the phrase.
    static func looksLikeVerb(_ word: String, after wordsInPhrase: Int) -> Bool {
        wordsInPhrase >= 1 && word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
    }

    /// The person's label with what introduces it: "the retired hitwoman" for "A retired
    /// hitwoman", "her old boss" kept as written, up to two adjectives before the noun.
    static func englishLabel(words: [String], lower: [String], nounStart: Int, noun: String) -> String {
        var start = nounStart
        var modifiers: [String] = []
        while start > 0, modifiers.count < 2 {
            let previous = lower[start - 1]
            if determiners.contains(previous) || possessives.contains(previous) || stopWords.contains(previous) || previous.hasSuffix("'s") { break }
            if looksLikeVerb(previous, after: 1) || previous.hasSuffix("ed") && start - 1 == 0 { break }
            modifiers.insert(words[start - 1], at: 0)
            start -= 1
        }
        let introducer = start > 0 ? lower[start - 1] : ""
        let body = (modifiers + [noun]).map { $0 == $0.uppercased() && $0.count > 1 ? $0 : $0.lowercased() }.joined(separator: " ")
        return possessives.contains(introducer) ? "\(introducer) \(body)" : "the \(body)"
    }

    /// A place or an object with the word that modifies it ("livestream room", "kidnapped
    /// dog"); a modifier that is itself a person noun is left out ("the emperor's palace" →
    /// "palace").
    static func englishModified(words: [String], lower: [String], nounStart: Int, noun: String, lexicon: PremiseLexicon) -> String {
        guard nounStart > 0 else { return noun }
        let previous = lower[nounStart - 1]
        let previousEntry = lexicon.entry(previous)
        let sameKindModifier = previousEntry.map { entry in [PremiseLexicon.Kind.place, .object].contains(where: { $0.sameKind(as: entry.kind) }) } ?? false
        if determiners.contains(previous) || possessives.contains(previous) || stopWords.contains(previous) || (previousEntry != nil && !sameKindModifier)
            || (looksLikeVerb(previous, after: 1) && words[nounStart - 1].first?.isLowercase == true) || previous.hasSuffix("'s") {
            return noun
        }
        return "\(words[nounStart - 1]) \(noun)"
    }

    // MARK: Chinese

    static func readChinese(_ premise: String, _ lexicon: PremiseLexicon) -> PremiseReading {
        var reading = PremiseReading(people: [], places: [], objects: [], events: [], protagonistGender: nil)
        let characters = Array(premise)
        var index = 0
        while index < characters.count {
            var found: (PremiseLexicon.Entry, Int)?
            for length in stride(from: min(lexicon.longest, characters.count - index), through: 1, by: -1) {
                if let entry = lexicon.entry(String(characters[index..<(index + length)])) {
                    found = (entry, length)
                    break
                }
            }
            guard let (entry, length) = found else {
                index += 1
                continue
            }
            let term = entry.singular
            switch entry.kind {
            case .person(let gender):
                if !reading.people.contains(where: { $0.noun == term }) { reading.people.append(Person(label: term, noun: term, gender: gender)) }
            case .place:
                if !reading.places.contains(term) { reading.places.append(term) }
            case .object:
                if !reading.objects.contains(term) { reading.objects.append(term) }
            case .event:
                if !reading.events.contains(term) { reading.events.append(term) }
            }
            index += length
        }
        let female = premise.contains("她"), male = premise.contains("他")
        reading.protagonistGender = reading.people.first?.gender ?? (female && !male ? .female : male && !female ? .male : nil)
        // "她决定不再替继妹顶罪": the protagonist is 她, who is not the first noun named.
        if female != male, let first = reading.people.first, first.gender != nil, first.gender != (female ? .female : .male) || Self.relative(first.noun) {
            reading.people.insert(Person(label: female ? "她" : "他", noun: female ? "她" : "他", gender: female ? .female : .male), at: 0)
            reading.protagonistGender = female ? .female : .male
        } else if reading.people.isEmpty, female != male {
            reading.people.append(Person(label: female ? "她" : "他", noun: female ? "她" : "他", gender: female ? .female : .male))
            reading.protagonistGender = female ? .female : .male
        }
        return reading
    }

    /// Relatives a Chinese premise names beside its heroine (继妹, 婆婆): not the protagonist.
    static func relative(_ noun: String) -> Bool {
        ["继妹", "继姐", "继母", "后妈", "婆婆", "妹妹", "姐姐", "继兄", "继父", "前夫", "前妻", "未婚夫", "未婚妻", "公公"].contains(noun)
    }
}

/// The premise reader's words for one language, from `Lexicon/premise.<language>.lexicon`.
struct PremiseLexicon: Sendable {
    enum Kind: Sendable, Hashable {
        case person(Gender?)
        case place
        case object
        case event

        /// Person, place, object or event alike, whatever the gender.
        func sameKind(as other: Kind) -> Bool {
            switch (self, other) {
            case (.person, .person), (.place, .place), (.object, .object), (.event, .event): true
            default: false
            }
        }
    }

    struct Entry: Sendable, Hashable {
        var kind: Kind
        /// The singular form, as the premise reader reports it.
        var singular: String
        /// A Chinese object's measure word (信 → 封), when the lexicon gives one.
        var measure: String? = nil
    }

    /// "那封信": a Chinese object with its measure word (个 when the lexicon has none).
    func demonstrative(_ object: String) -> String {
        "那" + (entries[object]?.measure ?? "个") + object
    }

    /// A day an event makes the season count toward (an exam, a wedding, a trial): action
    /// lines for when it is close (the paywall episode) and for the day itself (the finale).
    struct Deadline: Sendable, Hashable {
        var near: String
        var day: String
    }

    /// Entries by lowercased form (singular and plural).
    let entries: [String: Entry]
    /// The truth an event hides, as a secret the season reveals (`[event.secret]`), by event.
    let eventSecrets: [String: GenreKit.SecretOption]
    /// The day an event counts toward (`[event.deadline]`), by event.
    let deadlines: [String: Deadline]
    /// Rows of `[event.secret]` and `[event.deadline]` that could not be read (a test keeps
    /// this empty for the built-in lexicons).
    let problems: [String]
    /// The longest entry, in characters (how far the Chinese reader looks ahead).
    let longest: Int

    func entry(_ word: String) -> Entry? { entries[word] }

    private static let english = PremiseLexicon(file: "premise.en")
    private static let chinese = PremiseLexicon(file: "premise.zh")

    static func shared(_ language: Language) -> PremiseLexicon { language == .zh ? chinese : english }

    /// Parses an embedded lexicon; a missing file (a build without the data) is an empty one.
    init(file name: String) {
        self.init(source: EmbeddedData.files["Lexicon/\(name).lexicon"] ?? "")
    }

    /// Parses lexicon text: `[person.female]`, `[person.male]`, `[person]`, `[place]`,
    /// `[object]` and `[event]` sections of `singular | plural` lines; `[event.secret]` rows
    /// `event | id | knowers | learner | hint | reveal` and `[event.deadline]` rows
    /// `event | near | day`; `#` starts a comment.
    init(source: String) {
        var entries: [String: Entry] = [:]
        var eventSecrets: [String: GenreKit.SecretOption] = [:]
        var deadlines: [String: Deadline] = [:]
        var problems: [String] = []
        var kind: Kind?
        var table: String?
        var events: Set<String> = []
        for (number, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            guard !line.isEmpty else { continue }
            if line.hasPrefix("[") {
                table = ["[event.secret]", "[event.deadline]"].contains(line) ? line : nil
                switch line {
                case "[person.female]": kind = .person(.female)
                case "[person.male]": kind = .person(.male)
                case "[person]": kind = .person(nil)
                case "[place]": kind = .place
                case "[object]": kind = .object
                case "[event]": kind = .event
                default: kind = nil
                }
                continue
            }
            if let table {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                let event = cells[0].lowercased()
                if table == "[event.deadline]" {
                    guard cells.count == 3, !cells[1].isEmpty, !cells[2].isEmpty else {
                        problems.append("line \(number + 1): \(table) needs event | near | day: \(line)")
                        continue
                    }
                    deadlines[event] = Deadline(near: cells[1], day: cells[2])
                } else {
                    let knowers = cells.count == 6 ? cells[2].split(separator: ",").map { Role(rawValue: $0.trimmingCharacters(in: .whitespaces)) } : []
                    guard cells.count == 6, !knowers.isEmpty, knowers.allSatisfy({ $0 != nil }), let learner = Role(rawValue: cells[3]),
                          !knowers.contains(learner), !cells[4].isEmpty, !cells[5].isEmpty,
                          (try? Template(key: "hint", text: cells[4])) != nil, (try? Template(key: "reveal", text: cells[5])) != nil else {
                        problems.append("line \(number + 1): \(table) needs event | id | knowers | learner | hint | reveal with known roles and slots: \(line)")
                        continue
                    }
                    eventSecrets[event] = GenreKit.SecretOption(id: cells[1], major: true, knowers: knowers.compactMap { $0 }, learner: learner, hint: cells[4], reveal: cells[5])
                }
                if !events.contains(event) { problems.append("line \(number + 1): \(event) is not in [event] above") }
                continue
            }
            guard let kind else { continue }
            let forms = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            guard let singular = forms.first else { continue }
            if kind == .event { events.insert(singular) }
            let ascii = singular.unicodeScalars.allSatisfy(\.isASCII)
            // English: "singular | plural"; Chinese: "object | measure word".
            let plurals = ascii ? (forms.count > 1 ? Array(forms.dropFirst()) : [singular + "s"]) : []
            let measure = !ascii && forms.count > 1 ? forms[1] : nil
            for form in [singular] + plurals where entries[form] == nil { entries[form] = Entry(kind: kind, singular: singular, measure: measure) }
        }
        self.entries = entries
        self.eventSecrets = eventSecrets
        self.deadlines = deadlines
        self.problems = problems
        self.longest = entries.keys.map(\.count).max() ?? 1
    }
}
