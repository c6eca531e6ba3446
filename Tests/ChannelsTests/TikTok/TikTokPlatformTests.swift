import AsyncHTTPClient
import Basics
import Channels
import Foundation
import Logging
import Synchronization
import TestSupport
import Testing

/// A bearer token that never changes (the OAuth side is tested with `OAuthTokens`).
struct FixedTokens: AccessTokenSource {
    var token = "test-token"
    func accessToken() async throws(ChannelsError) -> String { token }
    func refresh(rejected: String) async throws(ChannelsError) -> String { token }
}

/// What `publish` recorded, in order; throws once the `kill` condition holds (a process
/// killed before it could record that checkpoint).
final class TikTokRecorder: Sendable {
    struct Killed: Error {}
    let saved = Mutex<[UploadCheckpoint]>([])
    let kill: @Sendable (UploadCheckpoint) -> Bool
    let onRecord: @Sendable (UploadCheckpoint) -> Void

    init(kill: @escaping @Sendable (UploadCheckpoint) -> Bool = { _ in false }, onRecord: @escaping @Sendable (UploadCheckpoint) -> Void = { _ in }) {
        self.kill = kill
        self.onRecord = onRecord
    }

    var all: [UploadCheckpoint] { saved.withLock { $0 } }
    var last: UploadCheckpoint? { all.last }

    func record(_ checkpoint: UploadCheckpoint) throws {
        onRecord(checkpoint)
        if kill(checkpoint) { throw Killed() }
        saved.withLock { $0.append(checkpoint) }
    }
}

/// TikTok Direct Post against a loopback TikTok: the documented calls in order, the AI label
/// always set, the chunk arithmetic of the media transfer guide, a checkpoint before any byte,
/// resumption after a kill that posts once, failures each mapped to what the caller does next.
struct TikTokPlatformTests {
    static let megabyte = 1 << 20

    func platform(_ server: TikTokTestServer, channel: Channel? = nil, tokens: any AccessTokenSource = FixedTokens()) -> TikTokPlatform {
        var logger = Logger(label: "test.tiktok")
        logger.logLevel = .critical
        let connection = PlatformConnection(
            channel: channel ?? server.channel(), http: HTTPClient.shared, tokens: tokens, logger: logger, maxRetries: 4, backoff: .milliseconds(10),
            maxBackoff: .seconds(5))
        return TikTokPlatform(connection: connection)
    }

    func release(bytes: Int, duration: Double = 92) throws -> (EpisodeRelease, Data) {
        let folder = try temporaryDirectory("tiktok")
        var data = Data(count: bytes)
        data.withUnsafeMutableBytes { buffer in
            for index in 0..<buffer.count { buffer[index] = UInt8(truncatingIfNeeded: index &* 31 &+ index >> 13) }
        }
        let video = folder.appendingPathComponent("episode.mp4")
        try data.write(to: video)
        let release = EpisodeRelease(
            series: "night-train", episode: 3, video: video, cover: nil, subtitles: ["en": folder.appendingPathComponent("en.srt")],
            title: "Night Train · Ep 3: The Conductor", description: "She never bought a ticket.\n\nAI-generated drama.\n#microdrama", hashtags: ["microdrama", "thriller"],
            durationSeconds: duration, language: "en", releasedAt: Date(timeIntervalSince1970: 1_800_000_000))
        return (release, data)
    }

