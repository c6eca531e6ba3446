import Foundation
import NIOHTTP1

/// TikTok's Content Posting API, Direct Post with a chunked file upload.
///
/// One publication is: `POST /v2/post/publish/creator_info/query/` (the privacy levels the
/// creator may use and the longest video they may post) → `POST /v2/post/publish/video/init/`
/// (`post_info` with the caption, privacy, interaction switches and `is_aigc: true` — every
/// Cliffhanger episode is AI-generated; `source_info` `FILE_UPLOAD` with the chunk arithmetic
/// of the media transfer guide) → the `publish_id` and `upload_url` are recorded → the chunks
/// are `PUT` to `upload_url` in order with `Content-Range` (206: more wanted, 201: all there).
/// An interrupted upload resumes from `POST /v2/post/publish/status/fetch/`'s
/// `uploaded_bytes`; an upload address that is gone (403/404/410 — TikTok gives it an hour)
/// ends with `uploadExpired` so the caller opens a new session.
///
/// TikTok's posting API takes no caption (subtitle) files: the episode's subtitles are burned
/// in or left to TikTok's automatic captions, so the `attached` stage follows `uploaded` at
/// once with no caption tracks.
///
/// TikTok counts posts per creator per day rather than quota units (`quotaCost` is 0); its
/// `spam_risk_too_many_posts` and `reached_active_user_cap` become `quotaExhausted`.
public struct TikTokPlatform: ChannelPlatform {
    /// The HTTP side, with the channel's tokens.
    public let connection: PlatformConnection
    /// Where in the video TikTok takes the cover frame from, in milliseconds (capped at half
    /// the episode).
    public var coverTimestampMilliseconds: Int

    /// The channel.
    public var channel: Channel { connection.channel }

    /// An adapter sending through `connection` (whose channel's `endpoint` is the API root,
    /// `https://open.tiktokapis.com`).
    public init(connection: PlatformConnection, coverTimestampMilliseconds: Int = 1000) {
        self.connection = connection
        self.coverTimestampMilliseconds = coverTimestampMilliseconds
    }

    /// The smallest chunk TikTok takes (5 MB), except for a video that is smaller.
    public static let minimumChunk: Int64 = 5 << 20
    /// The largest chunk TikTok takes (64 MB); the last chunk may grow to 128 MB.
    public static let maximumChunk: Int64 = 64 << 20
    /// The most chunks one upload may have.
    public static let maximumChunkCount: Int64 = 1000
    /// The longest caption TikTok takes, in UTF-16 code units.
    public static let captionLimit = 2200

    /// 0: TikTok counts posts per creator per day, not quota units.
    public func quotaCost(of release: EpisodeRelease) -> Int { 0 }

    // MARK: Chunks

    /// How a file is cut for TikTok's `source_info`.
    public struct ChunkPlan: Sendable, Hashable {
        /// The file's size.
        public var videoSize: Int64
        /// `chunk_size`: every chunk's size but the last's.
        public var chunkSize: Int64
        /// `total_chunk_count`: `videoSize / chunkSize`, rounded down.
        public var totalChunkCount: Int64

        /// The bytes of chunk `index` (0-based): the last one takes the remainder.
        public func range(ofChunk index: Int64) -> Range<Int64> {
            let start = index * chunkSize
            return start..<(index == totalChunkCount - 1 ? videoSize : start + chunkSize)
        }

        /// The chunk holding byte `offset` at its start or inside it — where an upload that
        /// has `offset` bytes resumes.
        public func chunk(containing offset: Int64) -> Int64 {
            min(max(offset, 0) / chunkSize, totalChunkCount - 1)
        }
    }

