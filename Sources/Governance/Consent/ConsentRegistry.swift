import Crypto
package import DramaModel
public import Foundation
import Yams

/// The project's consent records, kept in `governance/consents.yaml` and written atomically
/// under a lock, and the check that every character based on a real person has a valid one.
///
/// ```swift
/// var registry = try ConsentRegistry(projectRoot: root)
/// try registry.add(record)
/// let problems = registry.problems(series: series, use: .generation, territories: ["CN"], on: Date())
/// ```
public struct ConsentRegistry: Sendable {
    /// The project folder.
    public let projectRoot: URL
    /// Every record, revoked ones included, in the order added.
    public private(set) var records: [ConsentRecord]

    /// `governance/consents.yaml`.
    public var fileURL: URL { Self.fileURL(projectRoot: projectRoot) }

    /// `governance/consents.yaml` under `projectRoot`.
    public static func fileURL(projectRoot: URL) -> URL { projectRoot.appendingPathComponent("governance/consents.yaml") }

    private struct File: Codable { var consents: [ConsentRecord] }

    /// Reads the registry (empty when the file does not exist yet).
    /// - Throws: `GovernanceError` `.storeFailed` when the file is unreadable or malformed.
    public init(projectRoot: URL) throws(GovernanceError) {
        self.projectRoot = projectRoot
        self.records = try Self.read(Self.fileURL(projectRoot: projectRoot))
    }

