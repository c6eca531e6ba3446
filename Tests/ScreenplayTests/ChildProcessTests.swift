import Foundation
import Testing
import TestSupport

/// The test support's process helpers see a child's end even when a process the child started
/// keeps running: Foundation on Linux does not (it waits for a socket the grandchild inherited
/// to close, swiftlang/swift-corelibs-foundation#4795), which made a test wait for a worker
/// that had long exited. (Here beside the screenplay tests only because this target is light.)
@Suite struct ChildProcessTests {
    /// `sh` that leaves a `sleep` running in the background (its pid on standard output) and
    /// exits 3 at once.
    static let leavesAGrandchild = ["-c", "sleep 100000 >/dev/null 2>&1 & echo $!; exit 3"]

    static func stopGrandchild(_ stdout: String) {
        if let pid = Int32(stdout.trimmingCharacters(in: .whitespacesAndNewlines)) { kill(pid, SIGKILL) }
    }

    @Test func aBackgroundProcessEndsWhenItExitsEvenIfItsChildLivesOn() async throws {
        let folder = try temporaryDirectory("child-process")
        let process = try BackgroundProcess(executable: URL(fileURLWithPath: "/bin/sh"), arguments: Self.leavesAGrandchild, directory: folder)
        let ended = try await process.wait()
        Self.stopGrandchild(ended.stdout)
        #expect(ended.status == 3, "\(ended)")
        #expect(Int32(ended.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) != nil, "\(ended.stdout)")
    }

    @Test func aCommandEndsWhenItExitsEvenIfItsChildLivesOn() async throws {
        let ended = try await runProcess(URL(fileURLWithPath: "/bin/sh"), Self.leavesAGrandchild)
        Self.stopGrandchild(ended.stdout)
        #expect(ended.status == 3, "\(ended)")
    }

    @Test func aSignalledEndIsTheSignal() async throws {
        let folder = try temporaryDirectory("child-process")
        let process = try BackgroundProcess(executable: URL(fileURLWithPath: "/bin/sleep"), arguments: ["100000"], directory: folder)
        process.signal(SIGKILL)
        #expect(try await process.wait().status == SIGKILL)
    }
}
