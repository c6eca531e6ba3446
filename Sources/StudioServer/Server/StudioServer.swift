public import Studio
import Editing
import Foundation
import HTTPTypes
public import Hummingbird
import Logging
import NIOCore
public import ServiceLifecycle
import Synchronization

/// The studio's HTTP server: the REST API under `/api/v1`, the web studio at `/`, the viewer
/// channel at `/watch`, media with range requests. Bound to `host:port`.
public struct StudioServer: Sendable {
    /// The studio served.
    public let studio: Studio
    /// Interface to listen on.
    public var host: String
    /// Port (0: any free port; `onListening` says which).
    public var port: Int
    /// Viewer-event ingest allowance per client: requests per second and burst.
    public var ingestRate: (perSecond: Double, burst: Double)
    /// Login attempts per client per second and burst.
    public var loginRate: (perSecond: Double, burst: Double)

    /// A server for `studio`.
    public init(studio: Studio, host: String = "127.0.0.1", port: Int = 8080, ingestRate: (Double, Double) = (50, 200), loginRate: (Double, Double) = (0.2, 10)) {
        self.studio = studio
        self.host = host
        self.port = port
        self.ingestRate = (ingestRate.0, ingestRate.1)
        self.loginRate = (loginRate.0, loginRate.1)
    }

    /// The Hummingbird application (a `Service`: run it in a `ServiceGroup`).
    public func application(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router(context: StudioContext.self)
        let loginGuard = LoginGuard(studio: studio, perSecond: loginRate.perSecond, burst: loginRate.burst)
        router.add(middleware: BrowserSafetyMiddleware.Headers())
        router.add(middleware: ErrorMiddleware(accounts: studio.accounts))
        router.add(middleware: BrowserSafetyMiddleware())
        router.add(middleware: AuthenticationMiddleware(accounts: studio.accounts, loginGuard: loginGuard))
        APIRoutes(studio: studio, ingestLimiter: RateLimiter(perSecond: ingestRate.perSecond, burst: ingestRate.burst), loginGuard: loginGuard)
            .register(on: router)
        ExperimentRoutes(studio: studio).register(on: router)
        ExperimentPages(studio: studio).register(on: router)
        SlatePage(studio: studio).register(on: router)
        EditionRoutes(studio: studio).register(on: router)
        EditionPage(studio: studio).register(on: router)
        PageRoutes(studio: studio, loginGuard: loginGuard).register(on: router)
        UserRoutes(studio: studio).register(on: router)
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "Cliffhanger"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: studio.logger)
    }
}

/// Releases due episodes every `interval` seconds while the server runs, and sends released
/// episodes to the external channels of `cliff.yaml` (YouTube, TikTok, delivery packages) in a
/// loop of its own, so that a long upload never holds back a release on the built-in channel.
public struct PublisherService: Service {
    let studio: Studio
    let interval: Duration
    let channelInterval: Duration
    /// The last problem logged per series, so a lasting one is logged once, not every round.
    private let reported = LastProblems()

    /// A publisher for `studio`.
    public init(studio: Studio, interval: Duration = .seconds(30), channelInterval: Duration = .seconds(30)) {
        self.studio = studio
        self.interval = interval
        self.channelInterval = channelInterval
    }

    public func run() async throws {
        // Ends when the service group shuts down (SIGINT, SIGTERM) or is cancelled. An upload
        // cut short records where it stood; the next start resumes it.
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.loop() }
                group.addTask { await self.channelLoop() }
            }
        }
        studio.renders.cancelAll()
    }

    private func loop() async {
        while !Task.isCancelled {
            for entry in studio.catalog.all() {
                do {
                    let released = try await studio.publishDue(entry.id)
                    if !released.isEmpty { studio.logger.info("published", metadata: ["series": "\(entry.id)", "episodes": "\(released)"]) }
                } catch {
                    studio.logger.error("publishing failed", metadata: ["series": "\(entry.id)", "error": "\(error)"])
                }
            }
            try? await Task.sleep(for: interval)
        }
    }

    private func channelLoop() async {
        while !Task.isCancelled {
            for entry in studio.catalog.all() {
                do {
                    let round = try await studio.publishToChannels(entry.id)
                    for line in round.delivered { studio.logger.info("channel", metadata: ["series": "\(entry.id)", "delivered": "\(line)"]) }
                    for line in round.problems { report(entry.id, line) }
                    let statistics = try await studio.collectChannelStatistics(entry.id)
                    if statistics.stored > 0 { studio.logger.info("channel statistics", metadata: ["series": "\(entry.id)", "stored": "\(statistics.stored)"]) }
                    for line in statistics.problems { report(entry.id, line) }
                } catch {
                    report(entry.id, "\(error)")
                }
            }
            try? await Task.sleep(for: channelInterval)
        }
    }

    /// Logs `problem` of series `id` unless it is the one logged last for it.
    private func report(_ id: String, _ problem: String) {
        let fresh = reported.last.withLock { last in
            defer { last[id] = problem }
            return last[id] != problem
        }
        if fresh { studio.logger.error("publishing to channels", metadata: ["series": "\(id)", "problem": "\(problem)"]) }
    }
}

/// The last problem logged per series (shared by the copies of a `PublisherService`).
final class LastProblems: Sendable {
    let last = Mutex<[String: String]>([:])
}
