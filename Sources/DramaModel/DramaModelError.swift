public import Basics

/// The error thrown by `DramaModel`: reading or validating a series bible failed.
///
/// Callers branch on `code`; `diagnostics` lists every problem found, each with its location.
public struct DramaModelError: ExplainedError {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidBible, invalidSettings, fileUnreadable, fileUnwritable, invalidArgument
        }
        private let base: Base
        /// The bible has syntax, schema or semantic errors; see `diagnostics`.
        public static var invalidBible: Self { Self(base: .invalidBible) }
        /// `cliff.yaml` has schema errors; see `diagnostics`.
        public static var invalidSettings: Self { Self(base: .invalidSettings) }
        /// A file could not be read.
        public static var fileUnreadable: Self { Self(base: .fileUnreadable) }
        /// A file could not be written.
        public static var fileUnwritable: Self { Self(base: .fileUnwritable) }
        /// A value given by the user (an episode range, an option) is malformed.
        public static var invalidArgument: Self { Self(base: .invalidArgument) }
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what, where, how to fix.
    public var message: String
    /// Every problem found, sorted by location.
    public var diagnostics: [Diagnostic]
    /// The error that caused this one, if any.
    public var underlying: (any Error)?

    /// Creates an error.
    public init(code: Code, message: String, diagnostics: [Diagnostic] = [], underlying: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.diagnostics = diagnostics
        self.underlying = underlying
    }

    public var description: String {
        diagnostics.isEmpty ? message : ([message] + diagnostics.map(\.description)).joined(separator: "\n")
    }
}

extension DramaModelError {
    public var codeName: String { code.description }
    public var kind: ErrorKind { .input }
}
