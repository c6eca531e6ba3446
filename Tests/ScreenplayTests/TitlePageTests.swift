import Screenplay
import Testing

@Suite struct TitlePageTests {
    @Test func inlineValuesAreReadFromKeyValueLines() {
        let document = FountainParser.parse("Title: Brick & Steel\nAuthor: Stu Maschwitz\n\nINT. HOUSE - DAY\n")
        #expect(document.titlePage == [
            TitlePageField(key: "Title", values: ["Brick & Steel"]),
            TitlePageField(key: "Author", values: ["Stu Maschwitz"]),
        ])
        #expect(document.elements == [.sceneHeading(SceneHeading(text: "INT. HOUSE - DAY"))])
    }

    @Test func indentedLinesAreAdditionalValues() {
        let document = FountainParser.parse("Contact:\n\tNext Level Productions\n   1588 Mission Dr.\nTitle: X\n\nAction.")
        #expect(document.titlePage == [
            TitlePageField(key: "Contact", values: ["Next Level Productions", "1588 Mission Dr."]),
            TitlePageField(key: "Title", values: ["X"]),
        ])
    }

    @Test func inlineValueAndIndentedContinuationCombine() {
        let document = FountainParser.parse("Title: First\n    Second\n\nAction.")
        #expect(document.titlePage == [TitlePageField(key: "Title", values: ["First", "Second"])])
    }

    @Test func keysKeepTheirSpellingAndMayContainSpaces() {
        let document = FountainParser.parse("draft DATE: 1/27/2012\nNotes: none\n\nAction.")
        #expect(document.titlePage.map(\.key) == ["draft DATE", "Notes"])
        #expect(document.titlePage.first?.values == ["1/27/2012"])
    }

    @Test func titlePageEndsAtTheFirstBlankLine() {
        let document = FountainParser.parse("Title: A\n\nAuthor: B\n")
        #expect(document.titlePage == [TitlePageField(key: "Title", values: ["A"])])
        #expect(document.elements == [.action("Author: B", forced: false)])
    }

    @Test func titlePageOnlyExistsWhenTheDocumentStartsWithAKey() {
        let document = FountainParser.parse("INT. HOUSE - DAY\n\nTitle: not a title page\n")
        #expect(document.titlePage.isEmpty)
        #expect(document.elements.count == 2)
    }

    @Test func scriptOpeningWithFadeInHasNoTitlePage() {
        let document = FountainParser.parse("FADE IN:\n\nINT. HOUSE - DAY\n\nHe runs.")
        #expect(document.titlePage.isEmpty)
        #expect(document.elements == [
            .action("FADE IN:", forced: false), .sceneHeading(SceneHeading(text: "INT. HOUSE - DAY")), .action("He runs.", forced: false),
        ])
    }

    @Test func keyWithoutAnyValueDoesNotStartATitlePage() {
        #expect(FountainParser.parse("CUT TO:\nHe runs.").titlePage.isEmpty)
        #expect(FountainParser.parse("Title:").titlePage.isEmpty)
        #expect(FountainParser.parse("Title:\n\tBig Fish\n\nAction.").titlePage == [TitlePageField(key: "Title", values: ["Big Fish"])])
    }

    @Test func sceneHeadingWithAColonDoesNotStartATitlePage() {
        let document = FountainParser.parse("EXT HOUSE: NIGHT\n\nHe runs.")
        #expect(document.titlePage.isEmpty)
        #expect(document.elements.first == .sceneHeading(SceneHeading(text: "EXT HOUSE: NIGHT")))
    }

    @Test func documentWithoutTitlePageHasNoFields() {
        #expect(FountainParser.parse("He walks in.").titlePage.isEmpty)
        #expect(FountainParser.parse("\nTitle: after a blank line").titlePage.isEmpty)
    }

    @Test func titlePageKeysMayBeWrittenInChinese() {
        let document = FountainParser.parse("标题: 总裁的秘密\n\n林晚走进来。")
        #expect(document.titlePage == [TitlePageField(key: "标题", values: ["总裁的秘密"])])
        #expect(document.elements == [.action("林晚走进来。", forced: false)])
    }
}
