import Screenplay
import Testing

@Suite struct FDXWriterTests {
    @Test func startsWithTheFinalDraftHeader() {
        let xml = FDXWriter.write(FountainDocument())
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n  <Content>"))
        #expect(XMLOutline(xml).isWellFormed)
    }

    @Test func elementsMapToParagraphTypes() {
        let document = FountainParser.parse("""
            INT. HOUSE - DAY #1A#

            He walks in.

            BOB (V.O.)
            (quietly)
            Hello.

            CUT TO:

            > THE END <

            ~La la la

            [[a note]]

            /* bone */

            # Act

            = synopsis
            """)
        let outline = XMLOutline(FDXWriter.write(document))
        #expect(outline.isWellFormed)
        let paragraphs = outline.scriptParagraphs
        #expect(paragraphs.map { $0.attributes["Type"] ?? "" } == [
            "Scene Heading", "Action", "Character", "Parenthetical", "Dialogue", "Transition", "Action", "General",
        ])
        #expect(paragraphs[0].attributes["Number"] == "1A")
        #expect(paragraphs[6].attributes["Alignment"] == "Center")
        let characterIndex = outline.nodes.firstIndex { $0.attributes["Type"] == "Character" }
        #expect(characterIndex.map(outline.text(ofParagraphAt:)) == "BOB (V.O.)")
    }

    @Test func emphasisBecomesStyledTextRuns() {
        let outline = XMLOutline(FDXWriter.write(FountainDocument(elements: [.action("a **b** *c* _d_ ***e*** _**f**_", forced: false)])))
        let styles = outline.nodes.filter { $0.name == "Text" }.map { $0.attributes["Style"] ?? "" }
        #expect(styles == ["", "Bold", "", "Italic", "", "Underline", "", "Bold+Italic", "", "Bold+Underline"])
    }

    @Test func specialCharactersAreEscaped() {
        let xml = FDXWriter.write(FountainDocument(elements: [.action("Tom & \"Jerry\" <3 'cheese' > all", forced: false)]))
        #expect(xml.contains("Tom &amp; &quot;Jerry&quot; &lt;3 &apos;cheese&apos; &gt; all"))
        let outline = XMLOutline(xml)
        #expect(outline.isWellFormed)
        #expect(outline.nodes.first { $0.name == "Text" }?.text == "Tom & \"Jerry\" <3 'cheese' > all")
    }

    @Test func controlCharactersAreDroppedToStayWellFormed() {
        let xml = FDXWriter.write(FountainDocument(elements: [.action("bell\u{7} here", forced: false)]))
        #expect(XMLOutline(xml).isWellFormed)
    }

    @Test func dualDialogueIsWrappedInADualDialogueParagraph() {
        let document = FountainParser.parse("STEEL\nScrew retirement.\n\nBRICK ^\n(grinning)\nScrew retirement.\n\nThey drink.")
        let outline = XMLOutline(FDXWriter.write(document))
        #expect(outline.isWellFormed)
        let top = outline.scriptParagraphs
        #expect(top.count == 2)
        #expect(top[0].attributes["Type"] == nil)
        #expect(top[1].attributes["Type"] == "Action")
        let inner = outline.nodes.filter { $0.name == "Paragraph" && $0.ancestors.last == "DualDialogue" }
        #expect(inner.map { $0.attributes["Type"] ?? "" } == ["Character", "Dialogue", "Character", "Parenthetical", "Dialogue"])
    }

    @Test func pageBreakStartsTheNextParagraphOnANewPage() {
        let outline = XMLOutline(FDXWriter.write(FountainParser.parse("One.\n\n===\n\nTwo.")))
        #expect(outline.scriptParagraphs.map { $0.attributes["StartsNewPage"] } == [nil, "Yes"])
    }

    @Test func notesSectionsSynopsesAndBoneyardsAreDropped() {
        let document = FountainDocument(elements: [
            .note("n"), .section(level: 1, title: "s"), .synopsis("y"), .boneyard("b"), .action("Kept [[inline]].", forced: false),
            .action("[[only a note]] ", forced: true),
        ])
        let outline = XMLOutline(FDXWriter.write(document))
        #expect(outline.scriptParagraphs.count == 1)
        #expect(outline.text(ofParagraphAt: outline.nodes.firstIndex { $0.name == "Paragraph" } ?? 0) == "Kept .")
    }

    @Test func titlePageBecomesTitlePageParagraphs() {
        let document = FountainParser.parse(Fixtures.brickAndSteel)
        let outline = XMLOutline(FDXWriter.write(document))
        #expect(outline.isWellFormed)
        let titleParagraphs = outline.titlePageParagraphs
        #expect(titleParagraphs.count == 9)
        #expect(titleParagraphs.first?.attributes["Alignment"] == "Center")
        let firstTitle = outline.nodes.firstIndex { $0.name == "Paragraph" && $0.ancestors.contains("TitlePage") }
        #expect(firstTitle.map(outline.text(ofParagraphAt:)) == "BRICK & STEEL")
    }

    @Test func brickAndSteelConvertsWithTheRightParagraphCounts() {
        let outline = XMLOutline(FDXWriter.write(FountainParser.parse(Fixtures.brickAndSteel)))
        #expect(outline.isWellFormed)
        let all = outline.nodes.filter { $0.name == "Paragraph" && $0.ancestors.contains("TitlePage") == false }
        func count(_ type: String) -> Int { all.filter { $0.attributes["Type"] == type }.count }
        #expect(count("Scene Heading") == 8)
        #expect(count("Character") == 20)
        #expect(count("Transition") == 7)
        #expect(all.filter { $0.attributes["Alignment"] == "Center" }.count == 3)
        #expect(outline.nodes.filter { $0.name == "DualDialogue" }.count == 1)
    }

    @Test func chineseTextSurvivesConversion() {
        let outline = XMLOutline(FDXWriter.write(FountainParser.parse(Fixtures.cjkEpisode)))
        #expect(outline.isWellFormed)
        let texts = outline.nodes.filter { $0.name == "Text" }.map(\.text)
        #expect(texts.contains("内景 总裁办公室 - 夜"))
        #expect(texts.contains("林晚"))
        #expect(texts.contains("全剧终"))
    }
}
