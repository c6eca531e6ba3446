import ArgumentParser
import Basics
import DramaModel
import Foundation
import Logging
import Production
import SQLiteStore
import Slate
import StoryEngine
import Synchronization

/// `cliff slate`: many premises, one series each, their pilots made within one budget.
struct SlateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slate",
        abstract: "Test many premises at once: one series per premise, and the pilot episodes of each within one budget.",
        discussion: """
            Examples:
              cliff slate new spring --premises premises.txt --pilot-episodes 3
              cliff slate produce spring
              # synthetic viewers, for testing
              cliff slate simulate spring --viewers 2000
              cliff slate report spring
              cliff slate decide spring paper-vows extend \\
                  --why "best hook and continue of the slate"
              # release calendars in the studio
              cliff slate publish spring --launch 2026-12-20 --time 20:00

            premises.txt holds one premise per line, optionally with settings after ' | ':
              A broke intern signs a contract marriage with a cold CEO | title=Paper Vows
            See docs/slate.md.
            """,
        subcommands: [
            SlateNewCommand.self, SlateProduceCommand.self, SlateSimulateCommand.self, SlateReportCommand.self, SlateDecideCommand.self,
            SlatePublishCommand.self,
        ]
    )
}

/// Options of the slate commands that run the production line.
struct SlateRunOptions: ParsableArguments {
    @Option(name: .long, help: "Worker tasks per pilot (default: cliff.yaml 'workers', else two per core).")
    var jobs: Int?

    @Option(name: .long, help: "Progress display: auto (a bar on a terminal, lines otherwise), bar, lines or none.")
    var progress: ProgressStyle = .auto

    @Flag(name: .long, help: "Log each job's start and end.")
    var verbose = false

    @Option(name: .customLong("budget-usd"), help: "The most every pilot together may cost, in US dollars (default: slate.yaml's budget_usd, else no cap).")
    var budgetUSD: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let budgetUSD, Money(dollars: budgetUSD) == nil {
            throw ValidationError("--budget-usd '\(budgetUSD)' is not an amount of US dollars; write a plain decimal such as 25 or 0.50")
        }
    }

    var budget: Money? { budgetUSD.flatMap { Money(dollars: $0) } }
}

