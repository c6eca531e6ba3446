public import DramaModel
public import Foundation

/// Where jobs, results and the cost ledger live: SQLite in the project folder by default;
/// PostgreSQL for workers on several machines.
///
/// Every method is one transaction. Claiming is atomic across processes: two workers never
/// hold the same job. The SQL is shared between backends in `QueueSQL`, with the dialect
/// differences kept there.
public protocol JobStore: Sendable {
    /// Results recorded for `keys` (missing keys have none).
    func results(for keys: [NodeKey]) async throws -> [NodeKey: NodeResult]
    /// Every recorded result.
    func allResults() async throws -> [NodeResult]
    /// Drops results (their assets vanished or are being collected); jobs for them may be queued again.
    func forget(_ keys: [NodeKey]) async throws
    /// Queues `nodes` that have no result yet, in order (inputs first). Failed or cancelled jobs
    /// for them go back to pending with fresh attempts; pending jobs in `scope` whose nodes are
    /// no longer in `plan` are cancelled as superseded.
    func enqueue(_ nodes: [Node], estimatedCosts: [NodeKey: Money], plan: Set<NodeKey>, scope: JobScope, now: Date) async throws -> EnqueueReport
    /// Puts back jobs whose lease expired or whose worker process is gone (`isAlive` says
    /// false), counting the lost try; a job out of tries fails.
    func recoverAbandoned(now: Date, maxAttempts: Int, isAlive: @Sendable (WorkerID) -> Bool?) async throws -> [RecoveredJob]
    /// Claims the most urgent runnable job, honouring concurrency limits and budgets.
    func claim(_ request: ClaimRequest) async throws -> ClaimOutcome
    /// Extends the leases of every job `owner` holds.
    func heartbeat(owner: WorkerID, until: Date) async throws
    /// Records a finished job: its result, its usage, and unblocks the jobs that read it.
    func complete(_ job: ClaimedJob, result: NodeResult, ledger: [LedgerEntry], now: Date) async throws
    /// Records a finished job and claims the next one, in one transaction where the backend
    /// can (a default runs `complete` then `claim`).
    func complete(_ job: ClaimedJob, result: NodeResult, ledger: [LedgerEntry], now: Date, thenClaim request: ClaimRequest) async throws -> ClaimOutcome
    /// Records a failed try: back to pending after `retryAt`, or (nil) failed for good, which
    /// cancels every job downstream of it.
    func fail(_ job: ClaimedJob, message: String, retryAt: Date?, ledger: [LedgerEntry], now: Date) async throws
    /// Gives a job back untried (the run was stopped).
    func release(_ job: ClaimedJob, now: Date) async throws
    /// Gives back, untried, the running jobs leased to `owner` that were claimed before
    /// `claimedBefore` and are not among `holding`: jobs whose claim committed while its answer
    /// was lost (a database restarting), which their live worker would otherwise keep leased
    /// for ever without running them. Returns their labels.
    func releaseUnheld(owner: WorkerID, holding: Set<Int64>, claimedBefore: Date, now: Date) async throws -> [String]
    /// Counts and lists for `cliff status`.
    func status(now: Date) async throws -> QueueStatus
    /// Jobs per episode that a live run is making or will make (episodes with none are left
    /// out): what the web studio shows as "rendering". ``UnfinishedJob/activeByEpisode(_:now:isAlive:)``
    /// says which count.
    func activeJobsByEpisode(now: Date, isAlive: @escaping @Sendable (WorkerID) -> Bool?) async throws -> [Int: Int]
    /// Every ledger entry, oldest first.
    func ledger() async throws -> [LedgerEntry]
    /// Records usage of work done outside the graph (a writer model's tokens), so `cliff cost`
    /// shows it with the rest.
    func recordUsage(_ ledger: [LedgerEntry]) async throws
    /// Records that a compliance step rewrote a result's exported files in place (C2PA
    /// embedding): their new size and time, so the next run does not export them again. Does
    /// nothing when `key` has no result.
    func updateExported(_ key: NodeKey, files: [ExportedFile]) async throws

    /// Waits until work may have appeared (jobs queued, or made runnable by another worker) or
    /// `timeout` passed, whichever is first; a serving worker calls it when nothing is runnable.
    /// A store that cannot be told (SQLite) just waits `timeout`; one that can (PostgreSQL's
    /// `LISTEN/NOTIFY`) returns as soon as it is told.
    /// - Throws: `CancellationError` when the waiting task is cancelled.
    func waitForWork(timeout: Duration) async throws

    /// Whether `waitForWork` returns as soon as work appears (so a waiter may wait long), rather
    /// than only at its timeout.
    var notifiesWork: Bool { get }
}

extension JobStore {
    /// Completes, then claims, in two transactions.
    /// False: a store that cannot tell waiters about new work.
    public var notifiesWork: Bool { false }

    /// Waits `timeout`: a store that cannot tell waiters about new work.
    public func waitForWork(timeout: Duration) async throws {
        try await Task.sleep(for: timeout)
    }

