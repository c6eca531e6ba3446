import DramaModel
import Foundation
import Governance
import StoryEngine

/// The policy gate at the writer's door: `cliff new` and `cliff write` check the premise, the
/// rest of the bible and the scripts before anything is written, with the rules `cliff
/// produce` applies (the built-in sets and the project's `governance/policy.yaml`).
enum PolicyAtTheDoor {
    /// Stops with every blocking finding (nothing is written); prints findings that need a
    /// reviewer, with how to clear them, and lets the writing go on.
    /// - Parameters:
    ///   - projectRoot: the project folder (it may not exist yet: `cliff new`).
    ///   - shownRoot: the project as the user names it, for the commands in messages.
    static func check(series: Series, scripts: [EpisodeScript], projectRoot: URL, shownRoot: String) throws {
        let gate = try GovernanceGate(projectRoot: projectRoot)
        let report = try gate.checkBeforeWriting(
            series: series, scripts: Dictionary(scripts.map { ($0.number, $0.text) }, uniquingKeysWith: { $1 }))
        func list(_ findings: [PolicyFinding]) -> String {
            findings.prefix(10).map { "  - \($0.description)" }.joined(separator: "\n")
                + (findings.count > 10 ? "\n  … and \(findings.count - 10) more" : "")
        }
        if !report.blocking.isEmpty {
            throw CLIError(message: """
                the policy gate refuses this series (\(report.blocking.count) blocking finding\(report.blocking.count == 1 ? "" : "s")); nothing was written:
                \(list(report.blocking))
                Change the premise (or series.yaml) and run the command again.
                """)
        }
        guard !report.needsReview.isEmpty else { return }
        let count = report.needsReview.count
        Console.write("""
            warning: \(count) policy finding\(count == 1 ? "" : "s") need\(count == 1 ? "s" : "") a reviewer before cliff produce renders \(count == 1 ? "it" : "them"):
            \(list(report.needsReview))
              To clear: cliff policy check \(shownRoot), then cliff policy override \(shownRoot) <finding> --by <name> --role reviewer --reason "…"; or change the premise.
            """)
    }
}
