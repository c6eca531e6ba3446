import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix

/// One HTTP request to a service, relative to its endpoint (or to an absolute URL, for
/// downloads a service points at).
struct ServiceCall: Sendable {
    var method: HTTPMethod
    /// Appended to the endpoint: `/chat/completions`.
    var path: String
    /// An absolute URL instead of `endpoint + path` (a clip a task finished).
    var absoluteURL: URL?
    var headers: [(String, String)] = []
    var body: Data?
    /// Whether the key goes along (never to an absolute URL on another host).
    var sendsKey = true
    /// What the call does, for messages: `chat completion`, `image upload`.
    var purpose: String
    /// Set on a call that creates billable work: how a lost answer is made safe.
    var billable: BillableCreate?

    static func get(_ path: String, purpose: String) -> ServiceCall {
        ServiceCall(method: .GET, path: path, purpose: purpose)
    }

    static func json(_ path: String, _ object: Any, purpose: String) -> ServiceCall {
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return ServiceCall(method: .POST, path: path, headers: [("Content-Type", "application/json")], body: body, purpose: purpose)
    }
}

/// How a request that creates billable work (a clip task, a picture, speech, a completion) is
/// kept from being paid for twice when its answer is lost: a timeout or a dropped connection
/// after the request may have reached the service.
///
/// A call that never reached the service (refused connection, connect timeout) and a call the
/// service answered with 429 or a 5xx other than 504 are retried as usual: no work was made.
enum BillableCreate: Sendable {
    /// The request carries a client-chosen id the service can be asked about (Kling's
    /// `external_task_id`, ComfyUI's `prompt_id`): a lost answer is thrown as `.answerLost`
    /// and the adapter asks the service before it sends anything again.
    case askFirst
    /// The service offers neither: a lost answer fails the job (`.answerLost`, permanent) with
    /// a message that a charge may have happened and where to check; nothing is sent again.
    case noWayToAsk(check: String)
}

/// What a service answered with a 2xx status.
struct ServiceResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: Data

    /// The body as a JSON object.
    /// - Throws: `.malformedResponse` naming the service and what was expected.
    func jsonObject(_ what: String, from connection: ServiceConnection) throws(ModelServicesError) -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw connection.malformed("\(what) is not a JSON object: \(connection.snippet(body))")
        }
        return object
    }
}

/// A configured service as the adapters reach it: its endpoint, key, limits and the shared
/// HTTP client. `send` retries 429 (honouring `Retry-After`), 5xx, timeouts and connection
/// errors with exponential backoff and jitter, and turns every other failure into a
/// `ModelServicesError` carrying the service's own message — never the key.
struct ServiceConnection: Sendable {
    /// `writer`, `voice`, `image`, `video`.
    let role: String
    let service: ServiceSettings.Service
    let key: ServiceKey?
    let http: SharedHTTPClient
    let limiter: RateLimiter
    let logger: Logger
    let cache: ServiceCache?

    /// `writer service (openai-chat at http://…/v1)`, for messages.
    var name: String { "\(role) service (\(service.kind.rawValue) at \(service.endpoint.absoluteString))" }

    /// The safety of a billable create on a service that cannot be asked about a lost answer:
    /// where the user checks whether it was charged.
    var noWayToAsk: BillableCreate {
        let host = service.endpoint.host ?? service.endpoint.absoluteString
        let page = host.hasSuffix("openai.com") ? "https://platform.openai.com/usage" : "the usage or billing page of the account at \(host)"
        return .noWayToAsk(check: "check \(page)")
    }

    func url(_ path: String) -> URL {
        URL(string: service.endpoint.absoluteString + path) ?? service.endpoint
    }

