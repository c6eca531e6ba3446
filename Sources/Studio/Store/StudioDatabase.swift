import Foundation
import GRDB

/// The studio's own tables — users, sessions, review history, release calendars, viewer
/// events and a cache of render hashes — in SQLite (WAL), next to the production store's.
///
/// The file is the project's `cliff.db` when the studio serves one project, or `studio.db`
/// in a folder of projects. Tables are prefixed `studio_` and versioned in `studio_meta`, so
/// they never touch the production store's schema.
final class StudioDatabase: Sendable {
    let pool: DatabasePool
    let path: String
    static let schemaVersion = 1

    static let schema = [
        "CREATE TABLE IF NOT EXISTS studio_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
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

    /// Opens (and if needed creates) the studio tables in the SQLite file at `path`.
    init(path: String) throws(StudioError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            var attempt = 0
            while true {
                do {
                    let pool = try DatabasePool(path: path, configuration: configuration)
                    try pool.writeWithoutTransaction { db in
                        try db.inTransaction(.immediate) {
                            for statement in Self.schema { try db.execute(sql: statement) }
                            let version = try String.fetchOne(db, sql: "SELECT value FROM studio_meta WHERE key = 'schema'").flatMap(Int.init) ?? 0
                            if version > Self.schemaVersion {
                                throw StudioError(
                                    code: .storeFailed,
                                    message: "\(path) holds studio tables from a newer cliff (schema \(version), this one knows \(Self.schemaVersion)); update cliff")
                            }
                            try db.execute(sql: "INSERT OR REPLACE INTO studio_meta (key, value) VALUES ('schema', ?)", arguments: [String(Self.schemaVersion)])
                            return .commit
                        }
                    }
                    self.pool = pool
                    return
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 50 {
                    attempt += 1
                    Thread.sleep(forTimeInterval: 0.1)
                }
            }
        } catch let error as StudioError {
            throw error
        } catch {
            throw StudioError(code: .storeFailed, message: "cannot open the studio database \(path): \(error)")
        }
    }

    /// Runs `body` in a write transaction, turning database failures into `StudioError`.
    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StudioError) -> T {
        do {
            return try await pool.write(body)
        } catch let error as StudioError {
            throw error
        } catch {
            throw StudioError(code: .storeFailed, message: "the studio database \(path) failed: \(error)")
        }
    }

    /// Runs `body` in a read transaction, turning database failures into `StudioError`.
    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StudioError) -> T {
        do {
            return try await pool.read(body)
        } catch let error as StudioError {
            throw error
        } catch {
            throw StudioError(code: .storeFailed, message: "the studio database \(path) failed: \(error)")
        }
    }
}
