import Editing
public import DramaModel
public import Production
import StoryEngine

/// A series project's audience read against its story: each episode's cut (measured or
/// estimated from the script), the metrics with the episodes' lengths and the season's paywall,
/// and the insights. What `cliff insights` prints and the studio's dashboard draws.
public struct SeriesAudience: Sendable {
    /// The insight report (metrics, findings, mapped hotspots).
    public var report: InsightReport
    /// Each episode's story on screen, by number.
    public var stories: [Int: StoryTimeline]
    /// The maps drop-offs were located with.
    package var maps: [StoryMap]
    /// Viewers among the report's whose id is a simulated one.
    package var syntheticViewers: Int

    /// The first paid episode of `project`'s season plan, if any.
    public static func paywallEpisode(of project: ProductionProject) -> Int? {
        (try? BeatSheetWriter().planSeason(project.series))?.episodes.first(where: \.isPaywall)?.number
    }

    /// Each episode's story on screen (measured when produced and `store` has it, else
    /// estimated), from one production graph for the whole season.
    /// - Throws: `ProductionError`.
    public static func stories(of project: ProductionProject, store: (any JobStore)?) async throws -> [Int: StoryTimeline] {
        try await project.storyTimelines(store: store)
    }

    /// Reads series `id`'s events in `audience` against `project`'s story.
    /// - Parameters:
    ///   - paywall: the first locked episode (default: the season plan's).
    ///   - window: how soon after finishing n a viewer must start n+1 to count as continuing.
    /// - Throws: `AudienceError` (the store), `ProductionError` (the timelines).
    public static func read(
        _ id: String, project: ProductionProject, store: (any JobStore)?, audience: AudienceStore, paywall: Int? = nil,
        window: MediaTime = MediaTime(value: 86_400, rate: 1)
    ) async throws -> SeriesAudience {
        try await read(id, project: project, store: store, audience: audience, paywallEpisode: paywall ?? paywallEpisode(of: project), episodes: nil, window: window)
    }

    /// Reads series `id`'s events of `episodes` (nil: all) in `audience` against `project`'s
    /// story, with `paywallEpisode` as the first locked episode (nil: no paywall). Only the
    /// stories of those episodes are built.
    /// - Throws: `AudienceError` (the store), `ProductionError` (the timelines).
    package static func read(
        _ id: String, project: ProductionProject, store: (any JobStore)?, audience: AudienceStore, paywallEpisode: Int?, episodes: Set<Int>?,
        window: MediaTime = MediaTime(value: 86_400, rate: 1)
    ) async throws -> SeriesAudience {
        let stories = try await project.storyTimelines(episodes: episodes.map { $0.sorted() }, store: store)
        let configuration = MetricsConfiguration(
            continueWindow: window, paywallEpisode: paywallEpisode, episodeDurations: stories.mapValues(\.timeline.duration), episodes: episodes)
        let figures = try await audience.figures(series: id, configuration: configuration)
        let metrics = figures.metrics
        let maps = metrics.episodes.compactMap { episode in
            stories[episode.episode].map { StoryMap(episode: episode.episode, timeline: $0.timeline, breakdown: $0.breakdown) }
        }
        let platforms = try await audience.latestPlatformSnapshots(series: id).filter { episodes?.contains($0.episode) ?? true }
        // A channel's episode nobody watched on the built-in channel is still mapped onto its story.
        let mapped = Set(maps.map(\.episode))
        let platformMaps = Set(platforms.map(\.episode)).subtracting(mapped).sorted().compactMap { number in
            stories[number].map { StoryMap(episode: number, timeline: $0.timeline, breakdown: $0.breakdown) }
        }
        var report = InsightReport(metrics: metrics, maps: maps)
        let channels = InsightReport.channels(platforms, metrics: metrics, maps: maps + platformMaps)
        report.channels = channels.isEmpty ? nil : channels
        return SeriesAudience(report: report, stories: stories, maps: maps, syntheticViewers: figures.syntheticViewers)
    }
}
