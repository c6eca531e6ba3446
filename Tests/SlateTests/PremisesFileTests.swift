import Basics
import DramaModel
import Foundation
import Slate
import StoryEngine
import TestSupport
import Testing

/// The premises file: what a line may say, and every way it can be wrong, reported at once.
@Suite struct PremisesFileTests {
    static func parse(_ text: String) throws(SlateError) -> PremisesFile {
        try PremisesFile.parse(Data(text.utf8), file: "premises.txt")
    }

    /// The problems of `text`, as `file:line:column` → message.
    static func problems(_ data: Data) -> [Diagnostic] {
        do throws(SlateError) {
            _ = try PremisesFile.parse(data, file: "premises.txt")
            Issue.record("the file was accepted")
            return []
        } catch {
            #expect(error.code == .invalidPremises)
            return error.diagnostics
        }
    }

    @Test func linesCarryPremisesCommentsAndSettingsWithTitlesOfSeveralWords() throws {
        let file = try Self.parse("""
            # Spring slate: three premises
            A broke intern signs a contract marriage with a cold CEO | genre=romance language=en seed=7 title=Paper Vows
              # an indented comment
            冷宫弃妃凭医术翻身，步步为营扳倒贵妃
            A detective hunts the killer who framed her father | Seed=42
            """)
        #expect(file.entries.map(\.line) == [2, 4, 5])
        let first = file.entries[0]
        #expect(first.premise == "A broke intern signs a contract marriage with a cold CEO")
        #expect(first.genre == .romance && first.language == .en && first.seed == 7 && first.title == "Paper Vows")
        // What a line leaves out is inferred as cliff new infers it.
        let chinese = file.entries[1].request(episodes: 60, targetSeconds: 90)
        let inferred = PremiseRequest(premise: "冷宫弃妃凭医术翻身，步步为营扳倒贵妃")
        #expect(chinese.resolvedLanguage == .zh && chinese.resolvedGenre == inferred.resolvedGenre && chinese.resolvedSeed == inferred.resolvedSeed)
        #expect(chinese.resolvedGenre == .palace)
        let third = file.entries[2]
        #expect(third.seed == 42 && third.genre == nil && third.title == nil)
        #expect(third.request(episodes: 60, targetSeconds: 90).resolvedGenre == .suspense)
    }

    @Test func everyKindOfProblemIsReportedAtOnceAtItsLineAndColumn() throws {
        var text = """
            # a comment is fine
            \("")
               \("")
             | genre=romance
            A broke intern signs a contract marriage with a cold CEO | genre=fantasy language=fr seed=abc mood=dark
            a BROKE intern signs a contract   marriage with a cold CEO
            Too short | seed=1 seed=2
            Someone wants something badly | title=\("")
            A chef wants her restaurant back | romance
            A widow wants the truth \(String(repeating: "and more ", count: 140))
            """
        text += "\n"
        var data = Data(text.utf8)
        data += Data("A bad byte \u{FF}".utf8.prefix(11)) + Data([0xFF]) + Data(" in a line about revenge\n".utf8)
        data += Data("A nul \0 in a premise about a wedding\n".utf8)
        let problems = Self.problems(data)
        let located = problems.map { "\($0.location) \($0.message)" }
        func expect(_ location: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(located.contains { $0.hasPrefix(location + " ") && $0.contains(words) }, "\(location) \(words) not in \(located)", sourceLocation: sourceLocation)
        }
        expect("premises.txt:2:1", "blank")
        expect("premises.txt:3:1", "blank")
        expect("premises.txt:4:2", "premise before '|' is empty")
        expect("premises.txt:5:66", "genre 'fantasy' is not one of romance, revenge, suspense, palace")
        expect("premises.txt:5:83", "language 'fr' is not one of en, zh")
        expect("premises.txt:5:91", "seed 'abc' is not a whole number")
        expect("premises.txt:5:95", "unknown setting 'mood'")
        expect("premises.txt:6:1", "the same premise as line 5")
        expect("premises.txt:7:1", "too thin")
        expect("premises.txt:7:20", "seed is set twice")
        expect("premises.txt:8:39", "title= has no value")
        expect("premises.txt:9:36", "expected a setting as key=value, found 'romance'")
        expect("premises.txt:10:1001", "a line may hold at most 1,000")
        expect("premises.txt:11:12", "byte 0xFF is not valid UTF-8")
        expect("premises.txt:12:7", "control character U+0000")
        #expect(problems.count == 15, "\(located.joined(separator: "\n"))")
        // Sorted top to bottom, each with a fix.
        #expect(problems.map { $0.line ?? 0 } == problems.map { $0.line ?? 0 }.sorted())
        #expect(problems.allSatisfy { !($0.hint ?? "").isEmpty })
        // A did-you-mean for a misspelt key.
        let typo = Self.problems(Data("A broke intern signs a contract marriage | gnere=romance".utf8))
        #expect(typo.first?.message.contains("Did you mean 'genre'?") == true)
    }

