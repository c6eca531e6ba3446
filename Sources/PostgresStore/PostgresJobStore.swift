public import DramaModel
public import Foundation
public import Logging
public import Production
import PostgresNIO

/// The job store in a PostgreSQL database, shared by workers on any number of machines.
///
/// It keeps the same contract as `SQLiteJobStore` and runs the same SQL (`QueueSQL` with the
/// `.postgres` dialect). Every method is one transaction. A claim locks the row it takes with
/// `FOR UPDATE SKIP LOCKED`, so two workers never claim the same job and never wait for each
/// other; a claim under concurrency limits or budgets, an enqueue and a recovery also take
/// the queue's advisory lock, because they read totals that row locks cannot protect.
/// Leases and heartbeats are as in SQLite; a worker on another machine is known to be alive
/// only by its heartbeat, so its job is taken back when its lease expires.
///
/// Commits that make jobs runnable (enqueue, complete, fail, release, recovery) send
/// `NOTIFY cliff_jobs`; `withJobNotifications(_:)` lets a worker sleep until then.
///
/// ```swift
/// let store = try await PostgresJobStore.open(url: "postgres://cliff:secret@db.local:5432/cliff")
/// let status = try await store.status(now: Date())
/// await store.shutdown()
/// ```
public final class PostgresJobStore: JobStore {
    private let database: PostgresDatabase
    private let sql = QueueSQL(dialect: .postgres)

    /// The production queue's migrations (namespace `jobs`), in order: the same names as
    /// `SQLiteJobStore.migrations`. `jobs.v1-queue` creates the tables of `QueueSQL.schema`.
    package static let migrations: PostgresMigrations = {
        var migrations = PostgresMigrations(
            namespace: "jobs", store: "the production queue",
            remedy: "point the database URL at a new, empty database (results are rebuilt from the assets on the next run)")
        migrations.add("v1-queue", statements: QueueSQL(dialect: .postgres).schema)
        return migrations
    }()

    private init(database: PostgresDatabase) {
        self.database = database
    }

    /// Connects to the database at `url` (`postgres://user:password@host:port/dbname`, with
    /// `?sslmode=disable|prefer|require`), creates or migrates the queue's tables, and starts
    /// the connection pool, which runs until `shutdown()`.
    /// - Parameter logger: where the connection pool logs (connections opened, lost, retried).
    /// - Throws: `ProductionError`: `databaseTooNew` when a newer cliff wrote the database;
    ///   `storeFailed` for a malformed URL, a server that cannot be reached, a wrong user or
    ///   password, a missing database. Messages are one line and never hold the password.
    /// - Parameter series: the series whose queue this is: its tables live in a schema of its
    ///   own (`cliff_<series>`), so one database holds many series' queues; nil: the user's
    ///   default schema.
    public static func open(url: String, series: String? = nil, logger: Logger = Logger(label: "cliff.production")) async throws(ProductionError) -> PostgresJobStore {
        let parsed: DatabaseURL
        do {
            parsed = try PostgresDatabase.parse(url)
        } catch {
            throw ProductionError(code: .storeFailed, message: "the production database: \(error.message)", underlying: error)
        }
        return try await open(database: parsed, series: series, logger: logger)
    }

    /// ``open(url:series:logger:)`` with the URL read already (`--database`, `CLIFF_DATABASE_URL`
    /// or `database:` in `cliff.yaml`, ``DatabaseURL/resolve(flag:environment:configured:)``).
    public static func open(database url: DatabaseURL, series: String? = nil, logger: Logger = Logger(label: "cliff.production")) async throws(ProductionError) -> PostgresJobStore {
        let database: PostgresDatabase
        do {
            database = try await PostgresDatabase.open(url, schema: series.map(PostgresDatabase.schemaName(series:)), logger: logger)
        } catch {
            throw ProductionError(code: .storeFailed, message: "the production database: \(error.message)", underlying: error)
        }
        do {
            try await database.migrate(migrations)
        } catch {
            await database.shutdown()
            throw ProductionError(code: error.code == .newerVersion ? .databaseTooNew : .storeFailed, message: error.message, underlying: error)
        }
        return PostgresJobStore(database: database)
    }

    /// Closes every connection; the store cannot be used afterwards.
    public func shutdown() async {
        await database.shutdown()
    }

    /// The database, without the password (`postgres://user:•••@host:port/dbname`), and the
    /// series' schema.
    public var location: String { database.url.description + (database.schema.map { " (schema \($0))" } ?? "") }

