import Audience
import DramaModel
import Foundation
import StoryEngine
import Testing

/// What a simulated run measures, computed from its events alone (as analytics would).
struct SimulationMeasure {
    /// One viewing: the episode, how far it got, where the viewer swiped away (if they did).
    struct Viewing {
        var episode: Int
        var reached: Double
        var swipedAt: Double?
    }

    /// Mean share of an episode watched per start (the area under the retention curve).
    var meanRetention: Double
    /// Completes over starts.
    var completion: Double
    /// Every viewing.
    var viewings: [Viewing]

    init(events: [SimulatedEvent], episodes: [SimulatedEpisode]) {
        let byNumber = Dictionary(uniqueKeysWithValues: episodes.map { ($0.number, $0) })
        var viewings: [Viewing] = []
        var completes = 0
        var furthest: [String: Int64] = [:]
        for event in events {
            let key = "\(event.anonymousID)/\(event.properties.episode)"
            let position = event.properties.positionMs ?? 0
            switch event.event {
            case .playbackStarted:
                furthest[key] = 0
            case .contentPlaying:
                furthest[key] = max(furthest[key] ?? 0, position)
            case .swipedAway, .playbackCompleted:
                let reached = Double(max(position, furthest[key] ?? 0)) / 1000
                let swiped = event.event == .swipedAway ? Double(position) / 1000 : nil
                viewings.append(Viewing(episode: event.properties.episode, reached: reached, swipedAt: swiped))
                if swiped == nil { completes += 1 }
            case .unlocked, .liked, .experimentExposure:
                continue
            }
        }
        let shares = viewings.reduce(0.0) { total, viewing in
            total + min(1, viewing.reached / (byNumber[viewing.episode]?.duration.seconds ?? viewing.reached))
        }
        meanRetention = viewings.isEmpty ? 0 : shares / Double(viewings.count)
        completion = viewings.isEmpty ? 0 : Double(completes) / Double(viewings.count)
        self.viewings = viewings
    }

    /// Swipes while each kind of beat is on screen, over the swipes expected there from the
    /// series' normal decay at those positions (5-s bins): 1 is ordinary, 2 loses twice as many.
    static func excessLoss(_ measures: [SimulationMeasure], episodes: [SimulatedEpisode]) -> [BeatKind: (ratio: Double, exposure: Double)] {
        let byNumber = Dictionary(uniqueKeysWithValues: episodes.map { ($0.number, $0) })
        // Beat on screen per whole second, per episode.
        var beatAt: [Int: [BeatKind?]] = [:]
        for episode in episodes {
            beatAt[episode.number] = (0..<Int(episode.duration.seconds.rounded(.up))).map { episode.moment(at: .seconds(Double($0) + 0.5))?.beat }
        }
        var binExposure: [Int: Double] = [:]
        var binSwipes: [Int: Double] = [:]
        let viewings = measures.flatMap(\.viewings)
        for viewing in viewings {
            for second in 0..<Int(viewing.reached) { binExposure[second / 5, default: 0] += 1 }
            if let at = viewing.swipedAt { binSwipes[Int(at) / 5, default: 0] += 1 }
        }
        var expected: [BeatKind: Double] = [:]
        var observed: [BeatKind: Double] = [:]
        var exposure: [BeatKind: Double] = [:]
        for viewing in viewings {
            guard let beats = beatAt[viewing.episode] else { continue }
            for second in 0..<min(Int(viewing.reached), beats.count) {
                guard let beat = beats[second] else { continue }
                let bin = second / 5
                expected[beat, default: 0] += (binSwipes[bin] ?? 0) / max(binExposure[bin] ?? 1, 1)
                exposure[beat, default: 0] += 1
            }
            if let at = viewing.swipedAt, byNumber[viewing.episode] != nil, Int(at) < beats.count, let beat = beats[Int(at)] {
                observed[beat, default: 0] += 1
            }
        }
        return expected.reduce(into: [:]) { out, item in
            out[item.key] = ((observed[item.key] ?? 0) / max(item.value, 1e-9), exposure[item.key] ?? 0)
        }
    }
}

/// A written season, simulated, revised from what the simulation measured, and simulated again.
enum SimulationLoopFixture {
    struct Season: Sendable {
        var series: Series
        var plan: SeasonPlan
        var scripts: [EpisodeScript]
    }

    static func write(_ language: Language) throws -> Season {
        let writer = BeatSheetWriter()
        let premise = language == .en ? "A broke intern signs a contract marriage with a cold CEO" : "落魄实习生与冷面总裁签下一年契约婚姻"
        let series = try writer.makeBible(PremiseRequest(premise: premise, genre: .romance, episodes: 30, language: language, seed: 5, targetSeconds: 90))
        let plan = try writer.planSeason(series)
        return Season(series: series, plan: plan, scripts: try writer.writeSeason(series, plan: plan))
    }

    static let english: Season = try! write(.en)
    static let chinese: Season = try! write(.zh)

    static func episodes(_ scripts: [EpisodeScript], _ series: Series) -> [SimulatedEpisode] {
        scripts.map { SimulatedEpisode.estimated(from: $0, series: series) }
    }

    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    static func measure(_ episodes: [SimulatedEpisode], seed: UInt64, viewers: Int = 2_000, paywall: Int? = nil) -> SimulationMeasure {
        let audience = SimulatedAudience(settings: .init(viewers: viewers, seed: seed, start: start))
        return SimulationMeasure(events: audience.run(series: "loop", episodes: episodes, paywallEpisode: paywall).events, episodes: episodes)
    }

