import Basics
package import DramaModel
public import Foundation

/// `cliff slate report`: the slate's series ranked by a documented score from their pilots'
/// audiences against what they cost, each with an interval and a recommendation — extend,
/// iterate or sunset — and the evidence for it (docs/slate.md "The report").
///
/// The score of a measured series:
///
/// ```
/// index = Σ wₖ · zₖ / Σ wₖ        over hook, completion, continue, projected paywall
/// score = 50 + 10 × (index − 0.1 × log₂((c + 0.001) / (c̃ + 0.001)))
/// ```
///
/// `zₖ` is the part on its log-odds scale (log for the projected paywall), standardised over the
/// slate's measured series; `wₖ = baseₖ · ρₖ / (1 − ρₖ)` with base weights 0.2, 0.2, 0.3, 0.3
/// and `ρₖ` the part's premise share: the share of its spread over the slate that the pilots'
/// craft (`PilotCraft`: line lengths, endings, episode length, language — what a rewrite
/// changes) does not explain. A slate tests premises; a part that follows the
/// writing is iterate's business. `c` is the pilot's cost per finished minute (USD, from its
/// ledger), `c̃` the slate's median. The interval is the 5th to 95th percentile of the score over
/// `bootstrap` resamples of the pilot's viewers (seeded, so the same events give the same report).
///
/// ```swift
/// let report = SlateReport.make(slate: "spring", series: inputs, seed: 1)
/// print(report.text)
/// ```
public struct SlateReport: Sendable, Hashable, Codable {
    /// What the report recommends for a series.
    public enum Decision: String, Sendable, Hashable, Codable, CaseIterable {
        /// Write (if needed) and produce the rest of the season.
        case extend
        /// Rewrite a named weak beat or hook, then test again.
        case iterate
        /// Stop the series' calendar; keep its files.
        case sunset
    }

    /// A weak spot to rewrite: a finding of the story-loss analysis or the pilot's weakest part.
    public struct WeakSpot: Sendable, Hashable, Codable {
        /// What to rewrite, named: `the hook of episode 1`, `confrontation beats`.
        public var target: String
        /// The finding behind it, in one sentence with its numbers.
        public var finding: String
        /// The note for the writer (`shorten-beat beat=confrontation strength=0.80`).
        public var note: String

        /// Creates a weak spot.
        public init(target: String, finding: String, note: String) {
            self.target = target
            self.finding = finding
            self.note = note
        }
    }

    /// What the report reads about one series.
    package struct Input: Sendable {
        /// The series' id in the slate.
        package var id: String
        /// Its title.
        package var title: String
        /// Episodes in its pilot.
        package var pilotEpisodes: Int
        /// Its season's paywall episode (nil: none).
        package var paywallEpisode: Int?
        /// Its pilot's viewers (empty: no audience data yet).
        package var viewers: [PilotViewer]
        /// How many of them are synthetic.
        package var syntheticViewers: Int
        /// Its ledger's spend on the pilot.
        package var spend: Money
        /// Minutes of finished pilot episodes (nil: none finished).
        package var finishedMinutes: Double?
        /// Findings of the story-loss analysis on the pilot, strongest first (for iterate).
        package var findings: [WeakSpot]
        /// Sunset by a decision: listed, not ranked.
        package var sunset = false
        /// How its pilot is written (nil: its scripts could not be read).
        package var craft: PilotCraft?

        /// Creates an input.
        package init(
            id: String, title: String, pilotEpisodes: Int, paywallEpisode: Int?, viewers: [PilotViewer], syntheticViewers: Int, spend: Money,
            finishedMinutes: Double?, findings: [WeakSpot] = [], craft: PilotCraft? = nil
        ) {
            self.id = id
            self.title = title
            self.pilotEpisodes = pilotEpisodes
            self.paywallEpisode = paywallEpisode
            self.viewers = viewers
            self.syntheticViewers = syntheticViewers
            self.spend = spend
            self.finishedMinutes = finishedMinutes
            self.findings = findings
            self.craft = craft
        }
    }

