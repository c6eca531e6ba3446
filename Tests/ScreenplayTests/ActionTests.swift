import Screenplay
import Testing

@Suite struct ActionTests {
    @Test func plainParagraphIsAction() {
        #expect(elements("They drink long and well from the beers.") == [
            .action("They drink long and well from the beers.", forced: false),
        ])
    }

    @Test func actionKeepsItsLineBreaks() {
        #expect(elements("And then there's a long beat.\nLonger than is funny.\nLong enough to be depressing.") == [
            .action("And then there's a long beat.\nLonger than is funny.\nLong enough to be depressing.", forced: false),
        ])
    }

    @Test func blankLinesSeparateActionParagraphs() {
        #expect(elements("One.\n\n\n\nTwo.") == [.action("One.", forced: false), .action("Two.", forced: false)])
    }

    @Test func twoSpacesKeepAnEmptyLineInsideAction() {
        #expect(elements("One.\n  \nTwo.") == [.action("One.\n\nTwo.", forced: false)])
    }

    @Test func leadingTabsAndSpacesAreKeptInAction() {
        #expect(elements("\tIndented by a tab.\n    Indented by spaces.") == [
            .action("\tIndented by a tab.\n    Indented by spaces.", forced: false),
        ])
    }

    @Test func trailingWhitespaceIsDropped() {
        #expect(elements("Trailing.   \t\nSpaces.  ") == [.action("Trailing.\nSpaces.", forced: false)])
    }

    @Test func exclamationMarkForcesAction() {
        #expect(elements("!SCANNING THE AISLES\nNothing there.") == [
            .action("SCANNING THE AISLES\nNothing there.", forced: true),
        ])
    }

    @Test func forcedActionCanLookLikeAnyOtherElement() {
        #expect(elements("!INT. HOUSE - DAY") == [.action("INT. HOUSE - DAY", forced: true)])
        #expect(elements("!CUT TO:") == [.action("CUT TO:", forced: true)])
        #expect(elements("!> not centered <") == [.action("> not centered <", forced: true)])
    }

    @Test func chineseParagraphIsAction() {
        #expect(elements("林晚推开门。\n她打开了灯。") == [.action("林晚推开门。\n她打开了灯。", forced: false)])
    }

    @Test func windowsLineEndingsAreAccepted() {
        let text = "Title: CRLF\r\n\r\nINT. HOUSE - DAY\r\n\r\nBOB\r\nHi.\r\nBye.\r\n"
        let document = FountainParser.parse(text)
        #expect(document.titlePage == [TitlePageField(key: "Title", values: ["CRLF"])])
        #expect(document.elements == [
            .sceneHeading(SceneHeading(text: "INT. HOUSE - DAY")), .character(CharacterCue(name: "BOB")), .dialogue("Hi.\nBye."),
        ])
    }

    @Test func byteOrderMarkIsIgnored() {
        #expect(FountainParser.parse("\u{FEFF}Title: X\n\nAction.").titlePage == [TitlePageField(key: "Title", values: ["X"])])
    }

    @Test func emptyInputHasNoElements() {
        #expect(FountainParser.parse("") == FountainDocument())
        #expect(FountainParser.parse("\n\n  \n\n").elements.isEmpty)
    }
}
