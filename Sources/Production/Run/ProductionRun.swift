import DramaModel
package import Foundation
package import Logging
import Synchronization

/// Carries out a plan with a local pool of workers: queues the jobs, claims them one by one
/// (the store makes claims atomic across processes), runs their steps, stores outputs,
/// prices usage, and reports progress as `events`.
///
/// Cancelling the task that awaits `run()` stops it cleanly: running jobs are given back
/// untried, finished work is kept. A process killed outright leaves leased jobs that the
/// next run takes back (`JobStore.recoverAbandoned`).
///
/// Without a plan the run **serves the queue** (`cliff worker`): it queues nothing, claims
/// whatever the project's queue holds, and when nothing is runnable waits for work
/// (`JobStore.waitForWork`) instead of ending; it ends when cancelled or drained (``drain()``:
/// no new claims, running jobs finish).
///
/// ```swift
/// let run = ProductionRun(plan: plan, store: store, assets: assets, steps: registry,
///                         settings: settings, projectRoot: root, logger: logger)
/// async let summary = run.run()
/// for await event in run.events { print(event) }
/// ```
package final class ProductionRun: Sendable {
    /// Progress as it happens; finishes when `run()` returns. Consume it from one place.
    package let events: AsyncStream<ProductionEvent>
    private let continuation: AsyncStream<ProductionEvent>.Continuation
    private let plan: ProductionPlan?
    private let store: any JobStore
    private let assets: AssetStore
    private let steps: StepRegistry
    private let settings: ProductionSettings
    private let prices: PriceBook
    private let retry: RetryPolicy
    private let root: URL
    private let owner: WorkerID
    private let workers: Int
    private let logger: Logger
    /// Called after each job that completed (a worker signs what an export finished).
    private let completed: (@Sendable (Node) async -> Void)?
    /// The slots shared with other series' runs of a worker serving several (nil: this run's
    /// own `workers` tasks run jobs freely).
    private let pool: TaskPool?
    /// Counters shared by the workers of this run.
    private let state = Mutex(RunState())

    private struct RunState {
        /// No new claims: running jobs finish, then the workers end.
        var draining = false
        /// A budget stop seen while serving (said once; serving waits instead of ending).
        var servedStop: BudgetStop?
        var done = 0
        var failed = 0
        var spent = Money.zero
        var stop: BudgetStop?
        var failures: [(String, String)] = []
        var queueSeconds = 0.0
        var stepSeconds = 0.0
        var assetSeconds = 0.0
        /// The labels of the jobs running now, with how many of each (a label is one node).
        var running: [String: Int] = [:]
        /// The jobs this run claimed and has not finished or given back yet, by id.
        var holding: Set<Int64> = []
        /// Store calls under way that may claim a job (a claim, a completion that claims the
        /// next): the job they claim is not in `holding` yet.
        var claimsInFlight = 0
    }

    /// Prepares a run.
    package init(
        plan: ProductionPlan?, store: any JobStore, assets: AssetStore, steps: StepRegistry,
        settings: ProductionSettings, projectRoot: URL, owner: WorkerID = .current, logger: Logger,
        pool: TaskPool? = nil, completed: (@Sendable (Node) async -> Void)? = nil
    ) {
        self.completed = completed
        self.pool = pool
        (events, continuation) = AsyncStream.makeStream(of: ProductionEvent.self, bufferingPolicy: .bufferingNewest(10_000))
        self.plan = plan
        self.store = store
        self.assets = assets
        self.steps = steps
        self.settings = settings
        self.prices = PriceBook(settings.prices)
        self.retry = RetryPolicy(settings.retry)
        self.root = projectRoot
        self.owner = owner
        // Two per core by default: a render job spends part of its time waiting on ffmpeg (start-up,
        // font loading, encoder latency), which a second job per core fills.
        // With a pool, as many tasks as it has slots: alone, the series may use all of them.
        self.workers = pool?.size ?? max(1, settings.workers ?? 2 * ProcessInfo.processInfo.activeProcessorCount)
        self.logger = logger
    }

    /// Runs the plan to the end, a budget stop, or cancellation.
    /// - Throws: `ProductionError` when the store fails.
    package func run() async throws -> ProductionSummary {
        defer { continuation.finish() }
        let started = ContinuousClock.now
        let recovered = try await store.recoverAbandoned(now: Date(), maxAttempts: settings.retry.maxAttempts) { $0.isAlive }
        if !recovered.isEmpty {
            logger.info("recovered abandoned jobs", metadata: ["jobs.count": "\(recovered.count)"])
            continuation.yield(.recovered(recovered))
        }
        assets.removeAbandonedTemporaries()
        if let plan {
            try await store.forget(plan.stale)
            let report = try await store.enqueue(
                plan.toRun, estimatedCosts: plan.estimatedCosts, plan: plan.graph.keys, scope: plan.scope, now: Date())
            continuation.yield(.planned(PlanSummary(
                nodes: plan.graph.count, cached: plan.cached.count, toRun: plan.toRun.count,
                estimatedCost: plan.estimatedTotal, enqueue: report)))
        }

        let elapsed: @Sendable () -> Double = { (ContinuousClock.now - started).seconds }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<workers {
                group.addTask { try await self.work(index, elapsed: elapsed) }
            }
            group.addTask { try await self.heartbeat() }
            // Workers end on their own; the heartbeat ends when they have.
            for _ in 0..<workers { try await group.next() }
            group.cancelAll()
        }
        let final = state.withLock { $0 }
        let progress = self.progress(elapsed())
        let ending: ProductionSummary.Ending =
            if let stop = final.stop { .overBudget(stop) } else if Task.isCancelled || final.draining { .interrupted } else { .completed }
        let summary = ProductionSummary(
            ending: ending, progress: progress, cached: plan?.cached.count ?? 0,
            failures: final.failures.map { (label: $0.0, message: $0.1) },
            queueSeconds: final.queueSeconds, stepSeconds: final.stepSeconds, assetSeconds: final.assetSeconds)
        continuation.yield(.ended(summary))
        return summary
    }

    private func progress(_ elapsed: Double) -> ProductionProgress {
        state.withLock {
            ProductionProgress(done: $0.done, failed: $0.failed, total: plan?.toRun.count ?? $0.done + $0.failed, spent: $0.spent, elapsed: elapsed)
        }
    }

    private func heartbeat() async throws {
        let interval = Double(settings.leaseSeconds) / 3
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: .seconds(interval))
            } catch {
                return
            }
            do {
                try await store.heartbeat(owner: owner, until: Date().addingTimeInterval(Double(settings.leaseSeconds)))
                // A serving worker outlives the others: it takes back what dead ones left running
                // (a dead local pid at once, another machine's worker once its lease expired).
                if plan == nil {
                    try await giveBackUnheld()
                    let recovered = try await store.recoverAbandoned(now: Date(), maxAttempts: settings.retry.maxAttempts) { $0.isAlive }
                    if !recovered.isEmpty {
                        logger.info("recovered abandoned jobs", metadata: ["jobs.count": "\(recovered.count)"])
                        continuation.yield(.recovered(recovered))
                    }
                }
            } catch let error as ProductionError where plan == nil && error.code == .storeFailed {
                // Serving: the next beat tries again (the workers say the outage).
                logger.warning("heartbeat failed", metadata: ["error": "\(error.message)"])
            }
        }
    }

    /// Gives back the jobs leased to this worker that none of its tasks holds: a claim (or a
    /// completion that claimed the next job) committed while its answer was lost to an outage,
    /// so the job runs under this worker's name — its live heartbeat extending the lease — and
    /// nobody makes it. Only a serving worker does this (one run per store and process), and
    /// only while no claim is under way: a claim that starts later stamps its job with a later
    /// time than the cut-off, so it is never taken for one of these.
    private func giveBackUnheld() async throws {
        guard let (holding, cutoff) = state.withLock({ state -> (Set<Int64>, Date)? in
            state.claimsInFlight == 0 ? (state.holding, Date().addingTimeInterval(-5)) : nil
        }) else { return }
        let released = try await store.releaseUnheld(owner: owner, holding: holding, claimedBefore: cutoff, now: Date())
        if !released.isEmpty {
            logger.warning("gave back jobs claimed while the store's answer was lost", metadata: ["jobs": "\(released.joined(separator: ", "))"])
        }
    }

    /// Runs a store call that may claim a job, counted as under way until the job it claimed
    /// is held (see ``giveBackUnheld()``).
    private func trackingClaim(_ body: () async throws -> ClaimOutcome?) async throws -> ClaimOutcome? {
        state.withLock { $0.claimsInFlight += 1 }
        do {
            let outcome = try await body()
            state.withLock { state in
                if case .claimed(let job)? = outcome { state.holding.insert(job.id) }
                state.claimsInFlight -= 1
            }
            return outcome
        } catch {
            state.withLock { $0.claimsInFlight -= 1 }
            throw error
        }
    }

    private func timedQueue<T>(_ body: () async throws -> T) async throws -> T {
        let start = ContinuousClock.now
        defer {
            let spent = (ContinuousClock.now - start).seconds
            state.withLock { $0.queueSeconds += spent }
        }
        return try await body()
    }

    private func claimRequest() -> ClaimRequest {
        let now = Date()
        return ClaimRequest(
            owner: owner, now: now, leaseUntil: now.addingTimeInterval(Double(settings.leaseSeconds)),
            scope: plan?.scope ?? .all, limits: settings.concurrency, budget: settings.budget)
    }

    /// Stops claiming: the jobs running now finish (and are recorded), then the workers end and
    /// `run()` returns `.interrupted`. What the queue still holds stays queued for the next run.
    package func drain() {
        state.withLock { $0.draining = true }
        // Idle tasks sleeping on a shared pool's bell wake to see it.
        pool?.bell.ring()
    }

    /// The labels of the jobs this run is running now, sorted (for a worker that says what its
    /// stop waits for).
    package var runningJobs: [String] {
        state.withLock { $0.running.flatMap { Array(repeating: $0.key, count: $0.value) } }.sorted()
    }

    /// Whether workers may claim another job.
    private var claiming: Bool { state.withLock { $0.stop == nil && !$0.draining } }

    private func work(_ index: Int, elapsed: @Sendable () -> Double) async throws {
        var idlePolls = 0
        var outages = 0
        // A finished job hands over the next claim, made in the same transaction (not with a
        // pool: the slot goes back, so that other series take their turn).
        var next: ClaimOutcome?
        // Whether this task holds one of the pool's slots.
        var holding = false
        defer { if holding { pool?.release() } }
        func letGo() {
            if holding { pool?.release() }
            holding = false
        }
        while !Task.isCancelled, claiming {
            let outcome: ClaimOutcome
            // The pool's bell as it stood before this claim: a ring after it means work may have come.
            let seen = pool?.bell.generation ?? 0
            if let handed = next {
                outcome = handed
                next = nil
            } else {
                if let pool, !holding {
                    do {
                        try await pool.acquire()
                    } catch {
                        return
                    }
                    holding = true
                    // Draining may have begun while this task waited for its turn.
                    guard !Task.isCancelled, claiming else { break }
                }
                do {
                    outcome = try await trackingClaim { try await timedQueue { try await store.claim(claimRequest()) } }!
                    outages = 0
                } catch let error as ProductionError where plan == nil && error.code == .storeFailed {
                    letGo()
                    guard await waitOutOutage(error, &outages) else { return }
                    continue
                }
            }
            if case .claimed = outcome {} else { letGo() }
            switch outcome {
            case .idle where plan == nil, .overBudget where plan == nil:
                // Serving: nothing runnable now (or the budget is spent until it is raised):
                // wait for work, longer while the queue stays quiet.
                if case .overBudget(let stop) = outcome, state.withLock({ state -> Bool in
                    defer { state.servedStop = stop }
                    return state.servedStop == nil
                }) {
                    logger.info("budget stop", metadata: ["job.label": "\(stop.label)"])
                    continuation.yield(.budgetStopped(stop))
                }
                idlePolls += 1
                if let pool {
                    // The worker listens for every series at once and rings the pool's bell.
                    await pool.bell.wait(after: seen, timeout: .seconds(30))
                    if Task.isCancelled { return }
                    continue
                }
                do {
                    // A store that notifies wakes this at once; one that cannot is asked again
                    // soon, less often while the queue stays quiet.
                    try await store.waitForWork(timeout: store.notifiesWork ? .seconds(30) : .milliseconds(min(50 * idlePolls, 2_000)))
                } catch let error as ProductionError where error.code == .storeFailed {
                    // The store's listening connection broke (a database restarting).
                    guard await waitOutOutage(error, &outages) else { return }
                } catch {
                    return
                }
            case .idle:
                return
            case .overBudget(let stop):
                let first = state.withLock { state -> Bool in
                    defer { if state.stop == nil { state.stop = stop } }
                    return state.stop == nil
                }
                if first {
                    logger.info("budget stop", metadata: ["job.label": "\(stop.label)"])
                    continuation.yield(.budgetStopped(stop))
                }
                return
            case .wait(let until):
                idlePolls += 1
                // Poll quickly while other workers are about to unblock something, slower after.
                var delay = min(0.002 * Double(idlePolls), 0.1)
                if let until { delay = min(delay, max(until.timeIntervalSinceNow, 0.001)) }
                do {
                    try await Task.sleep(for: .seconds(delay))
                } catch {
                    return
                }
            case .claimed(let job):
                idlePolls = 0
                state.withLock { $0.servedStop = nil }
                do {
                    next = try await execute(job, elapsed: elapsed)
                    letGo()
                } catch let error as ProductionError where plan == nil && error.code == .storeFailed {
                    // What the job made is in the asset store but not recorded. Its lease would
                    // never expire — this worker lives, and its heartbeat extends every lease it
                    // holds — so once the store answers the job is given back untried and a
                    // claim makes it again (a model's answer comes from the cache, so nothing is
                    // paid twice). A completion that did commit is left as it is: a release
                    // touches only a running job.
                    letGo()
                    guard await waitOutOutage(error, &outages), await giveBack(job, &outages) else { return }
                }
                state.withLock { _ = $0.holding.remove(job.id) }
            }
        }
        // A claim handed over as the run began stopping goes back untried.
        if case .claimed(let job) = next { try await store.release(job, now: Date()) }
    }

    /// Gives back a job whose completion was lost to a store outage, waiting out the outage
    /// for as long as it lasts. False when cancelled meanwhile (the job stays leased to this
    /// worker, which is then stopping: its lease, or its exit, lets another take it).
    private func giveBack(_ job: ClaimedJob, _ outages: inout Int) async -> Bool {
        while true {
            do {
                try await store.release(job, now: Date())
                return true
            } catch let error as ProductionError where error.code == .storeFailed {
                guard await waitOutOutage(error, &outages) else { return false }
            } catch {
                return false
            }
        }
    }

    /// A serving worker's store failed (a database restarting): says so and waits — 1 s, then
    /// twice as long each time up to 30 s — before the next try. False when cancelled meanwhile.
    private func waitOutOutage(_ error: ProductionError, _ outages: inout Int) async -> Bool {
        outages += 1
        let delay = min(pow(2, Double(outages - 1)), 30)
        logger.warning("job store unavailable", metadata: ["error": "\(error.message)", "retry.seconds": "\(delay)"])
        continuation.yield(.storeUnavailable(message: error.message, retryIn: delay))
        do {
            try await Task.sleep(for: .seconds(delay))
            return true
        } catch {
            return false
        }
    }

    /// Runs one job and records how it ended; after a success, returns the next claim.
    private func execute(_ job: ClaimedJob, elapsed: @Sendable () -> Double) async throws -> ClaimOutcome? {
        let node = job.node
        state.withLock { $0.running[node.label, default: 0] += 1 }
        defer {
            state.withLock { state in
                state.running[node.label, default: 1] -= 1
                if state.running[node.label] == 0 { state.running[node.label] = nil }
            }
        }
        continuation.yield(.started(label: node.label, attempt: job.attempt))
        guard let step = steps[node.step] else {
            try await failForGood(job, "this build of cliff has no step '\(node.step)' (\(node.generator)); update cliff or run 'cliff gc' after removing the step", usage: .none, elapsed: elapsed)
            return nil
        }
        let start = ContinuousClock.now
        var stepTime: Double { (ContinuousClock.now - start).seconds }
        do {
            let inputs = node.inputs.isEmpty ? [:] : try await store.results(for: node.inputs)
            let input = StepInput(node: node, projectRoot: root, attempt: job.attempt, inputs: inputs, assets: assets)
            var output = try await step.run(input)
            let seconds = stepTime
            if node.generator.isLocal, output.usage[.cpuSecond] == 0 { output.usage[.cpuSecond] = seconds }
            state.withLock { $0.stepSeconds += seconds }
            let storing = ContinuousClock.now
            let result = try record(output, for: node)
            let stored = (ContinuousClock.now - storing).seconds
            state.withLock { $0.assetSeconds += stored }
            let entries = try ledger(output.usage, job: job, succeeded: true)
            let stopping = Task.isCancelled || !claiming || pool != nil
            let next: ClaimOutcome? = try await trackingClaim {
                try await timedQueue {
                    if stopping {
                        try await store.complete(job, result: result, ledger: entries, now: Date())
                        return nil
                    }
                    return try await store.complete(job, result: result, ledger: entries, now: Date(), thenClaim: claimRequest())
                }
            }
            let cost = entries.reduce(Money.zero) { $0 + $1.cost }
            state.withLock {
                $0.done += 1
                $0.spent += cost
            }
            continuation.yield(.finished(label: node.label, cost: cost, progress: progress(elapsed())))
            await completed?(node)
            return next
        } catch is CancellationError {
            try await store.release(job, now: Date())
        } catch let failure as StepFailure {
            state.withLock { $0.stepSeconds += stepTime }
            if Task.isCancelled {
                try await store.release(job, now: Date())
            } else if failure.isTransient, retry.allowsRetry(after: job.attempt) {
                let delay = retry.delay(after: job.attempt)
                let entries = try ledger(failure.usage, job: job, succeeded: false)
                try await timedQueue {
                    try await store.fail(job, message: failure.message, retryAt: Date().addingTimeInterval(delay), ledger: entries, now: Date())
                }
                state.withLock { $0.spent += entries.reduce(Money.zero) { $0 + $1.cost } }
                logger.info("job retrying", metadata: ["job.label": "\(node.label)", "job.attempt": "\(job.attempt)"])
                continuation.yield(.retrying(label: node.label, attempt: job.attempt, delay: delay, message: failure.message))
            } else {
                let message = failure.isTransient ? "gave up after \(job.attempt) tries: \(failure.message)" : failure.message
                try await failForGood(job, message, usage: failure.usage, elapsed: elapsed)
            }
        } catch let error as ProductionError where error.code == .assetCorrupt || error.code == .assetMissing {
            // An input's asset went bad: forget the input so the next run makes it again.
            try await store.forget(node.inputs)
            try await failForGood(job, "\(error.message)", usage: .none, elapsed: elapsed)
        } catch let error as ProductionError where error.code == .storeFailed {
            throw error
        } catch {
            try await failForGood(job, "\(error)", usage: .none, elapsed: elapsed)
        }
        return nil
    }

    private func failForGood(_ job: ClaimedJob, _ message: String, usage: Usage, elapsed: @Sendable () -> Double) async throws {
        let entries = (try? ledger(usage, job: job, succeeded: false)) ?? []
        try await timedQueue { try await store.fail(job, message: message, retryAt: nil, ledger: entries, now: Date()) }
        state.withLock {
            $0.failed += 1
            $0.failures.append((job.node.label, message))
            $0.spent += entries.reduce(Money.zero) { $0 + $1.cost }
        }
        logger.info("job failed", metadata: ["job.label": "\(job.node.label)"])
        continuation.yield(.failed(label: job.node.label, message: message, progress: progress(elapsed())))
    }

    private func record(_ output: StepOutput, for node: Node) throws -> NodeResult {
        let refs = try output.files.map { try assets.put($0.data, name: $0.name) }
        let exported = try output.exported.map { path -> ExportedFile in
            guard let facts = FileStat.of(root.appendingPathComponent(path).path) else {
                throw StepFailure.permanent("\(node.label) reported exporting \(path), but the file is not there")
            }
            return ExportedFile(path: path, size: facts.size, modified: facts.modified)
        }
        return NodeResult(key: node.key, outputs: refs, exported: exported, metadata: output.metadata)
    }

    private func ledger(_ usage: Usage, job: ClaimedJob, succeeded: Bool) throws -> [LedgerEntry] {
        let now = Date()
        return try usage.quantities.sorted { $0.key.rawValue < $1.key.rawValue }.compactMap { unit, quantity in
            guard quantity > 0 else { return nil }
            return LedgerEntry(
                node: job.node.key, episode: job.node.episode, step: job.node.step, generator: job.node.generator.id,
                unit: unit, quantity: quantity, cost: try prices.cost(quantity, unit, generator: job.node.generator),
                succeeded: succeeded, attempt: job.attempt, owner: owner.description, at: now)
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
