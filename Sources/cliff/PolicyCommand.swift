import ArgumentParser
import DramaModel
import Foundation
import Governance
import Production
import StoryEngine

/// `cliff policy`: run the policy gate, override a needs-review finding.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Check scripts and the bible against the policy rules; override needs-review findings.",
        discussion: """
            Examples:
              cliff policy check demo
              cliff policy check demo --episodes 1-5
              cliff policy override demo 3fa9c1d2e4b5a6f7 --by mei --role reviewer \\
                  --reason "news clip, satire"

            Rules: the built-in zh and en sets plus governance/policy.yaml. cliff produce
            and cliff render run the same check before planning and stop on block or
            unreviewed findings. Block findings cannot be overridden.
            """,
        subcommands: [Check.self, Override.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the generation gate and list every finding.")
        @OptionGroup var project: ProjectArgument
        @OptionGroup var selection: EpisodeOption

        func run() throws {
            // The gate reads the bible and the scripts only: no queue is opened.
            let (production, _) = try ProductionContext.services(project.directory)
            let numbers = selection.episodes == nil ? nil : try selection.numbers(in: production.series.format.episodes)
            let gate = try GovernanceGate(projectRoot: production.root)
            var scripts: [Int: String] = [:]
            for s in production.files.scriptsOnDisk() where numbers.map({ $0.contains(s.number) }) ?? true { scripts[s.number] = s.text }
            let report = try gate.checkBeforeGeneration(series: production.series, scripts: scripts)
            for finding in report.findings { print(finding.description + (report.overridden.contains(finding) ? " (overridden)" : "")) }
            for problem in report.problems { print("problem: \(problem.message)") }
            let summary = "\(report.findings.count) finding\(report.findings.count == 1 ? "" : "s"): \(report.blocking.count) block, \(report.needsReview.count) awaiting review, \(report.overridden.count) overridden; \(report.problems.count) other problem\(report.problems.count == 1 ? "" : "s")."
            if report.passed {
                print("Passed. \(summary)")
            } else {
                throw CLIError(message: "Not cleared for generation. \(summary)")
            }
        }
    }

    struct Override: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Override a needs-review finding, with a reason (recorded in the audit log).")
        @OptionGroup var project: ProjectArgument
        @Argument(help: "The finding id printed by cliff policy check.") var finding: String
        @Option(help: "Who overrides.") var by: String
        @Option(help: "Their role: reviewer, admin or owner.") var role: String
        @Option(help: "Why the content is acceptable.") var reason: String

        func run() throws {
            let record = try GovernanceGate(projectRoot: URL(fileURLWithPath: project.directory))
                .recordOverride(findingID: finding, by: by, role: role, reason: reason)
            print("Overridden: finding \(finding) by \(by) (\(role)); audit record \(record.sequence).")
        }
    }
}
