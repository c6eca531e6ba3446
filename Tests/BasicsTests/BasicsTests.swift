import Basics
import Foundation
import Testing

@Suite struct TextEscapingTests {
    @Test func htmlReplacesTheFiveSpecialCharactersAndKeepsTheRest() {
        #expect(TextEscaping.html(#"<a href="x" title='y'>Tom & Jerry</a>"#)
            == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;")
        #expect(TextEscaping.html("午夜契约 · Midnight") == "午夜契约 · Midnight")
        #expect(TextEscaping.html("") == "")
    }

    @Test func xmlEscapesAndDropsWhatXMLForbids() {
        #expect(TextEscaping.xml("a\u{0}b\u{1}c & 'd' \"e\" <f>\tg\n") == "abc &amp; &apos;d&apos; &quot;e&quot; &lt;f&gt;\tg\n")
        #expect(TextEscaping.xml("\u{FFFE}x\u{1F600}") == "x\u{1F600}")
    }

    @Test func cueTextEscapesOnlyWhatWebVTTNeeds() {
        #expect(TextEscaping.cueText(#"Tom & "Jerry" <i>"#) == #"Tom &amp; "Jerry" &lt;i&gt;"#)
    }

    @Test func assTextCannotOpenAnOverrideBlockOrBreakALine() {
        // Every brace is escaped, every backslash is followed by a word joiner (so `\N` and
        // `\b1` lose their meaning), and line breaks and tabs become spaces.
        #expect(TextEscaping.ass("{\\b1}bold\\Nnext\nline\ttab") == "\\{\\\u{2060}b1\\}bold\\\u{2060}Nnext line tab")
    }
}

@Suite struct SeededGeneratorTests {
    @Test func matchesTheSplitMix64ReferenceStream() {
        // The reference implementation (Vigna's splitmix64.c) seeded with 0 starts with these.
        var generator = SeededGenerator(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func theSameSeedAndLabelGiveTheSameStreamAndOtherLabelsAnother() {
        var a = SeededGenerator(seed: 42, label: "cast")
        var b = SeededGenerator(seed: 42, label: "cast")
        var c = SeededGenerator(seed: 42, label: "places")
        let first = (0..<8).map { _ in a.next() }
        #expect(first == (0..<8).map { _ in b.next() })
        #expect(first != (0..<8).map { _ in c.next() })
    }

    @Test func keyedStreamsDifferForNearbyKeys() {
        var a = SeededGenerator(seed: 7, keys: [1, 2])
        var b = SeededGenerator(seed: 7, keys: [1, 3])
        #expect(a.next() != b.next())
    }

    @Test func samplingStaysInRange() {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<2_000 {
            let unit = generator.unit()
            #expect(unit >= 0 && unit < 1)
            #expect((3...9).contains(generator.int(in: 3...9)))
            #expect((-1...1).contains(generator.bipolar()))
        }
        let shuffled = generator.shuffled(Array(0..<50))
        #expect(shuffled.sorted() == Array(0..<50) && shuffled != Array(0..<50))
        #expect(generator.weighted([("never", 0.0000001), ("almost always", 1000)]) == "almost always")
    }
}

@Suite struct ProjectLayoutTests {
    @Test func namesEveryFileInOnePlace() {
        let layout = ProjectLayout(root: URL(fileURLWithPath: "/tmp/midnight-contract/./"))
        #expect(layout.bible.path == "/tmp/midnight-contract/series.yaml")
        #expect(layout.database.lastPathComponent == "cliff.db")
        #expect(layout.audienceDatabase.lastPathComponent == "audience.db")
        #expect(layout.episodeOutput(7).path == "/tmp/midnight-contract/out/ep007")
        #expect(ProjectLayout.episodeOutputPath(12, "episode.mp4") == "out/ep012/episode.mp4")
        #expect(ProjectLayout.episodeTag(1234) == "ep1234")
        #expect(layout.seriesID == "midnight-contract")
    }
}

@Suite struct ExplainedErrorTests {
    struct SampleError: ExplainedError {
        var message: String
        var diagnostics: [Diagnostic]
        var codeName: String { "sample" }
        var kind: ErrorKind { .input }
        var location: String? { "events[3].episode" }
        var hint: String? { "use a released episode" }
        var description: String { message }
    }

    @Test func aReportHasTheLocationTheDiagnosticsAndTheHint() {
        let error: any ExplainedError = SampleError(
            message: "episode 99 does not exist",
            diagnostics: [Diagnostic(file: "series.yaml", line: 3, column: 5, message: "bad")])
        #expect(error.report == """
            events[3].episode: episode 99 does not exist
            series.yaml:3:5: error: bad
            fix: use a released episode
            """)
    }
}