    /// The media transfer guide's chunking: a video under 5 MB (or no larger than the wanted
    /// chunk and at most 64 MB) goes whole; otherwise chunks of `wanted` bytes clamped to
    /// 5–64 MB, `total_chunk_count = floor(size / chunk)`, the last chunk taking the
    /// remainder (below twice the chunk, so at most 128 MB), at most 1000 chunks, and at least
    /// two for a video over 64 MB.
    /// - Throws: `ChannelsError` `refused` when the file is empty or too large for 1000 chunks.
    public static func chunkPlan(videoSize: Int64, wanted: Int) throws(ChannelsError) -> ChunkPlan {
        guard videoSize > 0 else { throw ChannelsError(code: .refused, message: "the video file is empty") }
        var chunk = min(max(Int64(wanted), minimumChunk), maximumChunk)
        if videoSize < minimumChunk || videoSize <= chunk {
            return ChunkPlan(videoSize: videoSize, chunkSize: videoSize, totalChunkCount: 1)
        }
        if videoSize / chunk > maximumChunkCount { chunk = (videoSize + maximumChunkCount - 1) / maximumChunkCount }
        // A video over 64 MB must go in several chunks (never one chunk over 64 MB).
        if videoSize > maximumChunk, videoSize / chunk < 2 { chunk = videoSize / 2 }
        guard chunk <= maximumChunk else {
            throw ChannelsError(code: .refused, message: "the video is \(videoSize) bytes: too large for TikTok's 1000 chunks of at most 64 MB")
        }
        return ChunkPlan(videoSize: videoSize, chunkSize: chunk, totalChunkCount: videoSize / chunk)
    }

    // MARK: Caption

