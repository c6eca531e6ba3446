import ArgumentParser
import Basics
import DramaModel
import Foundation
import ModelServices
import Production
import StoryEngine

/// `cliff localize`: a series' edition in another language.
struct LocalizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "localize",
        abstract: "Make or update a series' edition in another language: translated scripts whose lines keep their ids.",
        discussion: """
            Examples:
              # writes demo/editions/zh/: series.yaml, episodes/, lines.json
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

    @Flag(help: "Use the built-in writer's transcreation even when cliff.yaml configures a chat model (services.writer).")
    var offline = false

    func run() async throws {
        let project = project.project
        guard let language = try choice(to, option: "--to", as: Language.self) else { return }
        let maker = EditionMaker(project: project, language: language)
        // A translator's file is read before anything is written.
        var xliffText: String?
        if let importXLIFF {
            do { xliffText = try String(contentsOf: URL(fileURLWithPath: importXLIFF), encoding: .utf8) } catch {
                let reason = error.localizedDescription.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                throw CLIError(message: "\(importXLIFF) cannot be read as UTF-8 text (\(reason)); nothing was changed. Check the path, or export the edition's file with --export-xliff")
            }
        }
        if !Language.written.contains(language) {
            // Only a model writes this language: refuse before anything is written without one.
            let settingsFolder = FileManager.default.fileExists(atPath: ProjectLayout(root: maker.root).settings.path) ? maker.root.path : self.project.directory
            let hub = try ProductionContext.services(settingsFolder).1
            let translator = try hub?.translator()
            if offline || translator == nil {
                throw CLIError(message: "the built-in writer does not write \(language.englishName): a \(language.rawValue) edition is translated by a chat model\(offline ? ", and --offline asks for none" : ""). Configure services.writer in \(project.displayPath(ProjectLayout(root: URL(fileURLWithPath: settingsFolder)).settings)) (see docs/model-services.md), then run this again")
            }
            try? await hub?.shutdown()
        }
        var report = try maker.make()
        if !offline {
            report = try await translate(with: maker, report: report)
        }
        if let importXLIFF, let text = xliffText {
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

    /// Lines no person translated, translated by the chat model of the edition's cliff.yaml
    /// (copied from the series'), episode by episode; its tokens go to the edition's ledger.
    func translate(with maker: EditionMaker, report: EditionMaker.Report) async throws -> EditionMaker.Report {
        let editionPath = maker.root.path
        let (production, services) = try ProductionContext.services(editionPath)
        guard let translator = try services?.translator() else { return report }
        var record = report.record
        let pending = record.lines.filter { $0.origin == .transcreated || $0.origin == .untranslated }
        guard !pending.isEmpty else { return report }
        let context = try await ProductionContext.open(production, services: services)
        let prices = PriceBook(context.project.settings.prices)
        try prices.requireWriterPrices(translator.generator)
        let source = try maker.project.loadBible().series
        let edition = production.series
        let glossary = maker.glossary(source: source, edition: edition).map { ChatTranslator.GlossaryEntry(source: $0.source, target: $0.target) }
        let checker = ScriptChecker(series: source)
        let scripts = Dictionary(uniqueKeysWithValues: maker.project.scriptsOnDisk().map { ($0.number, $0.text) })
        let episodes = Array(Set(pending.map(\.id.episode))).sorted()
        Console.write("translating \(NumberText.grouped(pending.count)) lines of \(episodes.count) episode\(episodes.count == 1 ? "" : "s") with \(translator.generator) (answers are cached: asking again costs nothing)…")
        var translated = 0, repairs = 0
        var tooLong: [(LineID, String)] = [], missing: [(LineID, String)] = []
        let index = Dictionary(uniqueKeysWithValues: record.lines.enumerated().map { ($1.id, $0) })
        var failure: (any Error)?
        for (done, episode) in episodes.enumerated() {
            let breakdown = EpisodeBreakdown(episode: episode, script: scripts[episode] ?? "", checker: checker, language: source.language)
            let lines = pending.filter { $0.id.episode == episode }.compactMap { line -> ChatTranslator.Line? in
                let position = line.id.ordinal - 1
                guard breakdown.lines.indices.contains(position) else { return nil }
                let spoken = breakdown.lines[position]
                let scene = breakdown.scenes.indices.contains(spoken.scene) ? breakdown.scenes[spoken.scene].heading : ""
                return ChatTranslator.Line(
                    id: line.id, speaker: edition.character(id: line.speaker)?.name ?? line.speaker,
                    emotion: spoken.emotion == .neutral ? nil : spoken.emotion.rawValue, text: line.source, budgetSeconds: line.budgetSeconds, scene: scene)
            }
            let outcome: ChatTranslator.Outcome
            do {
                outcome = try await translator.translate(lines, episode: episode, series: edition.title, from: source.language, to: maker.language, glossary: glossary)
            } catch {
                // What earlier episodes brought is kept and its cost recorded; nothing is asked twice.
                failure = error
                break
            }
            repairs += outcome.repairs
            for (id, text) in outcome.translated {
                guard let position = index[id] else { continue }
                record.lines[position].text = text
                record.lines[position].origin = .machine
                record.lines[position].stale = nil
                record.lines[position].flag = outcome.tooLong[id]
                translated += 1
            }
            tooLong += outcome.tooLong.map { ($0.key, $0.value) }
            missing += outcome.missing.map { ($0.key, $0.value) }
            if (done + 1) % 10 == 0 || done + 1 == episodes.count {
                Console.write("translated \(done + 1)/\(episodes.count) episodes")
            }
        }
        try record.write(to: maker.recordURL)
        try await context.store.recordWriterUsage(
            translator.usage, generator: translator.generator, episodes: episodes, prices: prices, step: "translate", owner: "cliff localize")
        await context.close()
        try? await services?.shutdown()
        if let failure {
            _ = try maker.make()
            throw CLIError(message: "translating stopped after \(NumberText.grouped(translated)) lines (kept in \(maker.project.displayPath(maker.recordURL))): \((failure as? any ExplainedError)?.message ?? "\(failure)")")
        }
        let usage = translator.usage.quantities.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\(Int($0.value)) \($0.key.rawValue)" }.joined(separator: ", ")
        print("Translated \(NumberText.grouped(translated)) lines with \(translator.generator.id) (\(repairs) repair prompt\(repairs == 1 ? "" : "s")); usage: \(usage.isEmpty ? "nothing new" : usage) (see cliff cost \(maker.project.displayPath(maker.root))).")
        for (id, why) in tooLong.sorted(by: { $0.0 < $1.0 }).prefix(10) { Console.write("warning: \(id): \(why); kept, flagged for review") }
        for (id, why) in missing.sorted(by: { $0.0 < $1.0 }).prefix(20) { Console.write("warning: \(id): not translated: \(why)") }
        if missing.count > 20 { Console.write("warning: … and \(missing.count - 20) more lines not translated") }
        return try maker.make()
    }
}
