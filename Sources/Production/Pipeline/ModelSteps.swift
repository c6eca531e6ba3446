import DramaModel
import Foundation
import Editing

/// A character's sheet, drawn once per series by the image model (`sheet.png`); every keyframe
/// with the character passes it as a reference, and its seed is pinned to the character.
package struct CharacterSheetStep: Step {
    /// `character-sheet`.
    package static let kind = "character-sheet"
    package var kind: String { Self.kind }
    package var generator: GeneratorID { images.generator }
    let images: any ImageGenerator

    /// A step drawing with `generator`.
    package init(generator: any ImageGenerator) { images = generator }

    struct Parameters: Codable, Sendable, Hashable {
        var character: String
        var request: ImageRequest
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        let image = try await images.generate(parameters.request)
        var output = StepOutput()
        output.add("sheet.png", image.png)
        output.usage = image.usage
        return output
    }
}

/// A shot's keyframe drawn by the image model with the sheets of its characters as references,
/// scaled and cropped to the preset's overscanned still (`frame.png`). The shot step uses it in
/// place of the procedural composition.
package struct KeyframeStep: Step {
    /// `keyframe`.
    package static let kind = "keyframe"
    package var kind: String { Self.kind }
    package var generator: GeneratorID { images.generator }
    let images: any ImageGenerator

    /// A step drawing with `generator`.
    package init(generator: any ImageGenerator) { images = generator }

    struct Parameters: Codable, Sendable, Hashable {
        /// The request without references: the inputs' sheets are added at run time.
        var request: ImageRequest
        /// The still size the shot step needs.
        var width: Int
        var height: Int
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        var request = parameters.request
        request.references = try input.node.inputs.map { try input.data(of: $0, "sheet.png") }
        let image = try await images.generate(request)
        let scratch = try input.makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("model.png"), fitted = scratch.appendingPathComponent("frame.png")
        try image.png.write(to: source)
        do {
            try await StepInput.mediaTools().ffmpeg([
                "-i", source.path, "-vf",
                "scale=\(parameters.width):\(parameters.height):force_original_aspect_ratio=increase,crop=\(parameters.width):\(parameters.height),format=rgba",
                "-frames:v", "1", fitted.path,
            ])
        } catch {
            throw StepFailure.permanent("\(input.node.label): the image from \(images.generator) is not a picture ffmpeg can read: \(error)", usage: image.usage)
        }
        var output = StepOutput()
        output.add("frame.png", try Data(contentsOf: fitted))
        output.usage = image.usage
        return output
    }
}

/// A keyframe animated by an image-to-video service (`clip.mp4`); the shot step cuts it to the
/// shot's length, moving and labelling it like any other shot.
package struct ClipStep: Step {
    /// `clip`.
    package static let kind = "clip"
    package var kind: String { Self.kind }
    package var generator: GeneratorID { clips.generator }
    let clips: any ClipGenerator

    /// A step animating with `generator`.
    package init(generator: any ClipGenerator) { clips = generator }

    struct Parameters: Codable, Sendable, Hashable {
        var prompt: String
        var seconds: Int
        var seed: UInt64
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        guard let keyframe = input.node.inputs.first else { throw StepFailure.permanent("\(input.node.label): a clip needs its keyframe as input") }
        let clip = try await clips.animate(ClipRequest(
            image: try input.data(of: keyframe, "frame.png"), prompt: parameters.prompt, seconds: parameters.seconds, seed: parameters.seed))
        var output = StepOutput()
        output.add("clip.mp4", clip.mp4)
        output.usage = clip.usage
        return output
    }
}