/// `cliff slate new`: write one series per premise, then make their pilots.
struct SlateNewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write one series per premise of a file into a new slate folder, then make every pilot within the budget.",
        discussion: """
            Examples:
              cliff slate new spring --premises premises.txt --pilot-episodes 3
              cliff slate new spring --premises premises.txt --pilot-episodes 2 \\
                  --budget-usd 20 --settings cliff.yaml --final

            Each series is a project folder in the slate, written like cliff new (the
            whole season's bible and scripts, checked by the policy gate), and listed in
            slate.yaml. The pilots (episodes 1 to --pilot-episodes) are then made by the
            production line as previews (540×960), or finished episodes with --final.
            Before each pilot, its estimated cost and what the slate has spent are checked
            against --budget-usd: the slate stops before a pilot that would exceed it. A
            problem in the premises file (every one listed, at file:line:column) writes
            nothing.
            """
    )

    @Argument(help: "The slate folder to create (must not exist, or be empty).")
    var directory: String

    @Option(help: "The premises file: one premise per line, settings after ' | ' (docs/slate.md).")
    var premises: String

    @Option(name: .customLong("pilot-episodes"), help: "Episodes in each pilot (episodes 1 to N).")
    var pilotEpisodes: Int = 3

    @Option(name: .customLong("season-episodes"), help: "Episodes in each written season (1-300).")
    var seasonEpisodes: Int = 60

    @Option(name: .customLong("target-seconds"), help: "Target spoken length per episode in seconds (15-600).")
    var targetSeconds: Int = 90

    @Flag(name: .long, help: "Make the pilots as finished 1080×1920 episodes instead of 540×960 previews.")
    var final = false

    @Option(help: "A cliff.yaml for every series (price book, budgets, workers); default: the commented template.")
    var settings: String?

    @OptionGroup var options: SlateRunOptions

    func validate() throws {
        if !SeriesFormat.episodeRange.contains(seasonEpisodes) {
            throw ValidationError("--season-episodes \(seasonEpisodes) is outside \(SeriesFormat.episodeRange.lowerBound)-\(SeriesFormat.episodeRange.upperBound)")
        }
        if pilotEpisodes < 1 || pilotEpisodes > seasonEpisodes {
            throw ValidationError("--pilot-episodes \(pilotEpisodes) must be from 1 to the season's \(seasonEpisodes) episodes")
        }
        if !SeriesFormat.targetSecondsRange.contains(targetSeconds) {
            throw ValidationError("--target-seconds \(targetSeconds) is outside 15-600; episodes usually run 60-180 s")
        }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: directory)
        try SlateDraft.checkFree(root, shown: directory)
        let premisesFile = try PremisesFile.read(contentsOf: URL(fileURLWithPath: premises), displayName: premises)
        let settingsData = try readSettings()
        let draft = try SlateDraft.write(
            premisesFile, season: .init(episodes: seasonEpisodes, targetSeconds: targetSeconds, pilotEpisodes: pilotEpisodes),
            deliverable: final ? .final : .preview, budget: options.budget)
        // The policy gate reads every series before anything is written; one refusal writes nothing.
        var refused: [String] = []
        for item in draft.items {
            let folder = root.appendingPathComponent(item.record.folder)
            do {
                try PolicyAtTheDoor.check(series: item.series, scripts: item.scripts, projectRoot: folder, shownRoot: "\(directory)/\(item.record.folder)")
            } catch let error as CLIError {
                refused.append("\(premises):\(item.entry.line):1: error: \(error.message.replacingOccurrences(of: "\n", with: "\n    "))")
            }
        }
        guard refused.isEmpty else {
            throw CLIError(message: "the policy gate refuses \(refused.count) of the \(draft.items.count) premises; nothing was written.\n" + refused.joined(separator: "\n"))
        }
        try draft.create(at: root, settings: settingsData, shown: directory)
        print("Created the slate \(directory)/ from \(premises): \(draft.items.count) series of \(seasonEpisodes) episodes of ~\(targetSeconds) s.")
        for item in draft.items {
            let r = item.record
            print("  \(r.folder)/  “\(r.title)” — \(r.genre.rawValue), \(r.language.rawValue), seed \(r.seed)  (line \(item.entry.line))")
        }
        print("Wrote \(directory)/\(SlateManifest.fileName). Now making the pilots (\(pilotEpisodes == 1 ? "episode 1" : "episodes 1-\(pilotEpisodes)") of each, as \(final ? "finished episodes" : "previews")).")
        try await SlateProduction(root: root, shown: directory, manifest: draft.manifest, options: options).run()
    }

    /// The `cliff.yaml` every series gets: `--settings`, checked first, or the template.
    private func readSettings() throws -> Data {
        guard let settings else { return Data(ProductionSettingsLoader.template.utf8) }
        let url = URL(fileURLWithPath: settings)
        _ = try ProductionSettingsLoader.load(yaml: try SeriesLoader.readText(url, displayName: settings, code: .invalidSettings, missing: "Give --settings a cliff.yaml file (docs/production.md)."), file: settings)
        return try Data(contentsOf: url)
    }
}

/// `cliff slate produce`: make the pilots of a slate that are not made yet.
struct SlateProduceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "produce",
        abstract: "Make the pilots of a slate that are not made yet, within its budget; nothing is made or paid twice.",
        discussion: """
            Examples:
              cliff slate produce spring
              cliff slate produce spring --budget-usd 40
              cliff slate produce spring --dry-run

            Goes through the series of slate.yaml in order. A pilot already made is left
            as it is (the production line's cache); a pilot cut short (Ctrl-C, a budget
            stop, a failure) goes on from where it stopped. --budget-usd replaces
            slate.yaml's budget_usd and is written into it.
            """
    )

    @Argument(help: "The slate folder (made by cliff slate new).")
    var directory: String

    @Flag(name: .long, help: "Print each pilot's work still to do and its estimated cost against the budget; change nothing.")
    var dryRun = false

    @OptionGroup var options: SlateRunOptions

    func run() async throws {
        let root = URL(fileURLWithPath: directory)
        var manifest = try SlateManifest.read(slate: root, displayName: "\(directory)/\(SlateManifest.fileName)")
        if let budget = options.budget, budget != manifest.budget {
            manifest.budget = budget
            if !dryRun {
                try AtomicFile.write(manifest.yaml, to: root.appendingPathComponent(SlateManifest.fileName))
                Console.write("Set budget_usd to \(budget) in \(directory)/\(SlateManifest.fileName).")
            }
        }
        let production = SlateProduction(root: root, shown: directory, manifest: manifest, options: options)
        if dryRun { try await production.dryRun() } else { try await production.run() }
    }
}

