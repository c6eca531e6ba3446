import Foundation
import Production
import SQLiteStore

/// The studio's own tables — users, sessions, review history, release calendars and a cache
/// of render hashes — in the project's SQLite database, or in PostgreSQL when several studio
/// processes share one (`cliff serve --database`).
///
/// In SQLite the file is the project's `cliff.db` when the studio serves one project (the job
/// store and the studio then share one pool), or `studio.db` in a folder of projects. Tables
/// are prefixed `studio_` and their migrations are named `studio.…`, so they never touch the
/// production store's schema. The statements are written once for both engines; what differs
/// (column types) is in `schema`, chosen by the database's dialect.
final class StudioDatabase: Sendable {
    let database: any SQLDatabase

    /// Where the tables are, for messages.
    var location: String { database.location }

    /// The studio's migrations (namespace `studio`), in order.
    ///
    /// `studio.v1-tables` creates the tables. A SQLite file written before cliff used named
    /// migrations has the same tables and a version table, `studio_meta` ('schema' = 1): the
    /// statements are `IF NOT EXISTS`, so such a file keeps its users, reviews and calendars,
    /// and its version table goes (`grdb_migrations` records versions now). Viewer events of
    /// an even older studio (`studio_events`) stay until `Studio.migrateLegacyEvents()` moves them.
    static let schema: SQLSchema = {
        var schema = SQLSchema(
            namespace: "studio", store: "the studio's tables (accounts, reviews, release calendars)",
            remedy: "restore a copy of the database made before that version opened it")
        schema.add("v1-tables") { dialect in tables(dialect) + ["DROP TABLE IF EXISTS studio_meta"] }
        schema.add("v2-comments-calendar-changes", reviewAndCalendarLogs)
        schema.add("v3-variant-reviews", variantReviews)
        schema.add("v4-publications", publications)
        schema.add("v5-channel-posts", channelPosts)
        return schema
    }()

    /// An auto-numbered key as each engine spells it (SQLite never reuses a deleted row's number).
    private static func key(_ dialect: SQLDialect) -> String {
        dialect == .sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : dialect.autoIncrementKey
    }

