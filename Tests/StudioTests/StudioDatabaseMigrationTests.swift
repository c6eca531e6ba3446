import DramaModel
import Foundation
import GRDB
import Logging
import SQLiteStore
import StoryEngine
import TestSupport
import Testing
@testable import Studio

/// The studio's databases through the one SQLite opener. A single project's `cliff.db` holds
/// the production queue and the studio's tables: written before named migrations, it opens
/// with its users, reviews and spend; with a studio migration from a newer cliff, it is
/// refused and left alone; and every request shares the stores opened at start-up.
@Suite struct StudioDatabaseMigrationTests {
    /// A new two-episode project (not rendered).
    static func project() throws -> URL {
        let root = try temporaryDirectory("cliff-studio-db").appendingPathComponent("harbour")
        let writer = BeatSheetWriter()
        let series = try writer.makeBible(PremiseRequest(
            premise: "A lighthouse keeper hides a smuggler's daughter", episodes: 2, seed: 3, targetSeconds: 15))
        _ = try SeriesProject.create(at: root, series: series, scripts: try writer.writeSeason(series, plan: try writer.planSeason(series)))
        return root
    }

    /// The project's `cliff.db` as cliff wrote it before named migrations: the production
    /// queue's tables (`PRAGMA user_version = 1`) with one ledger entry, and the studio's
    /// tables with their version table `studio_meta` ('schema' = 1), a user and a review.
    static func legacyDatabase(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(
                sql: """
                    \(LegacySchemas.jobStoreV1)
                    PRAGMA user_version = 1;
                    INSERT INTO ledger (node_key, episode, step, generator, unit, quantity, cost_nanos, succeeded, attempt, owner, at)
                      VALUES ('\(String(repeating: "cd", count: 32))', 1, 'voice', 'voice.espeak', 'character', 10, 1500000000, 1, 1, 'h:1:1', 2);

                    CREATE TABLE IF NOT EXISTS studio_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE IF NOT EXISTS studio_users (
                      name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at REAL NOT NULL);
                    CREATE TABLE IF NOT EXISTS studio_sessions (
                      token_hash TEXT PRIMARY KEY, user TEXT NOT NULL, created_at REAL NOT NULL, expires_at REAL NOT NULL);
                    CREATE TABLE IF NOT EXISTS studio_reviews (
                      id INTEGER PRIMARY KEY AUTOINCREMENT, series TEXT NOT NULL, episode INTEGER NOT NULL, action TEXT NOT NULL,
                      actor TEXT NOT NULL, note TEXT, render TEXT, detail TEXT, at REAL NOT NULL);
                    CREATE INDEX IF NOT EXISTS studio_reviews_episode ON studio_reviews (series, episode, id);
                    CREATE TABLE IF NOT EXISTS studio_calendars (
                      series TEXT PRIMARY KEY, calendar TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at REAL NOT NULL);
                    CREATE TABLE IF NOT EXISTS studio_render_hashes (
                      path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified REAL NOT NULL, sha256 TEXT NOT NULL);
                    INSERT OR REPLACE INTO studio_meta (key, value) VALUES ('schema', '1');
                    INSERT INTO studio_users (name, role, password_hash, created_at) VALUES ('olga', 'producer', '$2b$04$x', 1);
                    INSERT INTO studio_reviews (series, episode, action, actor, note, at) VALUES ('harbour', 1, 'render', 'olga', NULL, 1);
                    """)
        }
    }

    static func inspect(_ path: String) throws -> (tables: [String], applied: [String]) {
        try DatabaseQueue(path: path).read { db in
            (
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            )
        }
    }

    @Test func aProjectDatabaseFromBeforeNamedMigrationsOpensWithUsersReviewsAndSpend() async throws {
        let root = try Self.project()
        let path = root.appendingPathComponent("cliff.db").path
        try Self.legacyDatabase(at: path)

        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "studio-test"))
        #expect(try await studio.accounts.users().map(\.name) == ["olga"])
        #expect(try await studio.history("harbour", 1).map(\.action) == [.render])
        #expect(try await studio.series("harbour").spentUSD == 1.5)
        let (tables, applied) = try Self.inspect(path)
        #expect(!tables.contains("studio_meta"))
        // Both stores keep their migrations in the one file, each in its namespace.
        #expect(applied == ["jobs.v1-queue", "studio.v1-tables", "studio.v2-comments-calendar-changes", "studio.v3-variant-reviews", "studio.v4-publications", "studio.v5-channel-posts"])
        try await studio.accounts.add(name: "nia", role: .reviewer, password: "a long passphrase")
        #expect(try await studio.accounts.users().map(\.name) == ["nia", "olga"])
    }

    @Test func aProjectDatabaseWithStudioTablesFromANewerCliffIsRefusedAndLeftUnchanged() async throws {
        let root = try Self.project()
        let path = root.appendingPathComponent("cliff.db").path
        _ = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "studio-test"))
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('studio.v5-teams')")
        }
        let before = try Self.inspect(path)

        let error = await #expect(throws: StudioError.self) { try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "studio-test")) }
        #expect(error?.code == .databaseTooNew)
        let message = error?.message ?? ""
        #expect(message.hasPrefix(path + ":"))
        #expect(message.contains("written by a newer version of cliff: migration 'studio.v5-teams' is unknown to this build"))
        #expect(message.contains("Upgrade cliff"))
        let after = try Self.inspect(path)
        #expect(after.tables == before.tables)
        #expect(after.applied == before.applied)
    }

    @Test func requestsShareTheJobStoreOpenedAtStartUp() async throws {
        let root = try Self.project()
        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "studio-test"))
        let first = try await studio.jobStore(try studio.catalog.project("harbour")) as? SQLiteJobStore
        _ = try await studio.series("harbour")
        _ = try await studio.queue("harbour")
        let later = try await studio.jobStore(try studio.catalog.project("harbour")) as? SQLiteJobStore
        #expect(first != nil && first === later)
    }
}
