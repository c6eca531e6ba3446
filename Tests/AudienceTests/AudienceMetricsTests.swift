import Audience
import DramaModel
import Foundation
import Testing

/// Every metric on a small hand-computed log (10-second episodes).
///
/// Episode 1, seven viewers (positions in seconds; "covers" = instants passed):
/// - a: heartbeats every 5 s, completes at 10 → covers 0–9 once.
/// - b: the same as a, arriving in reverse order over two batches, one event resent.
/// - c: heartbeat at 5 missing (next at 8), swipes at 8.5 → covers 0–8.
/// - d: seeks from 2 to 7 in one second, completes at 10 → covers 0,1 and 7–9.
/// - e: plays to 6, rewinds to 2, plays to 6 again, completes → 2–5 twice.
/// - f: completes, then rewatches 0–5 later and swipes → 0–4 twice.
/// - g: swipes at 2 → covers 0,1.
/// Episode 2 (paywall): a (unlocks, starts 2 s after completing ep 1: same session), b
/// (starts two days later), d (starts 0.5 s after completing), f (starts before its
/// rewatch of ep 1), c (did not complete ep 1; swipes at 1), h (only unlocks).
@Suite("Audience metrics")
struct AudienceMetricsTests {
    static let ten: Int64 = 10_000

    func buildLog() -> (early: [ViewerEvent], late: [ViewerEvent], resent: ViewerEvent) {
        var log = EventLog()
        log.view("a", episode: 1, start: 0, exit: Self.ten, length: Self.ten)
        var bLog = EventLog()
        bLog.view("b", episode: 1, start: 0, exit: Self.ten, length: Self.ten)
        log.add(.playbackStarted, "c", episode: 1, at: 0, position: 0)
        log.add(.contentPlaying, "c", episode: 1, at: 8, position: 8000)
        log.add(.swipedAway, "c", episode: 1, at: 8.5, position: 8500)
        log.add(.playbackStarted, "d", episode: 1, at: 0, position: 0)
        log.add(.contentPlaying, "d", episode: 1, at: 2, position: 2000)
        log.add(.contentPlaying, "d", episode: 1, at: 3, position: 7000)
        log.add(.playbackCompleted, "d", episode: 1, at: 6, position: 10_000)
        log.add(.playbackStarted, "e", episode: 1, at: 0, position: 0)
        log.add(.contentPlaying, "e", episode: 1, at: 6, position: 6000)
        log.add(.contentPlaying, "e", episode: 1, at: 7, position: 2000)
        log.add(.contentPlaying, "e", episode: 1, at: 11, position: 6000)
        log.add(.playbackCompleted, "e", episode: 1, at: 15, position: 10_000)
        log.add(.playbackStarted, "f", episode: 1, at: 0, position: 0)
        log.add(.playbackCompleted, "f", episode: 1, at: 10, position: 10_000)
        log.add(.playbackStarted, "f", episode: 1, at: 100, position: 0)
        log.add(.contentPlaying, "f", episode: 1, at: 104, position: 4000)
        log.add(.swipedAway, "f", episode: 1, at: 105, position: 5000)
        log.add(.playbackStarted, "g", episode: 1, at: 0, position: 0)
        log.add(.swipedAway, "g", episode: 1, at: 2, position: 2000)
        // Episode 2.
        log.add(.unlocked, "a", episode: 2, at: 11)
        log.view("a", episode: 2, start: 12, exit: Self.ten, length: Self.ten)
        log.view("b", episode: 2, start: 10 + 2 * 86_400, exit: Self.ten, length: Self.ten)
        log.add(.unlocked, "d", episode: 2, at: 6.2)
        log.view("d", episode: 2, start: 6.5, exit: Self.ten, length: Self.ten)
        log.view("f", episode: 2, start: 50, exit: Self.ten, length: Self.ten)
        log.add(.playbackStarted, "c", episode: 2, at: 20, position: 0)
        log.add(.swipedAway, "c", episode: 2, at: 21, position: 1000)
        log.add(.unlocked, "h", episode: 2, at: 30)
        let bEvents = Array(bLog.events.reversed())
        return (log.events + bEvents.prefix(2), Array(bEvents.dropFirst(2)), bEvents[0])
    }

    func metrics(_ engine: AudienceEngine, durations: Bool = true) async throws -> SeriesMetrics {
        let (store, _) = try await engine.fresh()
        let (early, late, resent) = buildLog()
        // Late events first, in reverse: out-of-order arrival across batches.
        _ = try await store.append(Array(early.reversed()))
        let report = try await store.append(late + [resent])
        #expect(report.duplicates == 1 && report.accepted == late.count)
        let configuration = MetricsConfiguration(
            paywallEpisode: 2, episodeDurations: durations ? [1: .milliseconds(Self.ten), 2: .milliseconds(Self.ten)] : [:])
        return try await store.metrics(series: "s", configuration: configuration)
    }

