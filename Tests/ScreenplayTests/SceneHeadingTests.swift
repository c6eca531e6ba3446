import Screenplay
import Testing

@Suite struct SceneHeadingTests {
    @Test(arguments: [
        "INT. HOUSE - DAY", "EXT. ROOF - NIGHT", "EST. CITY - DAWN", "INT./EXT. CAR - MOVING",
        "INT/EXT CAR - MOVING", "I/E. BUS - DAY", "INT HOUSE - DAY", "int. kitchen - continuous",
        "Ext. garden", "I./E. HOUSE - DAY", "INT - HOUSE - DAY", "EST HOUSE DAY", "EXT./INT. CAR - DAY", "E/I BUS - NIGHT",
        "INT\tHOUSE - DAY",
    ])
    func standardPrefixesStartASceneHeading(_ line: String) {
        #expect(elements("\n\(line)\n\nAction.") == [
            .sceneHeading(SceneHeading(text: line)), .action("Action.", forced: false),
        ])
    }

    @Test(arguments: ["INTERIOR HOUSE", "EXTRA EXTRA", "INT:HOUSE", "ESTATE SALE", "I/EXTRA", "I.E. HOUSE", "INT./EXT."])
    func prefixesMustBeFollowedByAPeriodOrSpace(_ line: String) {
        #expect(elements("\n" + line) == [.action(line, forced: false)])
    }

    @Test func sceneHeadingNeedsABlankLineBefore() {
        #expect(elements("He runs.\nINT. HOUSE - DAY\n") == [.action("He runs.\nINT. HOUSE - DAY", forced: false)])
    }

    @Test func sceneHeadingNeedsABlankLineAfter() {
        // A line in capitals directly followed by text is a character cue (Fountain 1.1).
        #expect(elements("INT. HOUSE - DAY\nHe runs.") == [.character(CharacterCue(name: "INT. HOUSE - DAY")), .dialogue("He runs.")])
        #expect(elements("int. house - day\nHe runs.") == [.action("int. house - day\nHe runs.", forced: false)])
    }

    @Test func forcedSceneHeadingIsAcceptedWithoutABlankLineAfter() {
        #expect(elements(".INT. HOUSE - DAY\nHe runs.") == [
            .sceneHeading(SceneHeading(text: "INT. HOUSE - DAY", forced: true)), .action("He runs.", forced: false),
        ])
    }

    @Test(arguments: [
        ("INT. HOUSE - DAY", "HOUSE", "DAY"), ("INT - HOUSE - DAY", "HOUSE", "DAY"), ("INT HOUSE DAY", "HOUSE", "DAY"),
        ("I./E. HOUSE - DAY", "HOUSE", "DAY"), ("INT./EXT. CAR - MOVING", "CAR - MOVING", nil),
        ("EXT. CITY STREET - NEAR THE BANK - NIGHT", "CITY STREET - NEAR THE BANK", "NIGHT"),
        ("INT. HOUSE - DAY - FLASHBACK (1944)", "HOUSE", "DAY - FLASHBACK (1944)"),
        ("INT.  HALF-DARK APARTMENT – (PRESENT) DAY", "HALF-DARK APARTMENT", "(PRESENT) DAY"),
        ("EXT. ROOF -- NIGHT", "ROOF", "NIGHT"), ("SNIPER SCOPE POV", "SNIPER SCOPE POV", nil),
        ("内景 总裁办公室 - 夜", "总裁办公室", "夜"), ("外景 花园 - 日", "花园", "日"), ("int. kitchen - continuous", "kitchen", "continuous"),
    ] as [(String, String, String?)])
    func locationIsTheHeadingWithoutPrefixSeparatorsAndTimeOfDay(_ text: String, _ location: String, _ time: String?) {
        let heading = SceneHeading(text: text)
        #expect(heading.location == location)
        #expect(heading.timeOfDay == time)
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
