import Basics
import Audience
import DramaModel
import Editing
import Foundation
import Production
import StoryEngine
import Testing

/// A hand-built two-scene episode: shots (seconds) 0–2 establishing (office), 2–5 Lin's
/// line 0, 5–7 Mo's line 1, 7–8 a reaction, 8–13 Mo's long exposition line 2 (hall),
/// 13–15 a reaction marked as the reveal.
enum StoryFixture {
    static let series = Series(
        title: "Test", premise: "A test", genre: .romance, tone: "", format: SeriesFormat(episodes: 3),
        characters: [CastMember(id: "lin", name: "Lin Xia", role: .protagonist), CastMember(id: "mo", name: "Mo Han", role: .lead)],
        locations: [Location(id: "office", name: "Office"), Location(id: "hall", name: "Hall")])

    static let script = """
        INT. OFFICE - DAY

        [[beat: confrontation]]

        LIN
        You took my seat.

        MO
        It was never yours.

        INT. HALL - NIGHT

        [[beat: exposition]]

        MO
        The company was founded by my grandfather forty years ago.
        """

    static func breakdown(_ episode: Int = 1) -> EpisodeBreakdown {
        EpisodeBreakdown(episode: episode, script: script, checker: ScriptChecker(series: series))
    }

    static func subject(_ id: String, speaking: Bool) -> ShotSubject {
        ShotSubject(character: id, expression: .neutral, position: .center, speaking: speaking)
    }

    static var timeline: EpisodeTimeline {
        func seconds(_ s: Int64) -> MediaTime { MediaTime(value: s * 30, rate: 30) }
        return EpisodeTimeline(frameRate: 30, shots: [
            Shot(kind: .establishing, location: "office", framing: .wide, subjects: [], duration: seconds(2), scene: 0),
            Shot(kind: .dialogue, location: "office", framing: .medium, subjects: [subject("lin", speaking: true)], duration: seconds(3), line: 0, scene: 0),
            Shot(
                kind: .dialogue, location: "office", framing: .twoShot, subjects: [subject("mo", speaking: true), subject("lin", speaking: false)],
                duration: seconds(2), line: 1, scene: 0),
            Shot(kind: .reaction, location: "office", framing: .closeUp, subjects: [subject("lin", speaking: false)], duration: seconds(1), scene: 0),
            Shot(kind: .dialogue, location: "hall", lighting: .night, framing: .medium, subjects: [subject("mo", speaking: true)], duration: seconds(5), line: 2, scene: 1),
            Shot(kind: .reaction, location: "hall", lighting: .night, framing: .closeUp, subjects: [subject("lin", speaking: false)], duration: seconds(2), scene: 1, beat: .reveal),
        ])
    }

    static func map(_ episode: Int = 1) -> StoryMap { StoryMap(episode: episode, timeline: timeline, breakdown: breakdown(episode)) }
}

@Suite("StoryMap")
struct StoryMapTests {
    @Test func aHotspotMapsToTheShotLineBeatAndSpeakerOnScreen() throws {
        let map = StoryFixture.map()
        #expect(StoryFixture.breakdown().lines.count == 3)
        let exposition = try #require(map.locate(DropOffHotspot(episode: 1, at: MediaTime(value: 9, rate: 1), loss: 0.1, viewersLost: 10, score: 5)))
        #expect(exposition.moment.shot == 4 && exposition.moment.line == 2 && exposition.moment.scene == 1)
        #expect(exposition.moment.beat == .exposition && exposition.moment.speaker == "mo" && exposition.moment.location == "hall")
        #expect(exposition.moment.text == "The company was founded by my grandfather forty years ago.")
        #expect(exposition.moment.lineLength == 58)
        // Second 7 is the reaction after Mo's line 1: it keeps that line and its beat, with nobody speaking.
        let reaction = try #require(map.moment(at: .milliseconds(7500)))
        #expect(reaction.shot == 3 && reaction.shotKind == .reaction && reaction.line == 1 && reaction.text == "It was never yours.")
        #expect(reaction.speaker == nil && reaction.beat == .confrontation && reaction.location == "office")
        // A shot's own beat wins over its line's.
        #expect(map.moment(at: .milliseconds(14_000))?.beat == .reveal)
        #expect(map.moment(at: .milliseconds(2000))?.speaker == "lin")
        #expect(map.moment(at: .milliseconds(1999))?.shot == 0)
        #expect(map.moment(at: .milliseconds(15_000)) == nil && map.duration == .milliseconds(15_000))
        #expect(map.locate(DropOffHotspot(episode: 2, at: .zero, loss: 0, viewersLost: 0, score: 0)) == nil)
    }

    @Test func displayWidthCountsChineseTwiceAndEmphasisNot() {
        #expect(StoryMoment.displayWidth("你好 Mo") == 7)
        #expect(StoryMoment.displayWidth("*never*") == 5)
    }
}

@Suite("Insights")
struct InsightTests {
    /// Three episodes of the fixture, 200 viewers each: 60 leave during the exposition
    /// (30 in second 9, 30 in second 10), 10 during the confrontation (3–6), the rest finish.
    func builtLog() async throws -> SeriesMetrics {
        let (store, _) = try temporaryStore()
        var log = EventLog()
        for episode in 1...3 {
            for viewer in 0..<200 {
                let exit: Int64 = viewer < 60 ? Int64(9 + viewer % 2) * 1000 + 500 : viewer < 70 ? Int64(3 + viewer % 4) * 1000 + 500 : 15_000
                log.view("v\(viewer)", episode: episode, start: Double(episode * 1000 + viewer), exit: exit, length: 15_000)
            }
        }
        _ = try await store.append(log.events)
        let durations = Dictionary(uniqueKeysWithValues: (1...3).map { ($0, MediaTime.milliseconds(15_000)) })
        return try await store.metrics(series: "s", configuration: MetricsConfiguration(episodeDurations: durations))
    }

