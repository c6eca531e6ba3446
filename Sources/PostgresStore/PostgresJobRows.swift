package import Foundation
package import Logging
import Production
import PostgresNIO

/// The rows of a series' `jobs` table in a shared database, as they are: for checks that look
/// past the store's contract (tests, diagnostics) — which worker holds a job, how many tries it
/// took.
package struct PostgresJobRow: Sendable, Hashable {
    /// The job's node key (hex).
    package var nodeKey: String
    /// `pending`, `running`, `done`, `failed`, `cancelled`…
    package var state: String
    /// Tries so far.
    package var attempts: Int
    /// The worker holding its lease (`host:pid:start`), nil when none does.
    package var leaseOwner: String?
    /// When that lease expires.
    package var leaseExpires: Date?

    /// Every job row of series `series` in the database at `url`.
    /// - Throws: `ProductionError` (`storeFailed`).
    package static func all(url: String, series: String, logger: Logger = Logger(label: "cliff.database")) async throws -> [PostgresJobRow] {
        let database: PostgresDatabase
        do {
            database = try await PostgresDatabase.open(url, schema: PostgresDatabase.schemaName(series: series), logger: logger)
        } catch {
            throw ProductionError(code: .storeFailed, message: error.message, underlying: error)
        }
        do {
            let rows = try await database.transaction("read the jobs of") { tx in
                try await tx.rows("SELECT node_key, state, attempts, lease_owner, lease_expires FROM jobs ORDER BY id").map { row in
                    PostgresJobRow(
                        nodeKey: try row[0].decode(String.self), state: try row[1].decode(String.self),
                        attempts: try row[2].decode(Int.self), leaseOwner: try row[3].decode(String?.self),
                        leaseExpires: try row[4].decode(Double?.self).map(Date.init(timeIntervalSince1970:)))
                }
            }
            await database.shutdown()
            return rows
        } catch {
            await database.shutdown()
            throw ProductionError(code: .storeFailed, message: "\(error)", underlying: error)
        }
    }
}
