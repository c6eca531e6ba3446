import Basics
import Foundation
import DramaModel

/// One phrasebook entry: text with slots, ready to fill.
struct Template: Sendable, Hashable {
    enum Slot: Sendable, Hashable {
        case to, me, other, place, prop, secret
        case role(Role)
        case surname(Role)
    }
    enum Segment: Sendable, Hashable {
        case text(String)
        case slot(Slot)
    }
    /// Section-unique key (`romance:hook:12`) used to count how often a series used it.
    let key: String
    let segments: [Segment]
    /// The side whose characters alone may say this line (`hero: ` or `villain: ` before the
    /// line in the phrasebook); nil when anyone may.
    let side: Side?

    var slots: [Slot] {
        segments.compactMap { if case .slot(let slot) = $0 { slot } else { nil } }
    }

    static let slotNames: [String: Slot] = [
        "to": .to, "me": .me, "other": .other, "place": .place, "prop": .prop, "secret": .secret,
        "P": .role(.protagonist), "L": .role(.lead), "A": .role(.antagonist), "R": .role(.rival),
        "F": .role(.ally), "E": .role(.elder),
        "PS": .surname(.protagonist), "LS": .surname(.lead), "AS": .surname(.antagonist),
    ]

    /// Parses `text` with `{slot}` markers.
    /// - Throws: a problem naming the unknown slot, its `offset` the 0-based character index
    ///   of the `{` in `text`.
    init(key: String, text: String) throws(PhrasebookProblem) {
        self.key = key
        var segments: [Segment] = []
        var rest = Substring(text)
        let side = Side.allCases.first { rest.hasPrefix($0.marker) }
        if let side { rest = rest.dropFirst(side.marker.count).drop { $0 == " " } }
        self.side = side
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { segments.append(.text(String(rest[..<open]))) }
            let offset = text.distance(from: text.startIndex, to: open)
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw PhrasebookProblem(
                    message: "'{' without '}' in: \(text)", offset: offset,
                    hint: "close the slot with '}', or remove the '{'")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard let slot = Self.slotNames[name] else {
                let guess = Suggestion.closest(to: name, in: Self.slotNames.keys.sorted()).map { "; did you mean {\($0)}?" } ?? ""
                throw PhrasebookProblem(
                    message: "unknown slot {\(name)} in: \(text)", offset: offset,
                    hint: "use one of " + Self.slotNames.keys.sorted().map { "{\($0)}" }.joined(separator: " ") + guess)
            }
            segments.append(.slot(slot))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        self.segments = segments
    }
}

extension Template {
    /// Every slot problem in `text` (each `{` without `}`, each unknown slot), in order; empty
    /// when `Template(key:text:)` accepts the text.
    static func problems(in text: String) -> [PhrasebookProblem] {
        var problems: [PhrasebookProblem] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            do {
                _ = try Template(key: "", text: String(rest))
                break
            } catch {
                let consumed = text.distance(from: text.startIndex, to: rest.startIndex)
                var problem = error
                problem.offset = (problem.offset ?? 0) + consumed
                problem.message = problem.message.replacingOccurrences(of: "in: \(rest)", with: "in: \(text)")
                problems.append(problem)
                // Go on after the faulty slot: past its '}', or past the '{' that lacks one.
                let open = rest.index(rest.startIndex, offsetBy: (error.offset ?? 0))
                guard let close = rest[open...].firstIndex(of: "}"), !rest[rest.index(after: open)..<close].contains("{") else {
                    rest = rest[rest.index(after: open)...]
                    continue
                }
                rest = rest[rest.index(after: close)...]
            }
        }
        return problems
    }
}

/// A problem in a phrasebook: in a built-in one a bug in this program (the test suite loads
/// every built-in phrasebook); in a project's `phrasebooks/` folder a located `Diagnostic`.
struct PhrasebookProblem: Error, Sendable, CustomStringConvertible {
    var message: String
    /// Where in an entry's text the problem is (0-based characters), when known.
    var offset: Int?
    /// How to fix it.
    var hint: String?
    var description: String { message }

    init(message: String, offset: Int? = nil, hint: String? = nil) {
        self.message = message
        self.offset = offset
        self.hint = hint
    }

    init(_ diagnostic: Diagnostic) {
        self.init(message: diagnostic.description)
    }
}

/// A parsed phrasebook: sections of entries (see docs/phrasebooks.md).
struct Phrasebook: Sendable {
    /// One entry and where it stands.
    struct Entry: Sendable, Hashable {
        /// The entry's text, without the line's leading and trailing spaces.
        var text: String
        /// The file as users name it (`demo/phrasebooks/romance.en.phrasebook`).
        var file: String
        /// 1-based line.
        var line: Int
        /// 1-based column of the text's first character.
        var column: Int
    }

    /// Where a section's header stands, and whether it replaces the built-in section.
    struct Header: Sendable, Hashable {
        var file: String
        var line: Int
        var replaces: Bool
    }

    /// The file as users name it.
    let file: String
    /// Entries by section, in file order.
    private(set) var sections: [String: [Entry]] = [:]
    /// The header of every section the file has (the first one when a section appears twice;
    /// after `overlaid(with:)`, the project's header of each section the project has).
    private(set) var headers: [String: Header] = [:]