    @Test(arguments: AudienceEngine.all)
    func startsHookAndSwipesBeforeTheHook(_ engine: AudienceEngine) async throws {
        let m = try await metrics(engine)
        let one = try #require(m.episodes.first { $0.episode == 1 })
        let two = try #require(m.episodes.first { $0.episode == 2 })
        #expect(one.starts == 7 && two.starts == 5)  // h only unlocked: not a start
        #expect(one.hooked == 5 && isClose(one.hookRate, 5.0 / 7))  // d seeked over 3 s, g swiped
        #expect(one.swipedBeforeHook == 1 && two.swipedBeforeHook == 1)
        #expect(two.hooked == 4)
        #expect(isClose(m.hookRate, 9.0 / 12))
        #expect(m.viewers == 8 && m.starts == 12)
    }

    @Test(arguments: AudienceEngine.all)
    func absoluteRetentionCountsRewindsAndRewatchesAndReachDoesNot(_ engine: AudienceEngine) async throws {
        let m = try await metrics(engine)
        let one = try #require(m.episodes.first { $0.episode == 1 })
        let passes: [Double] = [8, 8, 7, 7, 7, 6, 5, 6, 6, 5]
        let reached: [Double] = [7, 7, 5, 5, 5, 5, 5, 6, 6, 5]
        #expect(isClose(one.retention, passes.map { $0 / 7 }))
        #expect(one.retention[0] > 1)
        #expect(isClose(one.reach, reached.map { $0 / 7 }))
        #expect(one.length == .milliseconds(10_000))
    }

    @Test(arguments: AudienceEngine.all)
    func relativeRetentionIsAgainstTheSeriesMedianEpisode(_ engine: AudienceEngine) async throws {
        let m = try await metrics(engine)
        let one = try #require(m.episodes.first { $0.episode == 1 })
        let two = try #require(m.episodes.first { $0.episode == 2 })
        #expect(isClose(two.retention, [1] + Array(repeating: 0.8, count: 9)))
        // The median of two episodes is their mean.
        let firstSecond: Double = 8.0 / 7
        let median0: Double = (firstSecond + 1) / 2
        let median9: Double = (5.0 / 7 + 0.8) / 2
        #expect(isClose(m.medianRetention[0], median0))
        #expect(isClose(one.relativeRetention[0], firstSecond / median0))
        #expect(isClose(two.relativeRetention[9], 0.8 / median9))
    }

    @Test(arguments: AudienceEngine.all)
    func averageViewDurationIncludesRewatchesAndSkipsSeeks(_ engine: AudienceEngine) async throws {
        let m = try await metrics(engine)
        let one = try #require(m.episodes.first { $0.episode == 1 })
        // a 10, b 10, c 8.5, d 2+3, e 6+4+4, f 10+4+1, g 2 = 64.5 s over 7 starts.
        #expect(one.averageViewDuration == .milliseconds(64_500 / 7))
        let two = try #require(m.episodes.first { $0.episode == 2 })
        #expect(two.averageViewDuration == .milliseconds(41_000 / 5))
        #expect(m.averageViewDuration == .milliseconds((64_500 + 41_000) / 12))
    }

    @Test(arguments: AudienceEngine.all)
    func completionAndContinueWithinTheWindow(_ engine: AudienceEngine) async throws {
        let m = try await metrics(engine)
        let one = try #require(m.episodes.first { $0.episode == 1 })
        let two = try #require(m.episodes.first { $0.episode == 2 })
        #expect(one.completions == 5 && isClose(one.completionRate, 5.0 / 7))
        // a (same session), d (0.5 s later), f (before its rewatch); not b (2 days), not e (no ep 2), c did not complete.
        #expect(one.continues == 3 && one.continueRate == 0.6)
        #expect(two.completions == 4 && two.continueRate == nil)
        #expect(m.continueRate == 0.6)
        #expect(isClose(m.completionRate, 9.0 / 12))
    }

    @Test(arguments: AudienceEngine.all)
    func aLongerWindowCountsTheLateViewerAsContinuing(_ engine: AudienceEngine) async throws {
        let (store, _) = try await engine.fresh()
        let (early, late, _) = buildLog()
        _ = try await store.append(early + late)
        let m = try await store.metrics(series: "s", configuration: MetricsConfiguration(continueWindow: MediaTime(value: 3 * 86_400, rate: 1)))
        #expect(m.episodes.first?.continues == 4)
    }

