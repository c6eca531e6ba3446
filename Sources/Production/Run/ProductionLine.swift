import Basics
public import DramaModel
import Foundation
public import Logging

/// The one way to make episodes of a project: the compliance gate, the plan, the preflight
/// of the tools it needs, the run with its progress events, and the signed provenance of what
/// was rendered. `cliff produce`, `cliff render`, the studio's render queue and its retakes all
/// go through it and hold no orchestration of their own.
///
/// ```swift
/// let line = ProductionLine(project: project, store: store, compliance: ProductionCompliance(), logger: logger)
/// let production = try await line.prepare(ProductionRequest(episodes: [1, 2, 3]))
/// async let summary = production.run()
/// for await event in production.events { print(event) }
/// ```
public struct ProductionLine: Sendable {
    /// The project to produce.
    public let project: ProductionProject
    /// Where jobs, results and the ledger live (SQLite or PostgreSQL).
    public let store: any JobStore
    let compliance: any ComplianceGate
    let logger: Logger

    /// A line for `project` over `store`, gated by `compliance`.
    public init(project: ProductionProject, store: any JobStore, compliance: any ComplianceGate, logger: Logger) {
        self.project = project
        self.store = store
        self.compliance = compliance
        self.logger = logger
    }

    /// Gates and plans `request`: what a run would make, what is cached, what it would cost.
    /// Nothing is generated, no job is queued and no file is written — the gate's decision is
    /// not recorded either (the `--dry-run` report is made from this).
    /// - Throws: the compliance gate's error when the content is blocked; `ProductionError`
    ///   (`invalidScripts` with every problem, `storeFailed`).
    public func plan(_ request: ProductionRequest) async throws -> ProductionPlan {
        try await plan(request, recording: false)
    }

    private func plan(_ request: ProductionRequest, recording: Bool) async throws -> ProductionPlan {
        try compliance.checkBeforeGeneration(project, episodes: request.episodes, actor: request.actor, recording: recording)
        return try await project.plan(store: store, episodes: request.episodes, deliverable: request.deliverable)
    }

    /// Gates, plans and preflights `request`: a run ready to start.
    /// - Throws: as `plan(_:)`; `ProductionError` with code `toolsMissing` naming every tool
    ///   the plan's jobs need that is not installed.
    public func prepare(_ request: ProductionRequest) async throws -> PreparedProduction {
        let plan = try await plan(request, recording: true)
        let missing = Preflight.problems(plan)
        guard missing.isEmpty else {
            throw ProductionError(code: .toolsMissing, message: missing.joined(separator: "\n"))
        }
        var settings = project.settings
        if let workers = request.workers { settings.workers = workers }
        if let cap = request.seriesCap { settings.budget.perSeries = min(settings.budget.perSeries ?? cap, cap) }
        let run = ProductionRun(
            plan: plan, store: store, assets: project.assets, steps: project.steps, settings: settings,
            projectRoot: project.root, logger: logger)
        return PreparedProduction(line: self, request: request, plan: plan, run: run)
    }
}

extension ProductionLine {
    /// Gates and plans `request` and queues its jobs without running them (`cliff produce
    /// --no-work`): workers (`cliff worker`, on this machine or on any machine sharing the store)
    /// make them. Returns the plan and what the queue did with it.
    /// - Throws: as `plan(_:)`.
    public func enqueue(_ request: ProductionRequest) async throws -> (plan: ProductionPlan, report: EnqueueReport) {
        let plan = try await plan(request, recording: true)
        try await store.forget(plan.stale)
        let report = try await store.enqueue(
            plan.toRun, estimatedCosts: plan.estimatedCosts, plan: plan.graph.keys, scope: plan.scope, now: Date())
        return (plan, report)
    }

    /// A worker that serves this project's queue (`cliff worker`): it claims what is runnable
    /// with `workers` tasks (default: `cliff.yaml`'s, else two per core) within the project's
    /// limits and budget, waits for work when there is none, and signs the provenance of each
    /// video as its export finishes. It runs until cancelled or drained.
    ///
    /// With `pool` (a worker serving several series), the run has as many tasks as the pool has
    /// slots and shares them with the other series' runs (``TaskPool``); `workers` is not used.
    package func serve(workers: Int? = nil, pool: TaskPool) -> QueueService {
        serve(workers: workers, sharing: pool)
    }

    /// A worker that serves this project's queue (`cliff worker`): it claims what is runnable
    /// with `workers` tasks (default: `cliff.yaml`'s, else two per core) within the project's
    /// limits and budget, waits for work when there is none, and signs the provenance of each
    /// video as its export finishes. It runs until cancelled or drained.
    public func serve(workers: Int? = nil) -> QueueService {
        serve(workers: workers, sharing: nil)
    }