    @Test(arguments: ["", "# only a comment\n# and another\n", "\u{FEFF}"])
    func aFileWithoutPremisesIsRefusedAtItsStart(text: String) {
        let problems = Self.problems(Data(text.utf8))
        #expect(problems.map(\.location) == ["premises.txt:1:1"])
        #expect(problems.first?.message.contains("no premise") == true)
    }

    @Test func windowsLineEndsAndAByteOrderMarkAreRead() throws {
        let file = try Self.parse("\u{FEFF}A broke intern signs a contract marriage with a cold CEO | seed=3\r\n# note\r\nA chef wants her restaurant back from her ex\r\n")
        #expect(file.entries.map(\.line) == [1, 3])
        #expect(file.entries[0].seed == 3)
        #expect(file.entries[1].premise == "A chef wants her restaurant back from her ex")
        // A byte-order mark does not shift columns.
        let problems = Self.problems(Data("\u{FEFF}A broke intern signs a contract marriage | seed=x".utf8))
        #expect(problems.map(\.location) == ["premises.txt:1:49"])
    }

    @Test func aTwentyMegabyteLineIsRefusedAtItsColumnWithoutReadingOrEchoingItAll() throws {
        let folder = try temporaryDirectory("slate-premises")
        let url = folder.appendingPathComponent("premises.txt")
        let line = Data(repeating: UInt8(ascii: "a"), count: 20 * 1024 * 1024)
        try line.write(to: url)
        do throws(SlateError) {
            _ = try PremisesFile.read(contentsOf: url, displayName: "premises.txt")
            Issue.record("a 20 MB line was accepted")
        } catch {
            #expect(error.code == .invalidPremises)
            let locations = error.diagnostics.map(\.location)
            #expect(locations.contains("premises.txt:1:1001"), "\(locations)")
            #expect(error.diagnostics.contains { $0.location == "premises.txt" && $0.message.contains("the file is 20.0 MB") })
            #expect(error.diagnostics.contains { $0.message.contains("at least 4,194,304 characters") })
            #expect(error.report.utf8.count < 2_000, "the message echoes the line: \(error.report.utf8.count) bytes")
        }
        // A long line in a small file: measured exactly.
        let long = Self.problems(Data(("A widow " + String(repeating: "x", count: 5_000)).utf8))
        #expect(long.map(\.location) == ["premises.txt:1:1001"])
        #expect(long.first?.message.contains("5,008 characters") == true)
    }

    @Test func aMissingFileOrAFolderIsUnreadableNotInvalid() throws {
        let folder = try temporaryDirectory("slate-premises")
        for url in [folder.appendingPathComponent("missing.txt"), folder] {
            #expect(throws: SlateError.self) { try PremisesFile.read(contentsOf: url, displayName: "premises.txt") }
            do throws(SlateError) {
                _ = try PremisesFile.read(contentsOf: url, displayName: "premises.txt")
            } catch {
                #expect(error.code == .fileUnreadable)
                #expect(error.message.hasPrefix("premises.txt: "))
            }
        }
    }

    @Test func tooManyProblemsAreCountedNotAllListed() {
        let text = String(repeating: "\n", count: 500) + "A broke intern signs a contract marriage with a cold CEO\n"
        let problems = Self.problems(Data(text.utf8))
        #expect(problems.count == PremisesFile.maximumProblems + 1)
        #expect(problems.last?.message == "and 400 more problems")
    }
}
