public import Audience
import Basics
import DramaModel
import Editing
public import Foundation
import Production
import SQLiteStore
import StoryEngine

/// What the audience dashboard of a series shows: the viewers of its released episodes, the
/// episodes on the channel, and nothing else.
public struct AudienceDashboard: Sendable {
    /// One released episode's place in the funnel.
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

    /// What each chart says when it has nothing to draw.
    package struct EmptyCharts: Sendable, Hashable {
        /// The retention curve's.
        package var retention: String
        /// The funnel's.
        package var funnel: String
        /// The continue chart's.
        package var continues: String
    }

    /// The series' title.
    package var title: String
    /// The series' metrics and findings, over its released episodes.
    public var report: InsightReport
    /// Viewers who were simulated (labelled synthetic when non-zero).
    public var syntheticViewers: Int
    /// The episodes on the channel, in order: the only ones counted and charted.
    package var released: [Int]
    /// The headline: viewers, starts, hook, completion, continue and the paywall.
    package var headline: String
    /// The funnel, one row per released episode (zeros when nobody started it).
    package var rows: [EpisodeRow]
    /// The episode whose curve is drawn.
    public var episode: Int?
    /// Its retention curve, to draw over the script's beats (nil: it has no data).
    package var retention: RetentionPlot?
    /// The funnel: starts per episode.
    public var funnel: [ChartBar]
    /// The continue rate n → n+1.
    public var continues: [ChartBar]
    /// Its hotspots, each with a link to its shot.
    public var hotspots: [(text: String, link: String)]
    /// What is missing, for each chart that has no data.
    package var empty: EmptyCharts
    /// The external channels' figures per released episode (their platforms' latest
    /// statistics), each beside the built-in channel's; empty when none were stored.
    package var channels: [ChannelRow] = []

    /// One episode on one external channel, ready to print: the platform's figures and the
    /// built-in channel's for the same episode.
    package struct ChannelRow: Sendable, Hashable {
        /// The channel's name in `cliff.yaml` and its platform's name.
        package var channel: String, platform: String
        /// The episode.
        package var episode: Int
        /// Views, the average view (with its share of the episode), the curve at 3 s and at the end.
        package var views: String, averageView: String, hook: String, end: String
        /// The curve's steepest drop and the beat it falls in (or why there is none).
        package var drop: String
        /// The built-in channel's starts, hook and completion.
        package var builtIn: String
    }

    /// A platform's retention curve drawn beside the built-in one.
    package struct PlatformCurve: Sendable, Hashable {
        /// What the legend calls it (`youtube (YouTube)`).
        package var label: String
        /// Viewers watching per view, second by second (nil: outside the platform's curve).
        package var values: [Double?]
    }

    /// A retention curve with the script's beats under it and its hotspots marked.
    package struct RetentionPlot: Sendable, Hashable {
        /// Share of starts still watching (reach), second by second.
        package var curve: [Double]
        /// The series' median episode's reach, when there is one.
        package var median: [Double]?
        /// The beats under the curve.
        package var bands: [Band]
        /// The hotspots on it.
        package var markers: [Marker]
        /// The chart's title.
        package var title: String
        /// The external channels' curves of the same episode, read second by second.
        package var platforms: [PlatformCurve] = []
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

    /// `count` and `noun`, plural unless the count is one: "1 start", "2 starts", "0 viewers".
    package static func count(_ count: Int, _ noun: String) -> String { "\(NumberText.grouped(count)) \(noun)\(count == 1 ? "" : "s")" }

    /// A share as a whole percentage: "67 %".
    package static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }
}

extension Studio {
    /// The audience dashboard of series `id`, drawing episode `episode`'s curve (default: the
    /// one with the most starts).
    ///
    /// It agrees with the channel: only released episodes count (views of others, from before
    /// the ingest refused them or from a local simulation, are left out), and the paywall is
    /// the release calendar's when one is set, else the season plan's. The metrics pass over
    /// the events is reused while the audience store, the released episodes, their cuts and
    /// the paywall stay the same (`AudienceStore.figures`).
    /// - Throws: `StudioError` (`notFound`, `storeFailed`).
    public func audienceDashboard(_ id: String, episode: Int? = nil, now: Date = Date()) async throws(StudioError) -> AudienceDashboard {
        let project = try catalog.project(id)
        let store = try await jobStore(project)
        let released = try await releasedEpisodes(id, among: Set(project.files.scriptsOnDisk().map(\.number)), now: now)
        let calendar = try await calendar(id)
        // The channel's paywall when a calendar is set (nil there: no paywall), else the plan's.
        let paywall: Int? = if let calendar { calendar.paywallFrom } else { SeriesAudience.paywallEpisode(of: project) }
        let series: SeriesAudience
        do {
            series = try await SeriesAudience.read(id, project: project, store: store, audience: audience, paywallEpisode: paywall, episodes: released)
        } catch let error as AudienceError {
            throw StudioError(code: .storeFailed, message: error.description)
        } catch {
            throw StudioError(code: .storeFailed, message: "\(error)")
        }
        return Self.dashboard(id, title: project.series.title, series: series, released: released.sorted(), episode: episode)
    }

