package import DramaModel
package import Editing
package import Production

/// Maps instants of an episode to what was on screen, through its timeline (shots laid end
/// to end) and its breakdown (the lines, their speakers and beats).
///
/// ```swift
/// let map = StoryMap(episode: 3, timeline: timeline, breakdown: breakdown)
/// map.moment(at: .milliseconds(41_500))?.beat   // .exposition
/// map.locate(hotspot)?.moment.text              // the line heard when viewers left
/// ```
package struct StoryMap: Sendable, Hashable {
    /// Episode number.
    package let episode: Int
    /// The episode's length.
    package let duration: MediaTime
    private let starts: [MediaTime]
    private let moments: [StoryMoment]

    /// Builds the map of `episode` from its timeline and breakdown.
    package init(episode: Int, timeline: EpisodeTimeline, breakdown: EpisodeBreakdown) {
        self.episode = episode
        duration = timeline.duration
        starts = timeline.starts
        var moments: [StoryMoment] = []
        for (index, shot) in timeline.shots.enumerated() {
            var lineIndex = shot.line
            if lineIndex == nil, shot.kind == .reaction, let previous = moments.last, previous.scene == shot.scene { lineIndex = previous.line }
            let line = lineIndex.flatMap { $0 >= 0 && $0 < breakdown.lines.count ? breakdown.lines[$0] : nil }
            let speaker = shot.subjects.first { $0.speaking }?.character ?? (shot.line != nil ? line?.speaker : nil)
            moments.append(StoryMoment(
                episode: episode, shot: index, shotKind: shot.kind, line: line == nil ? nil : lineIndex, text: line?.text, scene: shot.scene,
                beat: shot.beat ?? line?.beat, speaker: speaker, location: shot.location,
                lineLength: line.map { StoryMoment.displayWidth($0.text) }))
        }
        self.moments = moments
    }

    /// What was on screen at `time`; `nil` before 0 or from the end on.
    package func moment(at time: MediaTime) -> StoryMoment? {
        guard time >= .zero, time < duration, !starts.isEmpty else { return nil }
        // The last shot starting at or before `time`.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= time { low = middle } else { high = middle - 1 }
        }
        return moments[low]
    }

    /// What was on screen halfway through the hotspot's second (the viewers it counts left
    /// during that second); `nil` for another episode or past the end.
    package func locate(_ hotspot: DropOffHotspot) -> MappedHotspot? {
        guard hotspot.episode == episode, let moment = moment(at: hotspot.at + .milliseconds(500)) else { return nil }
        return MappedHotspot(hotspot: hotspot, moment: moment)
    }
}
