import Basics
import ArgumentParser
import DramaModel
import Foundation
import Screenplay
import StoryEngine

/// `cliff export`: scripts in other screenplay formats.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export scripts to another format (Final Draft .fdx).",
        discussion: """
            Example:
              # writes demo/out/fdx/ep001.fdx …
              cliff export demo --format fdx --episodes 1-3

            FDX keeps scene headings, action, characters, parentheticals, dialogue,
            transitions, dual dialogue and emphasis; Fountain notes, sections, synopses
            and boneyard have no FDX form and are left out.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case fdx
    }

    @OptionGroup var project: ProjectArgument
    @OptionGroup var selection: EpisodeOption

    @Option(help: "Export format: fdx.")
    var format: Format = .fdx

    @Option(help: "Output folder (default: <project>/out/fdx).")
    var output: String?

    func run() throws {
        let project = project.project
        let series = try project.loadBible().series
        let wanted = Set(try selection.numbers(in: series.format.episodes))
        let scripts = project.scriptsOnDisk().filter { wanted.contains($0.number) }
        guard !scripts.isEmpty else {
            throw CLIError(message: "no scripts to export in \(project.displayPath(project.episodesURL)); run: cliff write \(project.displayPath(project.root))")
        }
        let folder = output.map { URL(fileURLWithPath: $0) } ?? ProjectLayout(root: project.root).output.appendingPathComponent(format.rawValue)
        for script in scripts {
            let xml = FDXWriter.write(FountainParser.parse(script.text))
            let url = folder.appendingPathComponent(EpisodeScript.fileName(script.number).replacingOccurrences(of: ".fountain", with: ".\(format.rawValue)"))
            try AtomicFile.write(xml, to: url)
        }
        print("Exported \(scripts.count) script\(scripts.count == 1 ? "" : "s") to \(project.displayPath(folder))/.")
    }
}
