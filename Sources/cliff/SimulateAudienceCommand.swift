import Basics
import ArgumentParser
import Audience
import DramaModel
import Experiments
import Foundation
import Logging
import Production
import StoryEngine
import Studio
import StudioServer

/// `cliff simulate-audience`: a synthetic audience watches the series and posts its events
/// through the real ingest API, for development and demos. Everything it makes is labelled
/// synthetic.
struct SimulateAudienceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate-audience",
        abstract: "Simulate viewers watching the series and post their (synthetic) events through the ingest API.",
        discussion: """
            Examples:
              cliff simulate-audience demo --viewers 2000
              cliff simulate-audience demo --viewers 500 --seed 7 \\
                  --url http://127.0.0.1:8080

            Viewer agents react to each episode's actual content: its beats, line lengths,
            hook timing, conflict and reveals, and the strength of its cliffhanger (see
            docs/audience-simulation.md). Episodes that have been produced are watched on
            their measured timelines; the others on timelines estimated from the scripts.

            Without --url, the events go through the studio's own ingest (the same checks
            as POST /api/v1/events, but every episode is taken, released or not) into the
            project's audience.db (or the shared database's audience store, with
            --database, CLIFF_DATABASE_URL or cliff.yaml 'database'), with no server
            started: cliff insights reads them; the
            studio's dashboard counts released episodes only. With --url, the events of
            the episodes that studio's channel has released are posted to its
            POST /api/v1/events. Every event is marked synthetic (anonymous ids
            'synthetic-…', variant 'synthetic'), and cliff insights says so at the top of
            its report.
            """
    )

    @OptionGroup var project: ProjectArgument
    @Option(help: "How many viewers start episode 1.") var viewers = 1000
    @Option(help: "The seed: the audience's taste and every draw follow from it.") var seed: UInt64 = 1
    @Option(help: "A running studio to post to (http://HOST:PORT); default: one started here for the run.") var url: String?
    @OptionGroup var shared: DatabaseOption

    func validate() throws {
        guard (1...200_000).contains(viewers) else { throw ValidationError("--viewers must be 1…200000, not \(viewers)") }
        if let url, URL(string: url)?.scheme?.hasPrefix("http") != true {
            throw ValidationError("--url must be an http(s) address such as http://127.0.0.1:8080, not '\(url)'")
        }
    }

    func run() async throws {
        let context = try await ProductionContext.open(project.directory, database: shared.database)
        let project = context.project
        let stories = try await SeriesAudience.stories(of: project, store: context.store)
        guard !stories.isEmpty else { throw CLIError(message: "\(context.displayRoot) has no episode scripts yet: cliff write \(context.displayRoot)") }
        let episodes = stories.keys.sorted().map { SimulatedEpisode(number: $0, timeline: stories[$0]!.timeline, breakdown: stories[$0]!.breakdown) }
        let measured = stories.values.filter(\.measured).count
        let paywall = SeriesAudience.paywallEpisode(of: project)
        let series = ProjectLayout(root: project.root).seriesID
        // Arrivals start two days back, so every event lies within the ingest's accepted window.
        let start = Date().addingTimeInterval(-2 * 86_400)
        Console.write("simulating \(Format.count(viewers)) synthetic viewers over \(episodes.count) episodes (\(measured) measured, \(episodes.count - measured) estimated from scripts)…")
        // Running experiments: each viewer is assigned as the channel assigns (one layer per
        // episode), watches the variant's cut, and their events carry its tag after an exposure.
        var experiments = try ExperimentSet.load(project.files).entries.map(\.experiment).filter { $0.status == .running && !$0.isTile }
        // A running studio assigns viewers only to the experiments live on its channel (every
        // variant approved, the episode released): ask it, and assign as it does.
        if let url, !experiments.isEmpty, let live = try await SimulationPoster(baseURL: url).liveExperiments(series: series) {
            let waiting = experiments.filter { !live.contains($0.key) }
            if !waiting.isEmpty {
                Console.write("not live on \(url), so not assigned: \(waiting.map { "\($0.key) (\($0.episodesText))" }.joined(separator: ", ")) — a variant waits for review or the episode is not released; viewers see the episode as written")
            }
            experiments = experiments.filter { live.contains($0.key) }
        }
        var variants: SimulationVariants?
        if !experiments.isEmpty {
            let set = try ExperimentSet.load(project.files)
            var layers: [Int: Layer] = [:]
            for episode in Set(experiments.flatMap { Array($0.episodes) }) {
                layers[episode] = try ExperimentDesk.layer(series: series, episode: episode, set: set)
            }
            let running = Dictionary(uniqueKeysWithValues: experiments.map { ($0.key, $0.episodes) })
            var cuts: [Int: [String: SimulatedEpisode]] = [:]
            for entry in try await project.variantStoryTimelines(store: context.store) {
                cuts[entry.episode, default: [:]][entry.tag] = SimulatedEpisode(number: entry.episode, timeline: entry.story.timeline, breakdown: entry.story.breakdown)
            }
            let assignLayers = layers
            variants = SimulationVariants(episodes: cuts) { viewer, episode in
                // As the channel assigns: the layer's experiment, when it is running and changes this episode.
                guard case .enrolled(let key, let variant)? = assignLayers[episode]?.assign(unitID: viewer), running[key]?.contains(episode) == true else { return nil }
                return "\(key)/\(variant)"
            }
            Console.write("experiments: \(experiments.map { "\($0.key) (\($0.episodesText))" }.joined(separator: ", ")): viewers are assigned as the channel assigns them")
        }
        var run = SimulatedAudience(settings: .init(viewers: viewers, seed: seed, start: start))
            .run(series: series, episodes: episodes, paywallEpisode: paywall, variants: variants)
        if variants != nil { run.recordExposures() }
        Console.write("posting \(Format.count(run.events.count)) synthetic events…")
        let report: SimulationPoster.Report
        if let url {
            report = try await Self.post(run, to: url)
        } else {
            report = try await Self.postToLocalStudio(run, root: project.root, database: shared.database)
        }
        print("Synthetic audience: \(Format.count(viewers)) viewers (seed \(seed)), \(Format.count(report.accepted)) events stored, \(Format.count(report.duplicates)) already there, \(Format.count(report.rejected)) refused, in \(Format.count(report.batches)) batches\(report.retries > 0 ? " (\(report.retries) retried)" : "")\(report.unreleased > 0 ? "; \(Format.count(report.unreleased)) not sent: their episodes are not released on that studio's channel" : "").")
        print("Read them with: cliff insights \(context.displayRoot)   (labelled synthetic)")
    }

    static func post(_ run: SimulationRun, to base: String) async throws -> SimulationPoster.Report {
        return try await SimulationPoster(baseURL: base).post(run.events)
    }

    /// Stores the events through the studio's own ingest (the same validation and store as
    /// `POST /api/v1/events`), batch by batch, without starting a server: into the shared
    /// database's audience store when one is configured for the project (`database`, else
    /// `CLIFF_DATABASE_URL`, else `cliff.yaml`), as `cliff serve --database` would.
    static func postToLocalStudio(_ run: SimulationRun, root: URL, database: String? = nil) async throws -> SimulationPoster.Report {
        var logger = Logger(label: "cliff.simulate")
        logger.logLevel = .warning
        guard let url = try SharedStudio.resolve(flag: database, root: root) else {
            return try await post(run, to: try await Studio(root: root, logger: logger))
        }
        let shared = try await SharedStudio.open(url)
        do {
            let report = try await post(run, to: try await Studio(root: root, storage: shared.storage, logger: logger))
            await shared.close()
            return report
        } catch {
            await shared.close()
            throw error
        }
    }

    private static func post(_ run: SimulationRun, to studio: Studio) async throws -> SimulationPoster.Report {
        var report = SimulationPoster.Report()
        var start = 0
        while start < run.events.count {
            let end = min(run.events.count, start + 1000)
            // Not the channel: a writer simulates viewers of scripts that are not released yet.
            let stored = try await studio.ingest(SimulationRun.batchBody(run.events[start..<end]), releasedOnly: false)
            report.accepted += stored.accepted
            report.duplicates += stored.duplicates
            report.rejected += stored.rejected.count
            report.batches += 1
            start = end
        }
        return report
    }
}
