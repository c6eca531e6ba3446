import DramaModel
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PostgresStore
import Production
import SQLiteStore
import TestSupport
import Testing

/// `cliff produce --no-work` and `cliff worker` as processes: workers make what was queued,
/// each job once, signing what they render; they serve health and metrics; SIGTERM stops one
/// with nothing left running, and a killed one's jobs are taken over by another.
@Suite(.serialized) struct WorkerCLITests {
    /// A two-episode project `demo` of short episodes, its previews queued and not made.
    static func queued() async throws -> (cli: CLIRunner, jobs: Int) {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", "A florist discovers her twin sister stole her life", "--episodes", "2",
                                     "--target-seconds", "15", "--seed", "3")
        #expect(made.status == 0, "\(made.stderr)")
        let queued = try await cli.run("produce", "demo", "--preview", "--no-work")
        #expect(queued.status == 0, "\(queued.stderr)")
        let range = try #require(queued.stdout.range(of: #"Queued [0-9,]+ jobs"#, options: .regularExpression), "\(queued.stdout)")
        let jobs = try #require(Int(queued.stdout[range].dropFirst("Queued ".count).prefix { $0 != " " }.replacingOccurrences(of: ",", with: "")))
        #expect(queued.stdout.contains("cliff worker demo"))
        let status = try await ProduceCLITests.store(cli).status(now: Date())
        #expect(status.counts[.pending] == jobs && (status.counts[.done] ?? 0) == 0, "nothing is made by --no-work: \(status.counts)")
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/out/ep001/preview.mp4").path))
        return (cli, jobs)
    }

    static func worker(_ cli: CLIRunner, _ extra: [String] = [], signal: Int32? = nil, afterDone count: Int = 0) throws -> BackgroundCLI {
        try BackgroundCLI(
            executable: CLIRunner.binary, arguments: ["worker", "demo", "--jobs", "2"] + extra, directory: cli.directory,
            interruption: signal.map { .init($0, afterLines: count, startingWith: "done  ") })
    }

    /// The worker's metrics port, once it printed it.
    static func port(_ worker: BackgroundCLI) async throws -> Int {
        let line = try await worker.waitForOutput(matching: #"http://127\.0\.0\.1:[0-9]+/metrics"#, "the worker to print its metrics address")
        return try #require(Int(line.split(separator: ":").last!.prefix { $0.isNumber }))
    }

    static func get(_ port: Int, _ path: String) async throws -> String {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/\(path)")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        return String(decoding: data, as: UTF8.self)
    }

    /// A sample's value in a Prometheus exposition.
    static func sample(_ text: String, _ name: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ").last!) }
    }

    /// Every job done, each by one successful try of one worker, the previews signed.
    static func checkFinished(_ cli: CLIRunner, jobs: Int) async throws {
        let store = try ProduceCLITests.store(cli)
        let status = try await store.status(now: Date())
        #expect(status.counts[.done] == jobs && status.running.isEmpty, "\(status.counts)")
        var makers: [NodeKey: Set<String>] = [:]
        for entry in try await store.ledger() where entry.succeeded { makers[entry.node, default: []].insert("\(entry.owner)#\(entry.attempt)") }
        #expect(makers.count == jobs)
        #expect(makers.filter { $0.value.count > 1 }.isEmpty, "a job made twice")
        for episode in ["ep001", "ep002"] {
            let verified = try await cli.run("verify", "demo/out/\(episode)/preview.mp4")
            #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        }
    }

    @Test func twoWorkersMakeWhatWasQueuedEachJobOnceAndStopOnSIGTERM() async throws {
        let (cli, jobs) = try await Self.queued()
        let a = try Self.worker(cli), b = try Self.worker(cli)
        let (portA, portB) = (try await Self.port(a), try await Self.port(b))
        let health = try await Self.get(portA, "health")
        #expect(health.contains(#""status":"serving""#), "\(health)")
        try await waitUntil("the workers to make every queued job", deadline: .seconds(900)) {
            try await ProduceCLITests.store(cli).status(now: Date()).counts[.done] == jobs
        }
        let (metricsA, metricsB) = (try await Self.get(portA, "metrics"), try await Self.get(portB, "metrics"))
        for text in [metricsA, metricsB] {
            #expect(text.contains("# TYPE cliff_worker_jobs_completed_total counter") && text.contains(#"cliff_queue_jobs{state="done"} \#(jobs)"#), "\(text)")
        }
        let completed = (Self.sample(metricsA, "cliff_worker_jobs_completed_total") ?? -1) + (Self.sample(metricsB, "cliff_worker_jobs_completed_total") ?? -1)
        #expect(Int(completed) == jobs, "the two workers' jobs add up to the queue's: \(completed)")

        // Idle workers wait; SIGTERM ends them with exit code 0, once what they finished is
        // signed (a worker signs an episode right after recording its export).
        a.signal(SIGTERM)
        b.signal(SIGTERM)
        for worker in [a, b] {
            let ended = try await worker.wait()
            #expect(ended.status == 0, "\(ended.stderr)")
            #expect(ended.stderr.contains("Worker stopped"), "\(ended.stderr)")
        }
        try await Self.checkFinished(cli, jobs: jobs)
    }

    @Test func sigtermLeavesNothingRunningAndAKilledWorkersJobsAreTakenOver() async throws {
        let (cli, jobs) = try await Self.queued()
        // SIGTERM after a few jobs: the running ones finish or go back, none is left running.
        let first = try Self.worker(cli, ["--jobs", "1"], signal: SIGTERM, afterDone: 3)
        let stopped = try await first.wait()
        try #require(first.interrupted, "the worker made everything before it could be stopped")
        #expect(stopped.status == 0, "\(stopped.stderr)")
        var status = try await ProduceCLITests.store(cli).status(now: Date())
        #expect(status.running.isEmpty, "a stopped worker leaves no job running: \(status.running.map(\.label))")
        #expect((status.counts[.done] ?? 0) >= 3 && (status.counts[.done] ?? 0) < jobs)

        // kill -9 mid-way: what it held is taken over by the next worker, and everything is made once.
        let second = try Self.worker(cli, ["--jobs", "2"], signal: SIGKILL, afterDone: 3)
        let killed = try await second.wait()
        try #require(second.interrupted, "the worker made everything before it could be killed")
        #expect(killed.status == SIGKILL)
        status = try await ProduceCLITests.store(cli).status(now: Date())
        let held = status.counts[.running] ?? 0
        let third = try Self.worker(cli)
        let port = try await Self.port(third)
        try await waitUntil("the third worker to make the rest", deadline: .seconds(900)) {
            try await ProduceCLITests.store(cli).status(now: Date()).counts[.done] == jobs
        }
        let metrics = try await Self.get(port, "metrics")
        #expect(Int(Self.sample(metrics, "cliff_worker_lease_takeovers_total") ?? -1) == held, "\(metrics)")
        third.signal(SIGTERM)
        #expect(try await third.wait().status == 0)
        try await Self.checkFinished(cli, jobs: jobs)
    }
}

/// Workers on a shared PostgreSQL queue (`CLIFF_TEST_POSTGRES_URL`, the throwaway cluster
/// `scripts/test` starts): what they make is what a SQLite run makes, each job once.
@Suite(.serialized) struct SharedQueueCLITests {
    static let url = ProcessInfo.processInfo.environment["CLIFF_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false

    @Test(.enabled(if: url != nil || isCI, "CLIFF_TEST_POSTGRES_URL is not set: scripts/test starts a PostgreSQL cluster for this test"))
    func workersOnAPostgresQueueMakeWhatASQLiteRunMakesEachJobOnce() async throws {
        let url = try #require(Self.url, "CI must run this test beside PostgreSQL (scripts/postgres.sh)")
        let cli = try CLIRunner()
        // The series' folder names its schema in the shared database: one of its own per run.
        let name = "shared-" + UUID().uuidString.prefix(8).lowercased()
        let made = try await cli.run("new", name, "--premise", "A florist discovers her twin sister stole her life", "--episodes", "2",
                                     "--target-seconds", "15", "--seed", "3")
        #expect(made.status == 0, "\(made.stderr)")
        try FileManager.default.createDirectory(at: cli.url("solo"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: cli.url(name), to: cli.url("solo/\(name)"))

        let queued = try await cli.run(["produce", name, "--preview", "--no-work", "--database", url])
        #expect(queued.status == 0, "\(queued.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.url("\(name)/cliff.db").path), "the queue is in PostgreSQL, not in the project")
        let workers = try [1, 2].map { _ in
            try BackgroundCLI(executable: CLIRunner.binary, arguments: ["worker", name, "--jobs", "2"], directory: cli.directory,
                              environment: ["CLIFF_DATABASE_URL": url])
        }
        // A test that fails half-way leaves no worker behind.
        defer { for worker in workers where worker.process.endStatus == nil { worker.signal(SIGKILL) } }
        for worker in workers { _ = try await WorkerCLITests.port(worker) }
        try await waitUntil("the workers to make every queued job", deadline: .seconds(900)) {
            let status = try await cli.run(["status", name, "--database", url])
            return status.stdout.contains("pending 0, running 0,") && status.stdout.contains("failed 0")
        }
        for worker in workers { worker.signal(SIGTERM) }
        for worker in workers { #expect(try await worker.wait().status == 0) }

        // The same project made alone on SQLite: the same nodes, the same bytes.
        let solo = try await cli.run("produce", "solo/\(name)", "--preview", "--progress", "none")
        #expect(solo.status == 0, "\(solo.stderr)")
        let shared = try await PostgresJobStore.open(url: url, series: name)
        let sharedResults = Dictionary(uniqueKeysWithValues: try await shared.allResults().map { ($0.key, $0.outputs.map(\.hash)) })
        var makers: [NodeKey: Set<String>] = [:]
        for entry in try await shared.ledger() where entry.succeeded { makers[entry.node, default: []].insert("\(entry.owner)#\(entry.attempt)") }
        await shared.shutdown()
        let sqlite = try SQLiteJobStore(path: cli.url("solo/\(name)/cliff.db").path)
        let soloResults = Dictionary(uniqueKeysWithValues: try await sqlite.allResults().map { ($0.key, $0.outputs.map(\.hash)) })
        #expect(!sharedResults.isEmpty && sharedResults == soloResults, "the shared queue made other nodes or bytes than a SQLite run")
        #expect(makers.count == sharedResults.count && makers.allSatisfy { $0.value.count == 1 }, "every job made once by one try")
        for episode in ["ep001", "ep002"] {
            let verified = try await cli.run("verify", "\(name)/out/\(episode)/preview.mp4")
            #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        }
        let cost = try await cli.run(["cost", name, "--database", url])
        #expect(cost.status == 0, "\(cost.stderr)")
    }

    @Test func aDatabaseURLThatDoesNotWorkIsOneLineWithoutItsPassword() async throws {
        let cli = try CLIRunner()
        _ = try await cli.run("new", "demo", "--premise", "A florist discovers her twin sister stole her life", "--episodes", "1", "--seed", "3")
        for (url, says) in [
            ("postgres://cliff:hunter2-secret@127.0.0.1:1/line", "cannot reach PostgreSQL at 127.0.0.1:1"),
            ("mysql://cliff:hunter2-secret@127.0.0.1/line", "is a mysql URL"),
            ("cliff hunter2-secret", "is not a URL"),
        ] {
            let run = try await cli.run(["status", "demo", "--database", url])
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stderr.contains(says), "\(run.stderr)")
            #expect(!(run.stdout + run.stderr).contains("hunter2"), "the password is shown: \(run.stderr)")
            #expect(run.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1, "\(run.stderr)")
            let viaEnvironment = try await cli.run(["status", "demo"], environment: ["CLIFF_DATABASE_URL": url])
            #expect(viaEnvironment.status == 1 && !viaEnvironment.stderr.contains("hunter2"), "\(viaEnvironment.stderr)")
        }
    }
}
