public import Foundation

/// A database the project's stores keep tables in, whichever engine holds it: a SQLite file
/// (`SQLiteStore`) or a PostgreSQL database (`PostgresStore`).
///
/// Stores that are not hot paths — the studio's accounts, reviews and calendars — are written
/// once against this protocol: `?`-placeholder SQL, run in transactions on an `SQLSession`,
/// with the few differences between the two engines kept in each store's schema (one place per
/// store, chosen by `dialect`). The engines' own modules conform their database types.
///
/// ```swift
/// try await database.migrate(StudioDatabase.schema)
/// let names = try await database.read { session in
///     try await session.rows("SELECT name FROM studio_users ORDER BY name").map { $0.string("name") }
/// }
/// ```
package protocol SQLDatabase: Sendable {
    /// Which engine: what schemas and the rare engine-specific statement are chosen by.
    var dialect: SQLDialect { get }
    /// Where the database is, for messages: a file path, or a URL without its password.
    var location: String { get }
    /// Whether the database was opened for reading only (writes are refused).
    var isReadOnly: Bool { get }

    /// Applies `schema`'s migrations this database lacks (each once, in order, in one
    /// transaction each). A database holding a migration of the schema's namespace this build
    /// does not know is left as it is.
    /// - Throws: `SQLMigrationError`.
    func migrate(_ schema: SQLSchema) async throws(SQLMigrationError)

    /// Runs `body` in a write transaction: committed when it returns, rolled back when it throws.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) async throws -> T) async throws -> T

    /// Runs `body` in a read transaction (one consistent view of the database).
    func read<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) async throws -> T) async throws -> T

    /// A driver's error as one phrase for a message (the engine's own wording, never SQL
    /// values or a password).
    func describe(_ error: any Error) -> String
}

/// One transaction's statements. Only valid inside the `read` or `write` closure that received it.
package protocol SQLSession: Sendable {
    /// The rows of `sql` (`?` placeholders, bound to `values` in order).
    func rows(_ sql: String, _ values: [SQLValue]) async throws -> [SQLRow]
    /// Runs `sql` for its effect.
    func execute(_ sql: String, _ values: [SQLValue]) async throws
    /// Calls `body` with each row of `sql` in turn, as the engine delivers them: a long result
    /// is read with bounded memory where the engine streams rows (PostgreSQL); the default
    /// reads them all first.
    func forEachRow(_ sql: String, _ values: [SQLValue], _ body: (SQLRow) throws -> Void) async throws
}

extension SQLSession {
    package func forEachRow(_ sql: String, _ values: [SQLValue], _ body: (SQLRow) throws -> Void) async throws {
        for row in try await rows(sql, values) { try body(row) }
    }
    /// The rows of `sql`, which binds nothing.
    package func rows(_ sql: String) async throws -> [SQLRow] { try await rows(sql, []) }
    /// Runs `sql`, which binds nothing.
    package func execute(_ sql: String) async throws { try await execute(sql, []) }
    /// The first row of `sql`, if any.
    package func row(_ sql: String, _ values: [SQLValue] = []) async throws -> SQLRow? { try await rows(sql, values).first }
    /// The first column of the first row of `sql`; `.null` when there is no row.
    package func value(_ sql: String, _ values: [SQLValue] = []) async throws -> SQLValue {
        try await rows(sql, values).first?.values.first ?? .null
    }
}

/// A value bound to a placeholder or read from a column.
package enum SQLValue: Sendable, Hashable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
    case null

    /// An integer, or NULL.
    package static func int(_ value: Int?) -> SQLValue { value.map { .integer(Int64($0)) } ?? .null }
    /// A text, or NULL.
    package static func string(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
    /// A number with a fraction, or NULL.
    package static func double(_ value: Double?) -> SQLValue { value.map { .real($0) } ?? .null }
    /// Seconds since 1970, as every store keeps times.
    package static func time(_ date: Date) -> SQLValue { .real(date.timeIntervalSince1970) }

    /// The value as a whole number (a real is truncated; text and NULL are nil).
    package var int64: Int64? {
        switch self {
        case .integer(let value): value
        case .real(let value): Int64(exactly: value.rounded(.towardZero))
        default: nil
        }
    }
    /// The value as an `Int`.
    package var int: Int? { int64.map { Int($0) } }
    /// The value as a number with a fraction.
    package var double: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }
    /// The value as text (only a text is).
    package var string: String? {
        if case .text(let value) = self { return value }
        return nil
    }
    /// The value's bytes (only a blob has them).
    package var bytes: [UInt8]? {
        if case .blob(let value) = self { return value }
        return nil
    }
    /// Whether the value is NULL.
    package var isNull: Bool { self == .null }
}

/// One row of a result: its values in column order, found by column name.
package struct SQLRow: Sendable, Hashable {
    /// The column names, in order.
    package var columns: [String]
    /// The values, in column order.
    package var values: [SQLValue]

    package init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of column `name`; `.null` when the row has no such column.
    package subscript(_ name: String) -> SQLValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }

    /// The value at `index`.
    package subscript(_ index: Int) -> SQLValue { values[index] }

    /// Column `name` as text; empty when NULL (for columns declared NOT NULL).
    package func string(_ name: String) -> String { self[name].string ?? "" }
    /// Column `name` as a whole number; 0 when NULL (for columns declared NOT NULL).
    package func int(_ name: String) -> Int { self[name].int ?? 0 }
    /// Column `name` as a number with a fraction; 0 when NULL (for columns declared NOT NULL).
    package func double(_ name: String) -> Double { self[name].double ?? 0 }
}

/// A store's migrations for every engine: named steps, each a list of statements written for
/// the dialect it is applied to.
///
/// Identifiers are `namespace.name` (`studio.v1-tables`); a store looks only at its own
/// namespace, so stores sharing a database never refuse each other. Never rename or edit a
/// migration that has shipped: add a new one.
package struct SQLSchema: Sendable {
    /// One migration: its identifier and its statements in a dialect.
    package struct Step: Sendable {
        /// `namespace.name`.
        package var identifier: String
        /// The statements, in order, written for `dialect`.
        package var statements: @Sendable (SQLDialect) -> [String]
    }

    /// The prefix of this store's migration identifiers (`studio`).
    package let namespace: String
    /// What the store is called in messages ("the studio's tables").
    package let store: String
    /// How to fix a database this build cannot use, besides upgrading cliff.
    package let remedy: String
    /// The migrations, in the order they apply.
    package private(set) var steps: [Step] = []

    /// A store's migrations, none yet.
    package init(namespace: String, store: String, remedy: String) {
        self.namespace = namespace
        self.store = store
        self.remedy = remedy
    }

    /// Adds migration `name` (identifier `namespace.name`), whose statements `statements`
    /// writes for a dialect; it runs in one transaction.
    package mutating func add(_ name: String, _ statements: @escaping @Sendable (SQLDialect) -> [String]) {
        let identifier = "\(namespace).\(name)"
        precondition(!steps.contains { $0.identifier == identifier }, "migration \(identifier) is added twice")
        steps.append(Step(identifier: identifier, statements: statements))
    }

    /// Every identifier, in order.
    package var identifiers: [String] { steps.map(\.identifier) }
}

/// Why a store's tables could not be brought to this build's schema.
package struct SQLMigrationError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: Sendable, Hashable {
        /// The database cannot be reached or opened.
        case unavailable
        /// The database holds migrations of the store's namespace this build does not know.
        case newerVersion
        /// A migration failed; it was rolled back.
        case migrationFailed
    }

    /// What went wrong.
    package var code: Code
    /// For people: what, where, how to fix.
    package var message: String

    package init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }
}
