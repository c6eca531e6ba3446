import ArgumentParser
import Audience
import Basics
import DramaModel
import Editing
import Foundation
import Production
import SQLiteStore
import Slate
import StoryEngine
import StudioServer

/// `cliff slate simulate`: the synthetic audience watches every pilot of the slate.
struct SlateSimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate (synthetic) viewers watching every pilot of a slate, into each series' audience store.",
        discussion: """
            Examples:
              cliff slate simulate spring --viewers 2000
              cliff slate simulate spring --viewers 2000 --seed 7

            For each series not sunset, the synthetic audience watches its pilot episodes
            exactly as cliff simulate-audience does (measured timelines when produced,
            else estimated from the scripts) and its events go through the studio's ingest
            into the series' audience.db, every one labelled synthetic. The same panel of
            viewers (one seed, one taste) watches every pilot. Each series also has a
            hidden appeal drawn from the seed and its id, which nothing stores: the report
            has to find it in what the viewers do (docs/slate.md).
            """
    )

    @Argument(help: "The slate folder (made by cliff slate new).")
    var directory: String

    @Option(help: "How many viewers start each pilot.") var viewers = 2000
    @Option(help: "The seed: the panel's taste, every draw and each series' hidden appeal follow from it.") var seed: UInt64 = 1

    func validate() throws {
        guard (1...200_000).contains(viewers) else { throw ValidationError("--viewers must be 1…200000, not \(viewers)") }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: directory)
        let manifest = try SlateManifest.read(slate: root, displayName: "\(directory)/\(SlateManifest.fileName)")
        let start = Date().addingTimeInterval(-2 * 86_400)
        var rows = [["SERIES", "PILOT", "VIEWERS", "EVENTS STORED", "ALREADY THERE"]]
        for series in manifest.series {
            guard series.status != .sunset else {
                Console.write("\(series.id): sunset; not simulated.")
                continue
            }
            let folder = "\(directory)/\(series.folder)"
            let context = try await ProductionContext.open(folder, readOnly: true)
            let stories = try await context.project.storyTimelines(episodes: series.pilot, store: context.store)
            let episodes = series.pilot.compactMap { n in stories[n].map { SimulatedEpisode(number: n, timeline: $0.timeline, breakdown: $0.breakdown) } }
            guard !episodes.isEmpty else { throw CLIError(message: "\(folder) has no scripts for its pilot (episodes \(series.pilot.map(String.init).joined(separator: ", "))): cliff write \(folder)") }
            let seriesID = ProjectLayout(root: context.project.root).seriesID
            let settings = SimulatedAudience.Settings(
                viewers: viewers, seed: seed, start: start, appeal: SimulatedAudience.hiddenAppeal(seed: seed, series: seriesID))
            let run = SimulatedAudience(settings: settings).run(
                series: seriesID, episodes: episodes, paywallEpisode: SeriesAudience.paywallEpisode(of: context.project))
            Console.write("\(series.id): \(Format.count(viewers)) synthetic viewers over \(episodes.count) pilot episodes, \(Format.count(run.events.count)) events…")
            let report = try await SimulateAudienceCommand.postToLocalStudio(run, root: context.project.root)
            rows.append([series.id, "\(episodes.count) ep", Format.count(viewers), Format.count(report.accepted), Format.count(report.duplicates)])
        }
        print("SYNTHETIC AUDIENCE for the slate \(directory) (seed \(seed)): simulated viewers, labelled synthetic in every event; not a forecast of real viewers.")
        print(Format.table(rows, rightAligned: [2, 3, 4]))
        print("Rank the pilots with: cliff slate report \(directory)")
    }
}

