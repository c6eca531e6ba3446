import DramaModel
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import PostgresStore
import Production
import SQLiteStore
import TestSupport
import Testing

/// `cliff worker` without a project, on the real PostgreSQL (`CLIFF_TEST_POSTGRES_URL`, the
/// throwaway cluster `scripts/postgres.sh` starts): workers serving every registered series make
/// what single-process SQLite runs make, each job once; SIGTERM leaves nothing running; a killed
/// worker's jobs are taken over and the episodes finish.
@Suite(.serialized) struct AllSeriesWorkerCLITests {
    static let url = SharedQueueCLITests.url
    static let isCI = SharedQueueCLITests.isCI
    static let premises = [
        "florist": "A florist discovers her twin sister stole her life",
        "heir": "A broke intern signs a contract marriage with a cold CEO",
    ]

    /// A database of its own on the test cluster (so no other test's series are registered in
    /// it), and its URL.
    static func database() async throws -> String {
        let url = try #require(Self.url, "CI must run this test beside PostgreSQL (scripts/postgres.sh)")
        let name = "allseries_" + UUID().uuidString.prefix(8).lowercased()
        try await PostgresDatabase.createDatabase(named: name, on: url, logger: Logger(label: "cliff.tests"))
        var components = try #require(URLComponents(string: url))
        components.path = "/" + name
        return try #require(components.string)
    }

    /// Two small series (`florist`, `heir`) of `episodes` short episodes each, with copies in
    /// `solo/` for single-process runs; `cliff.yaml` sets `lease_seconds` when given.
    static func projects(episodes: Int, leaseSeconds: Int? = nil) async throws -> CLIRunner {
        let cli = try CLIRunner()
        try FileManager.default.createDirectory(at: cli.url("solo"), withIntermediateDirectories: true)
        for (name, premise) in premises.sorted(by: { $0.key < $1.key }) {
            let made = try await cli.run("new", name, "--premise", premise, "--episodes", "\(episodes)", "--target-seconds", "15", "--seed", "3")
            #expect(made.status == 0, "\(made.stderr)")
            if let leaseSeconds {
                let yaml = try cli.read("\(name)/cliff.yaml").replacingOccurrences(of: "lease_seconds: 30", with: "lease_seconds: \(leaseSeconds)")
                try #require(yaml.contains("lease_seconds: \(leaseSeconds)"))
                try cli.write("\(name)/cliff.yaml", yaml)
            }
            try FileManager.default.copyItem(at: cli.url(name), to: cli.url("solo/\(name)"))
        }
        return cli
    }

    /// Queues `name`'s previews in the database without making them; returns how many jobs.
    static func queue(_ cli: CLIRunner, _ name: String, database: String) async throws -> Int {
        let queued = try await cli.run(["produce", name, "--preview", "--no-work", "--database", database])
        #expect(queued.status == 0, "\(queued.stderr)")
        let range = try #require(queued.stdout.range(of: #"Queued [0-9,]+ jobs"#, options: .regularExpression), "\(queued.stdout)")
        return try #require(Int(queued.stdout[range].dropFirst("Queued ".count).prefix { $0 != " " }.replacingOccurrences(of: ",", with: "")))
    }

    /// A worker serving every series of `database` (no project).
    static func worker(_ cli: CLIRunner, database: String, _ extra: [String] = [], signal: Int32? = nil, afterDone count: Int = 0) throws -> BackgroundCLI {
        try BackgroundCLI(
            executable: CLIRunner.binary, arguments: ["worker", "--database", database, "--jobs", "2"] + extra, directory: cli.directory,
            interruption: signal.map { .init($0, afterLines: count, startingWith: "done  ") })
    }

    static func status(_ database: String, _ series: String) async throws -> QueueStatus {
        let store = try await PostgresJobStore.open(url: database, series: series)
        do {
            let status = try await store.status(now: Date())
            await store.shutdown()
            return status
        } catch {
            await store.shutdown()
            throw error
        }
    }

    /// Every job of `series` done, each by exactly one successful try of one worker.
    static func checkMadeOnce(_ database: String, _ series: String, jobs: Int) async throws -> [NodeKey: [String]] {
        let rows = try await PostgresJobRow.all(url: database, series: series)
        #expect(rows.count == jobs && rows.allSatisfy { $0.state == "done" }, "\(series): \(Dictionary(grouping: rows, by: \.state).mapValues(\.count))")
        #expect(rows.allSatisfy { $0.attempts == 1 && $0.leaseOwner == nil }, "\(series): a job tried more than once: \(rows.filter { $0.attempts != 1 || $0.leaseOwner != nil })")
        let store = try await PostgresJobStore.open(url: database, series: series)
        let results = try await store.allResults()
        var makers: [NodeKey: Set<String>] = [:]
        for entry in try await store.ledger() where entry.succeeded { makers[entry.node, default: []].insert("\(entry.owner)#\(entry.attempt)") }
        await store.shutdown()
        #expect(makers.count == jobs, "\(series): every done job has a successful try in the ledger")
        #expect(makers.filter { $0.value.count != 1 }.isEmpty, "\(series): a job made twice: \(makers.filter { $0.value.count != 1 })")
        return Dictionary(uniqueKeysWithValues: results.map { ($0.key, $0.outputs.map(\.hash)) })
    }

