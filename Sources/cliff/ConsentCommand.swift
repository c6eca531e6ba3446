import ArgumentParser
import Foundation
import Governance

/// `cliff consent`: the registry of consents for real people's likeness and voice.
struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "Record, list and revoke consents for characters based on real people.",
        discussion: """
            Examples:
              cliff consent add demo --id c-jane --person "Jane Doe" \\
                  --scope likeness --scope voice --use generation --use publication \\
                  --territory CN --territory EU --expires 2027-06-30 \\
                  --evidence releases/jane-doe.pdf
              cliff consent list demo
              cliff consent revoke demo c-jane --reason "withdrawn by email 2026-03-01"

            A character with likeness {kind: real-person, consent: c-jane} in series.yaml
            is generated, rendered and published only while c-jane is valid. Records live
            in governance/consents.yaml. A localised edition (editions/<lang>/) has the
            consents of its series: given the edition's folder, these commands work on
            the series' registry.
            """,
        subcommands: [Add.self, List.self, Revoke.self]
    )

    /// The folder whose `governance/consents.yaml` holds the consents of the project in
    /// `directory`: the project, or for an edition its series.
    static func registryRoot(_ directory: String) -> URL {
        GovernanceGate.governedRoot(of: URL(fileURLWithPath: directory))
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a consent (the evidence file is hashed with SHA-256).")
        @OptionGroup var project: ProjectArgument
        @Option(help: "Id characters reference (c-jane-doe).") var id: String
        @Option(help: "The person, as named in the evidence.") var person: String
        @Option(help: "likeness or voice (repeat for both).") var scope: [String] = ["likeness"]
        @Option(help: "generation, publication or promotion (repeat).") var use: [String] = ["generation", "publication"]
        @Option(help: "Territory code (CN, EU, US) or * (repeat).") var territory: [String] = []
        @Option(help: "Last valid day, YYYY-MM-DD.") var expires: String?
        @Option(help: "The signed release; its SHA-256 is recorded.") var evidence: String
        @Option(help: "Who records it (for the audit log).") var by: String = NSUserName()

        func validate() throws {
            for s in scope where ConsentScope(rawValue: s) == nil { throw ValidationError("--scope must be likeness or voice, not '\(s)'") }
            for u in use where ConsentUse(rawValue: u) == nil { throw ValidationError("--use must be generation, publication or promotion, not '\(u)'") }
            if territory.isEmpty { throw ValidationError("give at least one --territory (CN, EU, US, or * for everywhere)") }
        }

        func run() throws {
            let root = ConsentCommand.registryRoot(project.directory)
            let scope = self.scope.compactMap(ConsentScope.init(rawValue:))
            let use = self.use.compactMap(ConsentUse.init(rawValue:))
            let evidenceURL = URL(fileURLWithPath: evidence)
            let hash = try ConsentRegistry.evidenceHash(of: evidenceURL)
            let relative = evidenceURL.standardizedFileURL.path.hasPrefix(root.standardizedFileURL.path + "/")
                ? String(evidenceURL.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)) : nil
            let record = ConsentRecord(
                id: id, person: person, scopes: scope, uses: use, territories: territory.map { $0.uppercased() }, expires: expires,
                evidenceSHA256: hash, evidenceFile: relative, recorded: ConsentRecord.day(Date()))
            var registry = try ConsentRegistry(projectRoot: root)
            try registry.add(record)
            try AuditLog(projectRoot: root).append(
                kind: "consent.add", actor: by, subject: id,
                details: ["person": person, "scopes": scope.map(\.rawValue).joined(separator: ","), "evidence_sha256": hash])
            print("Recorded consent \(id) for \(person) (evidence SHA-256 \(hash.prefix(16))…).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List consents and whether each is valid today.")
        @OptionGroup var project: ProjectArgument

        func run() throws {
            let registry = try ConsentRegistry(projectRoot: ConsentCommand.registryRoot(project.directory))
            guard !registry.records.isEmpty else {
                print("No consents recorded. Add one with: cliff consent add \(project.directory) --id … --person … --evidence …")
                return
            }
            let today = ConsentRecord.day(Date())
            var rows = [["ID", "PERSON", "SCOPES", "USES", "TERRITORIES", "EXPIRES", "STATUS"]]
            for r in registry.records {
                let status = r.revocation.map { "revoked \($0.date)" } ?? (r.expires.map { $0 < today ? "expired" : "valid" } ?? "valid")
                rows.append([
                    r.id, r.person, r.scopes.map(\.rawValue).joined(separator: ","), r.uses.map(\.rawValue).joined(separator: ","),
                    r.territories.joined(separator: ","), r.expires ?? "-", status,
                ])
            }
            print(Format.table(rows))
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a consent from today on (the record is kept).")
        @OptionGroup var project: ProjectArgument
        @Argument(help: "The consent id.") var id: String
        @Option(help: "Why it was withdrawn.") var reason: String
        @Option(help: "Who records it (for the audit log).") var by: String = NSUserName()

        func run() throws {
            let root = ConsentCommand.registryRoot(project.directory)
            var registry = try ConsentRegistry(projectRoot: root)
            let record = try registry.revoke(id: id, reason: reason)
            try AuditLog(projectRoot: root).append(kind: "consent.revoke", actor: by, subject: id, details: ["reason": reason, "person": record.person])
            print("Revoked consent \(id) of \(record.person). Characters using it are refused from now on.")
        }
    }
}
