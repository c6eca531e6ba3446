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
    /// - Throws: a message naming the unknown slot.
    init(key: String, text: String) throws(PhrasebookProblem) {
        self.key = key
        var segments: [Segment] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { segments.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw PhrasebookProblem(message: "'{' without '}' in: \(text)")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard let slot = Self.slotNames[name] else {
                throw PhrasebookProblem(message: "unknown slot {\(name)} in: \(text)")
            }
            segments.append(.slot(slot))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        self.segments = segments
    }
}

/// A problem in a built-in phrasebook (a programmer error, caught by the test suite).
struct PhrasebookProblem: Error, Sendable, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A parsed phrasebook: sections of entries (see docs/phrasebooks.md).
struct Phrasebook: Sendable {
    /// Entries by section, in file order.
    private(set) var sections: [String: [String]] = [:]

    static let dialogueMoves = [
        "hook", "accuse", "deny", "threaten", "defy", "mock", "endure", "question", "explain", "evade",
        "tease", "fluster", "tender", "scheme", "agree", "plead", "refuse", "command", "warn", "reveal",
        "shock", "comfort", "thank", "triumph", "cliff",
    ]
    static let actionSections = ["open", "tension", "tender", "shock", "cliff", "exit"].map { "action.\($0)" }
    static let parentheticalSections = Emotion.allCases.map { "paren.\($0.rawValue)" }
    static let tableSections = ["cast", "name.f", "name.m", "surname", "place", "prop", "secret"]
    static let knownSections = Set(dialogueMoves + actionSections + parentheticalSections + tableSections)

    /// Parses phrasebook text.
    /// - Throws: the first malformed line, with its line number.
    init(source: String, name: String) throws(PhrasebookProblem) {
        var current: String?
        for (index, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let section = String(line.dropFirst().dropLast())
                guard Self.knownSections.contains(section) else {
                    throw PhrasebookProblem(message: "\(name):\(index + 1): unknown section [\(section)]")
                }
                current = section
                continue
            }
            guard let current else {
                throw PhrasebookProblem(message: "\(name):\(index + 1): entry before any [section]")
            }
            sections[current, default: []].append(line)
        }
    }

    func entries(_ section: String) -> [String] { sections[section] ?? [] }

    /// Rows of a table section, split on `|`.
    func rows(_ section: String, columns: Int, name: String) throws(PhrasebookProblem) -> [[String]] {
        var rows: [[String]] = []
        for entry in entries(section) {
            let cells = entry.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count == columns else {
                throw PhrasebookProblem(message: "\(name): [\(section)] needs \(columns) columns: \(entry)")
            }
            rows.append(cells)
        }
        return rows
    }
}
