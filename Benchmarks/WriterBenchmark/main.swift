// Writer benchmark: the time and peak memory to write an 80-episode season.
//
//   scripts/benchmark.sh                 # release build, 7 runs per case
//   scripts/benchmark.sh --runs 15
//
// Each case runs the whole job a user's `cliff new` runs: premise → bible → season plan →
// 80 Fountain scripts → project folder on disk, then the validation `cliff validate` does
// (parse every script, check it against the bible, replay continuity). Times are the median
// and the fastest of N runs; peak memory is the process's maximum resident set size.
import Basics
import DramaModel
import Foundation
import StoryEngine

struct Case {
    var name: String
    var request: PremiseRequest
}

let arguments = CommandLine.arguments
let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 7
let cases = [
    Case(name: "romance en", request: PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 80, seed: 1)),
    Case(name: "palace zh", request: PremiseRequest(premise: "冷宫弃妃凭医术翻身，步步为营扳倒贵妃", episodes: 80, seed: 1)),
]

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cliff-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

print("Writer benchmark: 80-episode season, \(runs) runs per case, release build")
print("case         | write season (median / best) | + project on disk | validate scripts | lines | dialogue")
print("-------------|------------------------------|-------------------|------------------|-------|---------")
let clock = ContinuousClock()
let writer = BeatSheetWriter()
for benchmark in cases {
    var writeTimes: [Double] = [], diskTimes: [Double] = [], validateTimes: [Double] = []
    var lines = 0
    var minutes = 0.0
    for run in 0..<runs {
        let start = clock.now
        let series = try writer.makeBible(benchmark.request)
        let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
        let written = clock.now
        let project = try SeriesProject.create(at: scratch.appendingPathComponent("\(benchmark.name)-\(run)".replacingOccurrences(of: " ", with: "-")), series: series, scripts: scripts)
        let onDisk = clock.now
        let loaded = try project.loadBible()
        let diagnostics = ScriptChecker(series: loaded.series).check(project.scriptsOnDisk())
        let validated = clock.now
        precondition(!diagnostics.containsErrors, "the benchmark's season does not validate: \(diagnostics)")
        writeTimes.append(seconds(start.duration(to: written)))
        diskTimes.append(seconds(start.duration(to: onDisk)))
        validateTimes.append(seconds(written.duration(to: validated)) - seconds(written.duration(to: onDisk)))
        lines = scripts.reduce(0) { $0 + $1.text.split(separator: "\n").count }
        minutes = scripts.reduce(0) { $0 + $1.estimatedSeconds } / 60
    }
    let name = benchmark.name.padding(toLength: 12, withPad: " ", startingAt: 0)
    print(String(format: "%@ | %8.3f s / %8.3f s          | %8.3f s        | %8.3f s       | %5d | %.0f min",
                 name, median(writeTimes), writeTimes.min()!, median(diskTimes), median(validateTimes), lines, minutes))
}
print(String(format: "peak memory (max RSS of this process, all cases): %.1f MiB", peakMemoryMiB()))
print("target: an 80-episode season written in under 2 s on 2 cores")
