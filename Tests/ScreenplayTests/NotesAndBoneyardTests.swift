import Screenplay
import Testing

@Suite struct NotesAndBoneyardTests {
    @Test func paragraphThatIsOnlyANoteIsANote() {
        #expect(elements("[[Check the continuity here.]]") == [.note("Check the continuity here.")])
    }

    @Test func noteMaySpanLines() {
        #expect(elements("[[First line\nsecond line\n  \nafter a gap]]") == [.note("First line\nsecond line\n\nafter a gap")])
    }

    @Test func inlineNotesStayInTheText() {
        #expect(elements("He opens the door. [[Is it locked?]] It creaks.") == [
            .action("He opens the door. [[Is it locked?]] It creaks.", forced: false),
        ])
    }

    @Test func noteFollowedByTextOnTheSameLineIsInline() {
        #expect(elements("[[A note]] and then action.") == [.action("[[A note]] and then action.", forced: false)])
    }

    @Test func standaloneBoneyardIsABoneyard() {
        #expect(elements("Before.\n\n/* An old scene */\n\nAfter.") == [
            .action("Before.", forced: false), .boneyard("An old scene"), .action("After.", forced: false),
        ])
    }

    @Test func boneyardMaySpanParagraphs() {
        let text = "/*\nINT. OLD SCENE - DAY\n\nBOB\nCut line.\n*/\n\nINT. NEW SCENE - DAY"
        #expect(elements(text) == [
            .boneyard("INT. OLD SCENE - DAY\n\nBOB\nCut line."), .sceneHeading(SceneHeading(text: "INT. NEW SCENE - DAY")),
        ])
    }

    @Test func boneyardInsideTextIsRemoved() {
        #expect(elements("He walks /* slowly */ away.") == [.action("He walks  away.", forced: false)])
    }

    @Test func multiLineBoneyardInsideTextIsRemoved() {
        #expect(elements("He walks /* slowly\n\nvery slowly */ away.\nThen stops.") == [
            .action("He walks  away.\nThen stops.", forced: false),
        ])
    }

    @Test func boneyardLinesInsideAParagraphDoNotSplitIt() {
        #expect(elements("BOB\nHello.\n/* cut: Goodbye. */\nSee you.") == [
            .character(CharacterCue(name: "BOB")), .dialogue("Hello.\nSee you."),
        ])
    }

    @Test func unterminatedBoneyardStaysLiteral() {
        #expect(elements("Price /* not closed") == [.action("Price /* not closed", forced: false)])
    }
}
