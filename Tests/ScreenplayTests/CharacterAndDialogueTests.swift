import Screenplay
import Testing

@Suite struct CharacterAndDialogueTests {
    @Test func uppercaseLineFollowedByTextIsACharacterWithDialogue() {
        #expect(elements("STEEL\nBeer's ready!") == [
            .character(CharacterCue(name: "STEEL")), .dialogue("Beer's ready!"),
        ])
    }

    @Test func characterNamesMayContainDigitsAndPunctuation() {
        #expect(elements("R2D2\nBeep.").first == .character(CharacterCue(name: "R2D2")))
        #expect(elements("DR. O'NEIL-SMITH\nHi.").first == .character(CharacterCue(name: "DR. O'NEIL-SMITH")))
    }

    @Test func characterNameMustContainALetter() {
        #expect(elements("123\n456") == [.action("123\n456", forced: false)])
    }

    @Test func characterNeedsABlankLineBefore() {
        #expect(elements("He turns.\nSTEEL\nHello.") == [.action("He turns.\nSTEEL\nHello.", forced: false)])
    }

    @Test func uppercaseLineWithoutFollowingTextIsAction() {
        #expect(elements("BOOM!\n\nThe house explodes.") == [
            .action("BOOM!", forced: false), .action("The house explodes.", forced: false),
        ])
    }

    @Test func extensionsAreSplitFromTheName() {
        #expect(elements("MOM (O.S.) (CONT'D)\nLuke!").first
            == .character(CharacterCue(name: "MOM", extensions: ["O.S.", "CONT'D"])))
    }

    @Test func extensionsMayBeLowercase() {
        #expect(elements("HANS (on the radio)\nWhat?").first
            == .character(CharacterCue(name: "HANS", extensions: ["on the radio"])))
    }

    @Test func forcedCharacterStartsWithAnAt() {
        #expect(elements("@McCLANE\nYippee ki-yay!") == [
            .character(CharacterCue(name: "McCLANE", forced: true)), .dialogue("Yippee ki-yay!"),
        ])
    }

    @Test func mixedCaseLineIsNotACharacterUnlessForced() {
        #expect(elements("McCLANE\nYippee.") == [.action("McCLANE\nYippee.", forced: false)])
    }

    @Test func forcedChineseCharacterSpeaks() {
        #expect(elements("@林晚 (V.O.)\n你到底是谁？") == [
            .character(CharacterCue(name: "林晚", extensions: ["V.O."], forced: true)), .dialogue("你到底是谁？"),
        ])
    }

    @Test func chineseTextIsNeverTreatedAsACharacterWithoutAnAt() {
        #expect(elements("林晚\n你好。") == [.action("林晚\n你好。", forced: false)])
    }

    @Test func caretMarksDualDialogue() {
        let parsed = elements("BRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.")
        #expect(parsed == [
            .character(CharacterCue(name: "BRICK")), .dialogue("Screw retirement."),
            .character(CharacterCue(name: "STEEL", dualDialogue: true)), .dialogue("Screw retirement."),
        ])
    }

    @Test func dualDialogueCombinesWithExtensionsAndForcing() {
        #expect(elements("@Steel (V.O.) ^\nHi.").first
            == .character(CharacterCue(name: "Steel", extensions: ["V.O."], forced: true, dualDialogue: true)))
    }

    @Test func parentheticalsSitInsideDialogue() {
        #expect(elements("STEEL\n(beer raised)\nTo retirement.\n(pause)\nCheers.") == [
            .character(CharacterCue(name: "STEEL")), .parenthetical("(beer raised)"), .dialogue("To retirement."),
            .parenthetical("(pause)"), .dialogue("Cheers."),
        ])
    }

    @Test func dialogueKeepsItsLineBreaks() {
        #expect(elements("DAN\nThen let's retire them.\n_Permanently_.") == [
            .character(CharacterCue(name: "DAN")), .dialogue("Then let's retire them.\n_Permanently_."),
        ])
    }

    @Test func twoSpacesKeepABlankLineInsideDialogue() {
        #expect(elements("DEALER\nTen.\nFour.\n  \nAnd a six.") == [
            .character(CharacterCue(name: "DEALER")), .dialogue("Ten.\nFour.\n\nAnd a six."),
        ])
    }

    @Test func blankLineEndsDialogue() {
        #expect(elements("BRICK\nHi.\n\nHe leaves.") == [
            .character(CharacterCue(name: "BRICK")), .dialogue("Hi."), .action("He leaves.", forced: false),
        ])
    }

    @Test func indentedDialogueIsUnindented() {
        #expect(elements("\t\t\tJACK\n\t\t(in Vietnamese)\n\tDid you know?") == [
            .character(CharacterCue(name: "JACK")), .parenthetical("(in Vietnamese)"), .dialogue("Did you know?"),
        ])
    }

    @Test func lyricsInsideDialogueAreLyrics() {
        #expect(elements("WILLY\n~Come with me\n~and you'll be\n(smiling)\nIn a world.") == [
            .character(CharacterCue(name: "WILLY")), .lyrics("Come with me\nand you'll be"),
            .parenthetical("(smiling)"), .dialogue("In a world."),
        ])
    }

    @Test func headingLikeLinesInsideDialogueAreDialogue() {
        #expect(elements("BOB\nINT. NOT A HEADING") == [.character(CharacterCue(name: "BOB")), .dialogue("INT. NOT A HEADING")])
    }
}
