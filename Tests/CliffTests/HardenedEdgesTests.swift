import Foundation
import Testing

/// Edges an attacker or an unlucky user reaches: bytes that are not text, links out of the
/// project, file names that look like episodes, settings only `produce` used to check,
/// commands that promise to change nothing, and values too long to echo.
struct HardenedEdgesTests {
    /// A five-episode project made by `cliff new`.
    static func project() async throws -> CLIRunner {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", CLITests.premise, "--episodes", "5")
        try #require(made.status == 0, "\(made.stderr)")
        return cli
    }

    @Test func invalidUTF8AndControlCharactersInAScriptAreLocatedAndStopTheRun() async throws {
        let cli = try await Self.project()
        var bytes = Data(try cli.read("demo/episodes/ep002.fountain").utf8)
        bytes.append(contentsOf: Array("\nGRACE\nThank ".utf8) + [0xFF, 0x28] + Array(" you\nAnd\u{0} then\n".utf8))
        try bytes.write(to: cli.url("demo/episodes/ep002.fountain"))
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count
        let validated = try await cli.run("validate", "demo")
        #expect(validated.status == 1)
        #expect(validated.stderr.contains("demo/episodes/ep002.fountain:\(lines - 2):7: error: byte 0xFF is not valid UTF-8"), "\(validated.stderr)")
        #expect(validated.stderr.contains("demo/episodes/ep002.fountain:\(lines - 1):4: error: control character U+0000"), "\(validated.stderr)")
        let produced = try await cli.run("produce", "demo", "--subtitles-only", "--progress", "none")
        #expect(produced.status == 1)
        #expect(produced.stderr.contains("not valid UTF-8"))
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/out/ep002/episode.srt").path))
    }

    @Test func linksLeadingOutOfTheProjectAreRefusedWithoutShowingWhatIsThere() async throws {
        let cli = try await Self.project()
        let outside = cli.url("secret.txt")
        try Data("root:x:0:0:the secret line\n".utf8).write(to: outside)
        try FileManager.default.removeItem(at: cli.url("demo/episodes/ep003.fountain"))
        try FileManager.default.createSymbolicLink(at: cli.url("demo/episodes/ep003.fountain"), withDestinationURL: outside)
        let validated = try await cli.run("validate", "demo")
        #expect(validated.status == 1)
        #expect(validated.stderr.contains("ep003.fountain: error: leads outside the project folder"), "\(validated.stderr)")
        #expect(!validated.stderr.contains("the secret line"))

        try FileManager.default.removeItem(at: cli.url("demo/series.yaml"))
        try FileManager.default.createSymbolicLink(at: cli.url("demo/series.yaml"), withDestinationURL: outside)
        for command in [["validate", "demo"], ["outline", "demo"], ["produce", "demo", "--dry-run"]] {
            let result = try await cli.run(command)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("leads outside the project folder"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("the secret line") && !result.stdout.contains("the secret line"), "\(command)")
        }
    }

    @Test func onlyEpNNNDotFountainIsAnEpisodeAndEverythingElseIsReported() async throws {
        let cli = try await Self.project()
        let text = try cli.read("demo/episodes/ep001.fountain")
        for name in ["ep+1.fountain", "ep-1.fountain", "ep01.fountain", "notes.txt"] { try cli.write("demo/episodes/\(name)", text) }
        try cli.write("demo/episodes/ep0001.fountain", text)
        let validated = try await cli.run("validate", "demo")
        #expect(validated.status == 1)
        for name in ["ep+1.fountain", "ep-1.fountain", "ep01.fountain"] {
            #expect(validated.stderr.contains("episodes/\(name): error: is not an episode file name"), "\(name): \(validated.stderr)")
        }
        #expect(validated.stderr.contains("episodes/notes.txt: error: is not an episode script"))
        #expect(validated.stderr.contains("is a second file for episode 1"))
        #expect(!validated.stderr.contains("episode -1"))
        let produced = try await cli.run("produce", "demo", "--subtitles-only", "--progress", "none")
        #expect(produced.status == 1)
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/out").path), "nothing was produced")
    }

    @Test func validateChecksCliffYamlAsProduceDoes() async throws {
        let cli = try await Self.project()
        try cli.write("demo/cliff.yaml", "budget:\n  total_usd: -5\nprices:\n  - { generator: builtin.espeak-ng, unit: bananas, usd: 0.1 }\n")
        let validated = try await cli.run("validate", "demo")
        #expect(validated.status == 1)
        #expect(validated.stderr.contains("demo/cliff.yaml:2:"), "\(validated.stderr)")
        #expect(validated.stderr.contains("bananas"), "\(validated.stderr)")
        let produced = try await cli.run("produce", "demo", "--dry-run")
        #expect(produced.status == 1)
    }

    @Test func readOnlyCommandsChangeNoFile() async throws {
        let cli = try await Self.project()
        let before = try cli.snapshot("demo")
        for command in [["validate", "demo"], ["outline", "demo"], ["produce", "demo", "--dry-run"], ["produce", "demo", "--dry-run", "--verbose"], ["write", "demo"]] {
            let result = try await cli.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(try cli.snapshot("demo") == before, "\(command) changed the project")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/cliff.db").path))
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/governance").path))
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/revisions.json").path))
    }

    @Test func aHugeBadValueIsQuotedAsAShortExcerpt() async throws {
        let cli = try await Self.project()
        let bible = try cli.read("demo/series.yaml")
        let huge = String(repeating: "x", count: 2_000_000)
        try cli.write("demo/series.yaml", bible.replacingOccurrences(of: "\ngenre: ", with: "\ngenre: \(huge)\nunused_genre: "))
        let validated = try await cli.run("validate", "demo")
        #expect(validated.status == 1)
        #expect(validated.stderr.utf8.count < 20_000, "the error output is \(validated.stderr.utf8.count) bytes")
        #expect(validated.stderr.contains("2000000 characters"), "\(validated.stderr.prefix(2000))")
    }
}
