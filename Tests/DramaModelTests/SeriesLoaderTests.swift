import Basics
import DramaModel
import Foundation
import Testing

@Suite struct SeriesLoaderTests {
    func errors(_ yaml: String) -> [Diagnostic] {
        let (_, diagnostics) = SeriesLoader.read(yaml: yaml, file: "series.yaml")
        return diagnostics.filter { $0.severity == .error }
    }

    @Test func validBibleLoadsWithEveryField() throws {
        let loaded = try SeriesLoader.load(yaml: BibleFixtures.valid)
        let series = loaded.series
        #expect(series.title == "Midnight Contract")
        #expect(series.genre == .romance)
        #expect(series.format == SeriesFormat(episodes: 12, targetSeconds: 90, paywallEpisode: 4, aspect: .vertical, languages: [.en]))
        #expect(series.writer.seed == 7)
        #expect(series.characters.map(\.id) == ["chloe", "adrian", "vivian"])
        #expect(series.characters[0].look.palette == ["#1f3a5f", "#f2e8cf"])
        #expect(series.characters[0].voice.rate == 170)
        #expect(series.locations[1].setting == .exterior)
        #expect(series.props[0].holder == "chloe")
        #expect(series.secrets[0].revealIn == 3)
        #expect(series.arcs[0].episodes == 1...12)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func writtenBibleReadsBackUnchanged() throws {
        let series = try SeriesLoader.load(yaml: BibleFixtures.valid).series
        let again = try SeriesLoader.load(yaml: SeriesYAMLWriter.yaml(for: series)).series
        #expect(again == series)
    }

    @Test(arguments: ["a: b", "- dash first", "yes", "no", "123", "# hash", "it's \"quoted\"", "line\nbreak", "中文：冒号", "trailing ", " leading", "@at", "[bracket]", "{brace}", "null", "~", "colon: inside", "x #comment"])
    func trickyTextSurvivesTheYAMLWriter(text: String) throws {
        var series = try SeriesLoader.load(yaml: BibleFixtures.valid).series
        series.premise = text
        series.characters[0].description = text
        let again = try SeriesLoader.load(yaml: SeriesYAMLWriter.yaml(for: series)).series
        #expect(again.premise == text)
        #expect(again.characters[0].description == text)
    }

    @Test func syntaxErrorNamesLineAndColumn() throws {
        let yaml = BibleFixtures.replacing("tone: sweet and sharp", with: "tone: [sweet, sharp")
        let found = errors(yaml)
        let error = try #require(found.first)
        #expect(found.count == 1)
        #expect(error.message.contains("YAML syntax error"))
        #expect(error.line != nil && error.column != nil)
        #expect(error.description.hasPrefix("series.yaml:"))
    }

    @Test func wrongTypeNamesFieldPathAndLine() throws {
        let found = errors(BibleFixtures.replacing("episodes: 12", with: "episodes: twelve"))
        let error = try #require(found.first { $0.fieldPath == "format.episodes" })
        #expect(error.line == 6)
        #expect(error.column == 13)
        #expect(error.message.contains("whole number"))
    }

    @Test func unknownKeyIsRejectedWithDidYouMean() throws {
        let found = errors(BibleFixtures.replacing("tone: sweet and sharp", with: "tonne: sweet and sharp"))
        let error = try #require(found.first { $0.fieldPath == "tonne" })
        #expect(error.message.contains("unknown key 'tonne'"))
        #expect(error.message.contains("Did you mean 'tone'?"))
        #expect(error.line == 4)
        #expect(error.column == 1)
    }

    @Test func unknownNestedKeyNamesItsPath() throws {
        let found = errors(BibleFixtures.replacing("      pitch: 60", with: "      pich: 60"))
        let error = try #require(found.first)
        #expect(error.fieldPath == "characters[0].voice.pich")
        #expect(error.message.contains("Did you mean 'pitch'?"))
        #expect(error.line == 23)
    }

    @Test func unknownEnumValueSuggestsTheNearestOne() throws {
        let error = try #require(errors(BibleFixtures.replacing("genre: romance", with: "genre: romanse")).first)
        #expect(error.fieldPath == "genre")
        #expect(error.message.contains("Did you mean 'romance'?"))
        #expect(error.hint?.contains("romance, revenge, suspense, palace") == true)
    }

    @Test func missingRequiredFieldIsReportedAtItsMapping() throws {
        let error = try #require(errors(BibleFixtures.replacing("    name: Adrian Gu\n", with: "")).first)
        #expect(error.fieldPath == "characters[1].name")
        #expect(error.message.contains("missing required field 'name'"))
        #expect(error.line == 25)
    }

