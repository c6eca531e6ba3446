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
        print("Wrote \(report.written.count) episode\(report.written.count == 1 ? "" : "s")\(report.written.isEmpty ? "" : ": \(EpisodeSelection(numbers: report.written).description)"); \(report.unchanged.count) already up to date.")
        if !report.keptEdited.isEmpty {
            Console.write("note: kept \(report.keptEdited.count) episode\(report.keptEdited.count == 1 ? "" : "s") that people edited: \(EpisodeSelection(numbers: report.keptEdited).description). To overwrite: cliff write \(project.displayPath(project.root)) --episodes \(EpisodeSelection(numbers: report.keptEdited).description) --force")
        }
    }
}
