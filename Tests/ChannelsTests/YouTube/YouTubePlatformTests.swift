import AsyncHTTPClient
import Channels
import Foundation
import Logging
import Synchronization
import TestSupport
import Testing

/// Tokens that count their refreshes; a refresh hands out `fresh`.
final class CountingTokens: AccessTokenSource {
    private let state: Mutex<(token: String, refreshes: Int)>
    let fresh: String

    init(token: String, fresh: String = "token-2") {
        state = Mutex((token, 0))
        self.fresh = fresh
    }

    var refreshes: Int { state.withLock { $0.refreshes } }

    func accessToken() async throws(ChannelsError) -> String { state.withLock { $0.token } }

    func refresh(rejected: String) async throws(ChannelsError) -> String {
        state.withLock {
            if $0.token == rejected {
                $0.token = fresh
                $0.refreshes += 1
            }
            return $0.token
        }
    }
}

/// What `publish` recorded and reported, with a way to fail a record as a killed process would.
final class Recorder: Sendable {
    struct State {
        var checkpoints: [UploadCheckpoint] = []
        var progress: [Int64] = []
        /// Chunk PUTs the server had seen when the session checkpoint was recorded.
        var putsWhenSessionRecorded: Int?
        /// Recording a checkpoint this says yes to throws (once).
        var failWhen: (@Sendable (UploadCheckpoint) -> Bool)?
    }

    struct Killed: Error {}

    let state = Mutex(State())
    let server: YouTubeTestServer

    init(_ server: YouTubeTestServer, failWhen: (@Sendable (UploadCheckpoint) -> Bool)? = nil) {
        self.server = server
        state.withLock { $0.failWhen = failWhen }
    }

    /// A recorder that fails once the upload confirmed `bytes` (a process killed there).
    convenience init(_ server: YouTubeTestServer, failAtBytes bytes: Int64) {
        self.init(server, failWhen: { $0.stage == .sessionOpen && $0.confirmedBytes >= bytes })
    }

    var checkpoints: [UploadCheckpoint] { state.withLock { $0.checkpoints } }
    var last: UploadCheckpoint? { checkpoints.last }

    func record(_ checkpoint: UploadCheckpoint) throws {
        let puts = server.server.log.requests.filter { $0.method == "PUT" }.count
        try state.withLock { state throws(Killed) in
            if let fail = state.failWhen, fail(checkpoint) {
                state.failWhen = nil
                throw Killed()
            }
            if checkpoint.stage == .sessionOpen, checkpoint.confirmedBytes == 0, state.putsWhenSessionRecorded == nil {
                state.putsWhenSessionRecorded = puts
            }
            state.checkpoints.append(checkpoint)
        }
    }

    func progress(_ confirmed: Int64) { state.withLock { $0.progress.append(confirmed) } }
}

/// The YouTube adapter against a server speaking the Data API's resumable upload protocol.
struct YouTubePlatformTests {
    /// One client for the file, never shut down.
    static let http = HTTPClient(eventLoopGroupProvider: .singleton)
    static let chunk = 1 << 20
    /// Two whole chunks and a short third.
    static let size = 2 * chunk + 300_000

    struct Fixture {
        let release: EpisodeRelease
        let bytes: Data
    }

    /// A release with a few MB of deterministic bytes and two subtitle files.
    static func fixture(size: Int = size) throws -> Fixture {
        let folder = try temporaryDirectory("cliff-youtube")
        var generator: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes = [UInt8](repeating: 0, count: size)
        for index in bytes.indices {
            generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes[index] = UInt8(truncatingIfNeeded: generator >> 33)
        }
        let video = folder.appendingPathComponent("episode.mp4")
        try Data(bytes).write(to: video)
        let english = folder.appendingPathComponent("en.vtt")
        try Data("WEBVTT\n\n00:00.000 --> 00:02.000\nWho sent you?\n".utf8).write(to: english)
        let chinese = folder.appendingPathComponent("zh.srt")
        try Data("1\n00:00:00,000 --> 00:00:02,000\n谁派你来的？\n".utf8).write(to: chinese)
        let release = EpisodeRelease(
            series: "night-shift", episode: 3, video: video, cover: nil, subtitles: ["en": english, "zh": chinese],
            title: "Night Shift · Ep 3: The Ledger #Shorts", description: "She finds the ledger.\n\n#microdrama #shorts", hashtags: ["microdrama", "shorts"],
            durationSeconds: 92, language: "en", releasedAt: Date(timeIntervalSince1970: 1_800_000_000))
        return Fixture(release: release, bytes: Data(bytes))
    }

