import Screenplay
import Testing

@Suite struct BrickAndSteelTests {
    let document = FountainParser.parse(Fixtures.brickAndSteel)

    @Test func titlePageHasAllSixFields() {
        #expect(document.titlePage.map(\.key) == ["Title", "Credit", "Author", "Source", "Draft date", "Contact"])
        #expect(document.titlePage[0].values == ["_**BRICK & STEEL**_", "_**FULL RETIRED**_"])
        #expect(document.titlePage[5].values == ["Next Level Productions", "1588 Mission Dr.", "Solvang, CA 93463"])
    }

    @Test func hasEightSceneHeadingsTwoOfThemForced() {
        let headings = document.elements.compactMap { element -> SceneHeading? in
            if case .sceneHeading(let heading) = element { return heading }
            return nil
        }
        #expect(headings.count == 8)
        #expect(headings.first?.text == "EXT. BRICK'S PATIO - DAY")
        #expect(headings.filter(\.forced).map(\.text) == ["SNIPER SCOPE POV", "OPENING TITLES"])
    }

    @Test func castIsRecognised() {
        let names = document.elements.compactMap { element -> String? in
            if case .character(let cue) = element { return cue.name }
            return nil
        }
        #expect(names.count == 20)
        #expect(Set(names) == ["STEEL", "BRICK", "JACK", "DAN", "COGNITO", "MINION", "HANDSOME MAN"])
    }

    @Test func transitionsIncludeTheIndentedAndTheForcedOne() {
        let transitions = document.elements.compactMap { element -> String? in
            if case .transition(let text, _) = element { return text }
            return nil
        }
        #expect(transitions == ["SMASH CUT TO:", "CUT TO:", "CUT TO:", "SMASH CUT TO:", "CUT TO:", "CUT TO:", "BURN TO PINK."])
        #expect(document.elements.contains(.transition("BURN TO PINK.", forced: true)))
    }

    @Test func centeredTitlesAndTheEnd() {
        let centered = document.elements.compactMap { element -> String? in
            if case .centered(let text) = element { return text }
            return nil
        }
        #expect(centered == ["BRICK BRADDOCK\n& DICK STEEL IN", "BRICK & STEEL\nFULL RETIRED", "THE END"])
        #expect(document.elements.last == .centered("THE END"))
    }

    @Test func dualDialogueAndIndentedDialogueAreParsed() {
        #expect(document.elements.contains(.character(CharacterCue(name: "BRICK", dualDialogue: true))))
        #expect(document.elements.contains(.parenthetical("(in Vietnamese, subtitled)")))
        #expect(document.elements.contains(.dialogue("*Did you know Brick and Steel are retired?*")))
        #expect(document.elements.contains(.dialogue("Then let's retire them.\n_Permanently_.")))
    }

    @Test func multiLineActionStaysOneParagraph() {
        #expect(document.elements.contains(.action("And then there's a long beat.\nLonger than is funny.\nLong enough to be depressing.", forced: false)))
    }

    @Test func phoneCallAlternatesDialogueAndParentheticals() {
        let start = document.elements.firstIndex(of: .dialogue("They're coming out of the woodwork!"))
        #expect(start.map { Array(document.elements[$0..<($0 + 5)]) } == [
            .dialogue("They're coming out of the woodwork!"), .parenthetical("(pause)"),
            .dialogue("No, everybody we've put away!"), .parenthetical("(pause)"), .dialogue("Point Blank Sniper?"),
        ])
    }

    @Test func locationsPointIntoTheSource() {
        #expect(document.locations.count == document.elements.count)
        #expect(document.locations.first == SourceLocation(line: 13, column: 1))
        let jack = document.elements.firstIndex(of: .character(CharacterCue(name: "JACK")))
        #expect(jack.map { document.locations[$0] } == SourceLocation(line: 57, column: 4))
    }
}
