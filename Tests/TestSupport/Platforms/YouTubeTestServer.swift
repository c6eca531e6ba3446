package import Foundation
import HTTPTypes
package import Hummingbird
package import NIOCore
package import Synchronization

/// A YouTube Data API v3 and Analytics API v2 stand-in on loopback, speaking the documented
/// protocol: bearer tokens, resumable `videos.insert` sessions (`Location` with `upload_id`,
/// `Content-Range` chunks of 256 KiB multiples, `308` with `Range`, the `bytes */TOTAL` offset
/// query), multipart `captions.insert`, `videos.list` and `reports.query` — with failures to
/// inject: 429 with `Retry-After`, a 503 after storing part of a chunk, a spent quota, expired
/// sessions, a token that expires mid-upload.
package final class YouTubeTestServer: Sendable {
    /// The underlying server (its request log included).
    package let server: LoopbackServer
    /// What the server holds and how it misbehaves.
    package let store: Store

    /// The routes an injected failure can hit.
    package enum Route: Hashable, Sendable {
        case openSession, chunk, offsetQuery, captions, videos, reports
    }

    package struct Session: Sendable {
        package var id: String
        package var metadata: Data
        package var declaredLength: Int
        package var received = Data()
        /// Every byte of every chunk sent to the session, resent ones included.
        package var bytesSent = 0
        package var videoID: String?
    }

    package struct Video: Sendable {
        package var id: String
        package var metadata: Data
        package var bytes: Data
        package var statusCalls = 0
    }

    package struct Caption: Sendable {
        package var videoID: String
        package var language: String
        package var name: String
        package var isDraft: Bool?
        package var body: Data
    }

    package struct State: Sendable {
        package var base = ""
        package var validToken: String
        package var sessions: [String: Session] = [:]
        package var sessionOrder: [String] = []
        package var videos: [String: Video] = [:]
        package var videoOrder: [String] = []
        package var captions: [Caption] = []
        package var rateLimits: [Route: Int] = [:]
        package var retryAfter = 1
        /// Data chunk numbers (1-based, counted over the server's life) answered 503 after
        /// storing only part of the chunk.
        package var interruptedChunks: Set<Int> = []
        package var chunksSeen = 0
        package var offsetQueries = 0
        /// After this many data chunks the valid token becomes the second value.
        package var rotateToken: (afterChunks: Int, token: String)?
        package var quotaExhausted = false
        /// Session requests are refused with 400 `invalidTitle`.
        package var rejectTitle = false
        package var sessionsExpired = false
        /// Status calls answered "uploaded"/"processing" before "processed".
        package var processingPolls = 1
        /// `uploadStatus` and its reason for every video, when set.
        package var failure: (status: String, reasonKey: String, reason: String)?
        package var statistics: [String: String] = ["viewCount": "1234", "likeCount": "56", "commentCount": "7", "favoriteCount": "0"]
        /// Rows of `elapsedVideoTimeRatio, audienceWatchRatio, relativeRetentionPerformance`.
        package var retention: [[Double]] = [[0.5, 0.62, 0.55], [0.01, 1.2, 0.6], [1.0, 0.31, 0.5]]
        package var views = 1234
        package var averageViewDuration = 41.5
        package var reportQueries: [[String: String]] = []
    }

    /// The state behind the routes.
    package final class Store: Sendable {
        package let state: Mutex<State>
        /// A data chunk held without an answer (to kill the client mid-upload).
        package let hold = ChunkHold()
        package init(token: String) { state = Mutex(State(validToken: token)) }
    }

    /// Holds the n-th data chunk the server receives (its bytes read, not yet stored, no answer
    /// sent) until released: a client killed meanwhile never learns whether it arrived.
    package final class ChunkHold: Sendable {
        private struct Gate {
            var chunk: Int?
            var seen = 0
            var arrived = false
            var waiting: CheckedContinuation<Void, Never>?
            var released = false
        }
        private let gate = Mutex(Gate())

        /// Holds data chunk `chunk` (1 for the first the server receives).
        package func hold(chunk: Int) { gate.withLock { $0.chunk = chunk } }
        /// Whether the held chunk has arrived.
        package var arrived: Bool { gate.withLock { $0.arrived } }
        /// Lets the held chunk through (now or when it arrives).
        package func release() {
            let waiting = gate.withLock { gate -> CheckedContinuation<Void, Never>? in
                gate.released = true
                defer { gate.waiting = nil }
                return gate.waiting
            }
            waiting?.resume()
        }

        /// Called for every data chunk: waits while it is the held one.
        func pass() async {
            await withCheckedContinuation { continuation in
                let go = gate.withLock { gate -> Bool in
                    gate.seen += 1
                    guard gate.seen == gate.chunk, !gate.released else { return true }
                    gate.arrived = true
                    gate.waiting = continuation
                    return false
                }
                if go { continuation.resume() }
            }
        }
    }

    private init(server: LoopbackServer, store: Store) {
        self.server = server
        self.store = store
    }

    /// Starts a server accepting `token`.
    package static func start(token: String = "token-1") async throws -> YouTubeTestServer {
        let store = Store(token: token)
        let server = try await LoopbackServer.start { router, _ in Self.routes(router, store) }
        store.state.withLock { $0.base = server.endpoint.absoluteString }
        return YouTubeTestServer(server: server, store: store)
    }

    /// `http://127.0.0.1:<port>`.
    package var endpoint: URL { server.endpoint }

    /// Stops the server.
    package func stop() async { await server.stop() }

    // MARK: - What the tests read and set

    package func with<Value>(_ body: (inout State) -> Value) -> Value { store.state.withLock { body(&$0) } }

    /// How many videos were created (sessions that received every byte).
    package var videosCreated: Int { with { $0.videoOrder.count } }
    /// How many upload sessions were opened.
    package var sessionsOpened: Int { with { $0.sessionOrder.count } }
    /// The videos, in the order they were created.
    package var videos: [Video] { with { state in state.videoOrder.compactMap { state.videos[$0] } } }
    /// Bytes the sessions received over all chunks, resent ones included.
    package var bytesSent: Int { with { $0.sessions.values.reduce(0) { $0 + $1.bytesSent } } }
    /// The caption tracks received.
    package var captions: [Caption] { with { $0.captions } }
    /// Offset queries (`Content-Range: bytes */TOTAL`) answered.
    package var offsetQueries: Int { with { $0.offsetQueries } }

    /// Answers the next `times` calls of `route` with 429 and `Retry-After: seconds`.
    package func rateLimit(_ route: Route, times: Int, retryAfter seconds: Int = 1) {
        with {
            $0.rateLimits[route] = times
            $0.retryAfter = seconds
        }
    }

    /// Adds a finished video directly, as if uploaded earlier.
    package func addVideo(id: String, title: String = "An episode") -> String {
        let metadata = (try? JSONSerialization.data(withJSONObject: ["snippet": ["title": title], "status": ["privacyStatus": "private"]])) ?? Data()
        with {
            $0.videos[id] = Video(id: id, metadata: metadata, bytes: Data())
            $0.videoOrder.append(id)
        }
        return id
    }

    // MARK: - The protocol

    package static let uploadPath = "/upload/youtube/v3/videos"
    package static let granularity = 256 * 1024

    private static func routes(_ router: Router<BasicRequestContext>, _ store: Store) {
        router.post("/upload/youtube/v3/videos") { request, _ -> Response in
            var request = request
            let body = Data(try await request.collectBody(upTo: 64 << 20).readableBytesView)
            if let refused = check(request, store, .openSession) { return refused }
            let query = queryItems(request)
            guard query["uploadType"] == "resumable", query["part"] == "snippet,status" else {
                return googleError(400, reason: "invalidParameter", "uploadType must be resumable and part snippet,status")
            }
            if store.state.withLock({ $0.quotaExhausted }) {
                return googleError(
                    403, reason: "quotaExceeded", domain: "youtube.quota",
                    "The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.")
            }
            if store.state.withLock({ $0.rejectTitle }) {
                return googleError(400, reason: "invalidTitle", "The request metadata specifies an invalid video title.")
            }
            guard let length = request.headers[HTTPField.Name("X-Upload-Content-Length")!].flatMap({ Int($0) }),
                request.headers[HTTPField.Name("X-Upload-Content-Type")!]?.hasPrefix("video/") == true,
                let metadata = try? JSONSerialization.jsonObject(with: body) as? [String: Any], metadata["snippet"] is [String: Any]
            else {
                return googleError(400, reason: "invalidParameter", "the session needs X-Upload-Content-Length, X-Upload-Content-Type and a video resource")
            }
            let location = store.state.withLock { state -> String in
                let id = "upload-\(state.sessionOrder.count + 1)-\(UUID().uuidString.prefix(8))"
                state.sessions[id] = Session(id: id, metadata: body, declaredLength: length)
                state.sessionOrder.append(id)
                return "\(state.base)\(uploadPath)?uploadType=resumable&part=snippet,status&upload_id=\(id)"
            }
            return Response(status: .ok, headers: [.location: location, .contentLength: "0"])
        }

        router.put("/upload/youtube/v3/videos") { request, _ -> Response in
            var request = request
            let body = Data(try await request.collectBody(upTo: 64 << 20).readableBytesView)
            guard let range = request.headers[.contentRange] else { return googleError(400, reason: "badContent", "Content-Range is required") }
            let isQuery = range.hasPrefix("bytes */")
            if !isQuery { await store.hold.pass() }
            if let refused = check(request, store, isQuery ? .offsetQuery : .chunk) { return refused }
            guard let id = queryItems(request)["upload_id"] else { return googleError(404, reason: "notFound", "No upload session") }
            return store.state.withLock { state -> Response in
                guard !state.sessionsExpired, var session = state.sessions[id] else {
                    return googleError(404, reason: "notFound", "The upload session was not found or has expired")
                }
                defer { state.sessions[id] = session }
                if isQuery {
                    state.offsetQueries += 1
                    guard Int(range.dropFirst("bytes */".count)) == session.declaredLength else {
                        return googleError(400, reason: "badContent", "the total does not match the session")
                    }
                    if let video = session.videoID { return resource(state.videos[video]) }
                    return incomplete(session.received.count)
                }
                // bytes a-b/total
                let parts = range.dropFirst("bytes ".count).split(whereSeparator: { $0 == "-" || $0 == "/" }).compactMap { Int($0) }
                guard parts.count == 3, parts[2] == session.declaredLength, parts[1] - parts[0] + 1 == body.count, parts[0] <= session.received.count else {
                    return googleError(400, reason: "badContent", "Content-Range \(range) does not fit the session (holding \(session.received.count))")
                }
                let isLast = parts[1] + 1 == session.declaredLength
                guard isLast || body.count % granularity == 0 else {
                    return googleError(400, reason: "badContent", "chunks other than the last must be multiples of 256 KiB")
                }
                state.chunksSeen += 1
                if let rotation = state.rotateToken, state.chunksSeen >= rotation.afterChunks {
                    state.validToken = rotation.token
                    state.rotateToken = nil
                }
                session.bytesSent += body.count
                if let video = session.videoID { return resource(state.videos[video]) }
                let fresh = body.dropFirst(session.received.count - parts[0])
                if state.interruptedChunks.remove(state.chunksSeen) != nil {
                    // The connection broke mid-chunk: part of it arrived.
                    let kept = fresh.count / 2 / granularity * granularity
                    session.received.append(fresh.prefix(kept))
                    return googleError(503, reason: "backendError", "Backend Error")
                }
                session.received.append(fresh)
                guard session.received.count == session.declaredLength else { return incomplete(session.received.count) }
                let videoID = "vid\(state.videoOrder.count + 1)x\(UUID().uuidString.prefix(6))"
                state.videos[videoID] = Video(id: videoID, metadata: session.metadata, bytes: session.received)
                state.videoOrder.append(videoID)
                session.videoID = videoID
                return resource(state.videos[videoID])
            }
        }

        router.post("/upload/youtube/v3/captions") { request, _ -> Response in
            var request = request
            let body = Data(try await request.collectBody(upTo: 64 << 20).readableBytesView)
            if let refused = check(request, store, .captions) { return refused }
            let query = queryItems(request)
            guard query["part"] == "snippet", query["uploadType"] == "multipart",
                let type = request.headers[.contentType], type.hasPrefix("multipart/related"),
                let boundary = type.components(separatedBy: "boundary=").last?.trimmingCharacters(in: CharacterSet(charactersIn: "\"")),
                let parts = multipart(body, boundary: boundary), parts.count == 2,
                let json = try? JSONSerialization.jsonObject(with: parts[0]) as? [String: Any], let snippet = json["snippet"] as? [String: Any],
                let videoID = snippet["videoId"] as? String, let language = snippet["language"] as? String, let name = snippet["name"] as? String
            else {
                return googleError(400, reason: "invalidMetadata", "captions.insert needs a multipart/related body: the snippet, then the track")
            }
            return store.state.withLock { state -> Response in
                guard state.videos[videoID] != nil else { return googleError(404, reason: "videoNotFound", "The video was not found") }
                state.captions.append(Caption(videoID: videoID, language: language, name: name, isDraft: snippet["isDraft"] as? Bool, body: parts[1]))
                return json200(["kind": "youtube#caption", "id": "caption-\(state.captions.count)", "snippet": snippet])
            }
        }

        router.get("/youtube/v3/videos") { request, _ -> Response in
            if let refused = check(request, store, .videos) { return refused }
            let query = queryItems(request)
            let parts = Set((query["part"] ?? "").split(separator: ",").map(String.init))
            guard let id = query["id"], !parts.isEmpty else { return googleError(400, reason: "missingRequiredParameter", "part and id are required") }
            return store.state.withLock { state -> Response in
                guard var video = state.videos[id] else { return json200(["kind": "youtube#videoListResponse", "items": [] as [Any]]) }
                let metadata = (try? JSONSerialization.jsonObject(with: video.metadata) as? [String: Any]) ?? [:]
                var item: [String: Any] = ["kind": "youtube#video", "id": id]
                if parts.contains("status") {
                    video.statusCalls += 1
                    var status = metadata["status"] as? [String: Any] ?? [:]
                    if let failure = state.failure {
                        status["uploadStatus"] = failure.status
                        status[failure.reasonKey] = failure.reason
                        item["processingDetails"] = ["processingStatus": "failed", "processingFailureReason": "other"]
                    } else if video.statusCalls <= state.processingPolls {
                        status["uploadStatus"] = "uploaded"
                        item["processingDetails"] = ["processingStatus": "processing"]
                    } else {
                        status["uploadStatus"] = "processed"
                        item["processingDetails"] = ["processingStatus": "succeeded"]
                    }
                    item["status"] = status
                    state.videos[id] = video
                }
                if parts.contains("statistics") { item["statistics"] = state.statistics }
                if parts.contains("snippet") {
                    var snippet = metadata["snippet"] as? [String: Any] ?? [:]
                    snippet["publishedAt"] = "2026-11-30T18:00:00Z"
                    item["snippet"] = snippet
                }
                return json200(["kind": "youtube#videoListResponse", "items": [item]])
            }
        }

        router.get("/v2/reports") { request, _ -> Response in
            if let refused = check(request, store, .reports) { return refused }
            let query = queryItems(request)
            guard query["ids"] == "channel==MINE", query["startDate"] != nil, query["endDate"] != nil, let metrics = query["metrics"] else {
                return googleError(400, reason: "badRequest", "ids, startDate, endDate and metrics are required")
            }
            return store.state.withLock { state -> Response in
                state.reportQueries.append(query)
                if metrics.contains("audienceWatchRatio") {
                    guard query["dimensions"] == "elapsedVideoTimeRatio" else { return googleError(400, reason: "badRequest", "unsupported query") }
                    return json200([
                        "kind": "youtubeAnalytics#resultTable",
                        "columnHeaders": [
                            ["name": "elapsedVideoTimeRatio", "columnType": "DIMENSION", "dataType": "FLOAT"],
                            ["name": "audienceWatchRatio", "columnType": "METRIC", "dataType": "FLOAT"],
                            ["name": "relativeRetentionPerformance", "columnType": "METRIC", "dataType": "FLOAT"],
                        ],
                        "rows": state.retention,
                    ])
                }
                return json200([
                    "kind": "youtubeAnalytics#resultTable",
                    "columnHeaders": [
                        ["name": "views", "columnType": "METRIC", "dataType": "INTEGER"],
                        ["name": "averageViewDuration", "columnType": "METRIC", "dataType": "INTEGER"],
                    ],
                    "rows": [[state.views, state.averageViewDuration] as [Any]],
                ])
            }
        }
    }

    /// The bearer token, then an injected 429; nil lets the call through.
    private static func check(_ request: Request, _ store: Store, _ route: Route) -> Response? {
        store.state.withLock { state -> Response? in
            guard request.headers[.authorization] == "Bearer \(state.validToken)" else {
                return googleError(
                    401, reason: "authError", domain: "global",
                    "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.")
            }
            if let left = state.rateLimits[route], left > 0 {
                state.rateLimits[route] = left - 1
                var response = googleError(429, reason: "rateLimitExceeded", domain: "youtube.api", "Too many requests")
                response.headers[.retryAfter] = String(state.retryAfter)
                return response
            }
            return nil
        }
    }

    private static func queryItems(_ request: Request) -> [String: String] {
        var items: [String: String] = [:]
        for item in URLComponents(string: request.uri.description)?.queryItems ?? [] { items[item.name] = item.value ?? "" }
        return items
    }

    /// `308 Resume Incomplete`, with `Range: bytes=0-N` when something arrived.
    private static func incomplete(_ held: Int) -> Response {
        var headers: HTTPFields = [.contentLength: "0"]
        if held > 0 { headers[.range] = "bytes=0-\(held - 1)" }
        return Response(status: .init(code: 308, reasonPhrase: "Resume Incomplete"), headers: headers)
    }

    private static func resource(_ video: Video?) -> Response {
        guard let video else { return googleError(500, reason: "backendError", "lost the video") }
        let metadata = (try? JSONSerialization.jsonObject(with: video.metadata) as? [String: Any]) ?? [:]
        var status = metadata["status"] as? [String: Any] ?? [:]
        status["uploadStatus"] = "uploaded"
        return json200(["kind": "youtube#video", "id": video.id, "snippet": metadata["snippet"] ?? [:], "status": status])
    }

    private static func json200(_ object: Any) -> Response { json(object, status: 200) }

    private static func json(_ object: Any, status: Int) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Response(status: .init(code: status), headers: [.contentType: "application/json; charset=UTF-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Google's error envelope.
    package static func googleError(_ status: Int, reason: String, domain: String = "youtube.video", _ message: String) -> Response {
        json(["error": ["code": status, "message": message, "errors": [["message": message, "domain": domain, "reason": reason]]] as [String: Any]], status: status)
    }

    /// The bodies of a multipart body's parts (headers dropped), nil when it is not one.
    package static func multipart(_ body: Data, boundary: String) -> [Data]? {
        let delimiter = Data("--\(boundary)".utf8)
        var parts: [Data] = []
        var cursor = body.startIndex
        guard let first = body.range(of: delimiter, in: cursor..<body.endIndex) else { return nil }
        cursor = first.upperBound
        while let next = body.range(of: delimiter, in: cursor..<body.endIndex) {
            var part = body[cursor..<next.lowerBound]
            guard let split = part.range(of: Data("\r\n\r\n".utf8)) else { return nil }
            part = part[split.upperBound...]
            if part.suffix(2) == Data("\r\n".utf8) { part = part.dropLast(2) }
            parts.append(Data(part))
            cursor = next.upperBound
            if body[cursor...].starts(with: Data("--".utf8)) { return parts }
        }
        return nil
    }
}
