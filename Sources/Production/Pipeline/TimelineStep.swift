import DramaModel
import Editing
import Foundation

/// Cuts an episode: plans its shots from the script and the measured length of every line,
/// and writes the timeline (`timeline.json`) and the subtitles (`episode.srt`, `episode.vtt`).
/// The same cut serves every deliverable; the editable OpenTimelineIO cut is `EditStep`'s.
public struct TimelineStep: Step {
    /// `timeline`.
    public static let kind = "timeline"
    /// `builtin.timeline@2`.
    public static let generatorID = GeneratorID("builtin.timeline", version: 2)
    public var kind: String { Self.kind }
    public var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    public init() {}

    /// A scene, as the shot planner needs it.
    public struct Scene: Codable, Sendable, Hashable {
        var location: String
        var lighting: Lighting
        var cast: [String]
    }

    /// A line, as the planner and the subtitles need it (its audio is the matching input).
    public struct Line: Codable, Sendable, Hashable {
        var scene: Int
        var speaker: String
        var speakerName: String
        var emotion: Emotion
        var beat: BeatKind?
        var action: String?
        var text: String
    }

    /// What a timeline node is made from; its inputs are the lines' voice nodes, in order.
    public struct Parameters: Codable, Sendable, Hashable {
        var episode: Int
        var language: Language
        var planner: ShotPlanner.Settings
        var scenes: [Scene]
        var lines: [Line]
    }

    /// The shots `parameters` plan to, given each line's audio length.
    static func shots(_ parameters: Parameters, durations: [MediaTime]) -> [Shot] {
        let scenes = parameters.scenes.map { ShotPlanner.Scene(location: $0.location, lighting: $0.lighting, cast: $0.cast) }
        let lines = zip(parameters.lines, durations).map { line, duration in
            ShotPlanner.Line(
                scene: line.scene, speaker: line.speaker, emotion: line.emotion, beat: line.beat, action: line.action,
                audioDuration: duration)
        }
        return ShotPlanner(settings: parameters.planner).plan(scenes: scenes, lines: lines)
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        guard parameters.lines.count == input.node.inputs.count else {
            throw StepFailure.permanent("\(input.node.label): \(parameters.lines.count) lines but \(input.node.inputs.count) voices")
        }
        let durations = try input.node.inputs.map { try input.speechTiming(of: $0).duration }
        let timeline = EpisodeTimeline(frameRate: parameters.planner.frameRate, shots: Self.shots(parameters, durations: durations))
        let track = timeline.subtitles(
            lines: zip(parameters.lines, durations).map { (text: $0.text, speaker: $0.speakerName, audioDuration: $1) },
            language: parameters.language, layout: ASSStyle().subtitleLayout)
        var output = StepOutput()
        output.add("timeline.json", CanonicalJSON.encode(timeline))
        output.add("episode.srt", Data(SubtitleWriter.srt(track).utf8))
        output.add("episode.vtt", Data(SubtitleWriter.webVTT(track).utf8))
        output.metadata["duration_ms"] = String(timeline.duration.converted(to: 1000).value)
        output.metadata["shots"] = String(timeline.shots.count)
        output.metadata["lines"] = String(parameters.lines.count)
        return output
    }
}

extension StepInput {
    /// The timeline of timeline input `key`.
    func timeline(of key: NodeKey) throws -> EpisodeTimeline {
        do {
            return try JSONDecoder().decode(EpisodeTimeline.self, from: try data(of: key, "timeline.json"))
        } catch let error as ProductionError {
            throw error
        } catch {
            throw StepFailure.permanent("\(node.label): timeline.json of \(key.short) does not decode: \(error)")
        }
    }
}
