public import AsyncHTTPClient
public import Foundation
public import Logging
import NIOCore
public import NIOHTTP1

/// One request to a platform.
public struct PlatformRequest: Sendable {
    /// The HTTP method.
    public var method: HTTPMethod
    /// The whole address.
    public var url: URL
    /// Header fields (the bearer token is added when `authorized`).
    public var headers: [(String, String)]
    /// The body.
    public var body: Data?
    /// What the request does, for messages and logs: `upload session`, `chunk 3 of 9`.
    public var purpose: String
    /// Whether the channel's bearer token goes along.
    public var authorized: Bool
    /// Whether a request that got no answer (a dropped connection, a timeout) is sent again
    /// as it is. A resumable upload's chunk sets this false: the platform may hold part of it,
    /// so its caller asks where the session stands instead of resending the same range.
    public var resendsWithoutAnswer = true

    /// Creates a request.
    public init(_ method: HTTPMethod, _ url: URL, headers: [(String, String)] = [], body: Data? = nil, purpose: String, authorized: Bool = true) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.purpose = purpose
        self.authorized = authorized
    }

    /// A request with a JSON body.
    public static func json(_ method: HTTPMethod, _ url: URL, _ object: Any, purpose: String, headers: [(String, String)] = []) -> PlatformRequest {
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return PlatformRequest(method, url, headers: headers + [("Content-Type", "application/json; charset=UTF-8")], body: body, purpose: purpose)
    }
}

/// What a platform answered.
public struct PlatformResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields.
    public var headers: [(String, String)]
    /// The body.
    public var body: Data

    /// The first header field named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    /// The body as a JSON object (empty when it is not one).
    public var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] }

    /// The start of the body as text, for messages.
    public var snippet: String {
        let text = String(decoding: body.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "(empty body)" : text + (body.count > 300 ? "…" : "")
    }
}

/// The HTTP side of a platform adapter: sends requests with the channel's bearer token,
/// refreshes the token once when the platform refuses it, and retries what may pass later —
/// 429 and 5xx (honouring `Retry-After`), timeouts and dropped connections — with exponential
/// backoff and jitter. Everything else becomes a `ChannelsError` naming the channel and the
/// call, never the token or a session address.
public struct PlatformConnection: Sendable {
    /// The channel.
    public let channel: Channel
    /// The HTTP client (shared; its owner shuts it down).
    public let http: HTTPClient
    /// The bearer tokens; nil for calls that need none.
    public let tokens: (any AccessTokenSource)?
    /// The logger (never given a token).
    public let logger: Logger
    /// Retries after the first try.
    public var maxRetries: Int
    /// The first retry's delay; doubled each time.
    public var backoff: Duration
    /// The longest wait between tries, `Retry-After` included: a platform asking for longer
    /// ends the call with `rateLimited` and the wait it asked for, so the publisher retries it
    /// later instead of holding a connection.
    public var maxBackoff: Duration
    /// How long one request may take.
    public var timeout: Duration

    /// A connection for `channel`.
    public init(
        channel: Channel, http: HTTPClient, tokens: (any AccessTokenSource)?, logger: Logger, maxRetries: Int = 4, backoff: Duration = .milliseconds(500),
        maxBackoff: Duration = .seconds(60), timeout: Duration = .seconds(300)
    ) {
        self.channel = channel
        self.http = http
        self.tokens = tokens
        self.logger = logger
        self.maxRetries = maxRetries
        self.backoff = backoff
        self.maxBackoff = maxBackoff
        self.timeout = timeout
    }

    /// `channel 'youtube' (YouTube)`, for messages.
    public var name: String { "channel '\(channel.name)' (\(channel.kind.displayName))" }

