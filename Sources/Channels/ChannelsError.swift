public import Basics

/// The error thrown by `Channels`: channel settings, credentials, and what platforms answer.
///
/// Callers branch on `code`, never on `message`. Messages never contain tokens, secrets or
/// upload session addresses (which carry credentials of their own on some platforms).
public struct ChannelsError: ExplainedError {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidSettings, notAuthorized, reauthorize, unreachable, rateLimited, quotaExhausted, rejected, serverError,
                timedOut, processingFailed, malformedResponse, uploadExpired, packageFailed, refused
        }
        private let base: Base
        /// `cliff.yaml`'s `channels` section is malformed or would drop a required label.
        public static var invalidSettings: Self { Self(base: .invalidSettings) }
        /// The channel has no token yet: it was never authorised (`cliff channels authorize`).
        public static var notAuthorized: Self { Self(base: .notAuthorized) }
        /// The platform refused the refresh token (revoked, expired for good): the channel stops
        /// until the user authorises again.
        public static var reauthorize: Self { Self(base: .reauthorize) }
        /// The platform could not be reached.
        public static var unreachable: Self { Self(base: .unreachable) }
        /// The platform asked us to slow down (429) and the retries ran out.
        public static var rateLimited: Self { Self(base: .rateLimited) }
        /// The channel's daily quota is spent (counted here before starting, or said by the
        /// platform): the work waits for the next quota day.
        public static var quotaExhausted: Self { Self(base: .quotaExhausted) }
        /// The platform refused the request (a 4xx other than 401, 404 on a session, 429);
        /// sending it again unchanged will not help.
        public static var rejected: Self { Self(base: .rejected) }
        /// The platform failed (5xx) and the retries ran out.
        public static var serverError: Self { Self(base: .serverError) }
        /// The platform did not answer in time.
        public static var timedOut: Self { Self(base: .timedOut) }
        /// The platform took the upload but failed to process it.
        public static var processingFailed: Self { Self(base: .processingFailed) }
        /// The answer is not what the platform's protocol promises.
        public static var malformedResponse: Self { Self(base: .malformedResponse) }
        /// The upload session the platform gave is gone (expired, 404/410): a new session must
        /// be opened — the platform never finished a video from the old one.
        public static var uploadExpired: Self { Self(base: .uploadExpired) }
        /// A delivery package could not be written.
        public static var packageFailed: Self { Self(base: .packageFailed) }
        /// Publishing was refused before anything was sent (the consent registry or the policy
        /// gate, a missing file, an episode too long for the platform).
        public static var refused: Self { Self(base: .refused) }
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what, where (channel, platform call, file:line:column), how to fix.
    public var message: String
    /// Located problems in `cliff.yaml`, when the failure is about the settings.
    public var diagnostics: [Diagnostic]
    /// How long the platform asked us to wait before trying again, when it said.
    public var retryAfterSeconds: Double?

    /// Creates an error.
    public init(code: Code, message: String, diagnostics: [Diagnostic] = [], retryAfterSeconds: Double? = nil) {
        self.code = code
        self.message = message
        self.diagnostics = diagnostics
        self.retryAfterSeconds = retryAfterSeconds
    }

    public var description: String { message }

    /// Whether trying the same work later may succeed (the platform was busy, down, rate
    /// limited, or the quota day ran out), as opposed to a failure the user must fix.
    public var isTransient: Bool {
        [.unreachable, .rateLimited, .quotaExhausted, .serverError, .timedOut, .uploadExpired].contains(code)
    }
}

extension ChannelsError {
    public var codeName: String { code.description }
    public var kind: ErrorKind { .input }
}
