public import Foundation
public import Logging
public import Production
import PostgresNIO

/// The series whose queues a shared PostgreSQL database holds, and where each one's folder is:
/// the table `cliffhanger.series`, which `cliff worker` without a project reads to serve them
/// all.
///
/// Every command that opens a series' queue in the database registers it (``register(series:projectRoot:now:)``,
/// an upsert by schema), with the series folder's absolute path: a worker on any machine opens
/// the folder at that path, so the shared storage must be mounted at the same path on every
/// machine that serves all series. The table lives in a schema of its own (`cliffhanger`, never
/// a series' `cliff_…`), with its own migrations record. A registration that adds a series or
/// moves its folder sends `NOTIFY cliffhanger_series`, so a running worker picks it up at once
/// (``listen(jobs:series:)``).
///
/// ```swift
/// let registry = try await PostgresSeriesRegistry.open(database: url)
/// try await registry.register(series: "night-ledger", projectRoot: "/studio/night-ledger")
/// let all = try await registry.entries()
/// await registry.shutdown()
/// ```
public final class PostgresSeriesRegistry: Sendable {
    /// One registered series.
    public struct Entry: Sendable, Hashable {
        /// The schema of its queue (`cliff_<series>`, the key).
        public var schema: String
        /// The series' id (its folder's name).
        public var series: String
        /// The absolute path of its folder, as the machine that registered it last saw it.
        public var projectRoot: String
        /// When it was registered, or its folder last moved.
        public var registeredAt: Date

        /// An entry.
        public init(schema: String, series: String, projectRoot: String, registeredAt: Date) {
            self.schema = schema
            self.series = series
            self.projectRoot = projectRoot
            self.registeredAt = registeredAt
        }
    }

    /// The registry's schema: not `cliff_…`, so that no series' schema is ever it.
    package static let schema = "cliffhanger"
    /// The channel a registration that changed something notifies.
    package static let channel = "cliffhanger_series"

    /// The registry's migrations (namespace `registry`), in order. `registry.v1-series` creates
    /// `cliffhanger.series`.
    package static let migrations: PostgresMigrations = {
        var migrations = PostgresMigrations(
            namespace: "registry", store: "the registry of series",
            remedy: "drop the schema cliffhanger (every command that opens a series with the database registers it again)")
        migrations.add(
            "v1-series",
            statements: [
                """
                CREATE TABLE IF NOT EXISTS \(schema).series (
                  schema TEXT PRIMARY KEY,
                  series TEXT NOT NULL,
                  project_root TEXT NOT NULL,
                  registered_at DOUBLE PRECISION NOT NULL
                )
                """
            ])
        return migrations
    }()

    private let database: PostgresDatabase

    private init(database: PostgresDatabase) {
        self.database = database
    }

    /// Connects to the database at `url`, creates or migrates the registry's table, and starts
    /// a connection pool, which runs until `shutdown()`.
    /// - Throws: `ProductionError`: `databaseTooNew` when a newer cliff wrote the registry;
    ///   `storeFailed` when the database cannot be reached or used (one line, no password).
    public static func open(database url: DatabaseURL, logger: Logger = Logger(label: "cliff.database")) async throws(ProductionError) -> PostgresSeriesRegistry {
        let database: PostgresDatabase
        do {
            database = try await PostgresDatabase.open(url, schema: schema, logger: logger)
        } catch {
            throw ProductionError(code: .storeFailed, message: "the registry of series: \(error.message)", underlying: error)
        }
        do {
            try await database.migrate(migrations)
        } catch {
            await database.shutdown()
            throw ProductionError(code: error.code == .newerVersion ? .databaseTooNew : .storeFailed, message: error.message, underlying: error)
        }
        return PostgresSeriesRegistry(database: database)
    }

    /// Registers series `series` (its queue in schema `cliff_<series>`) with its folder at
    /// `projectRoot` (an absolute path), replacing what was registered for that schema; notifies
    /// listening workers when that added the series or moved its folder.
    /// - Throws: `ProductionError` (`storeFailed`).
    public func register(series: String, projectRoot: String, now: Date = Date()) async throws {
        let schema = PostgresDatabase.schemaName(series: series)
        let table = "\(Self.schema).series"
        try await access("register the series in") { tx in
            let changed = try await tx.rows(
                """
                INSERT INTO \(table) (schema, series, project_root, registered_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (schema) DO UPDATE
                  SET series = EXCLUDED.series, project_root = EXCLUDED.project_root, registered_at = EXCLUDED.registered_at
                  WHERE \(table).series IS DISTINCT FROM EXCLUDED.series OR \(table).project_root IS DISTINCT FROM EXCLUDED.project_root
                RETURNING 1
                """,
                [.text(schema), .text(series), .text(projectRoot), .real(now.timeIntervalSince1970)])
            if !changed.isEmpty { try await tx.execute("NOTIFY \(Self.channel)") }
        }
    }

    /// Every registered series, by schema.
    /// - Throws: `ProductionError` (`storeFailed`).
    public func entries() async throws -> [Entry] {
        try await access("read the registered series of") { tx in
            try await tx.rows("SELECT schema, series, project_root, registered_at FROM \(Self.schema).series ORDER BY schema").map { row in
                Entry(
                    schema: try row[0].decode(String.self), series: try row[1].decode(String.self),
                    projectRoot: try row[2].decode(String.self), registeredAt: Date(timeIntervalSince1970: try row[3].decode(Double.self)))
            }
        }
    }

    /// Listens, on one connection, until the task is cancelled: calls `jobs` on every
    /// notification that jobs of any series may have become runnable (`cliff_jobs`, which
    /// every series' queue sends) and `series` on every registration that changed the registry.
    /// - Throws: `ProductionError` (`storeFailed`) when listening fails or the connection breaks.
    public func listen(jobs: @escaping @Sendable () -> Void, series: @escaping @Sendable () -> Void) async throws {
        let location = database.url.description
        let broken = ProductionError(
            code: .storeFailed, message: "stopped hearing about new jobs and series from \(location): the connection broke")
        do {
            try await database.client.withConnection { connection in
                try await connection.listen(on: SQLDialect.jobsChannel) { jobNotifications in
                    try await connection.listen(on: Self.channel) { seriesNotifications in
                        try await withThrowingTaskGroup(of: Void.self) { group in
                            group.addTask {
                                for try await _ in jobNotifications { jobs() }
                                if !Task.isCancelled { throw broken }
                            }
                            group.addTask {
                                for try await _ in seriesNotifications { series() }
                                if !Task.isCancelled { throw broken }
                            }
                            defer { group.cancelAll() }
                            try await group.next()
                        }
                    }
                }
            }
        } catch let error as ProductionError {
            throw error
        } catch is CancellationError {
            return
        } catch {
            if Task.isCancelled { return }
            throw ProductionError(
                code: .storeFailed,
                message: "cannot listen for new jobs and series in \(location): \(PostgresDatabase.describe(error, url: database.url))",
                underlying: error)
        }
    }

    /// Closes every connection; the registry cannot be used afterwards.
    public func shutdown() async {
        await database.shutdown()
    }

    private func access<T: Sendable>(_ doing: String, _ body: @escaping @Sendable (PostgresTransaction) async throws -> T) async throws -> T {
        do {
            return try await database.transaction("\(doing) the registry of series in", body)
        } catch let error as ProductionError {
            throw error
        } catch let error as PostgresOpenError {
            throw ProductionError(code: .storeFailed, message: error.message, underlying: error)
        }
    }
}
