import Basics
import ModelServices
package import DramaModel
package import Foundation
package import Production
import StoryEngine
import Synchronization

/// The series a studio serves: the project at its root, or every project (a folder with a
/// `series.yaml`) directly inside it. A series' id is its folder's name.
///
/// A project and its model services are opened once and reused by every request until its
/// `series.yaml` or `cliff.yaml` changes on disk (scripts are read from disk on each use).
package final class SeriesCatalog: Sendable {
    let root: URL

    /// A loaded project and the state of the files it was loaded from.
    private struct Loaded {
        var project: ProductionProject
        var stamp: [FileStamp?]
    }

    /// A file's size and modification time, to notice an edit.
    private struct FileStamp: Equatable {
        var size: Int
        var modified: Date

        init?(_ url: URL) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return nil }
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            modified = attributes[.modificationDate] as? Date ?? .distantPast
        }
    }

    /// Projects loaded so far, by id; guarded by the mutex.
    private let loaded = Mutex<[String: Loaded]>([:])

    init(root: URL) { self.root = root }

    /// Ids and folders, by id.
    package func all() -> [(id: String, root: URL)] {
        let fm = FileManager.default
        if ProjectLayout.isProject(root) {
            return [(Self.id(of: root), root)]
        }
        let children = (try? fm.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)) ?? []
        return children
            .filter(ProjectLayout.isProject)
            .map { (Self.id(of: $0), $0) }
            .sorted { $0.id < $1.id }
    }

    /// The project of series `id`, with the model services of its `cliff.yaml` attached.
    /// - Throws: `StudioError` `notFound` for an unknown id; `invalidInput` when its files do not load.
    package func project(_ id: String) throws(StudioError) -> ProductionProject {
        guard let entry = all().first(where: { $0.id == id }) else {
            throw StudioError(code: .notFound, message: "there is no series '\(id)' in this studio")
        }
        let layout = ProjectLayout(root: entry.root)
        let stamp = [layout.bible, layout.settings].map { FileStamp($0) }
        if let cached = loaded.withLock({ $0[id] }), cached.stamp == stamp { return cached.project }
        let project = try Self.open(id, entry.root)
        loaded.withLock { $0[id] = Loaded(project: project, stamp: stamp) }
        return project
    }

    /// The project of series `id`'s edition in `language` (`editions/<lang>/`, made by `cliff
    /// localize`), with the model services of its own `cliff.yaml`, reused like a series'.
    /// - Throws: `StudioError` `notFound` for an unknown series; `invalidInput` when the
    ///   edition's files do not load.
    package func edition(of id: String, language: Language) throws(StudioError) -> ProductionProject {
        let source = try project(id)
        let layout = ProjectLayout(root: EditionMaker.root(of: source.root, language: language))
        let key = "edition:\(id).\(language.rawValue)"
        let stamp = [layout.bible, layout.settings].map { FileStamp($0) }
        if let cached = loaded.withLock({ $0[key] }), cached.stamp == stamp { return cached.project }
        let project = try Self.open("\(id).\(language.rawValue)", layout.root)
        loaded.withLock { $0[key] = Loaded(project: project, stamp: stamp) }
        return project
    }

    private static func open(_ id: String, _ root: URL) throws(StudioError) -> ProductionProject {
        var project: ProductionProject
        do {
            project = try ProductionProject.open(root)
        } catch {
            throw StudioError(code: .invalidInput, message: "series '\(id)' does not load: \(error); run 'cliff validate' on it")
        }
        // Renders and views use the same generators as the command line (services in cliff.yaml).
        do {
            _ = try ServiceHub.attach(to: &project)
        } catch {
            throw StudioError(code: .invalidInput, message: "series '\(id)': \(error.message); fix cliff.yaml's services (cliff doctor checks them)")
        }
        return project
    }

    static func id(of folder: URL) -> String { ProjectLayout(root: folder).seriesID }
}

/// A project's series id: its folder's name.
enum CatalogID {
    static func of(_ project: ProductionProject) -> String { SeriesCatalog.id(of: project.root) }
}
