public import DramaModel
public import Editing
public import Production
public import StoryEngine
import Foundation

/// An episode as the synthetic audience sees it: its moments in order, with measured content
/// features. Built from a produced episode (its `EpisodeTimeline` and `EpisodeBreakdown`), or
/// estimated from a script alone for fast loops without rendering (lines timed by the
/// writer's spoken-length estimate, shots planned by the same `ShotPlanner` the pipeline uses).
///
/// ```swift
/// let episodes = scripts.map { SimulatedEpisode.estimated(from: $0, series: series) }
/// let run = SimulatedAudience(settings: .init(viewers: 1_000, seed: 7)).run(series: "midnight-contract", episodes: episodes)
/// ```
public struct SimulatedEpisode: Sendable, Hashable, Codable {
    /// The episode number.
    public var number: Int
    /// The moments (one per shot), in order and back to back.
    package var moments: [SimulatedMoment]
    /// The episode's length.
    public var duration: MediaTime

    /// Creates an episode from its moments.
    package init(number: Int, moments: [SimulatedMoment]) {
        self.number = number
        self.moments = moments
        duration = moments.last.map(\.end) ?? .zero
    }

    /// The episode as produced: every shot of `timeline`, with the words of the line it plays
    /// from `breakdown`.
    ///
    /// A dialogue shot's spoken length is the shot less the planner's default lead-in and tail.
    public init(number: Int, timeline: EpisodeTimeline, breakdown: EpisodeBreakdown) {
        let settings = ShotPlanner.Settings()
        let padding = (settings.leadIn + settings.tail).seconds
        var moments: [SimulatedMoment] = []
        for (shot, start) in zip(timeline.shots, timeline.starts) {
            let speaking = shot.subjects.first { $0.speaking } ?? shot.subjects.first
            var moment = SimulatedMoment(
                start: start, duration: shot.duration.converted(to: timeline.frameRate), kind: shot.kind, scene: shot.scene,
                line: shot.line, impact: SimulatedMoment.impact(camera: shot.camera, kind: shot.kind), beat: shot.beat)
            let expression = speaking?.expression ?? .neutral
            moment.warmth = [.tender, .sad].contains(expression) ? 1 : 0
            if let index = shot.line, breakdown.lines.indices.contains(index) {
                let line = breakdown.lines[index]
                let spoken = max(0.3, shot.duration.seconds - padding)
                moment.speaker = line.speaker
                moment.spokenSeconds = spoken
                moment.heat = SimulatedMoment.heat(text: line.text, spokenSeconds: spoken, expression: expression)
                moment.openQuestion = SimulatedMoment.leavesAQuestion(line.text)
            }
            moments.append(moment)
        }
        self.init(number: number, moments: moments)
    }

    /// The episode estimated from its script alone: each line timed by `SpokenLength`, shots
    /// planned as the pipeline would plan them.
    public static func estimated(from script: EpisodeScript, series: Series, settings: ShotPlanner.Settings = ShotPlanner.Settings()) -> SimulatedEpisode {
        let (timeline, breakdown) = estimatedStory(from: script, series: series, settings: settings)
        return SimulatedEpisode(number: script.number, timeline: timeline, breakdown: breakdown)
    }

    /// The cut of a script as the pipeline would plan it, each line timed by `SpokenLength`:
    /// what `estimated(from:series:)` plays, and what a `StoryMap` of it maps.
    package static func estimatedStory(
        from script: EpisodeScript, series: Series, settings: ShotPlanner.Settings = ShotPlanner.Settings()
    ) -> (EpisodeTimeline, EpisodeBreakdown) {
        let breakdown = EpisodeBreakdown(episode: script.number, script: script.text, checker: ScriptChecker(series: series), language: series.language)
        let scenes = breakdown.scenes.map { ShotPlanner.Scene(location: $0.location ?? "", lighting: $0.lighting, cast: $0.cast) }
        let lines = breakdown.lines.map { line in
            let seconds = max(0.3, SpokenLength.speechSeconds(line.text, language: series.language))
            return ShotPlanner.Line(
                scene: line.scene, speaker: line.speaker, emotion: line.emotion, beat: line.beat, action: line.action,
                audioDuration: .seconds(seconds))
        }
        let timeline = EpisodeTimeline(frameRate: settings.frameRate, shots: ShotPlanner(settings: settings).plan(scenes: scenes, lines: lines))
        return (timeline, breakdown)
    }

    /// The moment playing at `position`, if any.
    package func moment(at position: MediaTime) -> SimulatedMoment? {
        var low = 0
        var high = moments.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if position < moments[mid].start {
                high = mid - 1
            } else if position >= moments[mid].end {
                low = mid + 1
            } else {
                return moments[mid]
            }
        }
        return nil
    }
}
