public import Basics

/// The error thrown by `ModelServices`: configuration, transport, and what services answer.
///
/// Callers branch on `code`, never on `message`. Messages never contain keys or secrets.
public struct ModelServicesError: ExplainedError {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidConfiguration, missingKey, unreachable, unauthorized, rejected, rateLimited, serverError,
                timedOut, answerLost, malformedResponse, invalidOutput
        }
        private let base: Base
        /// `cliff.yaml`'s `services` section is malformed.
        public static var invalidConfiguration: Self { Self(base: .invalidConfiguration) }
        /// The environment variable that holds a key is not set.
        public static var missingKey: Self { Self(base: .missingKey) }
        /// The endpoint could not be reached.
        public static var unreachable: Self { Self(base: .unreachable) }
        /// The service refused the key (401, 403).
        public static var unauthorized: Self { Self(base: .unauthorized) }
        /// The service refused the request (another 4xx); trying again will not help.
        public static var rejected: Self { Self(base: .rejected) }
        /// The service asked us to slow down (429) and the retries ran out.
        public static var rateLimited: Self { Self(base: .rateLimited) }
        /// The service failed (5xx) and the retries ran out.
        public static var serverError: Self { Self(base: .serverError) }
        /// The service did not answer, or a task did not finish, in time.
        public static var timedOut: Self { Self(base: .timedOut) }
        /// A request that creates billable work may have reached the service, but its answer
        /// was lost (a timeout, a dropped connection) and the service offers no way to ask what
        /// happened: it is not sent again, since a second send may be a second charge.
        public static var answerLost: Self { Self(base: .answerLost) }
        /// The answer is not what the service's protocol promises.
        public static var malformedResponse: Self { Self(base: .malformedResponse) }
        /// A model's output does not satisfy its schema, even after repair prompts.
        public static var invalidOutput: Self { Self(base: .invalidOutput) }
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what, where (service, endpoint, field path), how to fix.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

extension ModelServicesError {
    public var codeName: String { code.description }
    public var kind: ErrorKind { .input }
}
