// Slate benchmark: does the slate report find the premises a synthetic audience likes best?
//
//   CLIFF_BENCHMARKS=1 swift build -c release --product SlateBenchmark && .build/release/SlateBenchmark
//
// Options: --runs N (50) --viewers N (2000) --pilot N (3) --season N (60) --target-seconds N (90)
//          --spread X (0.35) --bootstrap N (200) --seed N (1) --jobs N (2) --estimate --dump FILE.csv
//
// 30 premises (premises.txt beside this file: four genres, English and Chinese) are written by
// the built-in writer as `cliff slate new` writes them, into a temporary slate with a priced
// cliff.yaml (espeak-ng priced like a hosted TTS, $15 per 1M characters). Each pilot (episodes
// 1-3) is made by the production line as far as voices, cut and subtitles — every priced step of
// a preview (the built-in renderer is not priced) — so its cost is read from its ledger and the
// audience watches its measured cut, as `cliff slate simulate` does. `--estimate` skips the
// production: the cut is estimated from the scripts and the cost is the plan's estimate.
//
// Each run plants an appeal per series, drawn from the run's seed (normal, mean 0, standard
// deviation --spread), hidden in the simulation's settings; 2,000 synthetic viewers (one panel,
// one taste per run) watch each pilot; the report (the same SlateReport code as
// `cliff slate report`, on the same per-viewer records and the pilots' craft measured from their
// scripts) ranks the series. A run succeeds when the report's top five hold at least four of the
// five series with the highest planted appeal. `--dump` writes each run's figures, planted
// appeal and craft per series as CSV, for analysis outside.

import Audience
import Basics
import DramaModel
import Editing
import Foundation
import Governance
import Logging
import Production
import SQLiteStore
import Slate
import StoryEngine

struct Options {
    var runs = 50
    var viewers = 2_000
    var pilot = 3
    var season = 60
    var targetSeconds = 90
    var spread = 0.35
    var bootstrap = 200
    var seed: UInt64 = 1
    var jobs = 2
    var dump: String?
    var estimate = false

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            if argument == "--estimate" {
                estimate = true
                continue
            }
            guard let value = iterator.next() else { fatalError("\(argument) needs a value") }
            switch argument {
            case "--runs": runs = Int(value)!
            case "--viewers": viewers = Int(value)!
            case "--pilot": pilot = Int(value)!
            case "--season": season = Int(value)!
            case "--target-seconds": targetSeconds = Int(value)!
            case "--spread": spread = Double(value)!
            case "--bootstrap": bootstrap = Int(value)!
            case "--seed": seed = UInt64(value)!
            case "--jobs": jobs = Int(value)!
            case "--dump": dump = value
            default: fatalError("unknown option \(argument)")
            }
        }
    }
}

/// One series of the bench: what the report needs that does not change between runs.
struct Pilot: Sendable {
    var id: String
    var title: String
    var episodes: [SimulatedEpisode]
    var paywall: Int?
    var cost: Money
    var minutes: Double
    var language: String
    var craft: PilotCraft
}

let options = Options(CommandLine.arguments)
let clock = ContinuousClock()
let began = clock.now
func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