    public func complete(_ job: ClaimedJob, result: NodeResult, ledger: [LedgerEntry], now: Date, thenClaim request: ClaimRequest) async throws -> ClaimOutcome {
        try await complete(job, result: result, ledger: ledger, now: now)
        return try await claim(request)
    }
}

/// Jobs a run may take: those of some episodes (plus shared nodes), or all.
public struct JobScope: Sendable, Hashable {
    /// The episodes, or nil for every job in the queue.
    public var episodes: Set<Int>?
    /// Every job.
    public static let all = JobScope(episodes: nil)
    /// Creates a scope.
    public init(episodes: Set<Int>?) { self.episodes = episodes }
    /// Whether a job of `episode` is in scope (shared jobs always are).
    public func contains(episode: Int?) -> Bool {
        guard let episodes, let episode else { return true }
        return episodes.contains(episode)
    }
}

/// Lifecycle of a job.
public enum JobState: String, Sendable, Hashable, CaseIterable {
    /// Waiting for its inputs, its retry time, or a worker.
    case pending
    /// Leased by a worker.
    case running
    /// Finished; its result is recorded.
    case done
    /// Failed for good; the cause is kept.
    case failed
    /// Not run: superseded by an edit, or an input failed.
    case cancelled
}

/// What `enqueue` did.
public struct EnqueueReport: Sendable, Hashable {
    /// New jobs.
    public var added = 0
    /// Failed, cancelled or stale jobs put back to pending.
    public var requeued = 0
    /// Jobs already pending: queued by an earlier or a concurrent run and not started yet;
    /// this run makes them as well.
    public var alreadyPending = 0
    /// Jobs a live worker holds a lease on right now (another run is making them).
    public var alreadyRunning = 0
    /// Jobs already pending or running.
    public var alreadyQueued: Int { alreadyPending + alreadyRunning }
    /// Jobs whose result appeared meanwhile.
    public var alreadyDone = 0
    /// Pending jobs cancelled because an edit superseded them.
    public var superseded = 0
    /// Creates a report.
    public init() {}
}

/// A job `recoverAbandoned` took back from a dead or silent worker.
extension RecoveredJob {
    /// Why a running job of `owner` is taken back at `now` (seconds since 1970), nil when it is
    /// left alone — the one rule every store applies: a live worker on this machine keeps its
    /// jobs however late its heartbeat (a busy machine can starve it); a dead one's are taken
    /// back at once; another machine's, once its lease expired.
    package static func cause(owner: String, leaseExpires: Double, now: Double, isAlive: (WorkerID) -> Bool?) -> String? {
        let alive = WorkerID(owner).flatMap(isAlive)
        if alive == true { return nil }
        if alive == false { return "worker \(owner) died while running it" }
        return leaseExpires < now ? "lease of worker \(owner) expired" : nil
    }
}

public struct RecoveredJob: Sendable, Hashable {
    /// Its label.
    public var label: String
    /// The worker that lost it.
    public var owner: String
    /// Whether it is out of tries and failed.
    public var failed: Bool
    /// Creates a record.
    public init(label: String, owner: String, failed: Bool) {
        self.label = label
        self.owner = owner
        self.failed = failed
    }
}

/// A worker's request for work.
public struct ClaimRequest: Sendable {
    /// Who claims.
    public var owner: WorkerID
    /// The time now.
    public var now: Date
    /// When the lease runs out without a heartbeat.
    public var leaseUntil: Date
    /// Which jobs may be taken.
    public var scope: JobScope
    /// Concurrency limits by generator glob.
    package var limits: [ProductionSettings.ConcurrencyLimit]
    /// Spending caps.
    public var budget: ProductionSettings.Budget

    /// Creates a request.
    package init(
        owner: WorkerID, now: Date, leaseUntil: Date, scope: JobScope,
        limits: [ProductionSettings.ConcurrencyLimit] = [], budget: ProductionSettings.Budget = .init()
    ) {
        self.owner = owner
        self.now = now
        self.leaseUntil = leaseUntil
        self.scope = scope
        self.limits = limits
        self.budget = budget
    }
}

/// A leased job.
public struct ClaimedJob: Sendable, Hashable {
    /// Row id in the store.
    public var id: Int64
    /// The node to make.
    public var node: Node
    /// Which try this is, from 1.
    public var attempt: Int
    /// Estimated cost.
    public var estimatedCost: Money
    /// Creates a claimed job.
    public init(id: Int64, node: Node, attempt: Int, estimatedCost: Money) {
        self.id = id
        self.node = node
        self.attempt = attempt
        self.estimatedCost = estimatedCost
    }
}

/// The answer to a claim.
public enum ClaimOutcome: Sendable, Hashable {
    /// A job to run.
    case claimed(ClaimedJob)
    /// Nothing runnable now, but jobs in scope are waiting (on inputs, retries, limits, or
    /// other workers); ask again, no later than the date when given.
    case wait(Date?)
    /// Nothing left in scope.
    case idle
    /// The next job would break a budget: nothing was claimed.
    case overBudget(BudgetStop)
}

