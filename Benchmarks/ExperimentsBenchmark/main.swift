// Experiments benchmark: the acceptance figures of the statistics, from seeded simulations.
//
//   swift build -c release --product ExperimentsBenchmark && .build/release/ExperimentsBenchmark
//   (in the main repository: CLIFF_BENCHMARKS=1 swift build -c release --product ExperimentsBenchmark)
//
// Options: --aa-runs N (1000) --ab-runs N (500) --bandit-runs N (100) --seed N (2026)
//
// 1. A/A: no true difference (hook rate 0.60 in both arms), looks after every 200 viewers up to
//    20,000: the share of experiments ever declared significant at α = 0.05 by the sequential
//    test and by the naive fixed-horizon z-test read at the same looks.
// 2. A/B: a planted +10 % relative lift (0.60 → 0.66): the share detected by 20,000 viewers and
//    the median viewers needed.
// 3. CUPED: completion with a planted +0.02 lift and a pre-exposure covariate for 70 % of viewers.
// 4. Bandit: four covers with click-through rates 0.040, 0.045, 0.050, 0.060 over 50,000
//    impressions: regret against always showing the best, and the best cover's share at the end.

import Experiments
import Foundation

struct Options {
    var aaRuns = 1_000
    var abRuns = 500
    var cupedRuns = 200
    var banditRuns = 100
    var seed: UInt64 = 2026

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            let value = iterator.next().flatMap { Int($0) }
            switch (argument, value) {
            case ("--aa-runs", let v?): aaRuns = v
            case ("--ab-runs", let v?): abRuns = v
            case ("--cuped-runs", let v?): cupedRuns = v
            case ("--bandit-runs", let v?): banditRuns = v
            case ("--seed", let v?): seed = UInt64(v)
            default:
                FileHandle.standardError.write(
                    Data(
                        "usage: ExperimentsBenchmark [--aa-runs N] [--ab-runs N] [--cuped-runs N] [--bandit-runs N] [--seed N]\n"
                            .utf8
                    )
                )
                exit(2)
            }
        }
    }
}

func timed<T>(_ body: () -> T) -> (T, Double) {
    let start = ContinuousClock.now
    let value = body()
    let elapsed = ContinuousClock.now - start
    return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
}

func median(_ values: [Int]) -> Int? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func f(_ value: Double, _ decimals: Int = 3) -> String { String(format: "%.\(decimals)f", value) }

let options = Options(CommandLine.arguments)
let hook = SequentialTest.Configuration.forLift(baseline: 0.6)  // τ = 0.03: a 5 % lift on a 60 % hook rate
print(
    "Experiments benchmark — seed \(options.seed); sequential test: α = \(hook.alpha), τ = \(hook.tau), counts from \(hook.minimumPerArm) viewers per arm"
)
print()

// 1. A/A
let (aa, aaSeconds) = timed {
    Simulation.proportionRuns(
        runs: options.aaRuns,
        viewers: 20_000,
        lookEvery: 200,
        control: 0.6,
        treatment: 0.6,
        configuration: hook,
        seed: options.seed
    )
}
let aaBound = 0.05 + 2 * (0.05 * 0.95 / Double(options.aaRuns)).squareRoot()
let aaSequential = Double(aa.filter { $0.decidedAt != nil }.count) / Double(aa.count)
let aaNaive = Double(aa.filter { $0.naiveSignificantAt != nil }.count) / Double(aa.count)
print(
    "A/A (\(options.aaRuns) experiments, 0.60 vs 0.60, 100 looks every 200 viewers to 20,000)  [\(f(aaSeconds, 1)) s]"
)
print("  | test | share ever significant at α = 0.05 | bound |")
print("  | sequential (mSPRT) | \(f(aaSequential)) | ≤ \(f(aaBound)) \(aaSequential <= aaBound ? "✓" : "✗") |")
print("  | naive z-test, peeked | \(f(aaNaive)) | (0.05 if read once) |")
print()

