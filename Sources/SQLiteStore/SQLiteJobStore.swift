public import DramaModel
public import Foundation
public import Production
import GRDB

/// The job store in a SQLite file (WAL) inside the project folder: `cliff.db`.
///
/// One `DatabasePool` per process; every method is one transaction, and claims run in
/// IMMEDIATE transactions, so processes sharing the file never take the same job.
///
/// ```swift
/// let store = try SQLiteJobStore(path: project.appendingPathComponent("cliff.db").path)
/// ```
public final class SQLiteJobStore: JobStore {
    private let connections: any DatabaseWriter
    /// Opened for reading only: every write is refused before it reaches SQLite.
    private let readOnly: Bool
    private let sql = QueueSQL(dialect: .sqlite)
    /// The database file.
    public let path: String

    /// The production queue's migrations (namespace `jobs`), in order.
    ///
    /// `jobs.v1-queue` creates the tables of `QueueSQL.schema`. A file written before cliff
    /// used named migrations has the same tables (marked `PRAGMA user_version = 1`); the
    /// statements are `IF NOT EXISTS`, so such a file keeps its rows and is adopted as it is.
    package static let migrations: SQLiteMigrations = {
        var migrations = SQLiteMigrations(
            namespace: "jobs", store: "the production queue",
            remedy: "move the file aside (results are rebuilt from the assets on the next run)")
        migrations.add("v1-queue") { db in
            for statement in QueueSQL(dialect: .sqlite).schema { try db.execute(sql: statement) }
        }
        return migrations
    }()

