import DramaModel
import Foundation
import PostgresStore
import Production
import TestSupport
import Testing

/// PostgreSQL going away under running `cliff worker`s and coming back, end to end, on a
/// cluster of the test's own (``OwnPostgresCluster``): the cluster the other PostgreSQL tests
/// share is never stopped.
@Suite(.serialized) struct DatabaseRestartCLITests {
    static let sharedURL = ProcessInfo.processInfo.environment["CLIFF_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false

    /// How many jobs the queue has done, or nil while the server cannot be reached.
    static func done(_ cli: CLIRunner, _ name: String, _ url: String) async -> Int? {
        guard let status = try? await cli.run(["status", name, "--database", url]), status.status == 0,
              let range = status.stdout.range(of: #"done [0-9,]+"#, options: .regularExpression)
        else { return nil }
        return Int(status.stdout[range].dropFirst(5).replacingOccurrences(of: ",", with: ""))
    }

    /// Two workers make a two-episode series; after a few jobs the server stops (every
    /// connection closed) and stays down until both workers said they cannot reach the store,
    /// then starts again on the same port. The workers reconnect and finish: every job done
    /// once, none failed, the previews verify, each worker's metrics read the queue again, and
    /// SIGTERM still stops them cleanly.
    @Test(.enabled(if: (sharedURL != nil && OwnPostgresCluster.installed) || isCI,
                   "no PostgreSQL here (CLIFF_TEST_POSTGRES_URL is not set): scripts/test starts the PostgreSQL tests; this one starts a cluster of its own"))
    func workersRideOutTheDatabaseStoppingAndStartingAgainAndFinishTheRun() async throws {
        try #require(OwnPostgresCluster.installed, "CI must install PostgreSQL (scripts/setup.sh --tests)")
        let cluster = try await OwnPostgresCluster.run { cluster in
            let url = cluster.url
            let cli = try CLIRunner()
            let name = "restart-" + UUID().uuidString.prefix(8).lowercased()
            let made = try await cli.run("new", name, "--premise", "A florist discovers her twin sister stole her life", "--episodes", "2",
                                         "--target-seconds", "15", "--seed", "3")
            #expect(made.status == 0, "\(made.stderr)")
            let queued = try await cli.run(["produce", name, "--preview", "--no-work", "--database", url])
            try #require(queued.status == 0, "\(queued.stderr)")
            let range = try #require(queued.stdout.range(of: #"Queued [0-9,]+ jobs"#, options: .regularExpression), "\(queued.stdout)")
            let jobs = try #require(Int(queued.stdout[range].dropFirst("Queued ".count).prefix { $0 != " " }.replacingOccurrences(of: ",", with: "")))

            let workers = try [1, 2].map { _ in
                try BackgroundCLI(executable: CLIRunner.binary, arguments: ["worker", name, "--jobs", "2"], directory: cli.directory,
                                  environment: ["CLIFF_DATABASE_URL": url])
            }
            // A test that fails half-way leaves no worker behind.
            defer { for worker in workers where worker.process.endStatus == nil { worker.signal(SIGKILL) } }
            var ports: [Int] = []
            for worker in workers { ports.append(try await WorkerCLITests.port(worker)) }

            try await waitUntil("the workers to make a few jobs", deadline: .seconds(600)) {
                (await Self.done(cli, name, url) ?? 0) >= 5
            }
            try #require((await Self.done(cli, name, url) ?? jobs) < jobs, "the workers made everything before the server could be stopped")
            try await cluster.stopServer()
            // The server stays down until each worker has met the outage (a claim, a completion
            // or its wait on LISTEN failed), so both really reconnect.
            let outage = "the job store cannot be reached"
            try await waitUntil("both workers to say the job store cannot be reached", deadline: .seconds(600)) {
                workers.allSatisfy { $0.stderr().contains(outage) }
            }
            try await cluster.startServer()

            do {
                try await waitUntil("the workers to finish the run after the restart", deadline: .seconds(900)) {
                    await Self.done(cli, name, url) == jobs
                }
            } catch {
                // What the queue and the workers say is what tells why.
                let status = try? await cli.run(["status", name, "--database", url])
                Issue.record("""
                    the run did not finish after the restart. cliff status:
                    \(status?.stdout ?? "") \(status?.stderr ?? "")
                    \(workers.map { "worker output ends with:\n\($0.stderr().suffix(3000))" }.joined(separator: "\n"))
                    """)
                throw error
            }
            let shared = try await PostgresJobStore.open(url: url, series: name)
            let status = try await shared.status(now: Date())
            var makers: [NodeKey: Set<String>] = [:]
            for entry in try await shared.ledger() where entry.succeeded { makers[entry.node, default: []].insert("\(entry.owner)#\(entry.attempt)") }
            let results = try await shared.allResults().count
            await shared.shutdown()
            #expect(status.counts[.done] == jobs && status.running.isEmpty && (status.counts[.failed] ?? 0) == 0, "\(status.counts)")
            #expect(makers.count == jobs && results == jobs, "every job has its result")
            #expect(makers.allSatisfy { $0.value.count == 1 }, "a job recorded twice: \(makers.filter { $0.value.count > 1 }.count)")

            // Each worker reconnected: its metrics read the queue from the server again, and count the outage.
            for port in ports {
                let metrics = try await WorkerCLITests.get(port, "metrics")
                #expect(metrics.contains(#"cliff_queue_jobs{state="done"} \#(jobs)"#), "\(metrics)")
                #expect((WorkerCLITests.sample(metrics, "cliff_worker_store_errors_total") ?? 0) >= 1, "\(metrics)")
            }
            for worker in workers { worker.signal(SIGTERM) }
            for worker in workers {
                // A worker that does not stop fails the wait with the end of its own output, which
                // says what its stop waits for.
                let ended = try await worker.wait(deadline: .seconds(600))
                #expect(ended.status == 0, "a worker did not ride out the restart: \(ended.stderr)")
                #expect(ended.stderr.contains(outage) && ended.stderr.contains("Worker stopped"), "\(ended.stderr)")
            }
            for episode in ["ep001", "ep002"] {
                let verified = try await cli.run("verify", "\(name)/out/\(episode)/preview.mp4")
                #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
            }
            return cluster
        }
        #expect(!FileManager.default.fileExists(atPath: cluster.directory) && !cluster.hasProcesses, "the test's cluster was left behind")
    }
}
