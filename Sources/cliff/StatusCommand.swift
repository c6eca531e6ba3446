import ArgumentParser
import DramaModel
import Foundation
import Production

/// `cliff status`: the queue, what runs, what failed and why.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the production queue: jobs per step and state, running jobs, retries and failures with their causes.",
        discussion: """
            Example:
              cliff status demo
            """
    )

    @OptionGroup var project: ProjectArgument
    @OptionGroup var shared: DatabaseOption

    func run() async throws {
        let context = try await ProductionContext.open(project.directory, database: shared.database, create: false, readOnly: true)
        let status = try await context.store.status(now: Date())
        let total = status.counts.values.reduce(0, +)
        let states = JobState.allCases.map { "\($0.rawValue) \(Format.count(status.counts[$0] ?? 0))" }.joined(separator: ", ")
        print("Queue of \(context.displayRoot): \(Format.count(total)) jobs — \(states); \(Format.count(status.results)) result\(status.results == 1 ? "" : "s") cached.")
        var rows = [["STEP"] + JobState.allCases.map { $0.rawValue.uppercased() }]
        for (step, counts) in status.byStep.sorted(by: { $0.key < $1.key }) {
            rows.append([step] + JobState.allCases.map { Format.count(counts[$0] ?? 0) })
        }
        print("")
        print(Format.table(rows, rightAligned: Set(1...JobState.allCases.count)))
        print("")
        for (deliverable, what) in [(Deliverable.final, "Finished episodes (episode.mp4)"), (.subtitles, "Subtitles")] {
            guard let (graph, _) = try? context.project.graph(deliverable: deliverable) else { continue }
            let plan = try await ProductionPlan.make(
                graph: graph, scope: .all, store: context.store, assets: context.project.assets,
                projectRoot: context.project.root, prices: PriceBook(context.project.settings.prices))
            let episodes = Set(graph.nodes.compactMap(\.episode))
            let unfinished = Set(plan.toRun.compactMap(\.episode))
            let command = deliverable == .final ? "cliff produce \(context.displayRoot)" : "cliff produce \(context.displayRoot) --subtitles-only"
            print("\(what) up to date with their scripts: \(episodes.count - unfinished.count) of \(episodes.count)\(unfinished.isEmpty ? "." : "; to make: \(EpisodeSelection(numbers: unfinished)) (\(Format.count(plan.toRun.count)) jobs, \(command)).")")
        }
        // A job whose worker is gone is not running, whatever its lease says: say so.
        let worker = { (entry: QueueStatus.Entry) in entry.owner.flatMap(WorkerID.init) }
        let running = status.running.filter { worker($0)?.isAlive != false }
        let orphaned = status.running.filter { worker($0)?.isAlive == false }
        if !running.isEmpty {
            print("\nRunning:")
            for entry in running {
                let left = entry.until.map { max(0, $0.timeIntervalSinceNow) }.map { "lease \(Format.duration($0)) left" } ?? ""
                let id = worker(entry)
                let who = id.map { $0.isAlive == nil ? "worker \($0.pid) on \($0.host)" : "worker \($0.pid) on this machine" } ?? "worker \(entry.owner ?? "?")"
                print("  \(entry.label)  try \(entry.attempts)  \(who)  \(left)")
            }
        }
        if !orphaned.isEmpty {
            print("\nStopped (the worker is gone; the next run takes these over):")
            for entry in orphaned {
                let pid = worker(entry).map { String($0.pid) } ?? "?"
                print("  \(entry.label)  try \(entry.attempts)  worker \(pid) on this machine is not running; the next run will take it over")
            }
        }
        if !status.retrying.isEmpty {
            print("\nWaiting to retry:")
            for entry in status.retrying {
                let when = entry.until.map { $0.timeIntervalSinceNow > 0 ? "in \(Format.duration($0.timeIntervalSinceNow))" : "now" } ?? ""
                print("  \(entry.label)  after \(entry.attempts) tr\(entry.attempts == 1 ? "y" : "ies"), next \(when): \(entry.error ?? "")")
            }
        }
        if !status.failed.isEmpty {
            print("\nFailed (\(status.counts[.failed] ?? 0)):")
            for entry in status.failed { print("  \(entry.label)  after \(entry.attempts) tr\(entry.attempts == 1 ? "y" : "ies"): \(entry.error ?? "")") }
            print("Fix the cause, then run cliff produce \(context.displayRoot): failed jobs get fresh tries.")
        }
    }
}