    static let middleKinds: [BeatKind] = BeatKind.allCases.filter { ![.hook, .reveal, .cliffhanger].contains($0) }

    /// Excess loss per middle beat kind over the measurement seeds, worst first.
    static func relativeLoss(_ episodes: [SimulatedEpisode], seeds: [UInt64]) -> [(BeatKind, Double)] {
        let measures = seeds.map { measure(episodes, seed: $0) }
        let loss = SimulationMeasure.excessLoss(measures, episodes: episodes)
        return middleKinds.compactMap { kind in loss[kind].flatMap { $0.exposure > 3_000 ? (kind, $0.ratio) : nil } }.sorted { $0.1 > $1.1 }
    }
}

@Suite("Synthetic audience loop")
struct SimulationLoopTests {
    @Test("notes drawn from a simulation improve retention on held-out audiences; a placebo note gains far less", arguments: Language.written)
    func revisingFromMeasuredNotesImprovesRetention(language: Language) throws {
        let season = language == .en ? SimulationLoopFixture.english : SimulationLoopFixture.chinese
        let before = SimulationLoopFixture.episodes(season.scripts, season.series)
        // Measure on three audiences.
        let loss = SimulationLoopFixture.relativeLoss(before, seeds: [1, 2, 3])
        print("synthetic excess loss by beat:", loss.map { "\($0.0.rawValue) \(String(format: "%.2f", $0.1))" }.joined(separator: ", "))
        // The notes a measurement suggests: shorten the (at most two) kinds of beat that lose
        // clearly more viewers than their place in the episode explains. The placebo shortens
        // as many of the kinds that lose the fewest, just as hard.
        let losing = Array(loss.filter { $0.1 >= 1.15 }.prefix(2))
        try #require(!losing.isEmpty, "no beat kind loses clearly more viewers: \(loss)")
        let keeping = Array(loss.reversed().prefix(losing.count))
        try #require(Set(losing.map(\.0)).isDisjoint(with: keeping.map(\.0)))

        let reviser = try ScriptReviser(series: season.series, plan: season.plan)
        func revised(_ kinds: [(BeatKind, Double)], strengths: [Double]) throws -> [SimulatedEpisode] {
            let notes = zip(kinds, strengths).map { item, strength in
                RevisionNote(
                    insight: "beat:\(item.0.rawValue)", action: .shortenBeat, beat: item.0, strength: strength,
                    evidence: "\(item.0.rawValue) beats lose \(String(format: "%.1f", item.1))× the viewers their place explains (synthetic audience)")
            }
            let revisions = try reviser.revise(season.scripts, notes: notes)
            return SimulationLoopFixture.episodes(revisions.map(\.script), season.series)
        }
        let strengths = losing.map { min(1, 0.5 + ($0.1 - 1)) }
        let after = try revised(losing, strengths: strengths)
        let placebo = try revised(keeping, strengths: strengths)
        let shortened = losing.map(\.0.rawValue).joined(separator: "+")
        let wronglyShortened = keeping.map(\.0.rawValue).joined(separator: "+")

        // Evaluate on audiences the notes were not drawn from.
        var gains: [Double] = []
        var placeboGains: [Double] = []
        for seed: UInt64 in [101, 102, 103, 104, 105, 106, 107, 108] {
            let base = SimulationLoopFixture.measure(before, seed: seed).meanRetention
            let improved = SimulationLoopFixture.measure(after, seed: seed).meanRetention
            let wrong = SimulationLoopFixture.measure(placebo, seed: seed).meanRetention
            print("seed \(seed): retention \(String(format: "%.4f", base)) → \(String(format: "%.4f", improved)) (shorten \(shortened)); placebo (shorten \(wronglyShortened)) \(String(format: "%.4f", wrong))")
            gains.append(improved - base)
            placeboGains.append(wrong - base)
        }
        let meanGain = gains.reduce(0, +) / Double(gains.count)
        let meanPlacebo = placeboGains.reduce(0, +) / Double(placeboGains.count)
        print("mean gain \(String(format: "%.4f", meanGain)), placebo \(String(format: "%.4f", meanPlacebo))")
        for gain in gains { #expect(gain > 0.003, "gains \(gains)") }
        #expect(meanGain > 0.01, "gains \(gains)")
        // Cutting any beat makes an episode shorter and its lines shorter, which this model
        // rewards a little everywhere (docs/audience-simulation.md); what the measurement adds
        // must be most of the gain.
        // Measured on eight held-out audiences: four left the comparison at the mercy of one
        // audience's noise when the writer's content changed (placebo at 52 % of the gain on
        // seeds 101-104, 17 % on 101-108).
        // The bound is relative: a season whose measured notes gain more (the Chinese one, +7.6
        // points after the writer's lengths counted the cut's reactions) also shortens more
        // in the placebo; a fixed 0.01 cap on the placebo failed it at 24 % of the gain.
        #expect(meanPlacebo < meanGain / 3, "placebo gains \(placeboGains) vs \(gains)")
    }
}