    /// Opens (creating and migrating when needed) the database at `path`; with `readOnly`,
    /// opens an existing file for reading and leaves it byte for byte as it was (every write
    /// fails with `storeFailed`).
    /// - Throws: `ProductionError` with code `storeFailed`, also when the file was written by
    ///   a newer cliff.
    public convenience init(path: String, readOnly: Bool = false) throws(ProductionError) {
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase(path: path, access: readOnly ? .readOnly : .readWrite)
        } catch {
            throw ProductionError(code: .storeFailed, message: "the production database: \(error.message)", underlying: error)
        }
        try self.init(database: database)
    }

    /// An empty store in memory, for a command that must not touch the project (a dry run
    /// of a project that has no database yet).
    public static func inMemory() throws(ProductionError) -> SQLiteJobStore {
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase(path: "in-memory cliff.db", access: .inMemory)
        } catch {
            throw ProductionError(code: .storeFailed, message: "the production database: \(error.message)", underlying: error)
        }
        return try SQLiteJobStore(database: database)
    }

    /// The job store in `database`, a file opened once per process and possibly shared with
    /// other stores (the studio's tables live in a project's `cliff.db` too).
    /// - Throws: `ProductionError` with code `storeFailed`.
    package init(database: SQLiteDatabase) throws(ProductionError) {
        do {
            try database.migrate(Self.migrations)
        } catch {
            throw ProductionError(code: error.code == .newerVersion ? .databaseTooNew : .storeFailed, message: error.message, underlying: error)
        }
        self.connections = database.connections
        self.path = database.path
        self.readOnly = database.access == .readOnly
    }

    // MARK: Planning

    public func results(for keys: [NodeKey]) async throws -> [NodeKey: NodeResult] {
        try await read { db in
            var found: [NodeKey: NodeResult] = [:]
            let statement = try db.cachedStatement(sql: self.sql.selectResult)
            for key in keys {
                if let row = try Row.fetchOne(statement, arguments: [key.hex]), let result = try Self.result(row) {
                    found[key] = result
                }
            }
            return found
        }
    }

    public func allResults() async throws -> [NodeResult] {
        try await read { db in try Row.fetchAll(db, sql: self.sql.selectAllResults).compactMap(Self.result) }
    }

    public func forget(_ keys: [NodeKey]) async throws {
        guard !keys.isEmpty else { return }
        try await write { db in
            for key in keys { try db.execute(sql: self.sql.deleteResult, arguments: [key.hex]) }
        }
    }

    public func enqueue(_ nodes: [Node], estimatedCosts: [NodeKey: Money], plan: Set<NodeKey>, scope: JobScope, now: Date) async throws -> EnqueueReport {
        let time = now.timeIntervalSince1970
        return try await write { db in
            var report = EnqueueReport()
            // Supersede pending jobs in scope that the plan no longer has.
            for row in try Row.fetchAll(db, sql: self.sql.selectPending) {
                let key: String = row[1]
                let episode: Int? = row[2]
                guard let nodeKey = NodeKey(hex: key), !plan.contains(nodeKey) else { continue }
                if scope.episodes == nil || (episode != nil && scope.contains(episode: episode)) {
                    try db.execute(sql: self.sql.supersede, arguments: [time, row[0] as Int64])
                    report.superseded += 1
                }
            }
            let hasResult = try db.cachedStatement(sql: self.sql.hasResult)
            let findJob = try db.cachedStatement(sql: self.sql.selectJobByKey)
            let insert = try db.cachedStatement(sql: self.sql.insertJob)
            let insertInput = try db.cachedStatement(sql: self.sql.insertJobInput)
            let countUnmet = try db.cachedStatement(sql: self.sql.countUnmetInputs)
            let setUnmet = try db.cachedStatement(sql: self.sql.setUnmet)
            let requeue = try db.cachedStatement(sql: self.sql.requeueJob)
            for node in nodes {
                if try Bool.fetchOne(hasResult, arguments: [node.key.hex]) == true {
                    report.alreadyDone += 1
                    continue
                }
                let cost = estimatedCosts[node.key]?.nanos ?? 0
                let jobID: Int64
                if let row = try Row.fetchOne(findJob, arguments: [node.key.hex]) {
                    jobID = row[0]
                    let state: String = row[1]
                    if state == JobState.pending.rawValue || state == JobState.running.rawValue {
                        let episode: Int? = row[2]
                        if let episode, episode != node.episode { try db.execute(sql: self.sql.shareJob, arguments: [jobID]) }
                        if state == JobState.running.rawValue { report.alreadyRunning += 1 } else { report.alreadyPending += 1 }
                        continue
                    }
                    try requeue.execute(arguments: [cost, node.priority, time, jobID])
                    report.requeued += 1
                } else {
                    guard let id = try Int64.fetchOne(insert, arguments: [
                        node.key.hex, node.step, node.generator.id, node.generator.version, node.episode, node.priority,
                        node.label, String(decoding: node.parameters, as: UTF8.self),
                        Self.json(node.inputs.map(\.hex)), Self.json(node.estimate), cost, time, time,
                    ]) else { throw ProductionError(code: .storeFailed, message: "inserting a job returned no id") }
                    jobID = id
                    for input in node.inputs { try insertInput.execute(arguments: [input.hex, jobID]) }
                    report.added += 1
                }
                let unmet = try Int.fetchOne(countUnmet, arguments: [jobID]) ?? 0
                try setUnmet.execute(arguments: [unmet, jobID])
            }
            return report
        }
    }

    // MARK: Leases

    public func recoverAbandoned(now: Date, maxAttempts: Int, isAlive: @Sendable (WorkerID) -> Bool?) async throws -> [RecoveredJob] {
        let time = now.timeIntervalSince1970
        // The write awaits its task, so the closure does not outlive this call.
        return try await withoutActuallyEscaping(isAlive) { isAlive in try await write { db in
            var recovered: [RecoveredJob] = []
            for row in try Row.fetchAll(db, sql: self.sql.selectRunning) {
                let id: Int64 = row[0]
                let label: String = row[1]
                let owner: String = row[2] ?? ""
                let expires: Double = row[3] ?? 0
                let attempts: Int = row[4]
                guard let cause = RecoveredJob.cause(owner: owner, leaseExpires: expires, now: time, isAlive: isAlive) else { continue }
                if attempts >= maxAttempts {
                    try db.execute(sql: self.sql.markFailed, arguments: ["gave up after \(attempts) tries: \(cause)", time, id])
                    try self.cancelDownstream(db, of: row, id: id, time: time, label: label)
                    recovered.append(RecoveredJob(label: label, owner: owner, failed: true))
                } else {
                    try db.execute(sql: self.sql.putBack, arguments: [cause, time, id])
                    recovered.append(RecoveredJob(label: label, owner: owner, failed: false))
                }
            }
            return recovered
        } }
    }

    private func cancelDownstream(_ db: Database, of row: Row, id: Int64, time: Double, label: String) throws {
        guard let key = try String.fetchOne(db, sql: self.sql.selectNodeKey, arguments: [id]) else { return }
        try db.execute(sql: self.sql.cancelDownstream, arguments: [key, "not run: its input \(label) failed", time])
    }

    public func heartbeat(owner: WorkerID, until: Date) async throws {
        try await write { db in
            try db.execute(sql: self.sql.heartbeat, arguments: [until.timeIntervalSince1970, owner.description])
        }
    }

    // MARK: Claiming

    public func claim(_ request: ClaimRequest) async throws -> ClaimOutcome {
        try await write { db in try self.claim(db, request) }
    }

    /// Completes a job and claims the next in one transaction: half the commits per job.
    public func complete(_ job: ClaimedJob, result: NodeResult, ledger: [LedgerEntry], now: Date, thenClaim request: ClaimRequest) async throws -> ClaimOutcome {
        try await write { db in
            try self.complete(db, job, result: result, ledger: ledger, now: now)
            return try self.claim(db, request)
        }
    }

    private func claim(_ db: Database, _ request: ClaimRequest) throws -> ClaimOutcome {
        let time = request.now.timeIntervalSince1970
        var extra = ""
        var arguments: [any DatabaseValueConvertible] = [time]
        if !request.limits.isEmpty {
            var running: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: self.sql.runningByGenerator) { running[row[0]] = row[1] }
            let pendingGenerators = try String.fetchAll(db, sql: self.sql.runnableGenerators)
            let blocked = ConcurrencyGate.saturated(generators: Set(pendingGenerators), running: running, limits: request.limits)
            if !blocked.isEmpty {
                extra += self.sql.generatorNotIn(count: blocked.count)
                arguments += blocked.sorted() as [any DatabaseValueConvertible]
            }
        }
        let scopeFilter = self.sql.scopeFilter(request.scope)
        extra += scopeFilter
        guard let row = try Row.fetchOne(db, sql: self.sql.selectRunnable(extra: extra), arguments: StatementArguments(arguments)) else {
            let waiting = try Row.fetchOne(db, sql: self.sql.selectWaiting(extra: scopeFilter), arguments: [time])
            let count: Int = waiting?[0] ?? 0
            let next: Double? = waiting?[1]
            if count == 0 { return .idle }
            // Jobs wait only on inputs nobody is making: nothing will ever unblock them.
            let running = try Int.fetchOne(db, sql: self.sql.countRunning) ?? 0
            if next == nil, running == 0 { return .idle }
            return .wait(next.map { Date(timeIntervalSince1970: max($0, time)) })
        }
        let job = try Self.claimedJob(row)
        if let stop = try budgetStop(db, job: job, budget: request.budget) { return .overBudget(stop) }
        try db.execute(sql: self.sql.claimJob, arguments: [request.owner.description, request.leaseUntil.timeIntervalSince1970, time, job.id])
        return .claimed(job)
    }

    private func budgetStop(_ db: Database, job: ClaimedJob, budget: ProductionSettings.Budget) throws -> BudgetStop? {
        if let cap = budget.perEpisode, let episode = job.node.episode {
            let spent = Money(nanos: try Int64.fetchOne(db, sql: self.sql.spentOnEpisode, arguments: [episode]) ?? 0)
            let running = Money(nanos: try Int64.fetchOne(db, sql: self.sql.runningOnEpisode, arguments: [episode]) ?? 0)
            if spent + running + job.estimatedCost > cap {
                return BudgetStop(episode: episode, cap: cap, spent: spent, running: running, next: job.estimatedCost, label: job.node.label)
            }
        }
        if let cap = budget.perSeries {
            let spent = Money(nanos: try Int64.fetchOne(db, sql: self.sql.spentOnSeries) ?? 0)
            let running = Money(nanos: try Int64.fetchOne(db, sql: self.sql.runningOnSeries) ?? 0)
            if spent + running + job.estimatedCost > cap {
                return BudgetStop(episode: nil, cap: cap, spent: spent, running: running, next: job.estimatedCost, label: job.node.label)
            }
        }
        return nil
    }

    // MARK: Finishing

    public func complete(_ job: ClaimedJob, result: NodeResult, ledger: [LedgerEntry], now: Date) async throws {
        try await write { db in try self.complete(db, job, result: result, ledger: ledger, now: now) }
    }

    private func complete(_ db: Database, _ job: ClaimedJob, result: NodeResult, ledger: [LedgerEntry], now: Date) throws {
        let time = now.timeIntervalSince1970
        try db.execute(sql: self.sql.upsertResult, arguments: [
            result.key.hex, Self.json(result.outputs), Self.json(result.exported), Self.json(result.metadata), time,
        ])
        try db.execute(sql: self.sql.markDone, arguments: [time, job.id])
        try db.execute(sql: self.sql.unblockReaders, arguments: [job.node.key.hex])
        try insert(ledger, db)
    }

    public func fail(_ job: ClaimedJob, message: String, retryAt: Date?, ledger: [LedgerEntry], now: Date) async throws {
        let time = now.timeIntervalSince1970
        try await write { db in
            if let retryAt {
                try db.execute(sql: self.sql.retryLater, arguments: [retryAt.timeIntervalSince1970, message, time, job.id])
            } else {
                try db.execute(sql: self.sql.markFailed, arguments: [message, time, job.id])
                try db.execute(sql: self.sql.cancelDownstream, arguments: [job.node.key.hex, "not run: its input \(job.node.label) failed", time])
            }
            try self.insert(ledger, db)
        }
    }

    public func release(_ job: ClaimedJob, now: Date) async throws {
        try await write { db in try db.execute(sql: self.sql.releaseJob, arguments: [now.timeIntervalSince1970, job.id]) }
    }

    public func releaseUnheld(owner: WorkerID, holding: Set<Int64>, claimedBefore: Date, now: Date) async throws -> [String] {
        try await write { db in
            var released: [String] = []
            let rows = try Row.fetchAll(db, sql: self.sql.selectLeasedBefore, arguments: [owner.description, claimedBefore.timeIntervalSince1970])
            for row in rows {
                let id: Int64 = row[0]
                guard !holding.contains(id) else { continue }
                try db.execute(sql: self.sql.releaseLeasedJob, arguments: [now.timeIntervalSince1970, id, owner.description])
                if db.changesCount > 0 { released.append(row[1]) }
            }
            return released
        }
    }

    private func insert(_ entries: [LedgerEntry], _ db: Database) throws {
        guard !entries.isEmpty else { return }
        let statement = try db.cachedStatement(sql: self.sql.insertLedger)
        for e in entries {
            try statement.execute(arguments: [
                e.node.hex, e.episode, e.step, e.generator, e.unit.rawValue, e.quantity, e.cost.nanos, e.succeeded ? 1 : 0,
                e.attempt, e.owner, e.at.timeIntervalSince1970,
            ])
        }
    }

    // MARK: Reporting

    public func status(now: Date) async throws -> QueueStatus {
        try await read { db in
            var status = QueueStatus()
            for row in try Row.fetchAll(db, sql: self.sql.countsByStep) {
                guard let state = JobState(rawValue: row[1]) else { continue }
                let step: String = row[0]
                let count: Int = row[2]
                status.counts[state, default: 0] += count
                status.byStep[step, default: [:]][state, default: 0] += count
            }
            func list(_ sql: String, _ arguments: StatementArguments, until: Int) throws -> [QueueStatus.Entry] {
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    let time: Double? = row[until]
                    return QueueStatus.Entry(
                        label: row[0], episode: row[1], attempts: row[2], error: row[3], owner: row[4],
                        until: time.map { Date(timeIntervalSince1970: $0) })
                }
            }
            status.running = try list(self.sql.listJobs, ["running", 50], until: 5)
            status.failed = try list(self.sql.listJobs, ["failed", 200], until: 5)
            status.cancelled = try list(self.sql.listJobs, ["cancelled", 20], until: 5)
            status.retrying = try list(self.sql.listRetrying, [50], until: 6)
            status.results = try Int.fetchOne(db, sql: self.sql.countResults) ?? 0
            return status
        }
    }

    public func activeJobsByEpisode(now: Date, isAlive: @escaping @Sendable (WorkerID) -> Bool?) async throws -> [Int: Int] {
        let jobs = try await read { db in
            try Row.fetchAll(db, sql: self.sql.selectUnfinished).map { row in
                UnfinishedJob(episode: row[0], running: (row[1] as String) == JobState.running.rawValue, owner: row[2], leaseExpires: row[3])
            }
        }
        return UnfinishedJob.activeByEpisode(jobs, now: now, isAlive: isAlive)
    }

    public func recordUsage(_ ledger: [LedgerEntry]) async throws {
        try await write { db in try self.insert(ledger, db) }
    }

    public func updateExported(_ key: NodeKey, files: [ExportedFile]) async throws {
        try await write { db in try db.execute(sql: self.sql.updateExported, arguments: [Self.json(files), key.hex]) }
    }

    public func ledger() async throws -> [LedgerEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: self.sql.selectLedger).compactMap { row in
                guard let key = NodeKey(hex: row[0]), let unit = UsageUnit(rawValue: row[4]) else { return nil }
                return LedgerEntry(
                    node: key, episode: row[1], step: row[2], generator: row[3], unit: unit, quantity: row[5],
                    cost: Money(nanos: row[6]), succeeded: (row[7] as Int) != 0, attempt: row[8], owner: row[9],
                    at: Date(timeIntervalSince1970: row[10]))
            }
        }
    }

    // MARK: Plumbing

    // Every access suspends rather than blocks: the store's callers run on Swift's cooperative
    // pool (one thread per core), and a thread blocked waiting for a connection while the
    // connection's holder waits for a thread would stall the whole process. Each access runs
    // in a task of its own, so that a caller being cancelled (a run stopping on Ctrl-C) still
    // records what it must: leases given back, failures, results.
    private func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let connections = connections, path = path
        guard !readOnly else {
            throw ProductionError(code: .storeFailed, message: "the production database \(path) was opened read-only by a command that only reads; it cannot write (a bug in cliff: please report it)")
        }
        return try await Task {
            do {
                return try await connections.writeWithoutTransaction { db in
                    var value: T?
                    try db.inTransaction(.immediate) {
                        value = try body(db)
                        return .commit
                    }
                    return value!
                }
            } catch let error as ProductionError {
                throw error
            } catch {
                throw Self.wrap(error, path: path, doing: "write")
            }
        }.value
    }

    private func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let connections = connections, path = path
        return try await Task {
            do {
                return try await connections.read(body)
            } catch let error as ProductionError {
                throw error
            } catch {
                throw Self.wrap(error, path: path, doing: "read")
            }
        }.value
    }

    private static func wrap(_ error: any Error, path: String, doing: String) -> ProductionError {
        ProductionError(
            code: .storeFailed,
            message: "cannot \(doing) the production database \(path): \(SQLiteDatabase.describe(error)). If another cliff process holds it for long, wait for it; if the file is damaged, move it aside (results are rebuilt from the assets on the next run).")
    }

    private static func claimedJob(_ row: Row) throws -> ClaimedJob {
        guard let key = NodeKey(hex: row[1]) else { throw ProductionError(code: .storeFailed, message: "a job has a malformed node key") }
        let inputs = try JSONDecoder().decode([String].self, from: Data((row[9] as String).utf8)).compactMap(NodeKey.init(hex:))
        let estimate = try JSONDecoder().decode(Usage.self, from: Data((row[10] as String).utf8))
        let node = Node(
            key: key, step: row[2], generator: GeneratorID(row[3], version: row[4]), episode: row[5], priority: row[6],
            inputs: inputs, parameters: Data((row[8] as String).utf8), label: row[7], estimate: estimate)
        return ClaimedJob(id: row[0], node: node, attempt: (row[12] as Int) + 1, estimatedCost: Money(nanos: row[11]))
    }

    private static func result(_ row: Row) throws -> NodeResult? {
        guard let key = NodeKey(hex: row[0]) else { return nil }
        let decoder = JSONDecoder()
        return NodeResult(
            key: key,
            outputs: try decoder.decode([AssetRef].self, from: Data((row[1] as String).utf8)),
            exported: try decoder.decode([ExportedFile].self, from: Data((row[2] as String).utf8)),
            metadata: try decoder.decode([String: String].self, from: Data((row[3] as String).utf8)))
    }

    private static func json(_ value: some Encodable) -> String {
        String(decoding: CanonicalJSON.encode(value), as: UTF8.self)
    }
}