    /// One series in the report.
    public struct Entry: Sendable, Hashable, Codable {
        /// The series' id in the slate.
        public var id: String
        /// Its title.
        public var title: String
        /// 1 for the best score; nil when not measured.
        public var rank: Int?
        /// The score (nil when not measured).
        public var score: Double?
        /// The 90 % bootstrap interval of the score.
        public var low: Double?
        /// The interval's upper end.
        public var high: Double?
        /// The audience figures of the pilot (nil when not measured).
        package var figures: PilotFigures?
        /// Viewers of the pilot that are synthetic.
        public var syntheticViewers: Int
        /// The pilot's spend from its ledger, in USD.
        public var spendUSD: Double
        /// Minutes of finished pilot episodes.
        public var finishedMinutes: Double?
        /// Spend per finished minute, USD (nil when nothing is finished).
        public var costPerMinute: Double?
        /// The recommendation (nil when not measured).
        public var decision: Decision?
        /// The evidence for it, in words and numbers, one fact a line.
        public var evidence: [String]
        /// For iterate: what to rewrite and why.
        public var weakSpot: WeakSpot?
        /// For a series not measured: why, and how to get data.
        public var notMeasured: String?
        /// How its pilot is written, when its scripts were read.
        public var craft: PilotCraft?

        /// The pilot's hook rate (share of episode-1 starts still watching at 3 s), when measured.
        package var hookRate: Double? { figures?.hookRate }
        /// The share of pilot views completed, when measured.
        package var completionRate: Double? { figures?.completionRate }
        /// The continue rate through the pilot, when measured.
        package var continueRate: Double? { figures?.continueRate }
        /// The projected paywall conversion, when measured.
        package var projectedPaywall: Double? { figures?.projectedPaywall }
    }

    /// The report's file name inside the slate folder.
    public static let fileName = "report.json"

    /// The slate's name as given.
    public var slate: String
    /// The bootstrap's seed.
    public var seed: UInt64
    /// Resamples of viewers per series for the intervals.
    public var bootstrap: Int
    /// The score's formula, as documented.
    public var formula: String
    /// The series, ranked first (best first), then those not measured in the slate's order.
    public var entries: [Entry]
    /// Whether any figure comes from synthetic viewers.
    public var synthetic: Bool
    /// Each part's premise share (`hook`, `completion`, `continue`, `projected_paywall`): the
    /// share of its spread over the slate that the pilots' craft does not explain,
    /// when the slate had enough measured series to tell (`craftSeries`).
    public var premiseShare: [String: Double]
    /// Each part's weight in the index (they add up to 1).
    public var weights: [String: Double]

    /// The fewest episode-1 viewers a pilot needs to be ranked.
    package static let minimumViewers = 30
    /// The parts' base weights: what each says about earning (docs/slate.md "The score").
    package static let baseWeights: [PilotFigures.Part: Double] = [.hook: 0.2, .completion: 0.2, .continuing: 0.3, .paywall: 0.3]
    /// The highest premise share used, so that no part takes all the weight.
    package static let maximumShare = 0.95
    /// The fewest measured series to tell craft from premise on (six craft measures and an
    /// intercept leave three degrees of freedom); with fewer, the base weights.
    package static let craftSeries = 10
    /// How much cost counts: index points (standard deviations of the slate) lost per doubling
    /// of the cost per finished minute against the slate's median — a tie-breaker.
    package static let costWeight = 0.1
    /// Added to every cost per minute (USD) so a free pilot is not infinitely better.
    package static let costFloor = 0.001
    /// The formula in words (printed under the table and stored in `report.json`).
    package static let formulaText =
        "score = 50 + 10 × (Σ w·z / Σ w − 0.1 × log₂(($/min + 0.001) / (median $/min + 0.001))); z: each part on its log-odds scale (log for the projected paywall) standardised over the slate; w = base (0.2 hook, 0.2 completion, 0.3 continue, 0.3 projected paywall) × ρ/(1−ρ), ρ the part's premise share: 1 − adjusted R² of the part regressed over the slate on the pilots' craft (line lengths, endings, episode length, language)"

