import Foundation
import GRDB
import SQLiteStore

/// The studio's own tables — users, sessions, review history, release calendars and a cache
/// of render hashes — in SQLite (WAL), next to the production store's.
///
/// The file is the project's `cliff.db` when the studio serves one project (the job store and
/// the studio then share one pool), or `studio.db` in a folder of projects. Tables are prefixed
/// `studio_` and their migrations are named `studio.…`, so they never touch the production
/// store's schema.
final class StudioDatabase: Sendable {
    let connections: any DatabaseWriter
    let path: String

    /// The studio's migrations (namespace `studio`), in order.
    ///
    /// `studio.v1-tables` creates the tables. A file written before cliff used named
    /// migrations has the same tables and a version table, `studio_meta` ('schema' = 1): the
    /// statements are `IF NOT EXISTS`, so such a file keeps its users, reviews and calendars,
    /// and its version table goes (`grdb_migrations` records versions now). Viewer events of
    /// an even older studio (`studio_events`) stay until `Studio.migrateLegacyEvents()` moves them.
    static let migrations: SQLiteMigrations = {
        var migrations = SQLiteMigrations(
            namespace: "studio", store: "the studio's tables (accounts, reviews, release calendars)",
            remedy: "restore a copy of the file made before that version opened it")
        migrations.add("v1-tables") { db in
            for statement in StudioDatabase.schema { try db.execute(sql: statement) }
            try db.execute(sql: "DROP TABLE IF EXISTS studio_meta")
        }
        migrations.add("v2-comments-calendar-changes") { db in
            for statement in StudioDatabase.reviewAndCalendarLogs { try db.execute(sql: statement) }
        }
        migrations.add("v3-variant-reviews") { db in
            for statement in StudioDatabase.variantReviews { try db.execute(sql: statement) }
        }
        return migrations
    }()

    static let schema = [
        """
        CREATE TABLE IF NOT EXISTS studio_users (
          name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at REAL NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS studio_sessions (
          token_hash TEXT PRIMARY KEY, user TEXT NOT NULL, created_at REAL NOT NULL, expires_at REAL NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS studio_reviews (
          id INTEGER PRIMARY KEY AUTOINCREMENT, series TEXT NOT NULL, episode INTEGER NOT NULL, action TEXT NOT NULL,
          actor TEXT NOT NULL, note TEXT, render TEXT, detail TEXT, at REAL NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS studio_reviews_episode ON studio_reviews (series, episode, id)",
        """
        CREATE TABLE IF NOT EXISTS studio_calendars (
          series TEXT PRIMARY KEY, calendar TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at REAL NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS studio_render_hashes (
          path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified REAL NOT NULL, sha256 TEXT NOT NULL)
        """,
    ]

    /// `studio.v2-comments-calendar-changes`: reviewers' comments pinned to a time of a render
    /// (`review` is the reject or regenerate they became the note of), and every change of a
    /// series' release calendar, who made it and when.
    static let reviewAndCalendarLogs = [
        """
        CREATE TABLE IF NOT EXISTS studio_comments (
          id INTEGER PRIMARY KEY AUTOINCREMENT, series TEXT NOT NULL, episode INTEGER NOT NULL, render TEXT,
          second REAL NOT NULL, text TEXT NOT NULL, author TEXT NOT NULL, at REAL NOT NULL, review INTEGER)
        """,
        "CREATE INDEX IF NOT EXISTS studio_comments_episode ON studio_comments (series, episode, id)",
        """
        CREATE TABLE IF NOT EXISTS studio_calendar_changes (
          id INTEGER PRIMARY KEY AUTOINCREMENT, series TEXT NOT NULL, calendar TEXT NOT NULL, changed_by TEXT NOT NULL, at REAL NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS studio_calendar_changes_series ON studio_calendar_changes (series, id)",
    ]

    /// `studio.v3-variant-reviews`: approvals and rejections of experiment variants' renders
    /// (an episode's own reviews stay in `studio_reviews`).
    static let variantReviews = [
        """
        CREATE TABLE IF NOT EXISTS studio_variant_reviews (
          id INTEGER PRIMARY KEY AUTOINCREMENT, series TEXT NOT NULL, experiment TEXT NOT NULL, variant TEXT NOT NULL, action TEXT NOT NULL,
          actor TEXT NOT NULL, note TEXT, render TEXT, at REAL NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS studio_variant_reviews_variant ON studio_variant_reviews (series, experiment, variant, id)",
    ]

    /// Opens (creating and migrating if needed) the studio tables in the SQLite file at `path`.
    convenience init(path: String) throws(StudioError) {
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase(path: path)
        } catch {
            throw StudioError(code: .storeFailed, message: "the studio database: \(error.message)")
        }
        try self.init(database: database)
    }

    /// The studio tables in `database`, a file opened once per process.
    init(database: SQLiteDatabase) throws(StudioError) {
        do {
            try database.migrate(Self.migrations)
        } catch {
            throw StudioError(code: error.code == .newerVersion ? .databaseTooNew : .storeFailed, message: error.message)
        }
        self.connections = database.connections
        self.path = database.path
    }

    /// Runs `body` in a write transaction, turning database failures into `StudioError`.
    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StudioError) -> T {
        do {
            return try await connections.write(body)
        } catch let error as StudioError {
            throw error
        } catch {
            throw Self.failure(path, error)
        }
    }

    /// Runs `body` in a read transaction, turning database failures into `StudioError`.
    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StudioError) -> T {
        do {
            return try await connections.read(body)
        } catch let error as StudioError {
            throw error
        } catch {
            throw Self.failure(path, error)
        }
    }

    private static func failure(_ path: String, _ error: any Error) -> StudioError {
        StudioError(
            code: .storeFailed,
            message: "the studio database \(path) failed: \(SQLiteDatabase.describe(error)); if another cliff process holds it for long, wait for it and try again")
    }
}
