import DramaModel
import Foundation
import PostgresStore
import Production
import Testing

/// What only the PostgreSQL job store does (the contract it shares with SQLite is
/// `JobStoreContractTests`): workers on several machines, wakeups by NOTIFY, its schema's
/// version, and what it says about a URL that does not work.
///
/// Runs on the throwaway cluster of `scripts/postgres.sh` (`CLIFF_TEST_POSTGRES_URL`), which
/// scripts/test and CI always start; `swift test` alone skips it, saying why.
@Suite(.enabled(if: PostgresTestCluster.url != nil, PostgresTestCluster.skipNote))
struct PostgresJobStoreTests {
    typealias Contract = JobStoreContractTests

    /// Runs `body` with two stores on one new database, as two worker machines have them, and
    /// shuts them down afterwards.
    static func withTwoWorkers(_ body: (PostgresJobStore, PostgresJobStore) async throws -> Void) async throws {
        let folder = try temporaryFolder()
        let first = try await PostgresTestCluster.store(for: folder)
        let second: PostgresJobStore
        do {
            second = try await PostgresTestCluster.store(for: folder)
        } catch {
            await first.shutdown()
            throw error
        }
        do {
            try await body(first, second)
        } catch {
            await first.shutdown()
            await second.shutdown()
            throw error
        }
        await first.shutdown()
        await second.shutdown()
    }

    @Test func workersClaimingConcurrentlyNeverClaimTheSameJob() async throws {
        try await Self.withTwoWorkers { first, second in
            let count = 400
            try await Contract.enqueue(first, (0..<count).map { Contract.node("job \($0)", priority: $0 % 5) })
            let budget = ProductionSettings.Budget(perSeries: Money(dollars: "1000")!)
            // Eight workers, four on each store; half claim under a budget (which takes the queue
            // lock), half without (row locks only); each gives back every fifth job once untried.
            let claims = try await withThrowingTaskGroup(of: [String].self) { group in
                for index in 0..<8 {
                    let store = index.isMultiple(of: 2) ? first : second
                    let owner = WorkerID(host: "box-\(index % 2)", pid: Int32(100 + index), started: 1)
                    group.addTask {
                        var mine: [String] = []
                        var released: Set<String> = []
                        while true {
                            let request = Contract.request(owner, budget: index < 4 ? budget : .init())
                            switch try await store.claim(request) {
                            case .claimed(let job):
                                if job.node.label.hasSuffix("5"), released.insert(job.node.label).inserted {
                                    try await store.release(job, now: Date())
                                    continue
                                }
                                mine.append(job.node.label)
                                try await Contract.done(store, job)
                            case .idle: return mine
                            case .wait: await Task.yield()
                            case .overBudget(let stop): Issue.record("over budget: \(stop)"); return mine
                            }
                        }
                    }
                }
                return try await group.reduce(into: [String]()) { $0 += $1 }
            }
            #expect(claims.count == count)
            #expect(Set(claims).count == count)
            let status = try await first.status(now: Date())
            #expect(status.counts[.done] == count)
            #expect(status.results == count)
        }
    }

    @Test func anExpiredLeaseOfAnotherMachinesWorkerIsRecoveredWhateverItsPidSays() async throws {
        try await Self.withTwoWorkers { store, other in
            try await Contract.enqueue(store, [Contract.node("far job"), Contract.node("near job", priority: 1)])
            let now = Date()
            // A worker on another machine whose pid happens to be one that runs here.
            let far = WorkerID(host: "render-box-2", pid: getpid(), started: WorkerID.current.started)
            let farJob = try #require(Contract.claimed(try await other.claim(Contract.request(far, now: now))))
            #expect(farJob.node.label == "far job")
            let nearJob = try #require(Contract.claimed(try await store.claim(Contract.request(.current, now: now))))
            #expect(nearJob.node.label == "near job")

            // While the leases hold, nothing is taken back: not the far job (a pid there means
            // nothing here), not the job of this live process.
            #expect(try await store.recoverAbandoned(now: now.addingTimeInterval(10), maxAttempts: 5) { $0.isAlive }.isEmpty)
            #expect(try await store.recoverAbandoned(now: now.addingTimeInterval(10), maxAttempts: 5) { _ in true }.isEmpty)

            // The far worker stopped heartbeating; this one goes on.
            try await store.heartbeat(owner: .current, until: now.addingTimeInterval(120))
            let recovered = try await store.recoverAbandoned(now: now.addingTimeInterval(31), maxAttempts: 5) { $0.isAlive }
            #expect(recovered == [RecoveredJob(label: "far job", owner: far.description, failed: false)])
            let again = try #require(Contract.claimed(try await store.claim(Contract.request(.current, now: now.addingTimeInterval(32)))))
            #expect(again.node.label == "far job" && again.attempt == 2)
            let status = try await store.status(now: now.addingTimeInterval(32))
            #expect(Set(status.running.map(\.label)) == ["far job", "near job"])
            #expect(status.running.allSatisfy { $0.owner == WorkerID.current.description })
        }
    }