    /// True: `waitForWork` listens for `NOTIFY`.
    public var notifiesWork: Bool { true }

    /// Waits for a `NOTIFY` that jobs may have become runnable, or `timeout`.
    public func waitForWork(timeout: Duration) async throws {
        _ = try await withJobNotifications { try await $0.wait(timeout: timeout) }
    }

    // MARK: Planning

    public func results(for keys: [NodeKey]) async throws -> [NodeKey: NodeResult] {
        guard !keys.isEmpty else { return [:] }
        return try await read { tx in
            var found: [NodeKey: NodeResult] = [:]
            for key in keys {
                if let row = try await tx.rows(self.sql.selectResult, [.text(key.hex)]).first, let result = try Self.result(row) {
                    found[key] = result
                }
            }
            return found
        }
    }

    public func allResults() async throws -> [NodeResult] {
        try await read { tx in try await tx.rows(self.sql.selectAllResults).compactMap(Self.result) }
    }

    public func forget(_ keys: [NodeKey]) async throws {
        guard !keys.isEmpty else { return }
        try await write { tx in
            for key in keys { try await tx.execute(self.sql.deleteResult, [.text(key.hex)]) }
        }
    }

    public func enqueue(_ nodes: [Node], estimatedCosts: [NodeKey: Money], plan: Set<NodeKey>, scope: JobScope, now: Date) async throws -> EnqueueReport {
        let time = now.timeIntervalSince1970
        return try await write(lock: .exclusive, notify: true) { tx in
            var report = EnqueueReport()
            // Supersede pending jobs in scope that the plan no longer has.
            for row in try await tx.rows(self.sql.selectPending) {
                let key = try row[1].decode(String.self)
                let episode = try row[2].decode(Int?.self)
                guard let nodeKey = NodeKey(hex: key), !plan.contains(nodeKey) else { continue }
                if scope.episodes == nil || (episode != nil && scope.contains(episode: episode)) {
                    try await tx.execute(self.sql.supersede, [.real(time), .integer(try row[0].decode(Int64.self))])
                    report.superseded += 1
                }
            }
            for node in nodes {
                if try await tx.value(self.sql.hasResult, [.text(node.key.hex)], as: Int.self) != nil {
                    report.alreadyDone += 1
                    continue
                }
                let cost = estimatedCosts[node.key]?.nanos ?? 0
                let jobID: Int64
                if let row = try await tx.rows(self.sql.selectJobByKey, [.text(node.key.hex)]).first {
                    jobID = try row[0].decode(Int64.self)
                    let state = try row[1].decode(String.self)
                    if state == JobState.pending.rawValue || state == JobState.running.rawValue {
                        if let episode = try row[2].decode(Int?.self), episode != node.episode {
                            try await tx.execute(self.sql.shareJob, [.integer(jobID)])
                        }
                        if state == JobState.running.rawValue { report.alreadyRunning += 1 } else { report.alreadyPending += 1 }
                        continue
                    }
                    try await tx.execute(self.sql.requeueJob, [.integer(cost), .int(node.priority), .real(time), .integer(jobID)])
                    report.requeued += 1
                } else {
                    guard
                        let id = try await tx.value(
                            self.sql.insertJob,
                            [
                                .text(node.key.hex), .text(node.step), .text(node.generator.id), .int(node.generator.version),
                                .int(node.episode), .int(node.priority), .text(node.label),
                                .text(String(decoding: node.parameters, as: UTF8.self)), .text(Self.json(node.inputs.map(\.hex))),
                                .text(Self.json(node.estimate)), .integer(cost), .real(time), .real(time),
                            ], as: Int64.self)
                    else { throw ProductionError(code: .storeFailed, message: "inserting a job into \(self.location) returned no id") }
                    jobID = id
                    for input in node.inputs { try await tx.execute(self.sql.insertJobInput, [.text(input.hex), .integer(jobID)]) }
                    report.added += 1
                }
                let unmet = try await tx.value(self.sql.countUnmetInputs, [.integer(jobID)], as: Int.self) ?? 0
                try await tx.execute(self.sql.setUnmet, [.int(unmet), .integer(jobID)])
            }
            return report
        }
    }

    // MARK: Leases