    /// The caption TikTok shows (`post_info.title`): the filled title and description
    /// templates, with every hashtag of the release that the text does not already carry
    /// appended as `#tag`, cut to 2200 UTF-16 code units.
    public static func caption(for release: EpisodeRelease) -> String {
        var parts = [release.title, release.description].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if parts.count == 2, parts[1].contains(parts[0]) { parts.removeFirst() }
        var text = parts.joined(separator: "\n\n")
        let lower = text.lowercased()
        let missing = release.hashtags.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }.filter { !$0.isEmpty }
            .filter { tag in !lower.contains("#" + tag.lowercased()) }
        if !missing.isEmpty { text += (text.isEmpty ? "" : "\n") + missing.map { "#" + $0 }.joined(separator: " ") }
        guard text.utf16.count > captionLimit else { return text }
        var cut = ""
        var units = 0
        for character in text {
            let size = String(character).utf16.count
            if units + size > captionLimit - 1 { break }
            cut.append(character)
            units += size
        }
        return cut.trimmingCharacters(in: .whitespacesAndNewlines) + "…"
    }

    // MARK: Publish

    /// Posts `release` directly (creator info, init, chunks), or resumes the session a
    /// `session-open` checkpoint recorded from the bytes TikTok reports holding, or returns at
    /// once for a checkpoint past the upload. The checkpoint with `publish_id` and
    /// `upload_url` is recorded before the first byte, and again after each chunk TikTok
    /// confirmed; the returned post's id is the `publish_id`, processing.
    /// - Throws: `ChannelsError`: `refused` (privacy not allowed, episode too long, file
    ///   missing, checkpoint not recorded), `uploadExpired` (the upload address or session is
    ///   gone, or the file changed), `processingFailed`, `quotaExhausted`, `reauthorize`, and
    ///   what `PlatformConnection` throws.
    public func publish(
        _ release: EpisodeRelease, from checkpoint: UploadCheckpoint, record: @Sendable (UploadCheckpoint) async throws -> Void,
        progress: @Sendable (_ confirmed: Int64, _ total: Int64) async -> Void
    ) async throws(ChannelsError) -> PlatformPost {
        let size = try fileSize(release.video)
        var state = checkpoint
        if [.uploaded, .attached].contains(state.stage), let publishID = state.platformID ?? state.session {
            if state.stage == .uploaded {
                state.stage = .attached
                try await connection.save(state, record)
            }
            return PlatformPost(id: publishID, url: nil, state: .processing)
        }
        if state.stage == .sessionOpen, state.session != nil, state.uploadURL == nil {
            throw ChannelsError(code: .uploadExpired, message: "\(connection.name): the recorded upload has no upload address; a new upload is needed")
        }
        var startChunk: Int64 = 0
        let plan: ChunkPlan
        if state.stage == .sessionOpen, let publishID = state.session, state.uploadURL != nil {
            guard state.totalBytes == size else {
                throw ChannelsError(
                    code: .uploadExpired,
                    message: "\(connection.name): \(release.video.lastPathComponent) changed since its upload began (\(state.totalBytes) → \(size) bytes); a new upload is needed")
            }
            plan = try Self.chunkPlan(videoSize: size, wanted: channel.chunkBytes)
            let status = try await fetchStatus(publishID, purpose: "the status of the interrupted upload", resuming: true)
            switch status.status {
            case "FAILED":
                throw ChannelsError(code: .processingFailed, message: "\(connection.name): TikTok failed the upload (\(status.failReason ?? "no reason given"))")
            case "PROCESSING_UPLOAD" where (status.uploadedBytes ?? state.confirmedBytes) < size:
                startChunk = plan.chunk(containing: status.uploadedBytes ?? state.confirmedBytes)
            default:
                // Every byte is there (PROCESSING_UPLOAD with all bytes, PUBLISH_COMPLETE, …).
                return try await finish(state, publishID: publishID, size: size, record: record, progress: progress)
            }
        } else {
            plan = try Self.chunkPlan(videoSize: size, wanted: channel.chunkBytes)
            let creator = try await creatorInfo()
            let privacy = try check(release, against: creator)
            let (publishID, uploadURL) = try await initialize(release, plan: plan, privacy: privacy, creator: creator)
            state = UploadCheckpoint(totalBytes: size)
            state.stage = .sessionOpen
            state.session = publishID
            state.uploadURL = uploadURL
            try await connection.save(state, record)
        }
        guard let publishID = state.session, let address = state.uploadURL.flatMap(URL.init(string:)) else {
            throw ChannelsError(code: .malformedResponse, message: "\(connection.name): the recorded upload has no upload address")
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: release.video)
        } catch {
            throw ChannelsError(code: .refused, message: "\(connection.name): cannot read \(release.video.path)")
        }
        defer { try? handle.close() }
        await progress(plan.range(ofChunk: startChunk).lowerBound, size)
        var index = startChunk
        while index < plan.totalChunkCount {
            let range = plan.range(ofChunk: index)
            let bytes: Data
            do {
                try handle.seek(toOffset: UInt64(range.lowerBound))
                bytes = try handle.read(upToCount: Int(range.count)) ?? Data()
            } catch {
                throw ChannelsError(code: .refused, message: "\(connection.name): cannot read \(release.video.path) at byte \(range.lowerBound)")
            }
            guard Int64(bytes.count) == range.count else {
                throw ChannelsError(code: .uploadExpired, message: "\(connection.name): \(release.video.lastPathComponent) is shorter than when its upload began")
            }
            let purpose = "chunk \(index + 1) of \(plan.totalChunkCount)"
            let request = PlatformRequest(
                .PUT, address,
                headers: [("Content-Type", "video/mp4"), ("Content-Range", "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(size)")], body: bytes,
                purpose: purpose, authorized: false)
            let response = try await connection.send(request, interpret: { response in uploadFailure(response, purpose: purpose) })
            state.confirmedBytes = range.upperBound
            try await connection.save(state, record)
            await progress(range.upperBound, size)
            if response.status == 201 { break }
            index += 1
        }
        return try await finish(state, publishID: publishID, size: size, record: record, progress: progress)
    }

    private func finish(
        _ checkpoint: UploadCheckpoint, publishID: String, size: Int64, record: @Sendable (UploadCheckpoint) async throws -> Void,
        progress: @Sendable (Int64, Int64) async -> Void
    ) async throws(ChannelsError) -> PlatformPost {
        var state = checkpoint
        state.confirmedBytes = size
        state.platformID = publishID
        state.stage = .uploaded
        try await connection.save(state, record)
        state.stage = .attached  // TikTok takes no caption files through this API.
        try await connection.save(state, record)
        await progress(size, size)
        return PlatformPost(id: publishID, url: nil, state: .processing)
    }

    private func fileSize(_ url: URL) throws(ChannelsError) -> Int64 {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path), let size = attributes[.size] as? NSNumber else {
            throw ChannelsError(code: .refused, message: "\(connection.name): the episode's video \(url.path) is missing")
        }
        return size.int64Value
    }

    // MARK: Calls

    struct CreatorInfo {
        var privacyOptions: [String]
        var maxDurationSeconds: Double?
        var commentDisabled: Bool
        var duetDisabled: Bool
        var stitchDisabled: Bool
    }

    private func url(_ path: String) throws(ChannelsError) -> URL {
        guard let endpoint = channel.endpoint, let url = URL(string: path, relativeTo: endpoint)?.absoluteURL else {
            throw ChannelsError(code: .invalidSettings, message: "\(connection.name) has no API endpoint (`channels.\(channel.name).endpoint` in cliff.yaml)")
        }
        return url
    }

    /// Sends a JSON call and returns its `data` object, TikTok's error object turned into a
    /// `ChannelsError` whatever the status.
    private func call(_ path: String, _ body: [String: Any], purpose: String, interpret: @escaping @Sendable (TikTokError) -> ChannelsError? = { _ in nil }) async throws(ChannelsError) -> [String: Any] {
        let request = PlatformRequest.json(.POST, try url(path), body, purpose: purpose)
        let name = connection.name
        let response = try await connection.send(request, interpret: { response in
            TikTokError(response).flatMap { interpret($0) ?? $0.error(name: name, purpose: purpose, channel: channel) }
        })
        if let error = TikTokError(response), error.code != "ok" {
            throw interpret(error) ?? error.error(name: name, purpose: purpose, channel: channel)
                ?? ChannelsError(code: .rejected, message: "\(name): TikTok refused \(purpose) (\(error.code): \(error.message))")
        }
        guard let data = response.json["data"] as? [String: Any] else {
            throw ChannelsError(code: .malformedResponse, message: "\(name): TikTok's answer to \(purpose) has no data object: \(response.snippet)")
        }
        return data
    }

    private func creatorInfo() async throws(ChannelsError) -> CreatorInfo {
        let data = try await call("/v2/post/publish/creator_info/query/", [:], purpose: "the creator info query")
        return CreatorInfo(
            privacyOptions: (data["privacy_level_options"] as? [String]) ?? [],
            maxDurationSeconds: (data["max_video_post_duration_sec"] as? NSNumber)?.doubleValue,
            commentDisabled: (data["comment_disabled"] as? Bool) ?? false, duetDisabled: (data["duet_disabled"] as? Bool) ?? false,
            stitchDisabled: (data["stitch_disabled"] as? Bool) ?? false)
    }

    private func check(_ release: EpisodeRelease, against creator: CreatorInfo) throws(ChannelsError) -> String {
        let privacy = channel.privacy ?? "SELF_ONLY"
        guard creator.privacyOptions.contains(privacy) else {
            let allowed = creator.privacyOptions.isEmpty ? "none (TikTok offered no privacy level)" : creator.privacyOptions.joined(separator: ", ")
            throw ChannelsError(
                code: .refused,
                message: "\(connection.name): the TikTok account does not allow privacy \(privacy) (unaudited apps may post SELF_ONLY only); set `channels.\(channel.name).privacy` in cliff.yaml to one of: \(allowed)")
        }
        if let longest = creator.maxDurationSeconds, longest > 0, release.durationSeconds > longest {
            throw ChannelsError(
                code: .refused,
                message: "\(connection.name): episode \(release.episode) is \(Int(release.durationSeconds.rounded(.up))) s long; this TikTok account may post videos of at most \(Int(longest)) s")
        }
        return privacy
    }

    private func initialize(_ release: EpisodeRelease, plan: ChunkPlan, privacy: String, creator: CreatorInfo) async throws(ChannelsError) -> (String, String) {
        let cover = max(0, min(coverTimestampMilliseconds, Int(release.durationSeconds * 500)))
        let body: [String: Any] = [
            "post_info": [
                "title": Self.caption(for: release),
                "privacy_level": privacy,
                "disable_comment": creator.commentDisabled,
                "disable_duet": creator.duetDisabled,
                "disable_stitch": creator.stitchDisabled,
                "video_cover_timestamp_ms": cover,
                "brand_content_toggle": false,
                "brand_organic_toggle": false,
                "is_aigc": true,
            ] as [String: Any],
            "source_info": [
                "source": "FILE_UPLOAD", "video_size": plan.videoSize, "chunk_size": plan.chunkSize, "total_chunk_count": plan.totalChunkCount,
            ] as [String: Any],
        ]
        let data = try await call("/v2/post/publish/video/init/", body, purpose: "the post initialisation")
        guard let publishID = data["publish_id"] as? String, !publishID.isEmpty, let upload = data["upload_url"] as? String, URL(string: upload) != nil else {
            throw ChannelsError(code: .malformedResponse, message: "\(connection.name): TikTok's answer to the post initialisation has no publish_id or upload_url")
        }
        return (publishID, upload)
    }

    struct PublishStatus {
        var status: String
        var failReason: String?
        var postIDs: [String]
        var uploadedBytes: Int64?
    }

    private func fetchStatus(_ publishID: String, purpose: String, resuming: Bool) async throws(ChannelsError) -> PublishStatus {
        let name = connection.name
        let data = try await call("/v2/post/publish/status/fetch/", ["publish_id": publishID], purpose: purpose) { error in
            guard resuming, error.code == "invalid_publish_id" else { return nil }
            return ChannelsError(code: .uploadExpired, message: "\(name): TikTok no longer knows the interrupted upload (\(error.code)); a new upload is needed")
        }
        guard let status = data["status"] as? String else {
            throw ChannelsError(code: .malformedResponse, message: "\(name): TikTok's answer to \(purpose) has no status")
        }
        let ids = ((data["publicaly_available_post_id"] ?? data["publicly_available_post_id"]) as? [Any] ?? []).compactMap { value -> String? in
            if let text = value as? String { return text }
            return (value as? NSNumber).map { String($0.int64Value) }
        }
        return PublishStatus(
            status: status, failReason: (data["fail_reason"] as? String).flatMap { $0.isEmpty ? nil : $0 }, postIDs: ids,
            uploadedBytes: (data["uploaded_bytes"] as? NSNumber)?.int64Value)
    }

    // MARK: Status and statistics

    /// Where the post stands: `PUBLISH_COMPLETE` is live (its id becomes the public post id
    /// when TikTok gives one — a private post has none), `FAILED` is failed with TikTok's
    /// `fail_reason`, anything else is still processing. A post already live is returned as it
    /// is: the status call takes publish ids only.
    public func status(of post: PlatformPost) async throws(ChannelsError) -> PlatformPost {
        guard post.state == .processing else { return post }
        let status = try await fetchStatus(post.id, purpose: "the publish status", resuming: false)
        switch status.status {
        case "PUBLISH_COMPLETE":
            if let id = status.postIDs.first {
                return PlatformPost(id: id, url: "https://www.tiktok.com/@/video/\(id)", state: .live)
            }
            return PlatformPost(id: post.id, url: nil, state: .live)
        case "FAILED":
            return PlatformPost(id: post.id, url: post.url, state: .failed, failure: status.failReason ?? "TikTok gave no reason")
        default:
            return post
        }
    }

    /// Views, likes, comments and shares from `POST /v2/video/query/`; TikTok's API offers no
    /// retention curve or watch time, so those stay empty.
    /// - Throws: `ChannelsError` `rejected` when TikTok does not return the video (a private
    ///   post has no public id to query).
    public func statistics(of post: PlatformPost, durationSeconds: Double) async throws(ChannelsError) -> PlatformStatistics {
        let data = try await call(
            "/v2/video/query/?fields=id,view_count,like_count,comment_count,share_count,duration", ["filters": ["video_ids": [post.id]]],
            purpose: "the video query")
        let videos = (data["videos"] as? [[String: Any]]) ?? []
        guard let video = videos.first(where: { Self.string($0["id"]) == post.id }) ?? (videos.count == 1 ? videos.first : nil) else {
            throw ChannelsError(
                code: .rejected,
                message: "\(connection.name): TikTok returned no video \(post.id) (a post gets a public id once it is published and not private)")
        }
        func count(_ key: String) -> Int? { (video[key] as? NSNumber)?.intValue }
        return PlatformStatistics(views: count("view_count") ?? 0, likes: count("like_count"), shares: count("share_count"), comments: count("comment_count"))
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        return (value as? NSNumber).map { String($0.int64Value) }
    }

    private func uploadFailure(_ response: PlatformResponse, purpose: String) -> ChannelsError? {
        guard [403, 404, 410].contains(response.status) else { return nil }
        return ChannelsError(
            code: .uploadExpired,
            message: "\(connection.name): TikTok's upload address is gone (\(response.status) for \(purpose)); upload addresses last an hour — a new upload is needed")
    }
}

