import Basics
import Foundation
import Logging
import PostgresStore
import Production
import ServiceLifecycle
import Synchronization

/// `cliff worker` without a project: serves the queue of every series registered in a shared
/// PostgreSQL database (or of those `--series` names), picking up series registered while it
/// runs, with one pool of tasks for all of them.
///
/// Each series is opened from its registered folder, with its own `cliff.yaml` limits and
/// budget; the pool (``TaskPool``) holds the worker's `--jobs` slots, which the series' runs
/// take in turn. One connection listens for the whole worker: on `cliff_jobs` it wakes the idle
/// tasks of every series, on `cliffhanger_series` it reads the registry again (as it also does
/// every 30 s). A series whose folder cannot be opened on this machine is said once and
/// skipped; the others are served.
///
/// Drained on SIGTERM (its `Service` runs with a graceful shutdown handler): no new claims, no
/// new series, the running jobs finish; cancelled after the grace period, they go back.
final class AllSeriesWorker: Service, Sendable {
    /// A series being served.
    private struct Served: Sendable {
        let entry: PostgresSeriesRegistry.Entry
        let context: ProductionContext
        let queue: QueueService
    }

    private struct State {
        /// By schema.
        var served: [String: Served] = [:]
        /// By schema: the series and the line said about why it is not served.
        var skipped: [String: (series: String, line: String)] = [:]
        var draining = false
        /// Series whose run ended and whose connections are closing.
        var closing: Set<String> = []
    }

    /// The database URL as given (`--database` or `CLIFF_DATABASE_URL`), for opening each series.
    private let database: String
    private let url: DatabaseURL
    /// The series to serve, by id (nil: all).
    private let only: Set<String>?
    private let pool: TaskPool
    private let metrics: WorkerMetrics
    private let renderer: ProgressRenderer
    private let logger: Logger
    /// Rung when the registry changed (a registration's `NOTIFY`) or the worker drains.
    private let registryChanged = WorkBell()
    /// The series served and skipped, and whether the worker drains.
    private let state = Mutex(State())
    /// Says what a stop waits for.
    private let stop: StopReport

    /// A worker for the series of the database at `url` (given as `database`), `only` those
    /// named, with `pool`'s slots; it counts into `metrics`, says progress with `renderer` and
    /// what a stop waits for with `stop`.
    init(
        database: String, url: DatabaseURL, only: Set<String>?, pool: TaskPool, metrics: WorkerMetrics, renderer: ProgressRenderer, stop: StopReport,
        logger: Logger
    ) {
        self.stop = stop
        self.database = database
        self.url = url
        self.only = only
        self.pool = pool
        self.metrics = metrics
        self.renderer = renderer
        self.logger = logger
    }

    /// The ids of the series served now, sorted.
    var servedSeries: [String] { state.withLock { $0.served.values.map(\.entry.series) }.sorted() }

    /// The ids of the registered series skipped (their folder cannot be opened here), sorted.
    var skippedSeries: [String] { state.withLock { $0.skipped.values.map(\.series) }.sorted() }

    /// Each served series' queue status (nil: its store did not answer), by series id.
    func statuses() async -> [(series: String, status: QueueStatus?)] {
        let served = state.withLock { $0.served.values.map { ($0.entry.series, $0.context.store) } }.sorted { $0.0 < $1.0 }
        var statuses: [(series: String, status: QueueStatus?)] = []
        for (series, store) in served { statuses.append((series, try? await store.status(now: Date()))) }
        return statuses
    }

    func run() async throws {
        let registry: PostgresSeriesRegistry
        do {
            let url = url
            registry = try await Self.outsideShutdown { try await PostgresSeriesRegistry.open(database: url, logger: Logger(label: "cliff.database")) }
        } catch {
            throw CLIError(message: url.masking((error as? any ExplainedError)?.message ?? "\(error)"))
        }
        await withGracefulShutdownHandler {
            await self.serve(registry)
        } onGracefulShutdown: {
            self.drain()
        }
        stop.reached("the connection to the registry of series to close")
        await registry.shutdown()
        stop.end()
    }