    static func platform(_ server: YouTubeTestServer, tokens: CountingTokens, languages: [String]? = nil) -> YouTubePlatform {
        var channel = Channel(name: "youtube", kind: .youtube)
        channel.endpoint = server.endpoint
        channel.analyticsEndpoint = server.endpoint
        channel.chunkBytes = chunk
        channel.privacy = "unlisted"
        channel.subtitleLanguages = languages
        // Short backoffs; a timeout that only bounds a hang.
        let connection = PlatformConnection(
            channel: channel, http: http, tokens: tokens, logger: Logger(label: "test.youtube"), maxRetries: 3, backoff: .milliseconds(10),
            maxBackoff: .seconds(5), timeout: .seconds(120))
        return YouTubePlatform(connection: connection)
    }

    static func publish(
        _ platform: YouTubePlatform, _ release: EpisodeRelease, from checkpoint: UploadCheckpoint = UploadCheckpoint(), _ recorder: Recorder
    ) async throws(ChannelsError) -> PlatformPost {
        try await platform.publish(release, from: checkpoint, record: { try recorder.record($0) }, progress: { confirmed, _ in recorder.progress(confirmed) })
    }

    @Test func fullUploadDeclaresSyntheticMediaAndAttachesCaptions() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        let fixture = try Self.fixture()
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let recorder = Recorder(server)

        let post = try await Self.publish(platform, fixture.release, recorder)

        #expect(server.videosCreated == 1 && server.sessionsOpened == 1)
        let video = try #require(server.videos.first)
        #expect(video.bytes == fixture.bytes)
        #expect(post.id == video.id && post.state == .processing && post.url == "https://www.youtube.com/shorts/\(video.id)")
        let metadata = try #require(try JSONSerialization.jsonObject(with: video.metadata) as? [String: Any])
        let status = try #require(metadata["status"] as? [String: Any])
        #expect(status["containsSyntheticMedia"] as? Bool == true)
        #expect(status["privacyStatus"] as? String == "unlisted" && status["selfDeclaredMadeForKids"] as? Bool == false)
        let snippet = try #require(metadata["snippet"] as? [String: Any])
        #expect(snippet["title"] as? String == fixture.release.title && snippet["description"] as? String == fixture.release.description)
        #expect(snippet["tags"] as? [String] == ["microdrama", "shorts"] && snippet["categoryId"] as? String == "24")
        #expect(snippet["defaultLanguage"] as? String == "en" && snippet["defaultAudioLanguage"] as? String == "en")

        let captions = server.captions
        #expect(captions.map(\.language).sorted() == ["en", "zh"])
        #expect(captions.allSatisfy { $0.videoID == video.id && $0.isDraft == false })
        #expect(captions.first { $0.language == "en" }?.body == (try Data(contentsOf: fixture.release.subtitles["en"]!)))
        #expect(captions.first { $0.language == "zh" }?.body == (try Data(contentsOf: fixture.release.subtitles["zh"]!)))
        #expect(server.bytesSent == Self.size)

