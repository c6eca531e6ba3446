package import Foundation
package import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A real HTTP server on 127.0.0.1 (an ephemeral port) for the code under test to talk to:
/// each test builds its routes to speak a service's documented protocol, failures included.
///
/// ```swift
/// let server = try await LoopbackServer.start { router, _ in
///     router.get("/v1/models") { _, _ in "{}" }
/// }
/// defer { Task { await server.stop() } }
/// ```
package final class LoopbackServer: Sendable {
    /// The port the server listens on.
    package let port: Int
    private let task: Task<Void, any Error>
    /// Every request received, in order.
    package let log: RequestLog

    /// `http://127.0.0.1:<port>`.
    package var endpoint: URL { URL(string: "http://127.0.0.1:\(port)")! }

    private init(port: Int, task: Task<Void, any Error>, log: RequestLog) {
        self.port = port
        self.task = task
        self.log = log
    }

    /// Starts a server whose routes `configure` adds (every request is logged first).
    /// Returns once the server listens.
    package static func start(_ configure: (Router<BasicRequestContext>, RequestLog) -> Void) async throws -> LoopbackServer {
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

    /// Runs `body` against a server whose routes `configure` adds, and stops the server
    /// afterwards, whether `body` returns or throws.
    package static func with<Value>(
        _ configure: (Router<BasicRequestContext>, RequestLog) -> Void, _ body: (LoopbackServer) async throws -> Value
    ) async throws -> Value {
        let server = try await start(configure)
        do {
            let value = try await body(server)
            await server.stop()
            return value
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Stops the server.
    package func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}

/// One request as the server saw it.
package struct RecordedRequest: Sendable {
    /// `GET`, `POST`, ….
    package var method: String
    /// The path, without the query.
    package var path: String
    /// Header fields, names in lower case.
    package var headers: [String: String]
    /// The whole body.
    package var body: Data

    /// The body as UTF-8 text.
    package var text: String { String(decoding: body, as: UTF8.self) }
    /// The body as a JSON object, if it is one.
    package var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
}

/// The requests a server received. Guarded by a mutex: handlers run concurrently.
package final class RequestLog: Sendable {
    private let state = Mutex<(requests: [RecordedRequest], inFlight: Int, maxInFlight: Int)>(([], 0, 0))

    /// Every request so far, in the order they arrived.
    package var requests: [RecordedRequest] { state.withLock { $0.requests } }
    /// The most requests that were being handled at once.
    package var maxInFlight: Int { state.withLock { $0.maxInFlight } }
    /// How many requests are being answered now.
    package var inFlight: Int { state.withLock { $0.inFlight } }

    /// How many requests arrived for `path`.
    package func count(_ path: String) -> Int { requests.filter { $0.path == path }.count }

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