    @Test(arguments: AudienceEngine.all)
    func paywallConversionIsUnlocksOverViewersWhoReachedIt(_ engine: AudienceEngine) async throws {
        let m = try await metrics(engine)
        // Reached: a, b, d, e, f completed ep 1; c and h have events on ep 2. Unlocked: a, d, h.
        #expect(m.paywall == SeriesMetrics.PaywallConversion(episode: 2, reached: 7, unlocked: 3, rate: 3.0 / 7))
    }

    @Test(arguments: AudienceEngine.all)
    func theLengthIsEstimatedFromCompletionsWhenNotGiven(_ engine: AudienceEngine) async throws {
        let m = try await metrics(engine, durations: false)
        #expect(m.episodes.map(\.length) == [.milliseconds(10_000), .milliseconds(10_000)])
        #expect(m.episodes[0].retention.count == 10)
    }

    @Test(arguments: AudienceEngine.all)
    func aSteepSecondIsAHotspotAndNormalDecayIsNot(_ engine: AudienceEngine) async throws {
        let (store, _) = try await engine.fresh()
        var log = EventLog()
        // 100 viewers of a 20 s episode: one leaves in each of seconds 0–17, twenty more during second 12.
        for viewer in 0..<100 {
            let exit: Int64 = viewer < 18 ? Int64(viewer) * 1000 + 500 : viewer < 38 ? 12_500 : 20_000
            log.view("v\(viewer)", episode: 1, start: Double(viewer), exit: exit, length: 20_000)
        }
        _ = try await store.append(log.events)
        let m = try await store.metrics(series: "s", configuration: MetricsConfiguration(episodeDurations: [1: .milliseconds(20_000)]))
        let hotspots = try #require(m.episodes.first?.hotspots)
        #expect(hotspots.count == 1)
        #expect(hotspots.first?.at == MediaTime(value: 12, rate: 1))
        #expect(hotspots.first?.viewersLost == 21)
        #expect(isClose(hotspots.first?.loss ?? 0, 0.21))
        // The spread is floored (0.0025): the loss of 0.20 over the median 0.01 scores 80.
        #expect(isClose(hotspots.first?.score ?? 0, 80, within: 1e-6))
    }

    @Test(arguments: AudienceEngine.all)
    func rejectedEventsAreCountedDurablyPerSeries(_ engine: AudienceEngine) async throws {
        let (store, folder) = try await engine.fresh()
        let body = """
            {"batch":[
             {"message_id":"m1","event":"liked","anonymous_id":"a","timestamp":"2026-01-01T00:00:01Z","properties":{"series":"s","episode":1}},
             {"message_id":"m2","event":"nope","anonymous_id":"a","timestamp":"2026-01-01T00:00:01Z","properties":{"series":"s","episode":1}},
             {"message_id":"m3","event":"liked","anonymous_id":"a","timestamp":"2026-01-01T00:00:01Z","properties":{"series":"s","episode":0}},
             {"message_id":"m4","event":"liked","anonymous_id":"a","timestamp":"2026-01-01T00:00:01Z","properties":{"series":"t","episode":1}}
            ]}
            """
        let report = try await store.ingest(Data(body.utf8), knownSeries: ["s"], receivedAt: logStart)
        #expect(report.accepted == 1 && report.rejected.count == 3)
        let again = try await store.ingest(Data(body.utf8), knownSeries: ["s"], receivedAt: logStart)
        #expect(again.accepted == 0 && again.duplicates == 1)
        let reopened = try await engine.open(folder)
        #expect(try await reopened.rejectedCount(series: "s") == 4)
        #expect(try await reopened.rejectedCount(series: "t") == 2)
        #expect(try await reopened.metrics(series: "s").rejectedEvents == 4)
        #expect(try await reopened.eventCount(series: "s") == 1)
    }

    @Test(arguments: AudienceEngine.all)
    func appendRefusesEventsBuiltWrongAndCountsThem(_ engine: AudienceEngine) async throws {
        let (store, _) = try await engine.fresh()
        let bad = ViewerEvent(messageID: "x", name: .contentPlaying, anonymousID: "a", timestamp: logStart, series: "s", episode: 1)
        let zero = ViewerEvent(messageID: "y", name: .liked, anonymousID: "a", timestamp: logStart, series: "s", episode: 0)
        let report = try await store.append([bad, zero])
        #expect(report.rejected.map(\.field) == ["[0].properties.position_ms", "[1].properties.episode"])
        #expect(try await store.rejectedCount(series: "s") == 2)
    }

