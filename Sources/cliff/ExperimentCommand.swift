import ArgumentParser
import Audience
import Basics
import DramaModel
import Experiments
import Foundation
import Governance
import ModelServices
import Production
import StoryEngine
import Studio

/// `cliff experiment`: versions of an episode shown to shares of its viewers.
struct ExperimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experiment",
        abstract: "Test versions of an episode (its cold open, its ending, a hand edit) on shares of its viewers, read the results, stop or ship.",
        discussion: """
            Examples:
              # B: the writer's stronger hook
              cliff experiment new demo --episode 1 --kind cold-open
              # 20 % holdout
              cliff experiment new demo --episode 3 --kind ending --weights 40,40
              # B: a copy to edit by hand
              cliff experiment new demo --episode 2 --kind edit --key ep002-title
              # renders episode 1 and its variants
              cliff produce demo --episodes 1
              cliff experiment list demo
              cliff experiment show demo ep001-hook
              cliff experiment ship demo ep001-hook B \\
                  --why "B holds 6 % more viewers past the hook"
              cliff experiment stop demo ep001-hook --why "the cast changed"

            An experiment is experiments/<key>.yaml in the project; each variant but the
            control (the episode as written) is a script of its own, rendered by cliff
            produce to out/epNNN/variants/<key>/<variant>/ with the AI label and signed
            provenance like any episode. The studio serves a variant only once its render
            is approved. See docs/experiments.md.
            """,
        subcommands: [New.self, List.self, Show.self, Stop.self, Ship.self]
    )

    /// The actor recorded in the audit log.
    static func actor(_ by: String?) -> String {
        by ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? "cliff"
    }

    /// The experiment `key` of `project`, or an error naming the ones there are.
    static func entry(_ key: String, in set: ExperimentSet, project: SeriesProject) throws -> ExperimentSet.Entry {
        if let entry = set.entry(key) { return entry }
        let keys = set.entries.map(\.experiment.key)
        throw CLIError(message: """
            there is no experiment '\(TextInput.excerpt(key))' in \(project.displayPath(project.root)).\(Suggestion.didYouMean(key, in: keys)) \
            \(keys.isEmpty ? "It has none yet: make one with cliff experiment new \(project.displayPath(project.root)) --episode 1 --kind cold-open" : "Its experiments: \(keys.joined(separator: ", ")) (cliff experiment list).")
            """)
    }

    /// Writes `experiment` to its file, atomically.
    static func save(_ experiment: EpisodeExperiment, in project: SeriesProject) throws {
        try AtomicFile.write(Data(experiment.yaml.utf8), to: project.root.appendingPathComponent(EpisodeExperiment.filePath(key: experiment.key)))
    }

    // MARK: - new

    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make an experiment on an episode or a pilot: the variants and experiments/<key>.yaml.",
            discussion: """
                --kind cold-open writes B with the built-in writer's instruction stronger-hook
                (open on conflict within the first seconds); --kind ending with
                stronger-cliffhanger (end on the sharpest open question). Other instructions:
                reveal-earlier, shorten-lines. Several --instruction options make several
                variants (B, C, …). --kind edit copies the episode for you to edit by hand.
                Weights are percentages of the episode's viewers (default: an even split of
                100 %); what they leave is the holdout, who see the episode as written. The
                experiments on one episode share its viewers: a viewer is never in two.
                With a model writer (services.writer) the model writes the variants.
                --kind title tests titles of episode 1 on the series' tile on the channel:
                  cliff experiment new demo --episode 1 --kind title \\
                      --title "Night Ledger" --title "The Last Receipt"
                A Thompson-sampling bandit allocates the tile's impressions by clicks.
                --kind cover tests episode 1's cover on the tile, its title as written
                (fields characters, location, lighting; one --cover per variant):
                  cliff experiment new demo --episode 1 --kind cover \\
                      --cover "characters=chen-mo; lighting=night"
                --kind look draws one character another way in every shot of the
                episodes (fields age, build, face, hair, skin, eyes, outfit, palette,
                accessories; one --look per variant):
                  cliff experiment new demo --episode 1 --through 3 --kind look \\
                      --character lin-wan --look "hair=short silver bob"
                --kind tone writes the episodes again in another tone, one script per
                episode: the built-in writer knows tense and brisk; a model writer
                takes any words:
                  cliff experiment new demo --episode 1 --through 3 --kind tone \\
                      --tone tense
                A look or tone over several episodes keeps each viewer's variant from
                episode to episode (see docs/experiments.md).
                """
        )

        @OptionGroup var project: ProjectArgument
        @Option(help: "The episode the variants change (the first, with --through).") var episode: Int
        @Option(help: "With --kind look or tone: the last episode the variants change (e.g. 3 for a pilot of 1-3).") var through: Int?
        @Option(help: "What the variants change: cold-open, ending, edit, title or cover (episode 1's tile, tested by a bandit), look, tone.") var kind: String
        @Option(help: "The experiment's key (default: epNNN-<kind>; letters, digits, . _ -).") var key: String?
        @Option(help: "A writer's instruction for a variant (repeat for more variants): stronger-hook, stronger-cliffhanger, reveal-earlier, shorten-lines.")
        var instruction: [String] = []
        @Option(help: "Each variant's share of the episode's viewers in percent, control first, e.g. 50,50 or 45,45.") var weights: String?
        @Option(help: "The metric the variants must improve: hook, completion, continue, paywall, watch_time (default: hook for a cold open, continue for an ending).")
        var metric: String?
        @Option(help: "A metric that must not get worse (repeatable; default: completion, or hook for an ending).") var guardrail: [String] = []
        @Option(help: "With --kind title: a title to test (repeat for more variants).") var title: [String] = []
        @Option(help: "With --kind cover: a cover to test, e.g. \"characters=chen-mo; lighting=night\" (repeat for more variants).") var cover: [String] = []
        @Option(help: "With --kind look: the character whose look the variants change.") var character: String?
        @Option(help: "With --kind look: a look to test, e.g. \"hair=short silver bob; outfit=red coat\" (repeat for more variants).") var look: [String] = []
        @Option(help: "With --kind tone: a tone to write the episodes in: tense, brisk, or words for a model writer (repeat for more variants).") var tone: [String] = []

        func run() async throws {
            let files = project.project
            let shown = files.displayPath(files.root)
            var weightValues: [Double]?
            if let weights {
                let parts = weights.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.allSatisfy({ Double($0) != nil }) else {
                    throw CLIError(message: "nothing was made; a problem:\n  - --weights: '\(TextInput.excerpt(weights))' is not a comma list of percentages, e.g. 50,50")
                }
                weightValues = parts.map { Double($0)! }
            }
            let request = ExperimentRequest(
                episode: episode, through: through, kind: kind, key: key, instructions: instruction, weights: weightValues, metric: metric,
                guardrails: guardrail, titles: title, character: character, looks: look, covers: cover, tones: tone)
            // A model writer (services.writer in cliff.yaml) writes the variants, and what it used
            // goes to the ledger like any writing.
            let (production, services) = try ProductionContext.services(project.directory)
            // Only the kinds the writer writes ask the model (an edit, a title, a cover or a look is the user's).
            let written = EpisodeExperiment.Kind(rawValue: kind.lowercased())?.isWritten ?? false
            let chat = written ? try services?.writer() : nil
            if let chat {
                try PriceBook(production.settings.prices).requireWriterPrices(chat.generator)
                Console.write("writing the variants with \(chat.generator) (responses are cached: a repeated request costs nothing)…")
            }
            let (experiment, findings) = try await ExperimentDesk.create(
                project: files, request, actor: ExperimentCommand.actor(nil), fieldPrefix: "--", rewriter: chat)
            if let chat, !chat.usage.isEmpty {
                let context = try await ProductionContext.open(production, services: nil)
                try await context.store.recordWriterUsage(chat.usage, generator: chat.generator, episodes: Array(experiment.episodes), prices: PriceBook(production.settings.prices))
                await context.close()
            }
            for finding in findings { Console.write("warning: \(finding) needs a reviewer before cliff produce renders it (cliff policy check \(shown))") }
            let episodes = experiment.spansEpisodes ? "\(experiment.episode)-\(experiment.lastEpisode)" : "\(experiment.episode)"
            if experiment.kind == .title {
                let titles = ExperimentDesk.titles(of: experiment, files: files)
                print("Made experiment \(experiment.key) on the tile of \(shown) (episode \(episode)'s title and cover): \(experiment.variants.map { "\($0.name) “\(titles[$0.name] ?? "")”" }.joined(separator: ", ")); metric click_through, allocated by a Thompson-sampling bandit.")
                for variant in experiment.variants.dropFirst() { print("  \(variant.name): \(variant.script ?? "")") }
            } else if experiment.kind == .cover {
                print("Made experiment \(experiment.key) on the tile of \(shown) (episode \(episode)'s cover, its title as written): \(experiment.variants.map(\.name).joined(separator: ", ")); metric click_through, allocated by a Thompson-sampling bandit.")
                for variant in experiment.variants.dropFirst() { print("  \(variant.name): \(ExperimentDesk.change(of: variant) ?? "")") }
            } else {
                print("Made experiment \(experiment.key) on \(experiment.episodesText) (\(experiment.kind.rawValue)): \(experiment.variants.map { "\($0.name) \(EpisodeExperiment.percent($0.weight)) %" }.joined(separator: ", ")); metric \(experiment.metric.rawValue)\(experiment.guardrails.isEmpty ? "" : ", guardrails \(experiment.guardrails.map(\.rawValue).joined(separator: ", "))").")
                for variant in experiment.variants.dropFirst() {
                    if let change = ExperimentDesk.change(of: variant) {
                        print("  \(variant.name): \(change)\(variant.scripts.isEmpty ? "" : ": " + variant.scripts.joined(separator: ", "))")
                    } else {
                        print("  \(variant.name): \(variant.script ?? "")\(variant.instruction.map { " (\($0))" } ?? " (a copy of the episode: edit it)")")
                    }
                }
            }
            print(experiment.isTile
                ? "Next: cliff produce \(shown) --episodes \(episode)   (renders the variants' covers), then approve each in the studio; the channel's list shows the tiles once all are approved and episode \(episode) is released."
                : "Next: cliff produce \(shown) --episodes \(episodes)   (renders the variants), then approve each in the studio; the channel assigns viewers once all are approved.")
        }
    }

    // MARK: - list

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the project's experiments.")

        @OptionGroup var project: ProjectArgument
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let files = project.project
            let set = try ExperimentSet.load(files)
            if json {
                let items: [[String: Any]] = set.entries.map { entry in
                    let e = entry.experiment
                    return [
                        "key": e.key, "episode": e.episode, "lastEpisode": e.lastEpisode, "kind": e.kind.rawValue, "status": e.status.rawValue,
                        "metric": e.metric.rawValue, "shipped": e.shipped as Any,
                        "variants": e.variants.map { ["name": $0.name, "weight": $0.weight, "rendered": rendered(e, $0.name, files), "change": ExperimentDesk.change(of: $0) as Any] },
                    ]
                }
                let data = try JSONSerialization.data(withJSONObject: ["experiments": items], options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                return
            }
            guard !set.entries.isEmpty else {
                print("No experiments in \(files.displayPath(files.root)). Make one: cliff experiment new \(files.displayPath(files.root)) --episode 1 --kind cold-open")
                return
            }
            print("KEY                   EP KIND       STATUS    METRIC        VARIANTS")
            for entry in set.entries {
                let e = entry.experiment
                let variants = e.variants.map { "\($0.name)\(e.isTile ? "" : " \(EpisodeExperiment.percent($0.weight))%")\(rendered(e, $0.name, files) ? "" : " (not rendered)")" }
                    + (e.isTile ? ["allocated by the bandit"] : [])
                let status = e.status == .shipped ? "shipped \(e.shipped ?? "")" : e.status.rawValue
                let columns = [
                    e.key.padding(toLength: max(20, e.key.count), withPad: " ", startingAt: 0), (e.spansEpisodes ? "\(e.episode)-\(e.lastEpisode)" : String(e.episode)).leftPadded(3),
                    e.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0), status.padding(toLength: max(9, status.count), withPad: " ", startingAt: 0),
                    e.metric.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0), variants.joined(separator: ", "),
                ]
                print(columns.joined(separator: " "))
            }
        }

        /// Whether `variant` is rendered for every episode of the experiment (a cover variant: its cover).
        func rendered(_ experiment: EpisodeExperiment, _ variant: String, _ files: SeriesProject) -> Bool {
            experiment.episodes.allSatisfy { number in
                let folder = variant == experiment.control ? "out/\(ProjectLayout.episodeTag(number))" : experiment.outputFolder(variant, episode: number)
                let names = experiment.kind == .cover && variant != experiment.control ? ["cover.jpg"] : ["episode.mp4", "preview.mp4"]
                return names.contains { FileManager.default.fileExists(atPath: files.root.appendingPathComponent("\(folder)/\($0)").path) }
            }
        }
    }

    // MARK: - show

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an experiment's figures per variant, the test's state in plain words and what it recommends.")

        @OptionGroup var project: ProjectArgument
        @Argument(help: "The experiment's key.") var key: String
        @Flag(help: "Print JSON.") var json = false
        @Option(name: .customLong("look-every"), help: "Replay the sequential test with a look after every N exposures.") var lookEvery = 200

        func validate() throws {
            guard lookEvery >= 1 else { throw ValidationError("--look-every must be at least 1, not \(lookEvery)") }
        }

        func run() async throws {
            let files = project.project
            let set = try ExperimentSet.load(files)
            let entry = try ExperimentCommand.entry(key, in: set, project: files)
            if entry.experiment.isTile {
                let audience = try await ExperimentCommand.audienceStore(files)
                let titles = ExperimentDesk.titles(of: entry.experiment, files: files)
                let seriesID = ProjectLayout(root: files.root).seriesID
                var tiles = TileReport(
                    arms: entry.experiment.variants.map {
                        TileReport.Arm(name: $0.name, title: titles[$0.name] ?? "", impressions: 0, clicks: 0, rate: 0, low: 0, high: 1, share: 1 / Double(entry.experiment.variants.count))
                    },
                    impressions: 0, allocations: [],
                    summary: "No impression yet: the tile is shown on the channel once every variant is approved and episode 1 is released.")
                if let audience { tiles = try await Studio.tileReport(entry.experiment, titles: titles, seriesID: seriesID, audience: audience) }
                if json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                    encoder.dateEncodingStrategy = .iso8601
                    print(String(decoding: try encoder.encode(tiles), as: UTF8.self))
                } else {
                    print(ExperimentCommand.text(entry.experiment, tiles), terminator: "")
                }
                return
            }
            let report = try await ExperimentCommand.report(entry.experiment, project: files, lookEvery: lookEvery)
            if json {
                print(ExperimentCommand.json(report))
                return
            }
            print(ExperimentCommand.text(report), terminator: "")
        }
    }

    /// The project's viewer events: the shared database's when one is configured for it
    /// (`CLIFF_DATABASE_URL`, its `cliff.yaml`), else its `audience.db` read only, or the one of
    /// the folder it is served from; nil when there is none.
    static func audienceStore(_ files: SeriesProject) async throws -> AudienceStore? {
        let configured = (try? ProductionProject.open(files.root))?.settings.database
        if let shared = try ProductionContext.sharedDatabase(flag: nil, configured: configured) {
            return try await SharedStudio.openAudience(shared).1
        }
        guard let url = AudienceContext.existingStore(files.root) else { return nil }
        return try AudienceStore(path: url.path, readOnly: true)
    }

    /// The report of `experiment` from the project's viewer events (an empty one when there are none).
    static func report(_ experiment: EpisodeExperiment, project files: SeriesProject, lookEvery: Int = 200) async throws -> ExperimentReport {
        try await ExperimentDesk.report(experiment, seriesID: ProjectLayout(root: files.root).seriesID, audience: try await audienceStore(files), lookEvery: lookEvery)
    }

    /// A title experiment's tile report as text.
    static func text(_ e: EpisodeExperiment, _ tiles: TileReport) -> String {
        let percent = { (x: Double) in String(format: "%.1f %%", x * 100) }
        var out = "Experiment \(e.key) on the series' tile (episode \(e.episode)'s \(e.kind == .cover ? "cover" : "title and cover")), \(e.status == .shipped ? "shipped \(e.shipped ?? "")" : e.status.rawValue)\n"
        out += "Metric: click_through (clicks of the tile on the channel's list over its impressions); a Thompson-sampling bandit allocates the impressions.\n\n"
        var rows = [["VARIANT", e.kind == .cover ? "COVER" : "TITLE", "IMPRESSIONS", "CLICKS", "CLICK-THROUGH (90 %)", "SHARE NOW"]]
        for arm in tiles.arms {
            rows.append([
                arm.name, arm.title, String(arm.impressions), String(arm.clicks),
                arm.impressions == 0 ? "—" : "\(percent(arm.rate)) (\(percent(arm.low))–\(percent(arm.high)))", percent(arm.share),
            ])
        }
        out += Format.table(rows, rightAligned: [2, 3]) + "\n\n" + tiles.summary + "\n"
        if !tiles.allocations.isEmpty {
            out += "\nAllocation changes (recorded when a share moved by more than 5 points):\n"
            for change in tiles.allocations {
                out += "  after \(change.impressions) impressions: " + e.variants.map { "\($0.name) \(percent(change.shares[$0.name] ?? 0))" }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    static func text(_ report: ExperimentReport) -> String {
        let e = report.experiment
        var out = "Experiment \(e.key) on \(e.episodesText) (\(e.kind.rawValue)), \(e.status == .shipped ? "shipped \(e.shipped ?? "")" : e.status.rawValue)\n"
        let counted = report.variants.reduce(0) { $0 + $1.viewers }
        if report.syntheticViewers > 0 {
            out += "SYNTHETIC AUDIENCE: \(report.syntheticViewers) of \(counted) viewers were simulated (cliff simulate-audience); do not read these figures as real viewers'.\n"
        }
        out += "Primary metric: \(e.metric.rawValue)\(e.guardrails.isEmpty ? "" : "; guardrails: \(e.guardrails.map(\.rawValue).joined(separator: ", "))")\n\n"
        let metrics = [e.metric] + e.guardrails.filter { $0 != e.metric } + EpisodeExperiment.Metric.allCases.filter { $0 != e.metric && !e.guardrails.contains($0) }
        out += "VARIANT  WEIGHT  VIEWERS  " + metrics.map { $0.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0) }.joined() + "DECISION\n"
        for variant in report.variants {
            var line = variant.name.padding(toLength: 8, withPad: " ", startingAt: 0) + " " + (EpisodeExperiment.percent(variant.weight) + "%").leftPadded(6) + "  "
                + String(variant.viewers).leftPadded(7) + "  "
            for metric in metrics {
                let summary = variant.metrics[metric] ?? ArmSummary()
                let proportion = metric != .watchTime
                let cell: String
                if summary.count == 0 {
                    cell = "—"
                } else if let interval = ExperimentReport.interval(summary, proportion: proportion) {
                    cell = proportion
                        ? String(format: "%.3f (%.3f–%.3f)", summary.mean, interval.lowerBound, interval.upperBound)
                        : String(format: "%.1f s (%.1f–%.1f)", summary.mean, interval.lowerBound, interval.upperBound)
                } else {
                    cell = "—"
                }
                line += cell.padding(toLength: 22, withPad: " ", startingAt: 0)
            }
            out += line + report.decision(variant.name) + "\n"
        }
        out += "\n"
        for sentence in report.summary { out += sentence + "\n" }
        if let check = report.look?.sampleRatio {
            out += String(format: "Sample ratio check: p = %.3g%@\n", check.pValue, check.isMismatch ? " — MISMATCH: no decision can be trusted until assignment and logging are fixed" : " (the counts match the weights)")
        }
        if report.varianceReduction > 0 {
            out += String(format: "CUPED (viewers' earlier episodes as covariate) removed %.1f %% of the primary metric's variance.\n", report.varianceReduction * 100)
        }
        out += "Intervals: 95 % (Wilson for rates, normal for watch time); the decision uses the always-valid test (docs/experiments.md).\n"
        return out
    }

    static func json(_ report: ExperimentReport) -> String {
        let e = report.experiment
        var variants: [[String: Any]] = []
        for variant in report.variants {
            var metrics: [String: Any] = [:]
            for (metric, summary) in variant.metrics {
                var item: [String: Any] = ["viewers": summary.count, "mean": summary.mean]
                if let interval = ExperimentReport.interval(summary, proportion: metric != .watchTime) { item["interval95"] = [interval.lowerBound, interval.upperBound] }
                metrics[metric.rawValue] = item
            }
            variants.append(["name": variant.name, "weight": variant.weight, "viewers": variant.viewers, "metrics": metrics, "decision": report.decision(variant.name)])
        }
        var object: [String: Any] = [
            "key": e.key, "episode": e.episode, "lastEpisode": e.lastEpisode, "kind": e.kind.rawValue, "status": e.status.rawValue, "metric": e.metric.rawValue,
            "guardrails": e.guardrails.map(\.rawValue), "variants": variants, "summary": report.summary, "conflicts": report.conflicts,
            "varianceReduction": report.varianceReduction, "syntheticViewers": report.syntheticViewers,
            "history": report.history.map { ["viewers": $0.viewers, "at": $0.at, "means": $0.means, "pValues": $0.pValues] as [String: Any] },
        ]
        if let shipped = e.shipped { object["shipped"] = shipped }
        if let check = report.look?.sampleRatio { object["sampleRatio"] = ["pValue": check.pValue, "mismatch": check.isMismatch, "observed": check.observed] }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: - stop and ship

    /// Stops or ships `key` (the studio's rule, `ExperimentDesk.decide`) and says what changed.
    static func decide(_ project: ProjectArgument, key: String, ship variant: String?, why: String, by: String?) async throws {
        let files = project.project
        let audience = try await audienceStore(files)
        let (experiment, report) = try await ExperimentDesk.decide(project: files, key: key, ship: variant, why: why, actor: actor(by), audience: audience)
        if let variant {
            print("Shipped \(variant) of \(key): every viewer of \(experiment.episodesText) now sees it (once its render is approved). Recorded in the audit log with your reason.")
        } else {
            print("Stopped \(key): every viewer of \(experiment.episodesText) now sees \(experiment.spansEpisodes ? "them" : "the episode") as written. Recorded in the audit log with your reason.")
        }
        for sentence in report.summary { print("  " + sentence) }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop an experiment without a winner: everyone sees the episode as written.")

        @OptionGroup var project: ProjectArgument
        @Argument(help: "The experiment's key.") var key: String
        @Option(help: "Why (recorded in the audit log).") var why: String
        @Option(help: "Who decides (default: $USER).") var by: String?

        func run() async throws { try await ExperimentCommand.decide(project, key: key, ship: nil, why: why, by: by) }
    }

    struct Ship: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop an experiment and show the chosen variant to everyone.")

        @OptionGroup var project: ProjectArgument
        @Argument(help: "The experiment's key.") var key: String
        @Argument(help: "The variant everyone will see.") var variant: String
        @Option(help: "Why (recorded in the audit log).") var why: String
        @Option(help: "Who decides (default: $USER).") var by: String?

        func run() async throws { try await ExperimentCommand.decide(project, key: key, ship: variant, why: why, by: by) }
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    fileprivate func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
