import Basics
import Foundation
import Production
import SQLiteStore
import Synchronization

/// The production queue of every series the studio serves, each opened once per process and
/// shared by every request.
///
/// Where a series' queue is comes from the opener the studio is given: by default the
/// `cliff.db` in the series' folder (when the studio serves a single project, that file also
/// holds the studio's tables, and the project's store shares their pool); with
/// `cliff serve --database`, the series' schema in the shared PostgreSQL database.
final class JobStores: Sendable {
    /// Opens the job store of the series in a folder (called once per folder).
    package typealias Opener = @Sendable (ProjectLayout) async throws -> any JobStore

    /// Stores by series folder. Guarded by the mutex: a project added to a folder of projects
    /// after start-up gets its store on first use, and keeps it.
    private let stores = Mutex<[String: any JobStore]>([:])
    private let open: Opener
    private let exists: @Sendable (ProjectLayout) -> Bool

    init(opener: @escaping Opener, exists: @escaping @Sendable (ProjectLayout) -> Bool) {
        self.open = opener
        self.exists = exists
    }

    /// The job store of the series in folder `layout` when it has one; nil for a series never
    /// produced (nothing is created).
    /// - Throws: `StudioError` `storeFailed`.
    func existingStore(layout: ProjectLayout) async throws(StudioError) -> (any JobStore)? {
        guard exists(layout) else { return nil }
        return try await store(layout: layout)
    }

    /// Each project's `cliff.db`; `shared`'s pool for the project whose file it is.
    static func sqlite(sharing shared: SQLiteDatabase) -> Opener {
        { layout in
            let path = layout.database.standardizedFileURL.path
            if URL(fileURLWithPath: shared.path).standardizedFileURL.path == path {
                return try SQLiteJobStore(database: shared)
            }
            return try SQLiteJobStore(path: path)
        }
    }

    /// The job store of `project`, opened once.
    /// - Throws: `StudioError` `storeFailed`.
    func store(for project: ProductionProject) async throws(StudioError) -> any JobStore {
        try await store(layout: ProjectLayout(root: project.root))
    }

    /// The job store of the series in folder `layout` (created when missing): a series'
    /// ledger read without loading its project.
    /// - Throws: `StudioError` `storeFailed`.
    func store(layout: ProjectLayout) async throws(StudioError) -> any JobStore {
        let key = layout.root.standardizedFileURL.path
        if let store = stores.withLock({ $0[key] }) { return store }
        let opened: any JobStore
        do {
            opened = try await open(layout)
        } catch let error as any ExplainedError {
            throw StudioError(code: .storeFailed, message: error.message)
        } catch {
            throw StudioError(code: .storeFailed, message: "the production store of \(layout.seriesID) cannot be opened: \(error)")
        }
        // Two first uses at once: the first stored is kept, so every request shares one.
        return stores.withLock { stores in
            if let store = stores[key] { return store }
            stores[key] = opened
            return opened
        }
    }
}
