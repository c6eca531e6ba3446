import Audience
import DramaModel
import Foundation
import PostgresStore
import Production
import TestSupport
import Testing

/// The audience store in a shared PostgreSQL database, as several studio processes use it:
/// the same events give the same figures as in SQLite, a message id is stored once whichever
/// process gets it, and two processes adding events to one view at once leave the rollup one
/// process would have made. Each "process" is a store with connections of its own.
@Suite struct SharedAudienceStoreTests {
    static let skipNote: Comment = "CLIFF_TEST_POSTGRES_URL is not set: scripts/postgres.sh starts a throwaway cluster for these tests"

    /// Viewers of three 20 s episodes with some of everything the store sums up: heartbeats,
    /// seeks, rewinds, swipes, completions, unlocks, likes, a title experiment's tags and
    /// exposures on episode 2, synthetic viewers. Deterministic.
    static func audience(viewers: Int = 120, series: String = "s") -> [ViewerEvent] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var events: [ViewerEvent] = []
        var counter = 0
        for index in 0..<viewers {
            let viewer = index % 7 == 0 ? "synthetic-1-\(index)" : "viewer-\(index)"
            let variant = "title/" + (index % 2 == 0 ? "A" : "B")
            var clock = Double(index * 37)
            for episode in 1...3 {
                func add(_ name: ViewerEvent.Name, _ position: Int64?, tagged: Bool = false) {
                    counter += 1
                    events.append(ViewerEvent(
                        messageID: "m-\(counter)", name: name, anonymousID: viewer, timestamp: logStart.addingTimeInterval(clock),
                        series: series, episode: episode, position: position.map { .milliseconds($0) }, sessionID: "session-\(index)",
                        variant: tagged ? variant : nil))
                }
                let tagged = episode == 2 && index % 3 != 0
                if tagged { add(.experimentExposure, nil, tagged: true) }
                if episode == 3, next(2) == 0 { add(.unlocked, nil) }
                add(.playbackStarted, 0, tagged: tagged)
                var position: Int64 = 0
                let exit = Int64(2_000 + next(19_000))
                while position + 5_000 < exit {
                    position += next(6) == 0 ? 9_000 : 5_000  // now and then a seek
                    clock += 5
                    add(.contentPlaying, min(position, 20_000), tagged: tagged)
                    if next(10) == 0, position > 6_000 {  // a rewind
                        position -= 4_000
                        clock += 0.5
                        add(.contentPlaying, position, tagged: tagged)
                    }
                }
                clock += Double(exit - position) / 1000
                if next(5) == 0 { add(.liked, nil) }
                add(exit >= 20_000 ? .playbackCompleted : exit > 15_000 ? .playbackCompleted : .swipedAway, min(exit, 20_000), tagged: tagged)
                clock += Double(next(4) == 0 ? 90_000 : 3)
                if exit < 8_000, next(2) == 0 { break }
            }
        }
        return events
    }

    /// Everything the store answers about series `s`, for comparing two stores.
    struct Answers: Equatable {
        var figures: [AudienceStore.SeriesFigures]
        var summaries: [AudienceStore.ViewSummary]
        var outcomes: [VariantOutcome]
        var conflicts: Int
        var synthetic: Int
        var events: Int
        var rejected: Int
        var series: [String]

        init(_ store: AudienceStore) async throws {
            var figures: [AudienceStore.SeriesFigures] = []
            for configuration in [
                MetricsConfiguration(paywallEpisode: 3), MetricsConfiguration(episodeDurations: [1: .seconds(20), 2: .seconds(20), 3: .seconds(20)]),
                MetricsConfiguration(episodes: [2, 3]),
            ] {
                figures.append(try await store.figures(series: "s", configuration: configuration))
            }
            self.figures = figures
            summaries = try await store.viewSummaries(series: "s", episodes: 1...3)
            (outcomes, conflicts) = try await store.variantOutcomes(series: "s", episodes: 2...2, experiment: "title")
            synthetic = try await store.syntheticViewers(series: "s")
            events = try await store.eventCount(series: "s")
            rejected = try await store.rejectedCount(series: "s")
            series = try await store.seriesIDs()
        }
    }

    @Test(.enabled(if: AudienceEngine.postgresURL != nil, skipNote))
    func theSameEventsGiveTheSameFiguresOnSQLiteAndPostgreSQL() async throws {
        let events = Self.audience()
        let bad = ViewerEvent(messageID: "bad", name: .liked, anonymousID: "x", timestamp: logStart, series: "s", episode: 0)
        var stores: [AudienceStore] = []
        for engine in [AudienceEngine.sqlite, .postgres] {
            let (store, _) = try await engine.fresh()
            // Shuffled into batches out of order, some sent twice, one refused.
            for start in stride(from: 0, to: events.count, by: 250).reversed() {
                _ = try await store.append(Array(events[start..<min(start + 250, events.count)]).reversed() + [bad])
            }
            let again = try await store.append(Array(events.prefix(300)))
            #expect(again.accepted == 0 && again.duplicates == 300)
            _ = try await store.append([ViewerEvent(messageID: "other-1", name: .liked, anonymousID: "x", timestamp: logStart, series: "t", episode: 1)])
            stores.append(store)
        }
        let sqlite = try await Answers(stores[0])
        let postgres = try await Answers(stores[1])
        #expect(sqlite.summaries.count > 200 && sqlite.outcomes.count > 40 && sqlite.synthetic > 10, "the log has something of everything")
        #expect(sqlite.events == events.count)
        #expect(postgres.figures == sqlite.figures)
        #expect(postgres.summaries == sqlite.summaries)
        #expect(postgres.outcomes == sqlite.outcomes)
        #expect(postgres == sqlite)
        // Tiles: impressions once per token, a click once per impression.
        for store in stores {
            #expect(try await store.recordTileImpression(series: "s", experiment: "title", arm: "A", token: "t1", at: logStart) == 1)
            #expect(try await store.recordTileImpression(series: "s", experiment: "title", arm: "A", token: "t1", at: logStart) == 1)
            #expect(try await store.recordTileImpression(series: "s", experiment: "title", arm: "B", token: "t2", at: logStart) == 2)
            #expect(try await store.recordTileClick(token: "t1", series: "s", at: logStart))
            #expect(!(try await store.recordTileClick(token: "t1", series: "s", at: logStart)))
            #expect(!(try await store.recordTileClick(token: "nope", series: "s", at: logStart)))
            let allocation = TileAllocation(impressions: 2, at: logStart, shares: ["A": 0.7, "B": 0.3], counts: try await store.tileCounts(series: "s", experiment: "title"))
            try await store.recordTileAllocation(series: "s", experiment: "title", allocation)
            try await store.recordTileAllocation(series: "s", experiment: "title", allocation)
        }
        #expect(try await stores[1].tileCounts(series: "s", experiment: "title") == [TileArmCounts(arm: "A", impressions: 1, clicks: 1), TileArmCounts(arm: "B", impressions: 1, clicks: 0)])
        #expect(try await stores[1].tileAllocations(series: "s", experiment: "title") == stores[0].tileAllocations(series: "s", experiment: "title"))
    }

    @Test(.enabled(if: AudienceEngine.postgresURL != nil, skipNote))
    func aMessageIDSentToTwoProcessesAtOnceIsStoredOnce() async throws {
        let (first, folder) = try await AudienceEngine.postgres.fresh()
        let second = try await AudienceEngine.postgres.open(folder)
        let events = Self.audience(viewers: 40)
        // Both get every batch at the same moment (a client retrying against another process).
        var accepted = 0, duplicates = 0
        for start in stride(from: 0, to: events.count, by: 200) {
            let batch = Array(events[start..<min(start + 200, events.count)])
            async let a = first.append(batch)
            async let b = second.append(batch.reversed())
            let (one, two) = try await (a, b)
            accepted += one.accepted + two.accepted
            duplicates += one.duplicates + two.duplicates
        }
        #expect(accepted == events.count && duplicates == events.count)
        #expect(try await first.eventCount(series: "s") == events.count)
        let (reference, _) = try await AudienceEngine.sqlite.fresh()
        _ = try await reference.append(events)
        #expect(try await Answers(second) == Answers(reference))
    }

    @Test(.enabled(if: AudienceEngine.postgresURL != nil, skipNote))
    func twoProcessesAddingEventsToTheSameViewsAtOnceLeaveTheRollupOfOne() async throws {
        let (first, folder) = try await AudienceEngine.postgres.fresh()
        let second = try await AudienceEngine.postgres.open(folder)
        let events = Self.audience(viewers: 60)
        // Every view's events dealt alternately to the two processes, in small batches sent
        // concurrently: both fold into the same views all the time.
        let halves = [events.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), events.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)]
        async let a: Int = Self.send(halves[0], to: first)
        async let b: Int = Self.send(halves[1], to: second)
        let accepted = try await a + b
        #expect(accepted == events.count)
        let (reference, _) = try await AudienceEngine.sqlite.fresh()
        _ = try await reference.append(events)
        #expect(try await Answers(first) == Answers(reference))
        #expect(try await Answers(second) == Answers(reference))
    }

    static func send(_ events: [ViewerEvent], to store: AudienceStore) async throws -> Int {
        var accepted = 0
        for start in stride(from: 0, to: events.count, by: 40) {
            accepted += try await store.append(Array(events[start..<min(start + 40, events.count)])).accepted
        }
        return accepted
    }

    @Test(.enabled(if: AudienceEngine.postgresURL != nil, skipNote))
    func tablesWrittenByANewerCliffAreRefusedInOneLineAndLeftAlone() async throws {
        let (store, folder) = try await AudienceEngine.postgres.fresh()
        _ = try await store.append(Array(Self.audience(viewers: 2)))
        let url = try #require(AudienceEngine.postgresURL)
        let database = try await PostgresDatabase.open(url, schema: AudienceEngine.schema(for: folder), logger: AudienceEngine.quiet)
        try await database.write { db in
            try await db.execute("INSERT INTO cliff_migrations (identifier, applied_at) VALUES ('audience.v99-future', 0)")
        }
        let error = await #expect(throws: AudienceError.self) { try await AudienceEngine.postgres.open(folder) }
        #expect(error?.code == .databaseTooNew)
        #expect(error?.message.contains("audience.v99-future") == true)
        #expect(error?.message.split(separator: "\n").count == 1)
        #expect(error?.message.contains(URLComponents(string: url)?.password ?? "\u{0}") == false, "never the password")
        #expect(try await store.eventCount(series: "s") > 0, "the tables are left as they were")
        await database.shutdown()
    }
}
