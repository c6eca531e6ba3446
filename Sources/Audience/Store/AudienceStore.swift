import Basics
public import Foundation
import GRDB
package import Production
package import SQLiteStore
import Synchronization

/// The durable, append-only store of viewer events for a project, with the per-view
/// rollups metrics stream from.
///
/// The file is `audience.db` in the project folder (SQLite, WAL); or, when several studio
/// processes share a PostgreSQL database (`cliff serve --database`), the same tables in that
/// database (``init(shared:)``, `SharedAudienceTables`). Three tables:
///
/// - `audience_events`: every accepted event once, keyed by `message_id` (a resend of the
///   same id is ignored and counted as a duplicate);
/// - `audience_views` / `audience_view_events`: one row per view (series, viewer, episode)
///   with its summary (`ViewRollup`) and its compact event list, updated in the same
///   transaction as the events, so metrics never scan events;
/// - `audience_rejections`: malformed events refused, counted per series.
///
/// Each batch is one transaction. Metrics read the views of one series in primary-key
/// order (viewer, episode) and fold them with bounded memory. The last figures of each
/// series and configuration are kept in memory with the store's version they were read at
/// (the newest event id and the series' rejection count, read in the same transaction): a
/// new event or refusal, from this process or another, changes the version, so a reused
/// figure is never stale. (In PostgreSQL the version is the series' count of events, kept in
/// the same transactions: event ids are handed out before commit, so a newest id read could
/// be followed by an older one committing.)
///
/// ```swift
/// let store = try AudienceStore(projectDirectory: "/srv/jade")
/// let report = try await store.ingest(body, knownSeries: ["jade"], receivedAt: Date())
/// let metrics = try await store.metrics(series: "jade", configuration: MetricsConfiguration(paywallEpisode: 8))
/// ```
public final class AudienceStore: Sendable {
    /// The store's file name inside a project folder.
    public static let fileName = ProjectLayout.audienceDatabaseName
    /// Where the store is, for messages: the SQLite file, or the PostgreSQL database (its URL
    /// without the password, and the schema).
    public let path: String
    /// Which engine holds the tables.
    let backend: Backend
    /// Opened for reading only: every write is refused before it reaches SQLite.
    let readOnly: Bool
    /// The last figures read per series and configuration, with the version they were read at;
    /// guarded by the mutex (readers on several connections share it).
    private let figuresCache = Mutex<[FiguresKey: (version: Version, figures: SeriesFigures)]>([:])
    /// How many figures the cache keeps (a dashboard reads one configuration per series).
    static let cachedFigures = 16

    /// The anonymous ids of the synthetic audience start with this (`synthetic-7-12`).
    package static let syntheticPrefix = "synthetic-"

    /// A series' metrics with how many of the viewers counted are synthetic.
    package struct SeriesFigures: Sendable, Hashable {
        /// The metrics.
        package var metrics: SeriesMetrics
        /// Viewers among `metrics.viewers` whose id is a simulated one.
        package var syntheticViewers: Int
    }

    /// The engine: the project's SQLite file through GRDB (the code tuned for it), or a shared
    /// database through the SQL interface.
    enum Backend: Sendable {
        case file(any DatabaseWriter)
        case shared(SharedAudienceTables)
    }

    /// The SQLite file's connections; only the file's code paths ask (the shared database's
    /// branch first in every method).
    var connections: any DatabaseWriter {
        guard case .file(let connections) = backend else { preconditionFailure("the audience store's SQLite code ran on a shared database") }
        return connections
    }

    private struct FiguresKey: Hashable {
        var series: String
        var configuration: MetricsConfiguration
    }

    /// What the figures of a series are read from: the newest event (events are only ever
    /// added, and views change only with them) and the series' refusals.
    private struct Version: Hashable {
        var newestEvent: Int64
        var rejected: Int
    }

