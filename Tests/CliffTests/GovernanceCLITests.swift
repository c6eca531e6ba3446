import Foundation
import Testing

/// `cliff consent`, `policy`, `audit` and the generation gate in `produce`, run as a user would.
@Suite struct GovernanceCLITests {
    @Test func consentPolicyAuditAndTheGenerationGate() async throws {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", "A broke intern signs a contract marriage with a cold CEO", "--episodes", "3")
        #expect(made.status == 0, "\(made.stderr)")

        try Data("signed release".utf8).write(to: cli.url("release.pdf"))
        let added = try await cli.run(
            "consent", "add", "demo", "--id", "c-jane", "--person", "Jane Doe", "--scope", "likeness", "--territory", "CN",
            "--expires", "2099-01-01", "--evidence", cli.url("release.pdf").path, "--by", "mei")
        #expect(added.status == 0, "\(added.stderr)")
        let listed = try await cli.run("consent", "list", "demo")
        #expect(listed.stdout.contains("c-jane") && listed.stdout.contains("valid"))
        let revoked = try await cli.run("consent", "revoke", "demo", "c-jane", "--reason", "withdrawn", "--by", "mei")
        #expect(revoked.status == 0, "\(revoked.stderr)")
        #expect(try await cli.run("consent", "list", "demo").stdout.contains("revoked"))

        let clean = try await cli.run("policy", "check", "demo")
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")

        // A blocked line stops produce before anything is planned.
        let script = cli.url("demo/episodes/ep001.fountain")
        var text = try String(contentsOf: script, encoding: .utf8)
        text += "\nINT. ROOF - NIGHT\n\nSomeone explains how to kill yourself.\n"
        try text.write(to: script, atomically: true, encoding: .utf8)
        let produced = try await cli.run("produce", "demo", "--episodes", "1", "--subtitles-only", "--progress", "none")
        #expect(produced.status == 1)
        #expect(produced.stderr.contains("en.self-harm.instructions"))
        #expect(produced.stderr.contains("episode 1"))
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/cliff.db").path) || !FileManager.default.fileExists(atPath: cli.url("demo/out").path))

        let verified = try await cli.run("audit", "verify", "demo")
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("intact"))
        let log = cli.url("demo/governance/audit.jsonl")
        let edited = try String(contentsOf: log, encoding: .utf8).replacingOccurrences(of: "\"actor\":\"mei\"", with: "\"actor\":\"eve\"")
        try edited.write(to: log, atomically: true, encoding: .utf8)
        let tampered = try await cli.run("audit", "verify", "demo")
        #expect(tampered.status == 1)
        #expect(tampered.stderr.contains("record 1"))
    }
}
