import Basics
import ArgumentParser
import Audience
import DramaModel
import Foundation
import Production
import StoryEngine

/// `cliff insights`: what the audience did, mapped to the story, and the notes for the writer.
struct InsightsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "insights",
        abstract: "Show retention, hook, completion, continue and paywall figures, drop-off hotspots mapped to shots and beats, and the findings the writer can act on.",
        discussion: """
            Examples:
              cliff insights demo
              cliff insights demo --json > insights.json
              cliff insights demo --paywall 8 --window-hours 48

            Reads the viewer events in the project's audience.db (or the one of the folder
            'cliff serve' served it from), or in the shared database when one is given
            (--database, CLIFF_DATABASE_URL, cliff.yaml 'database'). Drop-offs are
            mapped onto each episode's produced timeline, or onto one estimated from the
            script when the episode has not been produced. The findings are saved to
            insights.json in the project; apply them to unreleased episodes with:
            cliff write DIR --apply-insights
            """
    )

    @OptionGroup var project: ProjectArgument
    @Flag(help: "Print the report as JSON.") var json = false
    @Flag(help: "Compare the series' editions (editions/<lang>/): each one's figures, and the lines that lose one edition's viewers but not the others', by line id.")
    var editions = false
    @Option(help: "The first locked episode (default: the season plan's paywall episode).") var paywall: Int?
    @Option(name: .customLong("window-hours"), help: "How soon after finishing episode n a viewer must start n+1 to count as continuing.")
    var windowHours = 24
    @OptionGroup var shared: DatabaseOption

    func validate() throws {
        guard (1...24 * 30).contains(windowHours) else { throw ValidationError("--window-hours must be 1…720, not \(windowHours)") }
    }

    func run() async throws {
        let context = try await AudienceContext.open(project.directory, database: shared.database)
        do {
            try await show(context)
        } catch {
            await context.close()
            throw error
        }
        await context.close()
    }

    /// The series and each of its editions side by side.
    private func compareEditions(_ context: AudienceContext) async throws {
        let window = MediaTime(value: Int64(windowHours) * 3600, rate: 1)
        let layout = ProjectLayout(root: context.project.root)
        guard layout.editionSource == nil else {
            throw CLIError(message: "\(context.production.displayRoot) is an edition; compare from its series: cliff insights \(context.project.files.displayPath(layout.editionSource!)) --editions")
        }
        let source = try await SeriesAudience.read(context.seriesID, project: context.project, store: context.production.store, audience: context.audience, paywall: paywall, window: window)
        var inputs = [EditionComparison.Input(language: context.project.series.language, series: context.seriesID, metrics: source.report.metrics, maps: source.maps)]
        let folders = (try? FileManager.default.contentsOfDirectory(at: layout.editions, includingPropertiesForKeys: nil)) ?? []
        for folder in folders.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) where ProjectLayout(root: folder).editionSource != nil {
            let edition = try await AudienceContext.open(folder.path, database: shared.database)
            do {
                let read = try await SeriesAudience.read(edition.seriesID, project: edition.project, store: edition.production.store, audience: edition.audience, paywall: paywall, window: window)
                inputs.append(EditionComparison.Input(language: edition.project.series.language, series: edition.seriesID, metrics: read.report.metrics, maps: read.maps))
            } catch {
                await edition.close()
                throw error
            }
            await edition.close()
        }
        guard inputs.count > 1 else {
            throw CLIError(message: "\(context.production.displayRoot) has no editions to compare; make one with: cliff localize \(context.production.displayRoot) --to \(Language.allCases.first { $0 != context.project.series.language }!.rawValue)")
        }
        let comparison = EditionComparison(inputs)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(try encoder.encode(comparison))
            print("")
        } else {
            print(comparison.text, terminator: "")
        }
    }

    private func show(_ context: AudienceContext) async throws {
        if editions { return try await compareEditions(context) }
        let report = try await context.report(paywall: paywall, window: MediaTime(value: Int64(windowHours) * 3600, rate: 1))
        let data = try report.json()
        let saved = ProjectLayout(root: context.project.root).insights
        try AtomicFile.write(data, to: saved)
        if json {
            FileHandle.standardOutput.write(data)
            print("")
            return
        }
        let synthetic = try await context.audience.syntheticViewers(series: context.seriesID)
        if synthetic > 0 {
            print("SYNTHETIC AUDIENCE: \(Format.count(synthetic)) of \(Format.count(report.metrics.viewers)) viewers were simulated (cliff simulate-audience); do not read these figures as real viewers'.")
        }
        print(report.text, terminator: "")
        print("Saved \(context.production.displayRoot)/insights.json. Apply the notes to unreleased episodes: cliff write \(context.production.displayRoot) --apply-insights")
    }
}
