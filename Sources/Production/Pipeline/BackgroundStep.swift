import DramaModel
import Foundation
import Visuals

/// Paints a location once per lighting and size (`background.png`); every shot set there
/// reuses it, so a place looks the same in every episode.
package struct BackgroundStep: Step {
    /// `background`.
    public static let kind = "background"
    /// `builtin.artist@1`.
    public static let generatorID = GeneratorID("builtin.artist", version: 1)
    public var kind: String { Self.kind }
    public var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    public init() {}

    /// What a background node is made from.
    public struct Parameters: Codable, Sendable, Hashable {
        var look: SeriesLook
        var location: String
        var lighting: Lighting
        var width: Int
        var height: Int
    }

    public func run(_ input: StepInput) async throws -> StepOutput {
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
