import Basics
import DramaModel
import Foundation
@testable import StoryEngine
import TestSupport
import Testing

@Suite struct ProjectPhrasebookTests {
    /// A project folder holding `phrasebooks/` with the given files.
    func project(_ files: [String: String]) throws -> SeriesProject {
        let root = try temporaryDirectory("cliff-phrasebooks")
        let folder = root.appendingPathComponent(ProjectPhrasebooks.folderName)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return SeriesProject(root: root)
    }

    func season(_ phrasebooks: ProjectPhrasebooks, _ request: PremiseRequest = Seasons.request(.romance, .en, episodes: 30, target: 40)) throws -> Seasons.Season {
        let writer = BeatSheetWriter(phrasebooks: phrasebooks)
        let series = try writer.makeBible(request)
        let plan = try writer.planSeason(series)
        return Seasons.Season(series: series, plan: plan, scripts: try writer.writeSeason(series, plan: plan))
    }

    @Test func theWriterSpeaksTheProjectsEntriesAndReplacedSectionsHoldOnlyThem() throws {
        let project = try project([
            "romance.en.phrasebook": "# the keeper's hooks\n[replace hook]\nThe lighthouse keeper never lies, {to}.\nThe tide keeps every secret, {to}.\n",
            "common.en.phrasebook": "[replace hook]\n",
        ])
        let phrasebooks = try project.loadPhrasebooks()
        #expect(phrasebooks.files.count == 2)
        let kit = try phrasebooks.kit(.romance, .en)
        #expect(kit.templates("hook").count == 2)
        #expect(kit.templates("accuse").count == (try GenreKit.load(.romance, .en)).templates("accuse").count)

        let scripts = try season(phrasebooks).scripts.map(\.text).joined()
        #expect(scripts.contains("The lighthouse keeper never lies"))
        #expect(scripts.contains("The tide keeps every secret"))
    }

    /// A line marked `hero:` is said only by the protagonist's side, one marked `villain:` only
    /// by the other side; the marker itself is never spoken.
    @Test func aLineMarkedForOneSideIsSaidOnlyByThatSide() throws {
        let cliffs = """
            [replace cliff]
            hero: The lighthouse remembers you, {to}.
            hero: The lighthouse keeps its promises, {to}.
            hero: The lighthouse has seen this before.
            villain: The storm takes what it wants, {to}.
            villain: The storm never forgets a debt.
            villain: The storm is already at your door.
            """
        let project = try project(["romance.en.phrasebook": cliffs + "\n", "common.en.phrasebook": "[replace cliff]\n"])
        let phrasebooks = try project.loadPhrasebooks()
        let kit = try phrasebooks.kit(.romance, .en)
        #expect(kit.templates("cliff").map(\.side) == [.hero, .hero, .hero, .villain, .villain, .villain])
        let request = Seasons.request(.romance, .en, episodes: 30, target: 40)
        var spoken: [Side: Int] = [:]
        try Seasons.eachDraft(request, phrasebooks: phrasebooks) { series, episode, draft in
            for said in draft.lines.joined().compactMap(\.said) where said.text.hasPrefix("The lighthouse") || said.text.hasPrefix("The storm") {
                let side = try #require(series.character(id: said.speaker).flatMap { Side($0.role) })
                #expect(side == (said.text.hasPrefix("The lighthouse") ? .hero : .villain), "episode \(episode.number): \(said.speaker) says \(said.text)")
                spoken[side, default: 0] += 1
            }
        }
        #expect(spoken[.hero, default: 0] > 0 && spoken[.villain, default: 0] > 0, "both sides' lines are spoken: \(spoken)")
        #expect(try !season(phrasebooks, request).scripts.map(\.text).joined().contains("hero:"))
    }

    @Test func aProjectSectionAddsItsEntriesAfterTheBuiltInOnes() throws {
        let project = try project(["romance.en.phrasebook": "[name.f]\nMarisol\n[hook]\nSalt on the wind, {to}.\n"])
        let kit = try project.loadPhrasebooks().kit(.romance, .en)
        let builtIn = try GenreKit.load(.romance, .en)
        #expect(kit.femaleNames == builtIn.femaleNames + ["Marisol"])
        #expect(kit.templates("hook").count == builtIn.templates("hook").count + 1)
        // Other genres and languages keep the built-in kits.
        #expect(try project.loadPhrasebooks().kits.keys.map(\.genre) == [.romance])
    }

    @Test func withoutProjectPhrasebooksTheWriterWritesTheBuiltInWordsByteForByte() throws {
        let empty = try project([:])
        let zhOnly = try project(["palace.zh.phrasebook": "[hook]\n本宫今日就要讨个公道，{to}。\n"])
        let builtIn = try season(.builtIn)
        #expect(try empty.loadPhrasebooks().isEmpty)
        #expect(try season(empty.loadPhrasebooks()).scripts == builtIn.scripts)
        #expect(try season(zhOnly.loadPhrasebooks()).scripts == builtIn.scripts)
        let missing = SeriesProject(root: FileManager.default.temporaryDirectory.appendingPathComponent("cliff-none-\(UUID().uuidString)"))
        #expect(try missing.loadPhrasebooks().isEmpty)
    }

