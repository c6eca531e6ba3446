import DramaModel
import StoryEngine
public import Foundation

/// What `cliff insights` prints: the series' headline numbers, the findings with their notes,
/// the hotspots mapped to the story, and the external channels' figures beside the built-in
/// channel's (when platform statistics were stored); as plain text or JSON.
public struct InsightReport: Sendable, Hashable, Codable {
    /// The series' metrics.
    package var metrics: SeriesMetrics
    /// Findings, strongest first.
    package var insights: [Insight]
    /// Hotspots with what was on screen (empty without timelines).
    package var hotspots: [MappedHotspot]
    /// Episodes with metrics but no timeline to map onto.
    public var unmappedEpisodes: [Int]
    /// The external channels' figures, by channel name (nil when no platform statistics are
    /// stored: the report, its text and its JSON are then as they were before channels).
    public var channels: [ChannelReport]?

    /// Creates a report.
    package init(
        metrics: SeriesMetrics, insights: [Insight], hotspots: [MappedHotspot] = [], unmappedEpisodes: [Int] = [], channels: [ChannelReport]? = nil
    ) {
        self.metrics = metrics
        self.insights = insights
        self.hotspots = hotspots
        self.unmappedEpisodes = unmappedEpisodes
        self.channels = channels.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Metrics, the story analysis of them and the insights found, in one step; with
    /// `platforms` (the latest snapshot per episode and channel), the channels' section too.
    package init(
        metrics: SeriesMetrics, maps: [StoryMap], platforms: [PlatformSnapshot] = [], finder: InsightFinder = InsightFinder(),
        rule: StoryLossAnalysis.EvidenceRule = .init()
    ) {
        let story = StoryLossAnalysis(metrics: metrics, maps: maps, rule: rule)
        self.init(
            metrics: metrics, insights: finder.insights(metrics: metrics, story: maps.isEmpty ? nil : story), hotspots: story.hotspots,
            unmappedEpisodes: story.unmappedEpisodes, channels: Self.channels(platforms, metrics: metrics, maps: maps))
    }

    /// The report for people.
    public var text: String {
        var lines: [String] = []
        let m = metrics
        var headline = "\(m.series): \(m.viewers) viewers, \(m.starts) starts over \(m.episodes.count) episodes"
        headline += " · hook \(InsightFinder.percent(m.hookRate)) · completion \(InsightFinder.percent(m.completionRate))"
        if let rate = m.continueRate { headline += " · continue \(InsightFinder.percent(rate))" }
        if let paywall = m.paywall {
            headline += " · paywall ep \(paywall.episode): \(paywall.unlocked)/\(paywall.reached) unlocked (\(InsightFinder.percent(paywall.rate)))"
        }
        lines.append(headline)
        lines.append("average view \(String(format: "%.1f", m.averageViewDuration.seconds)) s; \(m.rejectedEvents) malformed event\(m.rejectedEvents == 1 ? "" : "s") rejected")
        if !unmappedEpisodes.isEmpty {
            lines.append("no timeline for episode\(unmappedEpisodes.count == 1 ? "" : "s") \(unmappedEpisodes.map(String.init).joined(separator: ", ")): not mapped to the story")
        }
        lines.append("")
        if insights.isEmpty {
            lines.append("No findings: nothing clears the evidence thresholds yet.")
        }
        for (index, insight) in insights.enumerated() {
            lines.append("\(index + 1). [\(insight.severity.rawValue)] \(insight.finding)")
            var note = "   → \(insight.note.action.rawValue)"
            if let beat = insight.note.beat { note += " beat=\(beat.rawValue)" }
            if let character = insight.note.character { note += " character=\(character)" }
            if let location = insight.note.location { note += " location=\(location)" }
            if let limit = insight.note.maxLineCharacters { note += " max-line=\(limit)" }
            note += " strength=\(String(format: "%.2f", insight.strength)) (\(insight.id))"
            lines.append(note)
        }
        if !hotspots.isEmpty {
            lines.append("")
            lines.append("Drop-off hotspots:")
            for mapped in hotspots.sorted(by: { $0.hotspot.loss > $1.hotspot.loss }).prefix(20) {
                let spot = mapped.hotspot
                let moment = mapped.moment
                var text = "  ep \(spot.episode) at \(Int(spot.at.seconds)) s: −\(InsightFinder.percent(spot.loss)) (\(spot.viewersLost) viewers)"
                text += " · shot \(moment.shot + 1) (\(moment.shotKind.rawValue)), scene \(moment.scene + 1)"
                if let beat = moment.beat { text += ", \(beat.rawValue)" }
                if let speaker = moment.speaker { text += ", \(speaker)" }
                if let line = moment.text { text += ": “\(line)”" }
                lines.append(text)
            }
        }
        lines += channelsText
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON (sorted keys, pretty-printed).
    public func json() throws(AudienceError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do {
            return try encoder.encode(self)
        } catch {
            throw AudienceError(code: .invalidInput, message: "cannot encode the insight report: \(error)")
        }
    }
}
