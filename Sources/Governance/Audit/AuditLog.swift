import Crypto
public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The project's append-only, hash-chained audit log, `governance/audit.jsonl`: consents,
/// policy decisions, overrides, approvals, publications.
///
/// Each line is one `AuditRecord` holding the previous record's hash, so editing, deleting or
/// reordering records breaks the chain at the first record touched. Appends from several
/// processes are serialised with `flock` and each is fsynced before `append` returns.
/// `governance/audit.head` holds the count and last hash, so cutting records off the end is
/// detected as well.
///
/// ```swift
/// let log = try AuditLog(projectRoot: root)
/// try log.append(kind: "approval", actor: "mei", subject: "episode 3", details: ["role": "reviewer"])
/// let check = try log.verify()
/// ```
public struct AuditLog: Sendable {
    /// The log file.
    public let url: URL
    private let headURL: URL
    private let lockURL: URL

    /// The genesis `previous` hash.
    static let genesis = String(repeating: "0", count: 64)

    /// The log of the project at `projectRoot` (created on first append).
    /// - Throws: `GovernanceError` `.storeFailed` when the `governance` folder cannot be created.
    public init(projectRoot: URL) throws(GovernanceError) {
        // The folder is made by the first append: opening the log writes nothing.
        let folder = projectRoot.appendingPathComponent("governance", isDirectory: true)
        url = folder.appendingPathComponent("audit.jsonl")
        headURL = folder.appendingPathComponent("audit.head")
        lockURL = folder.appendingPathComponent(".audit.lock")
    }

    /// Appends a record and returns it.
    /// - Throws: `GovernanceError` `.storeFailed` when the file cannot be written,
    ///   `.auditTampered` when the last record does not parse.
    @discardableResult
    package func append(kind: String, actor: String, subject: String, details: [String: String] = [:]) throws(GovernanceError) -> AuditRecord {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw GovernanceError(code: .storeFailed, message: "cannot create \(url.deletingLastPathComponent().path): \(error.localizedDescription). Check that the project folder is writable.")
        }
        return try FileLock.withLock(lockURL) { () throws(GovernanceError) -> AuditRecord in
            let last = try lastRecord()
            var record = AuditRecord(
                sequence: (last?.sequence ?? 0) + 1, time: Self.timestamp(Date()), kind: kind, actor: actor, subject: subject,
                details: details, previous: last?.hash ?? Self.genesis, hash: "")
            record.hash = try Self.hash(of: record)
            var line = try Self.encode(record)
            line.append(UInt8(ascii: "\n"))
            try Self.appendDurably(line, to: url)
            try Self.writeHead(sequence: record.sequence, hash: record.hash, to: headURL)
            return record
        }
    }

    /// Every record, in order.
    /// - Throws: `GovernanceError` `.storeFailed` (unreadable), `.auditTampered` (a line does not parse).
    package func records() throws(GovernanceError) -> [AuditRecord] {
        var records: [AuditRecord] = []
        for (index, line) in try lines().enumerated() {
            guard let record = try? JSONDecoder().decode(AuditRecord.self, from: Data(line.utf8)) else {
                throw GovernanceError(code: .auditTampered, message: "governance/audit.jsonl line \(index + 1) is not an audit record. Restore the log from a backup; run cliff audit verify.")
            }
            records.append(record)
        }
        return records
    }

    /// Checks the whole chain and names the first record that does not fit.
    /// - Throws: `GovernanceError` `.storeFailed` when the log cannot be read.
    package func verify() throws(GovernanceError) -> AuditVerification {
        let lines = try lines()
        var previous = Self.genesis
        for (index, line) in lines.enumerated() {
            let number = index + 1
            guard let record = try? JSONDecoder().decode(AuditRecord.self, from: Data(line.utf8)) else {
                return AuditVerification(records: lines.count, firstBadRecord: number, problem: "line \(number) is not a valid audit record (edited by hand?)")
            }
            if record.hash != (try Self.hash(of: record)) {
                return AuditVerification(records: lines.count, firstBadRecord: number, problem: "its content does not match its hash: it was edited after it was written")
            }
            if record.previous != previous {
                return AuditVerification(
                    records: lines.count, firstBadRecord: number,
                    problem: "it does not follow the record before it (a record before it was deleted, inserted or moved)")
            }
            if record.sequence != number {
                return AuditVerification(records: lines.count, firstBadRecord: number, problem: "it carries sequence number \(record.sequence), expected \(number): records were deleted or reordered")
            }
            previous = record.hash
        }
        if let head = readHead() {
            if head.sequence > lines.count {
                return AuditVerification(
                    records: lines.count, firstBadRecord: lines.count + 1,
                    problem: "the log ends after \(lines.count) records but \(head.sequence) were written: the last \(head.sequence - lines.count) were deleted")
            }
            if head.sequence == lines.count, head.hash != previous, lines.count > 0 {
                return AuditVerification(records: lines.count, firstBadRecord: lines.count, problem: "the last record is not the one written last")
            }
        }
        return AuditVerification(records: lines.count)
    }

    // MARK: Files

    private func lines() throws(GovernanceError) -> [String] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GovernanceError(code: .storeFailed, message: "cannot read governance/audit.jsonl: \(error.localizedDescription).")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    private func lastRecord() throws(GovernanceError) -> AuditRecord? {
        guard let line = try lines().last else { return nil }
        guard let record = try? JSONDecoder().decode(AuditRecord.self, from: Data(line.utf8)) else {
            throw GovernanceError(code: .auditTampered, message: "the last line of governance/audit.jsonl is not an audit record; nothing was appended. Run cliff audit verify.")
        }
        return record
    }

    private func readHead() -> (sequence: Int, hash: String)? {
        guard let text = try? String(contentsOf: headURL, encoding: .utf8) else { return nil }
        let parts = text.split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, let sequence = Int(parts[0]) else { return nil }
        return (sequence, String(parts[1]))
    }

    private static func writeHead(sequence: Int, hash: String, to url: URL) throws(GovernanceError) {
        try AtomicWrite.write(Data("\(sequence) \(hash)\n".utf8), to: url)
    }

    private static func appendDurably(_ data: [UInt8], to url: URL) throws(GovernanceError) {
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw GovernanceError(code: .storeFailed, message: "cannot open governance/audit.jsonl: \(String(cString: strerror(errno))). Check that the folder is writable.")
        }
        defer { close(fd) }
        var written = 0
        while written < data.count {
            let n = data[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw GovernanceError(code: .storeFailed, message: "cannot append to governance/audit.jsonl: \(String(cString: strerror(errno))).")
            }
            written += n
        }
        guard fsync(fd) == 0 else {
            throw GovernanceError(code: .storeFailed, message: "cannot flush governance/audit.jsonl to disk: \(String(cString: strerror(errno))).")
        }
    }

    // MARK: Hashing

    static func hash(of record: AuditRecord) throws(GovernanceError) -> String {
        var body = record
        body.hash = ""
        return SHA256.hash(data: try encode(body)).map { String(format: "%02x", $0) }.joined()
    }

    /// The record's canonical JSON; a record that cannot be encoded is never hashed or written.
    static func encode(_ record: AuditRecord) throws(GovernanceError) -> [UInt8] {
        Array(try SignedManifest.canonicalBytes(record))
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