    @Test func chunkArithmeticFollowsTheMediaTransferGuide() throws {
        let mb = Int64(Self.megabyte)
        // 12 MB in 5 MB chunks: two chunks, the last taking the remaining 7 MB.
        let twelve = try TikTokPlatform.chunkPlan(videoSize: 12 * mb, wanted: 5 << 20)
        #expect(twelve.chunkSize == 5 * mb && twelve.totalChunkCount == 2)
        #expect(twelve.range(ofChunk: 0) == 0..<5 * mb && twelve.range(ofChunk: 1) == 5 * mb..<12 * mb)
        // Under 5 MB: whole.
        let small = try TikTokPlatform.chunkPlan(videoSize: 3 * mb, wanted: 10 << 20)
        #expect(small.chunkSize == 3 * mb && small.totalChunkCount == 1)
        // Not larger than the wanted chunk: whole.
        let eight = try TikTokPlatform.chunkPlan(videoSize: 8 * mb, wanted: 10 << 20)
        #expect(eight.chunkSize == 8 * mb && eight.totalChunkCount == 1)
        // Chunks clamped to 5–64 MB; the last below twice the chunk.
        let clampedUp = try TikTokPlatform.chunkPlan(videoSize: 23 * mb + 17, wanted: 1 << 20)
        #expect(clampedUp.chunkSize == 5 * mb && clampedUp.totalChunkCount == 4 && clampedUp.range(ofChunk: 3).count == 8 * mb + 17)
        // Between 5 and 64 MB and larger than the chunk: one chunk of chunk_size, the video's rest with it.
        let six = try TikTokPlatform.chunkPlan(videoSize: 6 * mb, wanted: 5 << 20)
        #expect(six.chunkSize == 5 * mb && six.totalChunkCount == 1 && six.range(ofChunk: 0) == 0..<6 * mb)
        // Over 64 MB: several chunks, even when one chunk size would leave a single one.
        let hundred = try TikTokPlatform.chunkPlan(videoSize: 100 * mb, wanted: 64 << 20)
        #expect(hundred.totalChunkCount == 2 && hundred.range(ofChunk: 1).count <= 64 * mb)
        let big = try TikTokPlatform.chunkPlan(videoSize: 1000 * mb, wanted: 500 << 20)
        #expect(big.chunkSize == 64 * mb && big.totalChunkCount == 15 && big.range(ofChunk: 14).count == 104 * mb)
        #expect(twelve.chunk(containing: 0) == 0 && twelve.chunk(containing: 5 * mb - 1) == 0 && twelve.chunk(containing: 5 * mb) == 1)
        #expect(twelve.chunk(containing: 11 * mb) == 1)
        #expect(throws: ChannelsError.self) { try TikTokPlatform.chunkPlan(videoSize: 0, wanted: 5 << 20) }
    }

    @Test func captionCarriesTheHashtagsWithinTikToksLimit() throws {
        var (release, _) = try release(bytes: 10)
        let caption = TikTokPlatform.caption(for: release)
        #expect(caption.hasPrefix("Night Train · Ep 3: The Conductor\n\nShe never bought a ticket."))
        #expect(caption.contains("#microdrama") && caption.hasSuffix("#thriller"))
        #expect(caption.components(separatedBy: "#microdrama").count == 2)
        release.description = String(repeating: "🚂 long ride ", count: 400)
        let long = TikTokPlatform.caption(for: release)
        #expect(long.utf16.count <= 2200 && long.hasSuffix("…"))
    }