/// Makes a slate's pilots in order through the production line, one series at a time, holding
/// them to the slate's budget. The wiring only: the plan, the run and the ledger are the
/// production line's, the budget rule is `SlateBudget`'s.
struct SlateProduction {
    let root: URL
    let shown: String
    let manifest: SlateManifest
    let options: SlateRunOptions

    /// How a series' pilot stands after the run (a series the run did not reach has none).
    enum Outcome {
        case madeNow, madeBefore, cutShort, failed(String), sunset
    }

    private func folder(_ series: SlateManifest.Series) -> String { "\(shown)/\(series.folder)" }

    private func request(_ series: SlateManifest.Series, seriesCap: Money? = nil) -> ProductionRequest {
        ProductionRequest(episodes: series.pilot, deliverable: manifest.deliverable, workers: options.jobs, actor: "cliff slate", seriesCap: seriesCap)
    }

    /// Every series' spend from its ledger (all takes), zero for one never produced.
    private func ledgerSpends() async throws -> [String: Money] {
        try await SlateBudget.spends(of: manifest, store: SlateExtension.readOnlyStores(slate: root))
    }

    /// Refuses a slate whose series folders are missing, naming every one.
    private func checkFolders() throws {
        let missing = manifest.series.filter { !ProjectLayout.isProject(root.appendingPathComponent($0.folder)) }
        guard !missing.isEmpty else { return }
        throw CLIError(message: """
            \(shown)/\(SlateManifest.fileName) lists \(missing.count) series whose folder holds no project: \(missing.map { "\($0.id) (\(folder($0)))" }.joined(separator: ", ")).
            Put the folders back, or remove their entries from \(shown)/\(SlateManifest.fileName).
            """)
    }

    /// Prints what each pilot still needs and costs, against the budget; changes nothing.
    func dryRun() async throws {
        try checkFolders()
        let spent = try await ledgerSpends().values.reduce(Money.zero, +)
        var rows = [["SERIES", "TO MAKE", "CACHED", "EST. COST"]]
        var total = Money.zero
        var stopBefore: String?
        for series in manifest.series {
            guard series.status != .sunset else {
                rows.append([series.id, "–", "–", "sunset: skipped"])
                continue
            }
            let plan: ProductionPlan
            do {
                let context = try await ProductionContext.open(folder(series), readOnly: true)
                plan = try await context.line(logger: Logger(label: "cliff.slate")).plan(request(series))
            } catch {
                rows.append([series.id, "–", "–", "cannot be planned: \(Self.oneLine(error))"])
                continue
            }
            rows.append([series.id, Format.count(plan.toRun.count), Format.count(plan.cached.count), "\(plan.estimatedTotal)"])
            if stopBefore == nil, !plan.toRun.isEmpty, case .stop = SlateBudget(cap: manifest.budget).check(spent: spent + total, next: plan.estimatedTotal) {
                stopBefore = series.id
            }
            total += plan.estimatedTotal
        }
        print("Plan for the slate \(shown) (pilots as \(manifest.deliverable == .final ? "finished episodes" : "previews")): estimated \(total) still to spend; \(spent) spent so far; budget \(manifest.budget.map { "\($0)" } ?? "none"). Nothing was run.")
        print("")
        print(Format.table(rows, rightAligned: [1, 2, 3]))
        if let stopBefore { print("\nThe budget would stop the slate before \(stopBefore).") }
    }

