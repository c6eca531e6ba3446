public import Hummingbird
import HTTPTypes
public import Logging
import NIOCore

/// A worker's local HTTP port (`cliff worker --metrics-port`): `GET /health` (200 with a line
/// of JSON while the worker serves) and `GET /metrics` (the Prometheus text exposition). It
/// binds to 127.0.0.1 only: a scraper on the machine, or a tunnel, reads it.
public struct WorkerEndpoint: Sendable {
    let port: Int
    let health: @Sendable () async -> String
    let metrics: @Sendable () async -> String

    /// An endpoint on `port` (0: any free port, reported to `onListening`).
    public init(port: Int, health: @escaping @Sendable () async -> String, metrics: @escaping @Sendable () async -> String) {
        self.port = port
        self.health = health
        self.metrics = metrics
    }

    /// The Hummingbird application (a `Service`: run it in a `ServiceGroup`).
    public func application(logger: Logger, onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router()
        let health = health, metrics = metrics
        router.get("health") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(string: await health() + "\n")))
        }
        router.get("metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(string: await metrics())))
        }
        return Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "cliff-worker"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }
}
