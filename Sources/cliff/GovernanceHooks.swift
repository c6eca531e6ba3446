import DramaModel
import Foundation
import Governance
import Production
import StoryEngine

/// The governance steps of production commands: the gate before planning, the signed
/// provenance manifest after a render.
enum GovernanceHooks {
    /// Policy and consent over the bible and the selected scripts; stops with every finding
    /// before anything is planned, so blocked content never reaches a generator.
    static func checkBeforeGeneration(_ project: ProductionProject, episodes: [Int]?) throws {
        do {
            let gate = try GovernanceGate(projectRoot: project.root)
            let wanted = episodes.map(Set.init)
            var scripts: [Int: String] = [:]
            for script in project.files.scriptsOnDisk() where wanted?.contains(script.number) ?? true { scripts[script.number] = script.text }
            let report = try gate.checkBeforeGeneration(series: project.series, scripts: scripts)
            try report.requirePassed("generation")
        } catch {
            throw CLIError(message: error.message + "\nNothing was generated. See docs/governance.md.")
        }
    }

    /// Signs the provenance of every rendered episode of `episodes` (nil: all with a script).
    static func signRendered(_ project: ProductionProject, store: any JobStore, episodes: [Int]?, deliverable: Deliverable) async throws {
        guard deliverable != .subtitles else { return }
        let file = deliverable == .preview ? "preview.mp4" : "episode.mp4"
        let (graph, _) = try project.graph(episodes: episodes, deliverable: deliverable)
        let results = try await store.results(for: graph.nodes.map(\.key))
        let gate: GovernanceGate
        do { gate = try GovernanceGate(projectRoot: project.root) } catch { throw CLIError(message: error.message) }
        let numbers = Set(graph.nodes.compactMap(\.episode)).sorted()
        for number in numbers {
            let video = project.root.appendingPathComponent(String(format: "out/ep%03d/", number) + file)
            guard FileManager.default.fileExists(atPath: video.path) else { continue }
            do {
                try gate.signProvenance(episode: number, video: video, seriesTitle: project.series.title, graph: graph, results: results)
            } catch {
                throw CLIError(message: error.message)
            }
        }
    }
}
