// Governance benchmark: the policy gate over an 80-episode season.
//
//   CLIFF_BENCHMARKS=1 swift run -c release GovernanceBenchmark
//   CLIFF_BENCHMARKS=1 swift run -c release GovernanceBenchmark --runs 15
//
// Each case writes a season the way `cliff new` does (BeatSheetWriter, 80 episodes), then
// times what the generation gate does before any generation: compile the rules (built-in zh
// and en sets), scan the bible's metadata and prompts, and scan every script line. Times are
// the median and the fastest of N runs; the target is well under 1 s.
import DramaModel
import Foundation
import Governance
import StoryEngine

let arguments = CommandLine.arguments
let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 7
let cases = [
    ("romance en", PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 80, seed: 1)),
    ("palace zh", PremiseRequest(premise: "冷宫弃妃凭医术翻身，步步为营扳倒贵妃", episodes: 80, seed: 1)),
]

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

print("Governance benchmark: policy gate over an 80-episode season, \(runs) runs per case, release build")
print("case         | episodes | lines  | characters | rules | gate (median / best) | findings | per episode")
print("-------------|----------|--------|------------|-------|----------------------|----------|------------")
let clock = ContinuousClock()
let writer = BeatSheetWriter()
for (name, request) in cases {
    let series = try writer.makeBible(request)
    let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
    let texts = scripts.map { ($0.number, $0.text) }
    let lines = texts.reduce(0) { $0 + $1.1.split(separator: "\n", omittingEmptySubsequences: false).count }
    let characters = texts.reduce(0) { $0 + $1.1.count }
    var times: [Double] = []
    var findings = 0
    for _ in 0..<runs {
        let start = clock.now
        let gate = PolicyGate(rules: .builtIn)
        var found = gate.scan(series: series)
        for (number, text) in texts { found += gate.scan(script: text, episode: number) }
        times.append(seconds(clock.now - start))
        findings = found.count
    }
    let median = times.sorted()[times.count / 2]
    let best = times.min() ?? 0
    print(
        name.padding(toLength: 13, withPad: " ", startingAt: 0) + "| "
            + String(format: "%8d | %6d | %10d | %5d | %8.1f / %6.1f ms  | %8d | %7.2f ms", texts.count, lines, characters,
                     PolicyRuleSet.builtIn.rules.count, median * 1000, best * 1000, findings, median * 1000 / Double(texts.count)))
}
