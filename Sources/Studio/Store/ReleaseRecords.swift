public import Foundation
import Basics
package import Production
import SQLiteStore

/// What the studio has released, read without opening a studio: no accounts, no server, no
/// tables created. Commands that only need to know which episodes viewers have seen
/// (`cliff write --apply-insights` leaves them alone) read it here.
public enum ReleaseRecords {
    /// The episodes of the project at `projectRoot` that the studio has published at least
    /// once: from `studio.db` beside the project when a folder of projects is served, else the
    /// project's own `cliff.db`. Empty when neither has studio tables. The file is opened
    /// read-only and never changed.
    /// - Throws: `StudioError` `storeFailed` when the file exists but cannot be read.
    public static func publishedEpisodes(projectRoot: URL) async throws(StudioError) -> Set<Int> {
        let project = ProjectLayout(root: projectRoot)
        let folderStudio = ProjectLayout(root: project.root.deletingLastPathComponent()).studioDatabase
        let file = FileManager.default.fileExists(atPath: folderStudio.path) ? folderStudio : project.database
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        let database: SQLiteDatabase
        do {
            // Read-only through the one opener: the file and its folder are left as they were.
            database = try SQLiteDatabase(path: file.path, access: .readOnly)
        } catch {
            throw StudioError(code: .storeFailed, message: "cannot read the studio's release records: \(error.message)")
        }
        return try await publishedEpisodes(series: project.seriesID, in: database)
    }

    /// The episodes of series `id` the studio keeping its tables in `database` (a shared
    /// PostgreSQL database) has published at least once. Empty when it has no studio tables.
    /// - Throws: `StudioError` `storeFailed`.
    package static func publishedEpisodes(series id: String, in database: any SQLDatabase) async throws(StudioError) -> Set<Int> {
        do {
            return try await database.read { db in
                let probe = database.dialect == .sqlite
                    ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'studio_reviews'"
                    : "SELECT 1 WHERE to_regclass('studio_reviews') IS NOT NULL"
                guard try await db.row(probe) != nil else { return [] }
                return try await publishedEpisodes(series: id, db)
            }
        } catch {
            throw StudioError(
                code: .storeFailed, message: "cannot read the studio's release records in \(database.location): \(database.describe(error))")
        }
    }

    private static func publishedEpisodes(series id: String, _ db: any SQLSession) async throws -> Set<Int> {
        let rows = try await db.rows(
            "SELECT DISTINCT episode FROM studio_reviews WHERE series = ? AND action = ?",
            [.text(id), .text(ReviewRecord.Action.publish.rawValue)])
        return Set(rows.map { $0.int("episode") })
    }
}
