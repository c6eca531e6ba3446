import DramaModel
import Screenplay
import Testing
@testable import StoryEngine

@Suite struct FountainAssemblerTests {
    /// Episode 1 of a short season, with one marker action line per beat (`beat 0`, `beat 1`, …).
    static func markedEpisode() throws -> (Series, EpisodePlan, [[FountainAssembler.Line]]) {
        let season = try Seasons.write(PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 6, seed: 3))
        let plan = season.plan.episodes[0]
        let lines = plan.beats.indices.map { [FountainAssembler.Line.action("beat \($0)")] }
        return (season.series, plan, lines)
    }

    /// The marker lines in the order the script has them, each with the beat note before it.
    static func beatsInScript(_ document: FountainDocument) -> [(note: String, marker: String)] {
        var out: [(String, String)] = []
        var note = ""
        for element in document.elements {
            if case .note(let text) = element, text.hasPrefix("beat: ") { note = text }
            if case .action(let text, _) = element, text.hasPrefix("beat ") { out.append((note, text)) }
        }
        return out
    }

    @Test func everyBeatsLinesFollowTheirOwnBeatNote() throws {
        let (series, plan, lines) = try Self.markedEpisode()
        let document = FountainAssembler(series: series).assemble(
            plan, lines: lines, injuryAtStart: { _ in nil }, exitLine: { "\($0.character) leaves." }, author: "test")
        let found = Self.beatsInScript(document)
        #expect(found.map(\.marker) == plan.beats.indices.map { "beat \($0)" })
        #expect(found.map(\.note) == plan.beats.map { "beat: \($0.kind.rawValue)" })
    }

    @Test func aSceneAtAnUnknownPlaceSkipsOnlyItsOwnBeats() throws {
        let (series, original, lines) = try Self.markedEpisode()
        var plan = original
        try #require(plan.scenes.count >= 2)
        plan.scenes[0].location = "a-place-the-bible-does-not-have"
        let skipped = plan.scenes[0].beats.count
        let document = FountainAssembler(series: series).assemble(
            plan, lines: lines, injuryAtStart: { _ in nil }, exitLine: { "\($0.character) leaves." }, author: "test")
        let found = Self.beatsInScript(document)
        // The later scenes keep their own lines under their own beats: nothing shifts.
        #expect(found.map(\.marker) == (skipped..<plan.beats.count).map { "beat \($0)" })
        #expect(found.map(\.note) == plan.beats.dropFirst(skipped).map { "beat: \($0.kind.rawValue)" })
        let headings = document.elements.compactMap { element -> String? in
            if case .sceneHeading(let heading) = element { return heading.text } else { return nil }
        }
        #expect(headings.count == plan.scenes.count - 1)
    }

    @Test func theBuiltInWriterAssemblesThroughTheSharedAssembler() throws {
        let season = try Seasons.write(PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 6, seed: 3))
        for script in season.scripts {
            let beatNotes = script.document.elements.compactMap { element -> String? in
                if case .note(let text) = element, text.hasPrefix("beat: ") { return text } else { return nil }
            }
            #expect(beatNotes == script.plan.beats.map { "beat: \($0.kind.rawValue)" }, "episode \(script.number)")
            #expect(script.document.titlePage.contains { $0.key == "Author" && $0.values == [StoryText(language: .en).writerName] })
        }
    }
}
