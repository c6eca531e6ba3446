import ArgumentParser
import Basics
import DramaModel
import Foundation
import StoryEngine

/// `cliff localize`: a series' edition in another language.
struct LocalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "localize",
        abstract: "Make or update a series' edition in another language: translated scripts whose lines keep their ids.",
        discussion: """
            Examples:
              # editions/zh/: series.yaml, episodes/, lines.json — then produce it like any series
              cliff localize demo --to zh
              cliff produce demo/editions/zh

            Every line of dialogue keeps its source line's id (ep001-L0007), so shots,
            timings, reviews and viewer data line up across editions. A line's words come
            from a person (an imported translation, never replaced), a chat model, or —
            offline — the built-in writer, which writes the same moment in the other
            language for the lines it wrote (a transcreation, not a translation). Lines it
            cannot redo keep the source words and are listed as needing a translator.

            Names follow series.yaml: names: {zh: …} per character, place and prop, titles:
            {zh: …} for the show, and name_rule: keep | transliterate | localize per
            character (default transliterate: Grace → 格蕾丝, 许书瑶 → Shuyao Xu).
            See docs/localisation.md.
            """
    )

    @OptionGroup var project: ProjectArgument

    @Option(help: "The edition's language: \(Language.allCases.map(\.rawValue).joined(separator: ", ")).")
    var to: String

    @Option(name: .customLong("import-xliff"), help: "Take translators' work from this XLIFF 1.2 file first (refused whole, with every problem located, if it does not match the edition).")
    var importXLIFF: String?

    @Option(name: .customLong("export-xliff"), help: "Write the edition's lines to this XLIFF 1.2 file for translators' tools.")
    var exportXLIFF: String?

    func run() throws {
        let project = project.project
        guard let language = try choice(to, option: "--to", as: Language.self) else { return }
        let maker = EditionMaker(project: project, language: language)
        var report = try maker.make()
        if let importXLIFF {
            let url = URL(fileURLWithPath: importXLIFF)
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw CLIError(message: "\(importXLIFF) cannot be read as UTF-8 text: \(error.localizedDescription)")
            }
            let (record, changed) = try maker.importXLIFF(text, shown: importXLIFF, into: report.record)
            try record.write(to: maker.recordURL)
            report = try maker.make()
            print("Imported \(changed) translation\(changed == 1 ? "" : "s") from \(importXLIFF).")
        }
        for warning in report.warnings { Console.diagnostic(warning) }
        let counts = report.record.counts
        let total = report.record.lines.count
        let folder = project.displayPath(maker.root)
        print("Wrote \(folder)/: \(report.written.count) script\(report.written.count == 1 ? "" : "s") in \(language.rawValue), \(NumberText.grouped(total)) lines.")
        let parts: [(EditionRecord.Origin, String)] = [
            (.human, "translated by people"), (.machine, "translated by a model"),
            (.transcreated, "transcreated by the built-in writer"), (.untranslated, "still in \(report.record.sourceLanguage.rawValue)"),
        ]
        for (origin, label) in parts where (counts[origin] ?? 0) > 0 {
            print("  \(NumberText.grouped(counts[origin]!)) \(label)")
        }
        let stale = report.record.lines.filter { $0.stale == true }.count
        if stale > 0 { print("  \(stale) translation\(stale == 1 ? "" : "s") by people made for an older source line: review them") }
        if !report.keptEdited.isEmpty {
            print("Kept \(report.keptEdited.count) script\(report.keptEdited.count == 1 ? "" : "s") people edited in \(folder)/episodes/ (episodes \(report.keptEdited.map(String.init).joined(separator: ", "))).")
        }
        if let first = report.untranslated.first {
            print("\(report.untranslated.count) line\(report.untranslated.count == 1 ? " needs" : "s need") a translator (first: \(first.id) \"\(TextInput.excerpt(first.source))\").")
        }
        if let exportXLIFF {
            let series = try SeriesProject(root: maker.root).loadBible().series
            try AtomicFile.write(maker.exportXLIFF(report.record, series: series), to: URL(fileURLWithPath: exportXLIFF))
            print("Exported \(NumberText.grouped(report.record.lines.count)) lines to \(exportXLIFF) (XLIFF 1.2); bring them back with --import-xliff.")
        }
        print("Next: cliff produce \(folder)")
    }
}
