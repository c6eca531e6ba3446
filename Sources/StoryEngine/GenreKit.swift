import Basics
import Foundation
import Screenplay
import DramaModel

/// Everything the built-in writer knows about one genre in one language: the pooled
/// phrasebook (common + genre), the casting tables, places, props and secrets.
struct GenreKit: Sendable {
    struct CastOption: Sendable, Hashable {
        var role: Role
        var gender: Gender
        var archetype: String
        var address: String?
        var description: String
    }
    struct PlaceOption: Sendable, Hashable {
        var id: String
        var heading: String
        var spoken: String
        var setting: Location.Setting
        var description: String
    }
    struct SecretOption: Sendable, Hashable {
        var id: String
        var major: Bool
        var knowers: [Role]
        var learner: Role
        var hint: String
        var reveal: String
    }

    let genre: Genre
    let language: Language
    /// Dialogue, action and parenthetical templates by section; genre entries first.
    let templates: [String: [Template]]
    let cast: [CastOption]
    let femaleNames: [String]
    let maleNames: [String]
    let surnames: [String]
    let places: [PlaceOption]
    let props: [String]
    let secrets: [SecretOption]

    /// The built-in kit for a genre and language, parsed on first use and kept for the process.
    /// - Throws: the phrasebook's first malformed line (a bug in this program; the test suite
    ///   loads every kit).
    static func load(_ genre: Genre, _ language: Language) throws(PhrasebookProblem) -> GenreKit {
        let kit: Result<GenreKit, PhrasebookProblem>
        switch (genre, language) {
        case (.romance, .en): kit = Loaded.romanceEN
        case (.romance, .zh): kit = Loaded.romanceZH
        case (.revenge, .en): kit = Loaded.revengeEN
        case (.revenge, .zh): kit = Loaded.revengeZH
        case (.suspense, .en): kit = Loaded.suspenseEN
        case (.suspense, .zh): kit = Loaded.suspenseZH
        case (.palace, .en): kit = Loaded.palaceEN
        case (.palace, .zh): kit = Loaded.palaceZH
        case (_, .es):
            throw PhrasebookProblem(message: "the built-in writer writes \(Language.written.map(\.rawValue).joined(separator: " and ")), not \(language.rawValue): a \(language.englishName) edition is translated by a chat model (services.writer in cliff.yaml)")
        }
        return try kit.get()
    }

    /// One lazily parsed kit per genre and language (Swift initialises each `static let` once,
    /// thread-safely, on first use).
    private enum Loaded {
        static func parse(_ genre: Genre, _ language: Language) -> Result<GenreKit, PhrasebookProblem> {
            do { return .success(try GenreKit(genre: genre, language: language)) } catch { return .failure(error) }
        }
        static let romanceEN = parse(.romance, .en)
        static let romanceZH = parse(.romance, .zh)
        static let revengeEN = parse(.revenge, .en)
        static let revengeZH = parse(.revenge, .zh)
        static let suspenseEN = parse(.suspense, .en)
        static let suspenseZH = parse(.suspense, .zh)
        static let palaceEN = parse(.palace, .en)
        static let palaceZH = parse(.palace, .zh)
    }

    /// The built-in kit, parsed from the embedded phrasebooks `<genre>.<language>` and
    /// `common.<language>`.
    /// - Throws: the first problem.
    init(genre: Genre, language: Language) throws(PhrasebookProblem) {
        let own = try Phrasebook.builtIn("\(genre.rawValue).\(language.rawValue)")
        let common = try Phrasebook.builtIn("common.\(language.rawValue)")
        var problems: [Diagnostic] = []
        self.init(genre: genre, language: language, own: own, common: common, problems: &problems)
        if let first = problems.sortedByLocation().first { throw PhrasebookProblem(first) }
    }

