import Basics
import DramaModel
import Foundation
import Screenplay
import TestSupport
import Testing
@testable import StoryEngine

@Suite struct ContinuityTests {
    var season: Seasons.Season { Seasons.romanceEN80 }

    func files(_ edit: (inout [Int: String]) -> Void = { _ in }) -> [(number: Int, file: String, text: String)] {
        var texts = Dictionary(uniqueKeysWithValues: season.scripts.map { ($0.number, $0.text) })
        edit(&texts)
        return texts.keys.sorted().map { ($0, "episodes/\(EpisodeScript.fileName($0))", texts[$0]!) }
    }

    @Test func aWrittenSeasonHasNoContinuityProblems() {
        #expect(ScriptChecker(series: season.series).check(files()).isEmpty)
    }

    @Test func theWriterNeverLetsAnAbsentCharacterSpeak() throws {
        // The plan sends the rival away for a stretch; the checker replays every note.
        let exits = season.plan.episodes.flatMap(\.closingEvents).filter { if case .exit = $0 { true } else { false } }
        #expect(!exits.isEmpty)
        var ledger = ContinuityLedger(series: season.series)
        for script in season.scripts {
            var present: [String] = []
            for element in script.document.elements {
                if case .character(let cue) = element {
                    let id = try #require(season.series.characters.first { $0.cue == cue.name }?.id)
                    #expect(ledger.isPresent(id), "\(cue.name) speaks in episode \(script.number) while away")
                    present.append(id)
                }
                if case .note(let note) = element, let event = ContinuityEvent(note: note) {
                    #expect(ledger.violation(of: event) == nil, "episode \(script.number): \(note)")
                    ledger.apply(event, episode: script.number, present: present)
                }
            }
        }
    }

    @Test func onlyCharactersWhoKnowASecretTeaseIt() throws {
        // A hint is said only by someone who knows that secret, before it comes out.
        var ledger = ContinuityLedger(series: season.series)
        for script in season.scripts {
            var cue = ""
            for element in script.document.elements {
                if case .character(let c) = element { cue = c.name }
                if case .dialogue(let line) = element {
                    let speaker = try #require(season.series.characters.first { $0.cue == cue })
                    for secret in season.series.secrets where line.contains(secret.hint) && line != secret.reveal {
                        #expect(ledger.knows(speaker.id, secret.id), "\(cue) teases '\(secret.id)' in episode \(script.number) without knowing it")
                        #expect(ledger.revealed[secret.id] == nil, "'\(secret.id)' is teased after it came out")
                    }
                }
                if case .note(let note) = element, let event = ContinuityEvent(note: note) { ledger.apply(event, episode: script.number) }
            }
        }
    }

    @Test func revealingASecretTwiceIsCaught() throws {
        let first = try #require(season.plan.episodes.first { !$0.reveals.isEmpty })
        let secret = first.reveals[0]
        let learner = try #require(season.series.secrets.first { $0.id == secret }?.revealTo)
        let later = first.number + 3
        let diagnostics = ScriptChecker(series: season.series).check(files { texts in
            texts[later] = texts[later]!.replacingOccurrences(of: "[[beat: hook]]", with: "[[reveal: \(secret) -> \(learner)]]\n\n[[beat: hook]]")
        })
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.file == "episodes/\(EpisodeScript.fileName(later))")
        #expect(error.line != nil)
        #expect(error.message.contains("already revealed in episode \(first.number)"))
    }

    @Test func aCharacterWhoLeftCannotSpeakBeforeReturning() throws {
        let exitEpisode = try #require(season.plan.episodes.first { $0.closingEvents.contains { if case .exit = $0 { true } else { false } } })
        guard case .exit(let id) = exitEpisode.closingEvents.first(where: { if case .exit = $0 { true } else { false } })! else { return }
        let member = try #require(season.series.character(id: id))
        let next = exitEpisode.number + 1
        let diagnostics = ScriptChecker(series: season.series).check(files { texts in
            texts[next] = texts[next]!.replacingOccurrences(of: "[[beat: hook]]", with: "[[beat: hook]]\n\n\(member.cue)\nI never left.")
        })
        let error = try #require(diagnostics.first)
        #expect(error.message.contains("left the story in episode \(exitEpisode.number)"))
        #expect(error.hint?.contains("[[return: \(id)]]") == true)
    }

    @Test func aSceneHeadingWithoutABlankLineAfterItIsExplained() throws {
        let location = season.series.locations[0].name
        let diagnostics = ScriptChecker(series: season.series).check(files { texts in
            texts[2] = texts[2]!.replacingOccurrences(of: "[[beat: hook]]", with: "[[beat: hook]]\n\nINT. \(location) - NIGHT\nThe lights go out.")
        })
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.message == "'INT. \(location) - NIGHT' reads as a character speaking, not as a scene heading: a scene heading needs a blank line after it")
        #expect(error.hint?.contains("add an empty line after") == true)
    }

    @Test func aLocationNamedWithItsTimeOfDayMatchesTheHeadingsWrittenWithIt() throws {
        // A bible from before place names were checked: "GATE - NIGHT" is written into headings
        // as "EXT. GATE - NIGHT - NIGHT", which reads back as "GATE".
        var series = season.series
        series.locations[0].name = "FORBIDDEN PALACE - GATE - NIGHT"
        let checker = ScriptChecker(series: series)
        #expect(checker.locationID(forHeading: "EXT. FORBIDDEN PALACE - GATE - NIGHT - NIGHT") == series.locations[0].id)
        #expect(checker.locationID(forHeading: "EXT. FORBIDDEN PALACE - GATE - NIGHT - DAY") == series.locations[0].id)
        #expect(checker.locationID(forHeading: "EXT. FORBIDDEN PALACE - DAY") == nil)
    }

    @Test func unknownCharactersLocationsAndNoteIDsAreLocatedWithDidYouMean() throws {
        let protagonist = try #require(season.series.character(role: .protagonist))
        let typo = String(protagonist.cue.dropLast())
        let location = season.series.locations[0].name
        let text = """
            Title: Test

            INT. \(location)X - NIGHT

            \(typo)
            Where is everyone?

            [[reveal: no-such-secret -> \(protagonist.id)]]

            """
        let diagnostics = ScriptChecker(series: season.series).check([(1, "episodes/ep001.fountain", text)])
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 3)
        #expect(errors[0].line == 3 && errors[0].message.contains("Did you mean '\(location)'?"))
        #expect(errors[1].line == 5 && errors[1].column == 1 && errors[1].message.contains("Did you mean '\(protagonist.cue)'?"))
        #expect(errors[2].line == 8 && errors[2].message.contains("unknown secret 'no-such-secret'"))
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("no script yet for episodes 2-80") })
    }

    @Test func noteTextRoundTripsThroughContinuityEvents() {
        let events: [ContinuityEvent] = [
            .reveal(secret: "donor", to: "chloe"), .exit(character: "vivian"), .return(character: "vivian"),
            .injury(character: "chloe", description: "a bandaged wrist"), .heal(character: "chloe"),
            .prop(prop: "contract", holder: "adrian"), .relationship("adrian", "chloe", .close),
        ]
        for event in events { #expect(ContinuityEvent(note: event.description) == event) }
        #expect(ContinuityEvent(note: "too on the nose?") == nil)
    }
}

