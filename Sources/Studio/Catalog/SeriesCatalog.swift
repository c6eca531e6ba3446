import ModelServices
import DramaModel
public import Foundation
import Production
import StoryEngine

/// The series a studio serves: the project at its root, or every project (a folder with a
/// `series.yaml`) directly inside it. A series' id is its folder's name.
struct SeriesCatalog: Sendable {
    let root: URL

    /// Ids and folders, by id.
    func all() -> [(id: String, root: URL)] {
        let fm = FileManager.default
        if fm.fileExists(atPath: root.appendingPathComponent("series.yaml").path) {
            return [(Self.id(of: root), root)]
        }
        let children = (try? fm.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)) ?? []
        return children
            .filter { fm.fileExists(atPath: $0.appendingPathComponent("series.yaml").path) }
            .map { (Self.id(of: $0), $0) }
            .sorted { $0.id < $1.id }
    }

    /// The project of series `id`.
    /// - Throws: `StudioError` `notFound` for an unknown id; `invalidInput` when its files do not load.
    func project(_ id: String) throws(StudioError) -> ProductionProject {
        guard let entry = all().first(where: { $0.id == id }) else {
            throw StudioError(code: .notFound, message: "there is no series '\(id)' in this studio")
        }
        var project: ProductionProject
        do {
            project = try ProductionProject.open(entry.root)
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

    static func id(of folder: URL) -> String { folder.standardizedFileURL.lastPathComponent }
}

/// A project's series id: its folder's name.
enum CatalogID {
    static func of(_ project: ProductionProject) -> String { SeriesCatalog.id(of: project.root) }
}