    /// Sends a call, retrying what may pass on a later try.
    /// - Throws: `ModelServicesError`: `.unauthorized` (401/403), `.rejected` (other 4xx),
    ///   `.rateLimited`, `.serverError`, `.timedOut` or `.unreachable` once retries run out.
    func send(_ call: ServiceCall) async throws(ModelServicesError) -> ServiceResponse {
        let target = call.absoluteURL ?? url(call.path)
        var attempt = 0
        while true {
            let outcome = await attemptOnce(call, target: target, attempt: attempt)
            switch outcome {
            case .success(let response):
                return response
            case .failure(var failure):
                if failure.answerLost, let billable = call.billable { failure = lostAnswer(failure, of: call, billable: billable) }
                guard failure.retryable, attempt < service.maxRetries else { throw failure.error }
                let delay = failure.retryAfter.map { min($0, service.maxBackoff) } ?? backoff(attempt: attempt)
                logger.notice(
                    "service call failed; retrying",
                    metadata: [
                        "service.role": "\(role)", "service.call": "\(call.purpose)", "service.attempt": "\(attempt + 1)",
                        "service.error": "\(failure.error.code)", "service.delay_ms": "\(delay.milliseconds)",
                    ])
                do {
                    try await Task.sleep(for: delay)
                } catch {
                    throw ModelServicesError(code: .timedOut, message: "\(name): \(call.purpose) was cancelled while waiting to retry")
                }
                attempt += 1
            }
        }
    }

    struct Failure: Error {
        var error: ModelServicesError
        var retryable: Bool
        var retryAfter: Duration?
        /// Whether the request may have reached the service although no answer came back.
        var answerLost = false
    }

    /// `failure` for a billable create whose answer was lost: an `.answerLost` error the caller
    /// resolves (by asking the service) or reports; never retried here.
    private func lostAnswer(_ failure: Failure, of call: ServiceCall, billable: BillableCreate) -> Failure {
        switch billable {
        case .askFirst:
            return Failure(error: ModelServicesError(code: .answerLost, message: failure.error.message), retryable: false)
        case .noWayToAsk(let check):
            let message = "\(name): \(call.purpose) may have reached the service, but its answer was lost (\(failure.error.message)). It is not sent again, because the service cannot be asked whether it did the work and a second request may be a second charge: \(check) before you run again"
            return Failure(error: ModelServicesError(code: .answerLost, message: message), retryable: false)
        }
    }

    private func attemptOnce(_ call: ServiceCall, target: URL, attempt: Int) async -> Result<ServiceResponse, Failure> {
        var request = HTTPClientRequest(url: target.absoluteString)
        request.method = call.method
        for (name, value) in call.headers { request.headers.add(name: name, value: value) }
        if call.sendsKey, let key { request.headers.add(name: "Authorization", value: key.authorization(for: service.kind)) }
        if let body = call.body { request.body = .bytes(ByteBuffer(bytes: body)) }
        await limiter.acquire()
        let result = await exchange(request, call, target: target, attempt: attempt)
        await limiter.release()
        return result
    }

    private func exchange(_ request: HTTPClientRequest, _ call: ServiceCall, target: URL, attempt: Int) async -> Result<ServiceResponse, Failure> {
        let started = ContinuousClock.now
        let where_ = "\(call.purpose) at \(target.absoluteString)"
        let status: Int
        let headers: [(String, String)]
        let body: Data
        do {
            let response = try await http.client.execute(request, timeout: .milliseconds(service.timeout.milliseconds))
            var buffer = try await response.body.collect(upTo: 512 << 20)
            status = Int(response.status.code)
            headers = response.headers.map { ($0.name, $0.value) }
            body = Data(buffer.readBytes(length: buffer.readableBytes) ?? [])
        } catch {
            let timedOut = (error as? HTTPClientError).map { [.deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout].contains($0) } ?? false
            let code: ModelServicesError.Code = timedOut ? .timedOut : .unreachable
            // Only a failure to connect proves the request never reached the service.
            let neverSent = Self.neverReachedService(error)
            let message = timedOut
                ? "\(name): \(where_) got no answer within \(Self.seconds(service.timeout)) (tried \(attempt + 1) time\(attempt == 0 ? "" : "s")); raise timeout_seconds in cliff.yaml or check the service's load"
                : "\(name): cannot reach \(where_) (\(redact(String(describing: error)))); check that the service is running and the endpoint in cliff.yaml is right"
            logger.debug("service call failed", metadata: ["service.role": "\(role)", "service.call": "\(call.purpose)", "service.error": "\(code)"])
            return .failure(Failure(error: ModelServicesError(code: code, message: message), retryable: true, answerLost: !neverSent))
        }
        logger.debug(
            "service call",
            metadata: [
                "service.role": "\(role)", "service.call": "\(call.purpose)", "http.status": "\(status)",
                "http.duration_ms": "\((ContinuousClock.now - started).milliseconds)",
            ])
        if (200..<300).contains(status) { return .success(ServiceResponse(status: status, headers: headers, body: body)) }
        let detail = serviceMessage(body)
        let tries = "after \(attempt + 1) tr\(attempt == 0 ? "y" : "ies")"
        switch status {
        case 429:
            let retryAfter = headers.first { $0.0.lowercased() == "retry-after" }.flatMap { Self.retryAfter($0.1) }
            return .failure(Failure(
                error: ModelServicesError(code: .rateLimited, message: "\(name): \(where_) answered 429 Too Many Requests \(tries): \(detail); lower requests_per_minute in cliff.yaml or raise your quota"),
                retryable: true, retryAfter: retryAfter))
        case 401, 403:
            let fix = service.apiKeyEnvironment.map { "check the key in $\($0)" } ?? "set api_key_env in cliff.yaml to the variable that holds the key"
            return .failure(Failure(
                error: ModelServicesError(code: .unauthorized, message: "\(name): \(where_) refused the key (\(status)): \(detail); \(fix)"),
                retryable: false))
        case 500...599:
            // A gateway that timed out (504) may have passed the request on: its answer is lost.
            return .failure(Failure(
                error: ModelServicesError(code: .serverError, message: "\(name): \(where_) failed with \(status) \(tries): \(detail); try again later or check the service's log"),
                retryable: true, answerLost: status == 504))
        default:
            return .failure(Failure(
                error: ModelServicesError(code: .rejected, message: "\(name): \(where_) rejected the request (\(status)): \(detail)"),
                retryable: false))
        }
    }