/// Why a job was not started: which cap, and by how much it would be exceeded.
public struct BudgetStop: Sendable, Hashable, CustomStringConvertible {
    /// The episode whose cap it is, or nil for the series cap.
    public var episode: Int?
    /// The cap.
    public var cap: Money
    /// Already spent (all takes) under this cap.
    public var spent: Money
    /// Estimated cost of jobs running now under this cap.
    public var running: Money
    /// Estimated cost of the job not started.
    public var next: Money
    /// The job not started.
    public var label: String

    /// Creates a record.
    public init(episode: Int?, cap: Money, spent: Money, running: Money, next: Money, label: String) {
        self.episode = episode
        self.cap = cap
        self.spent = spent
        self.running = running
        self.next = next
        self.label = label
    }

    /// How far past the cap starting the job would go.
    public var overBy: Money { spent + running + next - cap }

    public var description: String {
        let which = episode.map { "the budget of episode \($0) (budget.episode_usd)" } ?? "the series budget (budget.series_usd)"
        return "stopped before \(label): it would exceed \(which) of \(cap) by \(overBy) (spent \(spent), running \(running), this job ≈ \(next)). Raise the cap in cliff.yaml or produce fewer episodes."
    }
}

/// One priced usage record.
public struct LedgerEntry: Sendable, Hashable {
    /// The node the work was for.
    public var node: NodeKey
    /// Its episode (nil when shared).
    public var episode: Int?
    /// The step kind.
    public var step: String
    /// The generator id.
    public var generator: String
    /// The unit.
    public var unit: UsageUnit
    /// How many units.
    public var quantity: Double
    /// What they cost.
    public var cost: Money
    /// Whether the try succeeded.
    public var succeeded: Bool
    /// Which try.
    public var attempt: Int
    /// The worker.
    public var owner: String
    /// When.
    public var at: Date

    /// Creates an entry.
    public init(
        node: NodeKey, episode: Int?, step: String, generator: String, unit: UsageUnit, quantity: Double,
        cost: Money, succeeded: Bool, attempt: Int, owner: String, at: Date
    ) {
        self.node = node
        self.episode = episode
        self.step = step
        self.generator = generator
        self.unit = unit
        self.quantity = quantity
        self.cost = cost
        self.succeeded = succeeded
        self.attempt = attempt
        self.owner = owner
        self.at = at
    }
}

/// The queue at a glance.
public struct QueueStatus: Sendable, Hashable {
    /// Jobs per state.
    public var counts: [JobState: Int] = [:]
    /// Jobs per step and state.
    public var byStep: [String: [JobState: Int]] = [:]
    /// Jobs leased now.
    public var running: [Entry] = []
    /// Jobs failed for good.
    public var failed: [Entry] = []
    /// Pending jobs waiting for a retry.
    public var retrying: [Entry] = []
    /// Cancelled jobs (superseded or blocked by a failure), a sample.
    public var cancelled: [Entry] = []
    /// Recorded results.
    public var results = 0

    /// Creates an empty status.
    public init() {}

    /// One job in a list.
    public struct Entry: Sendable, Hashable {
        /// Its label.
        public var label: String
        /// Its episode.
        public var episode: Int?
        /// Tries so far.
        public var attempts: Int
        /// The last error, if any.
        public var error: String?
        /// Lease holder (running jobs).
        public var owner: String?
        /// Lease end or retry time.
        public var until: Date?
        /// Creates an entry.
        public init(label: String, episode: Int?, attempts: Int, error: String?, owner: String?, until: Date?) {
            self.label = label
            self.episode = episode
            self.attempts = attempts
            self.error = error
            self.owner = owner
            self.until = until
        }
    }
}

/// A pending or running job as the studio's "rendering" count reads it.
public struct UnfinishedJob: Sendable, Hashable {
    /// The episode (nil: a series-wide job).
    public var episode: Int?
    /// Whether it is running (else pending).
    public var running: Bool
    /// The worker holding it, when running.
    public var owner: String?
    /// When its lease ends (seconds since 1970), when running.
    public var leaseExpires: Double?

    public init(episode: Int?, running: Bool, owner: String?, leaseExpires: Double?) {
        self.episode = episode
        self.running = running
        self.owner = owner
        self.leaseExpires = leaseExpires
    }

    /// Jobs per episode that a live run is making or will make, the rule every store applies.
    ///
    /// A running job counts while its lease holds and its worker is not known to be gone
    /// (`isAlive` returns false only for a process of this machine that no longer runs). Pending
    /// jobs count only while some worker is live: after a run was killed, its episodes are not
    /// rendering, they wait for the next run.
    public static func activeByEpisode(_ jobs: [UnfinishedJob], now: Date, isAlive: (WorkerID) -> Bool?) -> [Int: Int] {
        let time = now.timeIntervalSince1970
        var running: [Int: Int] = [:], pending: [Int: Int] = [:]
        var anyLive = false
        for job in jobs {
            if job.running {
                guard (job.leaseExpires ?? 0) > time, job.owner.flatMap(WorkerID.init).flatMap(isAlive) != false else { continue }
                anyLive = true
                if let episode = job.episode { running[episode, default: 0] += 1 }
            } else if let episode = job.episode {
                pending[episode, default: 0] += 1
            }
        }
        return anyLive ? running.merging(pending, uniquingKeysWith: +) : running
    }
}
