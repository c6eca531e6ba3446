public import Editing
import Foundation
import DramaModel
import StoryEngine

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

    /// The story of episode `number` on screen: its cut (measured when the episode has been
    /// produced, else estimated from the script with each line's spoken length) and its lines.
    /// What audience analytics map drop-offs onto, and what the synthetic audience watches.
    /// Nil when the episode has no script.
    /// - Throws: `ProductionError` (`invalidScripts`, `storeFailed`, `assetCorrupt`).
    public func storyTimeline(episode number: Int, store: (any JobStore)?) async throws -> StoryTimeline? {
        guard files.scriptsOnDisk().contains(where: { $0.number == number }) else { return nil }
        return try await storyTimelines(episodes: [number], store: store)[number]
    }

    /// The stories on screen of `episodes` (nil: every episode with a script), by number, as
    /// `storyTimeline(episode:store:)` makes them, from one production graph and one read of
    /// `store`: the graph checks every script, so building it once per episode made a season's
    /// stories cost episodes² script checks. Episodes without a script are left out.
    /// - Throws: `ProductionError` (`invalidScripts`, `storeFailed`, `assetCorrupt`).
    public func storyTimelines(episodes: [Int]? = nil, store: (any JobStore)?) async throws -> [Int: StoryTimeline] {
        let onDisk = files.scriptsOnDisk()
        let wanted = episodes.map(Set.init)
        let scripts = onDisk.filter { wanted?.contains($0.number) ?? true }
        guard !scripts.isEmpty else { return [:] }
        let (graph, _) = try graph(episodes: scripts.map(\.number), deliverable: .subtitles)
        var nodes: [Int: Node] = [:]
        // An episode's own nodes come before its experiment variants' in the graph.
        for node in graph.nodes where node.step == TimelineStep.kind {
            if let episode = node.episode, nodes[episode] == nil { nodes[episode] = node }
        }
        let results = try await store?.results(for: nodes.values.map(\.key)) ?? [:]
        let checker = ScriptChecker(series: series)
        var stories: [Int: StoryTimeline] = [:]
        for script in scripts {
            let breakdown = EpisodeBreakdown(episode: script.number, script: script.text, checker: checker, language: series.language)
            guard let node = nodes[script.number] else { continue }
            if let ref = results[node.key]?.outputs.first(where: { $0.name == "timeline.json" }) {
                let measured: EpisodeTimeline
                do {
                    measured = try JSONDecoder().decode(EpisodeTimeline.self, from: try assets.data(ref))
                } catch let error as ProductionError {
                    throw error
                } catch {
                    throw ProductionError(code: .assetCorrupt, message: "the timeline of episode \(script.number) does not decode (\(error)); run cliff produce again")
                }
                stories[script.number] = StoryTimeline(timeline: measured, breakdown: breakdown, measured: true)
                continue
            }
            guard let parameters = try? CanonicalJSON.decode(TimelineStep.Parameters.self, from: node.parameters) else { continue }
            let durations = parameters.lines.map { line in
                MediaTime(value: Int64((SpokenLength.speechSeconds(line.text, language: parameters.language) * 1000).rounded()), rate: 1000)
            }
            let timeline = EpisodeTimeline(frameRate: parameters.planner.frameRate, shots: TimelineStep.shots(parameters, durations: durations))
            stories[script.number] = StoryTimeline(timeline: timeline, breakdown: breakdown, measured: false)
        }
        return stories
    }
}

extension ProductionProject {
    /// The story on screen of every experiment variant of `episodes` (nil: all), with the
    /// variant's tag (`ep001-hook/B`) and episode, as `storyTimelines(episodes:store:)` makes an episode's:
    /// measured when the variant has been produced, else estimated from its script.
    /// - Throws: `ProductionError` (`invalidExperiment`, `storeFailed`, `assetCorrupt`).
    public func variantStoryTimelines(episodes: Set<Int>? = nil, store: (any JobStore)?) async throws -> [(tag: String, episode: Int, story: StoryTimeline)] {
        let checker = ScriptChecker(series: series)
        var stories: [(tag: String, episode: Int, story: StoryTimeline)] = []
        for variant in try variantScripts(episodes: episodes) where variant.cover == nil {
            let graph = ScriptPipeline(series: series, deliverable: .subtitles, aigc: settings.aigc, models: models).graph(for: [], variants: [variant])
            guard let node = graph.nodes.first(where: { $0.step == TimelineStep.kind }) else { continue }
            let breakdown = EpisodeBreakdown(episode: variant.episode, script: variant.text, checker: checker, language: series.language)
            if let ref = try await store?.results(for: [node.key])[node.key]?.outputs.first(where: { $0.name == "timeline.json" }),
               let measured = try? JSONDecoder().decode(EpisodeTimeline.self, from: try assets.data(ref)) {
                stories.append((variant.tag, variant.episode, StoryTimeline(timeline: measured, breakdown: breakdown, measured: true)))
                continue
            }
            guard let parameters = try? CanonicalJSON.decode(TimelineStep.Parameters.self, from: node.parameters) else { continue }
            let durations = parameters.lines.map { line in
                MediaTime(value: Int64((SpokenLength.speechSeconds(line.text, language: parameters.language) * 1000).rounded()), rate: 1000)
            }
            let timeline = EpisodeTimeline(frameRate: parameters.planner.frameRate, shots: TimelineStep.shots(parameters, durations: durations))
            stories.append((variant.tag, variant.episode, StoryTimeline(timeline: timeline, breakdown: breakdown, measured: false)))
        }
        return stories
    }
}

/// An episode's cut and its lines, measured from the render or estimated from the script.
public struct StoryTimeline: Sendable {
    /// The shots with their timing.
    public var timeline: EpisodeTimeline
    /// The lines the shots' `line` indexes point into.
    public var breakdown: EpisodeBreakdown
    /// Whether the timing was measured from produced audio (else estimated from the script).
    public var measured: Bool
}
