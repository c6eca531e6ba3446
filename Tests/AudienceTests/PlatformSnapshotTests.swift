import Audience
import DramaModel
import Foundation
import Testing

/// External channels' statistics in the audience store: stored per fetch on either engine,
/// read back latest per episode and channel, stored once per fetch, refused with the field at
/// fault; and in the insight report, mapped onto the story like the built-in channel's.
@Suite("PlatformSnapshots")
struct PlatformSnapshotTests {
    static func snapshot(
        episode: Int = 1, channel: String = "youtube", platform: String = "youtube", at seconds: Double = 0, views: Int = 1200,
        retention: [PlatformSnapshot.RetentionPoint] = [.init(fraction: 0, watching: 1), .init(fraction: 0.5, watching: 0.7), .init(fraction: 1, watching: 0.4)]
    ) -> PlatformSnapshot {
        PlatformSnapshot(
            series: "s", episode: episode, channel: channel, platform: platform, fetchedAt: logStart.addingTimeInterval(seconds), views: views,
            averageViewSeconds: 9.5, likes: 40, shares: nil, comments: 3, retention: retention, durationSeconds: 15)
    }

    @Test(arguments: AudienceEngine.all)
    func aSnapshotRoundTripsOnEachEngine(_ engine: AudienceEngine) async throws {
        let (store, folder) = try await engine.fresh()
        let snapshot = Self.snapshot()
        #expect(try await store.recordPlatformSnapshot(snapshot))
        #expect(try await store.latestPlatformSnapshots(series: "s") == [snapshot])
        #expect(try await store.latestPlatformSnapshots(series: "other") == [])
        // Another process opening the same tables reads the same.
        let again = try await engine.open(folder)
        #expect(try await again.latestPlatformSnapshots(series: "s") == [snapshot])
        // A curve-less snapshot with no optional figures round-trips too.
        let bare = PlatformSnapshot(
            series: "s", episode: 2, channel: "tiktok", platform: "tiktok", fetchedAt: logStart, views: 0, durationSeconds: 15)
        #expect(try await again.recordPlatformSnapshot(bare))
        #expect(try await store.latestPlatformSnapshots(series: "s") == [bare, snapshot])
    }

    @Test(arguments: AudienceEngine.all)
    func theLatestFetchOfEachEpisodeAndChannelIsRead(_ engine: AudienceEngine) async throws {
        let (store, _) = try await engine.fresh()
        let older = Self.snapshot(at: 0, views: 100), newer = Self.snapshot(at: 3600, views: 250)
        let tiktok = Self.snapshot(channel: "tiktok", platform: "tiktok", at: 60, views: 80, retention: [])
        let second = Self.snapshot(episode: 2, at: 10, views: 30)
        #expect(try await store.recordPlatformSnapshots([newer, second, older, tiktok]) == 4)
        #expect(try await store.latestPlatformSnapshots(series: "s") == [tiktok, newer, second])
        #expect(try await store.platformSnapshotHistory(series: "s") == [tiktok, older, newer, second])
    }

    @Test(arguments: AudienceEngine.all)
    func theSameFetchIsStoredOnce(_ engine: AudienceEngine) async throws {
        let (store, _) = try await engine.fresh()
        let snapshot = Self.snapshot()
        #expect(try await store.recordPlatformSnapshot(snapshot))
        var changed = snapshot
        changed.views = 9999
        #expect(try await store.recordPlatformSnapshot(changed) == false)
        #expect(try await store.recordPlatformSnapshots([snapshot, Self.snapshot(at: 1)]) == 1)
        #expect(try await store.platformSnapshotHistory(series: "s").map(\.views) == [1200, 1200])
    }

    @Test(arguments: AudienceEngine.all)
    func aMalformedSnapshotIsRefusedWithItsFieldAndNothingIsStored(_ engine: AudienceEngine) async throws {
        let (store, _) = try await engine.fresh()
        var bad = Self.snapshot(retention: [.init(fraction: 0, watching: 1), .init(fraction: 1.2, watching: 0.5), .init(fraction: 0.5, watching: -0.1)])
        bad.views = -1
        let error = try #require(await #expect(throws: AudienceError.self) { try await store.recordPlatformSnapshot(bad) })
        #expect(error.code == .invalidInput && error.field == "views")
        #expect(error.message.contains("retention[1].fraction must be a share of the video's length from 0 to 1, not 1.2"))
        #expect(error.message.contains("retention[2].fraction must be above the point before's 1.2: points go in ascending order, not 0.5"))
        #expect(error.message.contains("retention[2].watching must be a share of viewers, 0 or more, not -0.1"))
        #expect(bad.problems.map(\.field) == ["views", "retention[1].fraction", "retention[2].fraction", "retention[2].watching"])
        // A batch is all or nothing, and names the snapshot at fault.
        let batch = try #require(await #expect(throws: AudienceError.self) { try await store.recordPlatformSnapshots([Self.snapshot(), bad]) })
        #expect(batch.field == "[1].views")
        #expect(try await store.platformSnapshotHistory(series: "s") == [])
        #expect(Self.snapshot().problems.isEmpty)
    }

    @Test func aCurveIsReadBetweenItsPoints() {
        let snapshot = Self.snapshot()
        #expect(isClose(snapshot.watching(at: 0.25) ?? -1, 0.85))
        #expect(snapshot.watching(at: 1) == 0.4)
        #expect(Self.snapshot(retention: []).watching(at: 0.5) == nil)
        #expect(snapshot.platformName == "YouTube" && Self.snapshot(platform: "tiktok").platformName == "TikTok")
    }
}
