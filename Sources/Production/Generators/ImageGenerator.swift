import DramaModel
public import Foundation

/// Makes a picture from a prompt: a model service (ComfyUI, an OpenAI-compatible images API)
/// behind the same graph as the built-in artist. Results are cached by the node's key, so the
/// same prompt, seed and references are never paid for twice.
public protocol ImageGenerator: Sendable {
    /// The generator's id in the graph and the ledger (`comfyui.sdxl`, `openai.gpt-image-1`).
    var generator: GeneratorID { get }
    /// Makes the picture.
    /// - Throws: `StepFailure` (transient for timeouts, 429 and 5xx; permanent for 4xx).
    func generate(_ request: ImageRequest) async throws -> GeneratedImage
}

/// What to draw.
public struct ImageRequest: Sendable, Hashable, Codable {
    /// What the picture shows.
    public var prompt: String
    /// What it must not show.
    public var negativePrompt: String
    /// The seed, pinned per character so a character keeps its face.
    public var seed: UInt64
    /// Size in pixels.
    public var width: Int
    /// Size in pixels.
    public var height: Int
    /// Reference pictures (PNG), such as a character sheet, the model must stay consistent with.
    public var references: [Data]

    /// Creates a request.
    public init(prompt: String, negativePrompt: String = "", seed: UInt64, width: Int, height: Int, references: [Data] = []) {
        self.prompt = prompt
        self.negativePrompt = negativePrompt
        self.seed = seed
        self.width = width
        self.height = height
        self.references = references
    }
}

/// A picture a generator made.
public struct GeneratedImage: Sendable, Hashable {
    /// The picture as PNG.
    public var png: Data
    /// What it consumed (images, requests).
    public var usage: Usage

    /// Creates a result.
    public init(png: Data, usage: Usage) {
        self.png = png
        self.usage = usage
    }
}
