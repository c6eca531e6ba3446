package import DramaModel
package import Foundation
package import StoryEngine
import Production

/// A `cliff new`-style project in a fresh temporary folder: the built-in writer's bible and
/// every episode script of a season, written the way `cliff new` writes them.
///
/// ```swift
/// let project = try TemporaryProject.make(episodes: 3, seed: 5)
/// let opened = try ProductionProject.open(project.root)
/// ```
package struct TemporaryProject: Sendable {
    /// The premise most tests write from.
    package static let premise = "A broke intern signs a contract marriage with a cold CEO"

    /// The project folder (`<temporary folder>/<name>`).
    package let root: URL
    /// The series bible the writer made.
    package let series: Series
    /// Every episode's script, in order.
    package let scripts: [EpisodeScript]

    /// Writes a season with the built-in writer into `<temporary folder>/<name>`.
    ///
    /// - Parameters:
    ///   - name: the project folder's name inside a fresh temporary folder.
    ///   - prefix: the temporary folder's name prefix (says which suite made it).
    ///   - settings: when given, written as the project's `cliff.yaml`.
    /// - Throws: the writer's or the file system's error.
    package static func make(
        named name: String = "series", prefix: String = "cliff-tests", premise: String = TemporaryProject.premise, episodes: Int,
        language: Language? = nil, seed: UInt64, targetSeconds: Int = 90, settings yaml: String? = nil
    ) throws -> TemporaryProject {
        let root = try temporaryDirectory(prefix).appendingPathComponent(name)
        let writer = BeatSheetWriter()
        let series = try writer.makeBible(PremiseRequest(
            premise: premise, episodes: episodes, language: language, seed: seed, targetSeconds: targetSeconds))
        let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
        _ = try SeriesProject.create(
            at: root, series: series, scripts: scripts, files: ["cliff.yaml": Data(ProductionSettingsLoader.template.utf8)])
        if let yaml { try Data(yaml.utf8).write(to: root.appendingPathComponent("cliff.yaml")) }
        return TemporaryProject(root: root, series: series, scripts: scripts)
    }
}
