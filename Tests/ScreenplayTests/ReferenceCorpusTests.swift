import Screenplay
import Testing

/// The reference Fountain parser's test corpus (github.com/nyousefi/Fountain, MIT licence),
/// parsed the way its tests (`SceneHeaderTests.m`, `TransitionTests.m`, `DialogueTests.m`,
/// `SyntaxTests.m`, `ForcedElementTests.m`, `NoteTests.m`, `SectionAndSynopsisTests.m`,
/// `IndentingTests.m`, `BoneyardTests.m`, `BigFishTests.m`, `BrickAndSteelTests.m`) expect.
///
/// Where the two models differ the tests say so: the reference gives every line of a
/// multi-line action, and every `> centered <` line, an element of its own, calls centered
/// text a centered action, and flags both cues of a dual dialogue; here a paragraph is one
/// element, consecutive centered lines are one `.centered`, and only the `^` cue is flagged
/// (the cue before it is its partner). Texts are trimmed, where the reference keeps the space
/// after `#` or `=` and a dialogue line's indentation. A few reference assertions contradict
/// the Fountain specification or each other; each is noted where it comes up.
@Suite struct ReferenceCorpusTests {
    /// `SceneHeaders.fountain` and `SceneHeaderTests.m`: every INT/EXT/EST/I/E form is a scene
    /// heading, with or without a period, and names the place `HOUSE`.
    @Test func sceneHeadersCorpus() {
        let parsed = elements(ReferenceCorpus.sceneHeaders)
        let headings = [
            "INT. HOUSE - DAY", "EXT. HOUSE - DAY", "INT HOUSE DAY", "EXT HOUSE DAY", "INT/EXT. HOUSE - DAY",
            "INT./EXT. HOUSE - DAY", "I/E. HOUSE - DAY", "I./E. HOUSE - DAY", "I/E HOUSE DAY", "INT - HOUSE - DAY",
            "EXT - HOUSE - DAY", "EST. HOUSE - DAY", "EST HOUSE DAY", "INT. HOUSE - DAY (1979)",
        ]
        let expected: [FountainElement] =
            headings.map { .sceneHeading(SceneHeading(text: $0)) } + [
                .sceneHeading(SceneHeading(text: "KITCHEN", forced: true)),  // testForcedSceneHeader
                .action("... not a scene header.", forced: false),  // testNotAForcedSceneHeader
                // testRequiresBlockLinesBeforeAndAfter: without a blank line after it, a line in
                // capitals is a character cue, as the specification says, so neither is a heading.
                .character(CharacterCue(name: "INT. HOUSE - DAY")), .dialogue("EXT. HOUSE - DAY"),
                .action("ESTABLISHING", forced: false),  // testNeedsSeparatorAfterPrefix
                .sceneHeading(SceneHeading(text: "int. house - day")),  // testNoCaps
            ]
        #expect(parsed == expected)

        let parts = parsed.compactMap { element -> SceneHeading? in
            if case .sceneHeading(let heading) = element { return heading }
            return nil
        }
        #expect(parts.prefix(14).map(\.location) == Array(repeating: "HOUSE", count: 14))
        #expect(parts.prefix(13).map(\.timeOfDay) == [String?](repeating: "DAY", count: 13))
        #expect(parts[13].timeOfDay == "DAY (1979)")
        #expect(parts[14].location == "KITCHEN")
        #expect(parts[14].timeOfDay == nil)
        #expect(parts[15].location == "house")
        #expect(parts[15].timeOfDay == "day")
    }

