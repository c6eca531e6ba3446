import DramaModel
import Editing
import Foundation
import Visuals

/// Renders one shot to a video-only segment (`segment.mp4`): the place, the characters in
/// their expressions, the speaker's mouth following the line's audio, the camera move, and
/// the line's subtitles (and, on the opening, the title and the AI label) burned in.
///
/// A dialogue shot lasts its line's measured audio plus a fixed lead-in and tail, in whole
/// frames; an establishing or reaction shot has the fixed length the planner gave it.
public struct ShotStep: Step {
    /// `shot`.
    public static let kind = "shot"
    /// `builtin.shot@1`: the procedural artist composed and encoded with ffmpeg.
    public static let generatorID = GeneratorID("builtin.shot", version: 1)
    public var kind: String { Self.kind }
    public var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    public init() {}

    /// The words shown under a dialogue shot.
    package struct Subtitle: Codable, Sendable, Hashable {
        var text: String
        var speaker: String
        var language: Language
    }

    /// Text laid over a shot: the episode title, the AI label.
    package struct Overlay: Codable, Sendable, Hashable {
        var kind: String
        var text: String
        var start: MediaTime
        var end: MediaTime
    }

    /// What a shot node is made from. Inputs: the background, then the line's voice (for
    /// dialogue shots).
    public struct Parameters: Codable, Sendable, Hashable {
        var shot: Shot
        var preset: RenderPreset
        var planner: ShotPlanner.Settings
        var look: SeriesLook
        var subtitle: Subtitle?
        var overlays: [Overlay]
        /// The review take (nil for the first): a new take is a new node.
        var take: Int?
        /// Where the picture comes from: nil for the procedural composition over a background;
        /// a model's keyframe or clip otherwise (the first input's `frame.png` or `clip.mp4`).
        var source: Source?
    }

    /// A picture made by a model service instead of the procedural artist.
    public enum Source: String, Codable, Sendable, Hashable {
        /// A still keyframe, moved by the shot's camera.
        case keyframe
        /// An animated clip, cut to the shot's length.
        case clip
    }

    /// Which mouth shape and eye state each run of frames shows: the speaker's mouth follows
    /// the audio's cues; everyone blinks every few seconds.
    static func schedule(frames: Int, frameRate: Int32, audioOffset: MediaTime, timing: VoiceStep.Timing?) -> [(state: FaceState, frames: Int)] {
        var runs: [(state: FaceState, frames: Int)] = []
        var cue = 0
        for frame in 0..<frames {
            var shape = MouthShape.closed
            if let timing {
                let t = MediaTime(value: Int64(frame), rate: frameRate) - audioOffset
                if t >= .zero, t < timing.duration {
                    while cue + 1 < timing.mouth.count, timing.mouth[cue + 1].start <= t { cue += 1 }
                    if cue < timing.mouth.count, timing.mouth[cue].start <= t { shape = timing.mouth[cue].shape }
                }
            }
            let blinkPeriod = Int(frameRate) * 33 / 10
            let blinking = frame % blinkPeriod >= blinkPeriod - 4 && frame >= blinkPeriod / 2
            let state = FaceState(mouth: shape, eyesClosed: blinking)
            if let last = runs.last, last.state == state {
                runs[runs.count - 1].frames += 1
            } else {
                runs.append((state, 1))
            }
        }
        return runs
    }

    /// A mouth shape and eye state: one still per distinct state.
    struct FaceState: Hashable {
        var mouth: MouthShape
        var eyesClosed: Bool
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        let preset = parameters.preset
        var shot = parameters.shot
        guard let backgroundKey = input.node.inputs.first else {
            throw StepFailure.permanent("\(input.node.label): a shot needs its background as first input")
        }
        var timing: VoiceStep.Timing?
        let frames: Int
        if shot.kind == .dialogue {
            guard input.node.inputs.count >= 2 else { throw StepFailure.permanent("\(input.node.label): a dialogue shot needs its line's voice") }
            let speech = try input.speechTiming(of: input.node.inputs[1])
            timing = speech
            frames = Int(parameters.planner.dialogueDuration(audio: speech.duration).converted(to: preset.frameRate).value)
        } else {
            frames = max(1, Int(shot.duration.converted(to: preset.frameRate).value))  // whole frames already
        }
        shot.duration = MediaTime(value: Int64(frames), rate: preset.frameRate)

