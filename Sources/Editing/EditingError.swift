/// The error thrown by `Editing`: a media tool is missing or failed, or media is malformed.
///
/// Callers branch on `code`, never on `message`.
public struct EditingError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure.
    public enum Code: String, Sendable {
        /// ffmpeg or ffprobe is not installed; the message names the package.
        case toolMissing
        /// ffmpeg ran and failed; the message carries the end of its log.
        case toolFailed
        /// A media or audio file is not what it should be.
        case invalidMedia
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
