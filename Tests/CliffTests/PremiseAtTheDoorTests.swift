import Foundation
import Testing

/// What `cliff new` and `cliff write` refuse or flag before writing: a premise with nothing to
/// read, a premise the policy gate blocks (nothing is written), and one that needs a reviewer
/// (written, with the findings and how to clear them).
struct PremiseAtTheDoorTests {
    @Test(arguments: ["x", "   ", "love", "a b c", "!!! ???"])
    func aPremiseWithNothingToReadIsRefusedWithAGoodExample(_ premise: String) async throws {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "thin", "--premise", premise, "--episodes", "3")
        #expect(made.status == 1)
        #expect(made.stderr.contains("premise"), "\(made.stderr)")
        #expect(made.stderr.contains("--premise \"A broke intern signs a contract marriage with a cold CEO\""), "\(made.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.url("thin").path))
    }

    @Test func shortButRealPremisesInBothLanguagesAreRead() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "a", "--premise", "Twins swap lives", "--episodes", "3").status == 0)
        #expect(try await cli.run("new", "b", "--premise", "契约婚姻", "--episodes", "3").status == 0)
    }

    @Test func aBlockedPremiseWritesNothingAndSaysWhy() async throws {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "blocked", "--premise", "A preacher of ethnic cleansing wins the city council", "--episodes", "3")
        #expect(made.status == 1)
        #expect(made.stderr.contains("the policy gate refuses this series"), "\(made.stderr)")
        #expect(made.stderr.contains("block en.hate at series.yaml premise"), "\(made.stderr)")
        #expect(made.stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: cli.url("blocked").path))
    }

    @Test func aPremiseNamingARealPoliticianIsFlaggedAtNewAndAtWrite() async throws {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "flagged", "--premise", "A deepfake of Xi Jinping announces a war", "--episodes", "3")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.contains("need a reviewer before cliff produce renders") || made.stderr.contains("needs a reviewer before cliff produce renders"), "\(made.stderr)")
        #expect(made.stderr.contains("en.political-figure"), "\(made.stderr)")
        #expect(made.stderr.contains("cliff policy override flagged <finding>"), "\(made.stderr)")
        let written = try await cli.run("write", "flagged", "--episodes", "1", "--force")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("en.political-figure"), "\(written.stderr)")
    }
}
