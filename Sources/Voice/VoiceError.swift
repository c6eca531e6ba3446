public import Basics

/// A voice engine's failure, with a code to branch on and a message for people that says
/// what happened and how to fix it.
public struct VoiceError: ExplainedError {
    /// What kind of failure.
    public enum Code: String, Sendable {
        /// The engine is not installed; the message names the package to install.
        case engineMissing
        /// The voice or model named in the casting does not exist.
        case unknownVoice
        /// The line has nothing to say.
        case emptyText
        /// The engine ran and failed.
        case synthesisFailed
        /// Audio data is not a WAV file this module reads (PCM, 16-bit, mono or stereo).
        case invalidAudio
    }

    /// What kind of failure.
    public var code: Code
    /// What happened and how to fix it.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

extension VoiceError {
    public var codeName: String { code.rawValue }
    public var kind: ErrorKind { code == .synthesisFailed || code == .invalidAudio ? .internal : .input }
}