    /// Each part's premise share over the measured series: `1 − adjusted R²` of the part
    /// regressed on the pilots' craft measures, clamped to 0…0.95 — the share of the part's
    /// spread over the slate the craft does not explain. Empty with fewer than `craftSeries`
    /// series or when a series' craft is unknown; a part that does not vary has no share.
    ///
    /// Sampling noise is not taken out here: it is in every part alike and the bootstrap interval
    /// carries it (docs/slate.md "The score" says why).
    package static func premiseShares(values: [PilotFigures.Part: [Double]], craft: [PilotCraft?]) -> [PilotFigures.Part: Double] {
        let n = craft.count
        guard n >= craftSeries else { return [:] }
        let rows = craft.compactMap { $0?.values }
        guard rows.count == n else { return [:] }
        var out: [PilotFigures.Part: Double] = [:]
        for part in PilotFigures.Part.allCases {
            guard let y = values[part], y.count == n else { continue }
            let mean = y.reduce(0, +) / Double(n)
            let total = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
            guard total > 1e-12 else { continue }
            let fit = CraftRegression.residual(y, on: rows)
            let left = fit.sumOfSquares / Double(max(1, n - fit.kept - 1))
            out[part] = min(maximumShare, max(0, left / total))
        }
        return out
    }

    /// The report of `series` (in the slate's order), with `bootstrap` resamples per series
    /// drawn from `seed`.
    package static func make(slate: String, series: [Input], seed: UInt64 = 1, bootstrap: Int = 200) -> SlateReport {
        struct Measured {
            var index: Int
            var figures: PilotFigures
            var resampled: [PilotFigures]
            var costPerMinute: Double?
            var craft: PilotCraft?
            /// The parts on the score's scale (the same ε for the figures and their resamples).
            func scaled(_ f: PilotFigures, _ part: PilotFigures.Part) -> Double { f.scaled(part, viewers: figures.viewers) }
        }
        var measured: [Measured] = []
        var entries: [Entry] = series.map { input in
            Entry(
                id: input.id, title: input.title, syntheticViewers: input.syntheticViewers, spendUSD: input.spend.dollars,
                finishedMinutes: input.finishedMinutes,
                costPerMinute: input.finishedMinutes.flatMap { $0 > 0 ? input.spend.dollars / $0 : nil }, evidence: [], craft: input.craft)
        }
        for (index, input) in series.enumerated() {
            guard !input.sunset else {
                entries[index].notMeasured = "sunset by a decision (slate.yaml): not ranked; its files are kept"
                continue
            }
            var counts = PilotFigures.Counts(pilotEpisodes: input.pilotEpisodes)
            for viewer in input.viewers { counts.add(viewer) }
            let figures = PilotFigures.measure(counts, paywallEpisode: input.paywallEpisode)
            guard figures.viewers >= minimumViewers else {
                entries[index].notMeasured = figures.viewers == 0
                    ? "no viewers of its pilot yet: simulate them (cliff slate simulate \(slate)) or publish the pilot and wait for views"
                    : "\(figures.viewers) viewers of episode 1, fewer than the \(minimumViewers) needed to rank it: wait for more views, or simulate them (cliff slate simulate \(slate))"
                continue
            }
            var random = SeededGenerator(seed: seed, keys: [0x51A7E, StableHash.of("bootstrap", input.id)])
            var resampled: [PilotFigures] = []
            resampled.reserveCapacity(bootstrap)
            let n = input.viewers.count
            for _ in 0..<bootstrap {
                var counts = PilotFigures.Counts(pilotEpisodes: input.pilotEpisodes)
                for _ in 0..<n { counts.add(input.viewers[random.below(n)]) }
                resampled.append(PilotFigures.measure(counts, paywallEpisode: input.paywallEpisode))
            }
            measured.append(Measured(index: index, figures: figures, resampled: resampled, costPerMinute: entries[index].costPerMinute, craft: input.craft))
        }
        // Each part on its scale over the slate.
        var values: [PilotFigures.Part: [Double]] = [:]
        for part in PilotFigures.Part.allCases { values[part] = measured.map { $0.scaled($0.figures, part) } }
        // The parts' weights from their premise share over the slate (the base weights when the
        // slate is too small to tell craft from premise).
        let shares = Self.premiseShares(values: values, craft: measured.map(\.craft))
        var weights: [PilotFigures.Part: Double] = [:]
        for part in PilotFigures.Part.allCases {
            let base = baseWeights[part] ?? 0
            if shares.isEmpty {
                weights[part] = base
            } else {
                // A part that does not vary over the slate has no share and tells nothing apart.
                let rho = shares[part] ?? 0
                weights[part] = base * rho / (1 - rho)
            }
        }
        var total = weights.values.reduce(0, +)
        if total <= 0 {
            weights = baseWeights
            total = weights.values.reduce(0, +)
        }
        for part in PilotFigures.Part.allCases { weights[part] = (weights[part] ?? 0) / total }
        var centre: [PilotFigures.Part: (mean: Double, sd: Double)] = [:]
        for part in PilotFigures.Part.allCases {
            let v = values[part] ?? []
            let mean = v.isEmpty ? 0 : v.reduce(0, +) / Double(v.count)
            let variance = v.count > 1 ? v.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(v.count - 1) : 0
            centre[part] = (mean, variance.squareRoot())
        }
        func index(_ f: PilotFigures, _ m: Measured) -> Double {
            PilotFigures.Part.allCases.reduce(0) { sum, part in
                guard let c = centre[part], c.sd > 0 else { return sum }
                return sum + (weights[part] ?? 0) * (m.scaled(f, part) - c.mean) / c.sd
            }
        }
        // Cost against the slate's median cost per finished minute.
        let costs = measured.compactMap(\.costPerMinute).sorted()
        let medianCost = costs.isEmpty ? nil : (costs[(costs.count - 1) / 2] + costs[costs.count / 2]) / 2
        func costPenalty(_ c: Double?) -> Double {
            guard let c, let medianCost else { return 0 }
            return costWeight * log2((c + costFloor) / (medianCost + costFloor))
        }
        var scored: [(index: Int, score: Double, low: Double, high: Double, figures: PilotFigures, penalty: Double)] = measured.map { m in
            let penalty = costPenalty(m.costPerMinute)
            let score = 50 + 10 * (index(m.figures, m) - penalty)
            let sorted = m.resampled.map { 50 + 10 * (index($0, m) - penalty) }.sorted()
            let low = sorted.isEmpty ? score : sorted[Int((Double(sorted.count - 1) * 0.05).rounded())]
            let high = sorted.isEmpty ? score : sorted[Int((Double(sorted.count - 1) * 0.95).rounded())]
            return (m.index, score, low, high, m.figures, penalty)
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : series[$0.index].id < series[$1.index].id }
        let scores = scored.map(\.score).sorted()
        let median = scores.isEmpty ? 0 : (scores[(scores.count - 1) / 2] + scores[scores.count / 2]) / 2
        let count = scored.count
        let top = max(1, Int((Double(count) / 5).rounded(.up)))
        let bottom = count / 3
        func medianOf(_ values: [Double]) -> Double {
            let s = values.sorted()
            return s.isEmpty ? 0 : (s[(s.count - 1) / 2] + s[s.count / 2]) / 2
        }
        let slateHook = medianOf(scored.map(\.figures.hookRate))
        let slateContinue = medianOf(scored.map(\.figures.continueRate))
        let slateCompletion = medianOf(scored.map(\.figures.completionRate))
        for (position, item) in scored.enumerated() {
            let rank = position + 1
            let input = series[item.index]
            let f = item.figures
            var entry = entries[item.index]
            entry.rank = rank
            entry.score = item.score
            entry.low = item.low
            entry.high = item.high
            entry.figures = f
            var evidence = [
                "score \(Self.points(item.score)) (90 % interval \(Self.points(item.low))–\(Self.points(item.high))), rank \(rank) of \(count); the slate's median \(Self.points(median))",
                "\(Self.count(f.viewers)) viewers of episode 1\(input.syntheticViewers > 0 ? " (synthetic: \(Self.count(input.syntheticViewers)) simulated)" : ""): hook \(Self.percent(f.hookRate)), completion \(Self.percent(f.completionRate)), continue through the pilot \(Self.percent(f.continueRate)), \(Self.percent(f.carriedThrough)) reached episode \(input.pilotEpisodes)",
                f.paywallEpisode.map { n in
                    f.unlockMeasured
                        ? "paywall at episode \(n): \(Self.percent(f.projectedPaywall)) of episode-1 viewers unlocked it (measured)"
                        : "paywall at episode \(n): \(Self.percent(f.projectedPaywall)) of episode-1 viewers projected to unlock it (\(Self.percent(f.carryPerEpisode)) carried per episode past the pilot, \(Self.percent(f.unlockRate)) assumed to unlock)"
                } ?? "no paywall in the season: the paywall part counts 0",
                entry.costPerMinute.map { "pilot cost \(Self.dollars(entry.spendUSD)) from its ledger for \(String(format: "%.1f", entry.finishedMinutes ?? 0)) finished minutes: \(Self.dollars($0)) a minute (\(String(format: "%+.1f", -10 * item.penalty + 0)) points for cost against the slate's median)" }
                    ?? "pilot cost \(Self.dollars(entry.spendUSD)) from its ledger; no finished minutes to divide by, so cost does not count",
            ]
            if let craft = input.craft { evidence.append("craft of the pilot: \(craft.summary(episodes: input.pilotEpisodes))") }
            if rank <= top, item.low > median {
                entry.decision = .extend
                evidence.append("extend: among the slate's top \(top) and the whole interval is above the slate's median \(Self.points(median))")
            } else if rank > count - bottom, item.high < median {
                entry.decision = .sunset
                evidence.append("sunset: among the slate's bottom \(bottom) and the whole interval is below the slate's median \(Self.points(median)); stop its calendar, keep its files")
            } else {
                entry.decision = .iterate
                let spot = input.findings.first ?? Self.weakestPart(f, pilotEpisodes: input.pilotEpisodes, hook: slateHook, continuing: slateContinue, completion: slateCompletion)
                entry.weakSpot = spot
                let why = rank <= top ? "near the top but its interval reaches below the slate's median \(Self.points(median)): not clear of the rest yet"
                    : rank > count - bottom ? "near the bottom but its interval reaches the slate's median \(Self.points(median)): not clearly behind"
                    : "in the middle of the slate"
                evidence.append("iterate: \(why); rewrite \(spot.target): \(spot.finding) (\(spot.note))")
            }
            entry.evidence = evidence
            entries[item.index] = entry
        }
        let ranked = scored.map { entries[$0.index] }
        let unmeasured = entries.filter { $0.rank == nil }
        return SlateReport(
            slate: slate, seed: seed, bootstrap: bootstrap, formula: formulaText, entries: ranked + unmeasured,
            synthetic: series.contains { $0.syntheticViewers > 0 },
            premiseShare: Dictionary(uniqueKeysWithValues: shares.map { ($0.key.rawValue, $0.value) }),
            weights: Dictionary(uniqueKeysWithValues: weights.map { ($0.key.rawValue, $0.value) }))
    }

