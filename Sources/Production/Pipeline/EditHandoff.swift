import DramaModel
import Editing
import Foundation

/// The files of an episode's editable hand-off, beside its `episode.otio` in `out/epNNN/`: the
/// timeline's clips point at them by these paths (relative to the `.otio`), and the export node
/// copies them there, so both sides agree on one naming.
///
/// ```
/// out/ep001/episode.otio
/// out/ep001/media/shot-001.mp4 …     one per shot, exactly its frames, subtitles burned in
/// out/ep001/media/line-001.wav …     one per line of dialogue, the whole recording
/// out/ep001/media/music.m4a          the music bed as mixed (levelled, ducked under speech)
/// out/ep001/media/stinger-hit.wav …  each sound effect the cut uses, at its level in the mix
/// ```
enum EditHandoff {
    /// The folder beside `episode.otio` holding the media.
    static let folder = "media"

    /// Shot `index` (from 0).
    static func shot(_ index: Int) -> String { String(format: "\(folder)/shot-%03d.mp4", index + 1) }

    /// Line `index` (from 0).
    static func line(_ index: Int) -> String { String(format: "\(folder)/line-%03d.wav", index + 1) }

    /// The music bed.
    static let music = "\(folder)/music.m4a"

    /// The name of a stinger's file among the mix's outputs.
    static func stingerOutput(_ stinger: Stinger) -> String { "stinger-\(stinger.rawValue).wav" }

    /// A stinger's file.
    static func stinger(_ stinger: Stinger) -> String { "\(folder)/\(stingerOutput(stinger))" }

    /// Where the hand-off's files are, for the timeline: every shot, line, the music and the
    /// stingers when the episode is rendered (`rendered`), else the lines only.
    static func media(shots: Int, lines: Int, rendered: Bool) -> OTIOWriter.Media {
        OTIOWriter.Media(
            shots: rendered ? (0..<shots).map(shot) : nil, lines: (0..<lines).map(line), music: rendered ? music : nil,
            stingers: rendered ? Dictionary(uniqueKeysWithValues: Stinger.allCases.map { ($0, stinger($0)) }) : [:])
    }

    /// The effects the mix places, with their files' lengths.
    static func effects(_ timeline: EpisodeTimeline) -> [OTIOWriter.Effect] {
        MixStep.stingers(timeline).map { cue in
            let sound = cue.stinger.render()
            return OTIOWriter.Effect(
                start: cue.start, stinger: cue.stinger, duration: MediaTime(value: Int64(sound.frameCount), rate: Int32(sound.sampleRate)))
        }
    }
}