/// `cliff slate report`: rank the series by their pilots' audiences against their cost.
struct SlateReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Rank a slate's series by a documented score of their pilots' audiences and cost, and recommend extend, iterate or sunset.",
        discussion: """
            Examples:
              cliff slate report spring
              cliff slate report spring --json > report.json

            Per series, over its pilot episodes: hook rate, continue through the pilot,
            completion and projected paywall conversion from its audience store (viewer
            events from the studio, an import, or cliff slate simulate), against the cost
            per finished minute from its ledger. The score, its 90 % bootstrap interval
            and the rules for extend, iterate and sunset are in docs/slate.md. The report
            is also saved to <slate>/report.json. A series without viewers yet is listed
            as not measured. Decide with:
              cliff slate decide <slate> <series> extend|iterate|sunset --why "…"
            """
    )

    @Argument(help: "The slate folder (made by cliff slate new).")
    var directory: String

    @Flag(help: "Print the report as JSON.") var json = false
    @Option(help: "The bootstrap's seed (the same events and seed give the same intervals).") var seed: UInt64 = 1
    @Option(help: "Resamples of viewers per series for the intervals (50-5000).") var bootstrap = 200

    func validate() throws {
        guard (50...5000).contains(bootstrap) else { throw ValidationError("--bootstrap must be 50…5000, not \(bootstrap)") }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: directory)
        let manifest = try SlateManifest.read(slate: root, displayName: "\(directory)/\(SlateManifest.fileName)")
        var inputs: [SlateReport.Input] = []
        for series in manifest.series {
            inputs.append(try await Self.input(series, slate: root, shown: directory, deliverable: manifest.deliverable))
        }
        let report = SlateReport.make(slate: directory, series: inputs, seed: seed, bootstrap: bootstrap)
        let data = try report.json()
        try AtomicFile.write(data, to: root.appendingPathComponent(SlateReport.fileName))
        if json {
            FileHandle.standardOutput.write(data)
            print("")
            return
        }
        print(report.text, terminator: "")
        print("\nSaved \(directory)/\(SlateReport.fileName). Decide with: cliff slate decide \(directory) <series> extend|iterate|sunset --why \"…\"")
    }

    /// What the report reads about one series: its pilot's viewers from its audience store (the
    /// project's audience.db, else the slate folder's when the studio serves the slate), its
    /// ledger's spend and finished minutes, its pilot's craft, and the story-loss findings on
    /// its pilot.
    static func input(_ series: SlateManifest.Series, slate root: URL, shown: String, deliverable: Deliverable) async throws -> SlateReport.Input {
        let folder = "\(shown)/\(series.folder)"
        let context = try await ProductionContext.open(folder, readOnly: true)
        let project = context.project
        let seriesID = ProjectLayout(root: project.root).seriesID
        let paywall = SeriesAudience.paywallEpisode(of: project)
        // Spend and finished minutes, as cliff cost counts them (of the slate's deliverable).
        let (graph, _) = try project.graph(deliverable: deliverable)
        let plan = try await ProductionPlan.make(
            graph: graph, scope: .all, store: context.store, assets: project.assets, projectRoot: project.root, prices: PriceBook(project.settings.prices))
        let unfinished = Set(plan.toRun.compactMap(\.episode))
        let subtitleNodes = graph.nodes.filter { $0.step == TimelineStep.kind }
        let results = try await context.store.results(for: subtitleNodes.map(\.key))
        var minutes = 0.0
        for node in subtitleNodes {
            guard let episode = node.episode, !unfinished.contains(episode),
                  let ms = results[node.key]?.metadata["duration_ms"].flatMap(Double.init) else { continue }
            minutes += ms / 60_000
        }
        let spend = try await context.store.ledger().reduce(Money.zero) { $0 + $1.cost }
        var input = SlateReport.Input(
            id: series.id, title: series.title, pilotEpisodes: series.pilotEpisodes, paywallEpisode: paywall, viewers: [], syntheticViewers: 0,
            spend: spend, finishedMinutes: minutes > 0 ? minutes : nil)
        input.sunset = series.status == .sunset
        // How the pilot is written (measured cuts where made, else estimated from the scripts).
        let stories = try await project.storyTimelines(episodes: series.pilot, store: context.store)
        let pilot = series.pilot.compactMap { stories[$0] }
        if pilot.count == series.pilot.count {
            input.craft = PilotCraft.measure(
                breakdowns: pilot.map(\.breakdown), episodeSeconds: pilot.map { $0.timeline.duration.seconds }, language: project.series.language)
        }
        let audience: AudienceStore
        if let shared = try ProductionContext.sharedDatabase(flag: nil, configured: project.settings.database) {
            audience = try await SharedStudio.openAudience(shared).1
        } else {
            let candidates = [ProjectLayout(root: project.root).audienceDatabase, ProjectLayout(root: root).audienceDatabase]
            guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { return input }
            audience = try AudienceStore(path: url.path, readOnly: true)
        }
        let views = try await audience.viewSummaries(series: seriesID, episodes: 1...series.pilotEpisodes)
        input.viewers = PilotViewer.panel(views, pilotEpisodes: series.pilotEpisodes)
        input.syntheticViewers = Set(views.filter { $0.viewer.hasPrefix(AudienceStore.syntheticPrefix) }.map(\.viewer)).count
        guard input.viewers.count >= SlateReport.minimumViewers else { return input }
        let read = try await SeriesAudience.read(
            seriesID, project: project, store: context.store, audience: audience, paywallEpisode: paywall, episodes: Set(series.pilot))
        input.findings = read.report.insights.map { insight in
            SlateReport.WeakSpot(target: Self.target(of: insight.note, pilot: series.pilotEpisodes), finding: insight.finding, note: Self.describe(insight.note))
        }
        return input
    }

    /// What a note asks to rewrite, named.
    static func target(of note: RevisionNote, pilot: Int) -> String {
        switch note.action {
        case .strongerHook: "the hook of episode 1"
        case .strongerCliffhanger: pilot <= 2 ? "the cliffhanger of episode 1" : "the cliffhangers of episodes 1–\(pilot - 1)"
        case .shortenBeat: note.beat.map { "the \($0.rawValue) beats" } ?? "the slowest beats"
        case .revealEarlier: "the openings before each episode's first reveal"
        case .featureCharacter: "more scenes for \(note.character ?? "the character who holds viewers")"
        case .reduceCharacter: "fewer lines for \(note.character ?? "the character who loses viewers")"
        case .shortenLines: "the long lines"
        case .shortenLocation: "the scenes at \(note.location ?? "the location that loses viewers")"
        }
    }

    /// A note as `cliff insights` prints it: `shorten-beat beat=confrontation strength=0.80`.
    static func describe(_ note: RevisionNote) -> String {
        var parts = [note.action.rawValue]
        if let beat = note.beat { parts.append("beat=\(beat.rawValue)") }
        if let character = note.character { parts.append("character=\(character)") }
        if let location = note.location { parts.append("location=\(location)") }
        parts.append(String(format: "strength=%.2f", note.strength))
        return parts.joined(separator: " ")
    }
}
