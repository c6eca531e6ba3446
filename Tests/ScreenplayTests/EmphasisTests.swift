import Screenplay
import Testing

@Suite struct EmphasisTests {
    @Test func plainTextIsOneRun() {
        #expect(FountainEmphasis.runs(in: "Just words.") == [StyledRun(text: "Just words.")])
    }

    @Test func emptyTextHasNoRuns() {
        #expect(FountainEmphasis.runs(in: "").isEmpty)
    }

    @Test func singleAsterisksMakeItalics() {
        #expect(FountainEmphasis.runs(in: "an *italic* word") == [
            StyledRun(text: "an "), StyledRun(text: "italic", italic: true), StyledRun(text: " word"),
        ])
    }

    @Test func doubleAsterisksMakeBold() {
        #expect(FountainEmphasis.runs(in: "**bold**") == [StyledRun(text: "bold", bold: true)])
    }

    @Test func tripleAsterisksMakeBoldItalics() {
        #expect(FountainEmphasis.runs(in: "***both***") == [StyledRun(text: "both", bold: true, italic: true)])
    }

    @Test func underscoresMakeUnderline() {
        #expect(FountainEmphasis.runs(in: "_under_") == [StyledRun(text: "under", underline: true)])
    }

    @Test func stylesCombineAndNest() {
        #expect(FountainEmphasis.runs(in: "_**BRICK & STEEL**_") == [StyledRun(text: "BRICK & STEEL", bold: true, underline: true)])
        #expect(FountainEmphasis.runs(in: "**bold *both* bold**") == [
            StyledRun(text: "bold ", bold: true), StyledRun(text: "both", bold: true, italic: true),
            StyledRun(text: " bold", bold: true),
        ])
        #expect(FountainEmphasis.runs(in: "_Steel's face FILLS the *Leupold Mark 4* scope_") == [
            StyledRun(text: "Steel's face FILLS the ", underline: true),
            StyledRun(text: "Leupold Mark 4", italic: true, underline: true),
            StyledRun(text: " scope", underline: true),
        ])
    }

    @Test func backslashEscapesMarkers() {
        #expect(FountainEmphasis.runs(in: #"Steel enters the code: \*9765\*"#) == [StyledRun(text: "Steel enters the code: *9765*")])
        #expect(FountainEmphasis.runs(in: #"snake\_case\_name"#) == [StyledRun(text: "snake_case_name")])
    }

    @Test func unmatchedMarkersStayLiteral() {
        #expect(FountainEmphasis.runs(in: "5 * 3 = 15") == [StyledRun(text: "5 * 3 = 15")])
        #expect(FountainEmphasis.runs(in: "a *dangling star") == [StyledRun(text: "a *dangling star")])
        #expect(FountainEmphasis.runs(in: "**half bold*") == [StyledRun(text: "**half bold*")])
        #expect(FountainEmphasis.runs(in: "_open") == [StyledRun(text: "_open")])
    }

    @Test func markersMustHugTheirText() {
        #expect(FountainEmphasis.runs(in: "a * b * c") == [StyledRun(text: "a * b * c")])
    }

    @Test func emphasisDoesNotCrossLineBreaks() {
        #expect(FountainEmphasis.runs(in: "*one\ntwo*") == [StyledRun(text: "*one\ntwo*")])
    }

    @Test func emphasisWorksAroundChineseText() {
        #expect(FountainEmphasis.runs(in: "她说：**不要走**。") == [
            StyledRun(text: "她说："), StyledRun(text: "不要走", bold: true), StyledRun(text: "。"),
        ])
    }
}