    /// Puts back jobs whose lease expired, whichever machine their worker ran on and whatever
    /// `isAlive` says of it: a worker's liveness is its heartbeat. A job whose worker `isAlive`
    /// says is gone is put back at once; one of a live worker whose lease holds is left alone.
    public func recoverAbandoned(now: Date, maxAttempts: Int, isAlive: @Sendable (WorkerID) -> Bool?) async throws -> [RecoveredJob] {
        let time = now.timeIntervalSince1970
        // The write awaits its task, so the closure does not outlive this call.
        return try await withoutActuallyEscaping(isAlive) { isAlive in
            try await write(lock: .exclusive, notify: true) { tx in
                var recovered: [RecoveredJob] = []
                for row in try await tx.rows(self.sql.selectRunning) {
                    let id = try row[0].decode(Int64.self)
                    let label = try row[1].decode(String.self)
                    let owner = try row[2].decode(String?.self) ?? ""
                    let expires = try row[3].decode(Double?.self) ?? 0
                    let attempts = try row[4].decode(Int.self)
                    guard let cause = RecoveredJob.cause(owner: owner, leaseExpires: expires, now: time, isAlive: isAlive) else { continue }
                    if attempts >= maxAttempts {
                        try await tx.execute(self.sql.markFailed, [.text("gave up after \(attempts) tries: \(cause)"), .real(time), .integer(id)])
                        if let key = try await tx.value(self.sql.selectNodeKey, [.integer(id)], as: String.self) {
                            try await tx.execute(self.sql.cancelDownstream, [.text(key), .text("not run: its input \(label) failed"), .real(time)])
                        }
                        recovered.append(RecoveredJob(label: label, owner: owner, failed: true))
                    } else {
                        try await tx.execute(self.sql.putBack, [.text(cause), .real(time), .integer(id)])
                        recovered.append(RecoveredJob(label: label, owner: owner, failed: false))
                    }
                }
                return recovered
            }
        }
    }

    public func heartbeat(owner: WorkerID, until: Date) async throws {
        try await write { tx in
            try await tx.execute(self.sql.heartbeat, [.real(until.timeIntervalSince1970), .text(owner.description)])
        }
    }

    // MARK: Claiming

    public func claim(_ request: ClaimRequest) async throws -> ClaimOutcome {
        try await write(lock: Self.claimLock(request)) { tx in try await self.claim(tx, request) }
    }

    /// Completes a job and claims the next in one transaction: half the commits per job.
    public func complete(_ job: ClaimedJob, result: NodeResult, ledger: [LedgerEntry], now: Date, thenClaim request: ClaimRequest) async throws -> ClaimOutcome {
        try await write(lock: Self.claimLock(request) == .exclusive ? .exclusive : .shared, notify: true) { tx in
            try await self.complete(tx, job, result: result, ledger: ledger, now: now)
            return try await self.claim(tx, request)
        }
    }

    /// A claim that reads totals (running jobs per generator, money spent and reserved) takes
    /// the queue lock, so two workers never both see room for one more job.
    private static func claimLock(_ request: ClaimRequest) -> QueueLock {
        request.limits.isEmpty && request.budget.perEpisode == nil && request.budget.perSeries == nil ? .none : .exclusive
    }

    private func claim(_ tx: PostgresTransaction, _ request: ClaimRequest) async throws -> ClaimOutcome {
        let time = request.now.timeIntervalSince1970
        var extra = ""
        var arguments: [SQLValue] = [.real(time)]
        if !request.limits.isEmpty {
            var running: [String: Int] = [:]
            for row in try await tx.rows(sql.runningByGenerator) { running[try row[0].decode(String.self)] = try row[1].decode(Int.self) }
            let pendingGenerators = try await tx.rows(sql.runnableGenerators).map { try $0[0].decode(String.self) }
            let blocked = ConcurrencyGate.saturated(generators: Set(pendingGenerators), running: running, limits: request.limits)
            if !blocked.isEmpty {
                extra += sql.generatorNotIn(count: blocked.count)
                arguments += blocked.sorted().map(SQLValue.text)
            }
        }
        let scopeFilter = sql.scopeFilter(request.scope)
        extra += scopeFilter
        guard let row = try await tx.rows(sql.selectRunnable(extra: extra), arguments).first else {
            let waiting = try await tx.rows(sql.selectWaiting(extra: scopeFilter), [.real(time)]).first
            let count = try waiting?[0].decode(Int.self) ?? 0
            let next = try waiting?[1].decode(Double?.self)
            if count == 0 { return .idle }
            // Jobs wait only on inputs nobody is making: nothing will ever unblock them.
            let running = try await tx.value(sql.countRunning, as: Int.self) ?? 0
            if next == nil, running == 0 { return .idle }
            return .wait(next.map { Date(timeIntervalSince1970: max($0, time)) })
        }
        let job = try Self.claimedJob(row)
        if let stop = try await budgetStop(tx, job: job, budget: request.budget) { return .overBudget(stop) }
        try await tx.execute(
            sql.claimJob, [.text(request.owner.description), .real(request.leaseUntil.timeIntervalSince1970), .real(time), .integer(job.id)])
        return .claimed(job)
    }

