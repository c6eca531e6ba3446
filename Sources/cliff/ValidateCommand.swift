import Basics
import ArgumentParser
import DramaModel
import Foundation
import StoryEngine

/// `cliff validate`: the bible and every script, all problems at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check series.yaml and every script: syntax, schema, references and continuity.",
        discussion: """
            Example:
              cliff validate demo

            Every problem is listed with its file:line:column (and field path for series.yaml) and a fix.
            Exits 1 if there is any error; warnings alone exit 0. Nothing is changed.
            """
    )

    @OptionGroup var project: ProjectArgument

    func run() throws {
        let project = project.project
        let loaded = try project.loadBible()
        let scripts = project.scriptsOnDisk()
        let diagnostics = (loaded.warnings + ScriptChecker(series: loaded.series).check(scripts))
        for diagnostic in diagnostics { Console.diagnostic(diagnostic) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let summary = "\(project.displayPath(project.bibleURL)) and \(scripts.count) script\(scripts.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")."
        if errors > 0 { throw CLIError(message: summary) }
        print(summary)
    }
}
