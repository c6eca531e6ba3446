package import Basics
/// Where each field of a structured file stands, so semantic errors found after parsing can
/// still name a line and column.
package struct SourceMap: Sendable, Hashable {
    /// The file as the user names it.
    package var file: String
    private var marks: [String: Position] = [:]

    /// A 1-based line and column.
    package struct Position: Sendable, Hashable {
        /// 1-based line.
        package var line: Int
        /// 1-based column.
        package var column: Int
    }

    /// Creates an empty map for a file.
    package init(file: String) { self.file = file }

    /// Records where a field path stands.
    package mutating func record(_ path: String, line: Int, column: Int) {
        marks[path] = Position(line: line, column: column)
    }

    /// The position of `path`, or of its nearest recorded parent.
    package func position(of path: String) -> Position? {
        var current = path
        while true {
            if let found = marks[current] { return found }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { return marks[""] }
            current = String(current[..<cut])
        }
    }

    /// A diagnostic located at `path`.
    package func diagnostic(
        _ severity: Diagnostic.Severity = .error, at path: String, _ message: String, hint: String? = nil
    ) -> Diagnostic {
        let position = position(of: path)
        return Diagnostic(
            severity, file: file, line: position?.line, column: position?.column, fieldPath: path,
            message: message, hint: hint)
    }
}
