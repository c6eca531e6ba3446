public import DramaModel
public import Production
import Foundation
import StoryEngine

/// How a pilot is written, measured from its scripts: the craft a rewrite changes (the length
/// of its lines, how its episodes end, how long they run) as opposed to its premise.
///
/// The slate report uses these to tell, part by part, how much of the slate's spread in an
/// audience figure follows the writing rather than the premise (docs/slate.md "The score"):
/// a part the craft explains says little about the premise, which is what a slate tests.
///
/// ```swift
/// let craft = PilotCraft.measure(breakdowns: stories.map(\.breakdown), episodeSeconds: stories.map(\.timeline.duration.seconds), language: .en)
/// print(craft.summary)  // lines 2.9 s on average, 8 % longer than 4 s; 1 of 3 episodes ends on a question, …
/// ```
public struct PilotCraft: Sendable, Hashable, Codable {
    /// Mean estimated speaking time of a line, in seconds (`SpokenLength`).
    public var lineSeconds: Double
    /// Share of lines whose speaking time is over `longLine` seconds.
    public var longLines: Double
    /// Share of the pilot's episodes whose last line ends on a question (`?`, `？`, `…`).
    public var questionEndings: Double
    /// Share of the pilot's episodes whose last line ends on an exclamation (`!`, `！`).
    public var exclamationEndings: Double
    /// Mean length of the pilot's episodes, in seconds (measured when produced, else estimated).
    public var episodeSeconds: Double
    /// 1 when the series is written in Chinese, 0 otherwise: the voices and the lines' rhythm
    /// differ between the languages.
    public var chinese: Double

    /// A line longer than this many seconds counts as long.
    public static let longLine = 4.0

    /// The measures in a fixed order, as the report's regression reads them.
    package var values: [Double] {
        [lineSeconds, longLines, questionEndings, exclamationEndings, episodeSeconds, chinese]
    }

    /// The measures' names, in the order of `values`.
    package static let names = [
        "line seconds", "long lines", "question endings", "exclamation endings", "episode seconds", "chinese",
    ]

    /// Creates the measures.
    public init(
        lineSeconds: Double, longLines: Double, questionEndings: Double, exclamationEndings: Double, episodeSeconds: Double, chinese: Double
    ) {
        self.lineSeconds = lineSeconds
        self.longLines = longLines
        self.questionEndings = questionEndings
        self.exclamationEndings = exclamationEndings
        self.episodeSeconds = episodeSeconds
        self.chinese = chinese
    }

    /// The craft of a pilot from its episodes' breakdowns and lengths (in the same order).
    public static func measure(breakdowns: [EpisodeBreakdown], episodeSeconds: [Double], language: Language) -> PilotCraft {
        var seconds: [Double] = []
        var questions = 0.0
        var exclamations = 0.0
        for breakdown in breakdowns {
            for line in breakdown.lines { seconds.append(SpokenLength.speechSeconds(line.text, language: language)) }
            let last = breakdown.lines.last?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if last.hasSuffix("?") || last.hasSuffix("？") || last.hasSuffix("…") || last.hasSuffix("...") { questions += 1 }
            if last.hasSuffix("!") || last.hasSuffix("！") { exclamations += 1 }
        }
        let episodes = Double(max(1, breakdowns.count))
        return PilotCraft(
            lineSeconds: seconds.isEmpty ? 0 : seconds.reduce(0, +) / Double(seconds.count),
            longLines: seconds.isEmpty ? 0 : Double(seconds.filter { $0 > longLine }.count) / Double(seconds.count),
            questionEndings: questions / episodes, exclamationEndings: exclamations / episodes,
            episodeSeconds: episodeSeconds.isEmpty ? 0 : episodeSeconds.reduce(0, +) / Double(episodeSeconds.count),
            chinese: language == .zh ? 1 : 0)
    }

    /// The measures in words, for the report's evidence.
    public func summary(episodes: Int) -> String {
        let ofEpisodes = { (share: Double) in "\(Int((share * Double(episodes)).rounded())) of \(episodes)" }
        return String(
            format: "lines %.1f s on average, %.0f %% longer than %.0f s; %@ episodes end on a question, %@ on an exclamation; episodes %.0f s",
            lineSeconds, longLines * 100, Self.longLine, ofEpisodes(questionEndings), ofEpisodes(exclamationEndings), episodeSeconds)
    }
}

/// Least squares of a part on the craft measures, over the slate's series: how much of the
/// part's spread the craft leaves unexplained.
package enum CraftRegression {
    /// The residual sum of squares of `y` regressed (with an intercept) on the columns of
    /// `features` (one row per series), and the number of measures kept: a measure that does
    /// not vary, or that the others already explain, is left out (modified Gram–Schmidt).
    package static func residual(_ y: [Double], on features: [[Double]]) -> (sumOfSquares: Double, kept: Int) {
        let n = y.count
        guard n > 0 else { return (0, 0) }
        let columns = features.first?.count ?? 0
        // Orthonormal basis, starting with the intercept.
        var basis: [[Double]] = [[Double](repeating: 1 / Double(n).squareRoot(), count: n)]
        var kept = 0
        for c in 0..<columns {
            var v = features.map { $0[c] }
            let norm0 = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm0 > 0 else { continue }
            for b in basis {
                let dot = zip(v, b).reduce(0) { $0 + $1.0 * $1.1 }
                for i in 0..<n { v[i] -= dot * b[i] }
            }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            // What is left of the measure once the others are taken out is rounding: collinear.
            guard norm > 1e-9 * norm0, basis.count < n - 1 else { continue }
            basis.append(v.map { $0 / norm })
            kept += 1
        }
        var r = y
        for b in basis {
            let dot = zip(r, b).reduce(0) { $0 + $1.0 * $1.1 }
            for i in 0..<n { r[i] -= dot * b[i] }
        }
        return (r.reduce(0) { $0 + $1 * $1 }, kept)
    }
}
