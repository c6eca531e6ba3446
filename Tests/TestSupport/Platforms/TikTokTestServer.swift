package import Channels
package import Foundation
package import Hummingbird
package import NIOCore
package import Synchronization

/// TikTok's Content Posting API on loopback, as its reference documents it: creator info
/// query, Direct Post init (checking the media transfer guide's chunk rules), the upload
/// address taking sequential `PUT`s with `Content-Range` (206 until the last, then 201),
/// status fetch with `uploaded_bytes` and `publicaly_available_post_id`, and the video query.
/// Every answer carries `{"error": {"code", "message", "log_id"}}`.
///
/// Failures are injected through `failures`; `postsCreated` counts successful inits.
package final class TikTokTestServer: Sendable {
    /// What goes wrong, and what the account allows.
    package struct Failures: Sendable {
        /// How many inits are answered 429 `rate_limit_exceeded` with `Retry-After: 1` first.
        package var rateLimitedInits = 0
        /// Chunk indexes (0-based) answered 503 once each, storing nothing.
        package var unavailableChunks: Set<Int> = []
        /// Upload addresses answer 404 (expired).
        package var uploadsExpired = false
        /// Processing fails with this reason once every byte is there.
        package var failReason: String?
        /// Inits are answered 403 `spam_risk_too_many_posts`.
        package var tooManyPosts = false
        /// The creator's privacy options.
        package var privacyOptions = ["FOLLOWER_OF_CREATOR", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"]
        /// The video query is answered 401 `scope_not_authorized` (video.list not granted).
        package var queryScopeMissing = false
        /// The creator's longest post, in seconds.
        package var maxDurationSeconds = 600
    }

    /// One upload session.
    package struct Upload: Sendable {
        package var publishID: String
        package var postInfo: [String: String]
        package var aigc: Bool?
        package var size: Int
        package var chunkSize: Int
        package var chunkCount: Int
        package var received = Data()
        package var chunksAccepted = 0
        package var postID: Int64
        package var complete: Bool { received.count == size }
    }

    package struct State: Sendable {
        package var failures = Failures()
        package var uploads: [String: Upload] = [:]
        package var postsCreated = 0
        package var initAttempts = 0
        package var unavailableServed: Set<Int> = []
        package var problems: [String] = []
    }

    package let server: LoopbackServer
    private let box: Box

    package final class Box: Sendable {
        package let state = Mutex(State())
        package let authorize: @Sendable (String?) -> Bool
        package let port = Mutex(0)
        package init(authorize: @escaping @Sendable (String?) -> Bool) { self.authorize = authorize }
    }

    private init(server: LoopbackServer, box: Box) {
        self.server = server
        self.box = box
    }

    package var endpoint: URL { server.endpoint }
    package var log: RequestLog { server.log }
    /// Inits that opened an upload session.
    package var postsCreated: Int { box.state.withLock { $0.postsCreated } }
    /// Inits asked for, refused ones included.
    package var initAttempts: Int { box.state.withLock { $0.initAttempts } }
    /// The sessions by publish id.
    package var uploads: [String: Upload] { box.state.withLock { $0.uploads } }
    /// Protocol breaches the server saw (a chunk out of order, a bearer token on the upload…).
    package var problems: [String] { box.state.withLock { $0.problems } }
    /// What goes wrong.
    package var failures: Failures {
        get { box.state.withLock { $0.failures } }
        set { box.state.withLock { $0.failures = newValue } }
    }

    /// Starts a server accepting the bearer tokens `authorize` accepts (default `test-token`).
    package static func start(authorize: @escaping @Sendable (String?) -> Bool = { $0 == "test-token" }) async throws -> TikTokTestServer {
        let box = Box(authorize: authorize)
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v2/post/publish/creator_info/query") { request, _ in
                if let refused = box.refuseToken(request) { return refused }
                let failures = box.state.withLock { $0.failures }
                return reply([
                    "creator_avatar_url": "https://p16.example/avatar.jpg", "creator_username": "cliffhanger", "creator_nickname": "Cliffhanger",
                    "privacy_level_options": failures.privacyOptions, "comment_disabled": false, "duet_disabled": false, "stitch_disabled": false,
                    "max_video_post_duration_sec": failures.maxDurationSeconds,
                ])
            }
            router.post("/v2/post/publish/video/init") { request, _ in
                if let refused = box.refuseToken(request) { return refused }
                let body = try await request.body.collect(upTo: 1 << 20)
                let object = (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
                return box.initialize(object)
            }
            router.put("/upload/:id") { request, context in
                let id = context.parameters.get("id") ?? ""
                let body = try await request.body.collect(upTo: 200 << 20)
                return box.chunk(id, range: request.headers[.contentRange], type: request.headers[.contentType], bearer: request.headers[.authorization], bytes: Data(body.readableBytesView))
            }
            router.post("/v2/post/publish/status/fetch") { request, _ in
                if let refused = box.refuseToken(request) { return refused }
                let body = try await request.body.collect(upTo: 1 << 20)
                let object = (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
                return box.status(object["publish_id"] as? String ?? "")
            }
            router.post("/v2/video/query") { request, _ in
                if let refused = box.refuseToken(request) { return refused }
                if box.state.withLock({ $0.failures.queryScopeMissing }) {
                    return failure("scope_not_authorized", "The user did not authorize the scope required for completing this request.", status: .unauthorized)
                }
                let fields = (request.uri.queryParameters.get("fields") ?? "").split(separator: ",").map(String.init)
                let body = try await request.body.collect(upTo: 1 << 20)
                let object = (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
                let ids = ((object["filters"] as? [String: Any])?["video_ids"] as? [String]) ?? []
                let known = box.state.withLock { state in Set(state.uploads.values.filter(\.complete).map { String($0.postID) }) }
                let videos = ids.filter(known.contains).map { id -> [String: Any] in
                    let all: [String: Any] = ["id": id, "view_count": 1234, "like_count": 56, "comment_count": 7, "share_count": 8, "duration": 90]
                    return all.filter { fields.contains($0.key) }
                }
                return reply(["videos": videos, "cursor": 0, "has_more": false])
            }
        }
        box.port.withLock { $0 = server.port }
        return TikTokTestServer(server: server, box: box)
    }

    package func stop() async { await server.stop() }

    /// A TikTok channel whose endpoint is this server.
    package func channel(name: String = "tiktok", privacy: String = "SELF_ONLY", chunkBytes: Int = 5 << 20) -> Channels.Channel {
        var channel = Channels.Channel(name: name, kind: .tiktok)
        channel.endpoint = endpoint
        channel.privacy = privacy
        channel.chunkBytes = chunkBytes
        return channel
    }
}

private func reply(_ data: [String: Any], status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
    respond(["data": data, "error": ["code": "ok", "message": "", "log_id": "log-\(UUID().uuidString.prefix(8))"]], status: status, headers: headers)
}

private func failure(_ code: String, _ message: String, status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
    respond(["data": [String: Any](), "error": ["code": code, "message": message, "log_id": "log-\(UUID().uuidString.prefix(8))"]], status: status, headers: headers)
}

private func respond(_ object: [String: Any], status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
    var fields = headers
    fields[.contentType] = "application/json; charset=UTF-8"
    let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
    return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
}

extension TikTokTestServer.Box {
    package func refuseToken(_ request: Request) -> Response? {
        let header = request.headers[.authorization]
        let token = header.flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        guard authorize(token) else {
            return failure("access_token_invalid", "The access token is invalid or not found in the request.", status: .unauthorized)
        }
        return nil
    }

    package func initialize(_ object: [String: Any]) -> Response {
        let post = object["post_info"] as? [String: Any] ?? [:]
        let source = object["source_info"] as? [String: Any] ?? [:]
        enum Outcome { case limited, spam, privacy, invalid(String), opened(String, String) }
        let port = self.port.withLock { $0 }
        let outcome: Outcome = state.withLock { state in
            state.initAttempts += 1
            if state.failures.rateLimitedInits > 0 {
                state.failures.rateLimitedInits -= 1
                return .limited
            }
            if state.failures.tooManyPosts { return .spam }
            guard let privacy = post["privacy_level"] as? String, state.failures.privacyOptions.contains(privacy) else { return .privacy }
            guard source["source"] as? String == "FILE_UPLOAD", let size = (source["video_size"] as? NSNumber)?.intValue,
                let chunk = (source["chunk_size"] as? NSNumber)?.intValue, let count = (source["total_chunk_count"] as? NSNumber)?.intValue
            else { return .invalid("source_info needs source FILE_UPLOAD, video_size, chunk_size and total_chunk_count") }
            // The media transfer guide's chunk restrictions.
            let mb = 1 << 20
            if size < 5 * mb, chunk != size || count != 1 { return .invalid("a video under 5 MB goes as one chunk of its size") }
            if size >= 5 * mb, !(5 * mb...64 * mb).contains(chunk) { return .invalid("chunks are 5 to 64 MB") }
            if size > 64 * mb, count < 2 { return .invalid("a video over 64 MB goes in several chunks") }
            if count != size / chunk { return .invalid("total_chunk_count must be video_size / chunk_size rounded down") }
            if !(1...1000).contains(count) || size - (count - 1) * chunk > 128 * mb { return .invalid("1 to 1000 chunks, the last at most 128 MB") }
            let id = "v_pub_file~v2-1.\(7_300_000_000_000_000_000 + Int64(state.uploads.count + 1))"
            var info: [String: String] = [:]
            for (key, value) in post {
                let flag = key.hasPrefix("disable_") || key.hasPrefix("is_") || key.hasPrefix("brand_")
                info[key] = flag ? ((value as? Bool).map { $0 ? "true" : "false" } ?? "\(value)") : "\(value)"
            }
            state.uploads[id] = TikTokTestServer.Upload(
                publishID: id, postInfo: info, aigc: post["is_aigc"] as? Bool, size: size, chunkSize: chunk, chunkCount: count,
                postID: 7_400_000_000_000_000_000 + Int64(state.uploads.count + 1))
            state.postsCreated += 1
            let token = id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? id
            return .opened(id, "http://127.0.0.1:\(port)/upload/\(token)?upload_token=secret-\(UUID().uuidString)")
        }
        switch outcome {
        case .limited:
            return failure("rate_limit_exceeded", "API rate limit was exceeded.", status: .tooManyRequests, headers: [.retryAfter: "1"])
        case .spam:
            return failure("spam_risk_too_many_posts", "The daily post cap from the API is reached for the current user.", status: .forbidden)
        case .privacy:
            return failure("privacy_level_option_mismatch", "privacy_level is not one of the creator's privacy_level_options.", status: .badRequest)
        case .invalid(let why):
            return failure("invalid_params", why, status: .badRequest)
        case .opened(let id, let url):
            return reply(["publish_id": id, "upload_url": url])
        }
    }

    package func chunk(_ escaped: String, range: String?, type: String?, bearer: String?, bytes: Data) -> Response {
        let id = escaped.removingPercentEncoding ?? escaped
        enum Outcome { case gone, unavailable, bad(String), partial, created }
        let outcome: Outcome = state.withLock { state in
            guard var upload = state.uploads[id] else { return .gone }
            if state.failures.uploadsExpired { return .gone }
            if bearer != nil { state.problems.append("a bearer token was sent to the upload address") }
            if type != "video/mp4" { state.problems.append("Content-Type \(type ?? "none")") }
            // bytes FIRST-LAST/TOTAL
            let parts = (range ?? "").replacingOccurrences(of: "bytes ", with: "").split(whereSeparator: { $0 == "-" || $0 == "/" }).compactMap { Int($0) }
            guard parts.count == 3, parts[2] == upload.size, parts[1] - parts[0] + 1 == bytes.count else {
                return .bad("Content-Range \(range ?? "none") does not match \(bytes.count) bytes of \(upload.size)")
            }
            let index = parts[0] / upload.chunkSize
            guard parts[0] == index * upload.chunkSize, index < upload.chunkCount,
                bytes.count == (index == upload.chunkCount - 1 ? upload.size - index * upload.chunkSize : upload.chunkSize)
            else { return .bad("chunk \(range ?? "") is not on the announced chunk boundaries") }
            guard parts[0] <= upload.received.count else { return .bad("chunks must be uploaded sequentially") }
            if state.failures.unavailableChunks.contains(index), !state.unavailableServed.contains(index) {
                state.unavailableServed.insert(index)
                return .unavailable
            }
            upload.received = upload.received.prefix(parts[0]) + bytes
            upload.chunksAccepted += 1
            state.uploads[id] = upload
            return upload.complete ? .created : .partial
        }
        switch outcome {
        case .gone: return Response(status: .notFound)
        case .unavailable: return Response(status: .serviceUnavailable)
        case .bad(let why):
            state.withLock { $0.problems.append(why) }
            return Response(status: .badRequest, body: .init(byteBuffer: ByteBuffer(string: why)))
        case .partial: return Response(status: .partialContent)
        case .created: return Response(status: .created)
        }
    }

    package func status(_ id: String) -> Response {
        guard let upload = state.withLock({ $0.uploads[id] }) else {
            return failure("invalid_publish_id", "The publish_id does not exist.", status: .badRequest)
        }
        let failReason = state.withLock { $0.failures.failReason }
        if !upload.complete {
            return reply(["status": "PROCESSING_UPLOAD", "uploaded_bytes": upload.received.count])
        }
        if let failReason {
            return reply(["status": "FAILED", "fail_reason": failReason, "uploaded_bytes": upload.size])
        }
        return reply(["status": "PUBLISH_COMPLETE", "publicaly_available_post_id": [NSNumber(value: upload.postID)], "uploaded_bytes": upload.size])
    }
}
