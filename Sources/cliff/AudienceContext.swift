import Basics
import Audience
import DramaModel
import Editing
import Foundation
import PostgresStore
import Production
import SQLiteStore
import StoryEngine

/// A project with its viewer events: the audience store (the project's `audience.db`, or the
/// one of the folder `cliff serve` served it from, or the shared database's when one is
/// configured), its produced or estimated timelines, and the insights found in them.
struct AudienceContext {
    let production: ProductionContext
    let audience: AudienceStore
    /// The shared database the audience store is in, if it is.
    var shared: PostgresDatabase? = nil

    /// Opens the project at `directory` and its audience store; with `create`, makes the
    /// project's store when there is none (an import). The production database is only read,
    /// and without `create` the audience store too: neither file changes.
    ///
    /// With a shared database — `database` (`--database`), else `CLIFF_DATABASE_URL`, else
    /// `database:` in `cliff.yaml` — the viewer events are that database's, where
    /// `cliff serve --database` stores them.
    static func open(_ directory: String, create: Bool = false, database: String? = nil) async throws -> AudienceContext {
        let production = try await ProductionContext.open(directory, database: database, readOnly: true)
        if let url = try ProductionContext.sharedDatabase(flag: database, configured: production.project.settings.database) {
            do {
                let (shared, audience) = try await SharedStudio.openAudience(url)
                return AudienceContext(production: production, audience: audience, shared: shared)
            } catch {
                await production.close()
                throw error
            }
        }
        let root = production.project.root
        guard let url = existingStore(root) ?? (create ? ProjectLayout(root: root).audienceDatabase : nil) else {
            let path = production.displayRoot
            throw CLIError(message: """
                no viewer events for \(path) yet (no \(AudienceStore.fileName) in the project or its parent folder). \
                Publish and serve the channel (cliff serve \(path)), import an export (cliff import-audience \(path) FILE), \
                or simulate viewers: cliff simulate-audience \(path) --viewers 2000
                """)
        }
        return AudienceContext(production: production, audience: try AudienceStore(path: url.path, readOnly: !create))
    }

    /// The project's `audience.db`, or that of the folder `cliff serve` served it from, if either
    /// exists; for an edition, also its series' (where the channel records every edition).
    static func existingStore(_ root: URL) -> URL? {
        var folders = [root, root.deletingLastPathComponent()]
        if let source = ProjectLayout(root: root).editionSource { folders += [source, source.deletingLastPathComponent()] }
        return folders.map { ProjectLayout(root: $0).audienceDatabase }.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Closes the shared database's connections (nothing to do for the project's own files).
    func close() async {
        await shared?.shutdown()
        await production.close()
    }

    var project: ProductionProject { production.project }
    var seriesID: String { ProjectLayout(root: project.root).seriesID }

    /// The metrics and insights of the series, with the episodes' lengths from their timelines
    /// and the paywall from the season plan (or `paywall`).
    func report(paywall: Int? = nil, window: MediaTime = .seconds(86_400)) async throws -> InsightReport {
        return try await SeriesAudience.read(
            seriesID, project: project, store: production.store, audience: audience, paywall: paywall, window: window
        ).report
    }
}