    /// The audience store's migrations (namespace `audience`), in order.
    ///
    /// `audience.v1-events` creates the tables. A file written before cliff used named
    /// migrations has the same tables and a version table, `audience_meta` ('schema' = 1): the
    /// statements are `IF NOT EXISTS`, so such a file keeps its events and views, and its
    /// version table goes (`grdb_migrations` records versions now).
    package static let migrations: SQLiteMigrations = {
        var migrations = SQLiteMigrations(
            namespace: "audience", store: "the audience store",
            remedy: "move the file aside and import the viewer events again with 'cliff import-audience'")
        migrations.add("v1-events") { db in
            for statement in AudienceSchema.events(.sqlite) { try db.execute(sql: statement) }
            try db.execute(sql: "DROP TABLE IF EXISTS audience_meta")
        }
        migrations.add("v2-tiles") { db in
            for statement in AudienceSchema.tiles(.sqlite) { try db.execute(sql: statement) }
        }
        migrations.add("v3-platform-snapshots") { db in
            for statement in AudienceSchema.platformSnapshots(.sqlite) { try db.execute(sql: statement) }
        }
        return migrations
    }()

    /// Opens (creating if needed) `audience.db` in `projectDirectory`.
    public convenience init(projectDirectory: String) throws(AudienceError) {
        try self.init(path: URL(fileURLWithPath: projectDirectory).appendingPathComponent(Self.fileName).path)
    }

