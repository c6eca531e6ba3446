import ArgumentParser
import Basics
import DramaModel
import Foundation
import Governance
import Logging
import Production
import Slate
import StoryEngine
import Studio

/// `cliff slate decide`: take a decision on a series of the slate, recorded in its audit log.
struct SlateDecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Extend, iterate or sunset a series of the slate; the decision is recorded in its audit log with who and why.",
        discussion: """
            Examples:
              cliff slate decide spring paper-vows extend \\
                  --why "best hook and continue of the slate"
              cliff slate decide spring cold-case iterate \\
                  --why "the confrontation beats lose viewers" --by mei
              cliff slate decide spring jade-palace sunset \\
                  --why "bottom of the slate twice"

            Every decision is appended to the series' audit log (governance/audit.jsonl,
            kind slate.decision) with who (--by, default the OS user), why, and the
            figures of the slate's last report (report.json; run cliff slate report first).
              extend   makes the next episodes of the season (--episodes, default the rest)
                       through the production line, within the slate's budget (slate.yaml
                       budget_usd).
              iterate  records the weak spot the report names and the instruction to
                       rewrite it.
              sunset   marks the series sunset in slate.yaml: produce, simulate, publish
                       and extend skip it; its files are kept. Its release calendar in the
                       studio (the slate's studio.db) is stopped: what it released stays on
                       the channel, nothing more comes out.
            """
    )

    @Argument(help: "The slate folder.") var directory: String
    @Argument(help: "The series' id in slate.yaml.") var series: String
    @Argument(help: "extend, iterate or sunset.") var decision: String
    @Option(help: "Why: recorded in the audit log (required).") var why: String?
    @Option(help: "Who decides (default: $USER, else the OS user name).") var by: String?
    @Option(help: "With extend: how many episodes after the pilot to make (default: the rest of the season).") var episodes: Int?
    @OptionGroup var options: SlateRunOptions

    func run() async throws {
        let root = URL(fileURLWithPath: directory)
        let request = SlateDecisionRequest(series: series, decision: decision, why: why, episodes: episodes)
        let recorded: SlateDecisionRecord
        do {
            recorded = try await SlateDesk.decide(slate: root, shown: directory, request, actor: Self.actor(by))
        } catch {
            throw Self.refusal(error)
        }
        let record = recorded.series
        let details = recorded.details
        print("Recorded: \(recorded.decision.rawValue) \(record.id) by \(recorded.actor) (audit record \(recorded.sequence) in \(directory)/\(record.folder)/governance/audit.jsonl).")
        switch recorded.decision {
        case .iterate:
            print("Rewrite \(details["rewrite"] ?? "the weakest beat"): \(details["insight"] ?? "see cliff insights \(directory)/\(record.folder)") (\(details["note"] ?? "")).")
        case .sunset:
            print("Marked \(record.id) sunset in \(directory)/\(SlateManifest.fileName): cliff slate produce, simulate, publish and decide extend skip it; its files are kept.")
            if recorded.stoppedCalendar != nil, let calendar = details["calendar"] {
                print("Its release calendar in the studio (\(directory)/studio.db): \(calendar).")
                print("To take it up again: remove its 'status: sunset' line from \(directory)/\(SlateManifest.fileName), then cliff slate publish \(directory) --series \(record.id).")
            }
        case .extend:
            try await SlateExtension(root: root, shown: directory, manifest: recorded.manifest, series: record, episodes: recorded.episodes, options: options).run()
        }
    }

    /// A refused decision as the command reports it: every problem at once, each after the
    /// argument it is about; nothing was changed. Other errors as they are.
    static func refusal(_ error: SlateError) -> any Error {
        guard error.code == .invalidDecision else { return error }
        return CLIError(message: "cannot record the decision; nothing was changed:\n" + error.diagnostics.map { "  \($0.fieldPath ?? $0.file): \($0.message)" }.joined(separator: "\n"))
    }

    /// `--by`, else `$USER`, else the OS user name.
    static func actor(_ by: String?) -> String {
        if let by = by?.trimmingCharacters(in: .whitespaces), !by.isEmpty { return by }
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        return ProcessInfo.processInfo.userName
    }

    /// `4-12`, `4-6,9`.
    static func ranges(_ numbers: [Int]) -> String { SlateDesk.ranges(numbers) }
}

