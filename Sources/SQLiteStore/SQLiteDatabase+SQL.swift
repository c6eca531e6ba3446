import Foundation
import GRDB
package import Production
import Synchronization

/// A SQLite file as an `SQLDatabase`: the stores written once for both engines (the studio's
/// tables) run here through GRDB.
///
/// GRDB hands out a connection only inside a synchronous closure on its own dispatch queue,
/// while an `SQLSession`'s statements are awaited one by one. A transaction therefore holds
/// its GRDB closure open on that queue (a dispatch thread, never one of Swift's cooperative
/// threads) and serves the statements the session sends it until the body ends: commit when
/// it returns, rollback when it throws. As with GRDB itself, a transaction must not open
/// another on the same file.
extension SQLiteDatabase: SQLDatabase {
    package var dialect: SQLDialect { .sqlite }
    package var location: String { path }
    package var isReadOnly: Bool { access == .readOnly }

    package func migrate(_ schema: SQLSchema) async throws(SQLMigrationError) {
        var migrations = SQLiteMigrations(namespace: schema.namespace, store: schema.store, remedy: schema.remedy)
        for step in schema.steps {
            let statements = step.statements(.sqlite)
            migrations.add(String(step.identifier.dropFirst(schema.namespace.count + 1))) { db in
                for statement in statements { try db.execute(sql: statement) }
            }
        }
        do {
            try migrate(migrations)
        } catch {
            let code: SQLMigrationError.Code = switch error.code {
            case .openFailed: .unavailable
            case .newerVersion: .newerVersion
            case .migrationFailed: .migrationFailed
            }
            throw SQLMigrationError(code: code, message: error.message)
        }
    }

    package func write<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) async throws -> T) async throws -> T {
        guard access != .readOnly else {
            throw SQLiteOpenError(code: .openFailed, path: path, message: "\(path) was opened for reading only and cannot be written")
        }
        return try await transaction(writing: true, body)
    }

    package func read<T: Sendable>(_ body: @escaping @Sendable (any SQLSession) async throws -> T) async throws -> T {
        try await transaction(writing: false, body)
    }

    package func describe(_ error: any Error) -> String {
        if let error = error as? SQLiteOpenError { return error.message }
        return Self.describe(error)
    }

    private func transaction<T: Sendable>(writing: Bool, _ body: @escaping @Sendable (any SQLSession) async throws -> T) async throws -> T {
        let session = BridgedSession()
        let connections = connections
        let driver = Task {
            do {
                if writing {
                    try await connections.write { db in try session.serve(db) }
                } else {
                    try await connections.read { db in try session.serve(db) }
                }
                session.close(because: nil)
            } catch {
                session.close(because: error)
                throw error
            }
        }
        let result: T
        do {
            result = try await body(session)
        } catch {
            session.finish(commit: false)
            _ = try? await driver.value  // the rollback
            throw error
        }
        session.finish(commit: true)
        try await driver.value  // a failed commit is the transaction's failure
        return result
    }
}

/// The statements of one transaction, sent from the awaiting body to the GRDB closure that
/// holds the connection, and their rows sent back.
private final class BridgedSession: SQLSession, Sendable {
    private enum Command: Sendable {
        case run(sql: String, values: [SQLValue], reply: CheckedContinuation<[SQLRow], any Error>)
        case finish(commit: Bool)
    }

    private struct Mailbox {
        var commands: [Command] = []
        /// Set when the GRDB side has ended: later statements fail with this at once.
        var closed: (any Error)?
    }

    /// Thrown inside the GRDB closure to roll the transaction back.
    private struct RolledBack: Error {}

    /// The transaction ended before the statement could run.
    private struct TransactionEnded: Error, CustomStringConvertible {
        var description: String { "the transaction had ended" }
    }

    private let mailbox = Mutex(Mailbox())
    private let signal = DispatchSemaphore(value: 0)

    func rows(_ sql: String, _ values: [SQLValue]) async throws -> [SQLRow] {
        try await withCheckedThrowingContinuation { reply in
            let refused = mailbox.withLock { mailbox -> (any Error)? in
                if let closed = mailbox.closed { return closed }
                mailbox.commands.append(.run(sql: sql, values: values, reply: reply))
                return nil
            }
            if let refused {
                reply.resume(throwing: refused)
            } else {
                signal.signal()
            }
        }
    }

    func execute(_ sql: String, _ values: [SQLValue]) async throws {
        _ = try await rows(sql, values)
    }

    /// Ends the transaction: the GRDB closure returns (commit) or throws (rollback).
    func finish(commit: Bool) {
        let open = mailbox.withLock { mailbox -> Bool in
            guard mailbox.closed == nil else { return false }
            mailbox.commands.append(.finish(commit: commit))
            return true
        }
        if open { signal.signal() }
    }

    /// The GRDB side has ended (with `error`, or normally): statements still waiting, and any
    /// sent later, fail.
    func close(because error: (any Error)?) {
        let waiting = mailbox.withLock { mailbox -> [Command] in
            mailbox.closed = error ?? TransactionEnded()
            defer { mailbox.commands = [] }
            return mailbox.commands
        }
        for case .run(_, _, let reply) in waiting { reply.resume(throwing: error ?? TransactionEnded()) }
    }

    /// Runs on GRDB's queue with the transaction's connection: serves statements until told to
    /// finish.
    func serve(_ db: Database) throws {
        while true {
            signal.wait()
            guard let command = mailbox.withLock({ $0.commands.isEmpty ? nil : $0.commands.removeFirst() }) else { continue }
            switch command {
            case .run(let sql, let values, let reply):
                do {
                    reply.resume(returning: try Self.fetch(db, sql, values))
                } catch {
                    reply.resume(throwing: error)
                }
            case .finish(let commit):
                if commit { return }
                throw RolledBack()
            }
        }
    }

    private static func fetch(_ db: Database, _ sql: String, _ values: [SQLValue]) throws -> [SQLRow] {
        let statement = try db.cachedStatement(sql: sql)
        let arguments = StatementArguments(values.map { value -> DatabaseValue in
            switch value {
            case .integer(let value): value.databaseValue
            case .real(let value): value.databaseValue
            case .text(let value): value.databaseValue
            case .blob(let value): Data(value).databaseValue
            case .null: .null
            }
        })
        let columns = statement.columnNames
        return try Row.fetchAll(statement, arguments: arguments).map { row in
            SQLRow(columns: columns, values: row.databaseValues.map { value in
                switch value.storage {
                case .int64(let value): .integer(value)
                case .double(let value): .real(value)
                case .string(let value): .text(value)
                case .blob(let value): .blob([UInt8](value))
                case .null: .null
                }
            })
        }
    }
}
