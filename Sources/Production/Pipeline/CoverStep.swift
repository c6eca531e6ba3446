package import DramaModel
import Foundation
import Editing
import Visuals

/// Draws an episode's cover (`cover.jpg`): the place, the leads, the series title and the
/// episode's number and title, with the AI label.
package struct CoverStep: Step {
    /// `cover`.
    package static let kind = "cover"
    /// `builtin.cover@1`.
    package static let generatorID = GeneratorID("builtin.cover", version: 1)
    package var kind: String { Self.kind }
    package var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    package init() {}

    /// What a cover node is made from.
    package struct Parameters: Codable, Sendable, Hashable {
        var look: SeriesLook
        var episode: Int
        var episodeTitle: String
        var characters: [String]
        var location: String
        var lighting: Lighting
        var width: Int
        var height: Int
    }

    /// The language of the cover `node` draws (its badge reads `AI-generated` or `AI生成`).
    package static func language(_ node: Node) -> Language? {
        (try? CanonicalJSON.decode(Parameters.self, from: node.parameters))?.look.series.language
    }

        package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        let series = parameters.look.series
        let request = CoverRequest(
            seriesTitle: series.title, episode: parameters.episode, episodeTitle: parameters.episodeTitle, language: series.language,
            characters: parameters.characters, location: parameters.location, lighting: parameters.lighting)
        let raster = try ProceduralArtist(series: series).cover(request, width: parameters.width, height: parameters.height)
        let tools = try StepInput.mediaTools()
        let scratch = try input.makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let png = scratch.appendingPathComponent("cover.png"), jpg = scratch.appendingPathComponent("cover.jpg")
        try raster.pngData().write(to: png)
        try await tools.ffmpeg(["-i", png.path, "-q:v", "3", "-frames:v", "1", jpg.path])
        var output = StepOutput()
        output.add("cover.jpg", try Data(contentsOf: jpg))
        output.add("cover.png", try Data(contentsOf: png))
        output.usage = Usage([.image: 1])
        return output
    }
}
