import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A real HTTP server on 127.0.0.1 (an ephemeral port) for the adapters to talk to: each
/// test builds its routes to speak a service's documented protocol, failures included.
final class LoopbackServer: Sendable {
    let port: Int
    private let task: Task<Void, any Error>
    /// Every request received, in order.
    let log: RequestLog

    var endpoint: URL { URL(string: "http://127.0.0.1:\(port)")! }

    private init(port: Int, task: Task<Void, any Error>, log: RequestLog) {
        self.port = port
        self.task = task
        self.log = log
    }

    /// Starts a server whose routes `configure` adds (every request is logged first).
    static func start(_ configure: (Router<BasicRequestContext>, RequestLog) -> Void) async throws -> LoopbackServer {
        let router = Router()
        let log = RequestLog()
        router.add(middleware: RecordingMiddleware(log: log))
        configure(router, log)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "test.loopback")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "loopback"),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
            logger: logger)
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        var port = 0
        for await value in ports {
            port = value
            break
        }
        return LoopbackServer(port: port, task: task, log: log)
    }

    /// Stops the server.
    func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}

/// One request as the server saw it.
struct RecordedRequest: Sendable {
    var method: String
    var path: String
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
}

/// The requests a server received. Guarded by a mutex: handlers run concurrently.
final class RequestLog: Sendable {
    private let state = Mutex<(requests: [RecordedRequest], inFlight: Int, maxInFlight: Int)>(([], 0, 0))

    var requests: [RecordedRequest] { state.withLock { $0.requests } }
    var maxInFlight: Int { state.withLock { $0.maxInFlight } }

    func count(_ path: String) -> Int { requests.filter { $0.path == path }.count }

    fileprivate func begin(_ request: RecordedRequest) {
        state.withLock {
            $0.requests.append(request)
            $0.inFlight += 1
            $0.maxInFlight = max($0.maxInFlight, $0.inFlight)
        }
    }

    fileprivate func end() { state.withLock { $0.inFlight -= 1 } }
}

/// Logs each request (with its body, which it collects) before the route runs.
struct RecordingMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let log: RequestLog

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        let buffer = try await request.collectBody(upTo: 64 << 20)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName.lowercased()] = field.value }
        log.begin(RecordedRequest(method: request.method.rawValue, path: request.uri.path, headers: headers, body: Data(buffer.readableBytesView)))
        defer { log.end() }
        return try await next(request, context)
    }
}

/// Responses the fake services send.
enum Reply {
    static func json(_ object: Any, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func bytes(_ data: Data, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// OpenAI's error envelope.
    static func openAIError(_ message: String, status: HTTPResponse.Status) -> Response {
        json(["error": ["message": message, "type": "invalid_request_error"]], status: status)
    }
}
