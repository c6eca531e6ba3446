public import Basics
import DramaModel

/// The error thrown by `Production`: planning, the asset store, the queue or a run failed.
///
/// Callers branch on `code`, never on `message`.
public struct ProductionError: ExplainedError {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidScripts, assetCorrupt, assetMissing, storeFailed, unpricedUsage, unknownStep, invalidGraph, projectLocked, toolsMissing, databaseTooNew, invalidExperiment
        }
        private let base: Base
        /// Scripts have errors that stop planning; see `diagnostics`.
        public static var invalidScripts: Self { Self(base: .invalidScripts) }
        /// An asset's bytes no longer match its hash (it was removed; the next run regenerates it).
        public static var assetCorrupt: Self { Self(base: .assetCorrupt) }
        /// An asset a node needs is not in the store.
        public static var assetMissing: Self { Self(base: .assetMissing) }
        /// The job store (database) or asset folder failed.
        public static var storeFailed: Self { Self(base: .storeFailed) }
        /// A generator's usage has no price in the price book.
        public static var unpricedUsage: Self { Self(base: .unpricedUsage) }
        /// A job names a step that this build does not have.
        public static var unknownStep: Self { Self(base: .unknownStep) }
        /// A graph refers to a node it does not contain, or has a cycle.
        public static var invalidGraph: Self { Self(base: .invalidGraph) }
        /// Another process holds a lock this operation needs.
        public static var projectLocked: Self { Self(base: .projectLocked) }
        /// A tool the planned jobs need (ffmpeg, a voice engine) is not installed; the message
        /// names what to install.
        public static var toolsMissing: Self { Self(base: .toolsMissing) }
        /// A database file was written by a newer version of cliff; the message names it.
        public static var databaseTooNew: Self { Self(base: .databaseTooNew) }
        /// An experiment file (`experiments/*.yaml`) or a variant's script has problems; see
        /// `diagnostics`.
        public static var invalidExperiment: Self { Self(base: .invalidExperiment) }
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what, where, how to fix.
    public var message: String
    /// Located problems, when the failure is about users' files.
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

extension ProductionError {
    public var codeName: String { code.description }
    public var kind: ErrorKind { code == .storeFailed || code == .unknownStep ? .internal : .input }
}
