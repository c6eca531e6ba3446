import Basics
import ArgumentParser
import Audience
import DramaModel
import Foundation
import Production

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

    private func show(_ context: AudienceContext) async throws {
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
