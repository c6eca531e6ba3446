import Screenplay
import Testing

@Suite struct RoundTripTests {
    @Test func generatedDocumentsSurviveWritingAndParsing() {
        var generator = DocumentGenerator(seed: 2024)
        for _ in 0..<300 {
            let document = generator.document()
            let written = FountainWriter.write(document)
            let reparsed = FountainParser.parse(written)
            #expect(reparsed.titlePage == document.titlePage, "\(written)")
            #expect(reparsed.elements == document.elements, "\(written)")
            if reparsed.elements != document.elements { return }
        }
    }

    @Test func writingIsIdempotent() {
        var generator = DocumentGenerator(seed: 7)
        for _ in 0..<100 {
            let written = FountainWriter.write(generator.document())
            #expect(FountainWriter.write(FountainParser.parse(written)) == written)
        }
    }

    @Test(arguments: [Fixtures.brickAndSteel, Fixtures.cjkEpisode])
    func fixturesSurviveWritingAndParsing(_ source: String) {
        let document = FountainParser.parse(source)
        let reparsed = FountainParser.parse(FountainWriter.write(document))
        #expect(reparsed.titlePage == document.titlePage)
        #expect(reparsed.elements == document.elements)
    }

    @Test func everySingleElementKindRoundTrips() {
        let samples: [FountainElement] = [
            .sceneHeading(SceneHeading(text: "INT. HOUSE - DAY", sceneNumber: "1A")), .action("Action.", forced: false),
            .transition("CUT TO:", forced: false), .transition("SMASH CUT", forced: true), .centered("THE END"),
            .lyrics("~tilde inside"), .note("note"), .boneyard("bone"), .section(level: 3, title: "Beat"),
            .synopsis("Synopsis."), .pageBreak,
        ]
        for sample in samples {
            #expect(FountainParser.parse(FountainWriter.write(FountainDocument(elements: [sample]))).elements == [sample])
        }
    }
}
