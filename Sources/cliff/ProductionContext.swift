import Basics
import DramaModel
import Foundation
import Governance
import Logging
import ModelServices
import PostgresStore
import Production
import SQLiteStore
import StoryEngine

/// A project opened for production commands: the project and its database.
struct ProductionContext {
    let project: ProductionProject
    let store: any JobStore
    /// The model services `cliff.yaml` configures (nil: built-in generators only).
    var services: ServiceHub? = nil

    /// Opens the project at `directory`; with `create: false`, fails when it has no database
    /// yet. With `readOnly` (a command that only reads) an existing database is opened
    /// read-only and left byte for byte as it was, and a project without one is read against
    /// an empty database in memory, so that the project folder is not touched.
    ///
    /// The queue is in a shared PostgreSQL database instead when one is given: `database`
    /// (`--database`), else `CLIFF_DATABASE_URL`, else `database:` in `cliff.yaml` — the series'
    /// own schema in it, so many series share one database and its workers. Opening a series in
    /// a shared database registers it there (``register(_:in:closingOnFailure:)``) unless
    /// `register` is false.
    static func open(_ directory: String, database: String? = nil, create: Bool = true, readOnly: Bool = false, register: Bool = true) async throws -> ProductionContext {
        let (project, hub) = try services(directory)
        return try await open(project, services: hub, database: database, create: create, readOnly: readOnly, register: register)
    }

    /// ``open(_:database:create:readOnly:)`` for a project opened already (with its services).
    static func open(
        _ project: ProductionProject, services hub: ServiceHub?, database: String? = nil, create: Bool = true, readOnly: Bool = false,
        register: Bool = true
    ) async throws -> ProductionContext {
        if let url = try sharedDatabase(flag: database, configured: project.settings.database) {
            do {
                let store = try await PostgresJobStore.open(database: url, series: ProjectLayout(root: project.root).seriesID, logger: Logger(label: "cliff.database"))
                if register { try await Self.register(project, in: url, closingOnFailure: store) }
                return ProductionContext(project: project, store: store, services: hub)
            } catch {
                // A database that cannot be used is the user's to fix: one line, exit 1 (its
                // messages never hold the password).
                throw CLIError(message: url.masking(error.message))
            }
        }
        let exists = FileManager.default.fileExists(atPath: project.databaseURL.path)
        if !create, !exists {
            let path = project.files.displayPath(project.root)
            throw CLIError(message: "nothing has been produced in \(path) yet (there is no \(project.files.displayPath(project.databaseURL))). Start with: cliff produce \(path)")
        }
        let store = readOnly && !exists ? try SQLiteJobStore.inMemory() : try SQLiteJobStore(path: project.databaseURL.path, readOnly: readOnly)
        return ProductionContext(project: project, store: store, services: hub)
    }

    /// The shared database a command uses: `--database` (`flag`), else `CLIFF_DATABASE_URL`,
    /// else `database:` in `cliff.yaml` (`configured`); nil: the project's own SQLite file.
    /// - Throws: `CLIError` for a URL that cannot be read (never with its password).
    static func sharedDatabase(flag: String?, configured: DatabaseURL?) throws -> DatabaseURL? {
        switch DatabaseURL.resolve(flag: flag, environment: ProcessInfo.processInfo.environment, configured: configured) {
        case .failure(let problem): throw CLIError(message: problem.message)
        case .success(let url): return url
        }
    }

    /// The job store of the series in `folder` when it has one — in the shared database when
    /// one is configured for it (`CLIFF_DATABASE_URL`, its `cliff.yaml`), else its `cliff.db`
    /// opened read-only — or nil for a series never produced. A slate's spend is read this way.
    static func existingStore(folder: URL) async throws -> (any JobStore)? {
        let layout = ProjectLayout(root: folder)
        let configured = (try? ProductionProject.open(folder))?.settings.database
        if let url = try sharedDatabase(flag: nil, configured: configured) {
            do {
                return try await PostgresJobStore.open(database: url, series: layout.seriesID, logger: Logger(label: "cliff.database"))
            } catch {
                throw CLIError(message: url.masking(error.message))
            }
        }
        guard FileManager.default.fileExists(atPath: layout.database.path) else { return nil }
        return try SQLiteJobStore(path: layout.database.path, readOnly: true)
    }

    /// Records `project` in the registry of series of the database at `url` (its id and its
    /// folder's absolute path), so that `cliff worker` without a project serves it.
    /// - Throws: `ProductionError` (`storeFailed`) when the registry cannot be written.
    /// On failure `store` is shut down first.
    static func register(_ project: ProductionProject, in url: DatabaseURL, closingOnFailure store: PostgresJobStore) async throws(ProductionError) {
        let registry: PostgresSeriesRegistry
        do {
            registry = try await PostgresSeriesRegistry.open(database: url, logger: Logger(label: "cliff.database"))
        } catch {
            await store.shutdown()
            throw error
        }
        do {
            try await registry.register(series: ProjectLayout(root: project.root).seriesID, projectRoot: project.root.standardizedFileURL.path)
        } catch {
            await registry.shutdown()
            await store.shutdown()
            throw error as? ProductionError ?? ProductionError(code: .storeFailed, message: "cannot register the series in \(url): \(error)", underlying: error)
        }
        await registry.shutdown()
    }

    /// The project at `directory` with the model services `cliff.yaml` configures, without
    /// opening (or creating) its database.
    static func services(_ directory: String) throws -> (ProductionProject, ServiceHub?) {
        var project = try ProductionProject.open(URL(fileURLWithPath: directory))
        let hub = try ServiceHub.attach(to: &project)
        return (project, hub)
    }

    /// Closes the shared database's connections (nothing to do for the project's own file).
    func close() async {
        if let shared = store as? PostgresJobStore { await shared.shutdown() }
    }

    /// The production line of this project: the one way to gate, plan, run and sign.
    func line(logger: Logger) -> ProductionLine {
        ProductionLine(project: project, store: store, compliance: ProductionCompliance(), logger: logger)
    }

    var displayRoot: String {
        project.root.path == URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
            ? "." : project.files.displayPath(project.root)
    }
}

/// Number formatting for tables.
enum Format {
    /// `1,234`.
    static func count(_ n: Int) -> String { NumberText.grouped(n) }

    /// `1:05` or `1:02:03`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }

    /// Left-aligned columns.
    static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        guard let width = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: width)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? pad + cell : cell + (i == row.count - 1 ? "" : pad)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