    /// A kit from a genre phrasebook and a common one, adding every problem to `problems`,
    /// located at the entry (or the section header) that causes it. Entries with problems are
    /// left out.
    init(genre: Genre, language: Language, own: Phrasebook, common: Phrasebook, problems: inout [Diagnostic]) {
        self.genre = genre
        self.language = language

        var templates: [String: [Template]] = [:]
        for section in Phrasebook.templateSections {
            var list: [Template] = []
            for (source, prefix) in [(own, genre.rawValue), (common, "common")] {
                for (index, entry) in source.located(section).enumerated() {
                    do {
                        list.append(try Template(key: "\(prefix):\(section):\(index)", text: entry.text))
                    } catch {
                        for problem in Template.problems(in: entry.text) {
                            problems.append(Self.diagnostic(problem, at: entry, section: section))
                        }
                    }
                }
            }
            if list.isEmpty {
                let origin = own.origin(of: section) ?? common.origin(of: section)
                problems.append(Diagnostic(
                    file: origin?.file ?? own.file, line: origin?.line,
                    message: "no entries left for [\(section)] in \(genre.rawValue) \(language.rawValue)",
                    hint: "give [\(section)] at least one entry, or let the project add to the built-in entries ([\(section)] instead of [\(Phrasebook.replaceMarker) \(section)])"))
            }
            templates[section] = list
        }
        self.templates = templates

        var cast: [CastOption] = []
        for (row, entry) in own.rows("cast", columns: 5, problems: &problems) {
            let role = Role(rawValue: row[0])
            if role == nil {
                problems.append(Self.cell(0, of: entry, message: "unknown role '\(row[0])' in [cast]",
                                          hint: "use one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))." + Suggestion.didYouMean(row[0], in: Role.allCases.map(\.rawValue))))
            }
            if !["f", "m"].contains(row[1]) {
                problems.append(Self.cell(1, of: entry, message: "gender '\(row[1])' in [cast] is neither f nor m", hint: "write f or m"))
            }
            guard let role, ["f", "m"].contains(row[1]) else { continue }
            cast.append(CastOption(role: role, gender: row[1] == "f" ? .female : .male, archetype: row[2],
                                   address: row[3].isEmpty ? nil : row[3], description: row[4]))
        }
        self.cast = cast
        femaleNames = own.entries("name.f")
        maleNames = own.entries("name.m")
        surnames = own.entries("surname")

        var places: [PlaceOption] = []
        for (row, entry) in own.rows("place", columns: 5, problems: &problems) {
            guard ["int", "ext"].contains(row[3]) else {
                problems.append(Self.cell(3, of: entry, message: "place kind '\(row[3])' of \(row[0]) is neither int nor ext",
                                          hint: "write int for an interior or ext for an exterior"))
                continue
            }
            do {
                _ = try Template(key: "place", text: row[1])
            } catch {
                problems.append(Self.cell(1, of: entry, message: error.message, hint: error.hint))
                continue
            }
            // A scene heading adds its own time of day and reads its place back: a name it would
            // read differently ("GATE - NIGHT" gives "GATE") would not match its own headings.
            let read = SceneHeading(text: "INT. \(row[1])").location
            if read.uppercased() != row[1].uppercased() {
                problems.append(Self.cell(
                    1, of: entry, message: "place name '\(row[1])' reads as '\(read)' in a scene heading",
                    hint: "leave the time of day, and dashes at either end, out of a place's name: the heading adds '- DAY' or '- NIGHT' itself"))
                continue
            }
            places.append(PlaceOption(id: row[0], heading: row[1], spoken: row[2], setting: row[3] == "int" ? .interior : .exterior, description: row[4]))
        }
        self.places = places
        props = own.entries("prop")

        var secrets: [SecretOption] = []
        let roleNames = Role.allCases.map(\.rawValue)
        for (row, entry) in own.rows("secret", columns: 6, problems: &problems) {
            let names = row[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let knowers = names.compactMap { Role(rawValue: $0) }
            var fine = true
            if !["major", "minor"].contains(row[1]) {
                problems.append(Self.cell(1, of: entry, message: "secret \(row[0]) is '\(row[1])', neither major nor minor", hint: "write major or minor"))
                fine = false
            }
            for name in names where Role(rawValue: name) == nil {
                problems.append(Self.cell(2, of: entry, message: "unknown role '\(name)' among the knowers of secret \(row[0])",
                                          hint: "list roles separated by commas: \(roleNames.joined(separator: ", "))." + Suggestion.didYouMean(name, in: roleNames)))
                fine = false
            }
            if knowers.isEmpty, names.isEmpty {
                problems.append(Self.cell(2, of: entry, message: "secret \(row[0]) has no knowers", hint: "name the roles who know it at the start, e.g. antagonist, elder"))
                fine = false
            }
            guard let learner = Role(rawValue: row[3]) else {
                problems.append(Self.cell(3, of: entry, message: "unknown learner role '\(row[3])' of secret \(row[0])",
                                          hint: "use one of \(roleNames.joined(separator: ", "))." + Suggestion.didYouMean(row[3], in: roleNames)))
                continue
            }
            guard fine else { continue }
            secrets.append(SecretOption(id: row[0], major: row[1] == "major", knowers: knowers, learner: learner, hint: row[4], reveal: row[5]))
        }
        self.secrets = secrets

        let castOrigin = own.origin(of: "cast")
        for role in [Role.protagonist, .lead, .antagonist, .rival, .ally, .elder] where !cast.contains(where: { $0.role == role }) {
            problems.append(Diagnostic(
                file: castOrigin?.file ?? own.file, line: castOrigin?.line,
                message: "[cast] of \(genre.rawValue) \(language.rawValue) has no \(role.rawValue)",
                hint: "add a row: \(role.rawValue) | f | the archetype | | a one-line description"))
        }
        let minimums: [(String, Int, Int)] = [
            ("name.f", femaleNames.count, 8), ("name.m", maleNames.count, 8), ("surname", surnames.count, 8),
            ("place", places.count, 4), ("prop", props.count, 1), ("secret", secrets.count, 3),
        ]
        for (section, count, minimum) in minimums where count < minimum {
            let origin = own.origin(of: section)
            problems.append(Diagnostic(
                file: origin?.file ?? own.file, line: origin?.line,
                message: "[\(section)] of \(genre.rawValue) \(language.rawValue) has \(count) usable entr\(count == 1 ? "y" : "ies"); the writer needs at least \(minimum)",
                hint: "add entries to [\(section)]"))
        }
    }

    func templates(_ section: String) -> [Template] { templates[section] ?? [] }

    /// A template problem located at the character it is about.
    static func diagnostic(_ problem: PhrasebookProblem, at entry: Phrasebook.Entry, section: String) -> Diagnostic {
        Diagnostic(file: entry.file, line: entry.line, column: entry.column + (problem.offset ?? 0),
                   message: "[\(section)]: \(problem.message)", hint: problem.hint)
    }

    /// A problem located at the first character of cell `index` of a table row.
    static func cell(_ index: Int, of entry: Phrasebook.Entry, message: String, hint: String?) -> Diagnostic {
        var offset = 0
        for (position, cell) in entry.text.split(separator: "|", omittingEmptySubsequences: false).enumerated() {
            if position == index {
                offset += cell.prefix { $0 == " " || $0 == "\t" }.count
                break
            }
            offset += cell.count + 1
        }
        return Diagnostic(file: entry.file, line: entry.line, column: entry.column + offset, message: message, hint: hint)
    }
}
