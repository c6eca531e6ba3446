/// The error thrown by the audio part of `Editing`: a WAV file could not be read.
///
/// Callers branch on `code`; `message` says what is wrong, where in the file, and how to fix it.
public struct AudioError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case notWAV, truncated, missingChunk, unsupportedFormat
        }
        private let base: Base
        /// The data does not start with a `RIFF`…`WAVE` header.
        public static var notWAV: Self { Self(base: .notWAV) }
        /// A chunk or the sample data ends before its declared size.
        public static var truncated: Self { Self(base: .truncated) }
        /// The `fmt ` or `data` chunk is absent.
        public static var missingChunk: Self { Self(base: .missingChunk) }
        /// The encoding, bit depth or channel count is not one this decoder reads.
        public static var unsupportedFormat: Self { Self(base: .unsupportedFormat) }
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// For people: what, where, how to fix.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
