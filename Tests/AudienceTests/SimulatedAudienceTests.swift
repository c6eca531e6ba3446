import Audience
import DramaModel
import Foundation
import StoryEngine
import Testing

@Suite("Synthetic audience")
struct SimulatedAudienceTests {
    static var season: SimulationLoopFixture.Season { SimulationLoopFixture.english }
    static var episodes: [SimulatedEpisode] { SimulationLoopFixture.episodes(Array(season.scripts.prefix(12)), season.series) }

    func run(seed: UInt64, viewers: Int = 200, episodes: [SimulatedEpisode] = Self.episodes, paywall: Int? = 10) -> SimulationRun {
        SimulatedAudience(settings: .init(viewers: viewers, seed: seed, start: SimulationLoopFixture.start))
            .run(series: "midnight-contract", episodes: episodes, paywallEpisode: paywall)
    }

    @Test("events have the ingest's shape and are labelled synthetic")
    func eventsHaveTheIngestShape() throws {
        let run = run(seed: 9)
        #expect(run.events.count > 1_000)
        let lines = run.jsonLines().split(separator: "\n")
        #expect(lines.count == run.events.count)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for line in lines.prefix(500) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["message_id", "event", "anonymous_id", "timestamp", "properties"])
            let properties = try #require(object["properties"] as? [String: Any])
            #expect(properties["synthetic"] as? Bool == true)
            #expect(properties["series"] as? String == "midnight-contract")
            #expect(properties["variant"] as? String == "synthetic")
            #expect((properties["session_id"] as? String)?.hasPrefix("synthetic-") == true)
            #expect((object["anonymous_id"] as? String)?.hasPrefix("synthetic-") == true)
            let stamp = try #require(object["timestamp"] as? String)
            let date = try #require(formatter.date(from: stamp), "\(stamp)")
            #expect(date >= SimulationLoopFixture.start && date < SimulationLoopFixture.start.addingTimeInterval(2 * 86_400))
            if ["content_playing", "swiped_away", "playback_completed"].contains(object["event"] as? String) {
                #expect(properties["position_ms"] is NSNumber)
            }
        }
        #expect(Set(run.events.map(\.messageID)).count == run.events.count)
        #expect(Set(run.events.map(\.event)) == Set(SimulatedEvent.Name.allCases).subtracting([.experimentExposure]), "a run without experiments records no exposure")
    }

    @Test("the ISO-8601 timestamps are exact")
    func timestampsAreExact() throws {
        let events = run(seed: 4, viewers: 20).events
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let first = try #require(events.first)
        let date = try #require(formatter.date(from: first.timestamp))
        #expect(formatter.string(from: date) == first.timestamp)
    }

    @Test("every viewing starts, beats every 5 s of watching, and ends once")
    func viewingsAreWellFormed() throws {
        let run = run(seed: 5)
        var open: [String: (episode: Int, last: Int64, beats: Int)] = [:]
        var views = 0
        var rewinds = 0
        for event in run.events {
            let viewer = event.anonymousID
            switch event.event {
            case .playbackStarted:
                #expect(open[viewer] == nil, "\(viewer) starts a viewing inside another")
                open[viewer] = (event.properties.episode, 0, 0)
                views += 1
            case .contentPlaying:
                let view = try #require(open[viewer])
                #expect(view.episode == event.properties.episode)
                if (event.properties.positionMs ?? 0) < view.last { rewinds += 1 }
                open[viewer] = (view.episode, event.properties.positionMs ?? 0, view.beats + 1)
            case .swipedAway, .playbackCompleted:
                let view = try #require(open[viewer])
                #expect(view.episode == event.properties.episode)
                let duration = try #require(Self.episodes.first { $0.number == view.episode }).duration
                let end = event.properties.positionMs ?? -1
                #expect(end >= 0 && end <= duration.converted(to: 1000).value)
                if event.event == .playbackCompleted { #expect(end == duration.converted(to: 1000).value) }
                open[viewer] = nil
            case .unlocked:
                #expect(event.properties.episode == 10 && open[viewer] == nil)
            case .liked:
                #expect(open[viewer] == nil)
            case .experimentExposure:
                Issue.record("a run without experiments records no exposure")
            }
        }
        #expect(open.isEmpty)
        #expect(views > 400)
        #expect(rewinds > 0, "no viewer rewound")
    }

    @Test("viewers go on to the next episode and stop at the paywall unless they unlock")
    func viewersFollowTheSeries() {
        let events = run(seed: 6, viewers: 500).events
        let starts = (1...12).map { number in events.filter { $0.event == .playbackStarted && $0.properties.episode == number }.count }
        #expect(starts[0] >= 500)
        #expect(starts[1] < starts[0] && starts[1] > starts[0] / 4)
        let unlocks = events.filter { $0.event == .unlocked }.count
        #expect(unlocks > 0)
        #expect(starts[9] < starts[8] / 2, "the paywall lets \(starts[9]) of \(starts[8]) through")
        #expect(Set(events.filter { $0.properties.episode == 10 && $0.event == .playbackStarted }.map(\.anonymousID))
            .isSubset(of: Set(events.filter { $0.event == .unlocked }.map(\.anonymousID))))
    }

    @Test("same seed, same events; another seed, another audience")
    func runsAreDeterministic() {
        #expect(run(seed: 3).events == run(seed: 3).events)
        #expect(run(seed: 3).events != run(seed: 4).events)
        #expect(SimulationTaste.random(seed: 3) != SimulationTaste.random(seed: 4))
    }

    @Test("the viewers never read beat labels: relabelled beats give the same events")
    func beatLabelsAreNotRead() {
        var relabelled = Self.episodes
        for index in relabelled.indices {
            for moment in relabelled[index].moments.indices { relabelled[index].moments[moment].beat = .exposition }
        }
        #expect(run(seed: 8, episodes: relabelled).events == run(seed: 8).events)
    }

    @Test("moments measure content: heat, impact, warmth and line length")
    func momentsMeasureContent() throws {
        let episode = Self.episodes[0]
        #expect(episode.moments.first?.kind == .establishing)
        #expect(abs(episode.duration.seconds - Self.season.scripts[0].estimatedSeconds) < 30)
        let lines = episode.moments.filter { $0.line != nil }
        #expect(lines.count >= 15)
        #expect(lines.allSatisfy { $0.spokenSeconds > 0 && (0...1).contains($0.heat) })
        #expect(episode.moments.contains { $0.kind == .reaction && $0.impact > 0 })
        // Heat follows the words: a short accusation is hotter than a long, flat explanation.
        let hot = try moment("You did this? Say it!")
        let flat = try moment("Back then, I was young and foolish, and I trusted the wrong people.")
        #expect(hot.heat > flat.heat + 0.4, "\(hot.heat) vs \(flat.heat)")
        #expect(hot.openQuestion == false && flat.openQuestion == false)
        #expect(flat.spokenSeconds > hot.spokenSeconds + 2)
        #expect(try moment("Who are you, really?").openQuestion)
    }

    /// The dialogue moment of a one-line script.
    func moment(_ text: String) throws -> SimulatedMoment {
        let series = Self.season.series
        let speaker = series.characters[0]
        var script = Self.season.scripts[0]
        script.text = "INT. \(series.locations[0].name) - DAY\n\n\(speaker.cue)\n\(text)\n"
        let episode = SimulatedEpisode.estimated(from: script, series: series)
        return try #require(episode.moments.first { $0.line == 0 })
    }
}
