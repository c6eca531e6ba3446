import Foundation
import Production
import TestSupport
import Testing

/// The asset store on a folder several machines share: a writer's temporary files name its
/// machine, and only this machine's dead writers' temporaries are removed.
struct SharedAssetsTests {
    @Test func onlyThisMachinesDeadWritersTemporariesAreRemoved() async throws {
        let store = AssetStore(root: try temporaryDirectory("cliff-shared-assets").appendingPathComponent("assets"))
        let tmp = store.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        // A pid that does not run here: a process that ended.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        // Reaped, not only ended: a zombie's pid still answers kill(pid, 0).
        try await waitUntil("/bin/true to exit and be reaped") { !ended.isRunning }
        let dead = ended.processIdentifier
        let here = WorkerID.current.host
        let names = [
            "abc~\(here)~\(dead)~1": true,  // this machine, writer gone: removed
            "abd~\(here)~\(getpid())~2": false,  // this machine, writer alive: kept
            "abe~render-node-7.studio~\(dead)~3": false,  // another machine: its writer cannot be seen, kept
            "abf-\(dead)-4": true,  // the older name, this machine's
        ]
        for name in names.keys { try Data("partial".utf8).write(to: tmp.appendingPathComponent(name)) }
        #expect(store.removeAbandonedTemporaries() == 2)
        let left = Set(store.temporaries().map(\.url.lastPathComponent))
        #expect(left == Set(names.filter { !$0.value }.keys), "\(left)")

        // A write names this machine and leaves no temporary behind.
        let ref = try store.put(Data("whole".utf8), name: "x.txt")
        #expect(try store.data(ref) == Data("whole".utf8))
        #expect(Set(store.temporaries().map(\.url.lastPathComponent)) == left)
    }
}
