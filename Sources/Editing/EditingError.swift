public import Basics

/// The error thrown by `Editing`: a media tool is missing or failed, or media (a WAV file, an
/// encoded episode) is malformed.
///
/// Callers branch on `code`, never on `message`.
public struct EditingError: ExplainedError {
    /// What kind of failure.
    public enum Code: String, Sendable {
        /// ffmpeg or ffprobe is not installed; the message names the package.
        case toolMissing
        /// ffmpeg ran and failed; the message carries the end of its log.
        case toolFailed
        /// A media or audio file is not what it should be.
        case invalidMedia
        /// The data does not start with a `RIFF`…`WAVE` header.
        case notWAV
        /// A WAV chunk or its samples end before their declared size.
        case truncated
        /// A WAV file lacks its `fmt ` or `data` chunk.
        case missingChunk
        /// The WAV encoding, bit depth or channel count is not one the decoder reads.
        case unsupportedFormat
    }

    /// What kind of failure.
    public var code: Code
    /// What happened, where, and how to fix it.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

extension EditingError {
    public var codeName: String { code.rawValue }
    public var kind: ErrorKind { code == .toolFailed ? .internal : .input }
}
