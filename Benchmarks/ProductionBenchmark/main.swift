// Production line benchmarks (release build):
//   1. scheduling overhead per job on a graph of 10,000 real small-file nodes (SQLite queue);
//   2. a no-change re-run of a fully built 80-episode project, as the `cliff produce` process.
// Run with scripts/benchmark.sh; prints a table and ratios.
import DramaModel
import Foundation
import Logging
import Production
import SQLiteStore
import StoryEngine

/// A real small-file step: writes a few hundred bytes derived from its parameters and inputs.
struct SmallFileStep: Step {
    var kind: String { "bench" }
    var generator: GeneratorID { GeneratorID("builtin.bench", version: 1) }
    func run(_ input: StepInput) async throws -> StepOutput {
        var text = String(decoding: input.node.parameters, as: UTF8.self)
        for key in input.node.inputs { text += try input.data(of: key, "out.txt").count.description + "," }
        var output = StepOutput()
        output.add("out.txt", Data((text + String(repeating: ".", count: 200)).utf8))
        return output
    }
}

func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cliff-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func seconds(_ body: () async throws -> Void) async rethrows -> Double {
    let start = ContinuousClock.now
    try await body()
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// 9,900 leaves in 100 groups, each group read by one aggregate: 10,000 nodes.
func smallFileGraph() -> ProductionGraph {
    var graph = ProductionGraph()
    let step = SmallFileStep()
    for group in 0..<100 {
        var leaves: [NodeKey] = []
        for leaf in 0..<99 {
            leaves.append(graph.add(Node(
                step: step.kind, generator: step.generator, episode: group + 1, priority: (group + 1) * 10,
                inputs: [], parameters: CanonicalJSON.encode(["group": group, "leaf": leaf]), label: "g\(group) leaf \(leaf)")))
        }
        graph.add(Node(
            step: step.kind, generator: step.generator, episode: group + 1, priority: (group + 1) * 10 + 1,
            inputs: leaves, parameters: CanonicalJSON.encode(["group": group]), label: "g\(group) aggregate"))
    }
    return graph
}

struct SchedulingFigures {
    var workers: Int
    var jobs: Int
    var wall: Double
    var plan: Double
    var queue: Double
    var step: Double
    var assets: Double
}

func scheduling(workers: Int) async throws -> SchedulingFigures {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let store = try SQLiteJobStore(path: root.appendingPathComponent("cliff.db").path)
    let assets = AssetStore(root: root.appendingPathComponent("assets"))
    let graph = smallFileGraph()
    var settings = ProductionSettings()
    settings.workers = workers
    var plan: ProductionPlan?
    let planTime = try await seconds {
        plan = try await ProductionPlan.make(graph: graph, scope: .all, store: store, assets: assets, projectRoot: root, prices: PriceBook([]))
    }
    let run = ProductionRun(
        plan: plan!, store: store, assets: assets, steps: StepRegistry([SmallFileStep()]), settings: settings,
        projectRoot: root, logger: Logger(label: "bench"))
    var summary: ProductionSummary?
    let wall = try await seconds {
        async let drained: Void = { for await _ in run.events {} }()
        summary = try await run.run()
        await drained
    }
    guard let summary, summary.progress.done == graph.count else { fatalError("the benchmark run did not finish every job") }
    return SchedulingFigures(workers: workers, jobs: graph.count, wall: wall, plan: planTime, queue: summary.queueSeconds, step: summary.stepSeconds, assets: summary.assetSeconds)
}

/// Builds an 80-episode project fully, then times `cliff produce` on it with nothing changed.
func noChangeRerun(cliff: URL, runs: Int) async throws -> (nodes: Int, plan: [Double], process: [Double]) {
    let parent = try folder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let root = parent.appendingPathComponent("demo")
    let writer = BeatSheetWriter()
    let series = try writer.makeBible(PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 80, seed: 7))
    _ = try SeriesProject.create(at: root, series: series, scripts: try writer.writeSeason(series, plan: try writer.planSeason(series)))
    let build = Process()
    build.executableURL = cliff
    build.arguments = ["produce", root.path, "--progress", "none"]
    build.standardOutput = FileHandle.nullDevice
    try build.run()
    build.waitUntilExit()
    guard build.terminationStatus == 0 else { fatalError("building the 80-episode project failed") }
    let project = try ProductionProject.open(root)
    let store = try SQLiteJobStore(path: project.databaseURL.path)
    var nodes = 0
    var planTimes: [Double] = []
    var processTimes: [Double] = []
    for _ in 0..<runs {
        planTimes.append(try await seconds {
            let plan = try await ProductionProject.open(root).plan(store: store)
            precondition(plan.toRun.isEmpty, "a no-change re-run found work")
            nodes = plan.graph.count
        })
        processTimes.append(try await seconds {
            let rerun = Process()
            rerun.executableURL = cliff
            rerun.arguments = ["produce", root.path, "--progress", "none"]
            let out = Pipe()
            rerun.standardOutput = out
            try rerun.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            rerun.waitUntilExit()
            precondition(rerun.terminationStatus == 0 && text.contains(" 0 jobs done"), "the re-run did work: \(text)")
        })
    }
    return (nodes, planTimes, processTimes)
}

let arguments = CommandLine.arguments
let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 5
let cliff = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("cliff")
guard FileManager.default.isExecutableFile(atPath: cliff.path) else { fatalError("build cliff next to this benchmark first (scripts/benchmark.sh does)") }

print("Production benchmarks (release, \(ProcessInfo.processInfo.activeProcessorCount) cores, median of \(runs) runs)\n")
for workers in [1, 2] {
    var figures: [SchedulingFigures] = []
    for _ in 0..<max(1, runs / 2 + 1) { figures.append(try await scheduling(workers: workers)) }
    let wall = median(figures.map(\.wall)), queue = median(figures.map(\.queue)), step = median(figures.map(\.step))
    let plan = median(figures.map(\.plan)), files = median(figures.map(\.assets))
    let jobs = Double(figures[0].jobs)
    // The nodes' own work is the step plus writing its file into the store; everything else
    // per job (enqueue, claim, complete, leases, polling, events) is scheduling overhead.
    let work = (step + files) / jobs
    let overhead = wall / jobs - work / Double(workers)
    print(String(format: "10,000 small-file nodes, %d worker%@: wall %.2f s = %.3f ms/job; node work %.3f ms/job (step %.3f + file %.3f); queue transactions %.3f ms/job; planning %.3f ms/job; scheduling overhead %.3f ms/job (target < 1 ms), %.1f× the node work",
                 workers, workers == 1 ? "" : "s", wall, wall / jobs * 1000, work * 1000, step / jobs * 1000, files / jobs * 1000,
                 queue / jobs * 1000, plan / jobs * 1000, overhead * 1000, overhead / work))
}
let rerun = try await noChangeRerun(cliff: cliff, runs: runs)
print(String(format: "\nNo-change re-run of a built 80-episode project (%d nodes): planning %.3f s; whole `cliff produce` process %.3f s (target < 2 s)",
             rerun.nodes, median(rerun.plan), median(rerun.process)))
