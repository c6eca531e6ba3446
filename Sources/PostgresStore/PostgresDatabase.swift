import Foundation
package import Logging
import PostgresNIO
package import Production

/// One PostgreSQL database opened by URL: its `PostgresClient` (a pool of connections), run
/// for as long as the database is open, and the named migrations of every store that keeps
/// tables in it.
///
/// This is the only place that connects to PostgreSQL. Opening checks the URL with one
/// connection first, so a wrong host, password or database name is a one-line message at
/// once rather than a pool retrying in the background. The client's `run()` is owned here:
/// it starts on open and ends with `shutdown()` (or when the database is released).
///
/// ```swift
/// let database = try await PostgresDatabase.open("postgres://cliff:secret@db.local/cliff", logger: logger)
/// try await database.migrate(PostgresJobStore.migrations)
/// // …
/// await database.shutdown()
/// ```
package final class PostgresDatabase: Sendable {
    /// The server and database (shown without the password).
    package let url: DatabaseURL
    let client: PostgresClient
    let logger: Logger
    /// The task running the client's background work (its connection pool).
    private let runner: Task<Void, Never>

    /// The advisory lock key that makes migrations of one database take turns (ASCII "cliffmig").
    private static let migrationLockKey: Int64 = 0x636C_6966_666D_6967

    /// How long a transaction whose connection closed may still answer before it is taken as
    /// lost (PostgresNIO fails the statements of a closing connection within milliseconds,
    /// when it does not lose them).
    static let lostAnswerSettle = Duration.seconds(10)

    /// The schema every connection works in (its `search_path`), nil: the user's default.
    package let schema: String?

    private init(url: DatabaseURL, schema: String?, logger: Logger) {
        self.url = url
        self.schema = schema
        self.logger = logger
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
            tls: Self.clientTLS(url.tls))
        if let schema { configuration.options.additionalStartupParameters = [("search_path", schema)] }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        // The client does nothing until it runs; the database owns that run so that callers
        // only open and shut down (a library's one unstructured task, ended by `shutdown()`).
        self.runner = Task { await client.run() }
    }

    deinit {
        runner.cancel()
    }

    /// Connects to the database at `url` (checking the server, the user, the password and the
    /// database with one connection), then starts the connection pool. With `schema`, every
    /// connection works in that schema (created when missing): one database holds the queues of
    /// many series, each in a schema of its own (``schemaName(series:)``).
    /// - Throws: `PostgresOpenError`: `.invalidURL`, `.unreachable`, `.authenticationFailed`,
    ///   `.missingDatabase` or `.queryFailed`; one line, never with the password.
    package static func open(_ url: String, schema: String? = nil, logger: Logger) async throws(PostgresOpenError) -> PostgresDatabase {
        try await open(try Self.parse(url), schema: schema, logger: logger)
    }

    /// ``open(_:schema:logger:)`` with the URL read already.
    package static func open(_ parsed: DatabaseURL, schema: String? = nil, logger: Logger) async throws(PostgresOpenError) -> PostgresDatabase {
        if let schema, !isIdentifier(schema) {
            throw PostgresOpenError(code: .invalidURL, message: "'\(schema)' is not a schema name cliff uses: lowercase letters, digits and _ (at most 63), starting with a letter")
        }
        // The pool starts first, so it runs by the time the check below is done and the first
        // query leases a connection.
        let database = PostgresDatabase(url: parsed, schema: schema, logger: logger)
        do {
            let connection = try await connect(parsed, logger: logger)
            // Closed whatever the statement does: a schema another process created at the same
            // moment fails it (23505), and a connection dropped unclosed is a leak.
            do {
                if let schema {
                    _ = try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger).collect()
                }
            } catch {
                try? await connection.close()
                throw error
            }
            try? await connection.close()
        } catch let error as PostgresOpenError {
            await database.shutdown()
            throw error
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" || error.serverInfo?[.sqlState] == "42P06" {
            // The schema was created meanwhile by another process.
        } catch {
            await database.shutdown()
            throw PostgresOpenError(code: .queryFailed, message: "cannot create schema \(schema ?? "") in \(parsed): \(describe(error, url: parsed)); check that user '\(parsed.user)' may create schemas in the database (GRANT CREATE ON DATABASE)")
        }
        return database
    }

    /// The schema of series `series` in a shared database: `cliff_` and its id, with every
    /// character other than a lowercase letter or digit as `_` (at most 63 characters; a long
    /// id is cut and ends with a hash of the whole, so two ids never share a schema).
    package static func schemaName(series: String) -> String {
        let cleaned = String(series.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        let name = "cliff_" + cleaned
        guard name.utf8.count > 63 else { return name }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in series.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(name.prefix(46)) + "_" + String(hash, radix: 16)
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLowercase, text.utf8.count <= 63 else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
    }

    /// `text` read as a database URL (``DatabaseURL``, the one parser).
    /// - Throws: `PostgresOpenError` `.invalidURL` with the parser's sentence (never the password).
    static func parse(_ text: String) throws(PostgresOpenError) -> DatabaseURL {
        switch DatabaseURL.parse(text) {
        case .success(let url): return url
        case .failure(let problem): throw PostgresOpenError(code: .invalidURL, message: "the database URL: \(problem.message)")
        }
    }

    /// Ends the connection pool: queries after this fail. Waits until every connection is closed.
    package func shutdown() async {
        runner.cancel()
        await runner.value
    }

    /// Creates database `name` on the server of `url` (connecting to the URL's own database),
    /// unless it exists already. For tests and for setting up a shared queue.
    /// - Throws: `PostgresOpenError` as `open(_:logger:)` does; `.queryFailed` when the user
    ///   may not create databases.
    package static func createDatabase(named name: String, on url: String, logger: Logger) async throws(PostgresOpenError) {
        let parsed = try Self.parse(url)
        guard !name.isEmpty, name.utf8.count < 64, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
            throw PostgresOpenError(code: .invalidURL, message: "'\(name)' is not a database name cliff creates: use lowercase letters, digits and _ (at most 63)")
        }
        let connection = try await connect(parsed, logger: logger)
        var failure: PostgresOpenError?
        do {
            let found = try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT 1 FROM pg_database WHERE datname = $1", binds: bindings([.text(name)])), logger: logger
            ).collect()
            if found.isEmpty {
                _ = try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger).collect()
            }
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42P04" {
            // Created meanwhile by another process.
        } catch {
            failure = PostgresOpenError(
                code: .queryFailed,
                message: "cannot create database '\(name)' on PostgreSQL at \(parsed.host):\(parsed.port): \(describe(error, url: parsed)); check that user '\(parsed.user)' may create databases (CREATEDB)")
        }
        try? await connection.close()
        if let failure { throw failure }
    }

    // MARK: Migrations

    /// Applies the migrations of `migrations` this database has not had yet, after checking
    /// that it holds no migration of that namespace this build does not know.
    ///
    /// A database whose migrations are all applied is only read. Migrations of one database
    /// take turns (an advisory lock), so two processes opening a new database both succeed.
    /// - Throws: `PostgresOpenError`: `.newerVersion` (the database is left as it was),
    ///   `.migrationFailed`.
    package func migrate(_ migrations: PostgresMigrations) async throws(PostgresOpenError) {
        let table = PostgresMigrations.table
        let applied: Set<String>
        do {
            applied = try await transaction("read the migrations of") { tx in
                guard try await tx.value("SELECT to_regclass(?) IS NOT NULL", [.text(table)], as: Bool.self) == true else { return [] }
                return Set(try await tx.rows("SELECT identifier FROM \(table)").map { try $0[0].decode(String.self) })
            }
        } catch {
            throw failure(migrations, error)
        }
        let unknown = migrations.unknown(in: applied)
        if !unknown.isEmpty { throw newer(migrations, unknown: unknown) }
        if migrations.identifiers.allSatisfy(applied.contains) { return }
        do {
            try await transaction("migrate") { [self] tx in
                try await tx.execute("SELECT pg_advisory_xact_lock(\(Self.migrationLockKey))")
                try await tx.execute("CREATE TABLE IF NOT EXISTS \(table) (identifier TEXT PRIMARY KEY, applied_at DOUBLE PRECISION NOT NULL)")
                let applied = Set(try await tx.rows("SELECT identifier FROM \(table)").map { try $0[0].decode(String.self) })
                let unknown = migrations.unknown(in: applied)
                if !unknown.isEmpty { throw newer(migrations, unknown: unknown) }
                for step in migrations.steps where !applied.contains(step.identifier) {
                    for statement in step.statements { try await tx.execute(statement) }
                    try await tx.execute(
                        "INSERT INTO \(table) (identifier, applied_at) VALUES (?, ?)",
                        [.text(step.identifier), .real(Date().timeIntervalSince1970)])
                }
            }
        } catch let error as PostgresOpenError where error.code == .newerVersion {
            throw error
        } catch {
            throw failure(migrations, error)
        }
    }

    private func newer(_ migrations: PostgresMigrations, unknown: [String]) -> PostgresOpenError {
        let names = unknown.map { "'\($0)'" }.joined(separator: ", ")
        let what = unknown.count == 1 ? "migration \(names) is" : "migrations \(names) are"
        return PostgresOpenError(
            code: .newerVersion,
            message: """
                \(url): \(migrations.store) was written by a newer version of cliff: \(what) unknown to this build \
                (it knows \(migrations.identifiers.joined(separator: ", "))). Upgrade cliff to the version that wrote it, \
                or \(migrations.remedy). The database was left unchanged.
                """)
    }

    private func failure(_ migrations: PostgresMigrations, _ error: any Error) -> PostgresOpenError {
        let said = (error as? PostgresOpenError)?.message ?? Self.describe(error, url: url)
        return PostgresOpenError(
            code: .migrationFailed,
            message: "cannot bring \(migrations.store) in \(url) to this build's schema: \(said); \(migrations.remedy)")
    }

    // MARK: Transactions

    /// Runs `body` in one transaction, retried (up to 5 times) when PostgreSQL aborts it for a
    /// deadlock or a serialization failure.
    ///
    /// The transaction runs in a task of its own, so that a caller being cancelled (a run
    /// stopping on Ctrl-C) still records what it must: leases given back, failures, results.
    ///
    /// A transaction whose connection closes (a server restarting) and that has had no answer
    /// ``lostAnswerSettle`` later ends with `.queryFailed`: PostgresNIO can lose a statement
    /// written to a connection as it closes, and its caller would otherwise wait for ever
    /// (a worker's claim that never returned kept its run from ending). Whether that
    /// transaction took effect is then unknown, as with any answer lost to a network failure.
    /// - Throws: what `body` throws when it is a `PostgresOpenError` or a `ProductionError`;
    ///   anything else as `PostgresOpenError` (`.queryFailed`) saying it could not `doing` the
    ///   database.
    func transaction<T: Sendable>(
        _ doing: String, _ body: @escaping @Sendable (PostgresTransaction) async throws -> T
    ) async throws -> T {
        let client = client, logger = logger, url = url
        let answer = TransactionAnswer<T>(settle: Self.lostAnswerSettle)
        let task = Task { () throws -> T in
            var attempt = 0
            while true {
                do {
                    return try await client.withConnection { connection in
                        answer.watch(connection)
                        return try await connection.withTransaction(logger: logger) { connection in
                            try await body(PostgresTransaction(connection: connection, logger: logger))
                        }
                    }
                } catch let error as PostgresTransactionError {
                    let cause = error.closureError ?? error.commitError ?? error.beginError ?? error
                    if let psql = cause as? PSQLError, let state = psql.serverInfo?[.sqlState], ["40P01", "40001"].contains(state), attempt < 5 {
                        attempt += 1
                        continue
                    }
                    throw cause
                }
            }
        }
        do {
            return try await answer.value(of: task)
        } catch let error as PostgresOpenError {
            throw error
        } catch let error as ProductionError {
            throw error  // a store's own refusal, as it is
        } catch {
            throw PostgresOpenError(
                code: .queryFailed,
                message: "cannot \(doing) the database \(url): \(Self.describe(error, url: url)). Check that the server runs and the database is reachable from this machine.")
        }
    }

    // MARK: Connecting

    /// One connection to `url`, for checking it (and for creating databases).
    private static func connect(_ url: DatabaseURL, logger: Logger) async throws(PostgresOpenError) -> PostgresConnection {
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch url.tls {
            case .disable: tls = .disable
            case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
        } catch {
            throw PostgresOpenError(code: .invalidURL, message: "cannot set up TLS for \(url): \(url.masking("\(error)")); try sslmode=disable on a trusted network")
        }
        let configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls)
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        } catch {
            throw connectionFailure(error, url: url)
        }
    }

    private static func clientTLS(_ mode: DatabaseURL.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }

    /// What went wrong connecting to `url`, in one line that says how to fix it.
    static func connectionFailure(_ error: any Error, url: DatabaseURL) -> PostgresOpenError {
        let server = "PostgreSQL at \(url.host):\(url.port)"
        let fromURL = "in the database URL (\(url))"
        guard let psql = error as? PSQLError else {
            return PostgresOpenError(code: .unreachable, message: "cannot connect to \(server): \(describe(error, url: url)). Check the host and port \(fromURL).")
        }
        switch psql.code {
        case .server:
            let state = psql.serverInfo?[.sqlState] ?? ""
            let said = describe(psql, url: url)
            switch state {
            case "28P01", "28000":
                return PostgresOpenError(
                    code: .authenticationFailed,
                    message: "\(server) refused user '\(url.user)': \(said). Check the user and password \(fromURL).")
            case "3D000":
                return PostgresOpenError(
                    code: .missingDatabase,
                    message: "database '\(url.database)' does not exist on \(server). Create it (createdb -h \(url.host) -p \(url.port) -U \(url.user) \(url.database)) or fix the database name \(fromURL).")
            default:
                return PostgresOpenError(code: .unreachable, message: "\(server) refused the connection: \(said). Check the URL (\(url)) and the server's settings.")
            }
        case .authMechanismRequiresPassword:
            return PostgresOpenError(
                code: .authenticationFailed,
                message: "\(server) asks user '\(url.user)' for a password and the database URL (\(url)) has none. Add it: postgres://user:password@host:port/dbname.")
        case .sslUnsupported:
            return PostgresOpenError(
                code: .unreachable,
                message: "\(server) does not offer TLS and the database URL (\(url)) requires it (sslmode=require). Use sslmode=prefer or disable on a trusted network, or turn on TLS in the server.")
        default:
            return PostgresOpenError(
                code: .unreachable,
                message: "cannot reach \(server): \(describe(psql, url: url)). Check the host and port \(fromURL) and that the server runs and accepts TCP connections.")
        }
    }

    /// A driver error as one line of text for a message: the server's own words and SQLSTATE,
    /// or the network's; never the password.
    static func describe(_ error: any Error, url: DatabaseURL) -> String {
        var text: String
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                text = message + (error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
            } else if let underlying = error.underlying {
                text = describe(underlying, url: url)
            } else {
                text = "\(error.code)"
            }
        } else if let error = error as? IOError {
            text = String(cString: strerror(error.errnoCode))
        } else if let error = error as? NIOConnectionError {
            if let first = error.connectionErrors.first {
                text = describe(first.error, url: url)
            } else if error.dnsAError != nil || error.dnsAAAAError != nil {
                text = "the host name \(url.host) does not resolve"
            } else {
                text = "no address to connect to"
            }
        } else if let error = error as? ChannelError, case .connectTimeout(let after) = error {
            text = "no answer within \(after.nanoseconds / 1_000_000_000) s"
        } else {
            text = "\(error)"
        }
        text = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return url.masking(text)
    }
}

