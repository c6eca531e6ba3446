import Audience
import Foundation
import GRDB
import SQLiteStore
import TestSupport
import Testing

/// `audience.db` through the one SQLite opener: a file written before named migrations keeps
/// its events, a file from a newer cliff is refused with its path and left alone.
@Suite struct AudienceStoreMigrationTests {
    /// An `audience.db` as cliff wrote it before named migrations: its tables, the version
    /// table `audience_meta` ('schema' = 1), one event, its view and a refused-event count.
    static func legacyStore(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(
                sql: """
                    CREATE TABLE IF NOT EXISTS audience_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE IF NOT EXISTS audience_events (
                      id INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, event TEXT NOT NULL, series TEXT NOT NULL,
                      episode INTEGER NOT NULL, viewer TEXT NOT NULL, user_id TEXT, timestamp_ms INTEGER NOT NULL,
                      position_ms INTEGER, session_id TEXT, variant TEXT, received_ms INTEGER NOT NULL);
                    CREATE TABLE IF NOT EXISTS audience_views (
                      series TEXT NOT NULL, viewer TEXT NOT NULL, episode INTEGER NOT NULL,
                      started_at INTEGER, completed_at INTEGER, swiped_at_ms INTEGER, unlocked_at INTEGER,
                      furthest_ms INTEGER NOT NULL, watched_ms INTEGER NOT NULL, coverage BLOB NOT NULL,
                      PRIMARY KEY (series, viewer, episode)) WITHOUT ROWID;
                    CREATE TABLE IF NOT EXISTS audience_view_events (
                      series TEXT NOT NULL, viewer TEXT NOT NULL, episode INTEGER NOT NULL, events BLOB NOT NULL,
                      PRIMARY KEY (series, viewer, episode)) WITHOUT ROWID;
                    CREATE TABLE IF NOT EXISTS audience_rejections (series TEXT PRIMARY KEY, count INTEGER NOT NULL);
                    INSERT INTO audience_meta (key, value) VALUES ('schema', '1');
                    INSERT INTO audience_events (message_id, event, series, episode, viewer, timestamp_ms, received_ms)
                      VALUES ('old-1', 'liked', 'jade', 1, 'v1', 1767225600000, 1767225600000);
                    INSERT INTO audience_views (series, viewer, episode, furthest_ms, watched_ms, coverage)
                      VALUES ('jade', 'v1', 1, 0, 0, X'');
                    INSERT INTO audience_rejections (series, count) VALUES ('jade', 3);
                    """)
        }
    }

    static func tables(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
    }

    @Test func anAudienceStoreFromBeforeNamedMigrationsOpensWithItsEvents() async throws {
        let folder = try temporaryDirectory("cliff-audience")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(AudienceStore.fileName).path
        try Self.legacyStore(at: path)

        let store = try AudienceStore(path: path)
        #expect(try await store.eventCount(series: "jade") == 1)
        #expect(try await store.rejectedCount(series: "jade") == 3)
        #expect(try await store.seriesIDs() == ["jade"])
        // Brought to the current schema: versions live in grdb_migrations, the old table is gone.
        let tables = try Self.tables(path)
        #expect(!tables.contains("audience_meta"))
        #expect(tables.contains("grdb_migrations"))
        let applied = try await DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == AudienceStore.migrations.identifiers, "brought to every migration of this build")

        let event = ViewerEvent(
            messageID: "new-1", name: .liked, anonymousID: "v2", timestamp: logStart, series: "jade", episode: 2)
        #expect(try await store.append([event]).accepted == 1)
        #expect(try await AudienceStore(path: path).eventCount(series: "jade") == 2)
    }

    @Test func anAudienceStoreFromANewerCliffIsRefusedWithItsPathAndLeftUnchanged() async throws {
        let (store, folder) = try temporaryStore()
        _ = try await store.append([ViewerEvent(messageID: "m", name: .liked, anonymousID: "v", timestamp: logStart, series: "s", episode: 1)])
        let path = store.path
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('audience.v7-sessions')")
        }
        let before = try Self.tables(path)

        let error = #expect(throws: AudienceError.self) { try AudienceStore(projectDirectory: folder.path) }
        #expect(error?.code == .databaseTooNew)
        let message = error?.message ?? ""
        #expect(message.hasPrefix(path + ":"))
        #expect(message.contains("written by a newer version of cliff: migration 'audience.v7-sessions' is unknown to this build"))
        #expect(message.contains("Upgrade cliff"))
        #expect(try Self.tables(path) == before)
        let kept = try await DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audience_events"), try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"))
        }
        #expect(kept.0 == 1)
        #expect(kept.1 == (AudienceStore.migrations.identifiers + ["audience.v7-sessions"]).sorted(), "nothing applied to a newer file")
    }
}