/// Makes the next episodes of an extended series through the production line, within the
/// slate's budget: the same plan, budget check, series cap and driver as the pilots.
struct SlateExtension {
    let root: URL
    let shown: String
    let manifest: SlateManifest
    let series: SlateManifest.Series
    let episodes: [Int]
    let options: SlateRunOptions

    func run() async throws {
        let folder = "\(shown)/\(series.folder)"
        let planned = try await SlateExtensionPlan.make(
            series: series, episodes: episodes, manifest: manifest, budget: SlateBudget(cap: options.budget ?? manifest.budget),
            request: ProductionRequest(episodes: episodes, deliverable: manifest.deliverable, workers: options.jobs, actor: "cliff slate decide"),
            line: try await ProductionContext.open(folder, readOnly: true).line(logger: Logger(label: "cliff.slate")),
            store: Self.readOnlyStores(slate: root))
        let tag = planned.tag
        if planned.isMade {
            print("\(tag): already made (\(Format.count(planned.plan.cached.count)) steps cached); nothing to do.")
            return
        }
        if let over = planned.over {
            throw CLIError(message: """
                the slate's budget stops the extension of \(series.id) before it starts: \(tag) are estimated at \(planned.estimated), and \(planned.spentOfBudget) (over by \(over)).
                The decision is recorded. To go on: raise budget_usd in \(shown)/\(SlateManifest.fileName) (or pass --budget-usd), then run cliff produce \(folder) --episodes \(SlateDecideCommand.ranges(episodes)).
                """)
        }
        Console.write("\(tag): \(Format.count(planned.plan.toRun.count)) steps to make, \(Format.count(planned.plan.cached.count)) cached, estimated \(planned.estimated).")
        let context = try await ProductionContext.open(folder)
        let production = try await context.line(logger: Logger(label: "cliff.production")).prepare(planned.request)
        let tracker = PilotTracker(plan: production.plan, tag: series.id, pilot: episodes)
        let summary = try await ProductionDriver.execute(production, progress: options.progress, verbose: options.verbose, observe: tracker.handle)
        let spent = try await context.store.ledger().reduce(Money.zero) { $0 + $1.cost }
        switch summary.ending {
        case .completed where summary.failures.isEmpty:
            print("\(tag) made in \(Format.duration(summary.progress.elapsed)), spent \(summary.progress.spent); the series has spent \(spent) in all.")
        case .completed:
            throw CLIError(message: "\(tag): \(summary.failures.count) steps failed; first: \(summary.failures.first.map { "\($0.label): \($0.message)" } ?? ""). Fix the cause and run cliff produce \(folder) --episodes \(SlateDecideCommand.ranges(episodes)).")
        case .overBudget(let over):
            throw CLIError(message: "\(tag) stopped at the budget: \(over.description). Finished work is kept; raise the budget and run cliff produce \(folder) --episodes \(SlateDecideCommand.ranges(episodes)).")
        case .interrupted:
            Console.write("Stopped by request. Finished work is kept; run cliff produce \(folder) --episodes \(SlateDecideCommand.ranges(episodes)) to go on.")
            throw ExitCode(130)
        }
    }

    /// The job store of each series of the slate at `root` (nil for a series never produced),
    /// for the slate's spend: in the shared database when one is configured, else each series'
    /// `cliff.db` opened read-only.
    static func readOnlyStores(slate root: URL) -> (SlateManifest.Series) async throws -> (any JobStore)? {
        { series in try await ProductionContext.existingStore(folder: root.appendingPathComponent(series.folder)) }
    }
}