    /// `studio.v1-tables`. (`user` is quoted: PostgreSQL reserves the word.)
    static func tables(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE IF NOT EXISTS studio_users (
              name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL, created_at \(d.doubleType) NOT NULL)
            """,
            """
            CREATE TABLE IF NOT EXISTS studio_sessions (
              token_hash TEXT PRIMARY KEY, "user" TEXT NOT NULL, created_at \(d.doubleType) NOT NULL, expires_at \(d.doubleType) NOT NULL)
            """,
            """
            CREATE TABLE IF NOT EXISTS studio_reviews (
              id \(key(d)), series TEXT NOT NULL, episode \(d.integerType) NOT NULL, action TEXT NOT NULL,
              actor TEXT NOT NULL, note TEXT, render TEXT, detail TEXT, at \(d.doubleType) NOT NULL)
            """,
            "CREATE INDEX IF NOT EXISTS studio_reviews_episode ON studio_reviews (series, episode, id)",
            """
            CREATE TABLE IF NOT EXISTS studio_calendars (
              series TEXT PRIMARY KEY, calendar TEXT NOT NULL, updated_by TEXT NOT NULL, updated_at \(d.doubleType) NOT NULL)
            """,
            """
            CREATE TABLE IF NOT EXISTS studio_render_hashes (
              path TEXT PRIMARY KEY, size \(d.integerType) NOT NULL, modified \(d.doubleType) NOT NULL, sha256 TEXT NOT NULL)
            """,
        ]
    }

    /// `studio.v2-comments-calendar-changes`: reviewers' comments pinned to a time of a render
    /// (`review` is the reject or regenerate they became the note of), and every change of a
    /// series' release calendar, who made it and when.
    static func reviewAndCalendarLogs(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE IF NOT EXISTS studio_comments (
              id \(key(d)), series TEXT NOT NULL, episode \(d.integerType) NOT NULL, render TEXT,
              second \(d.doubleType) NOT NULL, text TEXT NOT NULL, author TEXT NOT NULL, at \(d.doubleType) NOT NULL, review \(d.integerType))
            """,
            "CREATE INDEX IF NOT EXISTS studio_comments_episode ON studio_comments (series, episode, id)",
            """
            CREATE TABLE IF NOT EXISTS studio_calendar_changes (
              id \(key(d)), series TEXT NOT NULL, calendar TEXT NOT NULL, changed_by TEXT NOT NULL, at \(d.doubleType) NOT NULL)
            """,
            "CREATE INDEX IF NOT EXISTS studio_calendar_changes_series ON studio_calendar_changes (series, id)",
        ]
    }

    /// `studio.v3-variant-reviews`: approvals and rejections of experiment variants' renders
    /// (an episode's own reviews stay in `studio_reviews`).
    static func variantReviews(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE IF NOT EXISTS studio_variant_reviews (
              id \(key(d)), series TEXT NOT NULL, experiment TEXT NOT NULL, variant TEXT NOT NULL, action TEXT NOT NULL,
              actor TEXT NOT NULL, note TEXT, render TEXT, at \(d.doubleType) NOT NULL)
            """,
            "CREATE INDEX IF NOT EXISTS studio_variant_reviews_variant ON studio_variant_reviews (series, experiment, variant, id)",
        ]
    }

    /// `studio.v4-publications`: one row per approval the publisher released, claimed before
    /// the release is recorded, so that several studio processes sharing the tables publish
    /// each approved episode once (the row's key refuses a second claim).
    static func publications(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE IF NOT EXISTS studio_publications (
              series TEXT NOT NULL, episode \(d.integerType) NOT NULL, approval \(d.integerType) NOT NULL, render TEXT NOT NULL,
              claimed_by TEXT NOT NULL, at \(d.doubleType) NOT NULL, PRIMARY KEY (series, episode, approval))
            """
        ]
    }

    /// `studio.v5-channel-posts`: what the publisher sends to each external channel.
    ///
    /// One row per episode and channel, made when the episode is released on the built-in
    /// channel: its state, the upload's checkpoint (the platform's session, recorded before any
    /// byte is sent), the platform's id and address, the last failure and when to try again. A
    /// process works on a row only while it holds its lease (`lease_owner`, `lease_until`,
    /// renewed with every checkpoint), so several studio processes sharing the tables upload
    /// each episode once per channel and a killed process's upload is resumed by whoever
    /// claims the row after its lease ran out. `studio_channel_quota` counts each channel's
    /// quota units per quota day before an upload starts; `studio_channel_holds` stops a
    /// channel whose credentials were refused until they are renewed.
    static func channelPosts(_ d: SQLDialect) -> [String] {
        [
            """
            CREATE TABLE IF NOT EXISTS studio_channel_posts (
              series TEXT NOT NULL, episode \(d.integerType) NOT NULL, channel TEXT NOT NULL, render TEXT NOT NULL, state TEXT NOT NULL,
              due_at \(d.doubleType) NOT NULL, checkpoint TEXT, confirmed_bytes \(d.integerType) NOT NULL, total_bytes \(d.integerType) NOT NULL,
              platform_id TEXT, url TEXT, failure TEXT, attempts \(d.integerType) NOT NULL, next_attempt_at \(d.doubleType),
              lease_owner TEXT, lease_until \(d.doubleType), statistics_at \(d.doubleType), updated_at \(d.doubleType) NOT NULL,
              PRIMARY KEY (series, episode, channel))
            """,
            "CREATE INDEX IF NOT EXISTS studio_channel_posts_due ON studio_channel_posts (state, due_at)",
            """
            CREATE TABLE IF NOT EXISTS studio_channel_quota (
              series TEXT NOT NULL, channel TEXT NOT NULL, day TEXT NOT NULL, used \(d.integerType) NOT NULL, PRIMARY KEY (series, channel, day))
            """,
            """
            CREATE TABLE IF NOT EXISTS studio_channel_holds (
              series TEXT NOT NULL, channel TEXT NOT NULL, reason TEXT NOT NULL, token_stamp TEXT NOT NULL, at \(d.doubleType) NOT NULL,
              PRIMARY KEY (series, channel))
            """,
        ]
    }

    /// Opens (creating and migrating if needed) the studio tables in the SQLite file at `path`.
    convenience init(path: String) async throws(StudioError) {
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase(path: path)
        } catch {
            throw StudioError(code: .storeFailed, message: "the studio database: \(error.message)")
        }
        try await self.init(database: database)
    }

    /// The studio tables in `database` (created and migrated when needed), opened once per process.
    init(database: any SQLDatabase) async throws(StudioError) {
        do {
            try await database.migrate(Self.schema)
        } catch {
            throw StudioError(code: error.code == .newerVersion ? .databaseTooNew : .storeFailed, message: error.message)
        }
        self.database = database
    }

    /// Runs `body` in a write transaction, turning database failures into `StudioError`.
    func write<T: Sendable>(_ body: @Sendable @escaping (any SQLSession) async throws -> T) async throws(StudioError) -> T {
        do {
            return try await database.write(body)
        } catch let error as StudioError {
            throw error
        } catch {
            throw failure(error)
        }
    }

    /// Runs `body` in a read transaction, turning database failures into `StudioError`.
    func read<T: Sendable>(_ body: @Sendable @escaping (any SQLSession) async throws -> T) async throws(StudioError) -> T {
        do {
            return try await database.read(body)
        } catch let error as StudioError {
            throw error
        } catch {
            throw failure(error)
        }
    }

    private func failure(_ error: any Error) -> StudioError {
        StudioError(
            code: .storeFailed,
            message: "the studio database \(database.location) failed: \(database.describe(error)); if another cliff process holds it for long, wait for it and try again")
    }
}