    private func budgetStop(_ tx: PostgresTransaction, job: ClaimedJob, budget: ProductionSettings.Budget) async throws -> BudgetStop? {
        if let cap = budget.perEpisode, let episode = job.node.episode {
            let spent = Money(nanos: try await tx.value(sql.spentOnEpisode, [.int(episode)], as: Int64.self) ?? 0)
            let running = Money(nanos: try await tx.value(sql.runningOnEpisode, [.int(episode)], as: Int64.self) ?? 0)
            if spent + running + job.estimatedCost > cap {
                return BudgetStop(episode: episode, cap: cap, spent: spent, running: running, next: job.estimatedCost, label: job.node.label)
            }
        }
        if let cap = budget.perSeries {
            let spent = Money(nanos: try await tx.value(sql.spentOnSeries, as: Int64.self) ?? 0)
            let running = Money(nanos: try await tx.value(sql.runningOnSeries, as: Int64.self) ?? 0)
            if spent + running + job.estimatedCost > cap {
                return BudgetStop(episode: nil, cap: cap, spent: spent, running: running, next: job.estimatedCost, label: job.node.label)
            }
        }
        return nil
    }

    // MARK: Finishing

    public func complete(_ job: ClaimedJob, result: NodeResult, ledger: [LedgerEntry], now: Date) async throws {
        try await write(lock: .shared, notify: true) { tx in try await self.complete(tx, job, result: result, ledger: ledger, now: now) }
    }

    private func complete(_ tx: PostgresTransaction, _ job: ClaimedJob, result: NodeResult, ledger: [LedgerEntry], now: Date) async throws {
        let time = now.timeIntervalSince1970
        try await tx.execute(
            sql.upsertResult,
            [.text(result.key.hex), .text(Self.json(result.outputs)), .text(Self.json(result.exported)), .text(Self.json(result.metadata)), .real(time)])
        try await tx.execute(sql.markDone, [.real(time), .integer(job.id)])
        try await tx.execute(sql.unblockReaders, [.text(job.node.key.hex)])
        try await insert(ledger, tx)
    }

    public func fail(_ job: ClaimedJob, message: String, retryAt: Date?, ledger: [LedgerEntry], now: Date) async throws {
        let time = now.timeIntervalSince1970
        try await write(lock: .shared, notify: true) { tx in
            if let retryAt {
                try await tx.execute(self.sql.retryLater, [.real(retryAt.timeIntervalSince1970), .text(message), .real(time), .integer(job.id)])
            } else {
                try await tx.execute(self.sql.markFailed, [.text(message), .real(time), .integer(job.id)])
                try await tx.execute(self.sql.cancelDownstream, [.text(job.node.key.hex), .text("not run: its input \(job.node.label) failed"), .real(time)])
            }
            try await self.insert(ledger, tx)
        }
    }

    public func release(_ job: ClaimedJob, now: Date) async throws {
        try await write(lock: .shared, notify: true) { tx in
            try await tx.execute(self.sql.releaseJob, [.real(now.timeIntervalSince1970), .integer(job.id)])
        }
    }

    public func releaseUnheld(owner: WorkerID, holding: Set<Int64>, claimedBefore: Date, now: Date) async throws -> [String] {
        try await write(lock: .shared, notify: true) { tx in
            var released: [String] = []
            let rows = try await tx.rows(self.sql.selectLeasedBefore, [.text(owner.description), .real(claimedBefore.timeIntervalSince1970)])
            for row in rows {
                let id = try row[0].decode(Int64.self)
                guard !holding.contains(id) else { continue }
                let gone = try await tx.rows(
                    self.sql.releaseLeasedJob + " RETURNING id", [.real(now.timeIntervalSince1970), .integer(id), .text(owner.description)])
                if !gone.isEmpty { released.append(try row[1].decode(String.self)) }
            }
            return released
        }
    }

