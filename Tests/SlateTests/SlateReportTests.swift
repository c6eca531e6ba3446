import Audience
import Basics
import DramaModel
import Foundation
import Production
import Slate
import StoryEngine
import TestSupport
import Testing

/// The slate report: its figures are the audience metrics' definitions, its ranking finds a
/// planted appeal, its recommendations and intervals follow its documented rules.
@Suite struct SlateReportTests {
    static let premises = """
        A broke intern signs a contract marriage with a cold CEO | genre=romance seed=7 title=Paper Vows
        A detective hunts the killer who framed her father | title=Cold Case
        冷宫弃妃凭医术翻身，步步为营扳倒贵妃 | title=冷宫医妃
        A disgraced chef wins back the restaurant her husband stole | genre=revenge seed=12
        A nurse discovers her hospital sells the organs of the poor | genre=suspense title=Night Ward
        落魄实习生与冷面总裁签下一年契约婚姻 | genre=romance title=契约新娘
        """
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    /// Six series written as `cliff slate new` writes them; their pilots' estimated cuts.
    static let pilots: [(id: String, episodes: [SimulatedEpisode], paywall: Int?)] = {
        let file = try! PremisesFile.parse(Data(premises.utf8), file: "premises.txt")
        let draft = try! SlateDraft.write(file, season: .init(episodes: 30, targetSeconds: 60, pilotEpisodes: 3))
        return draft.items.map { item in
            let episodes = item.record.pilot.map { SimulatedEpisode.estimated(from: item.scripts[$0 - 1], series: item.series) }
            return (item.record.id, episodes, try! BeatSheetWriter().planSeason(item.series).episodes.first(where: \.isPaywall)?.number)
        }
    }()

    static func run(_ index: Int, appeal: Double, viewers: Int = 400, seed: UInt64 = 3) -> SimulationRun {
        let pilot = pilots[index]
        let settings = SimulatedAudience.Settings(viewers: viewers, seed: seed, start: start, appeal: appeal)
        return SimulatedAudience(settings: settings).run(series: pilot.id, episodes: pilot.episodes, paywallEpisode: pilot.paywall)
    }

    static func input(_ index: Int, _ run: SimulationRun, spend: Money = .zero, minutes: Double? = nil) -> SlateReport.Input {
        let pilot = pilots[index]
        return SlateReport.Input(
            id: pilot.id, title: pilot.id, pilotEpisodes: 3, paywallEpisode: pilot.paywall, viewers: PilotViewer.panel(run.events, pilotEpisodes: 3),
            syntheticViewers: run.viewers, spend: spend, finishedMinutes: minutes)
    }