    /// Runs `open` in a task that is not part of the service group's graceful shutdown: a
    /// PostgreSQL connection pool started inside it (`PostgresClient.run()`) closes as soon as
    /// SIGTERM arrives, while the jobs that are finishing still need it. A detached task
    /// inherits no graceful-shutdown handler; the pools opened here are shut by `close()` and
    /// `shutdown()` once the runs have ended.
    private static func outsideShutdown<T: Sendable>(_ open: @escaping @Sendable () async throws -> T) async throws -> T {
        try await Task.detached(operation: open).value
    }

    /// No new claims and no new series; the jobs running finish, then `run()` returns.
    func drain() {
        let queues = state.withLock { state in
            state.draining = true
            return state.served.values.map(\.queue)
        }
        for queue in queues { queue.drain() }
        pool.bell.ring()
        registryChanged.ring()
        stop.begin { [self] in stillRunning() }
    }

    /// What a stop waits for while series' runs are under way: the jobs running, the runs
    /// ending, the connections of ended runs closing (nil: none is left).
    private func stillRunning() -> String? {
        let (served, closing) = state.withLock { state in
            (state.served.values.map { ($0.entry.series, $0.queue) }.sorted { $0.0 < $1.0 }, state.closing.sorted())
        }
        var parts: [String] = []
        for (series, queue) in served {
            let jobs = queue.runningJobs
            parts.append(jobs.isEmpty ? "the run of \(series) to end" : jobs.map { "\(series): \($0)" }.joined(separator: ", "))
        }
        parts += closing.map { "the connections of \($0) to close" }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private var draining: Bool { state.withLock { $0.draining } }

    /// Reads the registry, starts serving what is new, and waits for it to change; after a
    /// drain, waits for the series' runs to end.
    private func serve(_ registry: PostgresSeriesRegistry) async {
        await withTaskGroup(of: Void.self) { outer in
            outer.addTask { await self.listen(registry) }
            await withTaskGroup(of: Void.self) { serving in
                var outages = 0
                while !Task.isCancelled, !draining {
                    let seen = registryChanged.generation
                    let entries: [PostgresSeriesRegistry.Entry]
                    do {
                        entries = try await registry.entries()
                        outages = 0
                    } catch {
                        outages += 1
                        let delay = min(pow(2, Double(outages - 1)), 30)
                        Console.write("the registry of series cannot be read (\(url.masking((error as? any ExplainedError)?.message ?? "\(error)"))); trying again in \(Int(delay)) s")
                        try? await Task.sleep(for: .seconds(delay))
                        continue
                    }
                    let servedNow = state.withLock { Set($0.served.keys) }
                    for entry in entries where wanted(entry) && !servedNow.contains(entry.schema) {
                        guard let served = await open(entry) else { continue }
                        serving.addTask { await self.run(served) }
                    }
                    await registryChanged.wait(after: seen, timeout: .seconds(30))
                }
            }
            stop.reached("the connection listening for new jobs to close")
            outer.cancelAll()
        }
    }

    /// Whether `--series` (if given) names `entry`, by id or by schema.
    private func wanted(_ entry: PostgresSeriesRegistry.Entry) -> Bool {
        guard let only else { return true }
        return only.contains(entry.series) || only.contains(entry.schema)
    }

    /// Opens a registered series for serving; nil (said once) when its folder cannot be opened
    /// here or the worker drains.
    private func open(_ entry: PostgresSeriesRegistry.Entry) async -> Served? {
        do {
            var directory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: entry.projectRoot, isDirectory: &directory), directory.boolValue else {
                throw CLIError(message: "there is no folder at that path on this machine")
            }
            let database = database
            let context = try await Self.outsideShutdown { try await ProductionContext.open(entry.projectRoot, database: database, register: false) }
            let schema = PostgresDatabase.schemaName(series: ProjectLayout(root: context.project.root).seriesID)
            guard schema == entry.schema else {
                await context.close()
                throw CLIError(message: "the folder there is series '\(ProjectLayout(root: context.project.root).seriesID)', whose queue is schema \(schema), not \(entry.schema)")
            }
            let served = Served(entry: entry, context: context, queue: context.line(logger: logger).serve(pool: pool))
            let admitted = state.withLock { state -> Bool in
                guard !state.draining else { return false }
                state.served[entry.schema] = served
                state.skipped[entry.schema] = nil
                return true
            }
            guard admitted else {
                await context.close()
                return nil
            }
            Console.write("serving \(entry.series) (\(entry.projectRoot))")
            logger.info("serving series", metadata: ["series": "\(entry.series)", "series.root": "\(entry.projectRoot)"])
            return served
        } catch {
            let said = ((error as? any ExplainedError)?.message ?? "\(error)").split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            let line = """
                warning: skipping series \(entry.series): its folder \(entry.projectRoot) cannot be opened on this machine: \(url.masking(said)). \
                Every machine that serves all series must mount the series folders at the path they were registered with (run any cliff command with --database on the series to register it again).
                """
            let new = state.withLock { state -> Bool in
                defer { state.skipped[entry.schema] = (entry.series, line) }
                return state.skipped[entry.schema]?.line != line
            }
            if new { Console.write(line) }
            return nil
        }
    }

