import Basics
import ArgumentParser
import DramaModel
import Foundation
import ModelServices
import Production
import StoryEngine

/// `cliff validate`: the bible, every script and the project's phrasebooks, all problems at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check series.yaml, cliff.yaml, every script and phrasebooks/: syntax, schema, references and continuity.",
        discussion: """
            Example:
              cliff validate demo

            Every problem is listed with its file:line:column (and field path for
            series.yaml) and a fix. Exits 1 if there is any error; warnings alone exit 0.
            Nothing is changed.
            """
    )

    @OptionGroup var project: ProjectArgument

    func run() throws {
        let project = project.project
        let loaded = try project.loadBible()
        let scripts = project.scriptsOnDisk()
        var diagnostics = (loaded.warnings + ScriptChecker(series: loaded.series).check(scripts))
        diagnostics += project.episodeProblems()
        diagnostics += Self.phrasebookProblems(project)
        diagnostics += Self.settingsProblems(project)
        diagnostics += Self.experimentProblems(project, series: loaded.series)
        for diagnostic in diagnostics { Console.diagnostic(diagnostic) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let summary = "\(project.displayPath(project.bibleURL)) and \(scripts.count) script\(scripts.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")."
        if errors > 0 { throw CLIError(message: summary) }
        print(summary)
    }

    /// Every problem in `cliff.yaml` (none when there is no such file): the same checks
    /// `write` and `produce` make, services included.
    static func settingsProblems(_ project: SeriesProject) -> [Diagnostic] {
        let url = ProjectLayout(root: project.root).settings
        guard FileManager.default.fileExists(atPath: url.path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil else { return [] }
        let shown = project.displayPath(url)
        let text: String
        do {
            try project.checkInside(url, code: .invalidSettings)
            text = try SeriesLoader.readText(url, displayName: shown, code: .invalidSettings, missing: "")
        } catch {
            return error.diagnostics.isEmpty ? [Diagnostic(file: shown, message: error.message)] : error.diagnostics
        }
        let production = ProductionSettingsLoader.read(yaml: text, file: shown).1
        let services = ServiceSettings.read(yaml: text, file: shown, projectRoot: project.root).1
        return Array(Set(production + services)).sortedByLocation()
    }

    /// Every problem in the project's `phrasebooks/` folder.
    static func phrasebookProblems(_ project: SeriesProject) -> [Diagnostic] {
        let result = Result { () throws(StoryEngineError) in try project.loadPhrasebooks() }
        guard case .failure(let error) = result else { return [] }
        return error.diagnostics.isEmpty ? [Diagnostic(file: project.displayPath(project.phrasebooksURL), message: error.message)] : error.diagnostics
    }

    /// The experiments' files and their variants' scripts (each checked in its episode's place).
    static func experimentProblems(_ project: SeriesProject, series: Series) -> [Diagnostic] {
        let (_, problems) = ExperimentSet.read(project)
        guard problems.isEmpty else { return problems }
        do {
            _ = try ProductionProject.open(project.root).variantScripts(episodes: nil)
            return []
        } catch let error as ProductionError {
            return error.diagnostics
        } catch {
            return []
        }
    }
}
