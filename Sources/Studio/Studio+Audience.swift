public import Audience
import DramaModel
import Editing
public import Foundation
import Production
import StoryEngine

/// What the audience dashboard of a series shows.
public struct AudienceDashboard: Sendable {
    /// One episode's place in the funnel.
    public struct EpisodeRow: Sendable, Hashable {
        /// The episode.
        public var number: Int
        /// Starts, completions and the share completing.
        public var starts: Int, completions: Int, completion: Double
        /// Share still watching at 3 s.
        public var hook: Double
        /// Viewers going on to the next episode, if it has data.
        public var continueRate: Double?
    }

    /// The series' metrics and findings.
    public var report: InsightReport
    /// Viewers who were simulated (labelled synthetic when non-zero).
    public var syntheticViewers: Int
    /// The funnel, episode by episode.
    public var rows: [EpisodeRow]
    /// The episode whose curve is drawn.
    public var episode: Int?
    /// Its retention chart (SVG), the funnel and the continue-rate chart.
    public var retentionSVG: String?, funnelSVG: String, continueSVG: String
    /// Its hotspots, each with a link to its shot.
    public var hotspots: [(text: String, link: String)]
}

extension Studio {
    /// The audience dashboard of series `id`, drawing episode `episode`'s curve (default: the
    /// one with the most starts).
    /// - Throws: `StudioError` (`notFound`, `storeFailed`).
    public func audienceDashboard(_ id: String, episode: Int? = nil) async throws(StudioError) -> AudienceDashboard {
        let project = try catalog.project(id)
        let store = try jobStore(project)
        let series: SeriesAudience
        let synthetic: Int
        do {
            series = try await SeriesAudience.read(id, project: project, store: store, audience: audience)
            synthetic = try await audience.syntheticViewers(series: id)
        } catch let error as AudienceError {
            throw StudioError(code: .storeFailed, message: error.description)
        } catch {
            throw StudioError(code: .storeFailed, message: "\(error)")
        }
        let (report, stories, maps, metrics) = (series.report, series.stories, series.maps, series.report.metrics)
        let rows = metrics.episodes.map {
            AudienceDashboard.EpisodeRow(
                number: $0.episode, starts: $0.starts, completions: $0.completions, completion: $0.completionRate, hook: $0.hookRate,
                continueRate: $0.continueRate)
        }
        let chosen = episode ?? metrics.episodes.max(by: { $0.starts < $1.starts })?.episode
        var retention: String?
        var hotspots: [(text: String, link: String)] = []
        if let chosen, let detail = metrics.episodes.first(where: { $0.episode == chosen }) {
            var bands: [Charts.Band] = []
            if let story = stories[chosen] {
                for (shot, start) in zip(story.timeline.shots, story.timeline.starts) {
                    let from = start.seconds, to = (start + shot.duration).seconds
                    let label = shot.beat?.rawValue ?? "establishing"
                    if let last = bands.last, last.label == label, abs(last.end - from) < 0.01 { bands[bands.count - 1].end = to } else {
                        bands.append(.init(start: from, end: to, label: label))
                    }
                }
            }
            let map = maps.first { $0.episode == chosen }
            var markers: [Charts.Marker] = []
            for spot in detail.hotspots {
                let mapped = map?.locate(spot)
                let link = "/series/\(id)/episodes/\(chosen)" + (mapped.map { "#shot-\($0.moment.shot + 1)" } ?? "")
                var text = "−\(String(format: "%.1f", spot.loss * 100)) % at \(Int(spot.at.seconds)) s (\(spot.viewersLost) viewers)"
                if let moment = mapped?.moment {
                    text += " · shot \(moment.shot + 1)" + (moment.beat.map { " · \($0.rawValue)" } ?? "")
                    if let speaker = moment.speaker, let line = moment.text { text += " · \(speaker): “\(line)”" }
                }
                markers.append(.init(second: spot.at.seconds, label: text, link: link))
                hotspots.append((text, link))
            }
            retention = Charts.retention(
                curve: detail.retention, median: metrics.medianRetention, bands: bands, markers: markers,
                title: "Episode \(chosen): share of starts still watching" + (synthetic > 0 ? " (synthetic audience)" : ""))
        }
        let funnel = Charts.bars(
            rows.map { .init(label: "ep \($0.number)", value: Double($0.starts), note: "\($0.starts) starts · \(Int(($0.completion * 100).rounded())) % finish") },
            title: "Funnel: starts per episode")
        let continues = Charts.columns(
            rows.compactMap { row in row.continueRate.map { .init(label: "\(row.number)", value: $0, note: "\(Int(($0 * 100).rounded())) % go on to \(row.number + 1)") } },
            title: "Continue rate n → n+1")
        return AudienceDashboard(
            report: report, syntheticViewers: synthetic, rows: rows, episode: chosen, retentionSVG: retention, funnelSVG: funnel,
            continueSVG: continues, hotspots: hotspots)
    }
}