    /// The pilot's weakest part against the slate's medians, when the story-loss analysis has
    /// no finding: the hook of episode 1, the endings, or the middle of the episodes.
    static func weakestPart(_ f: PilotFigures, pilotEpisodes: Int, hook: Double, continuing: Double, completion: Double) -> WeakSpot {
        let gaps = [
            ("hook", f.hookRate - hook), ("continue", pilotEpisodes > 1 ? f.continueRate - continuing : 1), ("completion", f.completionRate - completion),
        ]
        let weakest = gaps.min { $0.1 < $1.1 }!.0
        switch weakest {
        case "hook":
            return WeakSpot(
                target: "the hook of episode 1",
                finding: "\(Self.percent(f.hookRate)) of its viewers stay past 3 s, against the slate's median \(Self.percent(hook))",
                note: "stronger-hook")
        case "continue":
            return WeakSpot(
                target: pilotEpisodes <= 2 ? "the cliffhanger of episode 1" : "the cliffhangers of episodes 1–\(pilotEpisodes - 1)",
                finding: "\(Self.percent(f.continueRate)) go on through the pilot, against the slate's median \(Self.percent(continuing))",
                note: "stronger-cliffhanger")
        default:
            return WeakSpot(
                target: "the slowest beats of the pilot",
                finding: "\(Self.percent(f.completionRate)) of views complete, against the slate's median \(Self.percent(completion)); cliff insights on the series names the beats",
                note: "shorten-beat")
        }
    }