    /// Makes the pilots not made yet, in order; stops before a pilot the budget cannot cover.
    /// - Throws: `CLIError` for a budget stop or failed pilots (after the summary), `ExitCode(130)`
    ///   when stopped by Ctrl-C.
    func run() async throws {
        try checkFolders()
        let clock = ContinuousClock()
        let start = clock.now
        let budget = SlateBudget(cap: manifest.budget)
        let count = manifest.series.count
        var spends = try await ledgerSpends()
        let spentBefore = spends.values.reduce(.zero, +)
        var outcomes: [String: Outcome] = [:]
        var stop: String?
        for (index, series) in manifest.series.enumerated() {
            let tag = "series \(index + 1)/\(count) \(series.id)"
            guard series.status != .sunset else {
                outcomes[series.id] = .sunset
                Console.write("\(tag): sunset (slate.yaml); skipped.")
                continue
            }
            let slateSpent = spends.values.reduce(.zero, +)
            // What the pilot still needs, planned without writing anything.
            let plan: ProductionPlan
            do {
                let context = try await ProductionContext.open(folder(series), readOnly: true)
                plan = try await context.line(logger: Logger(label: "cliff.slate")).plan(request(series))
            } catch {
                outcomes[series.id] = .failed(Self.oneLine(error))
                Console.write("\(tag): cannot be produced: \(Self.indented(error))")
                continue
            }
            if plan.toRun.isEmpty {
                outcomes[series.id] = .madeBefore
                Console.write("\(tag): pilot already made (\(Format.count(plan.cached.count)) steps cached); nothing to do.")
                continue
            }
            if case .stop(let over) = budget.check(spent: slateSpent, next: plan.estimatedTotal) {
                stop = """
                    the slate's budget stops it before \(tag): its pilot is estimated at \(plan.estimatedTotal), and the slate has spent \(slateSpent) of its \(manifest.budget.map { "\($0)" } ?? "") (over by \(over)).
                    """
                break
            }
            let episodes = series.pilot.count == 1 ? "episode 1" : "episodes 1-\(series.pilot.count)"
            Console.write("\(tag): “\(series.title)”, pilot \(episodes) as \(manifest.deliverable == .final ? "finished episodes" : "previews"): \(Format.count(plan.toRun.count)) steps to make, \(Format.count(plan.cached.count)) cached, estimated \(plan.estimatedTotal).")
            let cap = budget.seriesCap(seriesSpent: spends[series.id] ?? .zero, slateSpent: slateSpent)
            let summary: ProductionSummary
            do {
                let context = try await ProductionContext.open(folder(series))
                let production = try await context.line(logger: Logger(label: "cliff.production")).prepare(request(series, seriesCap: cap))
                let tracker = PilotTracker(plan: production.plan, tag: tag, pilot: series.pilot)
                summary = try await ProductionDriver.execute(production, progress: options.progress, verbose: options.verbose, observe: tracker.handle)
                spends[series.id] = try await context.store.ledger().reduce(.zero) { $0 + $1.cost }
            } catch {
                outcomes[series.id] = .failed(Self.oneLine(error))
                Console.write("\(tag): failed: \(Self.indented(error))")
                continue
            }
            switch summary.ending {
            case .completed where summary.failures.isEmpty:
                outcomes[series.id] = .madeNow
                Console.write("\(tag): pilot made in \(Format.duration(summary.progress.elapsed)), spent \(summary.progress.spent).")
            case .completed:
                let first = summary.failures.first.map { "\($0.label): \($0.message)" } ?? ""
                outcomes[series.id] = .failed("\(summary.failures.count) step\(summary.failures.count == 1 ? "" : "s") failed (\(first)); cliff status \(folder(series))")
                Console.write("\(tag): \(summary.failures.count) steps failed; first: \(first)")
            case .overBudget(let over):
                outcomes[series.id] = .cutShort
                let slate = over.episode == nil && over.cap == cap
                stop = slate
                    ? "the slate's budget stopped \(tag) before \(over.label): the step is estimated at \(over.next), and the slate has \(over.cap - over.spent - over.running) left of its \(manifest.budget.map { "\($0)" } ?? "")."
                    : "\(tag) stopped at its own cliff.yaml budget: \(over.description)"
            case .interrupted:
                outcomes[series.id] = .cutShort
                summarize(outcomes, spends: spends, spentBefore: spentBefore, elapsed: start.duration(to: clock.now))
                Console.write("Stopped by request during \(tag). Finished work is kept; run cliff slate produce \(shown) to go on.")
                throw ExitCode(130)
            }
            if stop != nil { break }
        }
        summarize(outcomes, spends: spends, spentBefore: spentBefore, elapsed: start.duration(to: clock.now))
        if let stop {
            let made = manifest.series.filter { if case .madeNow = outcomes[$0.id] { true } else if case .madeBefore = outcomes[$0.id] { true } else { false } }
            let left = manifest.series.filter { if case .madeNow = outcomes[$0.id] { false } else if case .madeBefore = outcomes[$0.id] { false } else if case .sunset = outcomes[$0.id] { false } else { true } }
            throw CLIError(message: """
                \(stop)
                Pilots made: \(made.isEmpty ? "none" : made.map(\.id).joined(separator: ", ")). Not made: \(left.map(\.id).joined(separator: ", ")).
                To go on: raise budget_usd in \(shown)/\(SlateManifest.fileName) (or pass --budget-usd), then run cliff slate produce \(shown). Finished work is kept and not paid again.
                """)
        }
        let failed = manifest.series.compactMap { series -> String? in
            if case .failed(let why) = outcomes[series.id] { return "  \(series.id): \(why)" }
            return nil
        }
        if !failed.isEmpty {
            throw CLIError(message: "\(failed.count) pilot\(failed.count == 1 ? "" : "s") could not be made:\n\(failed.joined(separator: "\n"))\nFix the cause and run cliff slate produce \(shown) again (finished work is kept).")
        }
    }