/// TikTok's error object: `{"error": {"code": "…", "message": "…", "log_id": "…"}}` (its
/// `code` is `ok` on success).
struct TikTokError: Sendable {
    var code: String
    var message: String
    var logID: String?
    var status: Int

    init?(_ response: PlatformResponse) {
        guard let error = response.json["error"] as? [String: Any], let code = error["code"] as? String else { return nil }
        self.code = code
        self.message = (error["message"] as? String) ?? ""
        self.logID = error["log_id"] as? String
        self.status = response.status
    }

    /// The `ChannelsError` for this code, or nil for what `PlatformConnection` handles itself
    /// (`ok`, `rate_limit_exceeded`, `access_token_invalid`, `internal_error`, 5xx).
    func error(name: String, purpose: String, channel: Channel) -> ChannelsError? {
        let detail = "\(code)\(message.isEmpty ? "" : ": \(message)")\(logID.map { " (log_id \($0))" } ?? "")"
        switch code {
        case "ok", "rate_limit_exceeded", "access_token_invalid", "internal_error":
            return nil
        case "scope_not_authorized":
            return ChannelsError(
                code: .reauthorize,
                message: "\(name): the TikTok account did not grant the scope \(purpose) needs (\(detail)); run `cliff channels authorize \(channel.name)` to authorise again with video.publish (and video.list for statistics)")
        case "privacy_level_option_mismatch", "unaudited_client_can_only_post_to_private_accounts":
            return ChannelsError(
                code: .refused,
                message: "\(name): TikTok refused the privacy level \(channel.privacy ?? "SELF_ONLY") (\(detail)); set `channels.\(channel.name).privacy` in cliff.yaml to one the account allows")
        case "spam_risk_too_many_posts", "spam_risk_too_many_pending_share", "reached_active_user_cap":
            return ChannelsError(code: .quotaExhausted, message: "\(name): TikTok allows no more posts for now (\(detail)); it is tried again on a later day")
        case "spam_risk_user_banned_from_posting":
            return ChannelsError(code: .refused, message: "\(name): TikTok does not let this account post (\(detail))")
        default:
            if status >= 500 { return nil }
            return ChannelsError(code: .rejected, message: "\(name): TikTok refused \(purpose) (\(status) \(detail))")
        }
    }
}
