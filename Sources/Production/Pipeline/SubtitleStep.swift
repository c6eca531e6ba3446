public import DramaModel
public import Foundation
import Editing

/// Makes an episode's subtitles (SRT and WebVTT) from its cues, laid end to end: each line
/// is shown while it is spoken, wrapped and split by the house subtitle layout.
public struct SubtitleStep: Step {
    /// `subtitles`.
    public static let kind = "subtitles"
    /// `builtin.subtitles@1`.
    public static let generatorID = GeneratorID("builtin.subtitles", version: 1)
    public var kind: String { Self.kind }
    public var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    public init() {}

    /// A subtitle line: who speaks (display name); the words come from the cue.
    public struct Line: Codable, Sendable, Hashable {
        var speaker: String
    }

    /// What a subtitles node is made from (its inputs are the cues, in order).
    public struct Parameters: Codable, Sendable, Hashable {
        var language: String
        var lines: [Line]
    }

    /// Silence between lines, in milliseconds, within each cue's measured length.
    static let gapMilliseconds: Int64 = 200

    public func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        guard parameters.lines.count == input.node.inputs.count else {
            throw StepFailure.permanent("\(input.node.label): \(parameters.lines.count) lines but \(input.node.inputs.count) cues")
        }
        let language = Language(rawValue: parameters.language) ?? .en
        var clock: Int64 = 0
        var cues: [SubtitleCue] = []
        for (line, key) in zip(parameters.lines, input.node.inputs) {
            let cue = try JSONDecoder().decode(CueStep.Cue.self, from: try input.data(of: key, "cue.json"))
            let end = clock + max(cue.durationMilliseconds - Self.gapMilliseconds, 1)
            cues.append(SubtitleCue(
                start: .milliseconds(clock), end: .milliseconds(end), text: cue.spoken, speaker: line.speaker))
            clock += cue.durationMilliseconds
        }
        let track = SubtitleLayout().layOut(SubtitleTrack(language: language, cues: cues))
        var output = StepOutput()
        output.add("episode.srt", Data(SubtitleWriter.srt(track).utf8))
        output.add("episode.vtt", Data(SubtitleWriter.webVTT(track).utf8))
        output.metadata["duration_ms"] = String(clock)
        output.metadata["lines"] = String(cues.count)
        return output
    }
}
