/// The one protocol every module's error adopts: what went wrong, where, and how to fix it.
///
/// Each module keeps its own error struct with an open-ended `code` (callers branch on the
/// code, never on the text); adopting this protocol lets any caller — the command-line tool,
/// the studio — report any module's error the same way without rewrapping it:
///
/// ```swift
/// catch let error as any ExplainedError {
///     print(error.message)
///     for diagnostic in error.diagnostics { print(diagnostic) }
///     exit(error.kind == .input ? 1 : 2)
/// }
/// ```
public protocol ExplainedError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure, stable across releases (for logs, tests and API responses).
    var codeName: String { get }
    /// For people: what went wrong, where, and how to fix it.
    var message: String { get }
    /// Located problems in a user's files, when the failure is about them (may be empty).
    var diagnostics: [Diagnostic] { get }
    /// Where the problem is when it is a single place: a field path (`events[3].episode`) or a
    /// file name. `nil` when the message already says where, or it is not about a place.
    var location: String? { get }
    /// How to fix it, when the message does not already say.
    var hint: String? { get }
    /// Whether the user can fix this (their input, files or settings) or it is an internal
    /// failure (a bug, a broken installation, a failed disk or database).
    var kind: ErrorKind { get }
}

/// Who can fix an error.
public enum ErrorKind: String, Sendable, Hashable {
    /// The user's input, files, settings or environment: the message says what to change.
    case input
    /// Not the user's doing: a bug, a broken installation, a failed store.
    case `internal`
}

extension ExplainedError {
    public var diagnostics: [Diagnostic] { [] }
    public var location: String? { nil }
    public var hint: String? { nil }

    /// The message with its location, diagnostics and hint, as a terminal prints it.
    public var report: String {
        var lines = [location.map { "\($0): \(message)" } ?? message]
        lines += diagnostics.map(\.description)
        if let hint, !hint.isEmpty { lines.append("fix: \(hint)") }
        return lines.joined(separator: "\n")
    }
}
