import Basics
public import DramaModel
public import Foundation
public import StoryEngine

/// A slate's premises file: one premise per line, each becoming one series.
///
/// The file is UTF-8 text. A line is a premise, optionally followed by ` | ` and settings as
/// `key=value` words (`genre`, `language`, `seed`, `title`; a value runs to the next `key=`,
/// so a title may hold spaces). A line whose first non-blank character is `#` is a comment.
/// What a line does not set is inferred the way `cliff new` infers it: the genre from the
/// premise's words, the language from its script, the seed from its text, the title invented.
///
/// ```text
/// # Spring slate
/// A broke intern signs a contract marriage with a cold CEO | genre=romance seed=7 title=Paper Vows
/// 冷宫弃妃凭医术翻身，步步为营扳倒贵妃
/// ```
///
/// Reading checks the whole file and reports every problem at once, each at its
/// `file:line:column` with how to fix it: invalid UTF-8 or control characters, a blank line or
/// an empty premise, a premise too thin to write from, a line over
/// ``maximumLineCharacters``, unknown keys, bad values, a key set twice, a premise given
/// twice, a file with no premise, a file over ``maximumBytes`` (refused after reading only
/// that much).
///
/// ```swift
/// let premises = try PremisesFile.read(contentsOf: URL(fileURLWithPath: "premises.txt"), displayName: "premises.txt")
/// for entry in premises.entries { print(entry.line, entry.request(episodes: 60, targetSeconds: 90).resolvedGenre) }
/// ```
public struct PremisesFile: Sendable, Hashable {
    /// The longest line, in characters (a premise is one line; the story belongs in series.yaml).
    public static let maximumLineCharacters = PremiseRequest.maximumPremiseCharacters
    /// The largest file read, in bytes (4 MiB: thousands of premises). A larger file is refused
    /// after reading this much, so a runaway file costs neither time nor memory.
    public static let maximumBytes = 4 * 1024 * 1024
    /// The longest title, in characters.
    public static let maximumTitleCharacters = 120
    /// The most problems listed; the rest are counted in a last line.
    public static let maximumProblems = 100
    /// The settings a line may carry, in the order the documentation lists them.
    public static let keys = ["genre", "language", "seed", "title"]

    /// One premise and what its line sets.
    public struct Entry: Sendable, Hashable {
        /// The 1-based line in the file.
        public var line: Int
        /// The premise, trimmed.
        public var premise: String
        /// The genre, when the line sets one.
        public var genre: Genre?
        /// The script language, when the line sets one.
        public var language: Language?
        /// The writer's seed, when the line sets one.
        public var seed: UInt64?
        /// The series title, when the line sets one.
        public var title: String?

        /// Creates an entry.
        public init(line: Int, premise: String, genre: Genre? = nil, language: Language? = nil, seed: UInt64? = nil, title: String? = nil) {
            self.line = line
            self.premise = premise
            self.genre = genre
            self.language = language
            self.seed = seed
            self.title = title
        }

        /// What to ask the writer for: this premise and its settings, a season of `episodes`
        /// episodes of about `targetSeconds` each. The request's `resolved…` values are what
        /// `cliff new` would infer for what the line leaves out.
        public func request(episodes: Int, targetSeconds: Int) -> PremiseRequest {
            PremiseRequest(
                premise: premise, genre: genre, episodes: episodes, language: language, seed: seed,
                targetSeconds: targetSeconds, title: title)
        }
    }

    /// The file as the user names it (`premises.txt`), the file of every diagnostic.
    public var file: String
    /// The premises, in file order.
    public var entries: [Entry]

    /// Creates a premises file from entries already checked.
    public init(file: String, entries: [Entry]) {
        self.file = file
        self.entries = entries
    }

    /// Reads and checks the premises file at `url`, reading at most ``maximumBytes`` of it.
    /// - Parameter displayName: the file as the user named it, for diagnostics.
    /// - Throws: `SlateError` with code `fileUnreadable` (missing, a folder, no permission) or
    ///   `invalidPremises` carrying every problem.
    public static func read(contentsOf url: URL, displayName: String) throws(SlateError) -> PremisesFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw SlateError(
                code: .fileUnreadable,
                message: "\(displayName): \(isFolder.boolValue ? "is a folder, not a premises file" : "no such file"). Give --premises a text file with one premise per line (docs/slate.md).")
        }
        let data: Data
        let size: Int?
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw SlateError(code: .fileUnreadable, message: "\(displayName): cannot be read (\(error.localizedDescription)). Check that the file exists and that you may read it.", underlying: error)
        }
        return try parse(data, file: displayName, fileSize: size)
    }

    /// Checks `data` as a premises file named `file`.
    /// - Parameter fileSize: the whole file's size when `data` holds only its start (a file
    ///   over ``maximumBytes``), for the message.
    /// - Throws: `SlateError` with code `invalidPremises` carrying every problem, sorted by line.
    public static func parse(_ data: Data, file: String, fileSize: Int? = nil) throws(SlateError) -> PremisesFile {
        var reader = PremisesReader(file: file)
        let entries = reader.read(data, fileSize: fileSize)
        var problems = reader.problems.sortedByLocation()
        guard problems.isEmpty else {
            let total = problems.count
            if total > maximumProblems {
                problems = Array(problems.prefix(maximumProblems))
                problems.append(Diagnostic(file: file, message: "and \(total - maximumProblems) more problems", hint: "fix these first; the rest are often the same mistake"))
            }
            throw SlateError(
                code: .invalidPremises,
                message: "\(file) has \(total == 1 ? "a problem" : "\(total) problems"); nothing was written.",
                diagnostics: problems)
        }
        return PremisesFile(file: file, entries: entries)
    }
}