    private func serve(workers: Int?, sharing pool: TaskPool?) -> QueueService {
        var settings = project.settings
        if let workers { settings.workers = workers }
        let project = project, store = store, compliance = compliance, logger = logger
        let run = ProductionRun(
            plan: nil, store: store, assets: project.assets, steps: project.steps, settings: settings, projectRoot: project.root,
            logger: logger, pool: pool
        ) { node in
            // An export of a video (or of a cover variant's cover): sign what it wrote, with the
            // deliverable its file names (a cover is signed whatever the deliverable).
            guard node.step == ExportStep.kind, let episode = node.episode else { return }
            let text = String(decoding: node.parameters, as: UTF8.self)
            guard text.contains("episode.mp4") || text.contains("preview.mp4") || text.contains("cover.jpg") else { return }
            // A store that is down for a moment (a database restarting) must not leave a video
            // unsigned: a failure that is not the user's to fix is tried again, with growing
            // pauses, for about a minute.
            let pauses: [Duration] = [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(15), .seconds(30)]
            for attempt in 0...pauses.count {
                do {
                    try await compliance.signRendered(project, store: store, episodes: [episode], deliverable: text.contains("preview.mp4") ? .preview : .final)
                    return
                } catch {
                    // A problem with the user's files is not a moment's outage: said once.
                    let passing = (error as? any ExplainedError).map { $0.kind != .input } ?? true
                    guard passing, attempt < pauses.count, !Task.isCancelled else {
                        logger.error("signing failed", metadata: ["episode": "\(episode)", "error": "\(error)"])
                        return
                    }
                    logger.warning("signing failed; trying again", metadata: ["episode": "\(episode)", "attempt": "\(attempt + 1)", "error": "\(error)"])
                    try? await Task.sleep(for: pauses[attempt])
                }
            }
        }
        return QueueService(run: run)
    }
}

/// A worker serving a project's queue (``ProductionLine/serve(workers:)``).
public struct QueueService: Sendable {
    let run: ProductionRun

    /// Progress as it happens; finishes when `run()` returns. Consume it from one place.
    public var events: AsyncStream<ProductionEvent> { run.events }

    /// Serves until cancelled (running jobs go back to the queue untried) or drained.
    /// - Throws: `ProductionError` when the store fails.
    public func run() async throws -> ProductionSummary { try await run.run() }

    /// Stops claiming: the jobs running now finish, then `run()` returns.
    public func drain() { run.drain() }

    /// The labels of the jobs running now, sorted.
    public var runningJobs: [String] { run.runningJobs }
}

/// What to make: which episodes, which deliverable, with how many workers, for whom.
public struct ProductionRequest: Sendable, Hashable {
    /// The episodes to make (nil: every episode with a script).
    public var episodes: [Int]?
    /// Masters, previews or subtitles only.
    public var deliverable: Deliverable
    /// Worker tasks (nil: `cliff.yaml`'s `workers`, else two per core).
    public var workers: Int?
    /// Who asked, for the audit log (`cliff`, `studio`).
    public var actor: String
    /// A cap on the series' whole spend (its ledger, all takes) for this run only, on top of
    /// `cliff.yaml`'s `budget.series_usd` (the lower wins): a slate holds each pilot to what its
    /// budget has left. A stop for it is a `BudgetStop` for the series with this cap.
    public var seriesCap: Money?

    /// A request; by default every episode's master, for `cliff`.
    public init(
        episodes: [Int]? = nil, deliverable: Deliverable = .final, workers: Int? = nil, actor: String = "cliff", seriesCap: Money? = nil
    ) {
        self.episodes = episodes
        self.deliverable = deliverable
        self.workers = workers
        self.actor = actor
        self.seriesCap = seriesCap
    }
}

/// A gated, planned and preflighted production, ready to run.
public struct PreparedProduction: Sendable {
    let line: ProductionLine
    /// What was asked.
    public let request: ProductionRequest
    /// What the run will make.
    public let plan: ProductionPlan
    let production: ProductionRun

    init(line: ProductionLine, request: ProductionRequest, plan: ProductionPlan, run: ProductionRun) {
        self.line = line
        self.request = request
        self.plan = plan
        self.production = run
    }

    /// Progress as it happens; finishes when `run()` returns. Consume it from one place.
    public var events: AsyncStream<ProductionEvent> { production.events }

    /// Problems in the selected scripts that do not stop production (shown before a run).
    public var warnings: [String] { line.project.scriptWarnings(episodes: request.episodes).map(\.description) }

    /// Runs the jobs to the end, a budget stop, or cancellation (cancelling the awaiting task
    /// stops cleanly: running jobs go back to the queue, finished work is kept). When every
    /// job completed, signs the provenance of what was rendered.
    /// - Throws: `ProductionError` when the store fails; the compliance gate's error when
    ///   signing fails.
    public func run() async throws -> ProductionSummary {
        let summary = try await production.run()
        if case .completed = summary.ending, summary.failures.isEmpty {
            try await line.compliance.signRendered(
                line.project, store: line.store, episodes: request.episodes, deliverable: request.deliverable)
        }
        return summary
    }
}
