public import DramaModel
public import Foundation
import StoryEngine

/// Builds the production graph of a series from its scripts: for every dialogue line a cue
/// (what is said, by whom, how long it takes), for every episode its subtitles from those
/// cues, and an export of the subtitles to `out/epNNN/`.
///
/// Keys depend only on what each node reads, so an edit to one line changes one cue, its
/// episode's subtitles and their export, and nothing else. Identical lines spoken the same
/// way share one node. The voice and render steps extend this graph.
public struct ScriptPipeline: Sendable {
    /// Every step this pipeline's nodes need.
    public static var steps: [any Step] { [CueStep(), SubtitleStep(), ExportStep()] }

    let series: Series
    let checker: ScriptChecker

    /// A pipeline for `series`.
    public init(series: Series) {
        self.series = series
        self.checker = ScriptChecker(series: series)
    }

    /// Stage order inside an episode, for priorities.
    enum Stage: Int { case cue, subtitles, export }

    static func priority(episode: Int, _ stage: Stage) -> Int { episode * 10 + stage.rawValue }

    /// The graph for `scripts` (episode number and text).
    public func graph(for scripts: [(number: Int, text: String)]) -> ProductionGraph {
        var graph = ProductionGraph()
        let language = series.language
        let cast = Dictionary(series.characters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for script in scripts {
            let breakdown = EpisodeBreakdown(episode: script.number, script: script.text, checker: checker)
            let tag = String(format: "ep%03d", script.number)
            var cueKeys: [NodeKey] = []
            var subtitleLines: [SubtitleStep.Line] = []
            for (index, line) in breakdown.lines.enumerated() {
                let member = cast[line.speaker]
                let parameters = CueStep.Parameters(
                    language: language.rawValue, speaker: line.speaker, text: line.text, parenthetical: line.parenthetical,
                    voice: member.map { CueStep.Voice($0.voice) })
                let key = graph.add(Node(
                    step: CueStep.kind, generator: CueStep.generatorID, episode: script.number,
                    priority: Self.priority(episode: script.number, .cue), inputs: [], parameters: CanonicalJSON.encode(parameters),
                    label: "\(tag) cue \(index + 1) \(line.cue)", estimate: CueStep.estimate(parameters)))
                cueKeys.append(key)
                subtitleLines.append(.init(speaker: member?.name ?? line.cue))
            }
            let subtitles = graph.add(Node(
                step: SubtitleStep.kind, generator: SubtitleStep.generatorID, episode: script.number,
                priority: Self.priority(episode: script.number, .subtitles), inputs: cueKeys,
                parameters: CanonicalJSON.encode(SubtitleStep.Parameters(language: language.rawValue, lines: subtitleLines)),
                label: "\(tag) subtitles"))
            graph.add(Node(
                step: ExportStep.kind, generator: ExportStep.generatorID, episode: script.number,
                priority: Self.priority(episode: script.number, .export), inputs: [subtitles],
                parameters: CanonicalJSON.encode(ExportStep.Parameters(files: [
                    .init(input: 0, name: "episode.srt", path: "out/\(tag)/episode.srt"),
                    .init(input: 0, name: "episode.vtt", path: "out/\(tag)/episode.vtt"),
                ])),
                label: "\(tag) export subtitles"))
        }
        return graph
    }
}