    /// `Transitions.fountain` and `TransitionTests.m`: lines in capitals ending in `TO:` (even
    /// `TO:` alone), `FADE TO BLACK.`, and anything after `>`.
    ///
    /// `CUT TO:` followed by spaces is action, as `SyntaxTests.m` (testNullifiedTransition) and
    /// the note in `Simple.fountain` say; `TransitionTests.m` asserts the opposite under the
    /// name testNotTransitionWithTrailingSpaces, which contradicts its own name.
    @Test func transitionsCorpus() {
        #expect(elements(ReferenceCorpus.transitions) == [
            .transition("CUT TO:", forced: false),  // testCutTo
            .transition("SMASH CUT TO:", forced: false),  // testSmashCutTo
            .transition("FADE TO BLACK.", forced: false),  // testFadeToBlack
            .transition("NOT A STANDARD TRANSITION:", forced: true),  // testForcedTransition
            .action("CUT TO:", forced: false),  // trailing spaces nullify it
            .transition("GO TO:", forced: false),  // testCustomTransitionEndingWithTo
            .transition("TO:", forced: false),  // testMinimumTransition
        ])
    }

    /// `Dialogue.fountain` and `DialogueTests.m`: cues with extensions (any case), numbers and
    /// indentation, parentheticals anywhere in the block, a two-space line inside dialogue, and
    /// a `^` cue without its caret.
    ///
    /// `23 (O.S.)` is action: the specification says a cue needs a letter ("R2D2 works, but 23
    /// does not"), and the reference test is named testCueCannotBeALLNumerical, though its
    /// indices count the line as a cue. The reference's types for dialogue lines (it asserts
    /// "Parenthetical" for indices 1, 8, 12, 16 and 29) are not taken over.
    @Test func dialogueCorpus() {
        #expect(elements(ReferenceCorpus.dialogue) == [
            .character(CharacterCue(name: "ADAM")), .dialogue("I like to write."),  // testCharacterCue
            .character(CharacterCue(name: "EVE", extensions: ["O.S."])), .dialogue("What kind of writing?"),
            .character(CharacterCue(name: "ADAM")), .parenthetical("(nervous)"), .dialogue("Screenwriting."),
            .character(CharacterCue(name: "EVE")), .dialogue("ME TOO!"),  // testDialogueAllCaps
            .character(CharacterCue(name: "EVE", extensions: ["cont'd"])),  // testCueWithLowercaseContd
            .dialogue("I think screenwriting is the best."),
            .character(CharacterCue(name: "ADAM")),
            .dialogue("That's great.\nI was really worried you wouldn't\nlike screenwriting."),
            .character(CharacterCue(name: "EVE")), .dialogue("Oh, Adam."),
            .parenthetical("(kissing him)"),  // testParentheticalAtEndOfBlock
            .character(CharacterCue(name: "ADAM")), .dialogue("I love you."),
            .character(CharacterCue(name: "EVE", dualDialogue: true)),  // testCueWithCaret, testRemovalOfCaretMarkup
            .dialogue("You're so stupid."),
            .character(CharacterCue(name: "R2D2")),  // testCharacterCueWithNumbers
            .dialogue("Bleep Boop."), .parenthetical("(*This is a valid character cue.*)"),
            .action("23 (O.S.)\nCharacter name must include a letter", forced: false),
            .character(CharacterCue(name: "ADAM")),
            .dialogue("That was really weird.\nI can be weird to. Here's\na space in the dialogue\nblock\n\nfor absolutely no good\nreason."),
            .character(CharacterCue(name: "EVE")),  // testCueCanBeIndented
            .parenthetical("(feeling cocky)"),  // testParentheticalCanBeIndent
            .dialogue("Well, then I'll just indent!"),  // testDialogueCanBeIndented
        ])
    }

    /// `DualDialogue.fountain`: the `^` cue is the second speaker; the cue before it is its partner.
    @Test func dualDialogueCorpus() {
        #expect(elements(ReferenceCorpus.dualDialogue) == [
            .character(CharacterCue(name: "ADAM")), .dialogue("Yes."),
            .character(CharacterCue(name: "EVE", dualDialogue: true)), .dialogue("No."),
        ])
    }

    /// `CenteredText.fountain`: `>` and `<` around text center it, with or without spaces; a
    /// `>` alone forces a transition.
    @Test func centeredTextCorpus() {
        #expect(elements(ReferenceCorpus.centeredText) == [
            .centered("Centered"), .transition("Not centered", forced: true), .centered("No space"), .centered("Lots of Space"),
        ])
    }

    /// `Indenting.fountain` and `IndentingTests.m`: indentation does not hide a transition, a
    /// cue, a parenthetical or dialogue.
    @Test func indentingCorpus() {
        #expect(elements(ReferenceCorpus.indenting) == [
            .transition("CUT TO:", forced: false),  // testTransition
            .sceneHeading(SceneHeading(text: "INT. GARAGE - DAY")),
            .action(
                "BRICK and STEEL get into Mom's PORSCHE, Steel at the wheel.  They pause for a beat, the gravity of the situation catching up with them.",
                forced: false),
            .character(CharacterCue(name: "BRICK")),  // testCharacterCue
            .dialogue("This is everybody we've ever put away."),  // testDialogue
            .character(CharacterCue(name: "STEEL")),
            .parenthetical("(starting the engine)"),  // testParenthetical
            .dialogue("So much for retirement!"),
            .action("They speed off.  To destiny!", forced: false),
        ])
    }

    /// `MultilineAction.fountain`: a paragraph of action stays one element, even with a line in
    /// capitals inside (the reference splits it into one element per line).
    @Test func multilineActionCorpus() {
        #expect(elements(ReferenceCorpus.multilineAction) == [
            .action("A normal line of action.", forced: false),
            .action("This is a multi-line block of Action.\nMade famous by the great\nWALTER HILL\nbut used by many other writers.", forced: false),
            .action("A normal line of action.", forced: false),
        ])
    }

    /// `Sections.fountain` and `SectionAndSynopsisTests.m`: a synopsis and a deeper section
    /// directly under a section, without a blank line between.
    @Test func sectionsCorpus() {
        #expect(elements(ReferenceCorpus.sections) == [
            .section(level: 1, title: "Act 1"),
            .synopsis("Synopsis 1"),  // testSynopsisWithoutPrecedingNewline
            .sceneHeading(SceneHeading(text: "INT. LOCATION - DAY")),
            .section(level: 1, title: "Act 2"),  // testSectionHeader
            .section(level: 2, title: "Sequence 1"),  // testSectionHeaderWithoutPrecedingNewline
            .sceneHeading(SceneHeading(text: "INT. LOCATION - DAY")),
        ])
    }

    /// `SectionHeaders.fountain`: the number of `#` is the depth; the space after them is optional.
    @Test func sectionHeadersCorpus() {
        #expect(elements(ReferenceCorpus.sectionHeaders) == [
            .section(level: 1, title: "Act One"), .section(level: 1, title: "Act Two"), .section(level: 1, title: "ACT THREE"),
            .section(level: 1, title: "ACT FOUR"), .section(level: 1, title: "5"), .section(level: 2, title: "Level 2"),
            .section(level: 3, title: "Level 3"),
        ])
    }

    /// `Synopses.fountain`: `=` makes a synopsis, with or without a space.
    @Test func synopsesCorpus() {
        #expect(elements(ReferenceCorpus.synopses) == [
            .section(level: 1, title: "Act One"), .synopsis("This is the first act."),
            .section(level: 1, title: "Act Two"), .synopsis("This is another act."),
            .section(level: 1, title: "Act Three"), .synopsis("THE FINAL ACT"),
        ])
    }

    /// `Simple.fountain` and `SyntaxTests.m`: one of everything, at the reference's indices.
    @Test func simpleCorpus() {
        let document = FountainParser.parse(ReferenceCorpus.simple)
        #expect(document.titlePage == [
            TitlePageField(key: "Title", values: ["A Simple Script"]), TitlePageField(key: "Author", values: ["Nima Yousefi"]),
            TitlePageField(key: "Draft date", values: ["2/1/2012"]),
        ])
        #expect(document.elements == [
            .action("FADE IN:", forced: false),
            .sceneHeading(SceneHeading(text: "INT. OFFICE - MORNING")),  // testSceneHeadings (1)
            .action("A MAN sits alone at his desk.", forced: false),
            .character(CharacterCue(name: "MAN", extensions: ["V.O."])), .parenthetical("(passionately)"), .dialogue("I'm writing."),
            .pageBreak,
            .sceneHeading(SceneHeading(text: "ext. house - day")),  // testSceneHeadings (7)
            .action("Another scene.", forced: false),
            .transition("Burn to White.", forced: true),  // testTransitions (9)
            .centered("THE END"),
            .note("Comment"),  // testComments (11)
            .synopsis("Synopsis"),  // testSynopsis (12)
            .boneyard("This text is in the boneyard."),  // testBoneyard (13)
            .section(level: 1, title: "Section 1"),  // testSectionHeadings (14)
            .action("This is in section one.", forced: false),
            .section(level: 2, title: "Section 1-1"),  // testSectionHeadings (16)
            .action("This should be at a higher depth than the previous section.", forced: false),
            .sceneHeading(SceneHeading(text: "FORCED SCENE HEADING", forced: true)),  // testForcedSceneHeadings (18)
            .action("... Not a forced scene heading", forced: false),  // testForcedSceneHeadings (19)
            .boneyard("Boneyard 2"),  // testInLineBoneyard (20)
            .action(  // testFalseSectionHeading (21)
                "Scott exasperatedly throws down the card on the table and picks up the phone, hitting speed dial #1...",
                forced: false),
            .note("The following should not be considered a transition because it ends with one or more spaces."),
            .action("CUT TO:", forced: false),  // testNullifiedTransition (23)
        ])
    }

    /// `Notes.fountain` and `NoteTests.m`: a note alone in its paragraph, on one line or more,
    /// is a note; a note inside action stays in the action's text.
    @Test func notesCorpus() {
        #expect(elements(ReferenceCorpus.notes) == [
            .action("A line.", forced: false),
            .note("A note."),  // testSingleLineNote
            .note("This line spans\n  multiple lines."),  // testMuliLineNote
            .action("This is an [[internal]] note.", forced: false),
        ])
    }

    /// `ForcedElements.fountain` and `ForcedElementTests.m`: `!` forces action over several
    /// lines, `@` forces a mixed-case cue, `~` lines under a cue are lyrics.
    @Test func forcedElementsCorpus() {
        #expect(elements(ReferenceCorpus.forcedElements) == [
            .action("BANG\nBANG\nBANG", forced: true),  // testForcedAction
            .character(CharacterCue(name: "McDUCK", forced: true)),  // testForcedCharacterCue
            .dialogue("I'm vegan."),
            .character(CharacterCue(name: "SINGER")),
            .lyrics("These are the songs\nThat I sing."),  // testLyrics (4)
        ])
    }

    /// `Boneyard.fountain` and `BoneyardTests.m`: a boneyard on its own lines, on one line or
    /// several, is an element; one inside a line is cut out of it.
    @Test func boneyardCorpus() {
        #expect(elements(ReferenceCorpus.boneyard) == [
            .action("A line of action.", forced: false),
            .boneyard("This is an inline Boneyard."),  // testSingleLineBoneyard
            .boneyard("This is a\nmulti-line \nBoneyard."),  // testMultiLineBoneyard
            .action("This is an  boneyard.", forced: false),
        ])
    }

    /// `SceneNumbers.fountain`: `#…#` at the end of a heading is its scene number (letters,
    /// digits, `-` and `.`), and the heading keeps its location.
    @Test func sceneNumbersCorpus() {
        let headings = elements(ReferenceCorpus.sceneNumbers).compactMap { element -> SceneHeading? in
            if case .sceneHeading(let heading) = element { return heading }
            return nil
        }
        #expect(headings.map(\.sceneNumber) == ["1", "1A", "1a", "A1", "I-1-A", "1.", "110A"])
        #expect(headings.dropLast().allSatisfy { $0.text == "INT. HOUSE - DAY" })
        #expect(headings.last?.text == "INT. HOUSE - DAY - FLASHBACK (1944)")
        #expect(headings.allSatisfy { $0.location == "HOUSE" })
        #expect(headings.last?.timeOfDay == "DAY - FLASHBACK (1944)")
    }

    /// `PageBreaks.fountain`: three or more `=` alone make a page break.
    @Test func pageBreaksCorpus() {
        #expect(elements(ReferenceCorpus.pageBreaks) == [
            .action("Page one.", forced: false), .pageBreak, .action("Page two.", forced: false), .pageBreak,
            .action("Page three.", forced: false),
        ])
    }

    /// `Big Fish.fountain` and `BigFishTests.m`: the title page's six fields and every element
    /// kind at the indices the reference asserts (the two models agree on this script).
    @Test func bigFishCorpus() throws {
        let document = FountainParser.parse(ReferenceCorpus.bigFish)
        #expect(document.titlePage.map(\.key) == ["Title", "Credit", "Author", "Source", "Notes", "Copyright"])  // testTitlePage
        #expect(document.titlePage[0].values == ["Big Fish"])  // testTitle
        #expect(document.titlePage[1].values == ["written by"])  // testCredit
        #expect(document.titlePage[4].values == ["FINAL PRODUCTION DRAFT", "includes post-production dialogue", "and omitted scenes"])  // testNotes

        let elements = document.elements
        try #require(elements.count > 209)
        for index in [11, 17, 31, 50] { #expect(elements[index].kind == "scene heading", "\(index): \(elements[index])") }
        for index in [6, 9, 13, 19] { #expect(elements[index].kind == "character", "\(index): \(elements[index])") }
        for index in [7, 10, 14, 16, 20, 24] { #expect(elements[index].kind == "dialogue", "\(index): \(elements[index])") }
        for index in [15, 23, 40, 70] { #expect(elements[index].kind == "parenthetical", "\(index): \(elements[index])") }
        for index in [0, 3, 38] { #expect(elements[index].kind == "action", "\(index): \(elements[index])") }
        #expect(elements[1] == .pageBreak)  // testPageBreaks
        #expect(elements[209] == .transition("MATCH CUT TO:", forced: false))  // testTransitions

        #expect(elements[9] == .character(CharacterCue(name: "EDWARD", extensions: ["V.O.", "CONT’D"])))
        #expect(elements[2] == .action("**FADE IN:**", forced: false))
        let headings = elements.compactMap { element -> SceneHeading? in
            if case .sceneHeading(let heading) = element { return heading }
            return nil
        }
        #expect(headings.prefix(4).map(\.location) == ["WILL’S BEDROOM", "CAMPFIRE", "BLOOM FRONT HALL", "TINY PARIS RESTAURANT (LA RUE 14°)"])
        #expect(headings.prefix(4).map(\.timeOfDay) == ["NIGHT (1973)", "NIGHT (1977)", "NIGHT (1987)", "NIGHT (1998)"])
        let halfDark = headings.first { $0.text.contains("HALF-DARK") }
        #expect(halfDark?.location == "HALF-DARK PARIS APARTMENT")
        #expect(halfDark?.timeOfDay == "(PRESENT) DAY")
        let yard = headings.first { $0.text.contains("BACK YARD") }
        #expect(yard?.location == "BLOOM BACK YARD")
    }

    /// `Brick And Steel.txt` (``Fixtures/brickAndSteel``) and `BrickAndSteelTests.m`.
    ///
    /// Up to element 49 the indices are the reference's; after the two pairs of centered lines
    /// (reference 50–53, here 50 and 51) they are two lower. Both cues of the dual dialogue are
    /// 18 and 20; here the second carries the flag. The reference keeps the tab before
    /// `*Did you know…*` (testPreserveSpaces); dialogue here is unindented.
    @Test func brickAndSteelCorpus() throws {
        let document = FountainParser.parse(Fixtures.brickAndSteel)
        #expect(document.titlePage.count == 6)  // testTitlePage
        #expect(document.titlePage[0].values.count == 2)  // testTitle

        let elements = document.elements
        try #require(elements.count > 75)
        for index in [0, 23, 32, 40, 49, 53] { #expect(elements[index].kind == "scene heading", "\(index): \(elements[index])") }
        for index in [3, 5, 18, 20, 25] { #expect(elements[index].kind == "character", "\(index): \(elements[index])") }
        for index in [4, 12, 27] { #expect(elements[index].kind == "dialogue", "\(index): \(elements[index])") }
        for index in [11, 26] { #expect(elements[index].kind == "parenthetical", "\(index): \(elements[index])") }
        for index in [22, 31, 66, 75] { #expect(elements[index].kind == "transition", "\(index): \(elements[index])") }
        for index in [1, 16, 30] { #expect(elements[index].kind == "action", "\(index): \(elements[index])") }
        #expect(elements[50] == .centered("BRICK BRADDOCK\n& DICK STEEL IN"))  // testCenteredElements (50, 51)
        #expect(elements[51] == .centered("BRICK & STEEL\nFULL RETIRED"))  // testActions (52): a centered line
        #expect(elements[18] == .character(CharacterCue(name: "STEEL")))  // testDualDialogue: the partner
        #expect(elements[20] == .character(CharacterCue(name: "BRICK", dualDialogue: true)))
        #expect(elements[27] == .dialogue("*Did you know Brick and Steel are retired?*"))  // testPreserveSpaces
        #expect(elements[0] == .sceneHeading(SceneHeading(text: "EXT. BRICK'S PATIO - DAY")))
        let locations = elements.compactMap { element -> String? in
            if case .sceneHeading(let heading) = element { return heading.location }
            return nil
        }
        #expect(locations == [
            "BRICK'S PATIO", "TRAILER HOME", "BRICK'S POOL", "SNIPER SCOPE POV", "OPENING TITLES", "WOODEN SHACK", "GARAGE",
            "PALATIAL MANSION",
        ])
    }
}

extension FountainElement {
    /// The element's kind in words, for index-based checks against the reference's types.
    fileprivate var kind: String {
        switch self {
        case .sceneHeading: "scene heading"
        case .action: "action"
        case .character: "character"
        case .parenthetical: "parenthetical"
        case .dialogue: "dialogue"
        case .transition: "transition"
        case .centered: "centered"
        case .lyrics: "lyrics"
        case .note: "note"
        case .boneyard: "boneyard"
        case .section: "section"
        case .synopsis: "synopsis"
        case .pageBreak: "page break"
        }
    }
}
