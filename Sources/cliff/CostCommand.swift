import ArgumentParser
import DramaModel
import Foundation
import Production

/// `cliff cost`: what the series cost, from the ledger.
struct CostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Report spend per episode (or per generator), per series and per finished minute, including discarded takes.",
        discussion: """
            Examples:
              cliff cost demo
              cliff cost demo --episode 3
              cliff cost demo --by generator

            KEPT is spend on outputs the current scripts use; DISCARDED is spend on takes
            that were superseded by an edit and on failed tries. Prices come from
            cliff.yaml at the time of each call.
            """
    )

    @OptionGroup var project: ProjectArgument

    @OptionGroup var shared: DatabaseOption

    @Option(name: .long, help: "Only this episode.")
    var episode: Int?

    @Option(name: .long, help: "Group rows by episode or generator.")
    var by: Grouping = .episode

    func run() async throws {
        let context = try await ProductionContext.open(project.directory, database: shared.database, create: false, readOnly: true)
        let (graph, _) = try context.project.graph()
        if let episode, !graph.nodes.contains(where: { $0.episode == episode }) {
            throw CLIError(message: "--episode \(episode): the project has no script for episode \(episode); pick one of 1–\(context.project.series.format.episodes)")
        }
        let plan = try await ProductionPlan.make(
            graph: graph, scope: .all, store: context.store, assets: context.project.assets,
            projectRoot: context.project.root, prices: PriceBook(context.project.settings.prices))
        let unfinished = Set(plan.toRun.compactMap(\.episode))
        let subtitleNodes = graph.nodes.filter { $0.step == TimelineStep.kind }
        let results = try await context.store.results(for: subtitleNodes.map(\.key))
        var minutes: [Int: Double] = [:]
        for node in subtitleNodes {
            guard let episode = node.episode, !unfinished.contains(episode),
                  let ms = results[node.key]?.metadata["duration_ms"].flatMap(Double.init) else { continue }
            // The episode's own timeline comes before its experiment variants'.
            if minutes[episode] == nil { minutes[episode] = ms / 60_000 }
        }
        let report = CostReport(ledger: try await context.store.ledger(), graph: graph, finishedMinutes: minutes, by: by.report, episode: episode)
        var rows = [[by == .episode ? "EPISODE" : "GENERATOR", "CALLS", "KEPT", "DISCARDED", "TOTAL", "MINUTES", "PER MINUTE"]]
        func cells(_ row: CostReport.Row) -> [String] {
            [row.name, Format.count(row.calls), "\(row.kept)", "\(row.discarded)", "\(row.total)",
             row.minutes.map { String(format: "%.1f", $0) } ?? "–", row.perMinute.map { "\($0)" } ?? "–"]
        }
        for row in report.rows { rows.append(cells(row)) }
        rows.append(cells(report.total))
        print("Spend on \(context.displayRoot)\(episode.map { ", episode \($0)" } ?? ""):")
        print(Format.table(rows, rightAligned: Set(1...6)))
        if report.total.minutes == nil {
            print("No episode is finished yet, so there is no cost per finished minute; run cliff produce \(context.displayRoot).")
        }
    }
}

/// `--by`: rows per episode or per generator.
enum Grouping: String, ExpressibleByArgument, CaseIterable {
    case episode, generator

    var report: CostReport.Grouping { self == .episode ? .episode : .generator }
}