    @Test func duplicateIDsAreReported() throws {
        let error = try #require(errors(BibleFixtures.replacing("id: vivian", with: "id: chloe")).first)
        #expect(error.fieldPath == "characters[2].id")
        #expect(error.message.contains("duplicate id 'chloe'"))
        #expect(error.line == 29)
    }

    @Test func invalidIDSuggestsAValidOne() throws {
        let error = try #require(errors(BibleFixtures.replacing("id: rooftop", with: "id: Roof Top")).first)
        #expect(error.fieldPath == "locations[1].id")
        #expect(error.hint?.contains("roof-top") == true)
    }

    @Test func danglingReferencesAreReportedWithDidYouMean() throws {
        let found = errors(BibleFixtures.replacing("reveal_to: chloe", with: "reveal_to: cloe"))
        let error = try #require(found.first)
        #expect(error.fieldPath == "secrets[0].reveal_to")
        #expect(error.message.contains("no character has the id 'cloe'"))
        #expect(error.message.contains("Did you mean 'chloe'?"))
        #expect(error.line == 51)
    }

    @Test func paywallAfterTheLastEpisodeIsAnError() throws {
        let error = try #require(errors(BibleFixtures.replacing("paywall_episode: 4", with: "paywall_episode: 13")).first)
        #expect(error.fieldPath == "format.paywall_episode")
        #expect(error.message.contains("after the last episode"))
        #expect(error.line == 8)
    }

    @Test(arguments: [14, 601, 0])
    func targetLengthOutside15To600SecondsIsAnError(seconds: Int) throws {
        let error = try #require(errors(BibleFixtures.replacing("target_seconds: 90", with: "target_seconds: \(seconds)")).first)
        #expect(error.fieldPath == "format.target_seconds")
        #expect(error.message.contains("outside 15–600 s"))
    }

    @Test(arguments: [15, 600])
    func targetLengthAtTheBoundsIsAccepted(seconds: Int) {
        #expect(errors(BibleFixtures.replacing("target_seconds: 90", with: "target_seconds: \(seconds)")).isEmpty)
    }

    @Test func realPersonWithoutConsentIsAnError() throws {
        let error = try #require(errors(BibleFixtures.replacing("kind: original", with: "kind: real-person")).first)
        #expect(error.fieldPath == "characters[2].likeness.consent")
        #expect(error.message.contains("real person"))
    }

    @Test func duplicateYAMLKeysAreReported() throws {
        let error = try #require(errors(BibleFixtures.replacing("tone: sweet and sharp", with: "tone: sweet\ntone: sharp")).first)
        #expect(error.message.contains("duplicate key 'tone'"))
        #expect(error.line != nil)
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        var yaml = BibleFixtures.replacing("episodes: 12", with: "episodes: twelve")
        yaml = yaml.replacingOccurrences(of: "tone: sweet and sharp", with: "tonne: sweet")
        yaml = yaml.replacingOccurrences(of: "reveal_to: chloe", with: "reveal_to: nobody")
        yaml = yaml.replacingOccurrences(of: "id: vivian", with: "id: chloe")
        yaml = yaml.replacingOccurrences(of: "genre: romance", with: "genre: horror")
        let found = errors(yaml)
        let paths = Set(found.compactMap(\.fieldPath))
        // Schema errors and semantic errors together, although the format could not be read.
        #expect(paths == ["format.episodes", "tonne", "characters[2].id", "genre", "secrets[0].reveal_to"], "\(paths)")
        #expect(found.allSatisfy { $0.line != nil })
    }

    @Test func loadThrowsInvalidBibleWithSortedDiagnostics() throws {
        var yaml = BibleFixtures.replacing("reveal_to: chloe", with: "reveal_to: nobody")
        yaml = yaml.replacingOccurrences(of: "paywall_episode: 4", with: "paywall_episode: 40")
        let error = try #require(throws: DramaModelError.self) { try SeriesLoader.load(yaml: yaml) }
        #expect(error.code == .invalidBible)
        #expect(error.diagnostics.count == 2)
        #expect(error.diagnostics.map(\.line) == error.diagnostics.map(\.line).sorted { ($0 ?? 0) < ($1 ?? 0) })
        #expect(error.message.contains("2 errors"))
    }

    @Test func emptyFileIsAnError() {
        #expect(errors("").first?.message == "the file is empty")
    }

    @Test func missingFileSaysHowToCreateOne() throws {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/series.yaml")
        let error = try #require(throws: DramaModelError.self) { try SeriesLoader.load(contentsOf: url) }
        #expect(error.code == .fileUnreadable)
        #expect(error.message.contains("cliff new"))
    }
}
