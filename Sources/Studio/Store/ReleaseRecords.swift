public import Foundation
import Basics
import GRDB
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
    public static func publishedEpisodes(projectRoot: URL) throws(StudioError) -> Set<Int> {
        let project = ProjectLayout(root: projectRoot)
        let folderStudio = ProjectLayout(root: project.root.deletingLastPathComponent()).studioDatabase
        let file = FileManager.default.fileExists(atPath: folderStudio.path) ? folderStudio : project.database
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        do {
            // Read-only through the one opener: the file and its folder are left as they were.
            let database = try SQLiteDatabase(path: file.path, access: .readOnly)
            return try database.connections.read { db in
                guard try db.tableExists("studio_reviews") else { return [] }
                let rows = try Int.fetchAll(
                    db, sql: "SELECT DISTINCT episode FROM studio_reviews WHERE series = ? AND action = ?",
                    arguments: [project.seriesID, ReviewRecord.Action.publish.rawValue])
                return Set(rows)
            }
        } catch let error as SQLiteOpenError {
            throw StudioError(code: .storeFailed, message: "cannot read the studio's release records: \(error.message)")
        } catch {
            throw StudioError(
                code: .storeFailed,
                message: "cannot read the studio's release records in \(file.path): \(SQLiteDatabase.describe(error))")
        }
    }
}
