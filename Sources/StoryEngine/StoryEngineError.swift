public import Basics
import DramaModel

/// The error thrown by `StoryEngine`.
public struct StoryEngineError: ExplainedError {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case phrasebookBroken, invalidPhrasebook, invalidRequest, unsupportedEngine, projectExists, projectMissing, invalidScripts, editedScripts, invalidEdition
        }
        private let base: Base
        /// A built-in phrasebook failed to load (a bug in this program).
        public static var phrasebookBroken: Self { Self(base: .phrasebookBroken) }
        /// A project's `phrasebooks/` folder has problems; see `diagnostics`.
        public static var invalidPhrasebook: Self { Self(base: .invalidPhrasebook) }
        /// The request is out of range (episode count, target length).
        public static var invalidRequest: Self { Self(base: .invalidRequest) }
        /// The bible names a writer engine this build cannot run.
        public static var unsupportedEngine: Self { Self(base: .unsupportedEngine) }
        /// `new` was pointed at a folder that already has content.
        public static var projectExists: Self { Self(base: .projectExists) }
        /// The folder is not a Cliffhanger project.
        public static var projectMissing: Self { Self(base: .projectMissing) }
        /// Scripts do not validate against the bible; see `diagnostics`.
        public static var invalidScripts: Self { Self(base: .invalidScripts) }
        /// Episodes were not rewritten because people edited them.
        public static var editedScripts: Self { Self(base: .editedScripts) }
        /// A localised edition cannot be made or read: its names, its record or an imported
        /// translation; see `diagnostics`.
        public static var invalidEdition: Self { Self(base: .invalidEdition) }
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what, where, how to fix.
    public var message: String
    /// Every problem found in the user's files, each with its location and fix.
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

extension StoryEngineError {
    public var codeName: String { code.description }
    public var kind: ErrorKind { code == .phrasebookBroken ? .internal : .input }
}
