import ArgumentParser
import Basics
import DramaModel
import Editing
import Foundation
import Logging
import Production
import ServiceLifecycle
import StoryEngine
import Synchronization
import UnixSignals

/// `cliff produce`: run the production graph, from scripts to finished episodes.
struct ProduceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "produce",
        abstract: "Make everything the scripts need — voices, shots, sound, finished episodes — doing only what is missing.",
        discussion: """
            Examples:
              cliff produce demo
              cliff produce demo --episodes 1-10 --dry-run
              cliff produce demo --subtitles-only

            Writes out/epNNN/episode.mp4 (1080×1920 H.264/AAC, subtitles and AI label
            burned in), episode.srt, episode.vtt, episode.otio and cover.jpg for every
            episode; the .otio is an editable cut whose shots, lines, music and effects
            are files in out/epNNN/media/.

            Every output is cached by the hash of its inputs: a second run does nothing,
            an edited line redoes only what depends on it (its voice, its shot, the
            episode's mix and join). Ctrl-C stops cleanly and keeps finished work; after a
            crash or kill -9 the next run takes over the unfinished jobs. Several cliff
            produce processes may work on one project at once.

            Settings (price book, budgets, workers, concurrency limits, retries) come from
            cliff.yaml. Exit codes: 0 done, 1 failures or a budget stop (see the message),
            130 stopped by Ctrl-C.
            """
    )

    @OptionGroup var project: ProjectArgument
    @OptionGroup var selection: EpisodeOption
    @OptionGroup var options: RunOptions
    @OptionGroup var shared: DatabaseOption

    @Flag(name: .long, help: "Make 540×960 previews (out/epNNN/preview.mp4) instead of the 1080×1920 masters.")
    var preview = false

    @Flag(name: .long, help: "Stop after voices and the cut: subtitles and edit (.srt, .vtt, .otio), no video.")
    var subtitlesOnly = false

    @Flag(name: .long, help: "Queue the jobs and make nothing: cliff worker makes them (several may, at once).")
    var noWork = false

    func validate() throws {
        try options.validate()
        if preview && subtitlesOnly { throw ValidationError("--preview and --subtitles-only exclude each other") }
        if noWork && options.dryRun { throw ValidationError("--no-work and --dry-run exclude each other: --dry-run queues nothing") }
    }

    func run() async throws {
        let deliverable: Deliverable = subtitlesOnly ? .subtitles : preview ? .preview : .final
        try await ProductionDriver(options: options, database: shared.database).run(project: project, selection: selection, deliverable: deliverable, work: !noWork)
    }
}

/// Options every command that runs the production graph shares.
struct RunOptions: ParsableArguments {
    @Flag(name: .long, help: "Print the jobs that would run, cached versus new, and the estimated cost; change nothing.")
    var dryRun = false

    @Option(name: .long, help: "Worker tasks (default: cliff.yaml 'workers', else two per core).")
    var jobs: Int?

    @Option(name: .long, help: "Progress display: auto (a bar on a terminal, lines otherwise), bar, lines or none.")
    var progress: ProgressStyle = .auto

    @Flag(name: .long, help: "List every job (with --dry-run) and log each job's start and end.")
    var verbose = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }
}

/// Plans and runs the production graph with progress, graceful Ctrl-C and a summary.
struct ProductionDriver {
    let options: RunOptions
    /// `--database` (nil: CLIFF_DATABASE_URL, cliff.yaml, or the project's cliff.db).
    var database: String? = nil

    func run(project: ProjectArgument, selection: EpisodeOption, deliverable: Deliverable, work: Bool = true) async throws {
        // A dry run changes nothing: it reads the database without writing, and without one
        // yet it plans against an empty one in memory.
        let context = try await ProductionContext.open(project.directory, database: database, readOnly: options.dryRun)
        let numbers = selection.episodes == nil ? nil : try selection.numbers(in: context.project.series.format.episodes)
        let request = ProductionRequest(episodes: numbers, deliverable: deliverable, workers: options.jobs)
        let line = context.line(logger: Logger(label: "cliff.production"))
        if options.dryRun {
            let plan = try await line.plan(request)
            DryRunReport(plan: plan, verbose: options.verbose, root: context.displayRoot, selection: selection.episodes).print()
            return
        }
        if !work {
            let (plan, report) = try await line.enqueue(request)
            var extra = ""
            if report.alreadyPending > 0 { extra += "; \(Format.count(report.alreadyPending)) were queued already" }
            if report.alreadyRunning > 0 { extra += "; \(Format.count(report.alreadyRunning)) are being made now" }
            await context.close()
            print("Queued \(Format.count(plan.toRun.count)) jobs for \(context.displayRoot) (\(Format.count(plan.cached.count)) cached, estimated \(plan.estimatedTotal))\(extra). Make them with: cliff worker \(context.displayRoot)   (run several for more; cliff status \(context.displayRoot) shows progress)")
            return
        }
        let production = try await line.prepare(request)
        let summary = try await Self.execute(production, progress: options.progress, verbose: options.verbose)
        await context.close()
        try finish(summary, root: context.displayRoot, deliverable: deliverable, episodes: numbers, project: context.project)
    }

