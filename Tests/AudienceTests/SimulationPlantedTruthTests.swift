import Audience
import Basics
import DramaModel
import Foundation
import Testing

/// What a run did per episode, counted from its events.
struct SimulationFunnel {
    var starts: [Int: Int] = [:]
    var hooked: [Int: Int] = [:]
    var completions: [Int: Int] = [:]
    var unlocks = 0

    init(_ events: [SimulatedEvent], variant: String? = nil) {
        var furthest: [String: Int64] = [:]
        for event in events where variant == nil || event.properties.variant == variant {
            let key = "\(event.anonymousID)/\(event.properties.episode)"
            switch event.event {
            case .playbackStarted where furthest[key] == nil:
                starts[event.properties.episode, default: 0] += 1
                furthest[key] = 0
            case .playbackCompleted:
                completions[event.properties.episode, default: 0] += 1
            case .unlocked:
                unlocks += 1
            default: break
            }
            if let position = event.properties.positionMs, let before = furthest[key], position > before {
                if before <= 3_000, position > 3_000 { hooked[event.properties.episode, default: 0] += 1 }
                furthest[key] = position
            }
        }
    }

    func hookRate(_ episode: Int) -> Double { Double(hooked[episode] ?? 0) / Double(max(1, starts[episode] ?? 0)) }
    func completionRate(_ episode: Int) -> Double { Double(completions[episode] ?? 0) / Double(max(1, starts[episode] ?? 0)) }
    /// Starts of `episode` over starts of episode 1.
    func carried(to episode: Int) -> Double { Double(starts[episode] ?? 0) / Double(max(1, starts[1] ?? 0)) }
}

@Suite("Synthetic audience: planted truth")
struct SimulationPlantedTruthTests {
    static var episodes: [SimulatedEpisode] { SimulationLoopFixture.episodes(Array(SimulationLoopFixture.english.scripts.prefix(4)), SimulationLoopFixture.english.series) }

    func run(seed: UInt64, viewers: Int = 600, appeal: Double = 0, effects: [String: SimulationVariantEffect] = [:], variant: String = "synthetic",
             variants: SimulationVariants? = nil, paywall: Int? = 4) -> SimulationRun {
        let settings = SimulatedAudience.Settings(
            viewers: viewers, seed: seed, start: SimulationLoopFixture.start, variant: variant, appeal: appeal, variantEffects: effects)
        return SimulatedAudience(settings: settings).run(series: "planted", episodes: Self.episodes, paywallEpisode: paywall, variants: variants)
    }

    @Test("a run with nothing planted makes exactly the events it made before planting existed")
    func unplantedRunsAreUnchanged() {
        // The digest of these events as the simulator made them before appeal and variant
        // effects were added (commit 92e18e7): any change to an unplanted run changes it.
        let lines = run(seed: 9, viewers: 300).jsonLines()
        #expect(StableHash.fnv1a(lines) == 8_191_676_727_018_402_436, "digest \(StableHash.fnv1a(lines))")
        let neutral = run(seed: 9, viewers: 300, effects: ["synthetic": SimulationVariantEffect()])
        #expect(neutral.jsonLines() == lines)
        let nobody = SimulationVariants { _, _ in nil }
        #expect(run(seed: 9, viewers: 300, variants: nobody).jsonLines() == lines)
    }

    @Test("a more appealing series hooks, completes, carries and converts more viewers", arguments: [UInt64(3), 11])
    func appealMovesEveryRateUp(seed: UInt64) {
        let funnels = [-0.6, 0, 0.6].map { SimulationFunnel(run(seed: seed, appeal: $0).events) }
        for (low, high) in zip(funnels, funnels.dropFirst()) {
            #expect(high.hookRate(1) > low.hookRate(1), "hook \(low.hookRate(1)) → \(high.hookRate(1))")
            #expect(high.completionRate(1) > low.completionRate(1), "completion \(low.completionRate(1)) → \(high.completionRate(1))")
            #expect(high.carried(to: 3) > low.carried(to: 3), "carried to 3: \(low.carried(to: 3)) → \(high.carried(to: 3))")
            #expect(high.unlocks > low.unlocks, "unlocks \(low.unlocks) → \(high.unlocks)")
        }
    }

