import DramaModel
import Editing
import Foundation

/// Joins an episode's shot segments without re-encoding, adds the mixed sound, and writes a
/// streamable MP4 tagged as AI-generated (`AIGC` metadata). Editing one line re-renders its
/// shot and repeats only this cheap join.
public struct AssembleStep: Step {
    /// `assemble`.
    public static let kind = "assemble"
    /// `builtin.assemble@1`.
    public static let generatorID = GeneratorID("builtin.assemble", version: 1)
    public var kind: String { Self.kind }
    public var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    public init() {}

    /// What an assemble node is made from. Inputs: the timeline, the mix, then the shots in
    /// order.
    public struct Parameters: Codable, Sendable, Hashable {
        var preset: RenderPreset
        var title: String
        var aigc: AIGCLabel
        var output: String
    }

    /// The implicit label GB 45438 asks for, written as the MP4's `AIGC` tag.
    package struct AIGCLabel: Codable, Sendable, Hashable {
        var Label = "1"
        var ContentProducer: String
        var ProduceID: String
        var ReservedCode1 = ""
        var ContentPropagator = ""
        var PropagateID = ""
        var ReservedCode2 = ""
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        guard input.node.inputs.count >= 3 else { throw StepFailure.permanent("\(input.node.label): needs a timeline, a mix and shots") }
        let timeline = try input.timeline(of: input.node.inputs[0])
        let shots = Array(input.node.inputs.dropFirst(2))
        guard shots.count == timeline.shots.count else {
            throw StepFailure.permanent("\(input.node.label): \(shots.count) rendered shots but the timeline has \(timeline.shots.count)")
        }
        for (index, (key, shot)) in zip(shots, timeline.shots).enumerated() {
            let frames = input.metadata(of: key, "frames").flatMap(Int.init)
            let planned = Int(shot.duration.converted(to: parameters.preset.frameRate).value)
            guard frames == planned else {
                throw StepFailure.permanent("\(input.node.label): shot \(index + 1) rendered \(frames ?? 0) frames but the timeline plans \(planned)")
            }
        }
        let tools = try StepInput.mediaTools()
        let scratch = try input.makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let segments = try shots.map { try input.file(of: $0, "segment.mp4") }
        let audio = try input.file(of: input.node.inputs[1], "audio.m4a")
        let episode = scratch.appendingPathComponent(parameters.output)
        let aigc = String(decoding: CanonicalJSON.encode(parameters.aigc), as: UTF8.self)
        try await EpisodeAssembler(tools: tools, preset: parameters.preset).assemble(
            segments: segments, audio: audio,
            metadata: [("title", parameters.title), ("AIGC", aigc), ("comment", "AI-generated with Cliffhanger")],
            to: episode, workingDirectory: scratch)
        var output = StepOutput()
        output.add(parameters.output, try Data(contentsOf: episode))
        output.metadata["duration_ms"] = String(timeline.duration.converted(to: 1000).value)
        output.metadata["frames"] = String(timeline.duration.converted(to: parameters.preset.frameRate).value)
        return output
    }
}
