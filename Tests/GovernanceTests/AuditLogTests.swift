import Foundation
import Governance
import Testing

@Suite struct AuditLogTests {
    func logWithRecords(_ count: Int) throws -> (AuditLog, URL) {
        let root = try Fixtures.temporaryProject()
        let log = try AuditLog(projectRoot: root)
        for i in 1...count { try log.append(kind: "approval", actor: "mei", subject: "episode \(i)", details: ["role": "reviewer"]) }
        return (log, log.url)
    }

    func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func write(_ lines: [String], _ url: URL) throws {
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func appendedRecordsFormAnIntactChain() throws {
        let (log, _) = try logWithRecords(4)
        let records = try log.records()
        #expect(records.map(\.sequence) == [1, 2, 3, 4])
        #expect(records[1].previous == records[0].hash)
        #expect(try log.verify().isIntact)
        #expect(try log.verify().records == 4)
    }

    @Test func editedRecordIsNamed() throws {
        let (log, url) = try logWithRecords(4)
        var lines = try lines(url)
        lines[2] = lines[2].replacingOccurrences(of: "episode 3", with: "episode 9")
        try write(lines, url)
        let check = try log.verify()
        #expect(check.firstBadRecord == 3)
        #expect(check.problem?.contains("edited") == true)
    }

    @Test func deletedRecordIsNamed() throws {
        let (log, url) = try logWithRecords(4)
        var lines = try lines(url)
        lines.remove(at: 1)
        try write(lines, url)
        #expect(try log.verify().firstBadRecord == 2)
    }

    @Test func reorderedRecordsAreNamed() throws {
        let (log, url) = try logWithRecords(4)
        var lines = try lines(url)
        lines.swapAt(1, 2)
        try write(lines, url)
        #expect(try log.verify().firstBadRecord == 2)
    }

    @Test func truncatedTailIsDetected() throws {
        let (log, url) = try logWithRecords(4)
        try write(Array(try lines(url).prefix(3)), url)
        let check = try log.verify()
        #expect(check.firstBadRecord == 4)
        #expect(check.problem?.contains("deleted") == true)
    }

    @Test func concurrentAppendsKeepTheChain() async throws {
        let root = try Fixtures.temporaryProject()
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<40 {
                group.addTask {
                    let log = try? AuditLog(projectRoot: root)
                    _ = try? log?.append(kind: "approval", actor: "worker \(i)", subject: "x")
                }
            }
        }
        let log = try AuditLog(projectRoot: root)
        #expect(try log.records().count == 40)
        #expect(try log.verify().isIntact)
    }
}