    @Test func everyProblemInEveryFileIsReportedWithItsLocationAndFix() throws {
        let project = try project([
            "romance.en.phrasebook": """
                # hooks
                [hook]
                Fine line, {to}.
                [acuse]
                You did it.
                [tease]
                Hello {nobdy} and {to
                [cast]
                lead | m | the keeper
                hero | x | the hero | | someone
                [place]
                pier | EXT. PIER | the pier | out | the old pier
                gate | PALACE GATE - NIGHT | the gate | ext | red doors
                """,
            "common.en.phrasebook": "oops\n[cast]\nlead | m | a | | b\n",
            "romanse.en.phrasebook": "[hook]\nHi.\n",
            "notes.txt": "",
        ])
        let error = #expect(throws: StoryEngineError.self) { try project.loadPhrasebooks() }
        #expect(error?.code == .invalidPhrasebook)
        let folder = project.displayPath(project.phrasebooksURL)
        let found = Set((error?.diagnostics ?? []).map { "\($0.file.dropFirst(folder.count + 1)):\($0.line ?? 0):\($0.column ?? 0)" })
        #expect(found == [
            "common.en.phrasebook:1:1",  // entry before any section
            "common.en.phrasebook:2:1",  // a table in the common phrasebook
            "notes.txt:0:0",  // not a phrasebook name
            "romanse.en.phrasebook:0:0",  // unknown genre
            "romance.en.phrasebook:4:2",  // unknown section [acuse]
            "romance.en.phrasebook:7:7",  // unknown slot {nobdy}
            "romance.en.phrasebook:7:19",  // '{' without '}'
            "romance.en.phrasebook:9:1",  // [cast] row with 3 columns
            "romance.en.phrasebook:10:1",  // unknown role
            "romance.en.phrasebook:10:8",  // gender x
            "romance.en.phrasebook:12:31",  // place kind out
            "romance.en.phrasebook:13:8",  // a place named with its time of day
        ])
        for diagnostic in error?.diagnostics ?? [] {
            #expect(!(diagnostic.hint ?? "").isEmpty, "\(diagnostic) says how to fix it")
        }
        let acuse = try #require(error?.diagnostics.first { $0.message.contains("[acuse]") })
        #expect(acuse.hint?.contains("Did you mean 'accuse'?") == true)
        #expect(error?.description.contains("romance.en.phrasebook:7:7: error: [tease]: unknown slot {nobdy}") == true)
    }

    @Test func replacingASectionWithNothingIsLocatedAtItsHeader() throws {
        let project = try project([
            "suspense.en.phrasebook": "[replace cliff]\n[replace cast]\n",
            "common.en.phrasebook": "\n\n[replace cliff]\n",
        ])
        let error = #expect(throws: StoryEngineError.self) { try project.loadPhrasebooks() }
        let messages = (error?.diagnostics ?? []).map { "\($0.file.split(separator: "/").last ?? ""):\($0.line ?? 0) \($0.message)" }
        #expect(messages.contains("suspense.en.phrasebook:1 no entries left for [cliff] in suspense en"))
        #expect(messages.contains("suspense.en.phrasebook:2 [cast] of suspense en has no protagonist"))
    }

    @Test func aNewProjectKeepsTheFolderPhrasebooksItWasCreatedIn() throws {
        let project = try project(["romance.en.phrasebook": "[hook]\nSalt on the wind, {to}.\n"])
        let season = try self.season(try project.loadPhrasebooks())
        let created = try SeriesProject.create(at: project.root, series: season.series, scripts: season.scripts)
        let kept = try String(contentsOf: created.phrasebooksURL.appendingPathComponent("romance.en.phrasebook"), encoding: .utf8)
        #expect(kept == "[hook]\nSalt on the wind, {to}.\n")
        #expect(FileManager.default.fileExists(atPath: created.bibleURL.path))
        #expect(try created.loadPhrasebooks().files.count == 1)
    }

    @Test func aPhrasebookThatIsNotCleanUTF8IsLocatedAtTheBadByte() throws {
        let project = try project(["romance.en.phrasebook": "[hook]\nFine line, {to}.\n"])
        let file = project.phrasebooksURL.appendingPathComponent("romance.en.phrasebook")
        try Data("[hook]\nFine \u{0}line.\nSalt \u{1B}[31m.\n".utf8 + [0xFF, 0x0A]).write(to: file)
        let error = #expect(throws: StoryEngineError.self) { try project.loadPhrasebooks() }
        let found = error?.diagnostics.map { "\($0.location) \($0.message)" } ?? []
        #expect(found.contains { $0.hasSuffix("romance.en.phrasebook:2:6 control character U+0000 is not allowed in text") })
        #expect(found.contains { $0.hasSuffix("romance.en.phrasebook:3:6 control character U+001B is not allowed in text") })
        #expect(found.contains { $0.hasSuffix("romance.en.phrasebook:4:1 byte 0xFF is not valid UTF-8") })
    }

    @Test func aPhrasebookLinkedFromOutsideTheProjectIsRefused() throws {
        let project = try project([:])
        let outside = try temporaryDirectory("cliff-outside").appendingPathComponent("outside.phrasebook")
        try Data("[hook]\nsecret line\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: project.phrasebooksURL.appendingPathComponent("romance.en.phrasebook"), withDestinationURL: outside)
        let error = #expect(throws: StoryEngineError.self) { try project.loadPhrasebooks() }
        #expect(error?.diagnostics.first?.message.contains("leads outside the project folder") == true)
        #expect(!"\(error.map { "\($0)" } ?? "")".contains("secret line"))

        let linked = try self.project([:])
        try FileManager.default.removeItem(at: linked.phrasebooksURL)
        try FileManager.default.createSymbolicLink(at: linked.phrasebooksURL, withDestinationURL: outside.deletingLastPathComponent())
        let folderError = #expect(throws: StoryEngineError.self) { try linked.loadPhrasebooks() }
        #expect(folderError?.message.contains("phrasebooks folder leads outside the project folder") == true)
    }
}