    @Test func aDirectPostIsLabelledRecordedBeforeItsBytesAndUploadedInChunks() async throws {
        let server = try await TikTokTestServer.start()
        let (release, data) = try release(bytes: 12 * Self.megabyte)
        let tiktok = platform(server, channel: server.channel(privacy: "FOLLOWER_OF_CREATOR"))
        let recorder = TikTokRecorder(onRecord: { checkpoint in
            // Whatever a checkpoint says was sent, the server has — and no more.
            let received = server.uploads.values.first?.received.count ?? 0
            if checkpoint.stage == .sessionOpen {
                #expect(received == checkpoint.confirmedBytes, "checkpoint \(checkpoint.confirmedBytes), server \(received)")
            }
        })
        let progress = Mutex<[Int64]>([])
        let post = try await tiktok.publish(release, from: UploadCheckpoint(), record: { try recorder.record($0) }, progress: { confirmed, _ in
            progress.withLock { $0.append(confirmed) }
        })

        let upload = try #require(server.uploads[post.id])
        #expect(post.state == .processing && server.postsCreated == 1 && server.problems.isEmpty, "\(server.problems)")
        #expect(upload.received == data)
        #expect(upload.aigc == true && upload.postInfo["is_aigc"] == "true" && upload.postInfo["brand_content_toggle"] == "false")
        #expect(upload.postInfo["privacy_level"] == "FOLLOWER_OF_CREATOR")
        #expect(upload.postInfo["disable_comment"] == "false" && upload.postInfo["disable_duet"] == "false" && upload.postInfo["disable_stitch"] == "false")
        #expect(upload.postInfo["title"] == TikTokPlatform.caption(for: release) && upload.postInfo["title"]?.contains("#thriller") == true)
        #expect(upload.chunkSize == 5 * Self.megabyte && upload.chunkCount == 2 && upload.size == 12 * Self.megabyte)

        // The calls in order: creator info, init, the chunks (without the bearer token).
        let calls = server.log.requests.map { "\($0.method) \($0.path.hasPrefix("/upload/") ? "/upload" : $0.path)" }
        #expect(calls.prefix(2) == ["POST /v2/post/publish/creator_info/query/", "POST /v2/post/publish/video/init/"], "\(calls)")
        let puts = server.log.requests.filter { $0.method == "PUT" }
        #expect(puts.map { $0.headers["content-range"] ?? "" } == ["bytes 0-5242879/12582912", "bytes 5242880-12582911/12582912"])
        #expect(puts.allSatisfy { $0.headers["authorization"] == nil && $0.headers["content-type"] == "video/mp4" })
        let initBody = try #require(server.log.requests.first { $0.path == "/v2/post/publish/video/init/" }?.json)
        let source = try #require(initBody["source_info"] as? [String: Any])
        #expect(source["source"] as? String == "FILE_UPLOAD" && (source["video_size"] as? NSNumber)?.intValue == 12_582_912)
        #expect((source["chunk_size"] as? NSNumber)?.intValue == 5_242_880 && (source["total_chunk_count"] as? NSNumber)?.intValue == 2)

        // The session was recorded before the first byte went out; then each chunk; then done.
        let stages = recorder.all.map { "\($0.stage.rawValue):\($0.confirmedBytes)" }
        #expect(stages == ["session-open:0", "session-open:5242880", "session-open:12582912", "uploaded:12582912", "attached:12582912"], "\(stages)")
        #expect(recorder.all.first?.session == post.id && recorder.all.first?.uploadURL?.contains("/upload/") == true && recorder.all.first?.totalBytes == 12_582_912)
        #expect(recorder.last?.platformID == post.id && recorder.last?.captions == [])
        #expect(progress.withLock { $0 }.last == 12_582_912)

        // Processing → live, with the public post id, and its figures.
        let live = try await tiktok.status(of: post)
        #expect(live.state == .live && live.id == String(upload.postID) && live.url == "https://www.tiktok.com/@/video/\(upload.postID)")
        let figures = try await tiktok.statistics(of: live, durationSeconds: release.durationSeconds)
        #expect(figures == PlatformStatistics(views: 1234, retention: [], likes: 56, shares: 8, comments: 7))
        let query = try #require(server.log.requests.last)
        #expect(query.path == "/v2/video/query/" && query.json?["filters"] as? [String: [String]] == ["video_ids": [String(upload.postID)]])
        #expect(tiktok.quotaCost(of: release) == 0)
        await server.stop()
    }

    @Test func aKilledUploadResumesFromWhatTikTokHoldsAndPostsOnce() async throws {
        let server = try await TikTokTestServer.start()
        server.failures.unavailableChunks = [1]  // the second chunk is answered 503 once, storing nothing
        let (release, data) = try release(bytes: 17 * Self.megabyte + 3)
        let tiktok = platform(server)
        // Killed before it could record the first chunk's confirmation.
        let first = TikTokRecorder(kill: { $0.confirmedBytes > 0 })
        await #expect(throws: ChannelsError.self) {
            try await tiktok.publish(release, from: UploadCheckpoint(), record: { try first.record($0) }, progress: { _, _ in })
        }
        let saved = try #require(first.last)
        #expect(saved.stage == .sessionOpen && saved.confirmedBytes == 0)
        #expect(server.uploads[saved.session ?? ""]?.received.count == 5 * Self.megabyte)

