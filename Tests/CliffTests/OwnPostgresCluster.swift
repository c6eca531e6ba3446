import Foundation
import TestSupport
import Testing

/// A PostgreSQL cluster of one test's own (`scripts/postgres-cluster.sh`), for a test that stops
/// or restarts its server: the cluster the other tests share (`CLIFF_TEST_POSTGRES_URL`) is
/// never touched.
///
/// ``run(_:)`` removes the cluster when its body ends, whether it returned, threw or recorded
/// failures; should the test process itself die, the script's guard removes it once the
/// process is gone.
///
/// ```swift
/// try await OwnPostgresCluster.run { cluster in
///     // … cluster.url …
///     try await cluster.restart()
/// }
/// ```
struct OwnPostgresCluster: Sendable {
    /// The cluster's folder (its data, its log, its socket).
    let directory: String
    /// `postgres://cliff:PASSWORD@127.0.0.1:PORT/postgres?sslmode=disable`.
    let url: String

    static let script = Repository.root.appendingPathComponent("scripts/postgres-cluster.sh")

    /// Whether PostgreSQL's server binaries are installed (Debian's `postgresql`).
    static var installed: Bool {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        return versions.contains { FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\($0)/bin/initdb") }
    }

    /// Starts a cluster, runs `body` with it, and removes the cluster however `body` ends.
    /// - Throws: ``ClusterFailed`` when the cluster cannot start; what `body` throws.
    static func run<T: Sendable>(_ body: (OwnPostgresCluster) async throws -> T) async throws -> T {
        let cluster = try await start()
        let value: T
        do {
            value = try await body(cluster)
        } catch {
            await cluster.remove()
            throw error
        }
        await cluster.remove()
        return value
    }

    /// Starts a cluster guarded by this process.
    static func start() async throws -> OwnPostgresCluster {
        let started = try await script(["start", "--owner", "\(getpid())"])
        let lines = started.split(separator: "\n").map(String.init)
        guard lines.count >= 2, lines[0].hasPrefix("/tmp/cliff-postgres-own."), lines[1].hasPrefix("postgres://") else {
            throw ClusterFailed(message: "scripts/postgres-cluster.sh start printed no folder and URL: \(started)")
        }
        return OwnPostgresCluster(directory: lines[0], url: lines[1])
    }

    /// Stops the server (`pg_ctl stop -m fast`: every connection is closed); the folder stays.
    func stopServer() async throws { _ = try await Self.script(["stop-server", directory]) }

    /// Starts the stopped server again, on the same port.
    func startServer() async throws { _ = try await Self.script(["start-server", directory]) }

    /// Restarts the server (`pg_ctl restart -m fast`).
    func restart() async throws { _ = try await Self.script(["restart", directory]) }

    /// Whether a process of the cluster still runs: one working in its data folder (even once
    /// the folder is removed), or its guard.
    var hasProcesses: Bool {
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return processes.contains { pid in
            guard pid.allSatisfy(\.isNumber) else { return false }
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/cwd"))?.hasPrefix(directory + "/") == true { return true }
            let command = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline").map { String(decoding: $0, as: UTF8.self) } ?? ""
            return command.contains(directory)
        }
    }

    /// Stops the server for good (immediate shutdown, then SIGKILL to what is left) and removes
    /// the folder. Never throws: a failure to clean up is recorded as an issue.
    func remove() async {
        do {
            _ = try await Self.script(["stop", directory])
        } catch {
            Issue.record("the test's own PostgreSQL cluster in \(directory) was not removed: \(error)")
        }
    }

    /// Runs the script; its standard output.
    private static func script(_ arguments: [String]) async throws -> String {
        let output = try await runProcess(URL(fileURLWithPath: "/bin/bash"), [script.path] + arguments, deadline: .seconds(600))
        guard output.status == 0 else {
            throw ClusterFailed(message: "scripts/postgres-cluster.sh \(arguments.first ?? "") failed (\(output.status)): \(output.stderr)")
        }
        return output.stdout
    }

    /// The cluster script failed: what it said.
    struct ClusterFailed: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
