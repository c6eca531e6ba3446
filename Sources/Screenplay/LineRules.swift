/// Recognisers for single Fountain lines. Every function takes a line already trimmed of
/// leading and trailing whitespace and scans it by hand (no regular expressions).
enum LineRules {
    /// Scene heading prefixes, longest first so `INT./EXT` wins over `INT`: `INT`, `EXT`, `EST`
    /// and every combined interior/exterior form (`INT./EXT`, `INT/EXT`, `I./E`, `I/E`, and the
    /// same with the exterior first).
    private static let headingPrefixes: [[Character]] = {
        var combined: [String] = []
        for (first, second) in [(["INT", "I"], ["EXT", "E"]), (["EXT", "E"], ["INT", "I"])] {
            for one in first {
                for other in second {
                    combined.append(one + "./" + other)
                    combined.append(one + "/" + other)
                }
            }
        }
        return (combined + ["INT", "EXT", "EST"]).sorted { $0.count > $1.count }.map(Array.init)
    }()

    /// Transitions recognised by their whole text although they do not end in `TO:`.
    private static let closingTransitions: Set<Substring> = ["FADE OUT.", "FADE TO BLACK.", "CUT TO BLACK."]

    /// A scene heading: a forced `.HEADING` (but not `..` or `...`), or a line starting with
    /// INT, EXT, EST or a combined form such as INT./EXT, INT/EXT, I./E or I/E (any case)
    /// followed by `.` or whitespace and more text.
    static func sceneHeading(_ line: Substring) -> SceneHeading? {
        let body: Substring
        let forced: Bool
        if line.first == ".", line.dropFirst().first.map({ $0 != "." }) == true {
            body = line.dropFirst().trimmingLeadingWhitespace
            forced = true
        } else if hasHeadingPrefix(line) {
            body = line
            forced = false
        } else {
            return nil
        }
        let (text, number) = splitSceneNumber(body)
        return SceneHeading(text: String(text), sceneNumber: number.map(String.init), forced: forced)
    }

    /// Whether `line` starts with a scene heading prefix followed by `.` or whitespace and more text.
    static func hasHeadingPrefix(_ line: Substring) -> Bool {
        headingPrefixEnd(line) != nil
    }

    /// The index just after the scene heading prefix of `line` and its `.` or whitespace
    /// separator, when `line` starts with one and more text follows.
    static func headingPrefixEnd(_ line: Substring) -> Substring.Index? {
        for prefix in headingPrefixes {
            var index = line.startIndex
            var matched = true
            for expected in prefix {
                guard index < line.endIndex, line[index].uppercased() == String(expected) else {
                    matched = false
                    break
                }
                index = line.index(after: index)
            }
            guard matched, index < line.endIndex else { continue }
            let separator = line[index]
            guard separator == "." || separator.isWhitespace else { continue }
            let end = line.index(after: index)
            return line[end...].isBlank ? nil : end
        }
        return nil
    }

    /// Splits a trailing `#1A#` scene number (alphanumerics, `-` and `.`) off a heading.
    static func splitSceneNumber(_ heading: Substring) -> (text: Substring, number: Substring?) {
        guard heading.last == "#" else { return (heading, nil) }
        let closing = heading.index(before: heading.endIndex)
        guard let opening = heading[..<closing].lastIndex(of: "#") else { return (heading, nil) }
        let number = heading[heading.index(after: opening)..<closing]
        guard !number.isEmpty, number.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) else {
            return (heading, nil)
        }
        return (heading[..<opening].trimmingTrailingWhitespace, number)
    }

    /// A page break: three or more `=` and nothing else.
    static func isPageBreak(_ line: Substring) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == "=" }
    }

    /// A section: one or more `#` then the title.
    static func section(_ line: Substring) -> (level: Int, title: String)? {
        guard line.first == "#" else { return nil }
        let marks = line.prefix(while: { $0 == "#" })
        return (marks.count, String(line[marks.endIndex...].trimmingLeadingWhitespace))
    }

    /// Centered text `> text <`: the inner text.
    static func centered(_ line: Substring) -> Substring? {
        guard line.count >= 2, line.first == ">", line.last == "<" else { return nil }
        return line.dropFirst().dropLast().trimmingWhitespace
    }

    /// A natural transition: all caps and ending in `TO:` (`CUT TO:`, `GO TO:`, even `TO:`),
    /// or one of the closing transitions `FADE OUT.`, `FADE TO BLACK.` and `CUT TO BLACK.`.
    static func isTransition(_ line: Substring) -> Bool {
        (line.hasSuffix("TO:") && line.isShouted) || closingTransitions.contains(line)
    }

    /// A character cue: `@` forced (any name), or a name in capitals (at least one uppercase
    /// letter, no lowercase ones), optionally followed by `(extensions)` and a final `^`.
    static func characterCue(_ line: Substring) -> CharacterCue? {
        var rest = line
        let forced = rest.first == "@"
        if forced { rest = rest.dropFirst().trimmingLeadingWhitespace }
        var dual = false
        if rest.last == "^" {
            dual = true
            rest = rest.dropLast().trimmingTrailingWhitespace
        }
        let (name, extensions) = splitExtensions(rest)
        guard !name.isEmpty else { return nil }
        if !forced {
            let uncheckedTail = name.firstIndex(of: "(") ?? name.endIndex
            guard name[..<uncheckedTail].isShouted else { return nil }
        }
        return CharacterCue(name: String(name), extensions: extensions.map(String.init), forced: forced, dualDialogue: dual)
    }

    /// Splits `NAME (EXT) (EXT)` into the name and the extensions, when everything after the
    /// first `(` is a sequence of parenthesised groups; otherwise the whole text is the name.
    private static func splitExtensions(_ cue: Substring) -> (name: Substring, extensions: [Substring]) {
        guard let firstParen = cue.firstIndex(of: "(") else { return (cue, []) }
        var extensions: [Substring] = []
        var index = firstParen
        while index < cue.endIndex {
            guard cue[index] == "(" else {
                if cue[index].isWhitespace {
                    index = cue.index(after: index)
                    continue
                }
                return (cue, [])
            }
            let contentStart = cue.index(after: index)
            guard let closing = cue[contentStart...].firstIndex(where: { $0 == ")" || $0 == "(" }),
                cue[closing] == ")"
            else { return (cue, []) }
            extensions.append(cue[contentStart..<closing].trimmingWhitespace)
            index = cue.index(after: closing)
        }
        return (cue[..<firstParen].trimmingTrailingWhitespace, extensions)
    }

    /// A parenthetical line: `(…)`.
    static func isParenthetical(_ line: Substring) -> Bool {
        line.first == "(" && line.last == ")"
    }
}
