import Basics
import ArgumentParser
import Audience
import DramaModel
import Foundation
import ModelServices
import Production
import StoryEngine
import Studio

/// `cliff write`: (re)write episodes from the bible, keeping people's edits and the audience
/// notes applied to each episode.
struct WriteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "(Re)write episode scripts from series.yaml; episodes people edited are kept unless --force.",
        discussion: """
            Examples:
              cliff write demo --episodes 5-12
              # overwrite a hand-edited episode 7
              cliff write demo --episodes 7 --force
              # revise unreleased episodes from cliff insights
              cliff write demo --apply-insights

            series.yaml is validated first: if it has errors, they are all listed and
            nothing is written. So is the project's phrasebooks/ folder, if it has one:
            the writer uses its entries beside the built-in ones (docs/phrasebooks.md).

            --apply-insights reads insights.json (written by cliff insights) and revises
            every selected episode not yet released (published in the studio): shorter
            beats of the kinds that lose viewers, earlier reveals, more lines for
            characters who hold viewers, shorter lines, harder hooks and cliffhangers.
            Each change is listed with the insight that caused it and recorded in
            revisions.json; later runs of cliff write keep those revisions. Released
            episodes and episodes people edited are never touched. Only notes of strength
            0.5 or more are applied (weak findings of one audience are as likely noise as
            taste); --min-strength changes that.
            """
    )

    @OptionGroup var project: ProjectArgument
    @OptionGroup var selection: EpisodeOption

    @Flag(help: "Overwrite episodes that people edited.")
    var force = false

    @Flag(name: .customLong("apply-insights"), help: "Revise unreleased episodes with the notes in insights.json (from cliff insights).")
    var applyInsights = false

    @Option(name: .customLong("min-strength"), help: "With --apply-insights: the weakest note to apply, 0-1.")
    var minimumStrength: Double = 0.5

    func validate() throws {
        guard (0...1).contains(minimumStrength) else {
            throw ValidationError("--min-strength must be between 0 and 1 (a note's strength, as cliff insights prints it), not \(minimumStrength)")
        }
    }

    func run() async throws {
        let project = project.project
        let loaded = try project.loadBible()
        for warning in loaded.warnings { Console.diagnostic(warning) }
        let series = loaded.series
        let numbers = try selection.numbers(in: series.format.episodes)
        let phrasebooks = try project.loadPhrasebooks()
        let writer = BeatSheetWriter(phrasebooks: phrasebooks)
        let plan = try writer.planSeason(series)
        var scripts = try writer.writeSeason(series, plan: plan)
        var wanted = Set(numbers)
        var log = try RevisionLog.load(from: project)
        let logAsLoaded = log
        let allNotes = applyInsights ? try Self.insightNotes(project) : []
        let notes = allNotes.filter { $0.strength >= minimumStrength }
        let weak = allNotes.filter { $0.strength < minimumStrength }
        if !weak.isEmpty {
            let listed = weak.map { "\($0.insight) (\(String(format: "%.2f", $0.strength)))" }.joined(separator: ", ")
            Console.write("note: \(weak.count) weak note\(weak.count == 1 ? "" : "s") not applied (strength under \(String(format: "%.2f", minimumStrength))): \(listed); to apply them: --min-strength \(String(format: "%.2f", ((weak.map(\.strength).min() ?? 0) * 100).rounded(.down) / 100))")
        }

        // A model writer (services.writer in cliff.yaml) writes instead, with the notes in its prompt.
        // The database (for the writer's usage) is opened only when a model writes.
        let (production, services) = try ProductionContext.services(self.project.directory)
        if let chat = try services?.writer(notes: notes) {
            let context = try await ProductionContext.open(production, services: services)
            try PriceBook(context.project.settings.prices).requireWriterPrices(chat.generator)
            Console.write("writing with \(chat.generator) (responses are cached: a repeated request costs nothing)…")
            scripts = try await chat.writeSeason(series, plan: try await chat.planSeason(series))
            try await context.store.recordWriterUsage(chat.usage, generator: chat.generator, episodes: numbers, prices: PriceBook(context.project.settings.prices))
            await context.close()
            if !chat.fallbackEpisodes.isEmpty {
                Console.write("note: the built-in writer wrote episode\(chat.fallbackEpisodes.count == 1 ? "" : "s") \(EpisodeSelection(numbers: chat.fallbackEpisodes).description): the model's output stayed invalid after repairs")
            }
            if applyInsights { wanted.subtract(try await Self.releasedEpisodes(project)) }
            try PolicyAtTheDoor.check(
                series: series, scripts: scripts.filter { wanted.contains($0.number) }, projectRoot: project.root,
                shownRoot: project.displayPath(project.root))
            let report = try project.writeEpisodes(scripts.filter { wanted.contains($0.number) }, force: force)
            print("Wrote \(report.written.count) episode\(report.written.count == 1 ? "" : "s") with \(chat.generator.id)\(applyInsights ? " and \(notes.count) audience notes" : ""); \(report.unchanged.count) already up to date. Usage: \(chat.usage.quantities.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\(Int($0.value)) \($0.key.rawValue)" }.joined(separator: ", ")) (see cliff cost).")
            return
        }

        var revisedNow: Set<Int> = []
        var noteCount = 0
        if applyInsights {
            noteCount = notes.count
            let released = try await Self.releasedEpisodes(project)
            let skipped = numbers.filter { released.contains($0) }
            if !skipped.isEmpty {
                Console.write("note: \(skipped.count) released episode\(skipped.count == 1 ? "" : "s") left as published: \(EpisodeSelection(numbers: skipped).description)")
            }
            let stamp = ISO8601DateFormatter().string(from: Date())
            for number in numbers where !released.contains(number) {
                if notes.isEmpty { log.episodes[number] = nil } else { log.episodes[number] = .init(notes: notes, changes: [], applied: stamp) }
                revisedNow.insert(number)
            }
        }

        // Every episode with recorded notes is the writer's draft with its notes applied.
        let reviser = try ScriptReviser(series: series, plan: plan, phrasebooks: phrasebooks)
        for (index, script) in scripts.enumerated() where wanted.contains(script.number) {
            guard var entry = log.episodes[script.number], !entry.notes.isEmpty else { continue }
            let revision = try reviser.revise(script, notes: entry.notes)
            scripts[index] = revision.script
            entry.changes = revision.changes
            log.episodes[script.number] = entry
        }

        try PolicyAtTheDoor.check(
            series: series, scripts: scripts.filter { wanted.contains($0.number) }, projectRoot: project.root,
            shownRoot: project.displayPath(project.root))
        let report = try project.writeEpisodes(scripts.filter { wanted.contains($0.number) }, force: force)
        // Notes stay recorded only for episodes this run wrote or found already revised.
        for number in report.keptEdited where revisedNow.contains(number) { log.episodes[number] = nil }
        if log != logAsLoaded { try log.save(to: project) }

        print("Wrote \(report.written.count) episode\(report.written.count == 1 ? "" : "s")\(report.written.isEmpty ? "" : ": \(EpisodeSelection(numbers: report.written).description)"); \(report.unchanged.count) already up to date.")
        if applyInsights {
            let changed = revisedNow.subtracting(report.keptEdited).sorted()
            let changes = changed.flatMap { log.episodes[$0]?.changes ?? [] }
            print("Applied \(noteCount) audience note\(noteCount == 1 ? "" : "s") to \(changed.count) unreleased episode\(changed.count == 1 ? "" : "s"): \(changes.count) change\(changes.count == 1 ? "" : "s"), recorded in \(project.displayPath(RevisionLog.url(in: project))).")
            for change in changes.prefix(12) { print("  \(change)") }
            if changes.count > 12 { print("  … and \(changes.count - 12) more in revisions.json") }
        }
        if !report.keptEdited.isEmpty {
            Console.write("note: kept \(report.keptEdited.count) episode\(report.keptEdited.count == 1 ? "" : "s") that people edited\(applyInsights ? " (not revised)" : ""): \(EpisodeSelection(numbers: report.keptEdited).description). To overwrite: cliff write \(project.displayPath(project.root)) --episodes \(EpisodeSelection(numbers: report.keptEdited).description) --force")
        }
    }

    /// The notes of `insights.json`, strongest first.
    static func insightNotes(_ project: SeriesProject) throws -> [RevisionNote] {
        let url = ProjectLayout(root: project.root).insights
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CLIError(message: "there is no \(project.displayPath(url)) yet: run cliff insights \(project.displayPath(project.root)) first")
        }
        do {
            return try JSONDecoder().decode(InsightReport.self, from: data).insights.map(\.note)
        } catch {
            throw CLIError(message: "\(project.displayPath(url)) is not an insight report (\(error)); run cliff insights \(project.displayPath(project.root)) again")
        }
    }

    /// Episodes the studio has published, read from its records without opening a studio:
    /// the project's (or its folder's) SQLite studio, and the shared database's studio when one
    /// is configured (`CLIFF_DATABASE_URL`, `cliff.yaml`) — released in either, kept.
    static func releasedEpisodes(_ project: SeriesProject) async throws -> Set<Int> {
        var released = try await ReleaseRecords.publishedEpisodes(projectRoot: project.root)
        if let url = try SharedStudio.resolve(flag: nil, root: project.root) {
            let shared = try await SharedStudio.open(url)
            do {
                released.formUnion(try await ReleaseRecords.publishedEpisodes(series: ProjectLayout(root: project.root).seriesID, in: shared.database))
            } catch {
                await shared.close()
                throw error
            }
            await shared.close()
        }
        return released
    }
}