    @Test func aWaitingWorkerWakesWhenAnotherEnqueuesCompletesFailsOrReleases() async throws {
        try await Self.withTwoWorkers { waiter, other in
            let input = Contract.node("input")
            let reader = Contract.node("reader", inputs: [input.key])
            try await waiter.withJobNotifications { notifications in
                // Nothing yet: the waiter is told to wait, and waits.
                #expect(try await waiter.claim(Contract.request()) == .idle)
                async let enqueued = notifications.wait(timeout: .seconds(120))
                try await Contract.enqueue(other, [input, reader])
                #expect(try await enqueued, "a worker waiting on an empty queue wakes when another enqueues")

                // Another worker takes the input: the reader waits on it.
                let job = try #require(Contract.claimed(try await other.claim(Contract.request(Contract.other))))
                _ = try await notifications.wait(timeout: .zero)  // so the next wakeup can only be the release's
                #expect(try await waiter.claim(Contract.request()) == .wait(nil))
                async let released = notifications.wait(timeout: .seconds(120))
                try await other.release(job, now: Date())
                #expect(try await released, "a released job wakes the waiter")

                let retried = try #require(Contract.claimed(try await other.claim(Contract.request(Contract.other))))
                async let failed = notifications.wait(timeout: .seconds(120))
                try await other.fail(retried, message: "HTTP 503", retryAt: Date(), ledger: [], now: Date())
                #expect(try await failed, "a failure with a retry wakes the waiter")

                let last = try #require(Contract.claimed(try await other.claim(Contract.request(Contract.other))))
                async let completed = notifications.wait(timeout: .seconds(120))
                try await Contract.done(other, last)
                #expect(try await completed, "a completed input wakes the waiter")
                let woken = try #require(Contract.claimed(try await waiter.claim(Contract.request())))
                #expect(woken.node.label == "reader")
            }
        }
    }

    @Test func aWaitWithNothingHappeningEndsAtItsTimeout() async throws {
        let store = try await PostgresTestCluster.store(for: try temporaryFolder())
        let woke = try await store.withJobNotifications { notifications in
            try await notifications.wait(timeout: .milliseconds(20))
        }
        await store.shutdown()
        #expect(!woke)
    }

    @Test func aDatabaseFromANewerCliffIsRefusedAndLeftUnchanged() async throws {
        let url = try await PostgresTestCluster.databaseURL(for: try temporaryFolder())
        let store = try await PostgresJobStore.open(url: url, logger: PostgresTestCluster.quiet)
        await store.shutdown()
        #expect(try await PostgresTestCluster.psql(url, "SELECT identifier FROM cliff_migrations") == "jobs.v1-queue")
        _ = try await PostgresTestCluster.psql(url, "INSERT INTO cliff_migrations (identifier, applied_at) VALUES ('jobs.v9-future', 0)")
        let tables = "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'public'"
        let before = try await PostgresTestCluster.psql(url, tables)

        let error = await #expect(throws: ProductionError.self) { try await PostgresJobStore.open(url: url, logger: PostgresTestCluster.quiet) }
        #expect(error?.code == .databaseTooNew)
        let message = error?.message ?? ""
        let shown = try #require(URLComponents(string: url)).path.dropFirst()
        #expect(message.contains("@127.0.0.1:") && message.contains("/\(shown)"), "\(message)")
        #expect(message.contains("written by a newer version of cliff: migration 'jobs.v9-future' is unknown to this build (it knows jobs.v1-queue)"))
        #expect(message.contains("Upgrade cliff"))
        #expect(message.contains("The database was left unchanged."))
        #expect(!message.contains(try #require(PostgresTestCluster.password)))
        #expect(try await PostgresTestCluster.psql(url, tables) == before)
        #expect(try await PostgresTestCluster.psql(url, "SELECT string_agg(identifier, ',' ORDER BY identifier) FROM cliff_migrations") == "jobs.v1-queue,jobs.v9-future")
    }

