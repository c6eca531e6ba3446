import Screenplay
import Testing

@Suite struct TransitionAndCenteredTests {
    @Test(arguments: ["CUT TO:", "SMASH CUT TO:", "DISSOLVE TO:", "MATCH CUT TO:"])
    func uppercaseLineEndingInToColonIsATransition(_ line: String) {
        #expect(elements("Action.\n\n\(line)\n\nINT. HOUSE - DAY") == [
            .action("Action.", forced: false), .transition(line, forced: false),
            .sceneHeading(SceneHeading(text: "INT. HOUSE - DAY")),
        ])
    }

    @Test(arguments: ["FADE OUT.", "FADE TO BLACK.", "CUT TO BLACK.", "GO TO:", "TO:"])
    func closingTransitionsAndShortToLinesAreTransitions(_ line: String) {
        #expect(elements("Action.\n\n\(line)\n\nMore action.") == [
            .action("Action.", forced: false), .transition(line, forced: false), .action("More action.", forced: false),
        ])
    }

    @Test func trailingWhitespaceKeepsALineFromBeingATransition() {
        #expect(elements("CUT TO: \n") == [.action("CUT TO:", forced: false)])
        #expect(elements("FADE OUT.\t") == [.action("FADE OUT.", forced: false)])
    }

    @Test func fadeInIsNotATransition() {
        #expect(elements("\nFADE IN:\n\nINT. HOUSE - DAY") == [
            .action("FADE IN:", forced: false), .sceneHeading(SceneHeading(text: "INT. HOUSE - DAY")),
        ])
    }

    @Test func indentedTransitionIsStillATransition() {
        #expect(elements("\t\t\t\tCUT TO:") == [.transition("CUT TO:", forced: false)])
    }

    @Test func transitionNeedsBlankLinesAround() {
        #expect(elements("He leaves.\nCUT TO:") == [.action("He leaves.\nCUT TO:", forced: false)])
        #expect(elements("\nCUT TO:\nHe leaves.") == [.character(CharacterCue(name: "CUT TO:")), .dialogue("He leaves.")])
    }

    @Test func mixedCaseLineEndingInToIsAction() {
        #expect(elements("\nCut to:") == [.action("Cut to:", forced: false)])
    }

    @Test func greaterThanForcesATransition() {
        #expect(elements(">SMASH CUT") == [.transition("SMASH CUT", forced: true)])
        #expect(elements("> BURN TO PINK.") == [.transition("BURN TO PINK.", forced: true)])
    }

    @Test func textBetweenGreaterAndLessThanIsCentered() {
        #expect(elements("> THE END <") == [.centered("THE END")])
        #expect(elements(">THE END<") == [.centered("THE END")])
    }

    @Test func consecutiveCenteredLinesFormOneElement() {
        #expect(elements("> BRICK BRADDOCK <\n> & DICK STEEL IN <") == [.centered("BRICK BRADDOCK\n& DICK STEEL IN")])
    }

    @Test func centeredChineseText() {
        #expect(elements("> 全剧终 <") == [.centered("全剧终")])
    }
}