    /// Runs a prepared production to its end: its warnings first, progress drawn in `progress`
    /// style, SIGINT/SIGTERM stopping it gracefully. Every event is also handed to `observe`;
    /// a line it returns is said between progress updates.
    /// `cliff produce` and `cliff slate` both run their work through here.
    /// - Throws: what the run throws (a failed store, a refused signature).
    static func execute(
        _ production: PreparedProduction, progress: ProgressStyle, verbose: Bool,
        observe: @escaping @Sendable (ProductionEvent) -> String? = { _ in nil }
    ) async throws -> ProductionSummary {
        for warning in production.warnings.prefix(20) { Console.write("warning: \(warning)") }
        let service = ProductionService(production: production)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigint, .sigterm],
            logger: Logger(label: "cliff.lifecycle")))
        let renderer = ProgressRenderer(style: progress.resolved, verbose: verbose)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                for await event in production.events {
                    renderer.handle(event)
                    if let line = observe(event) { renderer.say(line) }
                }
            }
            tasks.addTask { try await group.run() }
            try await tasks.waitForAll()
        }
        if let error = service.error { throw error }
        guard let summary = service.summary else { throw CLIError(message: "the run ended without a summary") }
        return summary
    }

    /// Subtitles asked to be read faster than their language allows, per episode (a warning;
    /// the fix is a shorter line or a slower voice).
    private func reportReadingSpeed(project: ProductionProject, episodes: [Int], root: String) {
        let language = project.series.language
        var fast: [(Int, ReadingSpeed.Finding)] = []
        var cues = 0
        for number in episodes {
            let url = ProjectLayout(root: project.root).episodeOutput(number).appendingPathComponent("episode.srt")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let (track, _) = SubtitleParser.parse(text, format: .srt, language: language, file: url.lastPathComponent)
            cues += track.cues.count
            fast += ReadingSpeed.findings(track.cues, language: language).map { (number, $0) }
        }
        guard !fast.isEmpty else { return }
        let limit = Int(ReadingSpeed.limit(language))
        Console.write("warning: \(fast.count) of \(cues) subtitle cues ask to be read faster than \(limit) characters per second (\(language.englishName)):")
        for (number, finding) in fast.sorted(by: { $0.1.charactersPerSecond > $1.1.charactersPerSecond }).prefix(5) {
            let at = finding.start.seconds
            let time = String(format: "%d:%04.1f", Int(at) / 60, at.truncatingRemainder(dividingBy: 60))
            let rate = String(format: "%.1f", finding.charactersPerSecond)
            Console.write("  \(ProjectLayout.episodeTag(number)) at \(time): \(rate) characters per second: \(TextInput.excerpt(finding.text.replacingOccurrences(of: "\n", with: " ")))")
        }
        Console.write("    fix: shorten those lines, or give the voice a slower rate in series.yaml")
    }

    private func finish(_ summary: ProductionSummary, root: String, deliverable: Deliverable, episodes: [Int]?, project: ProductionProject) throws {
        let p = summary.progress
        let line = "\(Format.count(p.done)) job\(p.done == 1 ? "" : "s") done, \(Format.count(summary.cached)) cached, \(p.failed) failed in \(Format.duration(p.elapsed)); spent \(p.spent)."
        switch summary.ending {
        case .completed where summary.failures.isEmpty:
            print("Produced \(root): \(line)")
            if p.done > 0 || summary.cached > 0 {
                let file = deliverable == .preview ? "preview.mp4" : deliverable == .final ? "episode.mp4" : "episode.srt"
                let numbers = episodes ?? project.files.scriptsOnDisk().map(\.number)
                if let first = numbers.first {
                    let range = numbers.count > 1 ? "ep\(String(format: "%03d", first))…ep\(String(format: "%03d", numbers.last!))" : String(format: "ep%03d", first)
                    print("Outputs: \(root)/out/\(range)/\(file)\(deliverable == .final ? " (+ .srt, .vtt, .otio with media/, cover.jpg)" : ""). Spend: cliff cost \(root)")
                }
                if deliverable != .preview { reportReadingSpeed(project: project, episodes: numbers, root: root) }
                let variants = (try? project.variantScripts(episodes: episodes.map(Set.init))) ?? []
                if !variants.isEmpty {
                    print("Experiment variants: \(variants.map { "\(root)/\($0.folder)/\(file)" }.joined(separator: ", ")). Approve each in the studio before the channel shows it.")
                }
            }
        case .completed:
            Console.write("Produced \(root) with failures: \(line)")
            for failure in summary.failures.prefix(20) { Console.write("  failed: \(failure.label): \(failure.message)") }
            if summary.failures.count > 20 { Console.write("  … and \(summary.failures.count - 20) more (cliff status \(root))") }
            throw CLIError(message: "\(summary.failures.count) job\(summary.failures.count == 1 ? "" : "s") failed; fix the cause and run cliff produce \(root) again (finished work is kept).")
        case .overBudget(let stop):
            Console.write("Stopped: \(line)")
            throw CLIError(message: stop.description)
        case .interrupted:
            Console.write("Stopped by request: \(line) Finished work is kept; run cliff produce \(root) to go on.")
            throw ExitCode(130)
        }
    }
}

