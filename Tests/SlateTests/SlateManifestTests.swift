import Basics
import DramaModel
import Foundation
import Production
import Slate
import StoryEngine
import TestSupport
import Testing

/// slate.yaml, the budget rule, and writing a slate to disk.
@Suite struct SlateManifestTests {
    static let premises = """
        A broke intern signs a contract marriage with a cold CEO | genre=romance seed=7 title=Paper Vows
        冷宫弃妃凭医术翻身，步步为营扳倒贵妃 | title=冷宫医妃
        A detective hunts the killer who framed her father | title=Paper Vows
        """

    static func draft(budget: Money? = nil) throws -> SlateDraft {
        let file = try PremisesFile.parse(Data(premises.utf8), file: "premises.txt")
        return try SlateDraft.write(file, season: .init(episodes: 12, targetSeconds: 30, pilotEpisodes: 2), budget: budget)
    }

    @Test func theManifestReadsBackWhatItWrote() throws {
        let draft = try Self.draft(budget: Money(dollars: "2.5"))
        let manifest = draft.manifest
        #expect(manifest.series.map(\.folder) == ["paper-vows", "冷宫医妃", "paper-vows-2"])
        #expect(manifest.series.map(\.id) == manifest.series.map(\.folder))
        #expect(manifest.series.map(\.line) == [1, 2, 3])
        #expect(manifest.series.map(\.genre) == [.romance, .palace, .suspense])
        #expect(manifest.series.map(\.language) == [.en, .zh, .en])
        #expect(manifest.series[0].seed == 7)
        #expect(manifest.series[1].seed == PremiseRequest(premise: "冷宫弃妃凭医术翻身，步步为营扳倒贵妃").resolvedSeed)
        #expect(manifest.series.allSatisfy { $0.pilotEpisodes == 2 && $0.seasonEpisodes == 12 && $0.targetSeconds == 30 })
        #expect(manifest.yaml.contains("budget_usd: 2.5 "))
        let read = try SlateManifest.load(yaml: manifest.yaml)
        #expect(read == manifest)
        var uncapped = manifest
        uncapped.budget = nil
        uncapped.deliverable = .final
        #expect(try SlateManifest.load(yaml: uncapped.yaml) == uncapped)
    }

    @Test func aSunsetSeriesIsWrittenAndReadBackAndAnUnknownStatusIsLocated() throws {
        var manifest = try Self.draft().manifest
        manifest.series[1].status = .sunset
        #expect(manifest.yaml.contains("    status: sunset  # by cliff slate decide"))
        #expect(!manifest.yaml.contains("    status: active"))
        let read = try SlateManifest.load(yaml: manifest.yaml)
        #expect(read.series.map(\.status) == [.active, .sunset, .active])
        let broken = manifest.yaml.replacingOccurrences(of: "status: sunset", with: "status: paused")
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("status: paused") }! + 1
        do throws(SlateError) {
            _ = try SlateManifest.load(yaml: broken, file: "spring/slate.yaml")
            Issue.record("an unknown status was accepted")
        } catch {
            #expect(error.diagnostics.map { "\($0.location) \($0.fieldPath ?? "")" } == ["spring/slate.yaml:\(line):13 series[1].status"])
        }
    }

    @Test func aBrokenManifestNamesEveryProblemWithItsLineAndField() throws {
        let yaml = """
            deliverable: draft
            budget_usd: lots
            series:
              - id: a
                folder: ../elsewhere
                title: A
                premise: A broke intern signs a contract marriage
                genre: fantasy
                language: en
                seed: 1
                season_episodes: 10
                target_seconds: 30
                pilot_episodes: 11
              - id: a
                folder: b
                title: B
                premise: Another
                genre: romance
                language: en
                seed: -1
                season_episodes: 10
                target_seconds: 30
                pilot_episodes: 1
                mood: dark
            """
        do throws(SlateError) {
            _ = try SlateManifest.load(yaml: yaml, file: "spring/slate.yaml")
            Issue.record("a broken manifest was accepted")
        } catch {
            #expect(error.code == .invalidManifest)
            let found = error.diagnostics.map { "\($0.location) \($0.fieldPath ?? "")" }
            for expected in [
                "spring/slate.yaml:1:14 deliverable", "spring/slate.yaml:2:13 budget_usd", "spring/slate.yaml:5:13 series[0].folder",
                "spring/slate.yaml:8:12 series[0].genre", "spring/slate.yaml:13:21 series[0].pilot_episodes", "spring/slate.yaml:14:9 series[1].id",
                "spring/slate.yaml:20:11 series[1].seed", "spring/slate.yaml:24:5 series[1].mood",
            ] {
                #expect(found.contains(expected), "\(expected) not in \(found)")
            }
            #expect(error.diagnostics.count == 8, "\(found)")
        }
    }

    @Test func theBudgetStopsAPilotThatWouldGoPastItAndHoldsTheNextRunToWhatIsLeft() throws {
        let dollars = { (text: String) in Money(dollars: text)! }
        let budget = SlateBudget(cap: dollars("1.00"))
        #expect(budget.check(spent: dollars("0.40"), next: dollars("0.60")) == .go(remaining: .zero))
        #expect(budget.check(spent: dollars("0.40"), next: dollars("0.61")) == .stop(over: dollars("0.01")))
        #expect(budget.check(spent: dollars("1.20"), next: .zero) == .stop(over: dollars("0.20")))
        // A series that spent 0.10 of a slate that spent 0.40 may go to 0.70 in all.
        #expect(budget.seriesCap(seriesSpent: dollars("0.10"), slateSpent: dollars("0.40")) == dollars("0.70"))
        #expect(budget.seriesCap(seriesSpent: dollars("0.10"), slateSpent: dollars("1.30")) == dollars("0.10"))
        let none = SlateBudget(cap: nil)
        #expect(none.check(spent: dollars("1000"), next: dollars("1000")) == .go(remaining: nil))
        #expect(none.seriesCap(seriesSpent: .zero, slateSpent: .zero) == nil)
    }

    @Test func aSlateIsWrittenWholeIntoANewOrEmptyFolderAndNeverOverAnother() throws {
        let folder = try temporaryDirectory("slate-draft")
        let root = folder.appendingPathComponent("spring")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)  // empty: taken over
        let draft = try Self.draft()
        try draft.create(at: root, settings: Data("workers: 1\n".utf8), shown: "spring")
        for item in draft.items {
            let project = root.appendingPathComponent(item.record.folder)
            let series = try SeriesProject(root: project).loadBible().series
            #expect(series.title == item.record.title && series.format.episodes == 12)
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("episodes/ep012.fountain").path))
            #expect(try String(contentsOf: project.appendingPathComponent("cliff.yaml"), encoding: .utf8) == "workers: 1\n")
        }
        #expect(try SlateManifest.read(slate: root, displayName: "spring/slate.yaml") == draft.manifest)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["spring"])  // no staging left
        let before = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
        do throws(SlateError) {
            try draft.create(at: root, settings: Data(), shown: "spring")
            Issue.record("a slate was written over another")
        } catch {
            #expect(error.code == .slateExists)
            #expect(error.message.contains("cliff slate produce spring"))
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted() == before)
    }
}
