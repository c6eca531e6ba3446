import DramaModel
import Foundation
import PostgresStore
public import Production
import SQLiteStore
public import Testing

/// The contract every `JobStore` keeps. Runs over each implementation available here:
/// SQLite always; PostgreSQL when `CLIFF_TEST_POSTGRES_URL` names a cluster (scripts/test
/// starts one; without it `PostgresJobStoreTests` is skipped with a note saying so, and a CI
/// run fails).
@Suite struct JobStoreContractTests {
    /// Makes a fresh store; a second call with the same folder opens the same queue (a second process).
    struct Backend: Sendable, CustomTestStringConvertible {
        var name: String
        var open: @Sendable (URL) async throws -> any JobStore
        var testDescription: String { name }
    }

    static let backends =
        [Backend(name: "SQLite") { folder in try SQLiteJobStore(path: folder.appendingPathComponent("cliff.db").path) }]
        + (PostgresTestCluster.url == nil
            ? []
            : [Backend(name: "PostgreSQL") { folder in try await PostgresTestCluster.store(for: folder) }])

    static let generator = GeneratorID("test.step", version: 1)
    static let worker = WorkerID(host: "test-host", pid: 1, started: 1)
    static let other = WorkerID(host: "test-host", pid: 2, started: 2)

    static func node(_ name: String, episode: Int? = 1, priority: Int = 0, inputs: [NodeKey] = [], generator: GeneratorID = generator) -> Node {
        Node(step: "test", generator: generator, episode: episode, priority: priority, inputs: inputs,
             parameters: Data("\"\(name)\"".utf8), label: name)
    }

    static func request(_ owner: WorkerID = worker, now: Date = Date(), scope: JobScope = .all,
                        limits: [ProductionSettings.ConcurrencyLimit] = [], budget: ProductionSettings.Budget = .init()) -> ClaimRequest {
        ClaimRequest(owner: owner, now: now, leaseUntil: now.addingTimeInterval(30), scope: scope, limits: limits, budget: budget)
    }

    static func enqueue(_ store: any JobStore, _ nodes: [Node], costs: [NodeKey: Money] = [:]) async throws {
        _ = try await store.enqueue(nodes, estimatedCosts: costs, plan: Set(nodes.map(\.key)), scope: .all, now: Date())
    }

    static func claimed(_ outcome: ClaimOutcome) -> ClaimedJob? {
        if case .claimed(let job) = outcome { return job }
        return nil
    }

    static func done(_ store: any JobStore, _ job: ClaimedJob) async throws {
        try await store.complete(job, result: NodeResult(key: job.node.key, outputs: []), ledger: [], now: Date())
    }

    @Test(arguments: backends)
    func claimsByPriorityAndOnlyOnceInputsAreDone(_ backend: Backend) async throws {
        let store = try await backend.open(try temporaryFolder())
        let early = Self.node("early", episode: 1, priority: 10)
        let late = Self.node("late", episode: 2, priority: 20)
        let reader = Self.node("reader", episode: 1, priority: 5, inputs: [early.key])
        try await Self.enqueue(store, [late, early, reader])
        let first = try #require(Self.claimed(try await store.claim(Self.request())))
        #expect(first.node.label == "early")  // the reader is more urgent but waits for its input
        #expect(first.attempt == 1)
        let second = try #require(Self.claimed(try await store.claim(Self.request())))
        #expect(second.node.label == "late")
        #expect(try await store.claim(Self.request()) == .wait(nil))
        try await Self.done(store, first)
        let third = try #require(Self.claimed(try await store.claim(Self.request())))
        #expect(third.node.label == "reader")
        #expect(third.node.inputs == [early.key])
        try await Self.done(store, second)
        try await Self.done(store, third)
        #expect(try await store.claim(Self.request()) == .idle)
        #expect(try await store.results(for: [early.key, late.key, reader.key]).count == 3)
    }

