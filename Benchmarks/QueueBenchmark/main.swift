// Queue benchmarks (release build): the job queue alone, SQLite beside PostgreSQL.
//   1. Scheduling overhead per job: the 10,000-node graph of ProductionBenchmark (9,900 leaves in
//      100 groups, each group read by an aggregate) is queued, then drained by 1, 2 and 4 worker
//      processes — this executable started again with `--worker`, each with a store of its own
//      (its own SQLite connection pool on the same file; its own PostgreSQL connection pool).
//      A worker does what `cliff worker` does around a job, with no work in between: claim,
//      then complete (result and one ledger entry) and claim the next in the same transaction;
//      when a job waits on inputs another worker holds, it polls as ProductionRun does.
//      Overhead per job is the wall time from the start signal to the last worker's end,
//      divided by the jobs; "per claim" is the same time per worker (what one claim-and-complete
//      costs a worker while the others run beside it).
//   2. An idle `cliff worker` on an empty queue: its CPU time (utime + stime from
//      /proc/PID/stat) over 30 s. On PostgreSQL it waits on LISTEN; on SQLite it polls.
// PostgreSQL comes from --database URL, else CLIFF_TEST_POSTGRES_URL (scripts/benchmark.sh
// queue starts a throwaway cluster with scripts/postgres.sh when neither is given).
//   scripts/benchmark.sh queue [--runs N] [--workers 1,2,4] [--idle-seconds 30] [--database URL]
import DramaModel
import Foundation
import Logging
import PostgresStore
import Production
import SQLiteStore

// MARK: The graph and one worker

/// The generator of the benchmark's nodes (no step runs them: workers complete them at once).
let generator = GeneratorID("builtin.bench", version: 1)

/// 9,900 leaves in 100 groups, each group read by one aggregate: 10,000 nodes, inputs first.
func graph() -> [Node] {
    var nodes: [Node] = []
    for group in 0..<100 {
        var leaves: [NodeKey] = []
        for leaf in 0..<99 {
            let node = Node(
                step: "bench", generator: generator, episode: group + 1, priority: (group + 1) * 10, inputs: [],
                parameters: CanonicalJSON.encode(["group": group, "leaf": leaf]), label: "g\(group) leaf \(leaf)")
            leaves.append(node.key)
            nodes.append(node)
        }
        nodes.append(Node(
            step: "bench", generator: generator, episode: group + 1, priority: (group + 1) * 10 + 1, inputs: leaves,
            parameters: CanonicalJSON.encode(["group": group]), label: "g\(group) aggregate"))
    }
    return nodes
}

/// Where a worker's store is.
enum Backend: Sendable {
    case sqlite(path: String)
    case postgres(url: String, series: String)

    var name: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    var arguments: [String] {
        switch self {
        case .sqlite(let path): ["sqlite", path]
        case .postgres(let url, let series): ["postgres", url, series]
        }
    }

    init?(_ arguments: ArraySlice<String>) {
        let parts = Array(arguments)
        switch parts.first {
        case "sqlite" where parts.count >= 2: self = .sqlite(path: parts[1])
        case "postgres" where parts.count >= 3: self = .postgres(url: parts[1], series: parts[2])
        default: return nil
        }
    }

    /// A store of this process's own.
    func open() async throws -> any JobStore {
        switch self {
        case .sqlite(let path): try SQLiteJobStore(path: path)
        case .postgres(let url, let series): try await PostgresJobStore.open(url: url, series: series, logger: quiet)
        }
    }

    func close(_ store: any JobStore) async {
        if let store = store as? PostgresJobStore { await store.shutdown() }
    }
}

/// Prints a line at once (unbuffered: the parent reads a worker's lines as they come).
func say(_ text: String = "") { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

let quiet = Logger(label: "cliff.bench") { _ in SwiftLogNoOpLogHandler() }

/// Claims and completes jobs until the queue has none left; returns how many it completed.
func drain(_ store: any JobStore) async throws -> Int {
    let owner = WorkerID.current
    func request() -> ClaimRequest {
        let now = Date()
        return ClaimRequest(owner: owner, now: now, leaseUntil: now.addingTimeInterval(30), scope: .all)
    }
    var done = 0
    var polls = 0
    var next: ClaimOutcome?
    while true {
        let outcome: ClaimOutcome
        if let handed = next {
            outcome = handed
            next = nil
        } else {
            outcome = try await store.claim(request())
        }
        switch outcome {
        case .claimed(let job):
            polls = 0
            let node = job.node
            let ledger = [LedgerEntry(
                node: node.key, episode: node.episode, step: node.step, generator: node.generator.id, unit: .cpuSecond,
                quantity: 0.000_1, cost: .zero, succeeded: true, attempt: job.attempt, owner: owner.description, at: Date())]
            next = try await store.complete(job, result: NodeResult(key: node.key, outputs: []), ledger: ledger, now: Date(), thenClaim: request())
            done += 1
        case .wait(let until):
            // As ProductionRun: poll quickly while another worker is about to unblock a job.
            polls += 1
            var delay = min(0.002 * Double(polls), 0.1)
            if let until { delay = min(delay, max(until.timeIntervalSinceNow, 0.001)) }
            try await Task.sleep(for: .seconds(delay))
        case .idle:
            return done
        case .overBudget(let stop):
            fatalError("the benchmark's queue has no budget, yet: \(stop)")
        }
    }
}

/// `--worker BACKEND…`: opens its store, says `ready`, waits for a line on standard input,
/// drains the queue, says `done N`.
func workerProcess(_ backend: Backend) async throws {
    let store = try await backend.open()
    say("ready")
    _ = readLine()
    let done = try await drain(store)
    await backend.close(store)
    say("done \(done)")
}

// MARK: Child processes

/// Reads a child's standard output line by line (blocking: the parent does nothing else meanwhile).
final class LineReader {
    let handle: FileHandle
    var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    func line() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}

let executable = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])

