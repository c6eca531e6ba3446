public import Audience
import DramaModel
import Editing
import Foundation
import Production
import StoryEngine

/// What the audience dashboard of a series shows.
public struct AudienceDashboard: Sendable {
    /// One episode's place in the funnel.
    package struct EpisodeRow: Sendable, Hashable {
        /// The episode.
        package var number: Int
        /// Starts, completions and the share completing.
        package var starts: Int, completions: Int, completion: Double
        /// Share still watching at 3 s.
        package var hook: Double
        /// Viewers going on to the next episode, if it has data.
        package var continueRate: Double?
    }

    /// The series' metrics and findings.
    public var report: InsightReport
    /// Viewers who were simulated (labelled synthetic when non-zero).
    public var syntheticViewers: Int
    /// The funnel, episode by episode.
    package var rows: [EpisodeRow]
    /// The episode whose curve is drawn.
    public var episode: Int?
    /// Its retention curve, to draw over the script's beats (nil: no episode has data).
    package var retention: RetentionPlot?
    /// The funnel: starts per episode.
    public var funnel: [ChartBar]
    /// The continue rate n → n+1.
    public var continues: [ChartBar]
    /// Its hotspots, each with a link to its shot.
    public var hotspots: [(text: String, link: String)]

    /// A retention curve with the script's beats under it and its hotspots marked.
    package struct RetentionPlot: Sendable, Hashable {
        /// Share of starts still watching, second by second.
        package var curve: [Double]
        /// The series' median curve, when there is one.
        package var median: [Double]?
        /// The beats under the curve.
        package var bands: [Band]
        /// The hotspots on it.
        package var markers: [Marker]
        /// The chart's title.
        package var title: String
    }

    /// A beat of the script under a retention curve, from `start` to `end` seconds.
    public struct Band: Sendable, Hashable {
        public var start: Double, end: Double, label: String
        /// A band.
        public init(start: Double, end: Double, label: String) { (self.start, self.end, self.label) = (start, end, label) }
    }

    /// A marked point on a curve: a drop-off hotspot, linking to its shot.
    public struct Marker: Sendable, Hashable {
        public var second: Double, label: String, link: String?
        /// A marker.
        public init(second: Double, label: String, link: String?) { (self.second, self.label, self.link) = (second, label, link) }
    }

    /// A labelled bar or point.
    public struct ChartBar: Sendable, Hashable {
        public var label: String, value: Double, note: String
        /// A bar.
        public init(label: String, value: Double, note: String) { (self.label, self.value, self.note) = (label, value, note) }
    }
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
        var retention: AudienceDashboard.RetentionPlot?
        var hotspots: [(text: String, link: String)] = []
        if let chosen, let detail = metrics.episodes.first(where: { $0.episode == chosen }) {
            var bands: [AudienceDashboard.Band] = []
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
            var markers: [AudienceDashboard.Marker] = []
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
            retention = AudienceDashboard.RetentionPlot(
                curve: detail.retention, median: metrics.medianRetention, bands: bands, markers: markers,
                title: "Episode \(chosen): share of starts still watching" + (synthetic > 0 ? " (synthetic audience)" : ""))
        }
        let funnel = rows.map {
            AudienceDashboard.ChartBar(label: "ep \($0.number)", value: Double($0.starts), note: "\($0.starts) starts · \(Int(($0.completion * 100).rounded())) % finish")
        }
        let continues = rows.compactMap { row in
            row.continueRate.map { AudienceDashboard.ChartBar(label: "\(row.number)", value: $0, note: "\(Int(($0 * 100).rounded())) % go on to \(row.number + 1)") }
        }
        return AudienceDashboard(
            report: report, syntheticViewers: synthetic, rows: rows, episode: chosen, retention: retention, funnel: funnel,
            continues: continues, hotspots: hotspots)
    }
}
