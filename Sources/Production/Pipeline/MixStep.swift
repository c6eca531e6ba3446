import DramaModel
import Editing
import Foundation

/// Mixes an episode's sound (`audio.m4a`): every line at its place in the timeline, the
/// series' music bed ducked under speech, stingers on reveals, slaps and snap zooms, then
/// normalised to −14 LUFS with true peak under −1 dBTP and encoded to AAC 48 kHz stereo.
/// For the editable hand-off it also keeps the music bed as mixed (`music.m4a`) and each
/// stinger it used at its level (`stinger-hit.wav`, …).
package struct MixStep: Step {
    /// `mix`.
    package static let kind = "mix"
    /// `builtin.mix@2`.
    package static let generatorID = GeneratorID("builtin.mix", version: 2)
    package var kind: String { Self.kind }
    package var generator: GeneratorID { Self.generatorID }

    /// Creates the step.
    package init() {}

    /// What a mix node is made from. Inputs: the timeline, then the lines' voices in order.
    package struct Parameters: Codable, Sendable, Hashable {
        var genre: Genre
        var musicSeed: UInt64
        var preset: RenderPreset
    }

    /// Stingers the cut calls for: a hit on a reveal, a whoosh into a snap zoom, a slap on a
    /// shake, a riser into the final hold.
    static func stingers(_ timeline: EpisodeTimeline) -> [EpisodeMixer.StingerCue] {
        var cues: [EpisodeMixer.StingerCue] = []
        let starts = timeline.starts
        for (index, shot) in timeline.shots.enumerated() {
            let start = starts[index]
            switch shot.camera {
            case .snapZoom: cues.append(.init(start: start, stinger: .whoosh))
            case .shake: cues.append(.init(start: start + shot.audioOffset, stinger: .slap))
            default: break
            }
            if shot.kind == .reaction, shot.beat == .reveal { cues.append(.init(start: start, stinger: .hit)) }
        }
        if let last = timeline.shots.indices.last, timeline.shots[last].kind == .reaction {
            cues.append(.init(start: starts[last], stinger: .rise))
        }
        return cues
    }

    /// How intense the music is, scene by scene: tension beats build, reveals peak.
    static func intensity(_ timeline: EpisodeTimeline) -> [MusicComposer.Intensity] {
        var levels: [MusicComposer.Intensity] = []
        for (shot, start) in zip(timeline.shots, timeline.starts) {
            let level: MusicComposer.Intensity.Level
            switch shot.beat {
            case .reveal?, .cliffhanger?, .triumph?: level = .climax
            case .confrontation?, .humiliation?, .scheme?, .warning?, .plea?: level = .tense
            default: level = .calm
            }
            if levels.last?.level != level { levels.append(.init(start: start, level: level)) }
        }
        return levels
    }

    package func run(_ input: StepInput) async throws -> StepOutput {
        let parameters = try input.parameters(Parameters.self)
        guard let timelineKey = input.node.inputs.first else { throw StepFailure.permanent("\(input.node.label): no timeline input") }
        let timeline = try input.timeline(of: timelineKey)
        let voices = Array(input.node.inputs.dropFirst())
        var dialogue: [EpisodeMixer.Dialogue] = []
        for (index, key) in voices.enumerated() {
            guard let start = timeline.lineStart(index) else {
                throw StepFailure.permanent("\(input.node.label): line \(index + 1) has no shot in the timeline")
            }
            let audio: AudioBuffer
            do { audio = try WAVFile.decode(try input.data(of: key, "line.wav")) } catch let error as ProductionError { throw error } catch {
                throw StepFailure.permanent("\(input.node.label): line \(index + 1)'s audio does not decode: \(error)")
            }
            dialogue.append(.init(start: start, audio: audio))
        }
        let music = MusicComposer(genre: parameters.genre, seed: parameters.musicSeed)
            .bed(duration: timeline.duration, intensity: Self.intensity(timeline))
        let cues = Self.stingers(timeline)
        let (mix, musicBed, stingerSounds) = EpisodeMixer().mixAndEditStems(duration: timeline.duration, dialogue: dialogue, music: music, stingers: cues)

        let tools = try StepInput.mediaTools()
        let scratch = try input.makeScratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let m4a = scratch.appendingPathComponent("audio.m4a")
        let musicM4A = scratch.appendingPathComponent("music.m4a")
        let assembler = EpisodeAssembler(tools: tools, preset: parameters.preset)
        try await assembler.encodeAudio(wav: WAVFile.encode(mix), to: m4a)
        try await assembler.encodeAudio(wav: WAVFile.encode(musicBed), to: musicM4A)
        var output = StepOutput()
        output.add("audio.m4a", try Data(contentsOf: m4a))
        output.add("music.m4a", try Data(contentsOf: musicM4A))
        for stinger in Stinger.allCases {
            guard let sound = stingerSounds[stinger] else { continue }
            output.add(EditHandoff.stingerOutput(stinger), WAVFile.encode(sound))
        }
        output.metadata["duration_ms"] = String(timeline.duration.converted(to: 1000).value)
        return output
    }
}