        // The session was recorded before any byte went out, with the file's size.
        let checkpoints = recorder.checkpoints
        #expect(recorder.state.withLock { $0.putsWhenSessionRecorded } == 0)
        let opened = try #require(checkpoints.first)
        #expect(opened.stage == .sessionOpen && opened.totalBytes == Int64(Self.size) && opened.session?.contains("upload_id=") == true)
        #expect(checkpoints.map(\.confirmedBytes) == checkpoints.map(\.confirmedBytes).sorted())
        let last = try #require(recorder.last)
        #expect(last.stage == .attached && last.platformID == video.id && last.captions == ["en", "zh"] && last.confirmedBytes == Int64(Self.size))
        #expect(recorder.state.withLock { $0.progress.last } == Int64(Self.size))
    }

    @Test func quotaCostFollowsTheCaptionTracksSent() throws {
        let release = try Self.fixture(size: 16).release
        var channel = Channel(name: "youtube", kind: .youtube)
        let connection = { (channel: Channel) in
            PlatformConnection(channel: channel, http: Self.http, tokens: nil, logger: Logger(label: "test.youtube"))
        }
        #expect(YouTubePlatform(connection: connection(channel)).quotaCost(of: release) == 800)
        channel.subtitleLanguages = ["zh"]
        #expect(YouTubePlatform(connection: connection(channel)).quotaCost(of: release) == 400)
    }

    @Test func aKilledUploadResumesItsSessionFromTheRecordedCheckpoint() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        let fixture = try Self.fixture()
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let dying = Recorder(server, failAtBytes: Int64(2 * Self.chunk))

        await #expect(throws: ChannelsError.self) { try await Self.publish(platform, fixture.release, dying) }
        let recorded = try #require(dying.last)
        #expect(recorded.stage == .sessionOpen && recorded.session != nil)
        #expect(server.videosCreated == 0)

        let recorder = Recorder(server)
        let post = try await Self.publish(platform, fixture.release, from: recorded, recorder)
        #expect(server.offsetQueries >= 1)
        #expect(server.sessionsOpened == 1 && server.videosCreated == 1)
        #expect(server.bytesSent <= Self.size + Self.chunk)
        #expect(server.videos.first?.bytes == fixture.bytes && post.id == server.videos.first?.id)
        #expect(recorder.last?.stage == .attached)
    }

    @Test func aChunkCutOffMidwayResumesFromTheReportedOffsetWithinOneCall() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        server.with { $0.interruptedChunks = [2] }
        let fixture = try Self.fixture()
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let recorder = Recorder(server)

        let post = try await Self.publish(platform, fixture.release, recorder)
        #expect(server.offsetQueries >= 1)
        #expect(server.sessionsOpened == 1 && server.videosCreated == 1)
        #expect(server.videos.first?.bytes == fixture.bytes && post.id == server.videos.first?.id)
        #expect(server.bytesSent <= Self.size + Self.chunk)
        // The part of chunk 2 that arrived was confirmed, not sent again from chunk 2's start.
        #expect(recorder.checkpoints.contains { $0.confirmedBytes > Int64(Self.chunk) && $0.confirmedBytes < Int64(2 * Self.chunk) })
    }

    @Test func rateLimitedCallsWaitForRetryAfter() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        server.rateLimit(.openSession, times: 1, retryAfter: 1)
        let fixture = try Self.fixture()
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let recorder = Recorder(server)

        let clock = ContinuousClock()
        let start = clock.now
        _ = try await Self.publish(platform, fixture.release, recorder)
        #expect(clock.now - start >= .milliseconds(950))
        #expect(server.server.log.requests.filter { $0.method == "POST" && $0.path == "/upload/youtube/v3/videos" }.count >= 2)
        #expect(server.sessionsOpened == 1 && server.videosCreated == 1)
    }

    @Test func anAccessTokenExpiringMidUploadIsRefreshedOnceAndTheUploadGoesOn() async throws {
        let server = try await YouTubeTestServer.start(token: "token-1")
        defer { Task { await server.stop() } }
        server.with { $0.rotateToken = (afterChunks: 1, token: "token-2") }
        let fixture = try Self.fixture()
        let tokens = CountingTokens(token: "token-1", fresh: "token-2")
        let platform = Self.platform(server, tokens: tokens)
        let recorder = Recorder(server)

        _ = try await Self.publish(platform, fixture.release, recorder)
        #expect(tokens.refreshes == 1)
        #expect(server.videosCreated == 1 && server.videos.first?.bytes == fixture.bytes)
        #expect(server.captions.count == 2)
    }

    @Test func aSpentQuotaIsQuotaExhausted() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        server.with { $0.quotaExhausted = true }
        let fixture = try Self.fixture()
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let recorder = Recorder(server)

        let error = await #expect(throws: ChannelsError.self) { try await Self.publish(platform, fixture.release, recorder) }
        #expect(error?.code == .quotaExhausted)
        #expect(error?.message.contains("midnight Pacific") == true && error?.message.contains("channel 'youtube'") == true)
        #expect(server.server.log.requests.filter { $0.method == "POST" }.count == 1, "a spent quota is not retried")
        #expect(recorder.checkpoints.isEmpty && server.videosCreated == 0)
    }

    @Test func aGoneSessionOrAChangedFileIsUploadExpired() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        let fixture = try Self.fixture()
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let dying = Recorder(server, failAtBytes: Int64(Self.chunk))
        await #expect(throws: ChannelsError.self) { try await Self.publish(platform, fixture.release, dying) }
        let recorded = try #require(dying.last)

        server.with { $0.sessionsExpired = true }
        let error = await #expect(throws: ChannelsError.self) { try await Self.publish(platform, fixture.release, from: recorded, Recorder(server)) }
        #expect(error?.code == .uploadExpired)
        #expect(error?.message.contains("upload_id") == false && error?.message.contains("127.0.0.1") == false)
        #expect(server.sessionsOpened == 1, "a checkpoint with a session never opens a second one")

        var changed = recorded
        changed.totalBytes += 1
        let puts = server.server.log.requests.filter { $0.method == "PUT" }.count
        let mismatch = await #expect(throws: ChannelsError.self) { try await Self.publish(platform, fixture.release, from: changed, Recorder(server)) }
        #expect(mismatch?.code == .uploadExpired)
        #expect(server.server.log.requests.filter { $0.method == "PUT" }.count == puts && server.sessionsOpened == 1)
    }

    @Test func statusGoesFromProcessingToLiveOrFailsWithTheReason() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let id = server.addVideo(id: "abcDEF12345")
        let post = PlatformPost(id: id, url: nil, state: .processing)

        let first = try await platform.status(of: post)
        #expect(first.state == .processing && first.url == "https://www.youtube.com/shorts/abcDEF12345")
        let second = try await platform.status(of: first)
        #expect(second.state == .live && second.failure == nil)

        server.with { $0.failure = (status: "rejected", reasonKey: "rejectionReason", reason: "duplicate") }
        let rejected = try await platform.status(of: second)
        #expect(rejected.state == .failed && rejected.failure?.contains("duplicate") == true)

        server.with { $0.failure = (status: "failed", reasonKey: "failureReason", reason: "codec") }
        let failed = try await platform.status(of: second)
        #expect(failed.state == .failed && failed.failure?.contains("codec") == true)

        let gone = try await platform.status(of: PlatformPost(id: "missing0000", url: nil, state: .processing))
        #expect(gone.state == .failed && gone.failure == "the video is gone from the channel")
    }

    @Test func statisticsAndRetentionAreRead() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let id = server.addVideo(id: "abcDEF12345")

        let figures = try await platform.statistics(of: PlatformPost(id: id, url: nil, state: .live), durationSeconds: 92)
        #expect(figures.views == 1234 && figures.likes == 56 && figures.comments == 7)
        #expect(figures.averageViewSeconds == 41.5)
        #expect(figures.retention == [
            RetentionPoint(fraction: 0.01, watching: 1.2), RetentionPoint(fraction: 0.5, watching: 0.62), RetentionPoint(fraction: 1.0, watching: 0.31),
        ])
        let queries = server.with { $0.reportQueries }
        #expect(queries.count == 2)
        #expect(queries.allSatisfy { $0["filters"] == "video==\(id)" && $0["startDate"] == "2026-11-30" })
        let today = Date().formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day().dateSeparator(.dash))
        #expect(queries.allSatisfy { $0["endDate"] == today })
        #expect(queries.contains { $0["dimensions"] == "elapsedVideoTimeRatio" && $0["metrics"] == "audienceWatchRatio,relativeRetentionPerformance" })
        #expect(queries.contains { $0["metrics"] == "views,averageViewDuration" })
    }

    @Test func aSessionThatFinishedBeforeTheKillIsTakenAsUploaded() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        let fixture = try Self.fixture()
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let dying = Recorder(server, failWhen: { $0.stage == .uploaded })
        await #expect(throws: ChannelsError.self) { try await Self.publish(platform, fixture.release, dying) }
        let recorded = try #require(dying.last)
        #expect(recorded.stage == .sessionOpen && server.videosCreated == 1)

        let recorder = Recorder(server)
        let post = try await Self.publish(platform, fixture.release, from: recorded, recorder)
        #expect(server.offsetQueries >= 1)
        #expect(post.id == server.videos.first?.id && server.videosCreated == 1 && server.sessionsOpened == 1)
        #expect(server.bytesSent == Self.size, "nothing is sent again")
        #expect(server.captions.map(\.language).sorted() == ["en", "zh"])
    }

    @Test func captionTracksAlreadyAttachedAreNotSentAgain() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        let fixture = try Self.fixture()
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let dying = Recorder(server, failWhen: { $0.captions.count == 2 })
        await #expect(throws: ChannelsError.self) { try await Self.publish(platform, fixture.release, dying) }
        let recorded = try #require(dying.last)
        #expect(recorded.stage == .uploaded && recorded.captions == ["en"])

        let recorder = Recorder(server)
        _ = try await Self.publish(platform, fixture.release, from: recorded, recorder)
        #expect(server.captions.filter { $0.language == "en" }.count == 1)
        #expect(recorder.last?.stage == .attached && recorder.last?.captions == ["en", "zh"])
        #expect(server.sessionsOpened == 1 && server.videosCreated == 1)
    }

    @Test func onlyTheChannelsSubtitleLanguagesBecomeTracks() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        let fixture = try Self.fixture(size: 1000)
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"), languages: ["zh"])
        let recorder = Recorder(server)
        _ = try await Self.publish(platform, fixture.release, recorder)
        #expect(server.captions.map(\.language) == ["zh"] && server.captions.first?.name.isEmpty == false)
        #expect(server.videos.first?.bytes == fixture.bytes)
    }

    @Test func aRefusedTitleNamesTheTemplate() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        server.with { $0.rejectTitle = true }
        let fixture = try Self.fixture(size: 1000)
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let error = await #expect(throws: ChannelsError.self) { try await Self.publish(platform, fixture.release, Recorder(server)) }
        #expect(error?.code == .rejected)
        #expect(error?.message.contains("`title` template") == true && error?.message.contains("channel 'youtube'") == true)
    }

    @Test func rateLimitedChunksAndCaptionsAreRetried() async throws {
        let server = try await YouTubeTestServer.start()
        defer { Task { await server.stop() } }
        server.with {
            $0.rateLimits = [.chunk: 2, .captions: 1]
            $0.retryAfter = 0
        }
        let fixture = try Self.fixture()
        let platform = Self.platform(server, tokens: CountingTokens(token: "token-1"))
        let recorder = Recorder(server)
        _ = try await Self.publish(platform, fixture.release, recorder)
        #expect(server.videosCreated == 1 && server.videos.first?.bytes == fixture.bytes)
        #expect(server.bytesSent == Self.size, "a 429 stores nothing, so nothing is sent twice")
        #expect(server.captions.count == 2)
    }

    @Test func messagesNeverCarryTheTokenOrTheSession() async throws {
        let server = try await YouTubeTestServer.start(token: "secret-token-1")
        defer { Task { await server.stop() } }
        let fixture = try Self.fixture()
        let platform = Self.platform(server, tokens: CountingTokens(token: "secret-token-1"))
        let dying = Recorder(server, failAtBytes: Int64(Self.chunk))
        await #expect(throws: ChannelsError.self) { try await Self.publish(platform, fixture.release, dying) }
        let recorded = try #require(dying.last)
        // The token is revoked and the refresh brings nothing usable either.
        server.with { $0.validToken = "another" }
        let error = await #expect(throws: ChannelsError.self) { try await Self.publish(platform, fixture.release, from: recorded, Recorder(server)) }
        #expect(error?.code == .reauthorize)
        let message = error?.message ?? ""
        #expect(!message.contains("secret-token") && !message.contains("token-2") && !message.contains("upload_id"), "\(message)")
    }
}
