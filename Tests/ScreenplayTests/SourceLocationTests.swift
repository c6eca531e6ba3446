import Screenplay
import Testing

@Suite struct SourceLocationTests {
    @Test func locationsParallelElementsAndPointAtTheirFirstCharacter() {
        let text = "Title: X\n\nINT. HOUSE - DAY\n\n\t\t\tBOB\n\t(quietly)\n\tHello.\n\n  He leaves.\n"
        let document = FountainParser.parse(text)
        #expect(document.locations.count == document.elements.count)
        #expect(document.locations == [
            SourceLocation(line: 3, column: 1), SourceLocation(line: 5, column: 4), SourceLocation(line: 6, column: 2),
            SourceLocation(line: 7, column: 2), SourceLocation(line: 9, column: 3),
        ])
    }

    @Test func linesAfterAMultiLineBoneyardKeepTheirNumbers() {
        let document = FountainParser.parse("/* one\ntwo\nthree */\n\nAction.\n\nMore /* x\ny */ text.\n\nLast.")
        #expect(document.elements == [
            .boneyard("one\ntwo\nthree"), .action("Action.", forced: false), .action("More  text.", forced: false),
            .action("Last.", forced: false),
        ])
        #expect(document.locations.map(\.line) == [1, 5, 7, 10])
    }

    @Test func columnsCountCharactersNotBytes() {
        let document = FountainParser.parse("林晚推门。\n\n　　她笑了。")
        #expect(document.locations.last == SourceLocation(line: 3, column: 3))
    }

    @Test func documentsBuiltInCodeHaveNoLocations() {
        #expect(FountainDocument(elements: [.pageBreak]).locations.isEmpty)
    }
}
