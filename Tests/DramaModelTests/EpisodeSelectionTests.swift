import DramaModel
import Testing

@Suite struct EpisodeSelectionTests {
    @Test func rangesAndListsParse() throws {
        #expect(try EpisodeSelection(parsing: "5-12").episodes(in: 80) == Array(5...12))
        #expect(try EpisodeSelection(parsing: "1-3,8").episodes(in: 80) == [1, 2, 3, 8])
        #expect(try EpisodeSelection(parsing: "7").episodes(in: 80) == [7])
    }

    @Test(arguments: ["", "0", "5-", "-5", "12-5", "a-b", "1,,2", "1-2-3"])
    func malformedRangesAreRejected(text: String) {
        #expect(throws: DramaModelError.self) { try EpisodeSelection(parsing: text) }
    }

    @Test func numbersBeyondTheSeasonAreReported() throws {
        let selection = try EpisodeSelection(parsing: "1-2,78-82")
        #expect(selection.outOfRange(in: 80) == [81, 82])
        #expect(try EpisodeSelection(parsing: "1-2,8-11,80").outOfRange(in: 80).isEmpty)
    }
}

extension EpisodeSelectionTests {
    @Test func numbersCompactIntoRanges() {
        #expect(EpisodeSelection(numbers: [8, 1, 2, 3, 3, 10, 11]).description == "1-3,8,10-11")
        #expect(EpisodeSelection(numbers: []).description == "")
    }
}