    @Test func theReportRanksTheMostAppealingPremiseFirstAndTheLeastLast() {
        // Appeal planted wide apart, in an order unrelated to the premises' order.
        let appeal = [0.2, 1.2, -1.2, -0.4, 0.7, -0.8]
        let inputs = appeal.indices.map { Self.input($0, Self.run($0, appeal: appeal[$0])) }
        let report = SlateReport.make(slate: "spring", series: inputs, seed: 1)
        let ids = report.entries.map(\.id)
        #expect(ids.first == Self.pilots[1].id, "\(ids)")
        #expect(ids.last == Self.pilots[2].id, "\(ids)")
        #expect(report.entries.map(\.rank) == [1, 2, 3, 4, 5, 6])
        let scores = report.entries.compactMap(\.score)
        #expect(scores == scores.sorted(by: >))
        #expect(report.entries.first?.decision == .extend, "\(report.entries.first?.evidence ?? [])")
        #expect(report.entries.last?.decision == .sunset, "\(report.entries.last?.evidence ?? [])")
        for entry in report.entries {
            let (score, low, high) = (entry.score ?? -1, entry.low ?? -1, entry.high ?? -1)
            #expect(low <= score && score <= high && high - low < 20, "\(entry.id): \(low) \(score) \(high)")
            #expect(entry.evidence.count == 5, "\(entry.evidence)")
            #expect(entry.evidence.last?.hasPrefix(entry.decision?.rawValue ?? "?") == true, "\(entry.evidence)")
            if entry.decision == .iterate { #expect(entry.weakSpot != nil) }
        }
        #expect(report.synthetic)
        #expect(report.text.hasPrefix("SYNTHETIC AUDIENCE"))
        // The same events and seed give the same report, intervals included.
        #expect(SlateReport.make(slate: "spring", series: inputs, seed: 1) == report)
    }

    @Test func aSeriesWithoutViewersIsListedAsNotMeasuredWithHowToGetData() throws {
        let inputs = [
            Self.input(0, Self.run(0, appeal: 0)), Self.input(1, Self.run(1, appeal: 0, viewers: 0)),
            Self.input(2, Self.run(2, appeal: 0, viewers: 12)), Self.input(3, Self.run(3, appeal: 0)),
        ]
        let report = SlateReport.make(slate: "spring", series: inputs)
        #expect(report.entries.map(\.id).suffix(2) == [Self.pilots[1].id, Self.pilots[2].id])
        let none = try #require(report.entries.first { $0.id == Self.pilots[1].id })
        #expect(none.rank == nil && none.score == nil && none.decision == nil)
        #expect(none.notMeasured?.contains("cliff slate simulate spring") == true, "\(none.notMeasured ?? "")")
        let few = try #require(report.entries.first { $0.id == Self.pilots[2].id })
        #expect(few.notMeasured?.contains("12 viewers of episode 1, fewer than the 30 needed") == true, "\(few.notMeasured ?? "")")
        #expect(report.text.contains("not measured"))
    }

    @Test func aPilotDearerPerFinishedMinuteScoresLowerForTheSameAudience() throws {
        let run = Self.run(0, appeal: 0)
        var cheap = Self.input(0, run, spend: Money(dollars: "1")!, minutes: 4)
        var dear = Self.input(0, run, spend: Money(dollars: "4")!, minutes: 4)
        cheap.id = "cheap"
        dear.id = "dear"
        let report = SlateReport.make(slate: "s", series: [dear, cheap])
        let scores = Dictionary(uniqueKeysWithValues: report.entries.map { ($0.id, $0.score ?? 0) })
        let a = try #require(scores["cheap"]), b = try #require(scores["dear"])
        // Median $0.625/min; a quarter of the dear one's cost per minute is two doublings:
        // 0.1 × log₂((1.001/0.626)/(0.251/0.626)) index points, 10 score points each.
        #expect(isClose(a - b, 10 * 0.1 * log2(1.001 / 0.251), 1e-9), "\(a) \(b)")
        #expect(report.entries.first?.costPerMinute == 0.25)
    }

    @Test func theFiguresAreTheAudienceMetricsOverThePilotWhetherReadFromTheStoreOrTheEvents() async throws {
        let run = Self.run(4, appeal: 0.3, viewers: 300, seed: 5)
        let folder = try temporaryDirectory("slate-report")
        let store = try AudienceStore(path: folder.appendingPathComponent("audience.db").path)
        var index = 0
        while index < run.events.count {
            let end = min(run.events.count, index + 1000)
            let stored = try await store.ingest(SimulationRun.batchBody(run.events[index..<end]), knownSeries: nil, receivedAt: Self.start.addingTimeInterval(3 * 86_400))
            #expect(stored.rejected.isEmpty)
            index = end
        }
        let id = Self.pilots[4].id
        let views = try await store.viewSummaries(series: id, episodes: 1...3)
        let fromStore = PilotViewer.panel(views, pilotEpisodes: 3)
        let fromEvents = PilotViewer.panel(run.events, pilotEpisodes: 3)
        #expect(fromStore.count == 300)
        // The store lists viewers by id, the run by arrival: the same records in another order.
        let order = { (a: PilotViewer, b: PilotViewer) in
            (a.started, a.hooked, a.completed, a.continued, a.unlocked) < (b.started, b.hooked, b.completed, b.continued, b.unlocked)
        }
        let same = fromStore.sorted(by: order) == fromEvents.sorted(by: order)
        #expect(same, "the store's records differ from the events'")
        let paywall = Self.pilots[4].paywall
        let figures = PilotFigures.measure(fromStore, pilotEpisodes: 3, paywallEpisode: paywall)
        let metrics = try await store.metrics(series: id, configuration: MetricsConfiguration(paywallEpisode: paywall, episodes: [1, 2, 3]))
        #expect(isClose(figures.hookRate, metrics.episodes[0].hookRate, 1e-12), "\(figures.hookRate) \(metrics.episodes[0].hookRate)")
        #expect(isClose(figures.completionRate, metrics.completionRate, 1e-12))
        let chained = (metrics.episodes[0].continueRate ?? 0) * (metrics.episodes[1].continueRate ?? 0)
        #expect(isClose(figures.continueRate, chained, 1e-12), "\(figures.continueRate) \(chained)")
        #expect(isClose(figures.carriedThrough, Double(metrics.episodes[2].starts) / Double(metrics.episodes[0].starts), 1e-12))
        // Past the pilot: carried × carry^(paywall − 3) × 25 %.
        let n = try #require(paywall)
        #expect(n > 3)
        let carry = Double(metrics.episodes[2].starts) / Double(metrics.episodes[1].starts)
        #expect(isClose(figures.projectedPaywall, figures.carriedThrough * pow(carry, Double(n - 3)) * 0.25, 1e-12))
    }

    @Test func aPartTheCraftExplainsGetsNoWeightAndAPartItDoesNotExplainKeepsIt() {
        // Twelve series whose craft varies; hook follows a premise the craft knows nothing of,
        // completion is the craft's line length (plus rounding), continue does not vary.
        var random = SeededGenerator(seed: 11)
        let craft: [PilotCraft?] = (0..<12).map { _ in
            PilotCraft(
                lineSeconds: 2 + random.unit(), longLines: random.unit() / 5, questionEndings: Double(random.below(4)) / 3,
                exclamationEndings: Double(random.below(4)) / 3, episodeSeconds: 80 + 20 * random.unit(), chinese: Double(random.below(2)))
        }
        let premise = (0..<12).map { _ in random.normal() }
        let values: [PilotFigures.Part: [Double]] = [
            .hook: premise,
            .completion: craft.map { 1.5 * $0!.lineSeconds - 2 * $0!.longLines + 1e-9 * random.unit() },
            .continuing: Array(repeating: 0.6, count: 12),
            .paywall: zip(premise, craft).map { $0 + 3 * $1!.questionEndings },
        ]
        let shares = SlateReport.premiseShares(values: values, craft: craft)
        #expect((shares[.hook] ?? 0) > 0.5, "\(shares)")
        #expect((shares[.completion] ?? 1) < 0.01, "\(shares)")
        #expect(shares[.continuing] == nil, "a part that does not vary has no share")
        let mixed = shares[.paywall] ?? 0
        #expect(mixed > 0.02 && mixed < (shares[.hook] ?? 0), "part premise, part craft: \(shares)")
        #expect(SlateReport.premiseShares(values: values, craft: Array(craft.prefix(9))).isEmpty, "nine series are too few")
        var unknown = craft
        unknown[3] = nil
        #expect(SlateReport.premiseShares(values: values, craft: unknown).isEmpty, "a series whose scripts were not read")
    }

    @Test func theCraftIsMeasuredFromTheScriptsLinesAndEndings() throws {
        let file = try PremisesFile.parse(Data("A broke intern signs a contract marriage with a cold CEO".utf8), file: "p.txt")
        let series = try #require(SlateDraft.write(file, season: .init(episodes: 30, targetSeconds: 60, pilotEpisodes: 2)).items.first?.series)
        let one = try #require(series.characters.first?.name.uppercased()), two = try #require(series.characters.dropFirst().first?.name.uppercased())
        let script = """
            INT. OFFICE - NIGHT

            \(one)
            You signed it?

            \(two)
            I signed everything you put in front of me, every page, every line, and every promise you wrote in the margins of that contract.

            \(one)
            Then it is over!
            """
        let ending = """
            INT. OFFICE - NIGHT

            \(two)
            Who sent you?
            """
        let checker = ScriptChecker(series: series)
        let breakdowns = [EpisodeBreakdown(episode: 1, script: script, checker: checker), EpisodeBreakdown(episode: 2, script: ending, checker: checker)]
        #expect(breakdowns.map(\.lines.count) == [3, 1])
        let craft = PilotCraft.measure(breakdowns: breakdowns, episodeSeconds: [60, 40], language: .en)
        #expect(craft.questionEndings == 0.5, "episode 2 ends on a question")
        #expect(craft.exclamationEndings == 0.5, "episode 1 ends on an exclamation")
        #expect(craft.longLines == 0.25, "one of four lines is over 4 s: \(craft)")
        #expect(craft.episodeSeconds == 50)
        #expect(craft.chinese == 0)
        #expect(craft.summary(episodes: 2).contains("1 of 2 episodes end on a question"), "\(craft.summary(episodes: 2))")
    }

    func isClose(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool { abs(a - b) <= tolerance }
}
