import Audience
import Basics
import Foundation
import Logging
import PostgresStore
import Production
import Studio
import Synchronization

/// A studio's records in a shared PostgreSQL database (`cliff serve --database`, `cliff user
/// --database`): the studio's tables and the audience store's (viewer events, view rollups,
/// tiles) in schema `cliffhanger`, which no series' schema (`cliff_<series>`) can be, and each
/// series' queue and ledger in its own schema, as `cliff produce --database` and `cliff worker`
/// keep them. Several studio processes on one database share sessions, reviews, release
/// calendars and viewer events, and publish each release once.
final class SharedStudio: Sendable {
    /// The schema of the studio's tables.
    static let schema = "cliffhanger"

    /// The studio's tables.
    let database: PostgresDatabase
    /// The viewer events of every series, in the same schema.
    let audience: AudienceStore
    private let url: DatabaseURL
    private let logger: Logger
    /// The series' job stores opened so far, closed with the studio.
    private let stores = Mutex<[PostgresJobStore]>([])

    private init(database: PostgresDatabase, audience: AudienceStore, url: DatabaseURL, logger: Logger) {
        self.database = database
        self.audience = audience
        self.url = url
        self.logger = logger
    }

    /// The database the studio serving `root` keeps its records in: `--database` (`flag`), else
    /// `CLIFF_DATABASE_URL`, else `database:` in the `cliff.yaml` of `root` when it is a project;
    /// nil: the SQLite files of the folder.
    /// - Throws: `CLIError` for a URL that cannot be read (never with its password).
    static func resolve(flag: String?, root: URL) throws -> DatabaseURL? {
        let configured = ProjectLayout.isProject(root) ? (try? ProductionProject.open(root))?.settings.database : nil
        switch DatabaseURL.resolve(flag: flag, environment: ProcessInfo.processInfo.environment, configured: configured) {
        case .success(let url): return url
        case .failure(let problem): throw CLIError(message: problem.message)
        }
    }

    /// Connects to the database at `url` and opens (creating when missing) the schema of the
    /// studio's tables, and the audience store's tables in it.
    /// - Throws: `CLIError`, one line without the password: a wrong host, password or database,
    ///   audience tables written by a newer cliff.
    static func open(_ url: DatabaseURL) async throws -> SharedStudio {
        let logger = Logger(label: "cliff.database")
        let (database, audience) = try await openAudience(url, logger: logger)
        return SharedStudio(database: database, audience: audience, url: url, logger: logger)
    }

    /// The audience store in the database at `url` (schema `cliffhanger`), with the database
    /// it runs on (to shut down when done): what the commands that read or write viewer events
    /// open when a shared database is configured.
    /// - Throws: `CLIError`, one line without the password.
    static func openAudience(_ url: DatabaseURL, logger: Logger = Logger(label: "cliff.database")) async throws -> (PostgresDatabase, AudienceStore) {
        let database: PostgresDatabase
        do {
            database = try await PostgresDatabase.open(url, schema: schema, logger: logger)
        } catch {
            throw CLIError(message: url.masking(error.message))
        }
        do {
            return (database, try await AudienceStore(shared: database))
        } catch {
            await database.shutdown()
            throw CLIError(message: url.masking(error.message))
        }
    }

    /// The studio's storage: its tables here, each series' job store in the series' schema.
    var storage: StudioStorage {
        StudioStorage(
            database: database,
            jobStore: { [self] layout in
                let store = try await PostgresJobStore.open(database: url, series: layout.seriesID, logger: logger)
                stores.withLock { $0.append(store) }
                return store
            }, audience: audience)
    }

    /// Closes every connection the studio opened.
    func close() async {
        for store in stores.withLock({ $0 }) { await store.shutdown() }
        await database.shutdown()
    }
}
