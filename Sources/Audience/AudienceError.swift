public import Basics

/// The error thrown by `Audience`: ingest, imports, the event store and metrics.
///
/// Callers branch on `code`, never on `message`.
public struct AudienceError: ExplainedError {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidInput, tooLarge, invalidImport, storeFailed, timelineMissing, simulationFailed, databaseTooNew
        }
        private let base: Base
        /// An event or a request is malformed.
        public static var invalidInput: Self { Self(base: .invalidInput) }
        /// A batch holds more events than one request may carry.
        public static var tooLarge: Self { Self(base: .tooLarge) }
        /// A CSV or JSON export does not match its column mapping.
        public static var invalidImport: Self { Self(base: .invalidImport) }
        /// Reading or writing the event store failed.
        public static var storeFailed: Self { Self(base: .storeFailed) }
        /// An episode has no produced timeline to map findings onto.
        public static var timelineMissing: Self { Self(base: .timelineMissing) }
        /// The synthetic audience could not run or post its events.
        public static var simulationFailed: Self { Self(base: .simulationFailed) }
        /// A database file was written by a newer version of cliff; the message names it.
        public static var databaseTooNew: Self { Self(base: .databaseTooNew) }
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what, where, how to fix.
    public var message: String
    /// The field or location at fault (`batch[3].properties.episode`, `views.csv:12:3`), if any.
    public var field: String?

    /// Creates an error.
    public init(code: Code, message: String, field: String? = nil) {
        self.code = code
        self.message = message
        self.field = field
    }

    public var description: String { field.map { "\($0): \(message)" } ?? message }
}

extension AudienceError {
    public var codeName: String { code.description }
    public var kind: ErrorKind { code == .storeFailed ? .internal : .input }
    public var location: String? { field }
}