    /// The closing table: every series, its pilot, its spend from the ledger.
    private func summarize(_ outcomes: [String: Outcome], spends: [String: Money], spentBefore: Money, elapsed: Duration) {
        let made = outcomes.values.filter { if case .madeNow = $0 { true } else { false } }.count
        let before = outcomes.values.filter { if case .madeBefore = $0 { true } else { false } }.count
        let total = spends.values.reduce(.zero, +)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("""
            Slate \(shown): \(manifest.series.count) series, pilots made \(made + before) of \(manifest.series.count) (\(made) now, \(before) before); \
            spent \(total - spentBefore) now, \(total) in all\(manifest.budget.map { " of a \($0) budget" } ?? ""); \(Format.duration(seconds)).
            """)
        var rows = [["SERIES", "TITLE", "GENRE", "LANG", "PILOT", "SPENT"]]
        for series in manifest.series {
            let state =
                switch outcomes[series.id] {
                case .madeNow: "made now"
                case .madeBefore: "made before"
                case .cutShort: "cut short"
                case .failed: "FAILED"
                case .sunset: "sunset"
                case nil: "not made"
                }
            rows.append([series.id, series.title, series.genre.rawValue, series.language.rawValue, state, "\(spends[series.id] ?? .zero)"])
        }
        print(Format.table(rows, rightAligned: [5]))
        let file = manifest.deliverable == .final ? "episode.mp4" : "preview.mp4"
        print("Pilots: \(shown)/<series>/out/ep001/\(file) …   Spend per series: cliff cost \(shown)/<series>")
    }

    /// An error's report: what went wrong, where and how to fix it.
    static func report(_ error: any Error) -> String { (error as? any ExplainedError)?.report ?? "\(error)" }

    /// The report's first line, pointing at the rest when there is more (for the closing list).
    static func oneLine(_ error: any Error) -> String {
        let lines = report(error).split(separator: "\n", omittingEmptySubsequences: true)
        return lines.count <= 1 ? lines.first.map(String.init) ?? "" : "\(lines[0]) (details above)"
    }

    /// The whole report, its lines after the first indented under the series' line.
    static func indented(_ error: any Error) -> String { report(error).replacingOccurrences(of: "\n", with: "\n    ") }
}

/// Says when each pilot episode is made: counts the steps still to run per episode and names
/// an episode when its last step finishes.
final class PilotTracker: Sendable {
    private let tag: String
    private let count: Int
    /// Steps left per episode, the episode of each step's label, episodes made (under the mutex).
    private let state: Mutex<(left: [Int: Int], episodeOf: [String: Int], made: Int)>

    init(plan: ProductionPlan, tag: String, pilot: [Int]) {
        self.tag = tag
        self.count = pilot.count
        var left: [Int: Int] = [:]
        var episodeOf: [String: Int] = [:]
        for node in plan.toRun {
            guard let episode = node.episode else { continue }
            left[episode, default: 0] += 1
            episodeOf[node.label] = episode
        }
        state = Mutex((left, episodeOf, pilot.count - left.count))
    }

    func handle(_ event: ProductionEvent) -> String? {
        guard case .finished(let label, _, _) = event else { return nil }
        return state.withLock { state -> String? in
            guard let episode = state.episodeOf[label], let left = state.left[episode] else { return nil }
            state.left[episode] = left - 1
            guard left == 1 else { return nil }
            state.made += 1
            return "\(tag): episode \(episode) made (\(state.made) of \(count))."
        }
    }
}