    /// Serves one series until it drains, is cancelled or fails (then it is dropped, and opened
    /// again at the registry's next reading).
    private func run(_ served: Served) async {
        let series = served.entry.series
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await event in served.queue.events {
                    self.metrics.record(event)
                    if case .ended = event { continue }
                    self.renderer.handle(event.naming(series: series))
                }
            }
            group.addTask {
                do {
                    _ = try await served.queue.run()
                } catch {
                    let said = (error as? any ExplainedError)?.message ?? "\(error)"
                    Console.write("error: series \(series) stopped: \(self.url.masking(said)); it is served again once the registry is read again")
                }
            }
        }
        state.withLock { state in
            state.served[served.entry.schema] = nil
            state.closing.insert(series)
        }
        await served.context.close()
        state.withLock { _ = $0.closing.remove(series) }
    }

    /// Listens for new jobs and new series until cancelled; a broken connection is said and
    /// listened again after 1 s, doubling up to 30 s (meanwhile idle tasks look every 30 s).
    private func listen(_ registry: PostgresSeriesRegistry) async {
        var outages = 0
        let pool = pool, registryChanged = registryChanged
        while !Task.isCancelled {
            do {
                try await registry.listen(jobs: { pool.bell.ring() }, series: { registryChanged.ring() })
                return
            } catch {
                // The connection closes as the worker stops.
                if Task.isCancelled || draining { return }
                outages += 1
                let delay = min(pow(2, Double(outages - 1)), 30)
                Console.write("stopped hearing about new jobs (\(url.masking((error as? any ExplainedError)?.message ?? "\(error)"))); listening again in \(Int(delay)) s")
                do {
                    try await Task.sleep(for: .seconds(delay))
                } catch {
                    return
                }
                // What was said meanwhile was not heard: look again.
                pool.bell.ring()
                registryChanged.ring()
            }
        }
    }
}

extension ProductionEvent {
    /// The event with its job's label prefixed by the series (`night-ledger: ep001 voice …`),
    /// for a worker serving several series.
    func naming(series: String) -> ProductionEvent {
        switch self {
        case .started(let label, let attempt): .started(label: "\(series): \(label)", attempt: attempt)
        case .finished(let label, let cost, let progress): .finished(label: "\(series): \(label)", cost: cost, progress: progress)
        case .retrying(let label, let attempt, let delay, let message):
            .retrying(label: "\(series): \(label)", attempt: attempt, delay: delay, message: message)
        case .failed(let label, let message, let progress): .failed(label: "\(series): \(label)", message: message, progress: progress)
        case .recovered, .planned, .budgetStopped, .storeUnavailable, .ended: self
        }
    }
}
