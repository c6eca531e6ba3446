import Foundation
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

    /// The kit for a genre and language, parsed on first use and kept for the process.
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

    init(genre: Genre, language: Language) throws(PhrasebookProblem) {
        self.genre = genre
        self.language = language
        let genreName = "\(genre.rawValue)\(language.rawValue.uppercased())"
        let commonName = "common\(language.rawValue.uppercased())"
        let own = try Phrasebook(source: PhrasebookSource.text(genre: genre, language: language), name: genreName)
        let common = try Phrasebook(source: PhrasebookSource.common(language), name: commonName)

        var templates: [String: [Template]] = [:]
        for section in Phrasebook.dialogueMoves + Phrasebook.actionSections + Phrasebook.parentheticalSections {
            var list: [Template] = []
            for (index, entry) in own.entries(section).enumerated() {
                list.append(try Template(key: "\(genre.rawValue):\(section):\(index)", text: entry))
            }
            for (index, entry) in common.entries(section).enumerated() {
                list.append(try Template(key: "common:\(section):\(index)", text: entry))
            }
            guard !list.isEmpty else { throw PhrasebookProblem(message: "\(genreName): no entries for [\(section)]") }
            templates[section] = list
        }
        self.templates = templates

        cast = try own.rows("cast", columns: 5, name: genreName).map { row throws(PhrasebookProblem) in
            guard let role = Role(rawValue: row[0]), ["f", "m"].contains(row[1]) else {
                throw PhrasebookProblem(message: "\(genreName): bad [cast] row: \(row.joined(separator: " | "))")
            }
            return CastOption(role: role, gender: row[1] == "f" ? .female : .male, archetype: row[2],
                              address: row[3].isEmpty ? nil : row[3], description: row[4])
        }
        femaleNames = own.entries("name.f")
        maleNames = own.entries("name.m")
        surnames = own.entries("surname")
        places = try own.rows("place", columns: 5, name: genreName).map { row throws(PhrasebookProblem) in
            guard ["int", "ext"].contains(row[3]) else {
                throw PhrasebookProblem(message: "\(genreName): place kind must be int or ext: \(row[0])")
            }
            return PlaceOption(id: row[0], heading: row[1], spoken: row[2], setting: row[3] == "int" ? .interior : .exterior, description: row[4])
        }
        props = own.entries("prop")
        secrets = try own.rows("secret", columns: 6, name: genreName).map { row throws(PhrasebookProblem) in
            let knowers = row[2].split(separator: ",").compactMap { Role(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
            guard let learner = Role(rawValue: row[3]), !knowers.isEmpty, ["major", "minor"].contains(row[1]) else {
                throw PhrasebookProblem(message: "\(genreName): bad [secret] row: \(row[0])")
            }
            return SecretOption(id: row[0], major: row[1] == "major", knowers: knowers, learner: learner, hint: row[4], reveal: row[5])
        }
        for role in [Role.protagonist, .lead, .antagonist, .rival, .ally, .elder] where !cast.contains(where: { $0.role == role }) {
            throw PhrasebookProblem(message: "\(genreName): [cast] has no \(role.rawValue)")
        }
        guard femaleNames.count >= 8, maleNames.count >= 8, surnames.count >= 8, places.count >= 4, !props.isEmpty, secrets.count >= 3 else {
            throw PhrasebookProblem(message: "\(genreName): names, places, props or secrets are too few")
        }
    }

    func templates(_ section: String) -> [Template] { templates[section] ?? [] }
}
