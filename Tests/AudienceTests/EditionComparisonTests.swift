import Audience
import DramaModel
import Foundation
import Production
import StoryEngine
import TestSupport
import Testing

/// Insights across editions: a synthetic audience watches an English series and its Chinese
/// edition, with planted per-language losses at two lines; the comparison finds those lines by
/// their ids, each in the right edition, far above any difference the editions' words make.
@Suite struct EditionComparisonTests {
    struct Edition {
        var language: Language
        var series: String
        var scripts: [EpisodeScript]
        var bible: Series
    }

    static func editions() throws -> [Edition] {
        let writer = BeatSheetWriter()
        let series = try writer.makeBible(PremiseRequest(
            premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 4, seed: 3, targetSeconds: 60))
        let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
        let root = try temporaryDirectory("cliff-edition-audience").appendingPathComponent("show")
        let project = try SeriesProject.create(at: root, series: series, scripts: scripts)
        let made = try EditionMaker(project: project, language: .zh).prepare()
        return [Edition(language: .en, series: "show", scripts: scripts, bible: series), Edition(language: .zh, series: "show.zh", scripts: made.scripts, bible: made.series)]
    }

    func input(_ edition: Edition, viewers: Int, seed: UInt64, planted: [LineID: Double]) async throws -> EditionComparison.Input {
        var episodes: [SimulatedEpisode] = []
        var maps: [StoryMap] = []
        for script in edition.scripts {
            let (timeline, breakdown) = SimulatedEpisode.estimatedStory(from: script, series: edition.bible)
            episodes.append(SimulatedEpisode(number: script.number, timeline: timeline, breakdown: breakdown))
            maps.append(StoryMap(episode: script.number, timeline: timeline, breakdown: breakdown))
        }
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        var settings = SimulatedAudience.Settings(viewers: viewers, seed: seed, start: start)
        settings.lineLeaving = planted
        let run = SimulatedAudience(settings: settings).run(series: edition.series, episodes: episodes)
        let store = try AudienceStore(projectDirectory: try temporaryDirectory("cliff-edition-events").path)
        var from = 0
        while from < run.events.count {
            let to = min(run.events.count, from + 1000)
            _ = try await store.ingest(SimulationRun.batchBody(run.events[from..<to]), knownSeries: nil, receivedAt: start.addingTimeInterval(86_400))
            from = to
        }
        let durations = Dictionary(uniqueKeysWithValues: episodes.map { ($0.number, $0.duration) })
        let metrics = try await store.metrics(series: edition.series, configuration: MetricsConfiguration(episodeDurations: durations))
        return EditionComparison.Input(language: edition.language, series: edition.series, metrics: metrics, maps: maps)
    }

    @Test func linesThatLoseOneEditionsViewersAreFoundByTheirIDs() async throws {
        let editions = try Self.editions()
        // One line of episode 2 loses Chinese viewers, one of episode 3 English ones.
        let chineseLoss = LineID(episode: 2, ordinal: 6), englishLoss = LineID(episode: 3, ordinal: 4)
        let english = try await input(editions[0], viewers: 3_000, seed: 5, planted: [englishLoss: 0.12])
        let chinese = try await input(editions[1], viewers: 3_000, seed: 6, planted: [chineseLoss: 0.12])
        let comparison = EditionComparison([english, chinese])
        #expect(comparison.editions.map(\.language) == ["en", "zh"])
        #expect(comparison.editions.allSatisfy { $0.starts > 0 })
        // The two planted lines are the two strongest findings, each in its own edition. (The
        // synthetic viewers also react to what the lines are — their length, their heat — so
        // smaller differences between the editions are real, and may be listed after them.)
        let strongest = comparison.findings.prefix(2).map { "\($0.line) \($0.language)" }
        #expect(Set(strongest) == ["\(chineseLoss) zh", "\(englishLoss) en"], "\(comparison.text)")
        let finding = try #require(comparison.findings.first { $0.line == chineseLoss })
        #expect(finding.lossRate > finding.othersLossRate * 5)
        #expect(finding.text?.unicodeScalars.contains { $0.properties.isIdeographic } == true)
        #expect(comparison.text.contains("\(chineseLoss)") && comparison.text.contains("loses zh viewers"))

        // Without planted losses neither line is singled out, and nothing comes near their strength.
        let plainEnglish = try await input(editions[0], viewers: 3_000, seed: 7, planted: [:])
        let plainChinese = try await input(editions[1], viewers: 3_000, seed: 8, planted: [:])
        let plain = EditionComparison([plainEnglish, plainChinese])
        #expect(!plain.findings.contains { $0.line == chineseLoss || $0.line == englishLoss }, "\(plain.text)")
        let weakestPlanted = comparison.findings.prefix(2).map(\.z).min() ?? 0
        #expect((plain.findings.map(\.z).max() ?? 0) < weakestPlanted / 2, "\(plain.text)")
    }
}
