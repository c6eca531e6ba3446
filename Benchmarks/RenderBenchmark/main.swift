// Render benchmarks (release build, this machine's cores):
//   1. preview and final render speed, as a multiple of real time (episode length / wall time),
//      from scripts to the finished file, nothing cached;
//   2. whole final render over a bare ffmpeg encode of the same frames (same x264 settings,
//      raw frames read from disk): the cost of everything that is not encoding;
//   3. re-render after editing one line, as a share of the full final render.
// Run with scripts/benchmark.sh render [--episodes N] [--seconds S]; prints a table and ratios.
import DramaModel
import Editing
import Foundation
import Logging
import Production
import SQLiteStore
import StoryEngine

func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("cliff-render-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func seconds(_ body: () async throws -> Void) async rethrows -> Double {
    let start = ContinuousClock.now
    try await body()
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

struct BenchmarkError: Error, CustomStringConvertible { var description: String }

/// Plans and runs `deliverable` for every episode of the project at `root`.
func produce(_ root: URL, _ deliverable: Deliverable) async throws -> ProductionSummary {
    let project = try ProductionProject.open(root)
    let store = try SQLiteJobStore(path: project.databaseURL.path)
    let plan = try await project.plan(store: store, deliverable: deliverable)
    let run = ProductionRun(
        plan: plan, store: store, assets: project.assets, steps: project.steps, settings: project.settings,
        projectRoot: root, logger: Logger(label: "bench"))
    let summary = try await run.run()
    guard summary.ending == .completed, summary.failures.isEmpty else {
        throw BenchmarkError(description: "render failed: \(summary.failures.map { "\($0.label): \($0.message)" })")
    }
    return summary
}

func argument(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let number = Int(arguments[index + 1]) else { return value }
    return number
}

let targetSeconds = argument("--seconds", default: 90)
let runs = argument("--runs", default: 3)
let tools = try MediaTools.locate()

struct Figures { var length = 0.0, preview = 0.0, final = 0.0, bare = 0.0, edit = 0.0 }

/// One measurement from scratch: new projects, nothing cached.
func measure() async throws -> Figures {
    let base = try folder()
    defer { try? FileManager.default.removeItem(at: base) }
    let writer = BeatSheetWriter()
    let series = try writer.makeBible(PremiseRequest(
        premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 1, seed: 11, targetSeconds: targetSeconds))
    let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
    let previewRoot = base.appendingPathComponent("preview"), finalRoot = base.appendingPathComponent("final")
    _ = try SeriesProject.create(at: previewRoot, series: series, scripts: scripts)
    _ = try SeriesProject.create(at: finalRoot, series: series, scripts: scripts)
    var figures = Figures()
    figures.preview = try await seconds { _ = try await produce(previewRoot, .preview) }
    figures.final = try await seconds { _ = try await produce(finalRoot, .final) }
    let finalFile = finalRoot.appendingPathComponent("out/ep001/episode.mp4")
    figures.length = try require(try await MediaProbe.probe(finalFile, tools: tools).video?.duration.flatMap(Double.init))

    // The bare encode: the finished episode's frames decoded to raw YUV (not timed), then
    // encoded again with the very settings every shot segment uses.
    let raw = base.appendingPathComponent("frames.yuv")
    try await tools.ffmpeg(["-i", finalFile.path, "-an", "-f", "rawvideo", "-pix_fmt", "yuv420p", raw.path])
    let preset = RenderPreset.final
    figures.bare = try await seconds {
        try await tools.ffmpeg(
            ["-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", "\(preset.width)x\(preset.height)", "-r", String(preset.frameRate), "-i", raw.path, "-an"]
                + preset.videoCodecArguments + [base.appendingPathComponent("bare.mp4").path])
    }
    try? FileManager.default.removeItem(at: raw)

    // Edit one line in the middle of the episode and render again.
    let script = finalRoot.appendingPathComponent("episodes/ep001.fountain")
    let text = try String(contentsOf: script, encoding: .utf8)
    let breakdown = EpisodeBreakdown(episode: 1, script: text, checker: ScriptChecker(series: series))
    let middle = breakdown.lines[breakdown.lines.count / 2].text
    guard let range = text.range(of: "\n" + middle + "\n") else { throw BenchmarkError(description: "cannot find a line to edit") }
    try Data(text.replacingCharacters(in: range, with: "\n" + middle + " Tonight.\n").utf8).write(to: script)
    figures.edit = try await seconds { _ = try await produce(finalRoot, .final) }
    return figures
}

print("Render benchmark: one \(targetSeconds) s-target episode, \(ProcessInfo.processInfo.activeProcessorCount) cores, release build, median of \(runs) runs")
var all: [Figures] = []
for run in 1...max(1, runs) {
    let figures = try await measure()
    all.append(figures)
    print(String(format: "  run %d: preview %.1f s, final %.1f s, bare encode %.1f s, edit %.1f s (episode %.1f s)", run, figures.preview, figures.final, figures.bare, figures.edit, figures.length))
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
let length = median(all.map(\.length)), previewTime = median(all.map(\.preview)), finalTime = median(all.map(\.final))
let bareTime = median(all.map(\.bare)), editTime = median(all.map(\.edit))
let ratio = median(all.map { $0.final / $0.bare }), share = median(all.map { $0.edit / $0.final })

func row(_ cells: [String]) -> String { cells.enumerated().map { $0 == 0 ? $1.padding(toLength: 34, withPad: " ", startingAt: 0) : $1 }.joined(separator: "  ") }
print(row(["", "seconds", "figure", "target"]))
print(row(["episode length", String(format: "%.1f", length), "", ""]))
print(row(["preview render (540×960)", String(format: "%.1f", previewTime), String(format: "%.1f× real time", length / previewTime), "≥ 8×"]))
print(row(["final render (1080×1920)", String(format: "%.1f", finalTime), String(format: "%.2f× real time", length / finalTime), "≥ 1.5×"]))
print(row(["bare ffmpeg encode, same frames", String(format: "%.1f", bareTime), String(format: "render/encode %.2f", ratio), "≤ 1.25"]))
print(row(["re-render after editing one line", String(format: "%.1f", editTime), String(format: "%.0f %% of a full render", 100 * share), "≤ 15 %"]))

func require<T>(_ value: T?) throws -> T {
    guard let value else { throw BenchmarkError(description: "a measurement is missing") }
    return value
}
