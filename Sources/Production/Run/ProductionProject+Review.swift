public import Editing
public import Foundation

extension ProductionProject {
    /// The cut of episode `number` as its scripts stand, if it has been produced: its shots
    /// with their measured timing. Nil when the episode's timeline has not been made (or the
    /// script changed since).
    /// - Throws: `ProductionError` (`invalidScripts`, `storeFailed`, `assetMissing`).
    public func producedTimeline(episode number: Int, store: any JobStore) async throws -> EpisodeTimeline? {
        let (graph, _) = try graph(episodes: [number], deliverable: .subtitles)
        guard let node = graph.nodes.first(where: { $0.step == TimelineStep.kind && $0.episode == number }),
              let result = try await store.results(for: [node.key])[node.key],
              let ref = result.outputs.first(where: { $0.name == "timeline.json" }) else { return nil }
        do {
            return try JSONDecoder().decode(EpisodeTimeline.self, from: try assets.data(ref))
        } catch let error as ProductionError {
            throw error
        } catch {
            throw ProductionError(code: .assetCorrupt, message: "the timeline of episode \(number) does not decode (\(error)); run cliff produce again")
        }
    }
}
