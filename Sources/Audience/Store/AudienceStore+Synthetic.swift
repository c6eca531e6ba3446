import GRDB
import SQLiteStore

extension AudienceStore {
    /// How many of `series`' viewers are synthetic (the simulator's `synthetic-…` ids), so
    /// reports can label simulated figures as such.
    public func syntheticViewers(series: String) async throws(AudienceError) -> Int {
        if case .shared(let tables) = backend { return try await shared { try await tables.syntheticViewers(series: series) } }
        do {
            return try await connections.read { db in
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(DISTINCT viewer) FROM audience_views WHERE series = ? AND viewer LIKE 'synthetic-%'",
                    arguments: [series]) ?? 0
            }
        } catch {
            throw AudienceError(code: .storeFailed, message: "cannot read the audience store \(path): \(SQLiteDatabase.describe(error))")
        }
    }
}
