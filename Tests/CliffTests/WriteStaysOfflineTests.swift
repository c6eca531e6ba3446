import Foundation
import TestSupport
import Testing

/// `cliff write` learns which episodes the studio has published from the studio's records,
/// without a studio: it opens no network listener and leaves the studio's database (accounts
/// included) as it was.
struct WriteStaysOfflineTests {
    @Test func writeWithAStudioDatabaseOpensNoListenerAndTouchesNoAccounts() async throws {
        let strace = URL(fileURLWithPath: "/usr/bin/strace")
        try #require(FileManager.default.isExecutableFile(atPath: strace.path), "strace is missing: run scripts/setup.sh --tests")
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "demo", "--premise", CLITests.premise, "--episodes", "3").status == 0)
        let added = try await cli.run(["user", "add", "demo", "ada", "--role", "admin"], input: "a long passphrase\n")
        try #require(added.status == 0, "\(added.stderr)")
        #expect(try await cli.run("simulate-audience", "demo", "--viewers", "100").status == 0)
        #expect(try await cli.run("insights", "demo").status == 0)
        let before = try cli.snapshot("demo")

        let trace = cli.url("write.strace")
        let output = try await runProcess(
            strace, ["-f", "-qq", "-e", "trace=listen,bind", "-o", trace.path, cli.executable.path, "write", "demo", "--apply-insights"],
            directory: cli.directory)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("Applied"), "\(output.stdout)")
        let calls = (try? String(contentsOf: trace, encoding: .utf8)) ?? ""
        #expect(!calls.contains("listen("), "cliff write listened on a socket:\n\(calls)")
        #expect(!calls.contains("AF_INET"), "cliff write bound a network socket:\n\(calls)")

        // Only scripts and the revision log change; the studio's files are untouched.
        let after = try cli.snapshot("demo")
        let changed = Set(after.keys).union(before.keys).filter { before[$0] != after[$0] }
        #expect(!changed.isEmpty && changed.allSatisfy { $0.hasPrefix("/episodes/") || $0 == "/revisions.json" || $0 == "/.cliff/scripts.json" }, "\(changed.sorted())")
        #expect(before["/cliff.db"] != nil && after["/cliff.db"] == before["/cliff.db"], "the studio's accounts live in cliff.db")
    }
}
