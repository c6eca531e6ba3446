import Foundation
import Testing

@Suite(.serialized) struct CLITests {
    static let premise = "A broke intern signs a contract marriage with a cold CEO"

    @Test func newWritesAWholeSeasonThatValidatesAndOutlines() async throws {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", Self.premise, "--episodes", "80")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("80 episodes"))
        let files = try FileManager.default.contentsOfDirectory(atPath: cli.url("demo/episodes").path)
        #expect(files.count == 80)
        #expect(files.contains("ep080.fountain"))

        let validated = try await cli.run("validate", "demo")
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains("0 errors"))

        let outline = try await cli.run("outline", "demo")
        #expect(outline.status == 0, "\(outline.stderr)")
        #expect(outline.stdout.contains("[REVERSAL]"))
        #expect(outline.stdout.contains("PAYWALL: episode 10 onward is paid"))
        #expect(outline.stdout.contains("[FINALE]"))
        #expect(outline.stdout.components(separatedBy: "hook:").count == 81)
        #expect(outline.stdout.components(separatedBy: "cliff:").count == 81)
        #expect(outline.stdout.contains("reveal (major)"))
    }

    @Test func chineseSeasonValidatesAndOutlines() async throws {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "gongdou", "--premise", "冷宫弃妃凭医术翻身，步步为营扳倒贵妃", "--episodes", "80")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("palace") && made.stdout.contains("in zh"))
        #expect(try await cli.run("validate", "gongdou").status == 0)
        let outline = try await cli.run("outline", "gongdou", "--episodes", "1-12")
        #expect(outline.stdout.contains("付费墙"))
        let script = try cli.read("gongdou/episodes/ep001.fountain")
        #expect(script.contains("\n@"))
        #expect(script.contains("\n.内景") || script.contains("\n.外景"))
    }

    @Test func sameSeedGivesByteIdenticalProjectsAcrossProcesses() async throws {
        let cli = try CLIRunner()
        for name in ["a", "b"] {
            #expect(try await cli.run("new", name, "--premise", Self.premise, "--episodes", "30", "--seed", "99").status == 0)
        }
        let a = try cli.snapshot("a"), b = try cli.snapshot("b")
        #expect(a.count == 33)  // series.yaml, cliff.yaml, .cliff/scripts.json, 30 scripts
        #expect(a == b)
        #expect(try await cli.run("new", "c", "--premise", Self.premise, "--episodes", "30", "--seed", "100").status == 0)
        #expect(try cli.snapshot("c")["/episodes/ep001.fountain"] != a["/episodes/ep001.fountain"])
    }

    @Test func malformedBibleListsEveryErrorWithItsLocationAndChangesNothing() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "demo", "--premise", Self.premise, "--episodes", "12").status == 0)
        var yaml = try cli.read("demo/series.yaml")
        yaml = yaml.replacingOccurrences(of: "  episodes: 12", with: "  episodes: twelve")  // wrong type
        yaml = yaml.replacingOccurrences(of: "tone:", with: "tonne:")  // unknown key
        let firstSecret = try #require(yaml.range(of: "    reveal_to: "))
        let end = try #require(yaml[firstSecret.upperBound...].firstIndex(of: "\n"))
        yaml.replaceSubrange(firstSecret.upperBound..<end, with: "nobody")  // dangling reference
        try cli.write("demo/series.yaml", yaml)
        let episodesLine = try #require(yaml.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  episodes: twelve") }) + 1
        let before = try cli.snapshot("demo")

        for command in [["validate", "demo"], ["write", "demo"], ["write", "demo", "--force"], ["outline", "demo"], ["export", "demo"]] {
            let result = try await cli.run(command)
            #expect(result.status == 1, "\(command): \(result.status)")
            #expect(result.stderr.contains("demo/series.yaml has 3 errors; nothing was changed."), "\(result.stderr)")
            #expect(result.stderr.contains("demo/series.yaml:\(episodesLine):13: error: format.episodes: expected a whole number"))
            #expect(result.stderr.contains("error: tonne: unknown key 'tonne'. Did you mean 'tone'?"))
            #expect(result.stderr.contains("secrets[0].reveal_to: no character has the id 'nobody'"))
            #expect(try cli.snapshot("demo") == before, "\(command) changed files")
        }

        try cli.write("demo/series.yaml", "title: [unclosed\n")
        let syntax = try await cli.run("write", "demo")
        #expect(syntax.status == 1)
        #expect(syntax.stderr.contains("demo/series.yaml:2:1: error: YAML syntax error"))
    }

    @Test func writeKeepsEditedEpisodesUnlessForced() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "demo", "--premise", Self.premise, "--episodes", "12").status == 0)
        let original = try cli.read("demo/episodes/ep007.fountain")
        try cli.write("demo/episodes/ep007.fountain", original + "\nA person's own line.\n")
        try FileManager.default.removeItem(at: cli.url("demo/episodes/ep008.fountain"))

        let kept = try await cli.run("write", "demo", "--episodes", "5-12")
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stdout.contains("Wrote 1 episode: 8; 6 already up to date."))
        #expect(kept.stderr.contains("kept 1 episode that people edited: 7"))
        #expect(try cli.read("demo/episodes/ep007.fountain").contains("A person's own line."))

        let forced = try await cli.run("write", "demo", "--episodes", "7", "--force")
        #expect(forced.status == 0)
        #expect(try cli.read("demo/episodes/ep007.fountain") == original)
    }

    @Test func badArgumentsExitWithOneAndSayHowToFix() async throws {
        let cli = try CLIRunner()
        let genre = try await cli.run("new", "x", "--premise", "p", "--genre", "romanse")
        #expect(genre.status == 1)
        #expect(genre.stderr.contains("Did you mean 'romance'?"))
        let missing = try await cli.run("new", "x")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("--premise"))
        #expect(try await cli.run("new", "x", "--premise", "p", "--episodes", "0").status == 1)
        #expect(try await cli.run("validate", "nowhere").stderr.contains("not a Cliffhanger project"))
        #expect(try await cli.run("new", "demo", "--premise", Self.premise, "--episodes", "5").status == 0)
        let range = try await cli.run("write", "demo", "--episodes", "4-9")
        #expect(range.status == 1)
        #expect(range.stderr.contains("beyond the season's 5 episodes"))
        #expect(try await cli.run("new", "demo", "--premise", Self.premise).stderr.contains("already exists and is not empty"))
    }

    @Test func everyCommandsHelpHasAnExample() async throws {
        let cli = try CLIRunner()
        for command in ["new", "validate", "write", "outline", "export", "insights", "simulate-audience", "import-audience", "doctor"] {
            let help = try await cli.run(command, "--help")
            #expect(help.status == 0)
            #expect(help.stdout.contains("Example"), "\(command) --help has no example")
        }
    }

    /// Every command's discussion is written in lines that fit an 80-column terminal, so
    /// `--help` shows them as written instead of breaking sentences and examples where
    /// ArgumentParser's wrapping falls. The limit is 79 columns: ArgumentParser also breaks
    /// a line exactly as wide as the terminal. CJK and fullwidth characters take 2 columns.
    @Test func everyDiscussionFitsAnEightyColumnTerminal() async throws {
        let cli = try CLIRunner()
        let dump = try await cli.run("--experimental-dump-help")
        #expect(dump.status == 0, "\(dump.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
        let root = try #require(json?["command"] as? [String: Any], "no command in --experimental-dump-help")

        var visited = 0
        var tooLong: [String] = []
        func walk(_ command: [String: Any], path: String) {
            visited += 1
            let discussion = command["discussion"] as? String ?? ""
            for line in discussion.split(separator: "\n", omittingEmptySubsequences: false) {
                let width = Self.columns(line)
                if width > 79 { tooLong.append("\(path) (\(width) columns): \(line)") }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                walk(sub, path: path + " " + (sub["commandName"] as? String ?? "?"))
            }
        }
        walk(root, path: "cliff")

        #expect(visited >= 20, "only \(visited) commands in --experimental-dump-help")
        #expect(tooLong.isEmpty, "discussion lines wider than 79 columns:\n\(tooLong.joined(separator: "\n"))")
    }

    /// Terminal columns of `line`: 2 for CJK ideographs, kana, hangul and fullwidth forms.
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { sum, scalar in
            if scalar.properties.generalCategory == .nonspacingMark { return sum }
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
                0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                return sum + 2
            default:
                return sum + 1
            }
        }
    }

    @Test func validateReportsAScriptThatNamesAnUnknownCharacter() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "demo", "--premise", Self.premise, "--episodes", "3").status == 0)
        var script = try cli.read("demo/episodes/ep002.fountain")
        script = script.replacingOccurrences(of: "[[beat: hook]]", with: "[[beat: hook]]\n\nMARCUS\nWho are you people?")
        try cli.write("demo/episodes/ep002.fountain", script)
        let result = try await cli.run("validate", "demo")
        #expect(result.status == 1)
        #expect(result.stderr.contains("demo/episodes/ep002.fountain:"))
        #expect(result.stderr.contains("'MARCUS' speaks, but no character in series.yaml has that name"))
        #expect(result.stderr.contains("1 error"))
    }

    @Test func exportWritesWellFormedFinalDraftFiles() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "demo", "--premise", Self.premise, "--episodes", "4").status == 0)
        let result = try await cli.run("export", "demo", "--format", "fdx", "--episodes", "1-2")
        #expect(result.status == 0, "\(result.stderr)")
        let xml = try cli.read("demo/out/fdx/ep001.fdx")
        #expect(xml.contains("<FinalDraft DocumentType=\"Script\""))
        #expect(xml.contains("Type=\"Scene Heading\""))
        #expect(xml.contains("Type=\"Dialogue\""))
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/out/fdx/ep003.fdx").path))
    }
}
