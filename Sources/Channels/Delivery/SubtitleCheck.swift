public import Basics
public import Foundation

/// A small checker for the SubRip (`.srt`) and WebVTT (`.vtt`) files a delivery package
/// carries, so a platform's upload form never rejects (or silently mistimes) a track.
///
/// It reads nothing into a subtitle model; it only says what is wrong, and finds every
/// problem in one pass, each located as `ep003.zh.srt:12:1: error: …` with a hint:
///
/// - SRT: blocks separated by blank lines; a cue number counting 1, 2, 3 …; a timing line
///   `HH:MM:SS,mmm --> HH:MM:SS,mmm`; start before end; cues in order of their start; at least
///   one line of text.
/// - WebVTT: a `WEBVTT` header line; `NOTE`, `STYLE` and `REGION` blocks are skipped; an
///   optional cue identifier; a timing line `[HH:]MM:SS.mmm --> [HH:]MM:SS.mmm [settings]`;
///   start before end; cues in order; at least one line of text.
///
/// A cue that starts before the previous one ends is a warning (platforms show both at once),
/// not an error. A byte-order mark and `\r\n` line ends are accepted.
public enum SubtitleCheck {
    /// The two formats a package carries.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// SubRip: numbered cues, `HH:MM:SS,mmm` times.
        case srt
        /// WebVTT: a `WEBVTT` header, `HH:MM:SS.mmm` times.
        case vtt

        /// The format a file's extension names (`.srt`, `.vtt`, any case), or nil.
        public init?(fileExtension: String) {
            self.init(rawValue: fileExtension.lowercased())
        }
    }

    /// Every problem in the subtitle file at `url`, sorted by location; `file` is the name used
    /// in the diagnostics (default: the file's own name).
    public static func check(fileAt url: URL, format: Format, file: String? = nil) -> [Diagnostic] {
        let name = file ?? url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return [
                Diagnostic(
                    file: name, message: "cannot read the subtitle file \(url.path)",
                    hint: "Check that the file exists and is readable, or render the episode's subtitles again.")
            ]
        }
        return check(data: data, format: format, file: name)
    }

    /// Every problem in `data` (a whole subtitle file), sorted by location.
    public static func check(data: Data, format: Format, file: String) -> [Diagnostic] {
        guard let text = String(data: data, encoding: .utf8) else {
            return [
                Diagnostic(
                    file: file, message: "the file is not UTF-8 text",
                    hint: "Save it as UTF-8 (platforms read Chinese subtitles only as UTF-8).")
            ]
        }
        var checker = Checker(file: file, format: format)
        checker.run(text)
        return checker.diagnostics.sortedByLocation()
    }
}

/// One pass over one file.
private struct Checker {
    struct Block {
        var firstLine: Int
        var lines: [Substring]
    }

    let file: String
    let format: SubtitleCheck.Format
    var diagnostics: [Diagnostic] = []

    init(file: String, format: SubtitleCheck.Format) {
        self.file = file
        self.format = format
    }

    private var timingHint: String {
        switch format {
        case .srt: "Write the timing line as HH:MM:SS,mmm --> HH:MM:SS,mmm, e.g. 00:00:01,500 --> 00:00:03,000."
        case .vtt: "Write the timing line as HH:MM:SS.mmm --> HH:MM:SS.mmm, e.g. 00:00:01.500 --> 00:00:03.000."
        }
    }

    mutating func report(_ severity: Diagnostic.Severity = .error, line: Int?, column: Int?, _ message: String, hint: String) {
        diagnostics.append(Diagnostic(severity, file: file, line: line, column: column, message: message, hint: hint))
    }