    @Test(arguments: backends)
    func concurrencyLimitsHoldAcrossWorkers(_ backend: Backend) async throws {
        let store = try await backend.open(try temporaryFolder())
        let render = GeneratorID("builtin.render", version: 1)
        try await Self.enqueue(store, (1...3).map { Self.node("r\($0)", generator: render) } + [Self.node("cue")])
        let limits = [ProductionSettings.ConcurrencyLimit(generator: "builtin.render", limit: 2)]
        let a = try #require(Self.claimed(try await store.claim(Self.request(limits: limits))))
        let b = try #require(Self.claimed(try await store.claim(Self.request(Self.other, limits: limits))))
        #expect(a.node.generator == render && b.node.generator == render)
        let c = try #require(Self.claimed(try await store.claim(Self.request(limits: limits))))
        #expect(c.node.label == "cue")  // a third render would pass the limit
        #expect(try await store.claim(Self.request(limits: limits)) == .wait(nil))
        try await Self.done(store, a)
        let d = try #require(Self.claimed(try await store.claim(Self.request(limits: limits))))
        #expect(d.node.label == "r3")
    }

    /// A claim that committed while its answer was lost (a database restarting) leaves a job
    /// leased to a live worker that does not know it has it: the worker gives back what it does
    /// not hold, untried — only its own, only what was claimed before the cut-off.
    @Test(arguments: backends)
    func aWorkerGivesBackWhatItWasLeasedButDoesNotHold(_ backend: Backend) async throws {
        let store = try await backend.open(try temporaryFolder())
        try await Self.enqueue(store, [Self.node("held"), Self.node("lost"), Self.node("theirs"), Self.node("late")])
        let now = Date()
        let held = try #require(Self.claimed(try await store.claim(Self.request(Self.other, now: now))))
        let lost = try #require(Self.claimed(try await store.claim(Self.request(Self.other, now: now))))
        let theirs = try #require(Self.claimed(try await store.claim(Self.request(Self.worker, now: now))))
        let late = try #require(Self.claimed(try await store.claim(Self.request(Self.other, now: now.addingTimeInterval(10)))))
        #expect([held, lost, theirs, late].map(\.node.label) == ["held", "lost", "theirs", "late"])

        let released = try await store.releaseUnheld(
            owner: Self.other, holding: [held.id], claimedBefore: now.addingTimeInterval(5), now: now.addingTimeInterval(20))
        #expect(released == ["lost"])
        let running = try await store.status(now: now.addingTimeInterval(20)).running.map(\.label).sorted()
        #expect(running == ["held", "late", "theirs"], "\(running)")
        // Back untried: the next claim of it is its first try.
        let again = try #require(Self.claimed(try await store.claim(Self.request(now: now.addingTimeInterval(21)))))
        #expect(again.node.label == "lost" && again.attempt == 1)
        #expect(try await store.releaseUnheld(owner: Self.other, holding: [held.id], claimedBefore: now.addingTimeInterval(5), now: now).isEmpty)
    }

    @Test(arguments: backends)
    func expiredLeaseIsReclaimedByTheNextWorker(_ backend: Backend) async throws {
        let store = try await backend.open(try temporaryFolder())
        try await Self.enqueue(store, [Self.node("job")])
        let now = Date()
        _ = try #require(Self.claimed(try await store.claim(Self.request(Self.other, now: now))))
        // The lease still runs and the worker is (said to be) alive on another host: nothing to recover.
        #expect(try await store.recoverAbandoned(now: now, maxAttempts: 5) { _ in nil }.isEmpty)
        try await store.heartbeat(owner: Self.other, until: now.addingTimeInterval(60))
        #expect(try await store.recoverAbandoned(now: now.addingTimeInterval(45), maxAttempts: 5) { _ in nil }.isEmpty)
        let recovered = try await store.recoverAbandoned(now: now.addingTimeInterval(61), maxAttempts: 5) { _ in nil }
        #expect(recovered.map(\.label) == ["job"])
        #expect(recovered.first?.failed == false)
        let again = try #require(Self.claimed(try await store.claim(Self.request(now: now.addingTimeInterval(62)))))
        #expect(again.attempt == 2)
    }

    @Test(arguments: backends)
    func aLiveWorkerOnThisMachineKeepsItsJobsPastALateHeartbeat(_ backend: Backend) async throws {
        let store = try await backend.open(try temporaryFolder())
        try await Self.enqueue(store, [Self.node("slow job")])
        let now = Date()
        _ = try #require(Self.claimed(try await store.claim(Self.request(Self.other, now: now))))
        // Its lease ran out (a busy machine kept its heartbeat from running), but the process
        // lives: taking the job back would make it twice.
        #expect(try await store.recoverAbandoned(now: now.addingTimeInterval(600), maxAttempts: 5) { _ in true }.isEmpty)
        #expect(try await store.status(now: now.addingTimeInterval(600)).running.map(\.label) == ["slow job"])
    }