    /// Two 10 s episodes watched plainly and a 20 s one with a single viewer who rewinds
    /// seconds 10–13: past 10 s only the long episode runs.
    func longTailLog() -> [ViewerEvent] {
        var log = EventLog()
        for viewer in ["a", "b"] {
            log.view(viewer, episode: 1, start: 0, exit: 10_000, length: 10_000)
            log.view(viewer, episode: 2, start: 100, exit: 10_000, length: 10_000)
        }
        log.add(.playbackStarted, "c", episode: 3, at: 0, position: 0)
        log.add(.contentPlaying, "c", episode: 3, at: 14, position: 14_000)
        log.add(.contentPlaying, "c", episode: 3, at: 14.5, position: 10_000)
        log.add(.playbackCompleted, "c", episode: 3, at: 24.5, position: 20_000)
        return log.events
    }

    @Test(arguments: AudienceEngine.all)
    func theMedianEpisodeCountsEndedEpisodesAsNobodyWatchingSoOneLongEpisodeCannotLiftItsTail(_ engine: AudienceEngine) async throws {
        let (store, _) = try await engine.fresh()
        _ = try await store.append(longTailLog())
        let m = try await store.metrics(
            series: "s", configuration: MetricsConfiguration(episodeDurations: [1: .seconds(10), 2: .seconds(10), 3: .seconds(20)]))
        let three = try #require(m.episodes.first { $0.episode == 3 })
        #expect(isClose(three.retention[12], 2))  // the rewind: second 12 passed twice
        #expect(m.medianRetention.count == 20)
        // Past 10 s two of the three episodes have ended: the median episode has too.
        #expect(m.medianRetention[10...].allSatisfy { $0 == 0 }, "\(m.medianRetention)")
        #expect(m.medianRetention.allSatisfy { $0 <= 1 })
        #expect(isClose(m.medianReach, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] + Array(repeating: 0, count: 10)))
    }

    @Test(arguments: AudienceEngine.all)
    func onlyTheChosenEpisodesCountAndTheirSyntheticViewersAreCounted(_ engine: AudienceEngine) async throws {
        let (store, _) = try await engine.fresh()
        var log = EventLog()
        log.view("synthetic-1-0", episode: 1, start: 0, exit: 10_000, length: 10_000)
        log.view("synthetic-1-0", episode: 2, start: 20, exit: 10_000, length: 10_000)
        log.view("real", episode: 1, start: 0, exit: 10_000, length: 10_000)
        log.view("synthetic-1-1", episode: 3, start: 0, exit: 10_000, length: 10_000)
        _ = try await store.append(log.events)
        let all = try await store.figures(series: "s", configuration: MetricsConfiguration(paywallEpisode: 3))
        #expect(all.metrics.viewers == 3 && all.syntheticViewers == 2)
        let two = try await store.figures(series: "s", configuration: MetricsConfiguration(paywallEpisode: 3, episodes: [1, 2]))
        #expect(two.metrics.episodes.map(\.episode) == [1, 2])
        #expect(two.metrics.viewers == 2 && two.syntheticViewers == 1 && two.metrics.starts == 3)
        #expect(two.metrics.paywall == SeriesMetrics.PaywallConversion(episode: 3, reached: 1, unlocked: 0, rate: 0))
        #expect(two.metrics.episodes.last?.continueRate == nil, "episode 3 is left out, so nobody continues from 2")
        let none = try await store.figures(series: "s", configuration: MetricsConfiguration(episodes: []))
        #expect(none.metrics.viewers == 0 && none.metrics.episodes.isEmpty)
    }

    @Test(arguments: AudienceEngine.all)
    func figuresReadAgainAreNeverStaleAfterNewEventsOrRefusals(_ engine: AudienceEngine) async throws {
        let (store, folder) = try await engine.fresh()
        var log = EventLog()
        log.view("a", episode: 1, start: 0, exit: 10_000, length: 10_000)
        _ = try await store.append(log.events)
        let configuration = MetricsConfiguration(episodeDurations: [1: .seconds(10)])
        #expect(try await store.metrics(series: "s", configuration: configuration).starts == 1)
        #expect(try await store.metrics(series: "s", configuration: configuration).starts == 1)
        // Another process (another store on the same file) adds a viewer: the figures follow.
        let other = try await engine.open(folder)
        var more = EventLog()
        more.view("b", episode: 1, start: 50, exit: 4_000, length: 10_000)
        _ = try await other.append(more.events)
        let after = try await store.metrics(series: "s", configuration: configuration)
        #expect(after.starts == 2 && after.completions(of: 1) == 1)
        // A refusal alone changes the count of rejected events.
        let bad = ViewerEvent(messageID: "z", name: .liked, anonymousID: "a", timestamp: logStart, series: "s", episode: 0)
        _ = try await other.append([bad])
        #expect(try await store.metrics(series: "s", configuration: configuration).rejectedEvents == 1)
    }
}

extension SeriesMetrics {
    /// Completions of `episode` (0 without data).
    func completions(of episode: Int) -> Int { episodes.first { $0.episode == episode }?.completions ?? 0 }
}
