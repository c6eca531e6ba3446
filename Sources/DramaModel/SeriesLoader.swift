public import Basics
public import Foundation
internal import Yams

/// A bible read from YAML, with the positions of its fields for later diagnostics.
public struct LoadedSeries: Sendable, Hashable {
    /// The bible.
    public var series: Series
    /// Where each field stands in the file.
    package var sourceMap: SourceMap
    /// Warnings found while reading (the bible is usable).
    public var warnings: [Diagnostic]
}

/// Reads `series.yaml`: YAML syntax, the schema (types, known keys, required fields) and the
/// semantic rules (unique ids, references, ranges), reporting every problem with its location.
public enum SeriesLoader {
    /// Reads and validates a bible from text.
    ///
    /// ```swift
    /// let loaded = try SeriesLoader.load(yaml: text, file: "series.yaml")
    /// print(loaded.series.title)
    /// ```
    /// - Throws: `DramaModelError` with code `invalidBible`, carrying every error found.
    public static func load(yaml: String, file: String = "series.yaml") throws(DramaModelError) -> LoadedSeries {
        let (loaded, diagnostics) = read(yaml: yaml, file: file)
        guard let loaded, !diagnostics.containsErrors else {
            let errors = diagnostics.filter { $0.severity == .error }.sortedByLocation()
            throw DramaModelError(
                code: .invalidBible,
                message: "\(file) has \(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was changed.",
                diagnostics: errors)
        }
        return LoadedSeries(series: loaded.series, sourceMap: loaded.sourceMap, warnings: diagnostics.sortedByLocation())
    }

    /// Reads and validates the bible at `url`.
    /// - Throws: `DramaModelError` with code `fileUnreadable` or `invalidBible`.
    public static func load(contentsOf url: URL, displayName: String = "series.yaml") throws(DramaModelError) -> LoadedSeries {
        try load(yaml: try readText(url, displayName: displayName, code: .invalidBible, missing: "Run 'cliff new <dir> --premise \"…\"' to create a project, or pass the project folder."), file: displayName)
    }

    /// The text of a project file, checked at the door: readable, valid UTF-8, and free of
    /// control characters other than tab and line breaks (every problem located).
    /// - Throws: `DramaModelError` with code `fileUnreadable`, or `code` with the problems.
    package static func readText(_ url: URL, displayName: String, code: DramaModelError.Code, missing: String) throws(DramaModelError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw DramaModelError(
                code: .fileUnreadable,
                message: "cannot read \(displayName): \(exists ? "it is not readable (check its permissions)" : "no such file"). \(exists ? "" : missing)")
        }
        let problems = TextInput.problems(in: data, file: displayName)
        guard problems.isEmpty else {
            throw DramaModelError(
                code: code, message: "\(displayName) is not clean UTF-8 text; nothing was changed.", diagnostics: problems)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads a bible and returns it (when the schema could be read) with every diagnostic.
    public static func read(yaml: String, file: String = "series.yaml") -> (LoadedSeries?, [Diagnostic]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return (nil, [syntaxDiagnostic(error, yaml: yaml, file: file)])
        }
        guard let root else {
            return (nil, [Diagnostic(file: file, line: 1, column: 1, message: "the file is empty",
                                     hint: "start from the example in docs/series-bible.md")])
        }
        var reader = YAMLNodeReader(file: file)
        let read = SeriesSchema.readSeries(root, &reader)
        var diagnostics = reader.diagnostics
        guard let (series, unreadable) = read else { return (nil, diagnostics) }
        diagnostics += SeriesValidator.validate(series, sourceMap: reader.sourceMap, skipping: unreadable)
        let loaded = unreadable.isEmpty ? LoadedSeries(series: series, sourceMap: reader.sourceMap, warnings: []) : nil
        return (loaded, diagnostics)
    }

    package static func syntaxDiagnostic(_ error: any Error, yaml: String, file: String) -> Diagnostic {
        let hint = "check the indentation (spaces, not tabs) and quote values that contain ': ' or start with a special character"
        guard let yamlError = error as? YamlError else {
            return Diagnostic(file: file, message: "YAML syntax error: \(TextInput.excerpt("\(error)", limit: 200))", hint: hint)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? problem
            return Diagnostic(file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(detail)", hint: hint)
        case .reader(let problem, let offset, _, _):
            let (line, column) = offset.map { lineAndColumn(utf8Offset: $0, in: yaml) } ?? (1, 1)
            return Diagnostic(file: file, line: line, column: column, message: "cannot read the text: \(problem)",
                              hint: "save the file as UTF-8")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "duplicate key\(duplicates.count == 1 ? "" : "s") \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
                hint: "keep one of each key; merge the values")
        default:
            return Diagnostic(file: file, message: "YAML error: \(TextInput.excerpt("\(yamlError)", limit: 200))", hint: hint)
        }
    }

    static func lineAndColumn(utf8Offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for (index, byte) in text.utf8.enumerated() {
            if index >= utf8Offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