    /// The report as a table and the evidence per series, labelled synthetic when it is.
    public var text: String {
        var out = ""
        if synthetic {
            out += "SYNTHETIC AUDIENCE: these figures come from simulated viewers (cliff slate simulate); they test the report, they do not forecast real viewers.\n"
        }
        let ranked = entries.filter { $0.rank != nil }
        out += "Slate \(slate): \(ranked.count) of \(entries.count) series measured.\n"
        var rows = [["RANK", "SERIES", "SCORE", "90% INTERVAL", "HOOK", "CONTINUE", "COMPLETE", "PAYWALL*", "$/MIN", "DECISION"]]
        for e in ranked {
            guard let f = e.figures, let score = e.score, let low = e.low, let high = e.high else { continue }
            rows.append([
                "\(e.rank ?? 0)", e.id, Self.points(score), "\(Self.points(low))–\(Self.points(high))", Self.percent(f.hookRate),
                Self.percent(f.continueRate), Self.percent(f.completionRate), Self.percent(f.projectedPaywall),
                e.costPerMinute.map { Self.dollars($0) } ?? "–", e.decision?.rawValue ?? "",
            ])
        }
        for e in entries where e.rank == nil {
            rows.append(["–", e.id, "–", "–", "–", "–", "–", "–", "–", "not measured"])
        }
        out += Self.table(rows) + "\n"
        out += "* projected paywall conversion: episode-1 viewers projected to unlock the season's paywall episode (docs/slate.md).\n"
        out += "\(formula)\n"
        let parts = PilotFigures.Part.allCases
        out += "weights: " + parts.map { String(format: "%@ %.2f", $0.rawValue.replacingOccurrences(of: "_", with: " "), weights[$0.rawValue] ?? 0) }.joined(separator: ", ")
        out += premiseShare.isEmpty
            ? " (the base weights: telling the premise from the craft needs \(Self.craftSeries) measured series whose scripts were read)\n"
            : "; premise share (spread the pilots' craft does not explain): " + parts.map { p in String(format: "%@ %@", p.rawValue.replacingOccurrences(of: "_", with: " "), premiseShare[p.rawValue].map { String(format: "%.2f", $0) } ?? "–") }.joined(separator: ", ") + "\n"
        for e in entries {
            out += "\n\(e.id) — “\(e.title)”"
            if let decision = e.decision { out += ": \(decision.rawValue.uppercased())" }
            out += "\n"
            if let why = e.notMeasured { out += "  not measured: \(why)\n" }
            for line in e.evidence { out += "  · \(line)\n" }
        }
        return out
    }

    /// The report as JSON (sorted keys), as saved to `report.json`.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    static func points(_ value: Double) -> String { String(format: "%.1f", value) }
    static func percent(_ value: Double) -> String {
        value < 0.1 && value > 0 ? String(format: "%.2f %%", value * 100) : String(format: "%.1f %%", value * 100)
    }
    static func dollars(_ value: Double) -> String { String(format: "$%.4f", value) }
    static func count(_ n: Int) -> String { NumberText.grouped(n) }

    /// Columns padded to their widest cell (CJK characters count two).
    static func table(_ rows: [[String]]) -> String {
        func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + ((0x2E80...0xFFDC).contains($1.value) ? 2 : 1) } }
        var widths: [Int] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                if i >= widths.count { widths.append(0) }
                widths[i] = max(widths[i], width(cell))
            }
        }
        return rows.map { row in
            row.enumerated().map { i, cell in i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - width(cell) + 2) }.joined()
        }.joined(separator: "\n")
    }
}
