import Foundation
import Production
import SQLiteStore
import Synchronization

/// The production queue of every series the studio serves, each opened once: one pool per
/// `cliff.db` per process, shared by every request.
///
/// When the studio serves a single project, its `cliff.db` also holds the studio's tables, so
/// that project's job store uses the studio database's pool.
final class JobStores: Sendable {
    /// Stores by database path. Guarded by the mutex: a project added to a folder of projects
    /// after start-up gets its store on first use, and keeps it.
    private let stores: Mutex<[String: SQLiteJobStore]>
    /// The studio database's file, reused for a project whose `cliff.db` it is.
    private let shared: SQLiteDatabase

    /// Opens the job store of every project in `projects`.
    /// - Throws: `StudioError` `storeFailed` naming the file that cannot be opened.
    init(projects: [ProductionProject], sharing shared: SQLiteDatabase) throws(StudioError) {
        self.shared = shared
        self.stores = Mutex([:])
        for project in projects { _ = try store(for: project) }
    }

    /// The job store of `project`, opened once.
    /// - Throws: `StudioError` `storeFailed`.
    func store(for project: ProductionProject) throws(StudioError) -> SQLiteJobStore {
        try store(database: project.databaseURL)
    }

    /// The job store in the `cliff.db` at `database`, opened once (created when missing): a
    /// series' ledger read without loading its project.
    /// - Throws: `StudioError` `storeFailed`.
    func store(database: URL) throws(StudioError) -> SQLiteJobStore {
        let path = database.standardizedFileURL.path
        let result = stores.withLock { stores -> Result<SQLiteJobStore, StudioError> in
            if let store = stores[path] { return .success(store) }
            do throws(ProductionError) {
                let store: SQLiteJobStore
                if URL(fileURLWithPath: shared.path).standardizedFileURL.path == path {
                    store = try SQLiteJobStore(database: shared)
                } else {
                    store = try SQLiteJobStore(path: path)
                }
                stores[path] = store
                return .success(store)
            } catch {
                return .failure(StudioError(code: .storeFailed, message: error.message))
            }
        }
        return try result.get()
    }
}
