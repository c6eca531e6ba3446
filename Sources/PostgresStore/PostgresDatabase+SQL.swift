import Foundation
import PostgresNIO
package import Production

/// A PostgreSQL database as an `SQLDatabase`: the stores written once for both engines (the
/// studio's tables) run here, in the schema the database was opened in.
extension PostgresDatabase: SQLDatabase {
    package var dialect: SQLDialect { .postgres }
    package var location: String { schema.map { "\(url) (schema \($0))" } ?? url.description }
    package var isReadOnly: Bool { false }

    package func migrate(_ schema: SQLSchema) async throws(SQLMigrationError) {
        var migrations = PostgresMigrations(namespace: schema.namespace, store: schema.store, remedy: schema.remedy)
        for step in schema.steps {
            migrations.add(String(step.identifier.dropFirst(schema.namespace.count + 1)), statements: step.statements(.postgres))
        }
        do {
            try await migrate(migrations)
        } catch {
            let code: SQLMigrationError.Code = switch error.code {
            case .newerVersion: .newerVersion
            case .migrationFailed: .migrationFailed
            default: .unavailable
            }
            throw SQLMigrationError(code: code, message: error.message)
        }
    }

    package func write<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) async throws -> T) async throws -> T {
        try await transaction("write to") { tx in try await body(PostgresSession(transaction: tx)) }
    }

    package func read<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) async throws -> T) async throws -> T {
        try await transaction("read") { tx in try await body(PostgresSession(transaction: tx)) }
    }

    package func describe(_ error: any Error) -> String {
        if let error = error as? PostgresOpenError { return error.message }
        return Self.describe(error, url: url)
    }
}

/// A transaction's statements with their rows as `SQLRow`s.
struct PostgresSession: SQLSession {
    let transaction: PostgresTransaction

    func rows(_ sql: String, _ values: [SQLValue]) async throws -> [SQLRow] {
        try await transaction.rows(sql, values).map(Self.row)
    }

    func execute(_ sql: String, _ values: [SQLValue]) async throws {
        try await transaction.execute(sql, values)
    }

    /// The rows as they arrive from the server, none kept (a metrics pass over a series' views).
    func forEachRow(_ sql: String, _ values: [SQLValue], _ body: (SQLRow) throws -> Void) async throws {
        let query = PostgresQuery(unsafeSQL: SQLDialect.postgres.bind(sql), binds: bindings(values))
        for try await row in try await transaction.connection.query(query, logger: transaction.logger) {
            try body(try Self.row(row.makeRandomAccess()))
        }
    }

    /// A row's cells as values, by their column types: whole numbers, numbers with a
    /// fraction, text, bytes, booleans (as 0 and 1), NULL.
    static func row(_ row: PostgresRandomAccessRow) throws -> SQLRow {
        var columns: [String] = []
        var values: [SQLValue] = []
        columns.reserveCapacity(row.count)
        values.reserveCapacity(row.count)
        for cell in row {
            columns.append(cell.columnName)
            guard cell.bytes != nil else {
                values.append(.null)
                continue
            }
            switch cell.dataType {
            case .int2, .int4, .int8, .oid: values.append(.integer(try cell.decode(Int64.self)))
            case .float4, .float8: values.append(.real(try cell.decode(Double.self)))
            case .numeric: values.append(.real(NSDecimalNumber(decimal: try cell.decode(Decimal.self)).doubleValue))
            case .bool: values.append(.integer(try cell.decode(Bool.self) ? 1 : 0))
            case .bytea: values.append(.blob([UInt8](try cell.decode(Data.self))))
            default: values.append(.text(try cell.decode(String.self)))
            }
        }
        return SQLRow(columns: columns, values: values)
    }
}