    @Test(arguments: backends)
    func aDeadWorkersJobIsReclaimedAtOnceAndFailsWhenOutOfTries(_ backend: Backend) async throws {
        let store = try await backend.open(try temporaryFolder())
        let job = Self.node("job")
        let reader = Self.node("reader", inputs: [job.key])
        try await Self.enqueue(store, [job, reader])
        _ = try #require(Self.claimed(try await store.claim(Self.request(Self.other))))
        let recovered = try await store.recoverAbandoned(now: Date(), maxAttempts: 5) { $0 == Self.other ? false : true }
        #expect(recovered.count == 1)
        _ = try #require(Self.claimed(try await store.claim(Self.request(Self.other))))
        let last = try await store.recoverAbandoned(now: Date(), maxAttempts: 2) { _ in false }
        #expect(last.first?.failed == true)
        let status = try await store.status(now: Date())
        #expect(status.failed.first?.error?.contains("gave up after 2 tries") == true)
        #expect(status.counts[.cancelled] == 1)
        #expect(try await store.claim(Self.request()) == .idle)
    }

    @Test(arguments: backends)
    func transientFailuresWaitAndPermanentOnesCancelWhatDependsOnThem(_ backend: Backend) async throws {
        let store = try await backend.open(try temporaryFolder())
        let flaky = Self.node("flaky")
        let broken = Self.node("broken", priority: 1)
        let reader = Self.node("reader", priority: 2, inputs: [broken.key])
        let grandReader = Self.node("grand", priority: 3, inputs: [reader.key])
        try await Self.enqueue(store, [flaky, broken, reader, grandReader])
        let now = Date()
        let first = try #require(Self.claimed(try await store.claim(Self.request(now: now))))
        try await store.fail(first, message: "HTTP 503", retryAt: now.addingTimeInterval(10), ledger: [], now: now)
        let second = try #require(Self.claimed(try await store.claim(Self.request(now: now))))
        #expect(second.node.label == "broken")
        try await store.fail(second, message: "HTTP 400: prompt refused", retryAt: nil, ledger: [], now: now)
        guard case .wait(let until?) = try await store.claim(Self.request(now: now)) else {
            Issue.record("expected to be told to wait for the retry")
            return
        }
        #expect(abs(until.timeIntervalSince(now) - 10) < 0.001)
        let retried = try #require(Self.claimed(try await store.claim(Self.request(now: now.addingTimeInterval(11)))))
        #expect(retried.node.label == "flaky" && retried.attempt == 2)
        let status = try await store.status(now: now)
        #expect(status.failed.map(\.label) == ["broken"])
        #expect(status.failed.first?.error == "HTTP 400: prompt refused")
        #expect(status.counts[.cancelled] == 2)
        #expect(status.cancelled.allSatisfy { $0.error == "not run: its input broken failed" })
        // A new run gives failed and cancelled jobs fresh tries.
        let report = try await store.enqueue([broken, reader, grandReader], estimatedCosts: [:], plan: [broken.key, reader.key, grandReader.key, flaky.key], scope: .all, now: now)
        #expect(report.requeued == 3)
    }

