package import Foundation

/// Where a project's files live: the one place that spells their names.
///
/// ```
/// midnight-contract/
///   series.yaml  cliff.yaml  episodes/ep001.fountain
///   cliff.db  audience.db  insights.json  revisions.json  retakes.json
///   assets/  out/ep001/  phrasebooks/  .cliff/
/// ```
///
/// A folder of projects served by one studio keeps its accounts in `studio.db` and its viewer
/// events in `audience.db` beside the projects.
package struct ProjectLayout: Sendable, Hashable {
    /// The project folder.
    package let root: URL

    /// The layout of the project at `root`.
    package init(root: URL) { self.root = root.standardizedFileURL }

    /// `series.yaml`: the bible.
    package var bible: URL { file(Self.bibleName) }
    /// `cliff.yaml`: production settings, services, channels.
    package var settings: URL { file(Self.settingsName) }
    /// `episodes/`: the scripts.
    package var episodes: URL { root.appendingPathComponent("episodes", isDirectory: true) }
    /// `cliff.db`: the production queue, ledger and (for a single project) the studio's tables.
    package var database: URL { file(Self.databaseName) }
    /// `studio.db`: the studio's tables for a folder of projects.
    package var studioDatabase: URL { file(Self.studioDatabaseName) }
    /// `audience.db`: viewer events and their rollups.
    package var audienceDatabase: URL { file(Self.audienceDatabaseName) }
    /// `insights.json`: the last saved insight report.
    package var insights: URL { file("insights.json") }
    /// `revisions.json`: revision notes the writer keeps applying.
    package var revisions: URL { file("revisions.json") }
    /// `retakes.json`: new takes of shots asked for in review.
    package var retakes: URL { file("retakes.json") }
    /// `assets/`: the content-addressed store.
    package var assets: URL { root.appendingPathComponent("assets", isDirectory: true) }
    /// `out/`: finished deliverables.
    package var output: URL { root.appendingPathComponent("out", isDirectory: true) }
    /// `phrasebooks/`: the project's own phrasebooks for the built-in writer.
    package var phrasebooks: URL { root.appendingPathComponent("phrasebooks", isDirectory: true) }
    /// `.cliff/`: the tool's own records (script hashes, keys, caches, the audit log).
    package var records: URL { root.appendingPathComponent(".cliff", isDirectory: true) }

    /// `lines.json`: an edition's lines and where their words came from.
    package var editionRecord: URL { file("lines.json") }

    /// For an edition of a series (`<series>/editions/<lang>/` with its `lines.json`), the
    /// series' folder; nil for any other project.
    package var editionSource: URL? {
        let editions = root.deletingLastPathComponent()
        let source = editions.deletingLastPathComponent()
        guard editions.lastPathComponent == Self.editionsName, Self.isProject(source),
              FileManager.default.fileExists(atPath: editionRecord.path) else { return nil }
        return source
    }

    /// `editions/`: a series' localised editions, one project per language.
    package var editions: URL { root.appendingPathComponent(Self.editionsName, isDirectory: true) }

    package static let editionsName = "editions"

    /// The series' id in the studio, in viewer events and in a shared database: the folder's
    /// name; for an edition, its series' and its language's (`demo.zh`).
    package var seriesID: String {
        if let source = editionSource { return source.lastPathComponent + "." + root.lastPathComponent }
        return root.lastPathComponent
    }

    /// `out/epNNN/`: one episode's deliverables.
    package func episodeOutput(_ number: Int) -> URL {
        output.appendingPathComponent(Self.episodeTag(number), isDirectory: true)
    }

    /// `out/epNNN/<name>`, as a path relative to the project (`out/ep001/episode.mp4`).
    package static func episodeOutputPath(_ number: Int, _ name: String) -> String {
        "out/\(episodeTag(number))/\(name)"
    }

    /// `ep001`.
    package static func episodeTag(_ number: Int) -> String {
        let digits = String(number)
        return "ep" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// A file in `.cliff/`.
    package func record(_ name: String) -> URL { records.appendingPathComponent(name) }

    /// True when `folder` holds a project (it has a bible).
    package static func isProject(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(bibleName).path)
    }

    package static let bibleName = "series.yaml"
    package static let settingsName = "cliff.yaml"
    package static let databaseName = "cliff.db"
    package static let studioDatabaseName = "studio.db"
    package static let audienceDatabaseName = "audience.db"

    private func file(_ name: String) -> URL { root.appendingPathComponent(name) }
}
