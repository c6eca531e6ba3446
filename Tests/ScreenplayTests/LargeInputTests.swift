import Screenplay
import Testing

/// Large-input correctness; parse speed is measured by WriterBenchmark, not by timed tests.
@Suite struct LargeInputTests {
    /// One ~3 KB episode; a season is a hundred of them.
    static func episode(_ number: Int) -> String {
        var text = "# Episode \(number)\n\n"
        for scene in 1...12 {
            text += """
                INT. OFFICE \(scene) - NIGHT #\(number)-\(scene)#

                The rain hammers the window. *Lightning* flashes across the skyline.
                林晚推开门，办公室里一片漆黑。

                @林晚
                (quietly)
                You knew all along.
                  
                Didn't you?

                MR. GU ^
                I did. [[too on the nose?]]

                CUT TO:


                """
        }
        return text
    }

    @Test func aHundredEpisodeSeasonParsesAndWritesBackWhole() {
        let season = (1...100).map(Self.episode).joined()
        #expect(season.utf8.count > 250_000)
        let document = FountainParser.parse(season)
        #expect(document.elements.count == 100 * (1 + 12 * 8))
        #expect(FountainParser.parse(FountainWriter.write(document)).elements == document.elements)
    }
}