/// Reads a premises file line by line, collecting every problem.
struct PremisesReader {
    let file: String
    private(set) var problems: [Diagnostic] = []
    private var seen: [String: Int] = [:]

    init(file: String) { self.file = file }

    private mutating func report(_ line: Int, _ column: Int, _ message: String, hint: String) {
        problems.append(Diagnostic(file: file, line: line, column: column, message: message, hint: hint))
    }

    /// The entries of `data`, noting every problem. Lines are found on the bytes, so an
    /// over-long line is measured without being decoded or copied.
    mutating func read(_ data: Data, fileSize: Int?) -> [PremisesFile.Entry] {
        var bytes = data[...]
        let truncated = data.count > PremisesFile.maximumBytes
        if truncated {
            bytes = bytes.prefix(PremisesFile.maximumBytes)
            let size = fileSize.map { Self.megabytes($0) } ?? "over \(Self.megabytes(PremisesFile.maximumBytes))"
            problems.append(Diagnostic(
                file: file,
                message: "the file is \(size); a premises file may be at most \(Self.megabytes(PremisesFile.maximumBytes)), and nothing past that was read",
                hint: "keep one premise per line, at most \(Self.count(PremisesFile.maximumLineCharacters)) characters each; split a bigger slate into several files"))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }  // a byte-order mark
        var entries: [PremisesFile.Entry] = []
        var number = 0
        var start = bytes.startIndex
        while start < bytes.endIndex {
            number += 1
            let newline = bytes[start...].firstIndex(of: 0x0A)
            // A truncated file's last line is cut short: only its length can be judged.
            let complete = newline != nil || !truncated
            var line = bytes[start..<(newline ?? bytes.endIndex)]
            if line.last == 0x0D { line = line.dropLast() }
            start = newline.map { bytes.index(after: $0) } ?? bytes.endIndex
            if let entry = readLine(line, number: number, complete: complete) { entries.append(entry) }
        }
        if entries.isEmpty, problems.isEmpty {
            report(1, 1, "the file holds no premise (\(number == 0 ? "it is empty" : "only comments")); a slate needs at least one",
                   hint: "write one premise per line, e.g. 'A broke intern signs a contract marriage with a cold CEO | genre=romance'")
        }
        return entries
    }

    private mutating func readLine(_ bytes: Data.SubSequence, number: Int, complete: Bool) -> PremisesFile.Entry? {
        // Characters as Unicode scalars: every byte that does not continue a sequence.
        let length = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        let limit = PremisesFile.maximumLineCharacters
        guard length <= limit else {
            let start = String(decoding: bytes.prefix(160), as: UTF8.self).prefix(40).replacingOccurrences(of: "\t", with: " ")
            report(number, limit + 1, "the line is \(complete ? "" : "at least ")\(Self.count(length)) characters long ('\(start)…'); a line may hold at most \(Self.count(limit))",
                   hint: "keep the premise to one sentence of who wants what and what stands in the way; the rest of the story belongs in series.yaml after the slate is made")
            return nil
        }
        guard complete else { return nil }
        let encoding = TextInput.problems(in: Data(bytes), file: file, limit: 5)
        guard encoding.isEmpty else {
            for var problem in encoding {
                problem.line = problem.line.map { _ in number }
                problems.append(problem)
            }
            return nil
        }
        let text = Array(String(decoding: bytes, as: UTF8.self))
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else {
            report(number, 1, "the line is blank; every line must be a premise or a # comment",
                   hint: "delete the line, or start it with # to keep it as a separator")
            return nil
        }
        if text[first] == "#" { return nil }
        let bar = text.firstIndex(of: "|")
        let premiseEnd = bar ?? text.endIndex
        let premise = String(text[first..<premiseEnd]).trimmingCharacters(in: .whitespaces)
        var entry = PremisesFile.Entry(line: number, premise: premise)
        if premise.isEmpty {
            report(number, first + 1, "the premise before '|' is empty",
                   hint: "write the premise first, then ' | ' and the settings, e.g. 'A disgraced chef wins back her restaurant | genre=revenge'")
        } else if PremiseRequest(premise: premise).premiseProblem != nil {
            // The writer's own test; its wording speaks of --premise, so it is said here for a file.
            report(number, first + 1, "the premise '\(TextInput.excerpt(premise, limit: 40))' is too thin to write a season from",
                   hint: "in one line, say who wants what and who or what stands in the way (at least three words, or four Chinese characters)")
        } else {
            let key = premise.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if let earlier = seen[key] {
                report(number, first + 1, "the same premise as line \(earlier)",
                       hint: "delete one of the two lines: one premise makes one series (to try variations of one series, use experiments)")
            } else {
                seen[key] = number
            }
        }
        if let bar { readSettings(text, from: bar + 1, line: number, into: &entry) }
        return premise.isEmpty ? nil : entry
    }