/// How progress is shown.
enum ProgressStyle: String, ExpressibleByArgument, CaseIterable {
    case auto, bar, lines, none

    var resolved: ProgressStyle {
        guard self == .auto else { return self }
        return isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb" ? .bar : .lines
    }
}

/// Runs production as a service, so SIGINT/SIGTERM shut it down gracefully: a prepared run is
/// cancelled (running jobs go back untried); a worker's queue is drained (no new claims, running
/// jobs finish; a cancellation after the grace period gives them back).
final class ProductionService: Service, Sendable {
    private let body: @Sendable () async throws -> ProductionSummary
    private let drain: (@Sendable () -> Void)?
    /// The run's outcome, set when it returns (guarded by the mutex).
    private let outcome = Mutex<(ProductionSummary?, (any Error)?)>((nil, nil))

    init(production: PreparedProduction) {
        body = { try await production.run() }
        drain = nil
    }

    /// A worker's service: SIGTERM drains `queue`, after `stopping` (which says what the stop
    /// waits for).
    init(queue: QueueService, stopping: @escaping @Sendable () -> Void = {}) {
        body = { try await queue.run() }
        drain = {
            queue.drain()
            stopping()
        }
    }

    var summary: ProductionSummary? { outcome.withLock { $0.0 } }
    var error: (any Error)? { outcome.withLock { $0.1 } }

    func run() async throws {
        do {
            let summary: ProductionSummary
            if let drain {
                summary = try await withGracefulShutdownHandler { try await self.body() } onGracefulShutdown: { drain() }
            } else {
                summary = try await cancelWhenGracefulShutdown { try await self.body() }
            }
            outcome.withLock { $0.0 = summary }
        } catch {
            outcome.withLock { $0.1 = error }
        }
    }
}

/// Draws progress events: a redrawn bar on a terminal, a line every few seconds otherwise.
final class ProgressRenderer: Sendable {
    let style: ProgressStyle
    let verbose: Bool
    private let last = Mutex<(drawn: Double, width: Int)>((0, 0))

    init(style: ProgressStyle, verbose: Bool) {
        self.style = style
        self.verbose = verbose
    }

    func handle(_ event: ProductionEvent) {
        switch event {
        case .recovered(let jobs):
            let failed = jobs.filter(\.failed).count
            say("Took over \(jobs.count) unfinished job\(jobs.count == 1 ? "" : "s") from a stopped run\(failed > 0 ? " (\(failed) out of tries, failed)" : "").")
        case .planned(let plan):
            var extra = ""
            if plan.enqueue.superseded > 0 { extra += "; \(plan.enqueue.superseded) queued jobs superseded by edits" }
            if plan.enqueue.alreadyPending > 0 { extra += "; \(plan.enqueue.alreadyPending) left queued by an earlier run" }
            if plan.enqueue.alreadyRunning > 0 { extra += "; \(plan.enqueue.alreadyRunning) being made by another run now" }
            say("\(Format.count(plan.nodes)) nodes: \(Format.count(plan.cached)) cached, \(Format.count(plan.toRun)) to make (estimated \(plan.estimatedCost))\(extra).")
        case .started(let label, let attempt):
            if verbose { say("start \(label)\(attempt > 1 ? " (try \(attempt))" : "")") }
        case .finished(let label, let cost, let progress):
            if verbose { say("done  \(label)\(cost > .zero ? " \(cost)" : "")") }
            draw(progress, current: label)
        case .retrying(let label, let attempt, let delay, let message):
            say("retry \(label) after try \(attempt) in \(String(format: "%.1f", delay)) s: \(message)")
        case .failed(let label, let message, let progress):
            say("FAILED \(label): \(message)")
            draw(progress, current: label)
        case .budgetStopped:
            break
        case .storeUnavailable(let message, let delay):
            say("the job store cannot be reached (\(message)); trying again in \(String(format: "%.0f", delay)) s")  // the command's closing error says which budget and by how much
        case .ended(let summary):
            draw(summary.progress, current: nil, force: true)
            if style == .bar { FileHandle.standardError.write(Data("\n".utf8)) }
        }
    }