    /// The episode output files (`out/epNNN/…`) of the project at `path`.
    static func outputs(_ cli: CLIRunner, _ path: String) throws -> Set<String> {
        Set(try cli.snapshot("\(path)/out").keys.filter { !$0.contains("/.") })
    }

    /// What the workers said about signing (a failure is logged, not fatal).
    static func signing(_ workers: [BackgroundCLI]) -> String {
        workers.flatMap { $0.stderr().split(separator: "\n").filter { $0.contains("sign") } }.joined(separator: "\n")
    }

    @Test(.enabled(if: url != nil || isCI, "CLIFF_TEST_POSTGRES_URL is not set: scripts/postgres.sh starts a PostgreSQL cluster for this test"))
    func threeWorkersServingEverySeriesMakeWhatSQLiteRunsMakeEachJobOnce() async throws {
        let database = try await Self.database()
        let cli = try await Self.projects(episodes: 3)
        // The workers start before anything is registered: they pick the series up as
        // `cliff produce` registers them.
        let workers = try (1...3).map { _ in try Self.worker(cli, database: database) }
        defer { for worker in workers where worker.process.endStatus == nil { worker.signal(SIGKILL) } }
        var ports: [Int] = []
        for worker in workers { ports.append(try await WorkerCLITests.port(worker)) }
        var jobs: [String: Int] = [:]
        for name in Self.premises.keys.sorted() { jobs[name] = try await Self.queue(cli, name, database: database) }
        #expect(!FileManager.default.fileExists(atPath: cli.url("florist/cliff.db").path), "the queue is in PostgreSQL, not in the project")

        try await waitUntil("the workers to make every queued job of both series", deadline: .seconds(1800)) {
            for (name, count) in jobs {
                let status = try await Self.status(database, name)
                #expect((status.counts[.failed] ?? 0) == 0, "\(name): \(status.failed.map(\.label))")
                if status.counts[.done] != count { return false }
            }
            return true
        }
        let metrics = try await WorkerCLITests.get(ports[0], "metrics")
        for (name, count) in jobs {
            #expect(metrics.contains(#"cliff_queue_jobs{series="\#(name)",state="done"} \#(count)"#), "\(metrics)")
        }
        let health = try await WorkerCLITests.get(ports[0], "health")
        #expect(health.contains(#""series":["florist","heir"]"#), "\(health)")
        for worker in workers { worker.signal(SIGTERM) }
        for worker in workers {
            let ended = try await worker.wait()
            #expect(ended.status == 0, "\(ended.stderr)")
            #expect(ended.stderr.contains("Worker stopped"), "\(ended.stderr)")
        }

        // The same projects made alone on SQLite: the same nodes, the same bytes.
        for (name, count) in jobs.sorted(by: { $0.key < $1.key }) {
            let shared = try await Self.checkMadeOnce(database, name, jobs: count)
            let solo = try await cli.run("produce", "solo/\(name)", "--preview", "--progress", "none")
            #expect(solo.status == 0, "\(solo.stderr)")
            let sqlite = try SQLiteJobStore(path: cli.url("solo/\(name)/cliff.db").path)
            let soloResults = Dictionary(uniqueKeysWithValues: try await sqlite.allResults().map { ($0.key, $0.outputs.map(\.hash)) })
            #expect(!shared.isEmpty && Set(shared.keys) == Set(soloResults.keys), "\(name): the shared queue made other nodes than a SQLite run")
            #expect(shared == soloResults, "\(name): the shared queue made other bytes than a SQLite run")
            // The videos themselves differ by their C2PA manifest (a fresh id each signing): their
            // rendered bytes are the results' compared above, and each verifies.
            let (sharedFiles, soloFiles) = (try Self.outputs(cli, name), try Self.outputs(cli, "solo/\(name)"))
            #expect(sharedFiles.contains("/ep003/preview.mp4") && sharedFiles == soloFiles, "\(name): \(sharedFiles.sorted()) vs \(soloFiles.sorted())")
            for episode in 1...3 {
                let verified = try await cli.run("verify", "\(name)/out/ep00\(episode)/preview.mp4")
                #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)\n\(Self.signing(workers))")
            }
        }
    }