    static let dialogueMoves = [
        "hook", "accuse", "deny", "threaten", "defy", "mock", "endure", "question", "explain", "evade",
        "tease", "fluster", "tender", "scheme", "agree", "plead", "refuse", "command", "warn", "reveal",
        "shock", "comfort", "thank", "triumph", "cliff",
    ]
    static let actionSections = ["open", "tension", "tender", "shock", "cliff", "exit"].map { "action.\($0)" }
    static let parentheticalSections = Emotion.allCases.map { "paren.\($0.rawValue)" }
    static let tableSections = ["cast", "name.f", "name.m", "surname", "place", "prop", "secret"]
    /// The sections whose entries are templates with slots.
    static let templateSections = dialogueMoves + actionSections + parentheticalSections
    static let knownSections = Set(templateSections + tableSections)
    /// The word before a section name that makes a project's section replace the built-in one
    /// (`[replace hook]`) instead of adding to it.
    static let replaceMarker = "replace"

    /// Parses phrasebook text.
    /// - Throws: the first problem, with its line number.
    init(source: String, name: String) throws(PhrasebookProblem) {
        var problems: [Diagnostic] = []
        self.init(source: source, file: name, problems: &problems)
        if let first = problems.first { throw PhrasebookProblem(first) }
    }

    /// Parses phrasebook text, adding every problem to `problems` (each located in `file`);
    /// lines with problems are left out.
    init(source: String, file: String, problems: inout [Diagnostic]) {
        self.file = file
        enum State { case start, skipping, section(String) }
        var state = State.start
        for (index, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let column = raw.distance(from: raw.startIndex, to: raw.firstIndex { !$0.isWhitespace } ?? raw.startIndex) + 1
            if line.hasPrefix("["), line.hasSuffix("]") {
                var name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                var replaces = false
                if name.hasPrefix(Self.replaceMarker + " ") {
                    replaces = true
                    name = name.dropFirst(Self.replaceMarker.count).trimmingCharacters(in: .whitespaces)
                }
                guard Self.knownSections.contains(name) else {
                    // Its entries are left out without a problem each: the header is the mistake.
                    problems.append(Diagnostic(
                        file: file, line: index + 1, column: column + 1,
                        message: "unknown section [\(name)]",
                        hint: "use a section from docs/phrasebooks.md (hook, accuse, action.open, paren.angry, cast, place…)."
                            + Suggestion.didYouMean(name, in: Self.knownSections)))
                    state = .skipping
                    continue
                }
                if headers[name] == nil { headers[name] = Header(file: file, line: index + 1, replaces: replaces) }
                if sections[name] == nil { sections[name] = [] }
                state = .section(name)
                continue
            }
            switch state {
            case .start:
                problems.append(Diagnostic(
                    file: file, line: index + 1, column: column,
                    message: "entry before any [section]: \(line)",
                    hint: "put a section header such as [hook] above it, or start the line with # to make it a comment"))
            case .skipping:
                continue
            case .section(let name):
                sections[name, default: []].append(Entry(text: line, file: file, line: index + 1, column: column))
            }
        }
    }

    /// The built-in phrasebook `name` (`romance.en`, `common.zh`).
    static func builtIn(_ name: String) throws(PhrasebookProblem) -> Phrasebook {
        let path = "Phrasebooks/\(name).phrasebook"
        guard let source = EmbeddedData.files[path] else {
            throw PhrasebookProblem(message: "the built-in phrasebook \(path) is missing from this build")
        }
        return try Phrasebook(source: source, name: "built-in \(path)")
    }

    func entries(_ section: String) -> [String] { sections[section]?.map(\.text) ?? [] }

    func located(_ section: String) -> [Entry] { sections[section] ?? [] }

    /// The header that gave `section` its entries, if the phrasebook has the section.
    func origin(of section: String) -> Header? { headers[section] }

    /// This (built-in) phrasebook with a project's phrasebook laid over it: a section the
    /// project has adds its entries after the built-in ones, or replaces them when its header
    /// says `[replace section]`.
    func overlaid(with project: Phrasebook) -> Phrasebook {
        var merged = self
        for (section, entries) in project.sections {
            merged.headers[section] = project.headers[section]
            if project.headers[section]?.replaces == true {
                merged.sections[section] = entries
            } else {
                merged.sections[section, default: []] += entries
            }
        }
        return merged
    }

    /// Rows of a table section, split on `|`.
    func rows(_ section: String, columns: Int, name: String) throws(PhrasebookProblem) -> [[String]] {
        var problems: [Diagnostic] = []
        let rows = self.rows(section, columns: columns, problems: &problems).map(\.cells)
        if let first = problems.first { throw PhrasebookProblem(first) }
        return rows
    }

    /// Rows of a table section, split on `|`, with the entry each came from; a row with the
    /// wrong number of columns is a problem and left out.
    func rows(_ section: String, columns: Int, problems: inout [Diagnostic]) -> [(cells: [String], entry: Entry)] {
        var rows: [(cells: [String], entry: Entry)] = []
        for entry in located(section) {
            let cells = entry.text.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count == columns else {
                problems.append(Diagnostic(
                    file: entry.file, line: entry.line, column: entry.column,
                    message: "[\(section)] needs \(columns) columns separated by |, this row has \(cells.count): \(entry.text)",
                    hint: "write \(Self.columnNames[section] ?? "\(columns) columns")"))
                continue
            }
            rows.append((cells, entry))
        }
        return rows
    }

    /// The columns of each table section, as docs/phrasebooks.md names them.
    static let columnNames = [
        "cast": "role | gender | archetype | address | description",
        "place": "id | heading | spoken | int or ext | description",
        "secret": "id | major or minor | knowers | learner | hint | reveal",
    ]
}