    /// Whether `error` proves the request never reached the service: the connection itself
    /// failed (refused, unreachable, connect timeout).
    static func neverReachedService(_ error: any Error) -> Bool {
        if let http = error as? HTTPClientError { return http == .connectTimeout }
        if error is NIOConnectionError { return true }
        if let io = error as? IOError { return [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(io.errnoCode) }
        return false
    }

    /// The delay before retry `attempt + 1`: `backoff · 2^attempt`, capped, times a random 0.5–1.
    func backoff(attempt: Int) -> Duration {
        let base = service.backoff * (1 << min(attempt, 20))
        let capped = min(base, service.maxBackoff)
        return capped * Double.random(in: 0.5...1.0)
    }

    /// `Retry-After` as seconds (`120`) or an HTTP date; nil when unreadable.
    static func retryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text) { return .seconds(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                return .milliseconds(max(0, Int64((date.timeIntervalSince(now) * 1000).rounded(.up))))
            }
        }
        return nil
    }

    /// The service's own error message: OpenAI's `{"error":{"message"}}`, `{"error":"…"}`
    /// (Ollama), `{"message"}` (Kling), `{"detail"}`, else the start of the body.
    func serviceMessage(_ body: Data) -> String {
        var message: String?
        if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] {
            if let error = object["error"] as? [String: Any] {
                message = (error["message"] as? String) ?? (error["type"] as? String)
            } else if let error = object["error"] as? String {
                message = error
            } else if let text = object["message"] as? String, !text.isEmpty {
                message = text
            } else if let detail = object["detail"] {
                message = "\(detail)"
            }
        }
        return redact(message ?? snippet(body))
    }

    /// The start of a body as text, for messages (keys removed).
    func snippet(_ body: Data) -> String {
        let text = String(decoding: body.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "(empty body)" : redact(text) + (body.count > 300 ? "…" : "")
    }

    /// `text` with the key, should a service echo it, replaced by `[redacted]`.
    func redact(_ text: String) -> String {
        guard let key, !key.value.isEmpty else { return text }
        return text.replacingOccurrences(of: key.value, with: "[redacted]")
    }

    func malformed(_ what: String) -> ModelServicesError {
        ModelServicesError(code: .malformedResponse, message: "\(name): \(redact(what)); check that the endpoint speaks the \(service.kind.rawValue) protocol")
    }

    static func seconds(_ duration: Duration) -> String {
        let ms = duration.milliseconds
        return ms % 1000 == 0 ? "\(ms / 1000) s" : "\(Double(ms) / 1000) s"
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
