import DramaModel
import Foundation
import Visuals

/// Paints a location once per lighting and size (`background.png`); every shot set there
/// reuses it, so a place looks the same in every episode.
package struct BackgroundStep: Step {
    /// `background`.
    package static let kind = "background"
    /// `builtin.artist@1`.
    package static let generatorID = GeneratorID("builtin.artist", version: 1)
    package var kind: String { Self.kind }
    package var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    package init() {}

    /// What a background node is made from.
    package struct Parameters: Codable, Sendable, Hashable {
        var look: SeriesLook
        var location: String
        var lighting: Lighting
        var width: Int
        var height: Int
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        let series = parameters.look.series
        guard let location = series.locations.first(where: { $0.id == parameters.location }) else {
            throw StepFailure.permanent("\(input.node.label): the bible has no location '\(parameters.location)'")
        }
        let artist = ProceduralArtist(series: series)
        let raster = try artist.background(location, lighting: parameters.lighting, width: parameters.width, height: parameters.height)
        var output = StepOutput()
        output.add("background.png", try raster.pngData())
        output.usage = Usage([.image: 1])
        return output
    }
}
