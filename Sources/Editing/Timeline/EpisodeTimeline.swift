public import DramaModel

/// An episode's shots laid end to end at a frame rate: where each starts, when each line is
/// heard, and the subtitles that follow the audio.
///
/// ```swift
/// let timeline = EpisodeTimeline(frameRate: 30, shots: ShotPlanner().plan(scenes: scenes, lines: lines))
/// let track = timeline.subtitles(lines: spoken, language: .zh)
/// let ass = ASSWriter.document(cues: track.cues, language: .zh, style: ASSStyle())
/// ```
public struct EpisodeTimeline: Sendable, Hashable, Codable {
    /// Frames per second.
    public var frameRate: Int32
    /// The shots, in order.
    public var shots: [Shot]

    /// How long a subtitle stays up after its line's audio ends (never past the line's shot).
    public static let subtitleHold: MediaTime = .milliseconds(200)

    /// Creates a timeline.
    ///
    /// - Precondition: `frameRate > 0`.
    public init(frameRate: Int32, shots: [Shot]) {
        precondition(frameRate > 0, "frame rate must be positive, got \(frameRate)")
        self.frameRate = frameRate
        self.shots = shots
    }

    /// Each shot's start, exact, at `frameRate`.
    ///
    /// Shot durations are whole frames; one that is not counts as its nearest whole frame.
    public var starts: [MediaTime] {
        var frame: Int64 = 0
        return frameCounts.map { count in
            defer { frame += count }
            return MediaTime(value: frame, rate: frameRate)
        }
    }

    /// The sum of the shot durations, in whole frames at `frameRate`.
    public var duration: MediaTime {
        MediaTime(value: frameCounts.reduce(0, +), rate: frameRate)
    }

    /// When line `line`'s audio starts in the episode: its shot's start plus the shot's
    /// `audioOffset`; `nil` if no shot plays the line.
    public func lineStart(_ line: Int) -> MediaTime? {
        guard let index = shots.firstIndex(where: { $0.line == line }) else { return nil }
        return starts[index] + shots[index].audioOffset
    }

    /// Subtitles for every line, timed to its audio.
    ///
    /// `lines[i]` is line `i` (the index shots carry in `line`). A line's cue starts when its
    /// audio starts and ends `subtitleHold` after its audio ends, but never after its shot ends;
    /// `layout` then cleans, wraps (at most `maxLines` lines) and, when a line needs more,
    /// splits it into consecutive cues timed in proportion to their text, the first starting
    /// with the audio. A short cue that `layout` extends to its minimum duration is cut back at
    /// the shot's end, so cues never overlap the next line. Lines without a shot or without text
    /// get no cue.
    package func subtitles(
        lines: [(text: String, speaker: String?, audioDuration: MediaTime)], language: Language,
        layout: SubtitleLayout = SubtitleLayout()
    ) -> SubtitleTrack {
        let starts = starts
        let frameCounts = frameCounts
        var shotOfLine: [Int: Int] = [:]
        for (index, shot) in shots.enumerated() {
            if let line = shot.line, shotOfLine[line] == nil { shotOfLine[line] = index }
        }
        var cues: [SubtitleCue] = []
        for (index, line) in lines.enumerated() {
            guard let shot = shotOfLine[index] else { continue }
            let shotEnd = MediaTime(value: starts[shot].value + frameCounts[shot], rate: frameRate)
            let audioStart = min(starts[shot] + shots[shot].audioOffset, shotEnd)
            let audioEnd = audioStart + max(line.audioDuration, .zero)
            let end = max(audioStart, min(audioEnd + Self.subtitleHold, shotEnd))
            let cue = SubtitleCue(start: audioStart, end: end, text: line.text, speaker: line.speaker)
            for var laidOut in layout.layOut(SubtitleTrack(language: language, cues: [cue])).cues {
                laidOut.end = max(laidOut.start, min(laidOut.end, shotEnd))
                cues.append(laidOut)
            }
        }
        return SubtitleTrack(language: language, cues: cues)
    }

    /// Each shot's length in whole frames.
    private var frameCounts: [Int64] {
        shots.map { $0.duration.converted(to: frameRate).value }
    }
}