    /// Opens (creating and migrating if needed) the store at `path`; with `readOnly`, opens
    /// an existing file for reading and leaves it byte for byte as it was.
    /// - Throws: `AudienceError` `.storeFailed`, also when the file was written by a newer cliff.
    public convenience init(path: String, readOnly: Bool = false) throws(AudienceError) {
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase(path: path, pragmas: ["PRAGMA cache_size = -65536"], access: readOnly ? .readOnly : .readWrite)
        } catch {
            throw AudienceError(code: .storeFailed, message: "the audience store: \(error.message)")
        }
        try self.init(database: database)
    }

    /// The audience store in `database`, a file opened once per process.
    /// - Throws: `AudienceError` `.storeFailed`.
    package init(database: SQLiteDatabase) throws(AudienceError) {
        do {
            try database.migrate(Self.migrations)
        } catch {
            throw AudienceError(code: error.code == .newerVersion ? .databaseTooNew : .storeFailed, message: error.message)
        }
        self.path = database.path
        self.backend = .file(database.connections)
        self.readOnly = database.access == .readOnly
    }

    /// The audience store in a shared PostgreSQL database (`cliff serve --database`): its tables
    /// (``AudienceSchema``) in the schema `database` was opened in, created or brought up to
    /// date here. Any number of processes may hold one on the same database.
    ///
    /// ```swift
    /// let database = try await PostgresDatabase.open(url, schema: "cliffhanger", logger: logger)
    /// let store = try await AudienceStore(shared: database)
    /// ```
    /// - Throws: `AudienceError` `.databaseTooNew` when a newer cliff wrote the tables (one line,
    ///   the database left as it was), `.storeFailed` when the database fails.
    package init(shared database: any SQLDatabase) async throws(AudienceError) {
        precondition(database.dialect != .sqlite, "a SQLite file opens with AudienceStore(path:)")
        do {
            try await database.migrate(AudienceSchema.shared)
        } catch {
            throw AudienceError(code: error.code == .newerVersion ? .databaseTooNew : .storeFailed, message: error.message)
        }
        self.path = database.location
        self.backend = .shared(SharedAudienceTables(database: database))
        self.readOnly = false
    }

    /// Validates a request body (one event, an array, or `{"batch": [...]}`) and stores its
    /// good events; refused events are reported with reasons and counted per series.
    ///
    /// - Parameters:
    ///   - knownSeries: series ids events may name; `nil` accepts any.
    ///   - receivedAt: the server's clock, to refuse timestamps far off it.
    /// - Throws: `AudienceError` `.invalidInput` / `.tooLarge` for a body refused as a whole,
    ///   `.storeFailed` when the database fails.
    public func ingest(_ body: Data, knownSeries: Set<String>?, receivedAt: Date) async throws(AudienceError) -> IngestReport {
        try await store(EventBatchDecoder(knownSeries: knownSeries, receivedAt: receivedAt).decode(body), receivedAt: receivedAt)
    }

    /// Stores a decoded batch: its valid events once each, in one transaction, and its refusals
    /// counted per series; the report lists the refusals in batch order.
    /// - Throws: `AudienceError` `.storeFailed` when the database fails.
    package func store(_ batch: EventBatchDecoder.DecodedBatch, receivedAt: Date) async throws(AudienceError) -> IngestReport {
        var report = try await store(batch.events, rejectedSeries: batch.rejectedSeries, receivedAt: receivedAt)
        report.rejected = batch.rejected.sorted { $0.index < $1.index }
        return report
    }

    /// Stores events already decoded (the synthetic audience, imports), once each, in one
    /// transaction. Events that break the rules `EventBatchDecoder` enforces (empty ids,
    /// episode outside 1…100000, a heartbeat without a position) are refused and counted.
    public func append(_ events: [ViewerEvent], receivedAt: Date = Date()) async throws(AudienceError) -> IngestReport {
        var valid: [ViewerEvent] = []
        valid.reserveCapacity(events.count)
        var rejected: [IngestReport.Rejection] = []
        var rejectedSeries: [String] = []
        for (index, event) in events.enumerated() {
            if let problem = Self.problem(in: event) {
                rejected.append(IngestReport.Rejection(index: index, field: "[\(index)].\(problem.field)", reason: problem.reason))
                rejectedSeries.append(event.series)
            } else {
                valid.append(event)
            }
        }
        var report = try await store(valid, rejectedSeries: rejectedSeries, receivedAt: receivedAt)
        report.rejected = rejected
        return report
    }

    /// Malformed events refused for `series` so far.
    public func rejectedCount(series: String) async throws(AudienceError) -> Int {
        if case .shared(let tables) = backend { return try await shared { try await tables.rejectedCount(series: series) } }
        return try await read { db in try Int.fetchOne(db, sql: "SELECT count FROM audience_rejections WHERE series = ?", arguments: [series]) ?? 0 }
    }

    /// Events stored for `series`.
    public func eventCount(series: String) async throws(AudienceError) -> Int {
        if case .shared(let tables) = backend { return try await shared { try await tables.eventCount(series: series) } }
        return try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audience_events WHERE series = ?", arguments: [series]) ?? 0 }
    }

    /// Series ids with stored views, sorted.
    public func seriesIDs() async throws(AudienceError) -> [String] {
        if case .shared(let tables) = backend { return try await shared { try await tables.seriesIDs() } }
        return try await read { db in try String.fetchAll(db, sql: "SELECT DISTINCT series FROM audience_views ORDER BY series") }
    }

    /// Metrics for `series`, streamed from the view rollups (memory bounded by episodes ×
    /// seconds, not by events).
    package func metrics(series: String, configuration: MetricsConfiguration = MetricsConfiguration()) async throws(AudienceError) -> SeriesMetrics {
        try await figures(series: series, configuration: configuration).metrics
    }

    /// Metrics for `series` and how many of its viewers are synthetic, in one pass over the
    /// view rollups; the same store version and configuration are answered from memory.
    package func figures(series: String, configuration: MetricsConfiguration = MetricsConfiguration()) async throws(AudienceError) -> SeriesFigures {
        let key = FiguresKey(series: series, configuration: configuration)
        if case .shared(let tables) = backend { return try await sharedFigures(tables, key: key) }
        return try await read { db in
            let version = Version(
                newestEvent: try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM audience_events") ?? 0,
                rejected: try Int.fetchOne(db, sql: "SELECT count FROM audience_rejections WHERE series = ?", arguments: [series]) ?? 0)
            if let cached = self.figuresCache.withLock({ $0[key] }), cached.version == version { return cached.figures }
            var accumulator = MetricsAccumulator(series: series, configuration: configuration)
            // No episode counts: nothing to read.
            let rows = configuration.episodes?.isEmpty == true ? nil : try Row.fetchCursor(
                db,
                sql: """
                    SELECT viewer, episode, started_at, completed_at, swiped_at_ms, unlocked_at, furthest_ms, watched_ms, coverage
                    FROM audience_views WHERE series = ? ORDER BY viewer, episode
                    """,
                arguments: [series])
            while let row = try rows?.next() {
                let view = MetricsAccumulator.View(
                    viewer: row[0], episode: row[1], startedAt: row[2], completedAt: row[3], swipedAtPosition: row[4], unlockedAt: row[5],
                    furthest: row[6], watched: row[7])
                try row.withUnsafeData(atIndex: 8) { data in
                    if let data {
                        data.withUnsafeBytes { accumulator.add(view, coverage: $0) }
                    } else {
                        accumulator.add(view, coverage: UnsafeRawBufferPointer(start: nil, count: 0))
                    }
                }
            }
            let figures = SeriesFigures(metrics: accumulator.finish(rejected: version.rejected), syntheticViewers: accumulator.syntheticViewers)
            self.figuresCache.withLock { cache in
                if cache[key] == nil, cache.count >= Self.cachedFigures { cache.removeAll() }
                cache[key] = (version, figures)
            }
            return figures
        }
    }

    /// `figures` from a shared database: the same fold over the same rollups, streamed.
    private func sharedFigures(_ tables: SharedAudienceTables, key: FiguresKey) async throws(AudienceError) -> SeriesFigures {
        try await shared {
            try await tables.database.read { db in
                let counted = try await tables.version(series: key.series, in: db)
                let version = Version(newestEvent: counted.events, rejected: counted.rejected)
                if let cached = self.figuresCache.withLock({ $0[key] }), cached.version == version { return cached.figures }
                var accumulator = MetricsAccumulator(series: key.series, configuration: key.configuration)
                if key.configuration.episodes?.isEmpty != true {
                    try await tables.forEachView(series: key.series, in: db) { view, coverage in
                        coverage.withUnsafeBytes { accumulator.add(view, coverage: $0) }
                    }
                }
                let figures = SeriesFigures(metrics: accumulator.finish(rejected: version.rejected), syntheticViewers: accumulator.syntheticViewers)
                self.figuresCache.withLock { cache in
                    if cache[key] == nil, cache.count >= Self.cachedFigures { cache.removeAll() }
                    cache[key] = (version, figures)
                }
                return figures
            }
        }
    }

    // MARK: - Writing

    private struct ViewKey: Hashable {
        var series: String
        var viewer: String
        var episode: Int
    }

    private func store(_ events: [ViewerEvent], rejectedSeries: [String], receivedAt: Date) async throws(AudienceError) -> IngestReport {
        guard !events.isEmpty || !rejectedSeries.isEmpty else { return IngestReport() }
        let received = Timestamp.milliseconds(receivedAt)
        var rejectedBySeries: [String: Int] = [:]
        for series in rejectedSeries { rejectedBySeries[series, default: 0] += 1 }
        let rejectedCounts = rejectedBySeries
        if case .shared(let tables) = backend {
            let accepted = try await shared { try await tables.store(events, rejectedBySeries: rejectedCounts, received: received) }
            return IngestReport(accepted: accepted, duplicates: events.count - accepted, rejected: [])
        }
        let accepted = try await write { db -> Int in
            var fresh: [ViewKey: [ViewRollup.CompactEvent]] = [:]
            let insert = try db.cachedStatement(
                sql: """
                    INSERT OR IGNORE INTO audience_events
                      (message_id, event, series, episode, viewer, user_id, timestamp_ms, position_ms, session_id, variant, received_ms)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var inserted = 0
            for event in events {
                try insert.execute(arguments: [
                    event.messageID, event.name.rawValue, event.series, event.episode, event.anonymousID, event.userID,
                    event.timestampMilliseconds, event.positionMilliseconds, event.sessionID, event.variant, received,
                ])
                guard db.changesCount > 0 else { continue }
                inserted += 1
                // An exposure is not playback: it stays out of the view's rollup.
                guard event.name != .experimentExposure else { continue }
                fresh[ViewKey(series: event.series, viewer: event.anonymousID, episode: event.episode), default: []].append(ViewRollup.CompactEvent(event))
            }
            let select = try db.cachedStatement(sql: "SELECT events FROM audience_view_events WHERE series = ? AND viewer = ? AND episode = ?")
            let saveEvents = try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO audience_view_events (series, viewer, episode, events) VALUES (?, ?, ?, ?)")
            let saveView = try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO audience_views
                      (series, viewer, episode, started_at, completed_at, swiped_at_ms, unlocked_at, furthest_ms, watched_ms, coverage)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for (key, newEvents) in fresh {
                let keyArguments: StatementArguments = [key.series, key.viewer, key.episode]
                var rollup: ViewRollup
                if let stored = try Data.fetchOne(select, arguments: keyArguments) {
                    rollup = ViewRollup(events: ViewRollup.decode([UInt8](stored)) + newEvents)
                } else {
                    rollup = ViewRollup(events: newEvents)
                }
                try saveEvents.execute(arguments: keyArguments + [Data(ViewRollup.encode(rollup.events))])
                try saveView.execute(
                    arguments: keyArguments + [
                        rollup.startedAt, rollup.completedAt, rollup.swipedAtPosition, rollup.unlockedAt, rollup.furthest, rollup.watched,
                        Data(rollup.coverage),
                    ])
            }
            for (series, count) in rejectedCounts {
                try db.execute(
                    sql: "INSERT INTO audience_rejections (series, count) VALUES (?, ?) ON CONFLICT(series) DO UPDATE SET count = count + excluded.count",
                    arguments: [series, count])
            }
            return inserted
        }
        return IngestReport(accepted: accepted, duplicates: events.count - accepted, rejected: [])
    }

    /// What is wrong with an event built in code, if anything.
    static func problem(in event: ViewerEvent) -> (field: String, reason: String)? {
        if event.messageID.isEmpty || event.messageID.count > 100 { return ("message_id", "must be 1–100 characters") }
        if event.anonymousID.isEmpty || event.anonymousID.count > 200 { return ("anonymous_id", "must be 1–200 characters") }
        if event.series.isEmpty || event.series.count > 200 { return ("properties.series", "must be 1–200 characters") }
        if !(1...100_000).contains(event.episode) { return ("properties.episode", "must be a whole number from 1 to 100000, not \(event.episode)") }
        if let position = event.positionMilliseconds, !(0...86_400_000).contains(position) {
            return ("properties.position_ms", "must be whole milliseconds from 0 to 86400000, not \(position)")
        }
        if event.position == nil, event.name.requiresPosition { return ("properties.position_ms", "is required for \(event.name.rawValue)") }
        return nil
    }

    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(AudienceError) -> T {
        guard !readOnly else {
            throw AudienceError(code: .storeFailed, message: "the audience store \(path) was opened read-only by a command that only reads; it cannot write (a bug in cliff: please report it)")
        }
        do {
            return try await connections.write(body)
        } catch let error as AudienceError {
            throw error
        } catch {
            throw AudienceError(code: .storeFailed, message: "the audience store \(path) failed: \(SQLiteDatabase.describe(error)); if another cliff process holds it for long, wait for it and try again")
        }
    }

    /// Runs `body` on the shared database, its failures as `AudienceError` (never with a password:
    /// the database describes its own errors).
    func shared<T: Sendable>(_ body: () async throws -> T) async throws(AudienceError) -> T {
        guard case .shared(let tables) = backend else { preconditionFailure("the shared database's code ran on a SQLite file") }
        do {
            return try await body()
        } catch let error as AudienceError {
            throw error
        } catch {
            // The database's own description names it (never with the password).
            throw AudienceError(code: .storeFailed, message: "the audience store: \(tables.database.describe(error))")
        }
    }

    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(AudienceError) -> T {
        do {
            return try await connections.read(body)
        } catch let error as AudienceError {
            throw error
        } catch {
            throw AudienceError(code: .storeFailed, message: "the audience store \(path) failed: \(SQLiteDatabase.describe(error)); if another cliff process holds it for long, wait for it and try again")
        }
    }
}