        let second = TikTokRecorder()
        let post = try await tiktok.publish(release, from: saved, record: { try second.record($0) }, progress: { _, _ in })
        #expect(post.id == saved.session && server.postsCreated == 1 && server.problems.isEmpty, "\(server.problems)")
        #expect(server.uploads[post.id]?.received == data)
        // It asked TikTok how far the upload came, and sent the first chunk only once.
        #expect(server.log.count("/v2/post/publish/status/fetch/") >= 1)
        let ranges = server.log.requests.filter { $0.method == "PUT" }.compactMap { $0.headers["content-range"] }
        #expect(ranges.filter { $0.hasPrefix("bytes 0-") }.count == 1, "\(ranges)")
        // Chunks 2 and 3 (17 MB in 5 MB chunks: 5, 5 and 7 MB + 3 bytes), then done.
        #expect(second.all.map { "\($0.stage.rawValue):\($0.confirmedBytes)" } == [
            "session-open:\(10 * Self.megabyte)", "session-open:\(data.count)", "uploaded:\(data.count)", "attached:\(data.count)",
        ])

        // A finished upload resumed from its last open checkpoint is not sent again.
        let puts = server.log.requests.filter { $0.method == "PUT" }.count
        let again = try await tiktok.publish(release, from: second.all[1], record: { _ in }, progress: { _, _ in })
        #expect(server.log.requests.filter { $0.method == "PUT" }.count == puts)
        #expect(again.id == post.id && server.postsCreated == 1)
        await server.stop()
    }

    @Test func anExpiredUploadAddressAsksForANewSession() async throws {
        let server = try await TikTokTestServer.start()
        let (release, _) = try release(bytes: 11 * Self.megabyte)
        let tiktok = platform(server)
        let first = TikTokRecorder(kill: { $0.confirmedBytes > 0 })
        _ = try? await tiktok.publish(release, from: UploadCheckpoint(), record: { try first.record($0) }, progress: { _, _ in })
        server.failures.uploadsExpired = true
        do {
            _ = try await tiktok.publish(release, from: try #require(first.last), record: { _ in }, progress: { _, _ in })
            Issue.record("an expired upload address was used")
        } catch let error as ChannelsError {
            #expect(error.code == .uploadExpired && error.isTransient, "\(error.message)")
            #expect(!error.message.contains("upload_token"), "\(error.message)")
        }
        await server.stop()
    }

    @Test func processingThatFailsIsReportedWithTikToksReason() async throws {
        let server = try await TikTokTestServer.start()
        server.failures.failReason = "file_format_check_failed"
        let (release, _) = try release(bytes: 2 * Self.megabyte)
        let tiktok = platform(server)
        let recorder = TikTokRecorder()
        let post = try await tiktok.publish(release, from: UploadCheckpoint(), record: { try recorder.record($0) }, progress: { _, _ in })
        #expect(server.uploads[post.id]?.chunkCount == 1)
        let failed = try await tiktok.status(of: post)
        #expect(failed.state == .failed && failed.failure == "file_format_check_failed")
        // Resuming a session TikTok failed says so.
        var open = try #require(recorder.all.first)
        open.confirmedBytes = 0
        do {
            _ = try await tiktok.publish(release, from: open, record: { _ in }, progress: { _, _ in })
            Issue.record("a failed upload resumed")
        } catch {
            #expect(error.code == .processingFailed && error.message.contains("file_format_check_failed"), "\(error.message)")
        }
        await server.stop()
    }

    @Test func rateLimitsAreWaitedOutAndDailyCapsWaitForTomorrow() async throws {
        let server = try await TikTokTestServer.start()
        server.failures.rateLimitedInits = 1
        let (release, _) = try release(bytes: 1 * Self.megabyte)
        let tiktok = platform(server)
        let post = try await tiktok.publish(release, from: UploadCheckpoint(), record: { _ in }, progress: { _, _ in })
        #expect(server.postsCreated == 1 && server.initAttempts >= 2 && server.uploads[post.id] != nil)

        server.failures.tooManyPosts = true
        do {
            _ = try await tiktok.publish(release, from: UploadCheckpoint(), record: { _ in }, progress: { _, _ in })
            Issue.record("posted over the daily cap")
        } catch {
            #expect(error.code == .quotaExhausted && error.message.contains("spam_risk_too_many_posts"), "\(error.message)")
        }
        #expect(server.postsCreated == 1)
        await server.stop()
    }

    @Test func aPrivacyTheAccountDoesNotAllowIsRefusedBeforeAnythingIsSent() async throws {
        let server = try await TikTokTestServer.start()
        server.failures.privacyOptions = ["SELF_ONLY"]
        let (release, _) = try release(bytes: 1 * Self.megabyte)
        let tiktok = platform(server, channel: server.channel(name: "tiktok-main", privacy: "PUBLIC_TO_EVERYONE"))
        do {
            _ = try await tiktok.publish(release, from: UploadCheckpoint(), record: { _ in Issue.record("recorded a refused post") }, progress: { _, _ in })
            Issue.record("posted with a privacy the account does not allow")
        } catch {
            #expect(error.code == .refused)
            #expect(error.message.contains("channels.tiktok-main.privacy") && error.message.contains("SELF_ONLY"), "\(error.message)")
        }
        // Too long for the account.
        server.failures.privacyOptions = ["PUBLIC_TO_EVERYONE"]
        server.failures.maxDurationSeconds = 60
        do {
            _ = try await tiktok.publish(release, from: UploadCheckpoint(), record: { _ in }, progress: { _, _ in })
            Issue.record("posted a video longer than the account may")
        } catch {
            #expect(error.code == .refused && error.message.contains("60 s"), "\(error.message)")
        }
        #expect(server.initAttempts == 0 && server.log.count("/v2/post/publish/video/init/") == 0)
        await server.stop()
    }

    @Test func anExpiredAccessTokenIsRefreshedOnceForTheWholePost() async throws {
        let oauth = try await OAuthTestServer.start()
        let server = try await TikTokTestServer.start(authorize: { token in token.map(oauth.isCurrent) ?? false })
        let root = try temporaryDirectory()
        var channel = server.channel()
        channel.oauth = oauth.channel(.tiktok).oauth
        let client = OAuthClient(channel: channel, projectRoot: root, http: HTTPClient.shared, environment: OAuthTests.environment)
        let verifier = OAuthClient.makeVerifier()
        let code = try oauth.consent(to: try client.authorizationURL(state: "s", verifier: verifier), kind: .tiktok).code
        let token = try await client.exchange(code: code, verifier: verifier)
        try client.tokenFile.write(token)
        oauth.expireAccessTokens()  // the platform no longer takes it, though the file says it is good

        let tokens = OAuthTokens(client: client)
        let tiktok = platform(server, channel: channel, tokens: tokens)
        let (release, data) = try release(bytes: 6 * Self.megabyte)
        let post = try await tiktok.publish(release, from: UploadCheckpoint(), record: { _ in }, progress: { _, _ in })
        #expect(server.uploads[post.id]?.received == data)
        #expect(oauth.refreshes == 1)
        let renewed = try #require(try client.tokenFile.read())
        #expect(renewed.accessToken != token.accessToken && oauth.isCurrent(renewed.accessToken))
        #expect(server.log.requests.filter { $0.method == "PUT" }.allSatisfy { $0.headers["authorization"] == nil })
        await server.stop()
        await oauth.stop()
    }

    @Test func platformErrorsBecomeWhatTheCallerCanActOn() async throws {
        let server = try await TikTokTestServer.start(authorize: { _ in true })
        let tiktok = platform(server)
        // An unknown publish id is a plain refusal when asked for its status.
        do {
            _ = try await tiktok.status(of: PlatformPost(id: "v_pub_file~nope", url: nil, state: .processing))
            Issue.record("status of an unknown publish id")
        } catch {
            #expect(error.code == .rejected && error.message.contains("invalid_publish_id"), "\(error.message)")
        }
        // A video TikTok does not return has no statistics.
        await #expect(throws: ChannelsError.self) { try await tiktok.statistics(of: PlatformPost(id: "123", url: nil, state: .live), durationSeconds: 10) }
        // A scope the user did not grant: authorise again.
        server.failures.queryScopeMissing = true
        do {
            _ = try await tiktok.statistics(of: PlatformPost(id: "123", url: nil, state: .live), durationSeconds: 10)
            Issue.record("statistics without the scope")
        } catch {
            #expect(error.code == .reauthorize && error.message.contains("cliff channels authorize tiktok"), "\(error.message)")
            #expect(error.message.contains("scope_not_authorized") && error.message.contains("video.publish"), "\(error.message)")
        }
        await server.stop()
    }
}