    @Test("the hidden appeal comes from the seed and the series id alone")
    func hiddenAppealIsDrawnFromSeedAndSeries() {
        let a = SimulatedAudience.hiddenAppeal(seed: 5, series: "paper-vows")
        #expect(a == SimulatedAudience.hiddenAppeal(seed: 5, series: "paper-vows"))
        let draws = (0..<200).map { SimulatedAudience.hiddenAppeal(seed: 5, series: "series-\($0)") }
        #expect(Set(draws).count == 200)
        let mean = draws.reduce(0, +) / 200
        let sd = (draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 199).squareRoot()
        #expect(abs(mean) < 0.1 && sd > 0.25 && sd < 0.45, "mean \(mean), sd \(sd)")
        #expect(SimulatedAudience.hiddenAppeal(seed: 6, series: "paper-vows") != a)
    }

    @Test("viewers assigned a variant play its cut, carry its name and meet its hidden effect")
    func variantsArePlayedWithTheirEffects() throws {
        // The alternative cut of episode 1 is episode 2's timeline: a different length shows it was played.
        let alternative = Self.episodes[1]
        let variants = SimulationVariants(episodes: [1: ["b": alternative]]) { viewer, episode in
            episode == 1 && StableHash.of("hook-test", viewer) % 2 == 0 ? "b" : nil
        }
        let effects = ["b": SimulationVariantEffect(hookImpatience: 0.2, cliffPull: 1.5)]
        let events = run(seed: 4, viewers: 2_000, effects: effects, variants: variants).events
        let shown = events.filter { $0.properties.variant == "b" }
        #expect(!shown.isEmpty && shown.allSatisfy { $0.properties.episode == 1 && StableHash.of("hook-test", $0.anonymousID) % 2 == 0 })
        let completedB = try #require(shown.first { $0.event == .playbackCompleted })
        #expect(completedB.properties.positionMs == alternative.duration.converted(to: 1000).value)
        let completedA = try #require(events.first { $0.event == .playbackCompleted && $0.properties.episode == 1 && $0.properties.variant == "synthetic" })
        #expect(completedA.properties.positionMs == Self.episodes[0].duration.converted(to: 1000).value)
        // The planted effect, against the same cut without it.
        let plain = run(seed: 4, viewers: 2_000, variants: variants).events
        let planted = SimulationFunnel(events, variant: "b")
        let unplanted = SimulationFunnel(plain, variant: "b")
        #expect(planted.hookRate(1) > unplanted.hookRate(1), "\(unplanted.hookRate(1)) → \(planted.hookRate(1))")
        let goOn = { (all: [SimulatedEvent]) -> Double in
            let b = Set(all.filter { $0.properties.variant == "b" && $0.event == .playbackCompleted }.map(\.anonymousID))
            let next = Set(all.filter { $0.properties.episode == 2 && $0.event == .playbackStarted }.map(\.anonymousID))
            return Double(b.intersection(next).count) / Double(max(1, b.count))
        }
        #expect(goOn(events) > goOn(plain) + 0.03, "\(goOn(plain)) → \(goOn(events))")
    }

    @Test("a run's own variant takes its hidden effect on every episode")
    func theRunVariantTakesItsEffect() {
        let plain = SimulationFunnel(run(seed: 8, variant: "treatment").events)
        let planted = SimulationFunnel(run(seed: 8, effects: ["treatment": SimulationVariantEffect(interest: 0.5)], variant: "treatment").events)
        #expect(planted.completionRate(1) > plain.completionRate(1))
        #expect(planted.carried(to: 3) > plain.carried(to: 3))
    }
}