    private func insert(_ entries: [LedgerEntry], _ tx: PostgresTransaction) async throws {
        for e in entries {
            try await tx.execute(
                sql.insertLedger,
                [
                    .text(e.node.hex), .int(e.episode), .text(e.step), .text(e.generator), .text(e.unit.rawValue), .real(e.quantity),
                    .integer(e.cost.nanos), .int(e.succeeded ? 1 : 0), .int(e.attempt), .text(e.owner), .real(e.at.timeIntervalSince1970),
                ])
        }
    }

    // MARK: Reporting

    public func status(now: Date) async throws -> QueueStatus {
        try await read { tx in
            var status = QueueStatus()
            for row in try await tx.rows(self.sql.countsByStep) {
                guard let state = JobState(rawValue: try row[1].decode(String.self)) else { continue }
                let step = try row[0].decode(String.self)
                let count = try row[2].decode(Int.self)
                status.counts[state, default: 0] += count
                status.byStep[step, default: [:]][state, default: 0] += count
            }
            func list(_ sql: String, _ arguments: [SQLValue], until: Int) async throws -> [QueueStatus.Entry] {
                try await tx.rows(sql, arguments).map { row in
                    QueueStatus.Entry(
                        label: try row[0].decode(String.self), episode: try row[1].decode(Int?.self), attempts: try row[2].decode(Int.self),
                        error: try row[3].decode(String?.self), owner: try row[4].decode(String?.self),
                        until: try row[until].decode(Double?.self).map { Date(timeIntervalSince1970: $0) })
                }
            }
            status.running = try await list(self.sql.listJobs, [.text("running"), .integer(50)], until: 5)
            status.failed = try await list(self.sql.listJobs, [.text("failed"), .integer(200)], until: 5)
            status.cancelled = try await list(self.sql.listJobs, [.text("cancelled"), .integer(20)], until: 5)
            status.retrying = try await list(self.sql.listRetrying, [.integer(50)], until: 6)
            status.results = try await tx.value(self.sql.countResults, as: Int.self) ?? 0
            return status
        }
    }

    public func activeJobsByEpisode(now: Date, isAlive: @escaping @Sendable (WorkerID) -> Bool?) async throws -> [Int: Int] {
        let jobs = try await read { tx in
            try await tx.rows(self.sql.selectUnfinished).map { row in
                UnfinishedJob(
                    episode: try row[0].decode(Int?.self), running: try row[1].decode(String.self) == JobState.running.rawValue,
                    owner: try row[2].decode(String?.self), leaseExpires: try row[3].decode(Double?.self))
            }
        }
        return UnfinishedJob.activeByEpisode(jobs, now: now, isAlive: isAlive)
    }

    public func recordUsage(_ ledger: [LedgerEntry]) async throws {
        guard !ledger.isEmpty else { return }
        try await write { tx in try await self.insert(ledger, tx) }
    }

    public func updateExported(_ key: NodeKey, files: [ExportedFile]) async throws {
        try await write { tx in try await tx.execute(self.sql.updateExported, [.text(Self.json(files)), .text(key.hex)]) }
    }

    public func ledger() async throws -> [LedgerEntry] {
        try await read { tx in
            try await tx.rows(self.sql.selectLedger).compactMap { row in
                guard let key = NodeKey(hex: try row[0].decode(String.self)), let unit = UsageUnit(rawValue: try row[4].decode(String.self)) else {
                    return nil
                }
                return LedgerEntry(
                    node: key, episode: try row[1].decode(Int?.self), step: try row[2].decode(String.self),
                    generator: try row[3].decode(String.self), unit: unit, quantity: try row[5].decode(Double.self),
                    cost: Money(nanos: try row[6].decode(Int64.self)), succeeded: try row[7].decode(Int.self) != 0,
                    attempt: try row[8].decode(Int.self), owner: try row[9].decode(String.self),
                    at: Date(timeIntervalSince1970: try row[10].decode(Double.self)))
            }
        }
    }

    // MARK: Waking workers

