import Screenplay
import Testing

@Suite struct SceneHeadingTests {
    @Test(arguments: [
        "INT. HOUSE - DAY", "EXT. ROOF - NIGHT", "EST. CITY - DAWN", "INT./EXT. CAR - MOVING",
        "INT/EXT CAR - MOVING", "I/E. BUS - DAY", "INT HOUSE - DAY", "int. kitchen - continuous",
        "Ext. garden",
    ])
    func standardPrefixesStartASceneHeading(_ line: String) {
        #expect(elements("\n\(line)\n\nAction.") == [
            .sceneHeading(SceneHeading(text: line)), .action("Action.", forced: false),
        ])
    }

    @Test(arguments: ["INTERIOR HOUSE", "EXTRA EXTRA", "INT:HOUSE", "ESTATE SALE"])
    func prefixesMustBeFollowedByAPeriodOrSpace(_ line: String) {
        #expect(elements("\n" + line) == [.action(line, forced: false)])
    }

    @Test func sceneHeadingNeedsABlankLineBefore() {
        #expect(elements("He runs.\nINT. HOUSE - DAY\n") == [.action("He runs.\nINT. HOUSE - DAY", forced: false)])
    }

    @Test func sceneHeadingIsAcceptedWithoutABlankLineAfter() {
        #expect(elements("INT. HOUSE - DAY\nHe runs.") == [
            .sceneHeading(SceneHeading(text: "INT. HOUSE - DAY")), .action("He runs.", forced: false),
        ])
    }

    @Test func forcedSceneHeadingStartsWithAPeriod() {
        #expect(elements(".SNIPER SCOPE POV") == [.sceneHeading(SceneHeading(text: "SNIPER SCOPE POV", forced: true))])
    }

    @Test func ellipsisDoesNotForceASceneHeading() {
        #expect(elements("...and then nothing.") == [.action("...and then nothing.", forced: false)])
        #expect(elements("..two dots") == [.action("..two dots", forced: false)])
    }

    @Test(arguments: [("#1#", "1"), ("#1A#", "1A"), ("#I-1-A#", "I-1-A"), ("#110A.1#", "110A.1")])
    func sceneNumbersAreSplitOffTheHeading(_ marker: String, _ number: String) {
        #expect(elements("INT. HOUSE - DAY \(marker)") == [
            .sceneHeading(SceneHeading(text: "INT. HOUSE - DAY", sceneNumber: number)),
        ])
    }

    @Test func forcedHeadingsCanHaveSceneNumbers() {
        #expect(elements(".FLASHBACK #7#") == [.sceneHeading(SceneHeading(text: "FLASHBACK", sceneNumber: "7", forced: true))])
    }

    @Test func malformedSceneNumbersStayInTheText() {
        #expect(elements("INT. HOUSE #1 2#") == [.sceneHeading(SceneHeading(text: "INT. HOUSE #1 2#"))])
    }

    @Test func forcedChineseSceneHeadingKeepsItsText() {
        #expect(elements(".内景 总裁办公室 - 夜") == [.sceneHeading(SceneHeading(text: "内景 总裁办公室 - 夜", forced: true))])
    }
}