    /// Sends `request` and returns the answer when `accept` takes its status.
    ///
    /// `interpret` sees every answer `accept` refuses first and may turn it into the
    /// platform's own error (YouTube's `quotaExceeded`, TikTok's `error.code`); returning nil
    /// leaves it to the generic handling. A 401 refreshes the token once and tries again.
    /// - Throws: `ChannelsError`.
    public func send(
        _ request: PlatformRequest, accept: @Sendable (Int) -> Bool = { (200..<300).contains($0) },
        interpret: @Sendable (PlatformResponse) -> ChannelsError? = { _ in nil }
    ) async throws(ChannelsError) -> PlatformResponse {
        var attempt = 0
        var refreshed = false
        var token: String?
        if request.authorized, let tokens { token = try await tokens.accessToken() }
        while true {
            let outcome = await exchange(request, token: token, attempt: attempt)
            let failure: Failure
            switch outcome {
            case .success(let response) where accept(response.status):
                return response
            case .success(let response):
                if response.status == 401, request.authorized, let tokens, let used = token, !refreshed {
                    // An expired token: refreshed once, then the same request again.
                    logger.info("access token refused; refreshing", metadata: ["channel": "\(channel.name)", "call": "\(request.purpose)"])
                    token = try await tokens.refresh(rejected: used)
                    refreshed = true
                    continue
                }
                if let specific = interpret(response) { throw specific }
                failure = classify(response, request, attempt: attempt)
            case .failure(let transport):
                guard request.resendsWithoutAnswer else { throw transport.error }
                failure = transport
            }
            guard failure.retryable, attempt < maxRetries else { throw failure.error }
            let delay = failure.retryAfter ?? backoffDelay(attempt: attempt)
            guard delay <= maxBackoff else {
                var error = failure.error
                error.retryAfterSeconds = Double(delay.components.seconds)
                throw error
            }
            logger.notice(
                "platform call failed; retrying",
                metadata: ["channel": "\(channel.name)", "call": "\(request.purpose)", "attempt": "\(attempt + 1)", "error": "\(failure.error.code)"])
            do {
                try await Task.sleep(for: delay)
            } catch {
                throw ChannelsError(code: .timedOut, message: "\(name): \(request.purpose) was cancelled while waiting to retry")
            }
            attempt += 1
        }
    }

    struct Failure: Error {
        var error: ChannelsError
        var retryable: Bool
        var retryAfter: Duration?
    }

    private func exchange(_ request: PlatformRequest, token: String?, attempt: Int) async -> Result<PlatformResponse, Failure> {
        var http = HTTPClientRequest(url: request.url.absoluteString)
        http.method = request.method
        for (name, value) in request.headers { http.headers.add(name: name, value: value) }
        if let token { http.headers.replaceOrAdd(name: "Authorization", value: "Bearer \(token)") }
        if let body = request.body {
            http.body = .bytes(ByteBuffer(bytes: body))
        } else if [.PUT, .POST].contains(request.method) {
            http.headers.replaceOrAdd(name: "Content-Length", value: "0")
        }
        do {
            let response = try await self.http.execute(http, timeout: .milliseconds(timeout.wholeMilliseconds))
            var buffer = try await response.body.collect(upTo: 64 << 20)
            return .success(PlatformResponse(
                status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
                body: Data(buffer.readBytes(length: buffer.readableBytes) ?? [])))
        } catch {
            let timedOut = (error as? HTTPClientError).map { [.deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout].contains($0) } ?? false
            let host = request.url.host ?? "the platform"
            let message = timedOut
                ? "\(name): \(request.purpose) got no answer from \(host) in time (tried \(attempt + 1) time\(attempt == 0 ? "" : "s")); it is tried again later"
                : "\(name): cannot reach \(host) for \(request.purpose) (\(Self.redact(String(describing: error), token: token))); check the network and the channel's endpoint in cliff.yaml"
            return .failure(Failure(error: ChannelsError(code: timedOut ? .timedOut : .unreachable, message: message), retryable: true))
        }
    }

