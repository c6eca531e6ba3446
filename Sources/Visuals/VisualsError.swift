public import Basics

/// A drawing failure, with a code to branch on and a message for people.
public struct VisualsError: ExplainedError {
    /// What kind of failure.
    public enum Code: String, Sendable {
        /// The graphics library refused (out of memory, a bad size).
        case drawingFailed
        /// An image could not be read or written.
        case imageFormat
        /// A shot names a character or location the series does not have.
        case unknownSubject
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

extension VisualsError {
    public var codeName: String { code.rawValue }
    public var kind: ErrorKind { code == .drawingFailed ? .internal : .input }
}