    /// Notices print in every style; `none` only hides the progress display.
    func say(_ text: String) {
        if style == .bar { clear() }
        Console.write(text)
    }

    private func clear() {
        let width = last.withLock { $0.width }
        if width > 0 { FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: width) + "\r").utf8)) }
        last.withLock { $0.width = 0 }
    }

    private func draw(_ progress: ProductionProgress, current: String?, force: Bool = false) {
        guard style == .bar || style == .lines else { return }
        let now = Date().timeIntervalSince1970
        let interval = style == .bar ? 0.1 : 5
        let due = last.withLock { state -> Bool in
            guard force || now - state.drawn >= interval else { return false }
            state.drawn = now
            return true
        }
        guard due else { return }
        let finished = progress.done + progress.failed
        let fraction = progress.total == 0 ? 1 : Double(finished) / Double(progress.total)
        let eta = progress.remaining.map { "ETA \(Format.duration($0))" } ?? "ETA –"
        let counts = "\(Format.count(finished))/\(Format.count(progress.total)) steps  \(Int(fraction * 100))%  \(eta)  spent \(progress.spent)"
        if style == .lines {
            if force && progress.total == 0 { return }
            Console.write("produce: \(counts)")
            return
        }
        let cells = 24
        let filled = Int(fraction * Double(cells))
        var text = "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled) + "] " + counts
        if let current { text += "  " + String(current.prefix(28)) }
        let width = text.count
        let previous = last.withLock { state -> Int in
            defer { state.width = width }
            return state.width
        }
        let pad = previous > width ? String(repeating: " ", count: previous - width) : ""
        FileHandle.standardError.write(Data(("\r" + text + pad).utf8))
    }
}

/// The `--dry-run` listing.
struct DryRunReport {
    let plan: ProductionPlan
    let verbose: Bool
    let root: String
    let selection: String?

    func print() {
        let scope = selection.map { "episodes \($0)" } ?? "all episodes"
        Swift.print("Plan for \(root) (\(scope)): \(Format.count(plan.graph.count)) nodes, \(Format.count(plan.cached.count)) cached, \(Format.count(plan.toRun.count)) to make, estimated cost \(plan.estimatedTotal). Nothing was run.")
        Swift.print("")
        var rows = [["STEP", "CACHED", "NEW", "EST. COST"]]
        for (step, v) in plan.tallyByStep { rows.append([step, Format.count(v.cached), Format.count(v.new), "\(v.cost)"]) }
        Swift.print(Format.table(rows, rightAligned: [1, 2, 3]))
        Swift.print("")
        rows = [["EPISODE", "CACHED", "NEW", "EST. COST"]]
        for (episode, v) in plan.tallyByEpisode {
            rows.append([episode == 0 ? "shared" : String(format: "ep%03d", episode), Format.count(v.cached), Format.count(v.new), "\(v.cost)"])
        }
        Swift.print(Format.table(rows, rightAligned: [1, 2, 3]))
        guard !plan.toRun.isEmpty else { return }
        Swift.print("")
        let listed = verbose ? plan.toRun : Array(plan.toRun.prefix(12))
        let stale = Set(plan.stale)
        Swift.print("Jobs to run\(verbose ? "" : " (first \(listed.count) of \(plan.toRun.count); --verbose lists all)"):")
        for node in listed {
            let cost = plan.estimatedCosts[node.key] ?? .zero
            let redo = stale.contains(node.key) ? "  (output missing or changed: redo)" : ""
            Swift.print("  \(node.label)  [\(node.generator)]  ≈ \(cost)\(redo)")
        }
    }
}