// 2. A/B
let (ab, abSeconds) = timed {
    Simulation.proportionRuns(
        runs: options.abRuns,
        viewers: 20_000,
        lookEvery: 200,
        control: 0.6,
        treatment: 0.66,
        configuration: hook,
        seed: options.seed &+ 1
    )
}
let detected = ab.filter { $0.winner == .treatment }
let wrong = ab.filter { $0.winner == .control }.count
let needed = detected.compactMap(\.decidedAt)
let abMedianAll = median(ab.map { $0.winner == .treatment ? $0.decidedAt! : Int.max })
print(
    "A/B (\(options.abRuns) experiments, 0.60 → 0.66 = +10 %, looks every 200 viewers to 20,000)  [\(f(abSeconds, 1)) s]"
)
let abShare = Double(detected.count) / Double(ab.count)
print("  detected: \(f(abShare)) (target ≥ 0.80 \(abShare >= 0.8 ? "✓" : "✗")); wrong direction: \(wrong)")
print(
    "  viewers needed: median \(median(needed) ?? 0) (all runs: \(abMedianAll.map { $0 == .max ? "not reached" : "\($0)" } ?? "-")), 10th–90th percentile \(Int(percentile(needed.map(Double.init), 0.1))) – \(Int(percentile(needed.map(Double.init), 0.9))), max \(needed.max() ?? 0)"
)
for relativeLift in [0.025, 0.10] {
    let configuration = SequentialTest.Configuration.forLift(baseline: 0.6, relativeLift: relativeLift)
    let runs = Simulation.proportionRuns(
        runs: options.abRuns,
        viewers: 20_000,
        lookEvery: 200,
        control: 0.6,
        treatment: 0.66,
        configuration: configuration,
        seed: options.seed &+ 1
    )
    let found = runs.filter { $0.winner == .treatment }
    print(
        "  with τ = \(f(configuration.tau)) instead: detected \(f(Double(found.count) / Double(runs.count))), median viewers \(median(found.compactMap(\.decidedAt)) ?? 0)"
    )
}
print()

// 3. CUPED
let completion = SequentialTest.Configuration.forLift(baseline: 0.5)  // τ = 0.025
let (cuped, cupedSeconds) = timed {
    Simulation.cupedRuns(
        runs: options.cupedRuns,
        viewers: 40_000,
        lookEvery: 200,
        lift: 0.02,
        withHistory: 0.7,
        configuration: completion,
        seed: options.seed &+ 2
    )
}
let reductions = cuped.map(\.varianceReduction)
print(
    "CUPED (\(options.cupedRuns) experiments, completion 0.50 → 0.52, covariate = completion of 5 earlier episodes for 70 % of viewers)  [\(f(cupedSeconds, 1)) s]"
)
print(
    "  variance of the difference reduced by \(f(reductions.reduce(0, +) / Double(reductions.count) * 100, 1)) % (mean)"
)
print(
    "  detected by 40,000 viewers: plain \(f(Double(cuped.filter { $0.plainDecidedAt != nil }.count) / Double(cuped.count))), CUPED \(f(Double(cuped.filter { $0.adjustedDecidedAt != nil }.count) / Double(cuped.count)))"
)
print(
    "  median viewers needed: plain \(median(cuped.map { $0.plainDecidedAt ?? .max }).map { $0 == .max ? "not reached" : "\($0)" } ?? "-"), CUPED \(median(cuped.map { $0.adjustedDecidedAt ?? .max }).map { $0 == .max ? "not reached" : "\($0)" } ?? "-")"
)
print()

// 4. Bandit
let rates = [0.040, 0.045, 0.050, 0.060]
let (bandits, banditSeconds) = timed {
    (0..<options.banditRuns).map {
        Simulation.banditRun(rates: rates, impressions: 50_000, seed: options.seed &+ 3 &+ UInt64($0))
    }
}
let regrets = bandits.map(\.regret)
print(
    "Bandit (\(options.banditRuns) runs, covers at 0.040 / 0.045 / 0.050 / 0.060, 50,000 impressions, floor 1 %)  [\(f(banditSeconds, 1)) s]"
)
print(
    "  regret (clicks lost vs always the best): median \(f(percentile(regrets, 0.5), 1)), mean \(f(regrets.reduce(0, +) / Double(regrets.count), 1)), 90th percentile \(f(percentile(regrets, 0.9), 1)); even split would lose \(f(bandits[0].uniformRegret, 1))"
)
let medianRegret = percentile(regrets, 0.5)
let medianShare = percentile(bandits.map(\.bestShare), 0.5)
print(
    "  bound: median regret ≤ ¼ of the even split's \(medianRegret <= bandits[0].uniformRegret / 4 ? "✓" : "✗"), median final share of the best ≥ 0.80 \(medianShare >= 0.8 ? "✓" : "✗")"
)
print(
    "  best cover's allocated share at the end: median \(f(percentile(bandits.map(\.bestShare), 0.5))), 10th percentile \(f(percentile(bandits.map(\.bestShare), 0.1)))"
)
print("  best cover's share of the last 5,000 impressions: median \(f(percentile(bandits.map(\.bestServedLate), 0.5)))")
print("  allocation changes recorded per run: median \(median(bandits.map(\.changes.count)) ?? 0)")
if let first = bandits.first {
    print("  run 0: regret \(f(first.regret, 1)), changes:")
    for change in first.changes {
        print("    at \(change.impressions) impressions: " + change.shares.map { f($0, 2) }.joined(separator: " / "))
    }
}
