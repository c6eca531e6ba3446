import Screenplay
import Testing

@Suite struct FountainWriterTests {
    @Test func writesCanonicalFountainWithBlankLinesAndATrailingNewline() {
        let document = FountainDocument(
            titlePage: [
                TitlePageField(key: "Title", values: ["BRICK & STEEL"]),
                TitlePageField(key: "Contact", values: ["Next Level Productions", "Solvang, CA"]),
            ],
            elements: [
                .sceneHeading(SceneHeading(text: "EXT. BRICK'S PATIO - DAY", sceneNumber: "1")),
                .action("A gorgeous day.", forced: false),
                .character(CharacterCue(name: "STEEL")), .parenthetical("(beer raised)"), .dialogue("To retirement."),
                .transition("CUT TO:", forced: false),
            ]
        )
        #expect(FountainWriter.write(document) == """
            Title: BRICK & STEEL
            Contact:
                Next Level Productions
                Solvang, CA

            EXT. BRICK'S PATIO - DAY #1#

            A gorgeous day.

            STEEL
            (beer raised)
            To retirement.

            CUT TO:

            """)
    }

    @Test func emptyDocumentWritesNothing() {
        #expect(FountainWriter.write(FountainDocument()) == "")
    }

    @Test func actionThatLooksLikeAnotherElementIsForced() {
        for text in ["INT. HOUSE - DAY", "CUT TO:", "SCANNING THE AISLES\nNothing.", "> THE END <", "~not a lyric", "# not a section", "= not a synopsis", "===", "[[not a note]]", ".not a heading", "@not a cue\nreally"] {
            let written = FountainWriter.write(FountainDocument(elements: [.action(text, forced: false)]))
            #expect(written == "!" + text + "\n")
        }
    }

    @Test func ordinaryActionIsNotForced() {
        let written = FountainWriter.write(FountainDocument(elements: [.action("He walks in.\n\tSlowly.", forced: false)]))
        #expect(written == "He walks in.\n\tSlowly.\n")
    }

    @Test func forcedFlagsAreKeptEvenWhenNotNeeded() {
        let document = FountainDocument(elements: [
            .action("Just action.", forced: true), .sceneHeading(SceneHeading(text: "INT. HOUSE", forced: true)),
            .transition("CUT TO:", forced: true),
        ])
        #expect(FountainWriter.write(document) == "!Just action.\n\n.INT. HOUSE\n\n>CUT TO:\n")
    }

    @Test func nonStandardHeadingIsForcedWithAPeriod() {
        let written = FountainWriter.write(FountainDocument(elements: [.sceneHeading(SceneHeading(text: "内景 总裁办公室 - 夜", forced: true))]))
        #expect(written == ".内景 总裁办公室 - 夜\n")
    }

    @Test func characterThatIsNotAllCapsIsForcedWithAnAt() {
        let document = FountainDocument(elements: [
            .character(CharacterCue(name: "McCLANE", forced: true)), .dialogue("Yippee."),
            .character(CharacterCue(name: "林晚", forced: true)), .dialogue("你好。"),
        ])
        #expect(FountainWriter.write(document) == "@McCLANE\nYippee.\n\n@林晚\n你好。\n")
    }

    @Test func characterNamedLikeASceneHeadingIsForced() {
        let document = FountainDocument(elements: [.character(CharacterCue(name: "INT. GUARD", forced: true)), .dialogue("Halt.")])
        #expect(FountainWriter.write(document) == "@INT. GUARD\nHalt.\n")
    }

    @Test func dualDialogueAndExtensionsAreWrittenOnTheCue() {
        let document = FountainDocument(elements: [
            .character(CharacterCue(name: "MOM", extensions: ["O.S.", "CONT'D"], dualDialogue: true)), .dialogue("Luke!"),
        ])
        #expect(FountainWriter.write(document) == "MOM (O.S.) (CONT'D) ^\nLuke!\n")
    }

    @Test func emptyLinesInsideDialogueBecomeTwoSpaces() {
        let document = FountainDocument(elements: [.character(CharacterCue(name: "DEALER")), .dialogue("Ten.\n\nAnd a six.")])
        #expect(FountainWriter.write(document) == "DEALER\nTen.\n  \nAnd a six.\n")
    }

    @Test func bodyThatReadsLikeATitlePageStartsWithABlankLine() {
        let document = FountainDocument(elements: [.action("Note: the lights flicker.", forced: false)])
        let written = FountainWriter.write(document)
        #expect(written == "\nNote: the lights flicker.\n")
        #expect(FountainParser.parse(written).titlePage.isEmpty)
    }

    @Test func everyOtherElementKindHasItsMarker() {
        let document = FountainDocument(elements: [
            .centered("THE END"), .lyrics("La la\nLa"), .note("Fix this"), .boneyard("old"),
            .section(level: 2, title: "Act Two"), .synopsis("Things happen."), .pageBreak, .transition("SMASH CUT", forced: true),
        ])
        #expect(FountainWriter.write(document) == """
            > THE END <

            ~La la
            ~La

            [[Fix this]]

            /* old */

            ## Act Two

            = Things happen.

            ===

            >SMASH CUT

            """)
    }
}