    @Test(arguments: backends)
    func aJobThatWouldBreakABudgetIsNotStarted(_ backend: Backend) async throws {
        let store = try await backend.open(try temporaryFolder())
        let a = Self.node("a", episode: 1, priority: 1)
        let b = Self.node("b", episode: 1, priority: 2)
        try await Self.enqueue(store, [a, b], costs: [a.key: Money(dollars: "0.30")!, b.key: Money(dollars: "0.30")!])
        let budget = ProductionSettings.Budget(perEpisode: Money(dollars: "0.50")!)
        let first = try #require(Self.claimed(try await store.claim(Self.request(budget: budget))))
        guard case .overBudget(let stop) = try await store.claim(Self.request(budget: budget)) else {
            Issue.record("expected a budget stop while the first job's estimate is reserved")
            return
        }
        #expect(stop.episode == 1 && stop.label == "b")
        #expect(stop.overBy == Money(dollars: "0.10")!)
        #expect(stop.description.contains("would exceed the budget of episode 1 (budget.episode_usd) of $0.5000 by $0.1000"))
        let spent = LedgerEntry(node: a.key, episode: 1, step: "test", generator: "test.step", unit: .request, quantity: 1,
                                cost: Money(dollars: "0.25")!, succeeded: true, attempt: 1, owner: "w", at: Date())
        try await store.complete(first, result: NodeResult(key: a.key, outputs: []), ledger: [spent], now: Date())
        guard case .overBudget(let after) = try await store.claim(Self.request(budget: budget)) else {
            Issue.record("0.25 spent + 0.30 estimated passes 0.50")
            return
        }
        #expect(after.spent == Money(dollars: "0.25")! && after.running == .zero)
        let roomy = ProductionSettings.Budget(perEpisode: Money(dollars: "0.55")!, perSeries: Money(dollars: "10")!)
        #expect(Self.claimed(try await store.claim(Self.request(budget: roomy))) != nil)
    }

    @Test(arguments: backends)
    func twoProcessesNeverClaimTheSameJob(_ backend: Backend) async throws {
        let folder = try temporaryFolder()
        let first = try await backend.open(folder)
        let second = try await backend.open(folder)  // a second connection pool, as another process has
        let nodes = (0..<300).map { Self.node("job \($0)", priority: $0 % 7) }
        try await Self.enqueue(first, nodes)
        let claims = try await withThrowingTaskGroup(of: [String].self) { group in
            for (store, owner) in [(first, Self.worker), (second, Self.other), (first, WorkerID(host: "h", pid: 3, started: 3)), (second, WorkerID(host: "h", pid: 4, started: 4))] {
                group.addTask {
                    var mine: [String] = []
                    while true {
                        switch try await store.claim(Self.request(owner)) {
                        case .claimed(let job):
                            mine.append(job.node.label)
                            try await Self.done(store, job)
                        case .idle: return mine
                        default: await Task.yield()
                        }
                    }
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(claims.count == 300)
        #expect(Set(claims).count == 300)
    }

    @Test(arguments: backends)
    func aQueuedJobAnotherEpisodeNeedsBecomesSharedAndClaimableByEitherRun(_ backend: Backend) async throws {
        let store = try await backend.open(try temporaryFolder())
        let line = Self.node("the same line", episode: 2)
        _ = try await store.enqueue([line], estimatedCosts: [:], plan: [line.key], scope: JobScope(episodes: [2]), now: Date())
        // Episode 5 speaks the same line: a run of episode 5 alone must be able to make it.
        let again = Node(key: line.key, step: line.step, generator: line.generator, episode: 5, priority: 50, inputs: [],
                         parameters: line.parameters, label: line.label, estimate: .none)
        let report = try await store.enqueue([again], estimatedCosts: [:], plan: [line.key], scope: JobScope(episodes: [5]), now: Date())
        #expect(report.alreadyQueued == 1)
        let job = try #require(Self.claimed(try await store.claim(Self.request(scope: JobScope(episodes: [5])))))
        #expect(job.node.key == line.key && job.node.episode == nil)
    }

    @Test(arguments: backends)
    func editsSupersedeQueuedJobsOfTheSameEpisodesOnly(_ backend: Backend) async throws {
        let store = try await backend.open(try temporaryFolder())
        let old1 = Self.node("old line", episode: 1)
        let keep2 = Self.node("episode 2 line", episode: 2)
        try await Self.enqueue(store, [old1, keep2])
        let new1 = Self.node("new line", episode: 1)
        let report = try await store.enqueue([new1], estimatedCosts: [:], plan: [new1.key], scope: JobScope(episodes: [1]), now: Date())
        #expect(report.superseded == 1)
        #expect(report.added == 1)
        let status = try await store.status(now: Date())
        #expect(status.counts[.pending] == 2)
        #expect(status.cancelled.first?.label == "old line")
    }
}

extension ClaimOutcome: CustomTestStringConvertible {
    public var testDescription: String {
        switch self {
        case .claimed(let job): "claimed \(job.node.label)"
        case .wait(let date): "wait \(date.map { "\($0.timeIntervalSince1970)" } ?? "nil")"
        case .idle: "idle"
        case .overBudget(let stop): "over budget: \(stop)"
        }
    }
}
