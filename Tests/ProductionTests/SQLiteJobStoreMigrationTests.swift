import DramaModel
import Foundation
import GRDB
import Production
import SQLiteStore
import Synchronization
import TestSupport
import Testing

/// The production database through the one SQLite opener: files written before named
/// migrations are adopted with their rows, a file from a newer cliff is refused and left
/// alone, and each migration runs once.
@Suite struct SQLiteJobStoreMigrationTests {
    /// A `cliff.db` as cliff wrote it before named migrations: `QueueSQL`'s version-1 tables
    /// spelled out, `PRAGMA user_version = 1`, one finished job with its result and its spend.
    static func legacyDatabase(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: LegacySchemas.jobStoreV1)
            try db.execute(sql: "PRAGMA user_version = 1")
            try db.execute(
                sql: """
                    INSERT INTO jobs (node_key, step, generator, generator_version, episode, priority, label, parameters, inputs,
                                      estimate, estimated_nanos, state, unmet, attempts, not_before, created_at, updated_at)
                    VALUES (?, 'voice', 'voice.espeak', 1, 1, 0, 'ep1 line 1', '{}', '[]', '{}', 0, 'done', 0, 1, 0, 1, 2)
                    """,
                arguments: [legacyKey.hex])
            try db.execute(
                sql: "INSERT INTO results (node_key, outputs, exported, metadata, created_at) VALUES (?, '[]', '[]', '{\"take\":\"1\"}', 2)",
                arguments: [legacyKey.hex])
            try db.execute(
                sql: """
                    INSERT INTO ledger (node_key, episode, step, generator, unit, quantity, cost_nanos, succeeded, attempt, owner, at)
                    VALUES (?, 1, 'voice', 'voice.espeak', 'character', 42, 1500000000, 1, 1, 'host:1:1', 2)
                    """,
                arguments: [legacyKey.hex])
        }
    }

    static let legacyKey = NodeKey(hex: String(repeating: "ab", count: 32))!


    /// Tables and indexes, applied migrations and row counts: what "unchanged" means here.
    static func snapshot(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var lines = try String.fetchAll(db, sql: "SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master ORDER BY name")
            if try db.tableExists("grdb_migrations") {
                lines += try String.fetchAll(db, sql: "SELECT 'applied ' || identifier FROM grdb_migrations ORDER BY identifier")
            }
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                lines.append("\(table): \(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? -1) rows")
            }
            return lines
        }
    }

    static func applied(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
    }

    @Test func aDatabaseFromBeforeNamedMigrationsOpensWithItsRows() async throws {
        let path = try temporaryFolder().appendingPathComponent("cliff.db").path
        try Self.legacyDatabase(at: path)

        let store = try SQLiteJobStore(path: path)
        let ledger = try await store.ledger()
        #expect(ledger.count == 1)
        #expect(ledger.first?.cost == Money(nanos: 1_500_000_000))
        #expect(ledger.first?.unit == .character)
        let results = try await store.results(for: [Self.legacyKey])
        #expect(results[Self.legacyKey]?.metadata == ["take": "1"])
        let status = try await store.status(now: Date())
        #expect(status.counts[.done] == 1)
        #expect(try Self.applied(path) == ["jobs.v1-queue"])

        // The adopted file works as a current one: new work queues next to the old.
        let node = Node(step: "test", generator: GeneratorID("test.step", version: 1), episode: 2, priority: 0, inputs: [],
                        parameters: Data("\"new\"".utf8), label: "new")
        let report = try await store.enqueue([node], estimatedCosts: [:], plan: [node.key], scope: .all, now: Date())
        #expect(report.added == 1)
        let reopened = try SQLiteJobStore(path: path)
        #expect(try await reopened.status(now: Date()).counts[.pending] == 1)
        #expect(try Self.applied(path) == ["jobs.v1-queue"])
    }

    @Test func aReadOnlyStoreLeavesTheFileByteForByteAndRefusesWrites() async throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("cliff.db").path
        do {
            let store = try SQLiteJobStore(path: path)
            let node = Node(step: "test", generator: GeneratorID("test.step", version: 1), episode: 1, priority: 0, inputs: [],
                            parameters: Data("\"x\"".utf8), label: "x")
            _ = try await store.enqueue([node], estimatedCosts: [:], plan: [node.key], scope: .all, now: Date())
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()

        do {
            let reader = try SQLiteJobStore(path: path, readOnly: true)
            #expect(try await reader.status(now: Date()).counts[.pending] == 1)
            let other = Node(step: "test", generator: GeneratorID("test.step", version: 1), episode: 2, priority: 0, inputs: [],
                             parameters: Data("\"y\"".utf8), label: "y")
            let error = await #expect(throws: (any Error).self) {
                try await reader.enqueue([other], estimatedCosts: [:], plan: [other.key], scope: .all, now: Date())
            }
            #expect("\(error.map { "\($0)" } ?? "")".contains("opened read-only"), "a read-only store refuses writes")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "a read-only open changed the file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == files, "a read-only open left files behind")

        let missing = folder.appendingPathComponent("none.db").path
        #expect(throws: ProductionError.self) { try SQLiteJobStore(path: missing, readOnly: true) }
        #expect(!FileManager.default.fileExists(atPath: missing))
        let scratch = try SQLiteJobStore.inMemory()
        #expect(try await scratch.status(now: Date()).counts.values.reduce(0, +) == 0)
    }

    @Test func aDatabaseFromANewerCliffIsRefusedWithItsPathAndLeftUnchanged() async throws {
        let path = try temporaryFolder().appendingPathComponent("cliff.db").path
        _ = try SQLiteJobStore(path: path)
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('jobs.v9-future')")
        }
        let before = try Self.snapshot(path)

        let error = #expect(throws: ProductionError.self) { try SQLiteJobStore(path: path) }
        #expect(error?.code == .databaseTooNew)
        let message = error?.message ?? ""
        #expect(message.hasPrefix(path + ":"))
        #expect(message.contains("written by a newer version of cliff: migration 'jobs.v9-future' is unknown to this build"))
        #expect(message.contains("Upgrade cliff"))
        #expect(try Self.snapshot(path) == before)
    }

    @Test func anotherStoresNewerMigrationsInTheSameFileAreNotItsConcern() async throws {
        let path = try temporaryFolder().appendingPathComponent("cliff.db").path
        _ = try SQLiteJobStore(path: path)
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('studio.v9-future')")
        }
        let store = try SQLiteJobStore(path: path)
        #expect(try await store.status(now: Date()).counts.isEmpty)
    }

    @Test func pendingMigrationsRunOnceWhenManyOpenANewFileAtOnce() async throws {
        let path = try temporaryFolder().appendingPathComponent("cliff.db").path
        var migrations = SQLiteMigrations(namespace: "count", store: "a counter", remedy: "start again")
        migrations.add("v1-table") { db in try db.execute(sql: "CREATE TABLE counter (n INTEGER NOT NULL)") }
        migrations.add("v2-row") { db in try db.execute(sql: "INSERT INTO counter (n) VALUES (1)") }
        let prepared = migrations
        // Separate pools lock each other out exactly as separate processes do; each opener runs
        // on its own thread, all released at once, so they race for the same migrations.
        let contenders = 8
        let start = DispatchSemaphore(value: 0)
        let finished = DispatchGroup()
        let failures = Mutex<[String]>([])
        for _ in 0..<contenders {
            finished.enter()
            Thread.detachNewThread {
                start.wait()
                do {
                    try SQLiteDatabase(path: path).migrate(prepared)
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
                finished.leave()
            }
        }
        for _ in 0..<contenders { start.signal() }
        await withCheckedContinuation { continuation in
            finished.notify(queue: .global()) { continuation.resume() }
        }
        #expect(failures.withLock { $0 } == [])
        let rows = try await DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM counter") }
        #expect(rows == 1)
        #expect(try Self.applied(path) == ["count.v1-table", "count.v2-row"])
    }

    @Test func aFileThatCannotBeOpenedSaysWhereAndWhatToCheck() {
        let path = "/nonexistent-\(UUID().uuidString)/cliff.db"
        let error = #expect(throws: ProductionError.self) { try SQLiteJobStore(path: path) }
        #expect(error?.code == .storeFailed)
        #expect(error?.message.contains(path) == true)
        #expect(error?.message.contains("check that the folder exists and is writable") == true)
    }
}
