import DramaModel
import Foundation
import Logging
import Production
import SQLiteStore
import Studio
import TestSupport
import Testing

/// A job whose worker process is gone (a `cliff produce` killed with SIGKILL) is not shown as
/// rendering: its episode waits for the next run, and the queue lists the job as stopped.
@Suite struct StudioLivenessTests {
    static func node(_ label: String, episode: Int) -> Node {
        Node(step: "test", generator: GeneratorID("test.step", version: 1), episode: episode, priority: 0, inputs: [],
             parameters: Data("\"\(label)\"".utf8), label: label)
    }

    /// A worker of this machine whose process does not exist.
    static func deadWorker() throws -> WorkerID {
        var pid: Int32 = 4_000_000
        while FileManager.default.fileExists(atPath: "/proc/\(pid)") { pid += 1 }
        let worker = WorkerID(host: WorkerID.current.host, pid: pid, started: 12345)
        try #require(worker.isAlive == false)
        return worker
    }

    @Test func aDeadWorkersEpisodeIsNotRenderingAndItsJobIsListedAsStopped() async throws {
        let root = try TemporaryProject.make(named: "lighthouse", prefix: "cliff-liveness", episodes: 3, seed: 3, targetSeconds: 15).root
        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "liveness-test"))
        let store = try SQLiteJobStore(path: root.appendingPathComponent("cliff.db").path)
        let nodes = [Self.node("ep2 line 1", episode: 2), Self.node("ep2 line 2", episode: 2), Self.node("ep3 line 1", episode: 3)]
        _ = try await store.enqueue(nodes, estimatedCosts: [:], plan: Set(nodes.map(\.key)), scope: .all, now: Date())
        let now = Date()
        let lease = { (owner: WorkerID) in ClaimRequest(owner: owner, now: now, leaseUntil: now.addingTimeInterval(600), scope: JobScope(episodes: [2])) }

        // Killed mid-run: one job of episode 2 leased by a process that is gone, the rest pending.
        guard case .claimed = try await store.claim(lease(try Self.deadWorker())) else { Issue.record("nothing to claim"); return }
        var states = Dictionary(uniqueKeysWithValues: try await studio.series("lighthouse").episodes.map { ($0.number, $0.state) })
        #expect(states[2] != .rendering && states[3] != .rendering, "\(states)")
        let queue = try await studio.queue("lighthouse")
        #expect(queue.running.isEmpty)
        #expect(queue.stopped.count == 1)
        #expect(queue.stopped.first?.error?.hasSuffix("on this machine is not running; the next run will take it over") == true)

        // A live run: its episodes, and the work it still has queued, are rendering.
        guard case .claimed = try await store.claim(lease(WorkerID.current)) else { Issue.record("nothing to claim"); return }
        states = Dictionary(uniqueKeysWithValues: try await studio.series("lighthouse").episodes.map { ($0.number, $0.state) })
        #expect(states[2] == .rendering && states[3] == .rendering, "\(states)")
        #expect(try await studio.queue("lighthouse").running.count == 1)
    }
}