func seconds(since start: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// Queues the graph on a fresh store, then drains it with `workers` processes; the time the
/// enqueue took, and the wall time of the drain.
func scheduling(_ backend: Backend, workers: Int, nodes: [Node]) async throws -> (enqueue: Double, drain: Double) {
    let store = try await backend.open()
    let enqueueing = ContinuousClock.now
    let report = try await store.enqueue(nodes, estimatedCosts: [:], plan: Set(nodes.map(\.key)), scope: .all, now: Date())
    let enqueue = seconds(since: enqueueing)
    precondition(report.added == nodes.count, "the benchmark's queue was not empty: \(report)")
    var children: [(process: Process, input: FileHandle, output: LineReader)] = []
    for _ in 0..<workers {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--worker"] + backend.arguments
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        children.append((process, input.fileHandleForWriting, LineReader(output.fileHandleForReading)))
    }
    for child in children {
        guard child.output.line() == "ready" else { fatalError("a worker process did not start") }
    }
    let start = ContinuousClock.now
    for child in children { child.input.write(Data("go\n".utf8)) }
    var done = 0
    for child in children {
        guard let line = child.output.line(), line.hasPrefix("done "), let count = Int(line.dropFirst(5)) else {
            fatalError("a worker process failed")
        }
        done += count
    }
    let wall = seconds(since: start)
    for child in children { child.process.waitUntilExit() }
    let status = try await store.status(now: Date())
    await backend.close(store)
    precondition(done == nodes.count && status.counts[.done] == nodes.count, "not every job was completed once: \(done), \(status.counts)")
    return (enqueue, wall)
}

// MARK: An idle worker

/// CPU time (user + system) of a process so far, in seconds.
func cpuSeconds(_ pid: Int32) -> Double? {
    guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    // fields[0] is field 3 (state): utime is field 14, stime field 15.
    guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
    return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
}

/// Runs `cliff` to its end; fails the benchmark when it fails.
func cliff(_ cliff: URL, _ arguments: [String], in folder: URL) throws {
    let process = Process()
    process.executableURL = cliff
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardOutput = FileHandle.nullDevice
    let error = Pipe()
    process.standardError = error
    try process.run()
    let said = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { fatalError("cliff \(arguments.joined(separator: " ")) failed: \(String(decoding: said, as: UTF8.self))") }
}

/// Idle `cliff worker`s on empty queues, one per backend, side by side: the CPU each used
/// over `idle` seconds, after a settling pause once they said they serve.
func idleWorkers(_ backends: [(name: String, project: URL, environment: [String: String])], cliff: URL, idle: Double) throws -> [String: Double] {
    var workers: [(name: String, process: Process, output: LineReader)] = []
    defer { for worker in workers where worker.process.isRunning { kill(worker.process.processIdentifier, SIGKILL) } }
    for backend in backends {
        let process = Process()
        process.executableURL = cliff
        process.arguments = ["worker", backend.project.lastPathComponent, "--progress", "none"]
        process.currentDirectoryURL = backend.project.deletingLastPathComponent()
        process.environment = ProcessInfo.processInfo.environment.merging(backend.environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        workers.append((backend.name, process, LineReader(output.fileHandleForReading)))
    }
    for worker in workers {
        guard worker.output.line()?.hasPrefix("Worker ") == true else { fatalError("the \(worker.name) worker did not start") }
    }
    Thread.sleep(forTimeInterval: 3)  // start-up work (migrations, recovery, the first claims) is not idling
    let before = workers.map { cpuSeconds($0.process.processIdentifier) ?? .nan }
    Thread.sleep(forTimeInterval: idle)
    let after = workers.map { cpuSeconds($0.process.processIdentifier) ?? .nan }
    var used: [String: Double] = [:]
    for (index, worker) in workers.enumerated() {
        guard worker.process.isRunning else { fatalError("the \(worker.name) worker exited while idle") }
        used[worker.name] = after[index] - before[index]
        kill(worker.process.processIdentifier, SIGTERM)
        worker.process.waitUntilExit()
    }
    return used
}

// MARK: Main

let arguments = CommandLine.arguments
if let index = arguments.firstIndex(of: "--worker") {
    guard let backend = Backend(arguments[(index + 1)...]) else { fatalError("--worker sqlite PATH | --worker postgres URL SERIES") }
    try await workerProcess(backend)
    exit(0)
}
func option(_ name: String) -> String? { arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil } }
let runs = option("--runs").flatMap(Int.init) ?? 3
let workerCounts = option("--workers").map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1, 2, 4]
let idle = option("--idle-seconds").flatMap(Double.init) ?? 30
let environment = ProcessInfo.processInfo.environment
guard let database = option("--database") ?? environment["CLIFF_TEST_POSTGRES_URL"].flatMap({ $0.isEmpty ? nil : $0 }) else {
    fatalError("no PostgreSQL: pass --database URL, or run through scripts/benchmark.sh queue (it starts a throwaway cluster)")
}
let cliffBinary = executable.deletingLastPathComponent().appendingPathComponent("cliff")
guard FileManager.default.isExecutableFile(atPath: cliffBinary.path) else { fatalError("build cliff next to this benchmark first (scripts/benchmark.sh does)") }

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cliff-queue-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }
// Every PostgreSQL measurement gets a schema of its own in one database made for this run.
let databaseName = "cliff_bench_" + UUID().uuidString.prefix(8).lowercased()
try await PostgresDatabase.createDatabase(named: databaseName, on: database, logger: quiet)
var components = URLComponents(string: database)!
components.path = "/" + databaseName
let benchURL = components.string!

