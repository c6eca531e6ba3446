import Foundation
package import GRDB

/// One SQLite file opened once per process: its `DatabasePool` (WAL) and the named
/// migrations of every store that keeps tables in it.
///
/// This is the only place that opens SQLite files. The production store (`cliff.db`), the
/// studio's tables (in `cliff.db` or `studio.db`) and the audience store (`audience.db`) each
/// describe their schema as `SQLiteMigrations` in their own namespace (`jobs.`, `studio.`,
/// `audience.`) and apply it with `migrate(_:)`. GRDB's `DatabaseMigrator` records what ran in
/// `grdb_migrations`, so each migration runs once and only once; two stores sharing a file
/// share its pool and never look at each other's migrations.
///
/// Commands that only read (`cliff status`, `cost`, `insights`, a dry run) open the file with
/// `.readOnly` access: one plain connection that refuses writes (`PRAGMA query_only`), so the
/// file stays byte for byte as it was. (A `DatabasePool` writes on open: GRDB creates and
/// drops a table to make sure the WAL file exists.)
///
/// ```swift
/// let database = try SQLiteDatabase(path: "demo/cliff.db")
/// try database.migrate(SQLiteJobStore.migrations)
/// ```
package final class SQLiteDatabase: Sendable {
    /// How a file is opened.
    package enum Access: Sendable {
        /// A WAL pool: concurrent readers and one writer; the file is created when missing.
        case readWrite
        /// One connection that refuses every write; the file must exist.
        case readOnly
        /// A database in memory, gone when closed (`path` is only a name for messages).
        case inMemory
    }

    /// The file.
    package let path: String
    /// How it was opened.
    package let access: Access
    /// The connections every store of this file reads and writes through.
    package let connections: any DatabaseWriter

    /// Opens (creating when needed) the file at `path` in WAL mode with `synchronous = NORMAL`,
    /// waiting up to 30 s for other processes' locks.
    /// - Parameter pragmas: more statements run on every new connection (`PRAGMA cache_size = …`).
    /// - Throws: `SQLiteOpenError` (`.openFailed`).
    /// - Parameter access: `.readOnly` opens an existing file without changing it.
    package init(path: String, pragmas: [String] = [], access: Access = .readWrite) throws(SQLiteOpenError) {
        self.path = path
        self.access = access
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            for pragma in pragmas { try db.execute(sql: pragma) }
            if access == .readOnly { try db.execute(sql: "PRAGMA query_only = ON") }
        }
        switch access {
        case .inMemory:
            do {
                connections = try DatabaseQueue(configuration: configuration)
            } catch {
                throw SQLiteOpenError(code: .openFailed, path: path, message: "cannot make an in-memory database: \(Self.describe(error))")
            }
        case .readWrite:
            connections = try Self.openPool(path, configuration)
        case .readOnly:
            guard FileManager.default.fileExists(atPath: path) else {
                throw SQLiteOpenError(code: .openFailed, path: path, message: "\(path) does not exist")
            }
            do {
                // A queue's plain connection, unlike a pool, does not write on open; a read-write
                // connection (refusing writes by pragma) removes SQLite's -wal and -shm files on
                // close, as a read-only one would not.
                connections = try DatabaseQueue(path: path, configuration: configuration)
            } catch {
                throw SQLiteOpenError(code: .openFailed, path: path, message: "cannot open \(path): \(Self.describe(error)); check that it is readable")
            }
        }
    }

    private static func openPool(_ path: String, _ configuration: Configuration) throws(SQLiteOpenError) -> DatabasePool {
        // Switching a new file to WAL takes an exclusive lock that SQLite's busy handler does
        // not wait for, so two processes creating a file at once retry here; every other lock
        // is waited for by the busy timeout.
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 100 {
                attempt += 1
                usleep(50_000)
            } catch {
                throw SQLiteOpenError(
                    code: .openFailed, path: path,
                    message: "cannot open \(path): \(Self.describe(error)); check that the folder exists and is writable")
            }
        }
    }

    /// Applies the migrations of `migrations` this file has not had yet, after checking that
    /// it holds no migration of that namespace this build does not know.
    ///
    /// A file whose migrations are all applied is only read, so opening a project does not wait
    /// behind a long write of another process. Two processes migrating the same file at once
    /// both succeed: the one that loses the race sees the winner's migrations and goes on.
    /// - Throws: `SQLiteOpenError`: `.newerVersion` (the file is left as it was) or
    ///   `.migrationFailed`.
    package func migrate(_ migrations: SQLiteMigrations) throws(SQLiteOpenError) {
        let migrator = migrations.migrator
        var attempt = 0
        while true {
            let applied: Set<String>
            do {
                applied = try connections.read { db in try migrator.appliedIdentifiers(db) }
            } catch {
                throw failure(migrations, error)
            }
            let unknown = migrations.unknown(in: applied)
            if !unknown.isEmpty { throw newer(migrations, unknown: unknown) }
            if migrations.identifiers.allSatisfy(applied.contains) { return }
            if access == .readOnly {
                // A file an older cliff wrote is brought up to date once, even by a command
                // that only reads: its tables would be missing otherwise.
                try SQLiteDatabase(path: path).migrate(migrations)
                return
            }
            do {
                try migrator.migrate(connections)
                return
            } catch {
                // Another process may have applied some of the same migrations meanwhile (our
                // transaction was rolled back): look again and apply what is still missing.
                let now = (try? connections.read { db in try migrator.appliedIdentifiers(db) }) ?? applied
                if now != applied, attempt < 10 {
                    attempt += 1
                    continue
                }
                throw failure(migrations, error)
            }
        }
    }

    private func newer(_ migrations: SQLiteMigrations, unknown: [String]) -> SQLiteOpenError {
        let names = unknown.map { "'\($0)'" }.joined(separator: ", ")
        let what = unknown.count == 1 ? "migration \(names) is" : "migrations \(names) are"
        return SQLiteOpenError(
            code: .newerVersion, path: path,
            message: """
                \(path): \(migrations.store) was written by a newer version of cliff: \(what) unknown to this build \
                (it knows \(migrations.identifiers.joined(separator: ", "))). Upgrade cliff to the version that wrote it, \
                or \(migrations.remedy). The file was left unchanged.
                """)
    }

    private func failure(_ migrations: SQLiteMigrations, _ error: any Error) -> SQLiteOpenError {
        SQLiteOpenError(
            code: .migrationFailed, path: path,
            message: "cannot bring \(migrations.store) in \(path) to this build's schema: \(Self.describe(error)); \(migrations.remedy)")
    }

    /// A driver error as text for a message (SQLite's own wording, without the SQL).
    package static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return "SQLite error \(error.resultCode.rawValue): \(error.message ?? "\(error.resultCode)")"
        }
        return "\(error)"
    }
}

