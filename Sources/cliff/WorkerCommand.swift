import ArgumentParser
import Foundation
import Logging
import Production
import ServiceLifecycle
import StudioServer
import UnixSignals

/// `cliff worker`: serve a project's job queue until stopped.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Make the jobs queued for a project, as they come, until stopped.",
        discussion: """
            Examples:
              cliff produce demo --no-work     # queue the jobs, make nothing
              cliff worker demo                # make them; run several for more
              curl http://127.0.0.1:PORT/metrics

            A worker claims what is runnable in the project's queue, within
            cliff.yaml's limits and budget, and waits for more when there is none; it
            signs each episode's provenance as its export finishes. Several workers (and
            cliff produce runs) share one queue: a job is claimed by one at a time, and a
            worker that dies leaves its jobs to the others once their lease expires.

            Health (GET /health) and Prometheus metrics (GET /metrics: queue depth per
            state, jobs completed, failed and retried, lease takeovers, spend, jobs per
            second) are served on 127.0.0.1, on --metrics-port or a free port, printed
            at start.

            SIGTERM or Ctrl-C: no new claims; the jobs running finish within --grace
            seconds, or go back to the queue untried. Exit code 0 then.
            """
    )

    @OptionGroup var project: ProjectArgument
    @OptionGroup var shared: DatabaseOption

    @Option(name: .long, help: "Worker tasks (default: cliff.yaml 'workers', else two per core).")
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
    }

    func run() async throws {
        let context = try await ProductionContext.open(project.directory, database: shared.database)
        let root = context.displayRoot
        let queue = context.line(logger: Logger(label: "cliff.worker")).serve(workers: jobs)
        let metrics = WorkerMetrics()
        let store = context.store
        let worker = WorkerID.current.description
        let endpoint = WorkerEndpoint(
            port: metricsPort,
            health: { #"{"status":"serving","worker":"\#(worker)","completed":\#(metrics.completed)}"# },
            metrics: { metrics.exposition(status: try? await store.status(now: Date())) })
        let service = ProductionService(queue: queue)
        var configuration = ServiceGroupConfiguration(
            services: [
                .init(service: endpoint.application(logger: Logger(label: "cliff.worker.http")) { port in
                    FileHandle.standardOutput.write(Data("Worker \(worker) serving \(root); health and metrics on http://127.0.0.1:\(port)/metrics\n".utf8))
                }),
                .init(service: service, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
            ],
            gracefulShutdownSignals: [.sigint, .sigterm],
            logger: Logger(label: "cliff.lifecycle"))
        // After a shutdown signal the running jobs have --grace to finish; then they are
        // cancelled, which gives them back to the queue.
        configuration.maximumGracefulShutdownDuration = .seconds(grace)
        let group = ServiceGroup(configuration: configuration)
        let renderer = ProgressRenderer(style: progress == .none ? .none : .lines, verbose: true)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                for await event in queue.events {
                    metrics.record(event)
                    if case .ended = event { continue }
                    renderer.handle(event)
                }
            }
            tasks.addTask { try await group.run() }
            try await tasks.waitForAll()
        }
        await context.close()
        if let error = service.error { throw error }
        let summary = service.summary
        Console.write("Worker stopped: \(Format.count(metrics.completed)) jobs done\(summary.map { ", \($0.progress.failed) failed, spent \($0.progress.spent)" } ?? ""); what it had not started stays queued.")
    }
}