    /// The dashboard of series `id` from its audience read over the `released` episodes.
    static func dashboard(_ id: String, title: String, series: SeriesAudience, released: [Int], episode: Int?) -> AudienceDashboard {
        typealias Dashboard = AudienceDashboard
        let (report, metrics, synthetic) = (series.report, series.report.metrics, series.syntheticViewers)
        let byNumber = Dictionary(metrics.episodes.map { ($0.episode, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = released.map { number in
            byNumber[number].map {
                Dashboard.EpisodeRow(
                    number: number, starts: $0.starts, completions: $0.completions, completion: $0.completionRate, hook: $0.hookRate,
                    continueRate: $0.continueRate)
            } ?? Dashboard.EpisodeRow(number: number, starts: 0, completions: 0, completion: 0, hook: 0, continueRate: nil)
        }
        var headline = "\(Dashboard.count(metrics.viewers, "viewer")) · \(Dashboard.count(metrics.starts, "start"))"
        if metrics.starts > 0 { headline += " · hook \(Dashboard.percent(metrics.hookRate)) · completion \(Dashboard.percent(metrics.completionRate))" }
        if let rate = metrics.continueRate { headline += " · continue \(Dashboard.percent(rate))" }
        if let paywall = metrics.paywall { headline += " · paywall ep \(paywall.episode): \(paywall.unlocked)/\(paywall.reached) unlocked" }
        headline += " · " + (released.isEmpty ? "no episode released yet" : "\(Dashboard.count(released.count, "released episode")) counted")

        let chosen = episode ?? metrics.episodes.max(by: { $0.starts < $1.starts })?.episode
        var retention: Dashboard.RetentionPlot?
        var hotspots: [(text: String, link: String)] = []
        if let chosen, released.contains(chosen), let detail = byNumber[chosen] {
            var bands: [Dashboard.Band] = []
            if let story = series.stories[chosen] {
                for (shot, start) in zip(story.timeline.shots, story.timeline.starts) {
                    let from = start.seconds, to = (start + shot.duration).seconds
                    let label = shot.beat?.rawValue ?? "establishing"
                    if let last = bands.last, last.label == label, abs(last.end - from) < 0.01 { bands[bands.count - 1].end = to } else {
                        bands.append(.init(start: from, end: to, label: label))
                    }
                }
            }
            let map = series.maps.first { $0.episode == chosen }
            var markers: [Dashboard.Marker] = []
            for spot in detail.hotspots {
                let mapped = map?.locate(spot)
                let link = "/series/\(id)/episodes/\(chosen)" + (mapped.map { "#shot-\($0.moment.shot + 1)" } ?? "")
                var text = "−\(String(format: "%.1f", spot.loss * 100)) % at \(Int(spot.at.seconds)) s (\(Dashboard.count(spot.viewersLost, "viewer")))"
                if let moment = mapped?.moment {
                    text += " · shot \(moment.shot + 1)" + (moment.beat.map { " · \($0.rawValue)" } ?? "")
                    if let speaker = moment.speaker, let line = moment.text { text += " · \(speaker): “\(line)”" }
                }
                markers.append(.init(second: spot.at.seconds, label: text, link: link))
                hotspots.append((text, link))
            }
            // Reach, not absolute retention: the share of starts still watching, which is what
            // the title says and what the hotspots were measured on (never above 100 %).
            let platforms = (report.channels ?? []).compactMap { channel -> Dashboard.PlatformCurve? in
                guard let row = channel.episodes.first(where: { $0.episode == chosen }), let values = row.watchingBySecond(detail.reach.count) else {
                    return nil
                }
                return Dashboard.PlatformCurve(label: "\(channel.channel) (\(channel.platformName))", values: values)
            }
            retention = Dashboard.RetentionPlot(
                curve: detail.reach, median: metrics.episodes.count > 1 ? metrics.medianReach : nil, bands: bands, markers: markers,
                title: "Episode \(chosen): share of starts still watching" + (synthetic > 0 ? " (synthetic audience)" : ""), platforms: platforms)
        }
        let channels = (report.channels ?? []).flatMap { channel in
            channel.episodes.filter { released.contains($0.episode) }.map { row in Self.channelRow(channel, row) }
        }
        let funnel = rows.map {
            Dashboard.ChartBar(
                label: "ep \($0.number)", value: Double($0.starts),
                note: Dashboard.count($0.starts, "start") + ($0.starts > 0 ? " · \(Dashboard.percent($0.completion)) finish" : ""))
        }
        let continues = rows.compactMap { row in
            row.continueRate.map { Dashboard.ChartBar(label: "\(row.number)", value: $0, note: "\(Dashboard.percent($0)) go on to \(row.number + 1)") }
        }
        let noRelease = "No episode of this series is released yet: approve episodes and set a release calendar; only viewers of released episodes are counted"
        let empty = Dashboard.EmptyCharts(
            retention: released.isEmpty
                ? noRelease
                : chosen.map { released.contains($0) ? "Episode \($0) has no viewers yet: its curve needs viewers who started it" : "Episode \($0) is not released, so it has no viewers to chart" }
                    ?? "No released episode has viewers yet: the curve needs viewers who started one",
            funnel: released.isEmpty ? noRelease : "No released episode has been started yet: the funnel needs viewers who started one",
            continues: released.count < 2
                ? "No continue data yet: it needs two released episodes, and viewers who finished episode n and started n+1"
                : "No episode has continue data yet: it needs viewers who finished episode n and started n+1")
        return AudienceDashboard(
            title: title, report: report, syntheticViewers: synthetic, released: released, headline: headline, rows: rows, episode: chosen, retention: retention,
            funnel: metrics.starts > 0 ? funnel : [], continues: continues, hotspots: hotspots, empty: empty, channels: channels)
    }

    /// One external channel's episode as the dashboard's table prints it.
    static func channelRow(_ channel: ChannelReport, _ row: ChannelEpisodeReport) -> AudienceDashboard.ChannelRow {
        typealias Dashboard = AudienceDashboard
        var average = "—"
        if let seconds = row.averageViewSeconds {
            average = String(format: "%.1f s", seconds) + (row.averageViewShare.map { " (\(Dashboard.percent($0)))" } ?? "")
        }
        var drop = row.hasRetentionCurve ? "no drop" : "\(channel.platformName) offers no retention curve"
        if let steepest = row.drops.first {
            drop = "−\(Dashboard.percent(steepest.loss)) at \(Int(steepest.at)) s"
            if let moment = steepest.moment {
                drop += " · shot \(moment.shot + 1)" + (moment.beat.map { " · \($0.rawValue)" } ?? "")
            } else {
                drop += row.mapped ? " · past the timeline's end" : " · no timeline"
            }
        }
        let builtIn = row.builtIn.map {
            "\(Dashboard.count($0.starts, "start")) · hook \(Dashboard.percent($0.hookRate)) · completion \(Dashboard.percent($0.completionRate))"
        } ?? "no viewers"
        return Dashboard.ChannelRow(
            channel: channel.channel, platform: channel.platformName, episode: row.episode, views: NumberText.grouped(row.views), averageView: average,
            hook: row.hookRetention.map(Dashboard.percent) ?? "—", end: row.endRetention.map(Dashboard.percent) ?? "—", drop: drop, builtIn: builtIn)
    }

    /// The episodes of series `id`, among `candidates`, on the channel now: published (an
    /// approved render the release calendar has released, unchanged since, not rendering).
    /// Only episodes with a publish record are looked at closely, so a batch of events costs
    /// one read of the series' history and a render hash per released episode it names.
    /// - Throws: `StudioError` (`notFound`, `storeFailed`).
    ///
    /// `id` may name an edition (`vows.zh`): its episodes on the channel are those released
    /// (approved and published) whose series' episode is on the channel too.
    package func releasedEpisodes(_ id: String, among candidates: Set<Int>, now: Date = Date()) async throws(StudioError) -> Set<Int> {
        guard !candidates.isEmpty else { return [] }
        if editionID(id) != nil {
            // An edition whose files do not load has nothing on the channel.
            guard let edition = try? studioEdition(seriesID: id) else { return [] }
            let released = try await releasedEpisodes(id, project: edition.project, among: candidates, now: now)
            return released.isEmpty ? [] : released.intersection(try await releasedEpisodes(edition.source, among: released, now: now))
        }
        return try await releasedEpisodes(id, project: try catalog.project(id), among: candidates, now: now)
    }

    /// The episodes of `project` (series or edition `id`), among `candidates`, with a current
    /// publish record.
    private func releasedEpisodes(_ id: String, project: ProductionProject, among candidates: Set<Int>, now: Date) async throws(StudioError) -> Set<Int> {
        let history = try await histories(series: id)
        let published = candidates.filter { history[$0]?.contains { $0.action == .publish } == true }
        guard !published.isEmpty else { return [] }
        let store = try await jobStore(project)
        let active = try await run { try await store.activeJobsByEpisode(now: Date()) { $0.isAlive } }
        var released: Set<Int> = []
        for number in published {
            let facts = ReviewGate.Facts(
                render: try await hashes.hash(of: Self.episodeFile(project, number)),
                rendering: (active[number] ?? 0) > 0 || renders.isRendering(series: id, episode: number), history: history[number] ?? [],
                releaseAt: nil)
            if ReviewGate.state(facts, now: now) == .published { released.insert(number) }
        }
        return released
    }
}