        let tools = try StepInput.mediaTools()
        let scratch = try input.makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let subtitles = try Self.subtitleFile(parameters, shot: shot, timing: timing, in: scratch)
        let segment = scratch.appendingPathComponent("segment.mp4")
        var output = StepOutput()
        output.metadata["frames"] = String(frames)

        if parameters.source == .clip {
            let clip = scratch.appendingPathComponent("clip.mp4")
            try input.data(of: backgroundKey, "clip.mp4").write(to: clip)
            try await ShotEncoder(tools: tools, preset: preset).encode(clip: clip, frames: frames, subtitles: subtitles, to: segment, workingDirectory: scratch)
            output.add("segment.mp4", try Data(contentsOf: segment))
            return output
        }
        // A keyframe already shows the people: it is the whole picture, held and moved.
        let keyframe = parameters.source == .keyframe
        if keyframe { shot.subjects = [] }

        // Stills: one per face state, drawn over the overscanned background, converted once to
        // the encoder's YUV.
        let background = try BackgroundCache.shared.raster(for: backgroundKey) {
            try Raster(png: try input.data(of: backgroundKey, keyframe ? "frame.png" : "background.png"))
        }
        let composer = FrameComposer(series: parameters.look.series, artist: ProceduralArtist(series: parameters.look.series))
        var index: [FaceState: Int] = [:]
        var stills: [[UInt8]] = []
        var holds: [ShotEncoder.Hold] = []
        let runs = keyframe
            ? [(state: FaceState(mouth: .closed, eyesClosed: false), frames: frames)]
            : Self.schedule(frames: frames, frameRate: preset.frameRate, audioOffset: shot.audioOffset, timing: timing)
        for run in runs {
            if index[run.state] == nil {
                let width = preset.stillWidth, height = preset.stillHeight
                let still = try composer.withFrame(
                    shot, mouth: run.state.mouth, eyesClosed: run.state.eyesClosed, background: background, width: width, height: height
                ) { pixels, bytesPerRow in
                    YUVPicture.fromBGRA(pixels, bytesPerRow: bytesPerRow, width: width, height: height)
                }
                index[run.state] = stills.count
                stills.append(still)
            }
            holds.append(ShotEncoder.Hold(still: index[run.state]!, frames: run.frames))
        }

        try await ShotEncoder(tools: tools, preset: preset).encode(
            stills: stills, holds: holds, frames: frames, camera: shot.camera, inputWidth: preset.stillWidth, inputHeight: preset.stillHeight,
            subtitles: subtitles, to: segment, workingDirectory: scratch)
        output.add("segment.mp4", try Data(contentsOf: segment))
        output.metadata["stills"] = String(stills.count)
        return output
    }

    /// The shot's burned-in text as an ASS file in `folder`: the line's subtitles, and the
    /// title and AI label on the opening; nil when there is none.
    static func subtitleFile(_ parameters: Parameters, shot: Shot, timing: VoiceStep.Timing?, in scratch: URL) throws -> URL? {
        let preset = parameters.preset
        var subtitles: URL?
        var cues: [SubtitleCue] = []
        if let subtitle = parameters.subtitle, let timing {
            var single = shot
            single.line = 0
            let track = EpisodeTimeline(frameRate: preset.frameRate, shots: [single]).subtitles(
                lines: [(text: subtitle.text, speaker: subtitle.speaker, audioDuration: timing.duration)], language: subtitle.language,
                layout: ASSStyle().subtitleLayout)
            cues = track.cues
        }
        let overlays = parameters.overlays.map {
            ASSOverlay(kind: $0.kind == "label" ? .label : .title, start: $0.start, end: $0.end, text: $0.text)
        }
        if !cues.isEmpty || !overlays.isEmpty {
            let file = scratch.appendingPathComponent("shot.ass")
            try Data(ASSWriter.document(cues: cues, language: parameters.look.language, style: ASSStyle(), overlays: overlays).utf8).write(to: file)
            subtitles = file
        }

        return subtitles
    }
}
