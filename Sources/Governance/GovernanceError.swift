public import Basics

/// The error thrown by `Governance`: consent, policy, labels, provenance or the audit log.
///
/// Callers branch on `code`, never on `message`.
public struct GovernanceError: ExplainedError {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case consentMissing, consentInvalid, policyBlocked, invalidRules, labelMissing, metadataMissing,
                provenanceInvalid, auditTampered, overrideRefused, storeFailed, toolMissing
        }
        private let base: Base
        /// A character or voice based on a real person has no consent record.
        public static var consentMissing: Self { Self(base: .consentMissing) }
        /// A consent record exists but is expired, revoked or out of scope.
        public static var consentInvalid: Self { Self(base: .consentInvalid) }
        /// The policy gate found content that may not be generated or published.
        public static var policyBlocked: Self { Self(base: .policyBlocked) }
        /// A policy file is malformed or tries to switch off a rule that is always on.
        public static var invalidRules: Self { Self(base: .invalidRules) }
        /// A render lacks the visible AI label.
        public static var labelMissing: Self { Self(base: .labelMissing) }
        /// A render lacks the machine-readable AIGC metadata.
        public static var metadataMissing: Self { Self(base: .metadataMissing) }
        /// A provenance manifest or its signature does not match the file.
        public static var provenanceInvalid: Self { Self(base: .provenanceInvalid) }
        /// The audit log's hash chain is broken.
        public static var auditTampered: Self { Self(base: .auditTampered) }
        /// An override was refused (a block finding, or a role that may not override).
        public static var overrideRefused: Self { Self(base: .overrideRefused) }
        /// Reading or writing governance files failed.
        public static var storeFailed: Self { Self(base: .storeFailed) }
        /// A tool the check needs (ffmpeg, ffprobe) is missing.
        public static var toolMissing: Self { Self(base: .toolMissing) }
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what, where, how to fix.
    public var message: String

    /// How to fix it, when the message does not already say.
    public var hint: String?

    /// Creates an error.
    public init(code: Code, message: String, hint: String? = nil) {
        self.hint = hint
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

extension GovernanceError {
    public var codeName: String { code.description }
    public var kind: ErrorKind { code == .storeFailed ? .internal : .input }
}
