import Foundation
import Testing

/// A project's own phrasebooks through `cliff new`, `write` and `validate`.
@Suite struct PhrasebookCLITests {
    static let premise = "A broke intern signs a contract marriage with a cold CEO"

    @Test func aProjectsPhrasebooksAreWrittenWithAndTheirProblemsStopTheWriterWithLocations() async throws {
        let cli = try CLIRunner()
        try FileManager.default.createDirectory(at: cli.url("demo/phrasebooks"), withIntermediateDirectories: true)
        try cli.write("demo/phrasebooks/romance.en.phrasebook", "[replace hook]\nThe lighthouse keeper never lies, {to}.\n")
        try cli.write("demo/phrasebooks/common.en.phrasebook", "[replace hook]\n")
        let made = try await cli.run("new", "demo", "--premise", Self.premise, "--genre", "romance", "--episodes", "6", "--target-seconds", "30")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Used the project's phrasebooks"))
        #expect(try cli.snapshot("demo/episodes").values.contains { String(decoding: $0, as: UTF8.self).contains("The lighthouse keeper never lies") })

        try cli.write("demo/phrasebooks/romance.en.phrasebook", "# hooks\n[acuse]\nYou did it.\n[hook]\nHello {nobdy}.\n")
        let before = try cli.snapshot("demo")
        let written = try await cli.run("write", "demo")
        #expect(written.status == 1)
        #expect(written.stderr.contains("demo/phrasebooks/romance.en.phrasebook:2:2: error: unknown section [acuse]"), "\(written.stderr)")
        #expect(written.stderr.contains("demo/phrasebooks/romance.en.phrasebook:5:7: error: [hook]: unknown slot {nobdy}"), "\(written.stderr)")
        #expect(written.stderr.contains("fix: "))
        #expect(try cli.snapshot("demo") == before, "nothing was written")

        let validated = try await cli.run("validate", "demo")
        #expect(validated.status == 1)
        #expect(validated.stderr.contains("romance.en.phrasebook:2:2: error: unknown section [acuse]"))
    }
}