    @Test func aSecondOpenOfAMigratedDatabaseKeepsItsJobs() async throws {
        let folder = try temporaryFolder()
        let first = try await PostgresTestCluster.store(for: folder)
        try await Contract.enqueue(first, [Contract.node("kept")])
        await first.shutdown()
        let second = try await PostgresTestCluster.store(for: folder)
        let pending = try await second.status(now: Date()).counts[.pending]
        await second.shutdown()
        #expect(pending == 1)
    }

    /// A URL that does not work, what the message must say, and the password it must not.
    struct BadURL: Sendable, CustomTestStringConvertible {
        var name: String
        var url: @Sendable () async throws -> (url: String, password: String)
        var says: [String]
        var testDescription: String { name }
    }

    static let badURLs = [
        BadURL(name: "a host where no server listens", url: {
            ("postgres://cliff:s3cret-\(UUID().uuidString)@127.0.0.1:1/postgres?sslmode=disable", "s3cret")
        }, says: ["cannot reach PostgreSQL at 127.0.0.1:1", "refused", "Check the host and port in the database URL (postgres://cliff:•••@127.0.0.1:1/postgres?sslmode=disable)"]),
        BadURL(name: "a wrong password", url: {
            let wrong = "wrong-\(UUID().uuidString)"
            return (try PostgresTestCluster.url(try #require(PostgresTestCluster.url), password: wrong), wrong)
        }, says: ["refused user 'cliff'", "password authentication failed", "Check the user and password in the database URL"]),
        BadURL(name: "a database that does not exist", url: {
            let cluster = try #require(PostgresTestCluster.url)
            return (try PostgresTestCluster.url(cluster, database: "no_such_db"), try #require(PostgresTestCluster.password))
        }, says: ["database 'no_such_db' does not exist on PostgreSQL at 127.0.0.1:", "Create it (createdb", "or fix the database name"]),
        BadURL(name: "a URL that is not a PostgreSQL one", url: {
            ("mysql://cliff:hunter2-secret@127.0.0.1:3306/cliff", "hunter2-secret")
        }, says: ["is a mysql URL", "cliff's shared database is PostgreSQL: postgres://USER:PASSWORD@HOST:PORT/DATABASE"]),
        BadURL(name: "a port that is not a number", url: {
            ("postgres://cliff:hunter2-secret@127.0.0.1:port/cliff", "hunter2-secret")
        }, says: ["is not a URL (it is not shown: it may hold a password)", "write postgres://USER:PASSWORD@HOST:PORT/DATABASE"]),
    ]

    @Test(arguments: badURLs)
    func aURLThatDoesNotWorkSaysWhyInOneLineWithoutThePassword(_ bad: BadURL) async throws {
        let (url, password) = try await bad.url()
        let error = await #expect(throws: ProductionError.self) { try await PostgresJobStore.open(url: url, logger: PostgresTestCluster.quiet) }
        #expect(error?.code == .storeFailed)
        let message = error?.message ?? ""
        for words in bad.says { #expect(message.contains(words), "\(message)") }
        #expect(!message.contains("\n"), "\(message)")
        for text in [message, error.map { "\($0)" } ?? "", error.map { String(reflecting: $0) } ?? ""] {
            #expect(!text.contains(password), "the password appears in: \(text)")
            if let clusterPassword = PostgresTestCluster.password { #expect(!text.contains(clusterPassword)) }
        }
    }
}

/// Fails a CI run that has no PostgreSQL cluster, rather than letting the PostgreSQL tests be
/// skipped there: CI installs and starts it (scripts/test), so its absence is a broken setup.
@Suite struct PostgresTestClusterTests {
    @Test func aCIRunHasTheThrowawayCluster() {
        if PostgresTestCluster.isCI {
            #expect(PostgresTestCluster.url != nil, "CI=true but CLIFF_TEST_POSTGRES_URL is not set: run the tests through scripts/test, which starts the cluster")
        }
    }
}