    /// One `key=value` setting: where its key and value start (0-based character offsets).
    private struct Setting {
        var key: String
        var keyColumn: Int
        var value: String
        var valueColumn: Int
    }

    private mutating func readSettings(_ text: [Character], from start: Int, line: Int, into entry: inout PremisesFile.Entry) {
        var settings: [Setting] = []
        var index = start
        while index < text.count {
            guard !text[index].isWhitespace else {
                index += 1
                continue
            }
            let wordStart = index
            while index < text.count, !text[index].isWhitespace { index += 1 }
            let word = String(text[wordStart..<index])
            if let equals = word.firstIndex(of: "="), equals != word.startIndex,
               word[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
                let keyLength = word.distance(from: word.startIndex, to: equals)
                settings.append(Setting(
                    key: String(word[..<equals]), keyColumn: wordStart + 1,
                    value: String(word[word.index(after: equals)...]), valueColumn: wordStart + keyLength + 2))
            } else if !settings.isEmpty, !settings[settings.count - 1].value.isEmpty {
                settings[settings.count - 1].value += " " + word  // a value runs to the next key=
            } else {
                report(line, wordStart + 1, "expected a setting as key=value, found '\(TextInput.excerpt(word, limit: 40))'",
                       hint: word == "|"
                           ? "a line has one ' | ': write every setting after it, e.g. 'genre=romance seed=7'"
                           : "write settings as key=value words after ' | ' (\(PremisesFile.keys.joined(separator: ", "))), e.g. 'genre=romance'")
            }
        }
        var given: [String: Int] = [:]
        for setting in settings {
            let key = setting.key.lowercased()
            guard PremisesFile.keys.contains(key) else {
                report(line, setting.keyColumn, "unknown setting '\(TextInput.excerpt(setting.key, limit: 40))'.\(Suggestion.didYouMean(setting.key, in: PremisesFile.keys))",
                       hint: "a line may set \(PremisesFile.keys.joined(separator: ", ")); anything else belongs in the series' series.yaml once the slate is made")
                continue
            }
            if let earlier = given[key] {
                report(line, setting.keyColumn, "\(key) is set twice on this line (first at column \(earlier))", hint: "keep one \(key)=…")
                continue
            }
            given[key] = setting.keyColumn
            let value = setting.value
            guard !value.isEmpty else {
                report(line, setting.valueColumn, "\(key)= has no value", hint: "write a value after '=' (e.g. \(Self.example(key))) or leave \(key) out to have it inferred")
                continue
            }
            switch key {
            case "genre":
                if let genre = Genre(rawValue: value.lowercased()) {
                    entry.genre = genre
                } else {
                    let names = Genre.allCases.map(\.rawValue)
                    report(line, setting.valueColumn, "genre '\(TextInput.excerpt(value, limit: 40))' is not one of \(names.joined(separator: ", ")).\(Suggestion.didYouMean(value, in: names))",
                           hint: "write one of them, e.g. genre=romance, or leave genre out to have it guessed from the premise")
                }
            case "language":
                if let language = Language(rawValue: value.lowercased()), Language.written.contains(language) {
                    entry.language = language
                } else {
                    let names = Language.written.map(\.rawValue)
                    report(line, setting.valueColumn, "language '\(TextInput.excerpt(value, limit: 40))' is not one of \(names.joined(separator: ", "))",
                           hint: "write language=en or language=zh, or leave it out (Chinese for a premise in Chinese, else English)")
                }
            case "seed":
                if let seed = UInt64(value) {
                    entry.seed = seed
                } else {
                    report(line, setting.valueColumn, "seed '\(TextInput.excerpt(value, limit: 40))' is not a whole number",
                           hint: "write a whole number from 0 to \(UInt64.max), e.g. seed=7, or leave it out to derive it from the premise")
                }
            default:  // title
                if value.count > PremisesFile.maximumTitleCharacters {
                    report(line, setting.valueColumn, "the title is \(value.count) characters; a title may hold at most \(PremisesFile.maximumTitleCharacters)",
                           hint: "shorten it, or leave title out to have one invented")
                } else {
                    entry.title = value
                }
            }
        }
    }

    private static func example(_ key: String) -> String {
        switch key {
        case "genre": "genre=romance"
        case "language": "language=en"
        case "seed": "seed=7"
        default: "title=Paper Vows"
        }
    }

    /// `1,234`.
    static func count(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// `20.0 MB`.
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
