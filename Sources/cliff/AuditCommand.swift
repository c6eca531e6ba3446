import ArgumentParser
import Foundation
import Governance

/// `cliff audit`: read and verify the hash-chained audit log.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List or verify the project's append-only audit log (governance/audit.jsonl).",
        discussion: """
            Examples:
              cliff audit verify demo
              cliff audit list demo

            verify exits 1 and names the first record that was edited, deleted or moved.
            """,
        subcommands: [Verify.self, List.self]
    )

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the hash chain.")
        @OptionGroup var project: ProjectArgument

        func run() throws {
            let result = try AuditLog(projectRoot: URL(fileURLWithPath: project.directory)).verify()
            guard result.isIntact else { throw CLIError(message: result.description + ". Restore governance/audit.jsonl from a backup.") }
            print(result.description)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the records, oldest first.")
        @OptionGroup var project: ProjectArgument

        func run() throws {
            let records = try AuditLog(projectRoot: URL(fileURLWithPath: project.directory)).records()
            for r in records {
                let details = r.details.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                print("\(r.sequence)  \(r.time)  \(r.kind)  \(r.actor)  \(r.subject)  \(details)")
            }
        }
    }
}