/// One transaction's connection: runs the queue's `?`-placeholder SQL with bound values.
/// Only valid inside the `transaction` closure that received it.
struct PostgresTransaction: Sendable {
    let connection: PostgresConnection
    let logger: Logger

    /// The rows of `sql`.
    func rows(_ sql: String, _ values: [SQLValue] = []) async throws -> [PostgresRandomAccessRow] {
        let query = PostgresQuery(unsafeSQL: SQLDialect.postgres.bind(sql), binds: bindings(values))
        return try await connection.query(query, logger: logger).collect().map { $0.makeRandomAccess() }
    }

    /// Runs `sql` for its effect.
    func execute(_ sql: String, _ values: [SQLValue] = []) async throws {
        _ = try await rows(sql, values)
    }

    /// The first column of the first row of `sql`, or nil when there is no row (or it is NULL).
    func value<T: PostgresDecodable>(_ sql: String, _ values: [SQLValue] = [], as type: T.Type) async throws -> T? {
        guard let row = try await rows(sql, values).first, row[0].bytes != nil else { return nil }
        return try row[0].decode(T.self)
    }
}

/// `values` as PostgreSQL bindings.
func bindings(_ values: [SQLValue]) -> PostgresBindings {
    var bindings = PostgresBindings(capacity: values.count)
    for value in values {
        switch value {
        case .integer(let value): bindings.append(value)
        case .real(let value): bindings.append(value)
        case .text(let value): bindings.append(value)
        case .blob(let value): bindings.append(ByteBuffer(bytes: value))
        case .null: bindings.appendNull()
        }
    }
    return bindings
}
