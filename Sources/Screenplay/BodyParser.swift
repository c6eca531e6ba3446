/// Turns scanned body lines into Fountain elements.
///
/// Lines are grouped into paragraphs separated by blank lines (a line of exactly two spaces
/// does not end a paragraph). Each paragraph is classified by its first line; elements that
/// occupy only leading lines of a paragraph (forced scene headings, sections, synopses, page
/// breaks, centered text, lyrics, forced transitions and notes) let the remaining lines be
/// classified again as a fresh paragraph, which keeps input such as a section directly
/// followed by a synopsis readable. A scene heading that is not forced must end its paragraph
/// (Fountain wants a blank line after it): `INT. HOUSE - DAY` directly followed by more text
/// is read like any other line, here a character cue.
struct BodyParser {
    /// A non-blank line of a paragraph.
    private struct Line {
        /// The text without trailing whitespace; empty for a two-space continuation line.
        var text: Substring
        /// The text without leading or trailing whitespace.
        var content: Substring
        /// The 1-based line number.
        var number: Int
        /// The 1-based column of `content` in the line.
        var column: Int
        /// Whether the source line ended in whitespace (which keeps `CUT TO: ` from being a
        /// transition).
        var endsWithWhitespace: Bool

        init(_ source: SourceLine) {
            text = source.isParagraphContinuation ? "" : source.text.trimmingTrailingWhitespace
            content = text.trimmingLeadingWhitespace
            number = source.number
            column = text.distance(from: text.startIndex, to: content.startIndex) + 1
            endsWithWhitespace = source.text.last?.isWhitespace ?? false
        }

        var location: SourceLocation { SourceLocation(line: number, column: column) }
    }

    /// The parsed elements.
    private(set) var elements: [FountainElement] = []
    /// Where each element starts, parallel to `elements`.
    private(set) var locations: [SourceLocation] = []

    /// Parses body text that has no title page (used by the writer to check its output).
    static func elements(of text: String) -> [FountainElement] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var parser = BodyParser()
        parser.parse(BoneyardScanner.scan(lines[...], firstLineNumber: 1))
        return parser.elements
    }

    /// Parses scanned lines, appending to `elements` and `locations`.
    mutating func parse(_ scanned: [ScannedLine]) {
        var paragraph: [Line] = []
        for item in scanned {
            switch item {
            case .boneyard(let text, let location):
                parseParagraph(paragraph[...])
                paragraph.removeAll(keepingCapacity: true)
                append(.boneyard(text), at: location)
            case .line(let line):
                if line.isParagraphContinuation {
                    if !paragraph.isEmpty { paragraph.append(Line(line)) }
                } else if line.text.isBlank {
                    parseParagraph(paragraph[...])
                    paragraph.removeAll(keepingCapacity: true)
                } else {
                    paragraph.append(Line(line))
                }
            }
        }
        parseParagraph(paragraph[...])
    }

    private mutating func append(_ element: FountainElement, at location: SourceLocation) {
        elements.append(element)
        locations.append(location)
    }

    private mutating func parseParagraph(_ lines: ArraySlice<Line>) {
        var rest = lines
        while !rest.isEmpty {
            rest = parseLeadingElement(of: rest)
        }
    }

    /// Classifies the paragraph `lines` by its first line, appends the element(s) found and
    /// returns the lines still to classify.
    private mutating func parseLeadingElement(of lines: ArraySlice<Line>) -> ArraySlice<Line> {
        guard let first = lines.first else { return lines }
        let content = first.content
        let afterFirst = lines.dropFirst()

        if content.first == "!" {
            var text = String(content.dropFirst())
            for line in afterFirst { text += "\n" + line.text }
            append(.action(text, forced: true), at: first.location)
            return []
        }
        if content.hasPrefix("[["), let (note, rest) = standaloneNote(lines) {
            append(.note(note), at: first.location)
            return rest
        }
        if LineRules.isPageBreak(content) {
            append(.pageBreak, at: first.location)
            return afterFirst
        }
        if content.first == "=" {
            append(.synopsis(String(content.dropFirst().trimmingLeadingWhitespace)), at: first.location)
            return afterFirst
        }
        if let (level, title) = LineRules.section(content) {
            append(.section(level: level, title: title), at: first.location)
            return afterFirst
        }
        if let heading = LineRules.sceneHeading(content), heading.forced || afterFirst.isEmpty {
            append(.sceneHeading(heading), at: first.location)
            return afterFirst
        }
        if LineRules.centered(content) != nil {
            let group = lines.prefix { LineRules.centered($0.content) != nil }
            let text = group.compactMap { LineRules.centered($0.content) }.joined(separator: "\n")
            append(.centered(text), at: first.location)
            return lines[group.endIndex...]
        }
        if content.first == ">" {
            append(.transition(String(content.dropFirst().trimmingLeadingWhitespace), forced: true), at: first.location)
            return afterFirst
        }
        if content.first == "~" {
            return appendLyrics(lines)
        }
        if afterFirst.isEmpty, !first.endsWithWhitespace, LineRules.isTransition(content) {
            append(.transition(String(content), forced: false), at: first.location)
            return []
        }
        if !afterFirst.isEmpty, let cue = LineRules.characterCue(content) {
            append(.character(cue), at: first.location)
            parseDialogue(afterFirst)
            return []
        }
        append(.action(lines.map { String($0.text) }.joined(separator: "\n"), forced: false), at: first.location)
        return []
    }

    /// A note standing at the start of the paragraph: from `[[` to the first `]]`, which must
    /// end its line. Returns the trimmed inner text and the lines after the note.
    private func standaloneNote(_ lines: ArraySlice<Line>) -> (String, ArraySlice<Line>)? {
        var inner: [Substring] = []
        for index in lines.indices {
            let text = index == lines.startIndex ? lines[index].content.dropFirst(2) : lines[index].text
            guard let close = text.firstIndex(of: "]", "]", from: text.startIndex) else {
                inner.append(text)
                continue
            }
            guard text[text.index(close, offsetBy: 2)...].isBlank else { return nil }
            inner.append(text[..<close])
            let note = Substring(inner.joined(separator: "\n")).trimmingWhitespace
            return (String(note), lines[(index + 1)...])
        }
        return nil
    }

    /// Appends a lyrics element for the leading `~` lines and returns the lines after them.
    private mutating func appendLyrics(_ lines: ArraySlice<Line>) -> ArraySlice<Line> {
        let group = lines.prefix { $0.content.first == "~" }
        guard let first = group.first else { return lines }
        let text = group.map { String($0.content.dropFirst()) }.joined(separator: "\n")
        append(.lyrics(text), at: first.location)
        return lines[group.endIndex...]
    }

    /// Parses the lines after a character cue into parentheticals, lyrics and dialogue.
    private mutating func parseDialogue(_ lines: ArraySlice<Line>) {
        var rest = lines
        while let first = rest.first {
            if LineRules.isParenthetical(first.content) {
                append(.parenthetical(String(first.content)), at: first.location)
                rest = rest.dropFirst()
            } else if first.content.first == "~" {
                rest = appendLyrics(rest)
            } else {
                let group = rest.prefix { !LineRules.isParenthetical($0.content) && $0.content.first != "~" }
                append(.dialogue(group.map { String($0.content) }.joined(separator: "\n")), at: first.location)
                rest = rest[group.endIndex...]
            }
        }
    }
}