/// The named migrations of one store, in the order they apply.
///
/// Identifiers are `namespace.name` (`jobs.v1-queue`); a store looks only at its own
/// namespace, so stores sharing a file never refuse each other. Never rename or edit a
/// migration that has shipped: add a new one.
package struct SQLiteMigrations: Sendable {
    /// The prefix of this store's migration identifiers (`jobs`).
    package let namespace: String
    /// What the store is called in messages ("the production queue").
    package let store: String
    /// How to fix a file this build cannot use, besides upgrading cliff.
    package let remedy: String
    private var steps: [(identifier: String, body: @Sendable (Database) throws -> Void)] = []

    /// A store's migrations, none yet.
    package init(namespace: String, store: String, remedy: String) {
        self.namespace = namespace
        self.store = store
        self.remedy = remedy
    }

    /// Adds migration `name` (identifier `namespace.name`); it runs in one transaction.
    package mutating func add(_ name: String, _ body: @escaping @Sendable (Database) throws -> Void) {
        let identifier = "\(namespace).\(name)"
        precondition(!steps.contains { $0.identifier == identifier }, "migration \(identifier) is added twice")
        steps.append((identifier, body))
    }

    /// Every identifier, in order.
    package var identifiers: [String] { steps.map(\.identifier) }

    /// Applied identifiers of this namespace that this build does not know, sorted.
    func unknown(in applied: Set<String>) -> [String] {
        let known = Set(identifiers)
        return applied.filter { $0.hasPrefix(namespace + ".") && !known.contains($0) }.sorted()
    }

    var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in steps { migrator.registerMigration(step.identifier, migrate: step.body) }
        return migrator
    }
}

/// Why a SQLite file could not be opened or migrated. Each store turns it into its own
/// module's error (`ProductionError`, `AudienceError`, `StudioError`), keeping the message.
package struct SQLiteOpenError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: Hashable, Sendable {
        /// The file cannot be opened (missing folder, permissions, not a database).
        case openFailed
        /// The file holds migrations of the store's namespace this build does not know.
        case newerVersion
        /// A migration failed; it was rolled back.
        case migrationFailed
    }

    /// What went wrong.
    package var code: Code
    /// The database file.
    package var path: String
    /// For people: what, where, how to fix.
    package var message: String

    package var description: String { message }
}
