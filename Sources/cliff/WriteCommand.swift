import ArgumentParser
import DramaModel
import Foundation
import StoryEngine

/// `cliff write`: (re)write episodes from the bible, keeping people's edits.
struct WriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "(Re)write episode scripts from series.yaml; episodes people edited are kept unless --force.",
        discussion: """
            Example:
              cliff write demo --episodes 5-12
              cliff write demo --episodes 7 --force     # overwrite a hand-edited episode 7

            series.yaml is validated first: if it has errors, they are all listed and nothing is written.
            """
    )

    @OptionGroup var project: ProjectArgument
    @OptionGroup var selection: EpisodeOption

    @Flag(help: "Overwrite episodes that people edited.")
    var force = false

    func run() throws {
        let project = project.project
        let loaded = try project.loadBible()
        for warning in loaded.warnings { Console.diagnostic(warning) }
        let series = loaded.series
        let numbers = try selection.numbers(in: series.format.episodes)
        let writer = BeatSheetWriter()
        let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
        let wanted = Set(numbers)
        let report = try project.writeEpisodes(scripts.filter { wanted.contains($0.number) }, force: force)
        func list(_ numbers: [Int]) -> String { EpisodeSelection(ranges: numbers.map { $0...$0 }).description }
        print("Wrote \(report.written.count) episode\(report.written.count == 1 ? "" : "s")\(report.written.isEmpty ? "" : ": \(compact(report.written))"); \(report.unchanged.count) already up to date.")
        if !report.keptEdited.isEmpty {
            Console.write("note: kept \(report.keptEdited.count) episode\(report.keptEdited.count == 1 ? "" : "s") that people edited: \(compact(report.keptEdited)). To overwrite: cliff write \(project.displayPath(project.root)) --episodes \(compact(report.keptEdited)) --force")
        }
    }

    func compact(_ numbers: [Int]) -> String {
        var ranges: [ClosedRange<Int>] = []
        for n in numbers.sorted() {
            if let last = ranges.last, last.upperBound + 1 == n { ranges[ranges.count - 1] = last.lowerBound...n } else { ranges.append(n...n) }
        }
        return EpisodeSelection(ranges: ranges).description
    }
}