// 1. The slate, written as cliff slate new writes it; each pilot made by the production line
//    (voices, cut and subtitles: every priced step of a preview) unless --estimate.
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let premises = try PremisesFile.read(contentsOf: here.appendingPathComponent("premises.txt"), displayName: "premises.txt")
let draft = try SlateDraft.write(premises, season: .init(episodes: options.season, targetSeconds: options.targetSeconds, pilotEpisodes: options.pilot))
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slate-bench-\(ProcessInfo.processInfo.processIdentifier)")
defer { try? FileManager.default.removeItem(at: folder) }
let settings = "prices:\n  - { generator: builtin.espeak-ng, unit: character, usd: 0.000015 }\n"
try draft.create(at: folder, settings: Data(settings.utf8), shown: folder.path)
var pilots: [Pilot] = []
var estimatedTotal = Money.zero
var producedSteps = 0
for item in draft.items {
    let root = folder.appendingPathComponent(item.record.folder)
    let project = try ProductionProject.open(root)
    let plan = try await project.plan(store: try SQLiteJobStore.inMemory(), episodes: item.record.pilot, deliverable: .preview)
    estimatedTotal += plan.estimatedTotal
    let paywall = try BeatSheetWriter().planSeason(item.series).episodes.first(where: \.isPaywall)?.number
    var episodes: [SimulatedEpisode]
    var cost = plan.estimatedTotal
    let craft: PilotCraft
    if options.estimate {
        episodes = item.record.pilot.map { SimulatedEpisode.estimated(from: item.scripts[$0 - 1], series: item.series) }
        let breakdowns = item.record.pilot.map {
            EpisodeBreakdown(episode: $0, script: item.scripts[$0 - 1].text, checker: ScriptChecker(series: item.series), language: item.series.language)
        }
        craft = PilotCraft.measure(breakdowns: breakdowns, episodeSeconds: episodes.map(\.duration.seconds), language: item.series.language)
    } else {
        let store = try SQLiteJobStore(path: project.databaseURL.path)
        let line = ProductionLine(project: project, store: store, compliance: ProductionCompliance(), logger: Logger(label: "slate-bench"))
        let production = try await line.prepare(ProductionRequest(episodes: item.record.pilot, deliverable: .subtitles, workers: options.jobs, actor: "slate-bench"))
        let summary = try await production.run()
        guard case .completed = summary.ending, summary.failures.isEmpty else {
            fatalError("the pilot of \(item.record.id) failed: \(summary.failures.first.map { "\($0.label): \($0.message)" } ?? "\(summary.ending)")")
        }
        producedSteps += production.plan.toRun.count
        cost = try await store.ledger().reduce(Money.zero) { $0 + $1.cost }
        let stories = try await project.storyTimelines(episodes: item.record.pilot, store: store)
        let made = item.record.pilot.compactMap { stories[$0] }
        episodes = item.record.pilot.compactMap { n in stories[n].map { SimulatedEpisode(number: n, timeline: $0.timeline, breakdown: $0.breakdown) } }
        craft = PilotCraft.measure(breakdowns: made.map(\.breakdown), episodeSeconds: made.map { $0.timeline.duration.seconds }, language: item.series.language)
    }
    pilots.append(Pilot(
        id: item.record.id, title: item.record.title, episodes: episodes, paywall: paywall, cost: cost,
        minutes: episodes.reduce(0) { $0 + $1.duration.seconds } / 60, language: item.series.language.rawValue, craft: craft))
}
let totalCost = pilots.reduce(Money.zero) { $0 + $1.cost }
let totalMinutes = pilots.reduce(0) { $0 + $1.minutes }
print("Slate benchmark: \(pilots.count) premises (\(draft.items.filter { $0.series.language == .zh }.count) Chinese), pilots of \(options.pilot) episodes of ~\(options.targetSeconds) s; \(options.viewers) synthetic viewers per pilot; \(options.runs) runs from seed \(options.seed); planted appeal N(0, \(options.spread)); bootstrap \(options.bootstrap).")
if options.estimate {
    print(String(format: "Pilot cost (--estimate: the production plan's estimate for previews, espeak-ng at $15 per 1M characters): %@ for %.1f minutes, %@ a minute.", "\(totalCost)", totalMinutes, String(format: "$%.4f", totalCost.dollars / totalMinutes)))
} else {
    print(String(format: "Pilot cost from the ledgers (%d steps made: voices, cuts, subtitles; espeak-ng at $15 per 1M characters): %@ for %.1f finished minutes, %@ a minute; the plans estimated %@ for previews.", producedSteps, "\(totalCost)", totalMinutes, String(format: "$%.4f", totalCost.dollars / totalMinutes), "\(estimatedTotal)"))
}
print(String(format: "Prepared in %.1f s.", seconds(began.duration(to: clock.now))))

