package import Basics
package import DramaModel

/// Reads SubRip (`.srt`) and WebVTT (`.vtt`) text back into a track.
///
/// Parsing never stops at the first problem: every malformed block is reported with its
/// file, line and column and a hint, skipped, and the good blocks are kept. Line endings may
/// be `\n` or `\r\n`; a byte-order mark is ignored. Times accept `,` or `.` before the
/// milliseconds and an optional hours field.
///
/// ```swift
/// let (track, diagnostics) = SubtitleParser.parse(text, format: .srt, language: .en, file: "ep01.en.srt")
/// for diagnostic in diagnostics { print(diagnostic) }
/// ```
package enum SubtitleParser {
    /// The cues in `text` and every problem found.
    ///
    /// - Parameters:
    ///   - text: The whole file.
    ///   - format: SRT or WebVTT.
    ///   - language: The language of the returned track.
    ///   - file: The file's name as the user knows it, for diagnostics.
    /// - Returns: The track of every well-formed cue, and diagnostics sorted by location:
    ///   errors for blocks that were skipped, warnings for cues without text.
    package static func parse(
        _ text: String, format: SubtitleFormat, language: Language, file: String
    ) -> (SubtitleTrack, [Diagnostic]) {
        var reader = BlockReader(file: file, format: format)
        let blocks = reader.blocks(of: text)
        if format == .webVTT && blocks.isEmpty {
            reader.vttHeader(BlockReader.Block(firstLine: 1, lines: [""]))
        }
        var cues: [SubtitleCue] = []
        for (index, block) in blocks.enumerated() {
            if format == .webVTT && index == 0 {
                if reader.vttHeader(block) { continue }
            }
            if let cue = reader.cue(in: block) { cues.append(cue) }
        }
        return (SubtitleTrack(language: language, cues: cues), reader.diagnostics.sortedByLocation())
    }
}

/// The state of one parse: the file's name, its format and the problems found so far.
private struct BlockReader {
    /// Consecutive non-blank lines and the 1-based number of the first.
    struct Block {
        var firstLine: Int
        var lines: [Substring]
    }

    let file: String
    let format: SubtitleFormat
    var diagnostics: [Diagnostic] = []

    init(file: String, format: SubtitleFormat) {
        self.file = file
        self.format = format
    }

    private var timingHint: String {
        switch format {
        case .srt: "Write the timing line as HH:MM:SS,mmm --> HH:MM:SS,mmm, e.g. 00:00:01,500 --> 00:00:03,000."
        case .webVTT: "Write the timing line as HH:MM:SS.mmm --> HH:MM:SS.mmm, e.g. 00:00:01.500 --> 00:00:03.000."
        }
    }

