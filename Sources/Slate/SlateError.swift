public import Basics

/// The error thrown by `Slate`: a premises file or `slate.yaml` is invalid, the slate's folder
/// cannot be used, a decision cannot be taken as asked, or writing failed.
///
/// Callers branch on `code`, never on `message`. Validation collects every problem it finds and
/// reports them together in `diagnostics`, each located at `file:line:column` with a fix.
///
/// ```swift
/// do { let premises = try PremisesFile.read(contentsOf: url, displayName: "premises.txt") } catch {
///     print(error.report)   // the message, then one located problem per line
/// }
/// ```
public struct SlateError: ExplainedError {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidPremises, invalidManifest, slateExists, fileUnreadable, fileUnwritable, invalidDecision
        }
        private let base: Base
        /// The premises file has problems; see `diagnostics`.
        public static var invalidPremises: Self { Self(base: .invalidPremises) }
        /// `slate.yaml` has problems; see `diagnostics`.
        public static var invalidManifest: Self { Self(base: .invalidManifest) }
        /// The slate's folder already holds something.
        public static var slateExists: Self { Self(base: .slateExists) }
        /// A file could not be read (missing, a folder, no permission).
        public static var fileUnreadable: Self { Self(base: .fileUnreadable) }
        /// The slate could not be written (disk full, no permission).
        public static var fileUnwritable: Self { Self(base: .fileUnwritable) }
        /// A decision on a series cannot be taken as asked (unknown series or decision, no
        /// reason, no report, a sunset series…); see `diagnostics`, one per problem, each with
        /// the argument or field it is about in `fieldPath`. Nothing was changed.
        public static var invalidDecision: Self { Self(base: .invalidDecision) }
        /// The code's stable name (`invalidPremises`).
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what went wrong, in one line; the diagnostics say where and how to fix.
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

    /// The message, then one line per problem.
    public var description: String {
        diagnostics.isEmpty ? message : ([message] + diagnostics.map(\.description)).joined(separator: "\n")
    }
}

extension SlateError {
    /// The code's stable name.
    public var codeName: String { code.description }
    /// `.internal` only when writing failed; everything else is fixed by changing the input.
    public var kind: ErrorKind { code == .fileUnwritable ? .internal : .input }
}