// 2. The runs.
/// One pilot watched by one run's panel, as the report's input.
@Sendable func simulate(_ pilot: Pilot, appeal: Double, seed: UInt64, viewers: Int, pilotEpisodes: Int) -> SlateReport.Input {
    let settings = SimulatedAudience.Settings(viewers: viewers, seed: seed, start: Date(timeIntervalSince1970: 1_790_000_000), appeal: appeal)
    let run = SimulatedAudience(settings: settings).run(series: pilot.id, episodes: pilot.episodes, paywallEpisode: pilot.paywall)
    let panel = PilotViewer.panel(run.events, pilotEpisodes: pilotEpisodes)
    return SlateReport.Input(
        id: pilot.id, title: pilot.title, pilotEpisodes: pilotEpisodes, paywallEpisode: pilot.paywall, viewers: panel,
        syntheticViewers: panel.count, spend: pilot.cost, finishedMinutes: pilot.minutes, craft: pilot.craft)
}

let fixedPilots = pilots
let viewerCount = options.viewers
let pilotEpisodes = options.pilot

var successes = 0
var overlaps: [Int] = []
var extendRight = 0, extendCount = 0, sunsetWrong = 0, sunsetCount = 0
var correlations: [Double] = []
/// Spearman correlation of each figure with the planted appeal, per run: which figure carries it.
var parts: [String: [Double]] = [:]
/// Runs whose top five by one figure alone hold at least four of the true top five.
var partSuccesses: [String: Int] = [:]
func spearman(_ x: [Double], _ y: [Double]) -> Double {
    func ranks(_ v: [Double]) -> [Double] {
        var r = [Double](repeating: 0, count: v.count)
        for (rank, i) in v.indices.sorted(by: { v[$0] < v[$1] }).enumerated() { r[i] = Double(rank) }
        return r
    }
    let a = ranks(x), b = ranks(y), n = Double(x.count)
    let d2 = zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)
    return 1 - 6 * d2 / (n * (n * n - 1))
}
for r in 0..<options.runs {
    let seed = options.seed + UInt64(r)
    var draw = SeededGenerator(seed: seed, keys: [0x5E_ED, 0xA99E_A1])
    let appeal = pilots.map { _ in options.spread * draw.normal() }
    let inputs = await withTaskGroup(of: (Int, SlateReport.Input).self) { group in
        var out = [SlateReport.Input?](repeating: nil, count: pilots.count)
        var next = 0
        func add(_ group: inout TaskGroup<(Int, SlateReport.Input)>) {
            let index = next
            let pilot = fixedPilots[index]
            let a = appeal[index]
            group.addTask { (index, simulate(pilot, appeal: a, seed: seed, viewers: viewerCount, pilotEpisodes: pilotEpisodes)) }
            next += 1
        }
        while next < min(options.jobs, pilots.count) { add(&group) }
        for await (index, input) in group {
            out[index] = input
            if next < pilots.count { add(&group) }
        }
        return out.map { $0! }
    }
    let report = SlateReport.make(slate: "bench", series: inputs, seed: seed, bootstrap: options.bootstrap)
    if let dump = options.dump {
        // One row per series and run: the planted appeal, the figures, the craft.
        var csv = r == 0 ? "run,seed,series,appeal,hook,completion,continue,projected_paywall,score,cost_per_minute," + PilotCraft.names.map { $0.replacingOccurrences(of: " ", with: "_") }.joined(separator: ",") + "\n" : ""
        let byID = Dictionary(uniqueKeysWithValues: report.entries.map { ($0.id, $0) })
        for (i, pilot) in pilots.enumerated() {
            guard let entry = byID[pilot.id], let f = entry.figures else { continue }
            let figures: [Double] = [appeal[i], f.hookRate, f.completionRate, f.continueRate, f.projectedPaywall, entry.score ?? .nan, entry.costPerMinute ?? .nan]
            csv += ([String(r + 1), String(seed), pilot.id] + (figures + pilot.craft.values).map { String($0) }).joined(separator: ",") + "\n"
        }
        let url = URL(fileURLWithPath: dump)
        if r > 0, let handle = try? FileHandle(forWritingTo: url) {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(csv.utf8))
            try handle.close()
        } else {
            try Data(csv.utf8).write(to: url, options: .atomic)
        }
    }
    let truth = Set(appeal.indices.sorted { appeal[$0] > appeal[$1] }.prefix(5).map { pilots[$0].id })
    let top = report.entries.prefix(5).map(\.id)
    let overlap = top.filter(truth.contains).count
    overlaps.append(overlap)
    if overlap >= 4 { successes += 1 }
    // How the recommendations fare against the truth: extend among the true top five, sunset among the true top ten.
    let trueRank = Dictionary(uniqueKeysWithValues: appeal.indices.sorted { appeal[$0] > appeal[$1] }.enumerated().map { (pilots[$0.element].id, $0.offset + 1) })
    for entry in report.entries {
        if entry.decision == .extend { extendCount += 1; if trueRank[entry.id]! <= 5 { extendRight += 1 } }
        if entry.decision == .sunset { sunsetCount += 1; if trueRank[entry.id]! <= 10 { sunsetWrong += 1 } }
    }
    // Spearman correlation between the report's rank and the planted appeal's.
    let n = Double(report.entries.count)
    let d2 = report.entries.compactMap { e in e.rank.map { Double($0 - trueRank[e.id]!) * Double($0 - trueRank[e.id]!) } }.reduce(0, +)
    correlations.append(1 - 6 * d2 / (n * (n * n - 1)))
    let byID = Dictionary(uniqueKeysWithValues: report.entries.map { ($0.id, $0) })
    let truthOrder = pilots.map(\.id)
    for (name, value) in [
        ("hook", { (e: SlateReport.Entry) in e.figures?.hookRate ?? 0 }), ("completion", { $0.figures?.completionRate ?? 0 }),
        ("continue", { $0.figures?.continueRate ?? 0 }), ("projected paywall", { $0.figures?.projectedPaywall ?? 0 }), ("score", { $0.score ?? 0 }),
    ] as [(String, (SlateReport.Entry) -> Double)] {
        parts[name, default: []].append(spearman(truthOrder.map { value(byID[$0]!) }, appeal))
        let topByPart = Set(report.entries.filter { $0.rank != nil }.sorted { value($0) > value($1) }.prefix(5).map(\.id))
        if topByPart.intersection(truth).count >= 4 { partSuccesses[name, default: 0] += 1 }
    }
    let weights = ["hook", "completion", "continue", "projected_paywall"].map { String(format: "%.2f/%.2f", report.premiseShare[$0] ?? .nan, report.weights[$0] ?? .nan) }.joined(separator: " ")
    print(String(format: "run %2d (seed %llu): top five hold %d of the true top five; Spearman %.3f; premise share/weight %@; %.0f s", r + 1, seed, overlap, correlations.last!, weights, seconds(began.duration(to: clock.now))))
}
let share = Double(successes) / Double(max(1, options.runs))
print("")
print(String(format: "Runs whose report top five hold at least 4 of the true top five: %d of %d = %.2f (target ≥ 0.80).", successes, options.runs, share))
print("Overlap distribution (0…5): \((0...5).map { k in "\(k): \(overlaps.filter { $0 == k }.count)" }.joined(separator: ", ")); mean \(String(format: "%.2f", Double(overlaps.reduce(0, +)) / Double(max(1, overlaps.count)))).")
print(String(format: "Mean Spearman correlation of report rank and planted appeal: %.3f.", correlations.reduce(0, +) / Double(max(1, correlations.count))))
print("Spearman correlation with the planted appeal, mean over the runs: " + ["hook", "completion", "continue", "projected paywall", "score"].map { name in
    String(format: "%@ %.3f", name, (parts[name] ?? []).reduce(0, +) / Double(max(1, parts[name]?.count ?? 0)))
}.joined(separator: ", ") + ".")
print("Runs whose top five by one figure alone hold at least 4 of the true top five: " + ["hook", "completion", "continue", "projected paywall", "score"].map { "\($0) \(partSuccesses[$0] ?? 0)" }.joined(separator: ", ") + ".")
print("Extend recommended \(extendCount) times, \(extendRight) of them a true top-five series; sunset \(sunsetCount) times, \(sunsetWrong) of them a true top-ten series.")
print(String(format: "Total pilot cost: %@ (%@). Time: %.0f s.", "\(totalCost)", options.estimate ? "the production plans' estimate" : "from the ledgers", seconds(began.duration(to: clock.now))))
