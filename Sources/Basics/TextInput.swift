public import Foundation

/// Text as it comes through the door — a script, `series.yaml`, `cliff.yaml`, a phrasebook,
/// an imported CSV or event batch — checked before anything trusts it: valid UTF-8, and no
/// control characters but tab, line feed and carriage return (a NUL or an escape byte in a
/// script would otherwise reach the subtitle files).
///
/// ```swift
/// let problems = TextInput.problems(in: data, file: "episodes/ep001.fountain")
/// if problems.isEmpty { let text = String(decoding: data, as: UTF8.self) }
/// ```
public enum TextInput {
    /// Every problem in `data` as text (at most `limit`, with a last one saying how many more),
    /// each located at its 1-based line and column (columns count characters).
    public static func problems(in data: Data, file: String, limit: Int = 20) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var total = 0
        var line = 1, column = 1
        var index = data.startIndex
        func note(_ message: String, _ hint: String) {
            total += 1
            if found.count < limit { found.append(Diagnostic(file: file, line: line, column: column, message: message, hint: hint)) }
        }
        while index < data.endIndex {
            let byte = data[index]
            let length = sequenceLength(data, at: index)
            guard length > 0 else {
                note(
                    "byte 0x\(String(byte, radix: 16, uppercase: true)) is not valid UTF-8",
                    "save the file as UTF-8 (most editors: File › Save with Encoding › UTF-8)")
                index = data.index(after: index)
                column += 1
                continue
            }
            if length == 1, byte < 0x20 || byte == 0x7F, byte != 0x09, byte != 0x0A, byte != 0x0D {
                note(
                    "control character U+\(String(format: "%04X", byte)) is not allowed in text",
                    "delete it (only tab and line breaks may appear); it is invisible in most editors")
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = data.index(index, offsetBy: length)
        }
        if total > found.count {
            found.append(Diagnostic(file: file, message: "and \(total - found.count) more such problems", hint: "fix the file's encoding first"))
        }
        return found
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid
    /// (a stray continuation byte, an overlong form, a surrogate, a truncated sequence).
    static func sequenceLength(_ data: Data, at index: Data.Index) -> Int {
        let first = data[index]
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch first {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard data.distance(from: index, to: data.endIndex) >= length else { return 0 }
        for offset in 1..<length {
            let byte = data[data.index(index, offsetBy: offset)]
            let (low, high) = offset == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= low, byte <= high else { return 0 }
        }
        return length
    }

    /// A short excerpt of a value for a message: at most `limit` characters, on one line,
    /// with how much was left out — an error never echoes a whole 2 MB value.
    public static func excerpt(_ value: String, limit: Int = 60) -> String {
        let oneLine = value.replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\r", with: "")
        guard oneLine.count > limit else { return oneLine }
        return "\(oneLine.prefix(limit))… (\(value.count) characters)"
    }
}

/// The project folder as a boundary: every file the tool reads or writes must resolve inside
/// it. A symbolic link that leads out (`series.yaml` → `/etc/passwd`) is refused, so nothing
/// outside the project is read, shown or overwritten.
public enum ProjectBoundary {
    /// `url` if it resolves (following every symbolic link) inside `root`, or a diagnostic
    /// saying where it leads. A file that does not exist yet is checked by its folder.
    public static func check(_ url: URL, inside root: URL, file: String) -> Diagnostic? {
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        var target = url.standardizedFileURL
        // Resolve the deepest part that exists; a new file is judged by where its folder leads.
        var suffix: [String] = []
        while !FileManager.default.fileExists(atPath: target.path), target.path != "/" {
            suffix.insert(target.lastPathComponent, at: 0)
            target.deleteLastPathComponent()
        }
        var resolved = target.resolvingSymlinksInPath().standardizedFileURL
        for part in suffix { resolved.appendPathComponent(part) }
        let path = resolved.path
        if path == base || path.hasPrefix(base.hasSuffix("/") ? base : base + "/") { return nil }
        return Diagnostic(
            file: file,
            message: "leads outside the project folder (to \(TextInput.excerpt(path, limit: 80))); cliff reads and writes only files inside the project",
            hint: "replace the symbolic link with a copy of the file inside the project")
    }
}