@Suite(.serialized) struct ProjectTests {
    func temporaryFolder() throws -> URL { try temporaryDirectory("cliff-tests") }

    func smallSeason() throws -> Seasons.Season {
        try Seasons.write(PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 6, seed: 3))
    }

    @Test func createdProjectHoldsTheBibleAndEveryScript() throws {
        let season = try smallSeason()
        let root = try temporaryFolder().appendingPathComponent("demo")
        let project = try SeriesProject.create(at: root, series: season.series, scripts: season.scripts)
        #expect(try project.loadBible().series == season.series)
        #expect(project.scriptsOnDisk().map(\.text) == season.scripts.map(\.text))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.deletingLastPathComponent().path) == ["demo"])
    }

    @Test func creatingIntoAFolderWithContentIsRefused() throws {
        let season = try smallSeason()
        let root = try temporaryFolder()
        try Data("keep me".utf8).write(to: root.appendingPathComponent("notes.txt"))
        let error = try #require(throws: StoryEngineError.self) { try SeriesProject.create(at: root, series: season.series, scripts: season.scripts) }
        #expect(error.code == .projectExists)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["notes.txt"])
    }

    @Test func rewritingKeepsEpisodesPeopleEditedUnlessForced() throws {
        let season = try smallSeason()
        let project = try SeriesProject.create(at: try temporaryFolder().appendingPathComponent("p"), series: season.series, scripts: season.scripts)
        let edited = project.episodeURL(2)
        try Data((season.scripts[1].text + "\nA line a person added.\n").utf8).write(to: edited)
        try FileManager.default.removeItem(at: project.episodeURL(3))
        #expect(project.isEdited(2))
        #expect(!project.isEdited(1))

        let report = try project.writeEpisodes(season.scripts, force: false)
        #expect(report.keptEdited == [2])
        #expect(report.written == [3])
        #expect(report.unchanged == [1, 4, 5, 6])
        #expect(try String(contentsOf: edited, encoding: .utf8).contains("A line a person added."))

        let forced = try project.writeEpisodes(season.scripts, force: true)
        #expect(forced.written == [2])
        #expect(try String(contentsOf: edited, encoding: .utf8) == season.scripts[1].text)
        #expect(!project.isEdited(2))
    }

    @Test func aRunKilledBeforeWritingFilesLeavesNoScriptLookingEdited() throws {
        // The record of written hashes is saved first; if the process dies before the scripts
        // are replaced, the old scripts are still recognised as the writer's own.
        let season = try smallSeason()
        let project = try SeriesProject.create(at: try temporaryFolder().appendingPathComponent("p"), series: season.series, scripts: season.scripts)
        let other = try Seasons.write(PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 6, seed: 4))
        var manifest = project.loadManifest()
        for script in other.scripts { manifest.record(EpisodeScript.fileName(script.number), hash: SeriesProject.sha256(Data(script.text.utf8))) }
        try manifest.encoded().write(to: project.manifestURL)  // …and the process dies here.
        #expect((1...6).allSatisfy { !project.isEdited($0) })
        let report = try project.writeEpisodes(other.scripts, force: false)
        #expect(report.written == [1, 2, 3, 4, 5, 6])
    }
}