    /// Listens for runnable jobs while `body` runs: `body` gets a `JobNotifications` to wait on
    /// between claims, instead of polling. Holds one connection of the pool meanwhile.
    /// - Throws: what `body` throws; `ProductionError` (`storeFailed`) when listening fails.
    public func withJobNotifications<T: Sendable>(_ body: (JobNotifications) async throws -> T) async throws -> T {
        let signal = WakeupSignal()
        let location = location
        do {
            return try await database.client.withConnection { connection in
                try await connection.listen(on: SQLDialect.jobsChannel) { notifications in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask {
                            let broken = ProductionError(
                                code: .storeFailed,
                                message: "stopped hearing about new jobs from \(location): the connection broke. Open the store again once the server is reachable.")
                            do {
                                for try await _ in notifications { signal.fire() }
                                // The notifications end on their own only when the connection closes.
                                if !Task.isCancelled { signal.fail(broken) }
                            } catch {
                                signal.fail(broken)
                            }
                        }
                        defer { group.cancelAll() }
                        return try await body(JobNotifications(signal: signal))
                    }
                }
            }
        } catch let error as ProductionError {
            throw error
        } catch let error as PSQLError {
            throw Self.wrap(PostgresDatabase.describe(error, url: database.url), location: location, doing: "listen for new jobs in")
        }
    }

    // MARK: Plumbing

    /// Which advisory lock a transaction takes first.
    private enum QueueLock { case none, shared, exclusive }

    private func write<T: Sendable>(
        lock: QueueLock = .none, notify: Bool = false, _ body: @escaping @Sendable (PostgresTransaction) async throws -> T
    ) async throws -> T {
        let sql = sql
        return try await access("write") { tx in
            switch lock {
            case .none: break
            case .shared: if let statement = sql.lockQueueShared { try await tx.execute(statement) }
            case .exclusive: if let statement = sql.lockQueueExclusively { try await tx.execute(statement) }
            }
            let value = try await body(tx)
            if notify, let statement = sql.notifyRunnable { try await tx.execute(statement) }
            return value
        }
    }

    private func read<T: Sendable>(_ body: @escaping @Sendable (PostgresTransaction) async throws -> T) async throws -> T {
        try await access("read", body)
    }

    private func access<T: Sendable>(_ doing: String, _ body: @escaping @Sendable (PostgresTransaction) async throws -> T) async throws -> T {
        do {
            return try await database.transaction("\(doing) the production queue in", body)
        } catch let error as ProductionError {
            throw error
        } catch let error as PostgresOpenError {
            throw ProductionError(code: .storeFailed, message: error.message, underlying: error)
        }
    }

    private static func wrap(_ said: String, location: String, doing: String) -> ProductionError {
        ProductionError(
            code: .storeFailed,
            message: "cannot \(doing) the production queue in \(location): \(said). Check that the server runs and is reachable from this machine.")
    }

    private static func claimedJob(_ row: PostgresRandomAccessRow) throws -> ClaimedJob {
        guard let key = NodeKey(hex: try row[1].decode(String.self)) else {
            throw ProductionError(code: .storeFailed, message: "a job has a malformed node key")
        }
        let inputs = try JSONDecoder().decode([String].self, from: Data(try row[9].decode(String.self).utf8)).compactMap(NodeKey.init(hex:))
        let estimate = try JSONDecoder().decode(Usage.self, from: Data(try row[10].decode(String.self).utf8))
        let node = Node(
            key: key, step: try row[2].decode(String.self),
            generator: GeneratorID(try row[3].decode(String.self), version: try row[4].decode(Int.self)), episode: try row[5].decode(Int?.self),
            priority: try row[6].decode(Int.self), inputs: inputs, parameters: Data(try row[8].decode(String.self).utf8),
            label: try row[7].decode(String.self), estimate: estimate)
        return ClaimedJob(
            id: try row[0].decode(Int64.self), node: node, attempt: try row[12].decode(Int.self) + 1,
            estimatedCost: Money(nanos: try row[11].decode(Int64.self)))
    }

    private static func result(_ row: PostgresRandomAccessRow) throws -> NodeResult? {
        guard let key = NodeKey(hex: try row[0].decode(String.self)) else { return nil }
        let decoder = JSONDecoder()
        return NodeResult(
            key: key,
            outputs: try decoder.decode([AssetRef].self, from: Data(try row[1].decode(String.self).utf8)),
            exported: try decoder.decode([ExportedFile].self, from: Data(try row[2].decode(String.self).utf8)),
            metadata: try decoder.decode([String: String].self, from: Data(try row[3].decode(String.self).utf8)))
    }

    private static func json(_ value: some Encodable) -> String {
        String(decoding: CanonicalJSON.encode(value), as: UTF8.self)
    }
}
