public import Foundation
public import Production
import DramaModel
import StoryEngine

/// The governance steps every way of producing runs (`cliff produce`, `cliff render`, the
/// web studio's renders): the gate before planning, the signed provenance after a render.
public enum ProductionCompliance {
    /// Policy and consent over the bible and the scripts of `episodes` (nil: all); throws with
    /// every finding before anything is planned, so blocked content never reaches a generator.
    /// - Throws: `GovernanceError` (`policyBlocked`, `consentMissing`, `consentInvalid`, …).
    public static func checkBeforeGeneration(_ project: ProductionProject, episodes: [Int]?, actor: String = "cliff") throws(GovernanceError) {
        let gate = try GovernanceGate(projectRoot: project.root)
        let wanted = episodes.map(Set.init)
        var scripts: [Int: String] = [:]
        for script in project.files.scriptsOnDisk() where wanted?.contains(script.number) ?? true { scripts[script.number] = script.text }
        let report = try gate.checkBeforeGeneration(series: project.series, scripts: scripts, actor: actor)
        try report.requirePassed("generation")
    }

    /// Signs the provenance manifest of every rendered episode of `episodes` (nil: all).
    /// - Throws: `GovernanceError`; `ProductionError` when the store fails.
    public static func signRendered(_ project: ProductionProject, store: any JobStore, episodes: [Int]?, deliverable: Deliverable) async throws {
        guard deliverable != .subtitles else { return }
        let file = deliverable == .preview ? "preview.mp4" : "episode.mp4"
        let (graph, _) = try project.graph(episodes: episodes, deliverable: deliverable)
        let results = try await store.results(for: graph.nodes.map(\.key))
        let gate = try GovernanceGate(projectRoot: project.root)
        for number in Set(graph.nodes.compactMap(\.episode)).sorted() {
            let video = project.root.appendingPathComponent(String(format: "out/ep%03d/", number) + file)
            guard FileManager.default.fileExists(atPath: video.path) else { continue }
            try gate.signProvenance(episode: number, video: video, seriesTitle: project.series.title, graph: graph, results: results)
        }
    }
}