    @Test(.enabled(if: url != nil || isCI, "CLIFF_TEST_POSTGRES_URL is not set: scripts/postgres.sh starts a PostgreSQL cluster for this test"))
    func sigtermLeavesNothingRunningAndAKilledWorkersJobsAreTakenOver() async throws {
        let database = try await Self.database()
        let cli = try await Self.projects(episodes: 2, leaseSeconds: 6)
        var jobs: [String: Int] = [:]
        for name in Self.premises.keys.sorted() { jobs[name] = try await Self.queue(cli, name, database: database) }
        // A registered series whose folder is gone (another machine's, a deleted one).
        let registry = try await PostgresSeriesRegistry.open(database: try DatabaseURL.parse(database).get())
        try await registry.register(series: "gone", projectRoot: cli.url("nowhere/gone").path)
        await registry.shutdown()
        func running() async throws -> [PostgresJobRow] {
            var rows: [PostgresJobRow] = []
            for name in jobs.keys { rows += try await PostgresJobRow.all(url: database, series: name).filter { $0.state == "running" } }
            return rows
        }
        func done() async throws -> Int {
            var count = 0
            for name in jobs.keys { count += try await Self.status(database, name).counts[.done] ?? 0 }
            return count
        }

        // SIGTERM after a few jobs: it exits 0 within the grace period, and the jobs it held are
        // finished or given back — none is left running under its lease. It serves only the
        // series --series names.
        let first = try Self.worker(cli, database: database, ["--grace", "120", "--series", "florist"], signal: SIGTERM, afterDone: 3)
        defer { if first.process.endStatus == nil { first.signal(SIGKILL) } }
        let stopped = try await first.wait()
        try #require(first.interrupted, "the worker made everything before it could be stopped")
        #expect(stopped.status == 0, "\(stopped.stderr)")
        #expect(stopped.stderr.contains("Worker stopped"), "\(stopped.stderr)")
        // The stop says what it waits for (the jobs running, by series, or the run ending).
        #expect(stopped.stderr.contains("Stopping: no new jobs; jobs running get 120 s to finish") && stopped.stderr.contains("Waiting for "), "\(stopped.stderr)")
        #expect(!stopped.stderr.contains("skipping series gone") && !stopped.stderr.contains("serving heir"), "\(stopped.stderr)")
        #expect((try await Self.status(database, "heir").counts[.done] ?? 0) == 0, "--series florist made heir's jobs")
        let left = try await running()
        #expect(left.isEmpty, "a stopped worker leaves no job running: \(left)\n\(stopped.stderr.suffix(3000))")
        let afterFirst = try await done()
        #expect(afterFirst >= 3 && afterFirst < jobs.values.reduce(0, +))

        // kill -9 mid-way: what it held is taken back after its lease (at once: its process is
        // gone from this machine) and made by the next worker; nothing half-written is used.
        let second = try Self.worker(cli, database: database, signal: SIGKILL, afterDone: 3)
        defer { if second.process.endStatus == nil { second.signal(SIGKILL) } }
        let killed = try await second.wait()
        try #require(second.interrupted, "the worker made everything before it could be killed")
        #expect(killed.status == SIGKILL)
        let held = try await running()
        #expect(Set(held.compactMap(\.leaseOwner)).count <= 1, "only the killed worker held jobs: \(held)")
        let third = try Self.worker(cli, database: database)
        defer { if third.process.endStatus == nil { third.signal(SIGKILL) } }
        let port = try await WorkerCLITests.port(third)
        try await waitUntil("the third worker to make the rest", deadline: .seconds(1800)) {
            for (name, count) in jobs {
                if try await Self.status(database, name).counts[.done] != count { return false }
            }
            return true
        }
        let metrics = try await WorkerCLITests.get(port, "metrics")
        #expect(Int(WorkerCLITests.sample(metrics, "cliff_worker_lease_takeovers_total") ?? -1) == held.count, "\(metrics)")
        #expect(metrics.contains("cliff_worker_series 2"), "\(metrics)")
        let health = try await WorkerCLITests.get(port, "health")
        #expect(health.contains(#""skipped":["gone"]"#), "\(health)")
        #expect(third.stderr().components(separatedBy: "skipping series gone").count == 2, "said once: \(third.stderr())")
        third.signal(SIGTERM)
        #expect(try await third.wait().status == 0)
        for (name, count) in jobs {
            let rows = try await PostgresJobRow.all(url: database, series: name)
            #expect(rows.count == count && rows.allSatisfy { $0.state == "done" }, "\(name): \(rows.filter { $0.state != "done" })")
            for episode in 1...2 {
                let verified = try await cli.run("verify", "\(name)/out/ep00\(episode)/preview.mp4")
                #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)\n\(Self.signing([first, second, third]))")
            }
        }
    }

    @Test func aWorkerWithNeitherAProjectNorADatabaseSaysWhatToGive() async throws {
        let cli = try CLIRunner()
        let run = try await cli.run(["worker"], environment: ["CLIFF_DATABASE_URL": ""])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("cliff worker needs a project or a shared database"), "\(run.stderr)")
        #expect(run.stderr.contains("--database") && run.stderr.contains("CLIFF_DATABASE_URL"), "\(run.stderr)")
        let both = try await cli.run(["worker", "demo", "--series", "demo"])
        #expect(both.status != 0 && both.stderr.contains("--series"), "\(both.stderr)")
    }
}