    /// The blocks of `text`, split at blank lines.
    func blocks(of text: String) -> [Block] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var blocks: [Block] = []
        var current: Block?
        for (offset, line) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.allSatisfy(\.isWhitespace) {
                if let block = current { blocks.append(block) }
                current = nil
            } else if current == nil {
                current = Block(firstLine: offset + 1, lines: [line])
            } else {
                current!.lines.append(line)
            }
        }
        if let block = current { blocks.append(block) }
        return blocks
    }

    /// True when `block` is a WebVTT header; reports a missing header.
    @discardableResult
    mutating func vttHeader(_ block: Block) -> Bool {
        let first = block.lines[0]
        if first.hasPrefix("WEBVTT") && (first.count == 6 || first.dropFirst(6).first?.isWhitespace == true) {
            return true
        }
        report(
            line: block.firstLine, column: 1, "missing WEBVTT header",
            hint: "Start the file with a line reading WEBVTT, then a blank line.")
        return false
    }

    /// The cue in `block`, or `nil` after reporting why there is none.
    mutating func cue(in block: Block) -> SubtitleCue? {
        var timingIndex = 0
        switch format {
        case .srt:
            let number = block.lines[0].trimmingWhitespace
            if !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber) {
                timingIndex = 1
            } else if !block.lines[0].contains("-->") {
                report(
                    line: block.firstLine, column: firstColumn(of: block.lines[0]),
                    "expected a cue number, found '\(number)'",
                    hint: "Start each block with its number (1, 2, 3 …) on its own line, then the timing line, "
                        + "then the text; separate blocks with one blank line.")
                return nil
            }
        case .webVTT:
            let first = block.lines[0]
            for keyword in ["NOTE", "STYLE", "REGION"] where first.hasPrefix(keyword) {
                let rest = first.dropFirst(keyword.count)
                if rest.isEmpty || rest.first!.isWhitespace { return nil }
            }
            if !first.contains("-->") { timingIndex = 1 }  // a cue identifier comes first
        }
        guard timingIndex < block.lines.count, block.lines[timingIndex].contains("-->") else {
            let index = min(timingIndex, block.lines.count - 1)
            let line = block.lines[index]
            report(
                line: block.firstLine + index, column: firstColumn(of: line),
                timingIndex < block.lines.count
                    ? "expected a timing line 'start --> end', found '\(line.trimmingWhitespace)'"
                    : "cue '\(line.trimmingWhitespace)' has no timing line",
                hint: timingHint)
            return nil
        }
        let lineNumber = block.firstLine + timingIndex
        guard let (start, end) = timing(block.lines[timingIndex], line: lineNumber) else { return nil }
        var payload = block.lines[(timingIndex + 1)...].map { SubtitleText.trimmed($0) }
        if payload.isEmpty {
            report(
                .warning, line: lineNumber, column: 1, "cue has no text; skipped",
                hint: "Add the text below the timing line, or delete the block.")
            return nil
        }
        var speaker: String?
        if format == .webVTT {
            speaker = Self.takeVoice(from: &payload[0])
            payload = payload.map { Self.unescaped(Self.withoutTags($0)) }
        }
        return SubtitleCue(start: start, end: end, text: payload.joined(separator: "\n"), speaker: speaker)
    }

    /// The start and end on a timing line, or `nil` after reporting every bad part.
    private mutating func timing(_ line: Substring, line number: Int) -> (MediaTime, MediaTime)? {
        let arrow = line.firstRange(of: "-->")!
        let startText = line[..<arrow.lowerBound].trimmingWhitespace
        let afterArrow = line[arrow.upperBound...]
        let endText = afterArrow.trimmingWhitespace.prefix { !$0.isWhitespace }  // settings may follow
        let start = Self.time(startText)
        let end = Self.time(endText)
        if start == nil {
            report(
                line: number, column: firstColumn(of: line),
                startText.isEmpty ? "missing start time" : "malformed start time '\(startText)'", hint: timingHint)
        }
        if end == nil {
            let column = line.distance(from: line.startIndex, to: arrow.upperBound) + firstColumn(of: afterArrow)
            report(
                line: number, column: column,
                endText.isEmpty ? "missing end time" : "malformed end time '\(endText)'", hint: timingHint)
        }
        guard let start, let end else { return nil }
        if end < start {
            report(
                line: number, column: firstColumn(of: line),
                "cue ends (\(endText)) before it starts (\(startText))",
                hint: "Swap the two times, or correct the mistyped one.")
            return nil
        }
        return (start, end)
    }

    /// `[HH:]MM:SS(,|.)mmm` as milliseconds.
    private static func time(_ text: Substring) -> MediaTime? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3 else { return nil }
        let last = fields[fields.count - 1]
        guard let dot = last.firstIndex(where: { $0 == "," || $0 == "." }) else { return nil }
        let secondsText = last[..<dot]
        let millisText = last[last.index(after: dot)...]
        func number(_ s: Substring, digits: ClosedRange<Int>) -> Int64? {
            guard digits.contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int64(s)
        }
        let hours = fields.count == 3 ? number(fields[0], digits: 1...6) : 0
        guard let hours,
            let minutes = number(fields[fields.count - 2], digits: 1...2), minutes < 60,
            let seconds = number(secondsText, digits: 1...2), seconds < 60,
            let millis = number(millisText, digits: 3...3)
        else { return nil }
        return .milliseconds(((hours * 60 + minutes) * 60 + seconds) * 1000 + millis)
    }

    /// Removes a leading `<v Speaker>` (or `<v.class Speaker>`) voice tag and returns the name.
    private static func takeVoice(from line: inout String) -> String? {
        guard line.hasPrefix("<v"), let close = line.firstIndex(of: ">") else { return nil }
        let inside = line[line.index(line.startIndex, offsetBy: 2)..<close]
        guard let first = inside.first, first == " " || first == "\t" || first == "." else { return nil }
        let annotation = inside.drop { !$0.isWhitespace }  // class names run to the first space
        line = String(line[line.index(after: close)...])
        let name = unescaped(SubtitleText.trimmed(annotation))
        return name.isEmpty ? nil : name
    }

    /// `line` without `<…>` tags (`<i>`, `</v>`, `<00:00:01.000>`).
    private static func withoutTags(_ line: String) -> String {
        var out = ""
        var inTag = false
        for c in line {
            if c == "<" {
                inTag = true
            } else if c == ">" && inTag {
                inTag = false
            } else if !inTag {
                out.append(c)
            }
        }
        return out
    }

    /// WebVTT character references replaced by their characters.
    private static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let references: [(String, String)] = [
            ("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", "\u{A0}"), ("&lrm;", "\u{200E}"), ("&rlm;", "\u{200F}"),
            ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&"),
        ]
        var out = ""
        var rest = Substring(text)
        outer: while let c = rest.first {
            if c == "&" {
                for (reference, character) in references where rest.hasPrefix(reference) {
                    out += character
                    rest = rest.dropFirst(reference.count)
                    continue outer
                }
            }
            out.append(c)
            rest = rest.dropFirst()
        }
        return out
    }

    /// 1-based column of the first non-space character of `text`.
    private func firstColumn(of text: Substring) -> Int {
        (text.firstIndex { !$0.isWhitespace }.map { text.distance(from: text.startIndex, to: $0) } ?? 0) + 1
    }

    private mutating func report(
        _ severity: Diagnostic.Severity = .error, line: Int, column: Int, _ message: String, hint: String
    ) {
        diagnostics.append(Diagnostic(severity, file: file, line: line, column: column, message: message, hint: hint))
    }
}

extension Substring {
    /// Without leading and trailing whitespace.
    fileprivate var trimmingWhitespace: Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex...] }
        return self[first...last]
    }
}
