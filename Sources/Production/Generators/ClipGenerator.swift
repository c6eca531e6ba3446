import DramaModel
public import Foundation

/// Animates a still into a short video clip: an image-to-video service (Kling-style
/// submit-and-poll) behind the same graph as the built-in camera moves.
public protocol ClipGenerator: Sendable {
    /// The generator's id in the graph and the ledger (`kling.v2-5-turbo`).
    var generator: GeneratorID { get }
    /// Makes the clip.
    /// - Throws: `StepFailure` (transient for timeouts, 429 and 5xx; permanent for 4xx or a
    ///   task the service reports failed).
    func animate(_ request: ClipRequest) async throws -> GeneratedClip
}

/// What to animate.
public struct ClipRequest: Sendable, Hashable, Codable {
    /// The first frame (PNG).
    public var image: Data
    /// How it moves.
    public var prompt: String
    /// The length asked for, in whole seconds (services sell 5 s and 10 s clips).
    public var seconds: Int
    /// The seed.
    public var seed: UInt64

    /// Creates a request.
    public init(image: Data, prompt: String, seconds: Int, seed: UInt64) {
        self.image = image
        self.prompt = prompt
        self.seconds = seconds
        self.seed = seed
    }
}

/// A clip a generator made.
public struct GeneratedClip: Sendable, Hashable {
    /// The clip as MP4.
    public var mp4: Data
    /// What it consumed (video seconds, requests).
    public var usage: Usage

    /// Creates a result.
    public init(mp4: Data, usage: Usage) {
        self.mp4 = mp4
        self.usage = usage
    }
}