    @Test func expositionThatLosesViewersBecomesAShortenBeatNote() async throws {
        let metrics = try await builtLog()
        let maps = (1...3).map { StoryFixture.map($0) }
        let story = StoryLossAnalysis(metrics: metrics, maps: maps)
        let exposition = try #require(story.groups(.beat).first { $0.key == "exposition" })
        // 60 of 200 leave per episode during the exposition (seconds 8–12 on screen).
        #expect(exposition.lost == 180 && exposition.seconds == 15 && exposition.episodes == 3 && exposition.isEvidence)
        #expect(exposition.ratio > 5)
        let confrontation = try #require(story.groups(.beat).first { $0.key == "confrontation" })
        #expect(confrontation.lost == 30 && !confrontation.isEvidence || confrontation.ratio < 1)
        #expect(story.hotspots.allSatisfy { $0.moment.beat == .exposition })
        #expect(!story.hotspots.isEmpty)

        let insights = InsightFinder().insights(metrics: metrics, story: story)
        let insight = try #require(insights.first { $0.id == "beat:exposition" })
        #expect(insight.note.action == .shortenBeat && insight.note.beat == .exposition && insight.note.insight == "beat:exposition")
        #expect(insight.finding.hasPrefix("exposition beats lose"))
        #expect(insight.finding.contains("than confrontation beats"))
        #expect(insight.severity == .high && insight.strength == 1)
        #expect(insight.evidence.contains(Insight.Evidence("viewers lost", 180)))
        #expect(!insights.contains { $0.id == "hook" })  // everyone is still there at 3 s
        #expect(insights.contains { $0.id == "reveal:earlier" && $0.note.action == .revealEarlier })

        let report = InsightReport(metrics: metrics, maps: maps)
        #expect(report.text.contains("exposition beats lose"))
        #expect(report.text.contains("0 malformed events rejected"))
        #expect(report.text.contains("“The company was founded by my grandfather forty years ago.”"))
        let decoded = try JSONDecoder().decode(InsightReport.self, from: try report.json())
        #expect(decoded.insights.map(\.id) == report.insights.map(\.id))
    }

    @Test func aHookOrCliffhangerIsNeverShortenedForWhereItSits() async throws {
        // The same losses, over a beat that opens (hook) or closes (cliffhanger) the episode:
        // its place sets its loss per second, so no shorten-beat note comes of it.
        let metrics = try await builtLog()
        for kind in ["hook", "cliffhanger"] {
            let script = StoryFixture.script.replacingOccurrences(of: "[[beat: exposition]]", with: "[[beat: \(kind)]]")
            let maps = (1...3).map { number in
                StoryMap(
                    episode: number, timeline: StoryFixture.timeline,
                    breakdown: EpisodeBreakdown(episode: number, script: script, checker: ScriptChecker(series: StoryFixture.series)))
            }
            let story = StoryLossAnalysis(metrics: metrics, maps: maps)
            #expect(story.groups(.beat).first { $0.key == kind }?.isEvidence == true)
            let insights = InsightFinder().insights(metrics: metrics, story: story)
            #expect(!insights.contains { $0.note.action == .shortenBeat }, "\(insights.map(\.id))")
        }
    }

    @Test func fewViewersNeverBecomeAFinding() async throws {
        let (store, _) = try temporaryStore()
        var log = EventLog()
        for episode in 1...3 {
            for viewer in 0..<6 {
                log.view("v\(viewer)", episode: episode, start: Double(viewer), exit: viewer < 2 ? 9500 : 15_000, length: 15_000)
            }
        }
        _ = try await store.append(log.events)
        let metrics = try await store.metrics(series: "s")
        let story = StoryLossAnalysis(metrics: metrics, maps: (1...3).map { StoryFixture.map($0) })
        #expect(story.groups.allSatisfy { !$0.isEvidence })
        #expect(InsightFinder().insights(metrics: metrics, story: story).isEmpty)
    }

    @Test func aWeakHookAndWeakCliffhangersBecomeNotes() async throws {
        let (store, _) = try temporaryStore()
        var log = EventLog()
        for viewer in 0..<200 {
            // Half swipe at 1 s; of those who finish episode 1, a quarter start episode 2.
            log.view("v\(viewer)", episode: 1, start: 0, exit: viewer % 2 == 0 ? 1000 : 15_000, length: 15_000)
            if viewer % 8 == 1 { log.view("v\(viewer)", episode: 2, start: 20, exit: 15_000, length: 15_000) }
        }
        _ = try await store.append(log.events)
        let metrics = try await store.metrics(series: "s")
        let insights = InsightFinder().insights(metrics: metrics, story: nil)
        let hook = try #require(insights.first { $0.id == "hook" })
        #expect(hook.note.action == .strongerHook)
        let cliffhanger = try #require(insights.first { $0.id == "cliffhanger" })
        #expect(cliffhanger.note.action == .strongerCliffhanger && cliffhanger.finding.contains("25.0 %"))
    }
}
