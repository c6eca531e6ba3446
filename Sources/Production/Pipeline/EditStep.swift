import DramaModel
import Editing
import Foundation

/// Writes an episode's editable cut (`episode.otio`, `OTIOWriter`): its clips are the hand-off's
/// shot, line, music and stinger files (`EditHandoff`), which the export copies beside it, so
/// an editor can re-cut the episode. Its own node, apart from the timeline, because what the
/// hand-off holds depends on the run (pictures and music only when they are rendered) while the
/// cut does not.
package struct EditStep: Step {
    /// `edit`.
    package static let kind = "edit"
    /// `builtin.edit@1`.
    package static let generatorID = GeneratorID("builtin.edit", version: 1)
    package var kind: String { Self.kind }
    package var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    package init() {}

    /// What an edit node is made from. Inputs: the timeline, then the lines' voices in order.
    package struct Parameters: Codable, Sendable, Hashable {
        var episode: Int
        var seriesTitle: String
        /// Each line's clip name (the speaker's name).
        var lineNames: [String]
        /// Whether the shots and the mix are rendered (a video run), so the hand-off has their
        /// files; without, the edit holds the lines' audio and placeholders for the shots.
        var rendered: Bool
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        guard let timelineKey = input.node.inputs.first else { throw StepFailure.permanent("\(input.node.label): no timeline input") }
        let timeline = try input.timeline(of: timelineKey)
        let voices = Array(input.node.inputs.dropFirst())
        guard voices.count == parameters.lineNames.count else {
            throw StepFailure.permanent("\(input.node.label): \(parameters.lineNames.count) lines but \(voices.count) voices")
        }
        let durations = try voices.map { try input.speechTiming(of: $0).duration }
        let tag = String(format: "ep%03d", parameters.episode)
        let otio = OTIOWriter.document(
            name: "\(parameters.seriesTitle) \(tag)", timeline: timeline,
            media: EditHandoff.media(shots: timeline.shots.count, lines: voices.count, rendered: parameters.rendered),
            lineNames: parameters.lineNames,
            metadata: ["series": parameters.seriesTitle, "episode": String(parameters.episode), "ai_generated": "true"],
            audioDurations: durations, effects: parameters.rendered ? EditHandoff.effects(timeline) : [])
        var output = StepOutput()
        output.add("episode.otio", otio)
        return output
    }
}
