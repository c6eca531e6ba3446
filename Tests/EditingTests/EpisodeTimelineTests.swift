import DramaModel
import Editing
import Foundation
import Testing

@Suite struct EpisodeTimelineTests {
    static func shot(frames: Int64, line: Int? = nil, kind: ShotKind = .dialogue) -> Shot {
        Shot(
            kind: line == nil ? .reaction : kind, location: "office", framing: .medium, subjects: [],
            duration: MediaTime(value: frames, rate: 30), line: line,
            audioOffset: line == nil ? .zero : .milliseconds(120))
    }

    @Test func startsAndDurationAreExactFrameSums() {
        let timeline = EpisodeTimeline(
            frameRate: 30,
            shots: [
                Self.shot(frames: 75), Self.shot(frames: 43, line: 0), Self.shot(frames: 24),
                Self.shot(frames: 61, line: 1),
            ])
        #expect(timeline.starts == [0, 75, 118, 142].map { MediaTime(value: $0, rate: 30) })
        #expect(timeline.starts.allSatisfy { $0.rate == 30 })
        #expect(timeline.duration == MediaTime(value: 203, rate: 30))
        #expect(timeline.duration.rate == 30)
        #expect(EpisodeTimeline(frameRate: 30, shots: []).duration == .zero)
    }

    @Test func plannedShotsAddUpToTheirDurations() {
        let shots = ShotPlannerTests.sampleShots()
        let timeline = EpisodeTimeline(frameRate: 30, shots: shots)
        let sum = shots.reduce(MediaTime(value: 0, rate: 30)) { $0 + $1.duration }
        #expect(timeline.duration == sum)
        for index in shots.indices.dropFirst() {
            #expect(timeline.starts[index] == timeline.starts[index - 1] + shots[index - 1].duration)
        }
    }

    @Test func lineStartIsItsShotStartPlusTheAudioOffset() {
        let timeline = EpisodeTimeline(
            frameRate: 30,
            shots: [
                Self.shot(frames: 75), Self.shot(frames: 43, line: 0), Self.shot(frames: 24),
                Self.shot(frames: 61, line: 1),
            ])
        #expect(timeline.lineStart(0) == MediaTime(value: 75, rate: 30) + .milliseconds(120))
        #expect(timeline.lineStart(1) == MediaTime(value: 14_560, rate: 3_000))  // 4.7333 s + 0.12 s
        #expect(timeline.lineStart(2) == nil)
    }

    static let spoken: [(text: String, speaker: String?, audioDuration: MediaTime)] = [
        ("You signed the contract without reading it?", "GU", .milliseconds(1_850)),
        (
            "I never wanted your money, I only wanted the truth about my mother. Tell me who was in that car, "
                + "or I walk out of this office tonight and you will never see me again.",
            "MEI", .milliseconds(2_410)
        ),
        ("No.", "GU", .milliseconds(300)),
        ("Then you leave me no choice.", "LIN", .milliseconds(2_000)),
        ("Wait.", "LIN", .milliseconds(400)),
        ("Gu Yan, you have until midnight.", "MEI", .milliseconds(900)),
        ("Who are you?", "LIN", .milliseconds(1_700)),
    ]

    @Test func subtitlesStartWithTheAudioAndNeverOutlastTheirShot() throws {
        let lines = ShotPlannerTests.lines.enumerated().map { index, line in
            var timed = line
            timed.audioDuration = Self.spoken[index].audioDuration
            return timed
        }
        let shots = ShotPlanner().plan(scenes: ShotPlannerTests.scenes, lines: lines)
        let timeline = EpisodeTimeline(frameRate: 30, shots: shots)
        let track = timeline.subtitles(lines: Self.spoken, language: .en)
        #expect(track.language == .en)
        var cueIndex = 0
        for (line, spoken) in Self.spoken.enumerated() {
            let shotIndex = try #require(shots.firstIndex { $0.line == line })
            let shotEnd = timeline.starts[shotIndex] + shots[shotIndex].duration
            let audioStart = try #require(timeline.lineStart(line))
            let cues = track.cues[cueIndex...].prefix { $0.start < shotEnd }
            cueIndex += cues.count
            let first = try #require(cues.first, "line \(line) has no cue")
            #expect(abs((first.start - audioStart).seconds) <= 0.1, "line \(line) starts at \(first.start)")
            for cue in cues {
                #expect(cue.end <= shotEnd, "line \(line) cue ends \(cue.end) after its shot at \(shotEnd)")
                #expect(cue.start >= audioStart && cue.start < cue.end)
                #expect(cue.speaker == spoken.speaker)
            }
            let words = cues.flatMap { $0.text.split(whereSeparator: \.isWhitespace) }
            #expect(words == spoken.text.split(whereSeparator: \.isWhitespace))
        }
        #expect(cueIndex == track.cues.count)
        // The long line needs more than two lines, so it is split into timed cues.
        let long = try #require(shots.firstIndex { $0.line == 1 })
        let longEnd = timeline.starts[long] + shots[long].duration
        #expect(track.cues.filter { $0.start >= timeline.starts[long] && $0.start < longEnd }.count >= 2)
        // A line is held 200 ms past its audio…
        let first = try #require(track.cues.first)
        #expect(first.end == (try #require(timeline.lineStart(0))) + .milliseconds(1_850 + 200))
        // …but "No." (300 ms in a 700 ms shot) is cut at its shot's end, not held 800 ms.
        let no = try #require(track.cues.first { $0.text == "No." })
        let noShot = try #require(shots.firstIndex { $0.line == 2 })
        #expect(no.end == timeline.starts[noShot] + shots[noShot].duration)
        #expect(shots[noShot].duration == MediaTime(value: 21, rate: 30))
    }

    @Test func holdIsCutAtTheShotEnd() throws {
        let timeline = EpisodeTimeline(
            frameRate: 30,
            shots: [Self.shot(frames: 75), Self.shot(frames: 12, line: 0), Self.shot(frames: 30, line: 1)])
        let track = timeline.subtitles(
            lines: [("好。", "MEI", .milliseconds(250)), ("你到底是谁？", "GU", .milliseconds(500))], language: .zh)
        #expect(track.cues.map(\.text) == ["好。", "你到底是谁？"])
        // Shot 1 ends at frame 87 (2.9 s): the 200 ms hold and the 800 ms minimum are cut there.
        #expect(track.cues[0].start == .milliseconds(2_620))
        #expect(track.cues[0].end == MediaTime(value: 87, rate: 30))
        #expect(track.cues[1].start == MediaTime(value: 87, rate: 30) + .milliseconds(120))
        // Shot 2 leaves room for the layout's 800 ms minimum (3.82 s < 3.9 s).
        #expect(track.cues[1].end == .milliseconds(3_820))
    }

    @Test func linesWithoutShotsOrTextGetNoCue() {
        let timeline = EpisodeTimeline(frameRate: 30, shots: [Self.shot(frames: 75), Self.shot(frames: 40, line: 0)])
        let track = timeline.subtitles(
            lines: [("  ", nil, .milliseconds(500)), ("Unplayed.", nil, .milliseconds(500))], language: .en)
        #expect(track.cues.isEmpty)
    }

    @Test func timelineRoundTripsThroughCodable() throws {
        let timeline = EpisodeTimeline(frameRate: 30, shots: ShotPlannerTests.sampleShots())
        let data = try JSONEncoder().encode(timeline)
        #expect(try JSONDecoder().decode(EpisodeTimeline.self, from: data) == timeline)
    }
}
