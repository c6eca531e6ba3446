import ArgumentParser
import Foundation
import Logging
import Production
import ServiceLifecycle
import StudioServer
import UnixSignals

/// `cliff worker`: serve a project's job queue, or every series of a shared database, until
/// stopped.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Make the jobs queued for a project, or for every series of a shared database, as they come, until stopped.",
        discussion: """
            Examples:
              cliff produce demo --no-work     # queue the jobs, make nothing
              cliff worker demo                # make them; run several for more
              cliff worker --database postgres://…/studio   # every series in it
              cliff worker --series night-ledger,demo       # only these two
              curl http://127.0.0.1:PORT/metrics

            A worker claims what is runnable in the project's queue, within
            cliff.yaml's limits and budget, and waits for more when there is none; it
            signs each episode's provenance as its export finishes. Several workers (and
            cliff produce runs) share one queue: a job is claimed by one at a time, and a
            worker that dies leaves its jobs to the others once their lease expires.

            Without a project, and with a shared database (--database or
            CLIFF_DATABASE_URL), the worker serves every series registered in it (every
            command that opens a series with the database registers it, with its folder's
            absolute path), or those --series names, and picks up series registered while
            it runs. Each series keeps its own cliff.yaml limits and budget; --jobs is the
            worker's total, taken in turn by the series that have work (an equal share
            each while several have, all of it for one alone). Every machine running it
            must mount the series folders at the path they were registered with; a series
            whose folder is not there is said once and skipped. Without a project or a
            database, the current folder is served if it is a project.

            Health (GET /health) and Prometheus metrics (GET /metrics: queue depth per
            state, per series when serving several, jobs completed, failed and retried,
            lease takeovers, spend, jobs per second) are served on 127.0.0.1, on
            --metrics-port or a free port, printed at start.

            SIGTERM or Ctrl-C: no new claims; the jobs running finish within --grace
            seconds, or go back to the queue untried. Exit code 0 then. While it stops,
            the worker says every 15 s what it waits for; a stop that overruns --grace
            by 60 s ends the process with exit code 1 (a job still leased then goes
            back to the queue when its lease expires).
            """
    )

    @Argument(help: "The project folder (default: every series of the database; else the current folder).")
    var directory: String?

    @OptionGroup var shared: DatabaseOption

    @Option(name: .long, help: ArgumentHelp("Serve only these series of the database (ids, comma-separated or repeated); without a project only.", valueName: "ids"))
    var series: [String] = []

    @Option(name: .long, help: "Worker tasks (default: cliff.yaml 'workers', else two per core); without a project, shared by every series.")
    var jobs: Int?

    @Option(name: .long, help: "Port of the health and metrics endpoint on 127.0.0.1 (default: a free port, printed).")
    var metricsPort: Int = 0

    @Option(name: .long, help: "Seconds the running jobs have to finish after SIGTERM before they go back to the queue.")
    var grace: Int = 30

    @Option(name: .long, help: "Progress display: lines (a line per job) or none.")
    var progress: ProgressStyle = .lines

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(0...65_535).contains(metricsPort) { throw ValidationError("--metrics-port must be a port number from 0 to 65535 (0: any free port)") }
        if grace < 0 { throw ValidationError("--grace must be 0 or more seconds") }
        if directory != nil, !series.isEmpty {
            throw ValidationError("--series chooses among the database's series; a worker of one project (cliff worker \(directory!)) serves only that one: drop one or the other")
        }
        if seriesIDs.contains(where: \.isEmpty) { throw ValidationError("--series needs series ids, e.g. --series night-ledger,demo") }
    }

    /// `--series`, each value split at commas.
    var seriesIDs: [String] {
        series.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    func run() async throws {
        if let directory { return try await serve(project: directory) }
        let environment = ProcessInfo.processInfo.environment
        let given = shared.database.flatMap { $0.isEmpty ? nil : $0 } ?? environment["CLIFF_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let given {
            switch DatabaseURL.resolve(flag: shared.database, environment: environment, configured: nil) {
            case .failure(let problem): throw CLIError(message: problem.message)
            case .success(nil): break
            case .success(let url?): return try await serveAll(database: given, url: url)
            }
        }
        let here = FileManager.default.currentDirectoryPath
        if seriesIDs.isEmpty, FileManager.default.fileExists(atPath: URL(fileURLWithPath: here).appendingPathComponent("series.yaml").path) {
            return try await serve(project: ".")
        }
        throw CLIError(
            message: """
                cliff worker needs a project or a shared database to serve: \(seriesIDs.isEmpty ? "no project was named, the current folder is not one" : "--series was given") and no database is set. \
                Name the project (cliff worker /studio/night-ledger), or give the database whose series to serve (cliff worker --database postgres://USER:PASSWORD@HOST/DATABASE, or set CLIFF_DATABASE_URL).
                """)
    }

    /// Serves one project's queue (`cliff worker PROJECT`).
    private func serve(project directory: String) async throws {
        let context = try await ProductionContext.open(directory, database: shared.database)
        let root = context.displayRoot
        let queue = context.line(logger: Logger(label: "cliff.worker")).serve(workers: jobs)
        let metrics = WorkerMetrics()
        let store = context.store
        let worker = WorkerID.current.description
        let endpoint = WorkerEndpoint(
            port: metricsPort,
            health: { #"{"status":"serving","worker":"\#(worker)","completed":\#(metrics.completed)}"# },
            metrics: { metrics.exposition(status: try? await store.status(now: Date())) })
        let stop = StopReport(grace: grace)
        let service = ProductionService(queue: queue) {
            stop.begin { queue.runningJobs.isEmpty ? nil : "jobs running: \(queue.runningJobs.joined(separator: ", "))" }
        }
        let renderer = ProgressRenderer(style: progress == .none ? .none : .lines, verbose: true)
        try await runGroup(endpoint: endpoint, service: service, serving: root) {
            for await event in queue.events {
                metrics.record(event)
                if case .ended = event { continue }
                renderer.handle(event)
            }
        }
        stop.reached("the project's database connections to close")
        await context.close()
        stop.end()
        if let error = service.error { throw error }
        let summary = service.summary
        Console.write("Worker stopped: \(Format.count(metrics.completed)) jobs done\(summary.map { ", \($0.progress.failed) failed, spent \($0.progress.spent)" } ?? ""); what it had not started stays queued.")
    }

    /// Serves every series registered in the database at `url` (or those of `--series`).
    private func serveAll(database given: String, url: DatabaseURL) async throws {
        let metrics = WorkerMetrics()
        let pool = TaskPool(size: jobs ?? 2 * ProcessInfo.processInfo.activeProcessorCount)
        let worker = WorkerID.current.description
        let service = AllSeriesWorker(
            database: given, url: url, only: seriesIDs.isEmpty ? nil : Set(seriesIDs), pool: pool, metrics: metrics,
            renderer: ProgressRenderer(style: progress == .none ? .none : .lines, verbose: true), stop: StopReport(grace: grace),
            logger: Logger(label: "cliff.worker"))
        let endpoint = WorkerEndpoint(
            port: metricsPort,
            health: {
                let health = WorkerHealth(status: "serving", worker: worker, completed: metrics.completed, series: service.servedSeries, skipped: service.skippedSeries)
                return String(decoding: (try? JSONEncoder().encode(health)) ?? Data(), as: UTF8.self)
            },
            metrics: { metrics.exposition(series: await service.statuses()) })
        let scope = seriesIDs.isEmpty ? "every series of \(url)" : "series \(seriesIDs.joined(separator: ", ")) of \(url)"
        try await runGroup(endpoint: endpoint, service: service, serving: scope) {}
        Console.write("Worker stopped: \(Format.count(metrics.completed)) jobs done; what it had not started stays queued.")
    }

    /// Runs `service` beside the health and metrics endpoint until it ends or SIGTERM/SIGINT
    /// drains it (cancelled after `--grace` seconds), with `events` consuming its progress.
    private func runGroup(endpoint: WorkerEndpoint, service: some Service, serving what: String, events: @escaping @Sendable () async -> Void) async throws {
        let worker = WorkerID.current.description
        var configuration = ServiceGroupConfiguration(
            services: [
                .init(service: endpoint.application(logger: Logger(label: "cliff.worker.http")) { port in
                    FileHandle.standardOutput.write(Data("Worker \(worker) serving \(what); health and metrics on http://127.0.0.1:\(port)/metrics\n".utf8))
                }),
                .init(service: service, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
            ],
            gracefulShutdownSignals: [.sigint, .sigterm],
            logger: Logger(label: "cliff.lifecycle"))
        // After a shutdown signal the running jobs have --grace to finish; then they are
        // cancelled, which gives them back to the queue.
        configuration.maximumGracefulShutdownDuration = .seconds(grace)
        let group = ServiceGroup(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { await events() }
            tasks.addTask { try await group.run() }
            try await tasks.waitForAll()
        }
    }
}

/// `GET /health` of a worker serving several series.
private struct WorkerHealth: Encodable {
    var status: String
    var worker: String
    var completed: Int
    /// The series served now.
    var series: [String]
    /// Registered series whose folder cannot be opened on this machine.
    var skipped: [String]
}