    private static func read(_ url: URL) throws(GovernanceError) -> [ConsentRecord] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return [] }
            return try YAMLDecoder().decode(File.self, from: text).consents
        } catch {
            throw GovernanceError(
                code: .storeFailed,
                message: "governance/consents.yaml cannot be read: \(error). Fix the file (cliff consent list shows what a record needs) or restore it from version control.")
        }
    }

    /// The SHA-256 of an evidence file, 64 hex digits.
    /// - Throws: `GovernanceError` `.storeFailed` when the file cannot be read.
    public static func evidenceHash(of url: URL) throws(GovernanceError) -> String {
        do {
            let data = try Data(contentsOf: url)
            return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        } catch {
            throw GovernanceError(code: .storeFailed, message: "cannot read the evidence file \(url.path): \(error.localizedDescription). Give the path of the signed release.")
        }
    }

    /// Adds a record and saves the file.
    /// - Throws: `GovernanceError` `.storeFailed` for a duplicate id, an invalid field or a failed write.
    public mutating func add(_ record: ConsentRecord) throws(GovernanceError) {
        let problems = Self.fieldProblems(record)
        guard problems.isEmpty else {
            throw GovernanceError(code: .storeFailed, message: "consent '\(record.id)' was not recorded: \(problems.joined(separator: "; ")).")
        }
        try update { (records: inout [ConsentRecord]) throws(GovernanceError) in
            guard !records.contains(where: { $0.id == record.id }) else {
                throw GovernanceError(code: .storeFailed, message: "a consent with id '\(record.id)' already exists; choose another id (cliff consent list shows the ids in use).")
            }
            records.append(record)
        }
    }

    /// Marks a record revoked from `date` on and saves the file. A revoked record stays in the
    /// file, so the history of what was allowed when is kept.
    /// - Throws: `GovernanceError` `.consentMissing` for an unknown id, `.storeFailed` for a failed write.
    @discardableResult
    public mutating func revoke(id: String, reason: String, on date: Date = Date()) throws(GovernanceError) -> ConsentRecord {
        var revoked: ConsentRecord?
        try update { (records: inout [ConsentRecord]) throws(GovernanceError) in
            guard let index = records.firstIndex(where: { $0.id == id }) else {
                throw GovernanceError(code: .consentMissing, message: "there is no consent '\(id)' in governance/consents.yaml; cliff consent list shows the ids.")
            }
            records[index].revocation = .init(date: ConsentRecord.day(date), reason: reason)
            revoked = records[index]
        }
        return revoked!
    }

    /// The record with this id, if any.
    public func record(id: String) -> ConsentRecord? { records.first { $0.id == id } }

    /// Every problem with the consents the real-person characters of `series` need for `use`
    /// in `territories` on `date`; empty when all is in order.
    package func problems(series: Series, use: ConsentUse, territories: [String], on date: Date = Date()) -> [ConsentProblem] {
        let today = ConsentRecord.day(date)
        var problems: [ConsentProblem] = []
        for member in series.characters {
            guard case .realPerson(let consentID) = member.likeness else { continue }
            var needed: [ConsentScope] = [.likeness]
            if let engine = member.voice.engine, engine != "espeak-ng" { needed.append(.voice) }
            let name = "\(member.name) (\(member.id))"
            guard let consentID, !consentID.isEmpty else {
                problems.append(ConsentProblem(
                    character: member.id, consent: nil, code: .consentMissing,
                    message: "\(name) is based on a real person but names no consent record. Record the person's consent with 'cliff consent add' and set likeness: {kind: real-person, consent: <id>} in series.yaml, or make the character original."))
                continue
            }
            guard let record = record(id: consentID) else {
                problems.append(ConsentProblem(
                    character: member.id, consent: consentID, code: .consentMissing,
                    message: "\(name) names consent '\(consentID)', which is not in governance/consents.yaml. Record it with 'cliff consent add --id \(consentID) …' or fix the id in series.yaml."))
                continue
            }
            var reasons: [String] = []
            if let revocation = record.revocation, revocation.date <= today {
                reasons.append("it was revoked on \(revocation.date) (\(revocation.reason))")
            }
            if let expires = record.expires, expires < today { reasons.append("it expired on \(expires)") }
            for scope in needed where !record.scopes.contains(scope) {
                reasons.append("it does not cover the person's \(scope.rawValue) (scopes: \(record.scopes.map(\.rawValue).joined(separator: ", ")))")
            }
            if !record.uses.contains(use) {
                reasons.append("it does not allow \(use.rawValue) (uses: \(record.uses.map(\.rawValue).joined(separator: ", ")))")
            }
            if !record.territories.contains("*") {
                let missing = territories.map { $0.uppercased() }.filter { !record.territories.map { $0.uppercased() }.contains($0) }
                if !missing.isEmpty {
                    reasons.append("it does not cover \(missing.joined(separator: ", ")) (territories: \(record.territories.joined(separator: ", ")))")
                }
            }
            if let file = record.evidenceFile {
                let url = projectRoot.appendingPathComponent(file)
                if FileManager.default.fileExists(atPath: url.path), let hash = try? Self.evidenceHash(of: url), hash != record.evidenceSHA256 {
                    reasons.append("its evidence file \(file) no longer matches the recorded SHA-256")
                }
            }
            if !reasons.isEmpty {
                problems.append(ConsentProblem(
                    character: member.id, consent: consentID, code: .consentInvalid,
                    message: "\(name): consent '\(consentID)' of \(record.person) is not valid for \(use.rawValue): \(reasons.joined(separator: "; ")). Record a new consent that covers it ('cliff consent add') and point the character at it, or remove the character."))
            }
        }
        return problems
    }

    // MARK: Writing

    private mutating func update(_ change: (inout [ConsentRecord]) throws(GovernanceError) -> Void) throws(GovernanceError) {
        let url = fileURL
        let lock = url.deletingLastPathComponent().appendingPathComponent(".consents.lock")
        records = try FileLock.withLock(lock) { () throws(GovernanceError) -> [ConsentRecord] in
            var current = try Self.read(url)
            try change(&current)
            let text: String
            do {
                text = "# Consent records for real people's likeness and voice. Edit with cliff consent add | revoke.\n"
                    + (try YAMLEncoder().encode(File(consents: current)))
            } catch {
                throw GovernanceError(code: .storeFailed, message: "cannot encode the consent records: \(error).")
            }
            try AtomicWrite.write(Data(text.utf8), to: url)
            return current
        }
    }

    private static func fieldProblems(_ record: ConsentRecord) -> [String] {
        var problems: [String] = []
        if record.id.isEmpty || record.id.contains(where: { $0.isWhitespace }) { problems.append("the id must be one word (c-jane-doe)") }
        if record.person.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("name the person") }
        if record.scopes.isEmpty { problems.append("give at least one scope (likeness, voice)") }
        if record.uses.isEmpty { problems.append("give at least one use (generation, publication, promotion)") }
        if record.territories.isEmpty { problems.append("give the territories (CN, EU, US, or * for everywhere)") }
        if let expires = record.expires, !ConsentRecord.isDay(expires) { problems.append("the expiry must be YYYY-MM-DD") }
        if record.evidenceSHA256.count != 64 || !record.evidenceSHA256.allSatisfy(\.isHexDigit) {
            problems.append("the evidence hash must be 64 hex digits (the SHA-256 of the signed release)")
        }
        return problems
    }
}

/// A character whose consent is missing or not valid for the use.
package struct ConsentProblem: Sendable, Hashable, CustomStringConvertible {
    /// The character's id.
    package var character: String
    /// The consent id it names, if any.
    package var consent: String?
    /// `.consentMissing` or `.consentInvalid`.
    package var code: GovernanceError.Code
    /// What is wrong and how to fix it, naming the character and the consent.
    package var message: String

    package var description: String { message }
}
