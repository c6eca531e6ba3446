import Screenplay
import Testing

@Suite struct StructureTests {
    @Test func poundSignsMakeSectionsWithTheirCountAsLevel() {
        #expect(elements("# Act One\n\n## Sequence\n\n### Beat") == [
            .section(level: 1, title: "Act One"), .section(level: 2, title: "Sequence"), .section(level: 3, title: "Beat"),
        ])
    }

    @Test func equalsSignMakesASynopsis() {
        #expect(elements("= Brick and Steel come out of retirement.") == [.synopsis("Brick and Steel come out of retirement.")])
    }

    @Test func sectionFollowedBySynopsisWithoutBlankLine() {
        #expect(elements("# Act One\n= Setup\nINT. HOUSE - DAY") == [
            .section(level: 1, title: "Act One"), .synopsis("Setup"), .sceneHeading(SceneHeading(text: "INT. HOUSE - DAY")),
        ])
    }

    @Test(arguments: ["===", "====", "==========="])
    func threeOrMoreEqualsSignsArePageBreaks(_ line: String) {
        #expect(elements("One.\n\n\(line)\n\nTwo.") == [.action("One.", forced: false), .pageBreak, .action("Two.", forced: false)])
    }

    @Test func twoEqualsSignsAreASynopsis() {
        #expect(elements("==") == [.synopsis("=")])
    }

    @Test func tildeMakesLyrics() {
        #expect(elements("~Willy Wonka! Willy Wonka!\n~The amazing chocolatier!") == [
            .lyrics("Willy Wonka! Willy Wonka!\nThe amazing chocolatier!"),
        ])
    }

    @Test func chineseSectionsAndSynopses() {
        #expect(elements("# 第一幕\n\n= 林晚发现了真相。") == [.section(level: 1, title: "第一幕"), .synopsis("林晚发现了真相。")])
    }
}
