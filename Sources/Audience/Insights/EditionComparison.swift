package import DramaModel
import Foundation

/// A series' editions side by side: each edition's figures, and the lines that lose one
/// edition's viewers but not the others' — matched by line id, since an edition's line keeps
/// its source line's id ("ep003-L0012, a reveal, loses 14 % of the zh viewers who reach it,
/// 3 % of the others").
///
/// A line's exposure is every viewer-second its shots were on screen (a reaction shot counts
/// for the line it reacts to); its loss, the viewers who left in those seconds. For each line
/// and edition, the loss rate is compared with the other editions' pooled rate by a
/// two-proportion z-test; a finding needs enough viewers lost, a clear ratio and a large z.
package struct EditionComparison: Sendable, Hashable, Codable {
    /// One edition's audience.
    package struct Edition: Sendable, Hashable, Codable {
        /// The edition's language (`zh`).
        package var language: String
        /// Its series id (`demo.zh`).
        package var series: String
        /// Viewers who started an episode, summed over episodes.
        package var starts: Int
        /// Completions over starts.
        package var completionRate: Double
        /// Viewers who went on to the next episode over completions, where known.
        package var continueRate: Double?
    }

    /// A line that loses one edition's viewers more than the others'.
    package struct LineFinding: Sendable, Hashable, Codable {
        /// The line, the same in every edition.
        package var line: LineID
        /// The edition losing viewers there.
        package var language: String
        /// Its words in that edition, when known.
        package var text: String?
        /// The beat it belongs to.
        package var beat: BeatKind?
        /// Viewer-seconds on screen in that edition, and viewers lost there.
        package var exposure: Int
        package var lost: Int
        /// Lost per viewer-second in that edition, and in the others pooled.
        package var lossRate: Double
        package var othersLossRate: Double
        /// The two-proportion z statistic.
        package var z: Double

        /// "ep003-L0012 (reveal) loses zh viewers: 14.2 % per second on screen against 3.1 % in the other editions".
        package var sentence: String {
            let what = beat.map { " (\($0.rawValue))" } ?? ""
            let words = text.map { " “\($0)”" } ?? ""
            return "\(line)\(what)\(words) loses \(language) viewers: \(Self.percent(lossRate)) of them leave per second it is on screen, against \(Self.percent(othersLossRate)) in the other editions (\(lost) lost, z = \(String(format: "%.1f", z)))"
        }

        static func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }
    }

    /// The evidence a finding needs.
    package struct Rule: Sendable, Hashable, Codable {
        package var minimumLost = 15
        package var minimumRatio = 1.6
        package var minimumZ = 3.5
        package init() {}
    }

    /// Every edition, the source first.
    package var editions: [Edition]
    /// Findings, strongest first.
    package var findings: [LineFinding]

    /// One edition's input: its language and series id, its metrics and its episodes' maps.
    package struct Input: Sendable {
        package var language: Language
        package var series: String
        package var metrics: SeriesMetrics
        package var maps: [StoryMap]
        package init(language: Language, series: String, metrics: SeriesMetrics, maps: [StoryMap]) {
            self.language = language
            self.series = series
            self.metrics = metrics
            self.maps = maps
        }
    }

    package init(_ inputs: [Input], rule: Rule = Rule()) {
        struct Tally {
            var exposure = 0
            var lost = 0
            var text: String?
            var beat: BeatKind?
        }
        var tallies: [LineID: [String: Tally]] = [:]
        editions = inputs.map { input in
            let starts = input.metrics.episodes.reduce(0) { $0 + $1.starts }
            let completions = input.metrics.episodes.reduce(0) { $0 + $1.completions }
            let continued = input.metrics.episodes.compactMap { episode in episode.continueRate.map { ($0, episode.completions) } }
            let continueRate: Double? = continued.isEmpty ? nil
                : continued.reduce(0) { $0 + $1.0 * Double($1.1) } / Double(max(1, continued.reduce(0) { $0 + $1.1 }))
            return Edition(
                language: input.language.rawValue, series: input.series, starts: starts,
                completionRate: starts == 0 ? 0 : Double(completions) / Double(starts), continueRate: continueRate)
        }
        for input in inputs {
            let maps = Dictionary(input.maps.map { ($0.episode, $0) }, uniquingKeysWith: { first, _ in first })
            for episode in input.metrics.episodes {
                guard let map = maps[episode.episode] else { continue }
                let reached = episode.reach.map { Int(($0 * Double(episode.starts)).rounded()) }
                guard reached.count >= 2 else { continue }
                for second in 0..<(reached.count - 1) {
                    guard let moment = map.moment(at: .milliseconds(Int64(second) * 1000 + 500)), let line = moment.line else { continue }
                    let id = LineID(episode: episode.episode, ordinal: line + 1)
                    var tally = tallies[id, default: [:]][input.language.rawValue, default: Tally()]
                    tally.exposure += reached[second]
                    tally.lost += max(0, reached[second] - reached[second + 1])
                    tally.text = tally.text ?? moment.text
                    tally.beat = tally.beat ?? moment.beat
                    tallies[id, default: [:]][input.language.rawValue] = tally
                }
            }
        }
        var findings: [LineFinding] = []
        for (line, byEdition) in tallies where byEdition.count >= 2 {
            for (language, tally) in byEdition where tally.exposure > 0 {
                let others = byEdition.filter { $0.key != language }.values
                let otherExposure = others.reduce(0) { $0 + $1.exposure }, otherLost = others.reduce(0) { $0 + $1.lost }
                guard otherExposure > 0 else { continue }
                let rate = Double(tally.lost) / Double(tally.exposure), otherRate = Double(otherLost) / Double(otherExposure)
                let pooled = Double(tally.lost + otherLost) / Double(tally.exposure + otherExposure)
                let spread = (pooled * (1 - pooled) * (1 / Double(tally.exposure) + 1 / Double(otherExposure))).squareRoot()
                guard spread > 0 else { continue }
                let z = (rate - otherRate) / spread
                guard tally.lost >= rule.minimumLost, z >= rule.minimumZ, rate >= otherRate * rule.minimumRatio else { continue }
                findings.append(LineFinding(
                    line: line, language: language, text: tally.text, beat: tally.beat, exposure: tally.exposure, lost: tally.lost,
                    lossRate: rate, othersLossRate: otherRate, z: z))
            }
        }
        self.findings = findings.sorted { ($0.z, $1.line) > ($1.z, $0.line) }
    }

    /// The comparison for people.
    package var text: String {
        var out = "Editions:\n"
        for edition in editions {
            let continued = edition.continueRate.map { ", \(LineFinding.percent($0)) go on to the next episode" } ?? ""
            out += "  \(edition.language) (\(edition.series)): \(edition.starts) starts, \(LineFinding.percent(edition.completionRate)) complete\(continued)\n"
        }
        if findings.isEmpty {
            out += "No line loses one edition's viewers clearly more than the others'.\n"
        } else {
            out += "Lines that lose one edition's viewers but not the others':\n"
            for finding in findings.prefix(12) { out += "  \(finding.sentence)\n" }
        }
        return out
    }
}