    mutating func run(_ text: String) {
        var blocks = Self.blocks(of: text)
        if format == .vtt {
            let first = blocks.first
            if let first, first.firstLine == 1, Self.isHeader(first.lines[0]) {
                blocks.removeFirst()
            } else {
                report(
                    line: 1, column: 1, "missing WEBVTT header",
                    hint: "Start the file with a line reading WEBVTT, then a blank line.")
            }
        }
        var expectedNumber = 1
        var previous: (start: Int64, end: Int64, line: Int)?
        var cues = 0
        for block in blocks {
            var index = 0
            if format == .vtt {
                let first = block.lines[0]
                if ["NOTE", "STYLE", "REGION"].contains(where: { Self.startsWithKeyword(first, $0) }) { continue }
                if !first.contains("-->") { index = 1 }  // a cue identifier
            } else {
                let number = block.lines[0].trimmingCharacters(in: .whitespaces)
                if let value = Int(number), number.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    if value != expectedNumber {
                        report(
                            line: block.firstLine, column: 1, "cue number \(value), expected \(expectedNumber)",
                            hint: "Number the cues 1, 2, 3 … in order, without gaps or repeats.")
                    }
                    expectedNumber = value + 1
                    index = 1
                } else if block.lines[0].contains("-->") {
                    report(
                        line: block.firstLine, column: 1, "cue has no number (expected \(expectedNumber))",
                        hint: "Put the cue's number (\(expectedNumber)) on its own line above the timing line.")
                    expectedNumber += 1
                } else {
                    report(
                        line: block.firstLine, column: 1, "expected a cue number, found '\(Self.clip(number))'",
                        hint: "Start each block with its number (1, 2, 3 …), then the timing line, then the text; separate blocks with one blank line.")
                    expectedNumber += 1
                    index = 1
                }
            }
            cues += 1
            guard index < block.lines.count else {
                report(
                    line: block.firstLine, column: 1, "cue has no timing line",
                    hint: timingHint)
                continue
            }
            let lineNumber = block.firstLine + index
            guard let times = timing(block.lines[index], line: lineNumber) else { continue }
            let (start, end) = times
            if let previous {
                if start < previous.start {
                    report(
                        line: lineNumber, column: 1,
                        "cue starts at \(Self.clock(start)), before the previous cue (line \(previous.line)) at \(Self.clock(previous.start))",
                        hint: "Keep the cues in order of their start times.")
                } else if start < previous.end {
                    report(
                        .warning, line: lineNumber, column: 1,
                        "cue starts at \(Self.clock(start)), before the previous cue (line \(previous.line)) ends at \(Self.clock(previous.end))",
                        hint: "End the previous cue when this one starts, or both show at once.")
                }
            }
            previous = (start, end, lineNumber)
            let payload = block.lines[(index + 1)...]
            if payload.isEmpty {
                report(
                    line: lineNumber, column: 1, "cue has no text",
                    hint: "Add the text below the timing line, or delete the block.")
            }
        }
        if cues == 0 {
            report(
                line: nil, column: nil, "the file has no cues",
                hint: "Render the episode's subtitles again, or leave this language out of the channel's subtitles.")
        }
    }

    /// Start and end in milliseconds, or nil after reporting every bad part.
    mutating func timing(_ line: Substring, line number: Int) -> (Int64, Int64)? {
        guard let arrow = line.range(of: "-->") else {
            report(
                line: number, column: 1, "expected a timing line 'start --> end', found '\(Self.clip(line))'",
                hint: timingHint)
            return nil
        }
        let before = line[..<arrow.lowerBound]
        let after = line[arrow.upperBound...]
        let startText = before.trimmingCharacters(in: .whitespaces)
        let afterTrimmed = after.drop { $0 == " " || $0 == "\t" }
        let endText = String(afterTrimmed.prefix { $0 != " " && $0 != "\t" })
        let settings = afterTrimmed.dropFirst(endText.count).trimmingCharacters(in: .whitespaces)
        let start = Self.time(startText, format: format)
        let end = Self.time(endText, format: format)
        if start == nil {
            report(
                line: number, column: Self.column(of: before.firstIndex { $0 != " " && $0 != "\t" } ?? before.startIndex, in: line),
                startText.isEmpty ? "missing start time" : "malformed start time '\(Self.clip(startText))'", hint: timingHint)
        }
        if end == nil {
            report(
                line: number, column: Self.column(of: afterTrimmed.startIndex, in: line),
                endText.isEmpty ? "missing end time" : "malformed end time '\(Self.clip(endText))'", hint: timingHint)
        }
        if format == .srt, !settings.isEmpty {
            report(
                line: number, column: Self.column(of: afterTrimmed.startIndex, in: line) + endText.count + 1,
                "unexpected text after the end time: '\(Self.clip(settings))'", hint: timingHint)
        }
        guard let start, let end else { return nil }
        if start >= end {
            report(
                line: number, column: 1,
                start == end ? "cue starts and ends at the same time (\(startText))" : "cue ends (\(endText)) before it starts (\(startText))",
                hint: "Make the end time later than the start time.")
            return nil
        }
        return (start, end)
    }

    /// `HH:MM:SS,mmm` (SRT) or `[HH:]MM:SS.mmm` (WebVTT) in milliseconds.
    static func time(_ text: String, format: SubtitleCheck.Format) -> Int64? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        switch format {
        case .srt: guard fields.count == 3 else { return nil }
        case .vtt: guard fields.count == 2 || fields.count == 3 else { return nil }
        }
        let last = fields[fields.count - 1]
        let separator: Character = format == .srt ? "," : "."
        guard let mark = last.firstIndex(of: separator) else { return nil }
        func number(_ s: Substring, digits: ClosedRange<Int>) -> Int64? {
            guard digits.contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int64(s)
        }
        let hours = fields.count == 3 ? number(fields[0], digits: 2...4) : 0
        guard let hours,
            let minutes = number(fields[fields.count - 2], digits: 2...2), minutes < 60,
            let seconds = number(last[..<mark], digits: 2...2), seconds < 60,
            let millis = number(last[last.index(after: mark)...], digits: 3...3)
        else { return nil }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
    }

    static func clock(_ millis: Int64) -> String {
        let (h, m, s, ms) = (millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(ms, 3))"
    }

    /// The blocks of `text`, split at blank lines (BOM dropped, `\r\n` or `\n`).
    static func blocks(of text: String) -> [Block] {
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
                current?.lines.append(line)
            }
        }
        if let block = current { blocks.append(block) }
        return blocks
    }

    static func isHeader(_ line: Substring) -> Bool { startsWithKeyword(line, "WEBVTT") }

    static func startsWithKeyword(_ line: Substring, _ keyword: String) -> Bool {
        guard line.hasPrefix(keyword) else { return false }
        let rest = line.dropFirst(keyword.count)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    static func column(of index: Substring.Index, in line: Substring) -> Int {
        line.distance(from: line.startIndex, to: index) + 1
    }

    static func clip(_ text: some StringProtocol) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : String(text)
    }
}
