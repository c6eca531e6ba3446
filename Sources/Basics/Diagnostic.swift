/// One problem found in a user's file: what is wrong, where, and how to fix it.
///
/// Validation collects every problem it can find and reports them together, so a user fixes
/// a file in one pass. The description reads like a compiler message:
/// `series.yaml:12:11: error: characters[2].role: unknown value 'hero'. Did you mean 'ally'? …`
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The file cannot be used until this is fixed.
        case error
        /// The file can be used, but probably not as intended.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// The file as the user would name it, relative to the project folder (`series.yaml`).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The field path inside a structured file (`characters[2].likeness.consent`), when any.
    public var fieldPath: String?
    /// What is wrong.
    public var message: String
    /// How to fix it.
    public var hint: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil,
        fieldPath: String? = nil, message: String, hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.fieldPath = fieldPath
        self.message = message
        self.hint = hint
    }

    /// Where the problem is: `file`, `file:line` or `file:line:column`.
    public var location: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return location
    }

    /// `file:line:column: severity: path: message. hint`
    public var description: String {
        var text = "\(location): \(severity.rawValue): "
        if let fieldPath, !fieldPath.isEmpty { text += "\(fieldPath): " }
        text += message
        if let hint, !hint.isEmpty { text += "\n    fix: \(hint)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, then line, then column, so reports read top to bottom.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.file != y.file { return x.file < y.file }
            if (x.line ?? .max) != (y.line ?? .max) { return (x.line ?? .max) < (y.line ?? .max) }
            if (x.column ?? .max) != (y.column ?? .max) { return (x.column ?? .max) < (y.column ?? .max) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