    private func classify(_ response: PlatformResponse, _ request: PlatformRequest, attempt: Int) -> Failure {
        let detail = Self.platformMessage(response)
        let tries = "after \(attempt + 1) tr\(attempt == 0 ? "y" : "ies")"
        let retryAfter = response.header("Retry-After").flatMap { Self.retryAfter($0) }
        switch response.status {
        case 401:
            return Failure(
                error: ChannelsError(
                    code: .reauthorize,
                    message: "\(name): the platform refused the channel's credentials for \(request.purpose) (401: \(detail)); run `cliff channels authorize \(channel.name)` to authorise again"),
                retryable: false)
        case 429:
            return Failure(
                error: ChannelsError(
                    code: .rateLimited, message: "\(name): \(request.purpose) was rate limited (429 \(tries)): \(detail); it is tried again later",
                    retryAfterSeconds: retryAfter.map { Double($0.components.seconds) }),
                retryable: true, retryAfter: retryAfter)
        case 500...599:
            return Failure(
                error: ChannelsError(code: .serverError, message: "\(name): \(request.purpose) failed on the platform (\(response.status) \(tries)): \(detail); it is tried again later"),
                retryable: true, retryAfter: retryAfter)
        default:
            return Failure(
                error: ChannelsError(code: .rejected, message: "\(name): the platform refused \(request.purpose) (\(response.status)): \(detail)"),
                retryable: false)
        }
    }

    /// Hands an upload's `checkpoint` to the caller's `record` before the bytes or calls it
    /// covers. What `record` throws ends the upload: a `ChannelsError` as it is, anything else
    /// (the caller's store failed, another process took the upload over) as `unreachable` —
    /// nothing more is sent, and the upload resumes from its last recorded checkpoint.
    public func save(_ checkpoint: UploadCheckpoint, _ record: @Sendable (UploadCheckpoint) async throws -> Void) async throws(ChannelsError) {
        do {
            try await record(checkpoint)
        } catch let error as ChannelsError {
            throw error
        } catch is CancellationError {
            throw ChannelsError(code: .timedOut, message: "\(name): the upload was cancelled; it resumes from its last checkpoint")
        } catch {
            throw ChannelsError(
                code: .unreachable,
                message: "\(name): the upload's checkpoint could not be recorded (\(error)); nothing more was sent, and it resumes from its last recorded checkpoint")
        }
    }

    /// The delay before retry `attempt + 1`: `backoff · 2^attempt`, capped, times 0.5–1.
    func backoffDelay(attempt: Int) -> Duration {
        min(backoff * (1 << min(attempt, 20)), maxBackoff) * Double.random(in: 0.5...1.0)
    }

    /// `Retry-After` as seconds (`120`) or an HTTP date; nil when unreadable.
    public static func retryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text) { return .seconds(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return .milliseconds(max(0, Int64((date.timeIntervalSince(now) * 1000).rounded(.up))))
    }

    /// The platform's own message: Google's `{"error":{"message","errors":[{"reason"}]}}`,
    /// TikTok's `{"error":{"code","message"}}`, OAuth's `{"error","error_description"}`, else
    /// the start of the body.
    public static func platformMessage(_ response: PlatformResponse) -> String {
        let object = response.json
        if let error = object["error"] as? [String: Any] {
            let reason = ((error["errors"] as? [[String: Any]])?.first?["reason"] as? String) ?? (error["code"] as? String)
            let message = (error["message"] as? String) ?? ""
            return [reason, message.isEmpty ? nil : message].compactMap { $0 }.joined(separator: ": ")
        }
        if let error = object["error"] as? String {
            return [error, object["error_description"] as? String].compactMap { $0 }.joined(separator: ": ")
        }
        return response.snippet
    }

    static func redact(_ text: String, token: String?) -> String {
        guard let token, !token.isEmpty else { return text }
        return text.replacingOccurrences(of: token, with: "[redacted]")
    }
}

extension Duration {
    /// Whole milliseconds.
    var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
