import ArgumentParser
import Basics
import DramaModel
import Foundation
import Governance
import Logging
import Production
import Slate
import SQLiteStore
import StoryEngine

/// `cliff slate decide`: take a decision on a series of the slate, recorded in its audit log.
struct SlateDecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Extend, iterate or sunset a series of the slate; the decision is recorded in its audit log with who and why.",
        discussion: """
            Examples:
              cliff slate decide spring paper-vows extend --why "best hook and continue of the slate"
              cliff slate decide spring cold-case iterate --why "the confrontation beats lose viewers" --by mei
              cliff slate decide spring jade-palace sunset --why "bottom of the slate twice"

            Every decision is appended to the series' audit log (governance/audit.jsonl, kind
            slate.decision) with who (--by, default the OS user), why, and the figures of the slate's
            last report (report.json; run cliff slate report first).
              extend   makes the next episodes of the season (--episodes, default the rest) through the
                       production line, within the slate's budget (slate.yaml budget_usd).
              iterate  records the weak spot the report names and the instruction to rewrite it.
              sunset   marks the series sunset in slate.yaml: produce, simulate and extend skip it; its
                       files are kept.
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
        let manifestName = "\(directory)/\(SlateManifest.fileName)"
        var manifest = try SlateManifest.read(slate: root, displayName: manifestName)
        // Every problem with the command at once; nothing is changed when there is one.
        var problems: [String] = []
        let index = manifest.series.firstIndex { $0.id == series }
        if index == nil {
            problems.append("<series>: '\(series)' is not a series of \(manifestName).\(Suggestion.didYouMean(series, in: manifest.series.map(\.id))) Its series are: \(manifest.series.map(\.id).joined(separator: ", ")).")
        }
        let choice = SlateReport.Decision(rawValue: decision.lowercased())
        if choice == nil {
            problems.append("<decision>: '\(decision)' is not a decision.\(Suggestion.didYouMean(decision, in: SlateReport.Decision.allCases.map(\.rawValue))) Write extend, iterate or sunset.")
        }
        let reason = why?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if reason.isEmpty {
            problems.append("--why: missing; a decision is recorded with its reason. Add --why \"…\", e.g. --why \"best hook of the slate\".")
        } else if reason.count > 2_000 {
            problems.append("--why: \(reason.count) characters; keep the reason to at most 2,000.")
        }
        if let episodes, episodes < 1 {
            problems.append("--episodes: \(episodes) is not a number of episodes; write 1 or more, or leave it out for the rest of the season.")
        }
        if episodes != nil, choice != nil, choice != .extend {
            problems.append("--episodes: only extend makes episodes; leave it out for \(choice!.rawValue).")
        }
        let reportURL = root.appendingPathComponent(SlateReport.fileName)
        var report: SlateReport?
        if FileManager.default.fileExists(atPath: reportURL.path) {
            do {
                report = try JSONDecoder().decode(SlateReport.self, from: Data(contentsOf: reportURL))
            } catch {
                problems.append("\(directory)/\(SlateReport.fileName): not a slate report (\(error.localizedDescription)). Make it again: cliff slate report \(directory)")
            }
        } else {
            problems.append("\(directory)/\(SlateReport.fileName): no report yet; a decision is taken on the report's figures. Run: cliff slate report \(directory)")
        }
        let entry = report?.entries.first { $0.id == series }
        if report != nil, index != nil, entry == nil {
            problems.append("\(directory)/\(SlateReport.fileName): the report does not list '\(series)'. Make it again: cliff slate report \(directory)")
        }
        if let index, manifest.series[index].status == .sunset, choice != nil {
            problems.append("\(series): the series is sunset (\(manifestName)); to take it up again, remove its 'status: sunset' line first.")
        }
        var nextEpisodes: [Int] = []
        if let index, choice == .extend {
            let record = manifest.series[index]
            let first = record.pilotEpisodes + 1
            let last = min(record.seasonEpisodes, record.pilotEpisodes + (episodes ?? record.seasonEpisodes))
            if first > record.seasonEpisodes {
                problems.append("\(series): the pilot is the whole season (\(record.seasonEpisodes) episodes); there is nothing to extend. Write more episodes into its series.yaml first.")
            } else {
                nextEpisodes = Array(first...last)
                let folder = root.appendingPathComponent(record.folder)
                let written = Set(SeriesProject(root: folder).scriptsOnDisk().map(\.number))
                let missing = nextEpisodes.filter { !written.contains($0) }
                if !missing.isEmpty {
                    problems.append("\(directory)/\(record.folder): episodes \(Self.ranges(missing)) have no script. Write them first: cliff write \(directory)/\(record.folder) --episodes \(Self.ranges(missing))")
                }
            }
        }
        guard problems.isEmpty, let index, let choice, let entry else {
            throw CLIError(message: "cannot record the decision; nothing was changed:\n" + problems.map { "  \($0)" }.joined(separator: "\n"))
        }
        let record = manifest.series[index]
        let actor = Self.actor(by)
        var details = [
            "decision": choice.rawValue, "why": reason, "slate": directory, "series": record.id,
            "report.recommended": entry.decision?.rawValue ?? "not measured",
        ]
        if let score = entry.score, let low = entry.low, let high = entry.high, let rank = entry.rank {
            details["report.score"] = String(format: "%.1f", score)
            details["report.interval"] = String(format: "%.1f-%.1f", low, high)
            details["report.rank"] = "\(rank) of \(report?.entries.filter { $0.rank != nil }.count ?? 0)"
        }
        if !entry.evidence.isEmpty { details["report.evidence"] = entry.evidence.joined(separator: " | ") }
        if let synthetic = report?.synthetic, synthetic { details["report.synthetic"] = "true" }
        switch choice {
        case .extend:
            details["episodes"] = Self.ranges(nextEpisodes)
        case .iterate:
            if let spot = entry.weakSpot {
                details["rewrite"] = spot.target
                details["insight"] = spot.finding
                details["note"] = spot.note
            }
            details["instruction"] = "rewrite \(entry.weakSpot?.target ?? "the pilot's weakest beat (cliff insights \(directory)/\(record.folder))") in \(directory)/\(record.folder), then cliff slate produce, simulate or publish, and report again"
        case .sunset:
            details["calendar"] = "marked sunset in slate.yaml; files kept"
        }
        let folder = root.appendingPathComponent(record.folder)
        let audited = try AuditLog(projectRoot: folder).append(kind: "slate.decision", actor: actor, subject: "series \(record.id)", details: details)
        print("Recorded: \(choice.rawValue) \(record.id) by \(actor) (audit record \(audited.sequence) in \(directory)/\(record.folder)/governance/audit.jsonl).")
        switch choice {
        case .iterate:
            print("Rewrite \(details["rewrite"] ?? "the weakest beat"): \(details["insight"] ?? "see cliff insights \(directory)/\(record.folder)") (\(details["note"] ?? "")).")
        case .sunset:
            manifest.series[index].status = .sunset
            try AtomicFile.write(manifest.yaml, to: root.appendingPathComponent(SlateManifest.fileName))
            print("Marked \(record.id) sunset in \(manifestName): cliff slate produce, simulate and decide extend skip it; its files are kept.")
        case .extend:
            try await SlateExtension(root: root, shown: directory, manifest: manifest, series: record, episodes: nextEpisodes, options: options).run()
        }
    }

    /// `--by`, else `$USER`, else the OS user name.
    static func actor(_ by: String?) -> String {
        if let by = by?.trimmingCharacters(in: .whitespaces), !by.isEmpty { return by }
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        return ProcessInfo.processInfo.userName
    }

    /// `4-12`, `4-6, 9`.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start: Int?
        var previous = 0
        for n in numbers.sorted() {
            if let s = start, n == previous + 1 {
                previous = n
                _ = s
                continue
            }
            if let s = start { parts.append(s == previous ? "\(s)" : "\(s)-\(previous)") }
            start = n
            previous = n
        }
        if let s = start { parts.append(s == previous ? "\(s)" : "\(s)-\(previous)") }
        return parts.joined(separator: ",")
    }
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
        var slateSpent = Money.zero
        var seriesSpent = Money.zero
        for item in manifest.series {
            let database = ProjectLayout(root: root.appendingPathComponent(item.folder)).database
            guard FileManager.default.fileExists(atPath: database.path) else { continue }
            let spent = try await SQLiteJobStore(path: database.path, readOnly: true).ledger().reduce(.zero) { $0 + $1.cost }
            slateSpent += spent
            if item.id == series.id { seriesSpent = spent }
        }
        let budget = SlateBudget(cap: options.budget ?? manifest.budget)
        let request = { (cap: Money?) in
            ProductionRequest(episodes: episodes, deliverable: manifest.deliverable, workers: options.jobs, actor: "cliff slate decide", seriesCap: cap)
        }
        let plan = try await ProductionContext.open(folder, readOnly: true).line(logger: Logger(label: "cliff.slate")).plan(request(nil))
        let tag = "\(series.id) episodes \(SlateDecideCommand.ranges(episodes))"
        if plan.toRun.isEmpty {
            print("\(tag): already made (\(Format.count(plan.cached.count)) steps cached); nothing to do.")
            return
        }
        if case .stop(let over) = budget.check(spent: slateSpent, next: plan.estimatedTotal) {
            throw CLIError(message: """
                the slate's budget stops the extension of \(series.id) before it starts: \(tag) are estimated at \(plan.estimatedTotal), and the slate has spent \(slateSpent) of its \(budget.cap.map { "\($0)" } ?? "") (over by \(over)).
                The decision is recorded. To go on: raise budget_usd in \(shown)/\(SlateManifest.fileName) (or pass --budget-usd), then run cliff produce \(folder) --episodes \(SlateDecideCommand.ranges(episodes)).
                """)
        }
        Console.write("\(tag): \(Format.count(plan.toRun.count)) steps to make, \(Format.count(plan.cached.count)) cached, estimated \(plan.estimatedTotal).")
        let context = try ProductionContext.open(folder)
        let cap = budget.seriesCap(seriesSpent: seriesSpent, slateSpent: slateSpent)
        let production = try await context.line(logger: Logger(label: "cliff.production")).prepare(request(cap))
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
}