let nodes = graph()
say("Queue benchmarks (release, \(ProcessInfo.processInfo.activeProcessorCount) cores, median of \(runs) runs; \(nodes.count) jobs claimed and completed with no work, by worker processes with a store each)\n")
say("| workers | SQLite per job | SQLite per claim | PostgreSQL per job | PostgreSQL per claim |")
say("|---|---|---|---|---|")
var measured = 0
var enqueues: [String: [Double]] = [:]
for workers in workerCounts {
    var walls: [String: [Double]] = [:]
    for run in 0..<runs {
        measured += 1
        let sqlite = Backend.sqlite(path: scratch.appendingPathComponent("queue-\(measured).db").path)
        let postgres = Backend.postgres(url: benchURL, series: "bench_\(workers)_\(run)")
        for backend in [sqlite, postgres] {
            let (enqueue, drain) = try await scheduling(backend, workers: workers, nodes: nodes)
            walls[backend.name, default: []].append(drain)
            enqueues[backend.name, default: []].append(enqueue)
        }
    }
    let jobs = Double(nodes.count)
    let sqlite = median(walls["SQLite"]!) / jobs * 1000, postgres = median(walls["PostgreSQL"]!) / jobs * 1000
    say(String(format: "| %d | %.3f ms | %.3f ms | %.3f ms | %.3f ms |", workers, sqlite, sqlite * Double(workers), postgres, postgres * Double(workers)))
}
say("\nTarget: PostgreSQL under 2 ms per job at 4 workers. Per job: the drain's wall time / jobs; per claim: that × workers.")
say(String(format: "Queueing the 10,000 jobs (one enqueue transaction, not in the figures above): SQLite %.2f s, PostgreSQL %.2f s (medians).",
           median(enqueues["SQLite"]!), median(enqueues["PostgreSQL"]!)))

// Idle workers: a project each, its queue empty (SQLite: the project's cliff.db; PostgreSQL:
// the series' schema in the benchmark's database).
let idleSQLite = scratch.appendingPathComponent("sqlite")
let idlePostgres = scratch.appendingPathComponent("postgres")
for folder in [idleSQLite, idlePostgres] {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try cliff(cliffBinary, ["new", "idle", "--premise", "A florist discovers her twin sister stole her life", "--episodes", "1", "--seed", "3"], in: folder)
}
let used = try idleWorkers(
    [("SQLite", idleSQLite.appendingPathComponent("idle"), [:]),
     ("PostgreSQL", idlePostgres.appendingPathComponent("idle"), ["CLIFF_DATABASE_URL": benchURL])],
    cliff: cliffBinary, idle: idle)
let tick = 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
say(String(format: "\nAn idle `cliff worker` on an empty queue, CPU (user + system, /proc/PID/stat, %.0f ms ticks) over %.0f s:", tick, idle))
for name in ["SQLite", "PostgreSQL"] {
    let cpu = used[name]!
    say(String(format: "  %@: %.0f ms CPU = %.3f%% of a core%@", name, cpu * 1000, cpu / idle * 100,
                 name == "SQLite" ? " (polls the queue, every 2 s once quiet, per worker task)" : " (waits on LISTEN; heartbeat every 10 s, wait times out every 30 s)"))
}
say("Target: PostgreSQL ≈ 0.")

// The benchmark's database goes (the cluster may be one the caller keeps).
if FileManager.default.isExecutableFile(atPath: "/usr/bin/psql") {
    let drop = Process()
    drop.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
    drop.arguments = [database, "-q", "-c", "DROP DATABASE IF EXISTS \(databaseName)"]
    drop.standardOutput = FileHandle.nullDevice
    drop.standardError = FileHandle.nullDevice
    try drop.run()
    drop.waitUntilExit()
}
