public import Basics

/// The error thrown by `Experiments`: an experiment definition, a test's configuration or the
/// data handed to an analysis is invalid.
///
/// Callers branch on `code`, never on `message`. Validation collects every problem it finds and
/// reports them together; each one is a ``Problem`` with a field path (`variants[2].weight`), what
/// is wrong and how to fix it, and is also offered as a ``Basics/Diagnostic`` whose file is
/// ``source`` (the experiment as the user would name it).
///
/// ```swift
/// do { try definition.validate() } catch {
///     print(error.report)   // every problem, one per line, each with its fix
/// }
/// ```
public struct ExperimentsError: ExplainedError {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidDefinition, invalidConfiguration, invalidData
        }
        private let base: Base
        /// An experiment or layer definition is invalid (weights, names, keys); see `problems`.
        public static var invalidDefinition: Self { Self(base: .invalidDefinition) }
        /// A test's or a bandit's settings are out of range (α, τ, floor); see `problems`.
        public static var invalidConfiguration: Self { Self(base: .invalidConfiguration) }
        /// Counts or sums handed to an analysis are impossible (negative, shrinking, missing).
        public static var invalidData: Self { Self(base: .invalidData) }
        /// The code's stable name (`invalidDefinition`).
        public var description: String { base.rawValue }
    }

    /// One problem at one place.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// Where: a field path such as `variants[2].weight` or `experiments[1].key`.
        public var fieldPath: String
        /// What is wrong.
        public var message: String
        /// How to fix it.
        public var hint: String

        /// Creates a problem.
        public init(fieldPath: String, message: String, hint: String) {
            self.fieldPath = fieldPath
            self.message = message
            self.hint = hint
        }

        /// `path: message (fix: hint)`
        public var description: String { "\(fieldPath): \(message) (fix: \(hint))" }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what went wrong, in one line; the problems say where and how to fix.
    public var message: String
    /// Every problem found, in the order of the fields.
    public var problems: [Problem]
    /// What was being checked, as the user would name it (`experiment 'hook-ep3'`): the file
    /// of the diagnostics.
    public var source: String

    /// Creates an error.
    public init(code: Code, message: String, problems: [Problem], source: String) {
        self.code = code
        self.message = message
        self.problems = problems
        self.source = source
    }

    /// Every problem as a located diagnostic.
    public var diagnostics: [Diagnostic] {
        problems.map { Diagnostic(.error, file: source, fieldPath: $0.fieldPath, message: $0.message, hint: $0.hint) }
    }

    /// The message, then one line per problem.
    public var description: String { ([message] + diagnostics.map(\.description)).joined(separator: "\n") }
}

extension ExperimentsError {
    /// The code's stable name.
    public var codeName: String { code.description }
    /// Always `.input`: every failure here is fixed by changing what was handed in.
    public var kind: ErrorKind { .input }
    /// The field path when there is exactly one problem.
    public var location: String? { problems.count == 1 ? problems[0].fieldPath : nil }

    /// Throws when `problems` is not empty, with a message counting them.
    static func check(_ problems: [Problem], code: Code, source: String, what: String) throws(ExperimentsError) {
        guard !problems.isEmpty else { return }
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        throw ExperimentsError(
            code: code,
            message: "\(source): \(what) has \(count)",
            problems: problems,
            source: source
        )
    }
}
