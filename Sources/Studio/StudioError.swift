public import Basics

/// The error thrown by `Studio`: the server, its store, authentication and the review gate.
///
/// Callers branch on `code`, never on `message`. Every code maps to one HTTP status, so the
/// API answers a failed request with that status and a JSON body `{"error": {...}}`.
public struct StudioError: ExplainedError {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidInput, unauthenticated, forbidden, notFound, conflict, tooLarge, rateLimited, storeFailed, unavailable, databaseTooNew
        }
        private let base: Base
        /// The request or command's input is malformed (bad JSON, wrong types, bad values): 400.
        public static var invalidInput: Self { Self(base: .invalidInput) }
        /// No valid session or credentials: 401.
        public static var unauthenticated: Self { Self(base: .unauthenticated) }
        /// Logged in, but the role may not do this: 403.
        public static var forbidden: Self { Self(base: .forbidden) }
        /// No such series, episode, shot, user or file: 404.
        public static var notFound: Self { Self(base: .notFound) }
        /// The action does not fit the current state (for example approving a draft): 409.
        public static var conflict: Self { Self(base: .conflict) }
        /// The request body is larger than the endpoint accepts: 413.
        public static var tooLarge: Self { Self(base: .tooLarge) }
        /// Too many requests from one client: 429.
        public static var rateLimited: Self { Self(base: .rateLimited) }
        /// The database or a project file failed: 500.
        public static var storeFailed: Self { Self(base: .storeFailed) }
        /// The server cannot do this now (for example a render is already running): 503.
        public static var unavailable: Self { Self(base: .unavailable) }
        /// A database file was written by a newer version of cliff; the message names it.
        public static var databaseTooNew: Self { Self(base: .databaseTooNew) }
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what, where, how to fix.
    public var message: String
    /// The request field the problem is about (a JSON path such as `events[3].position`), if any.
    public var field: String?

    /// Creates an error.
    public init(code: Code, message: String, field: String? = nil) {
        self.code = code
        self.message = message
        self.field = field
    }

    public var description: String { field.map { "\($0): \(message)" } ?? message }
}

extension StudioError {
    public var codeName: String { code.description }
    public var kind: ErrorKind { code == .storeFailed ? .internal : .input }
    public var location: String? { field }
}
