import DramaModel
import Foundation

/// One external channel's figures in the insight report (``InsightReport/channels``): per
/// episode, the platform's latest statistics with its retention read at the hook point and at
/// the end, its curve's steepest drops mapped onto the episode's story, and the built-in
/// channel's figures for the same episode beside them.
public struct ChannelReport: Sendable, Hashable, Codable {
    /// The channel's name in `cliff.yaml`.
    public var channel: String
    /// The platform's kind (`youtube`, `tiktok`).
    public var platform: String
    /// The platform's name for people (`YouTube`).
    public var platformName: String
    /// The episodes with statistics, in order.
    public var episodes: [ChannelEpisodeReport]

    /// Creates a channel's section.
    public init(channel: String, platform: String, platformName: String, episodes: [ChannelEpisodeReport]) {
        self.channel = channel
        self.platform = platform
        self.platformName = platformName
        self.episodes = episodes
    }
}

/// One episode's figures on an external channel, with the built-in channel's beside them.
public struct ChannelEpisodeReport: Sendable, Hashable, Codable {
    /// The episode.
    public var episode: Int
    /// When the statistics were fetched (ISO 8601).
    public var fetchedAt: String
    /// Views on the platform.
    public var views: Int
    /// Average view duration, seconds, when the platform gives it.
    public var averageViewSeconds: Double?
    /// The average view as a share of the episode's length.
    public var averageViewShare: Double?
    /// Likes, shares and comments, when given.
    public var likes: Int?, shares: Int?, comments: Int?
    /// The episode's length on the platform, seconds (what the curve's fractions are of).
    public var durationSeconds: Double
    /// Whether the platform gave a retention curve.
    public var hasRetentionCurve: Bool
    /// The curve itself (empty without one).
    public var retention: [PlatformSnapshot.RetentionPoint]
    /// The curve at the hook point (3 s), viewers watching per view.
    public var hookRetention: Double?
    /// The curve at its last point (the end), viewers watching per view.
    public var endRetention: Double?
    /// The curve's steepest drops, steepest first, mapped onto the story.
    public var drops: [PlatformDrop]
    /// Whether the episode has a timeline the drops were mapped onto.
    public var mapped: Bool
    /// The built-in channel's figures for the same episode (nil: no viewers there).
    public var builtIn: BuiltInFigures?

    /// The curve read second by second over `seconds` seconds of the episode (second `s` at
    /// fraction `s / durationSeconds`), to draw beside the built-in channel's reach; nil
    /// without a curve, and for seconds outside it.
    public func watchingBySecond(_ seconds: Int) -> [Double?]? {
        guard !retention.isEmpty, seconds > 0 else { return nil }
        return (0..<seconds).map { PlatformSnapshot.watching(at: Double($0) / durationSeconds, on: retention) }
    }
}

/// The built-in channel's figures for one episode, for comparison.
public struct BuiltInFigures: Sendable, Hashable, Codable {
    /// Viewers who started the episode.
    public var starts: Int
    /// Share of starts still watching at the hook point.
    public var hookRate: Double
    /// Share of starts completing.
    public var completionRate: Double
}

/// A steep drop of a platform's retention curve, between two of its points, with what was on
/// screen halfway through it (the episode's ``StoryMap``, as a built-in drop-off hotspot).
public struct PlatformDrop: Sendable, Hashable, Codable {
    /// Where the drop starts and ends, as shares of the video's length.
    public var fromFraction: Double, toFraction: Double
    /// Halfway through the drop, seconds into the episode: the instant mapped.
    public var at: Double
    /// Viewers per view lost over the drop.
    public var loss: Double
    /// What was on screen at `at` (nil: no timeline, or past its end).
    package var moment: StoryMoment?
}

extension InsightReport {
    /// How many drops of each curve the report keeps.
    static let dropsPerEpisode = 3

    /// The channels' sections: `snapshots` (the latest per episode and channel) grouped by
    /// channel, their curves read at `hookPoint` and at the end, their steepest drops located
    /// with `maps`, the built-in channel's figures from `metrics` beside them.
    package static func channels(
        _ snapshots: [PlatformSnapshot], metrics: SeriesMetrics, maps: [StoryMap], hookPoint: Double = 3
    ) -> [ChannelReport] {
        let mapsByEpisode = Dictionary(maps.map { ($0.episode, $0) }, uniquingKeysWith: { first, _ in first })
        let builtIn = Dictionary(metrics.episodes.map { ($0.episode, $0) }, uniquingKeysWith: { first, _ in first })
        let byChannel = Dictionary(grouping: snapshots, by: \.channel)
        let formatter = ISO8601DateFormatter()
        return byChannel.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { channel in
            let episodes = byChannel[channel]!.sorted { ($0.episode, $0.fetchedAt) < ($1.episode, $1.fetchedAt) }
            let latest = Dictionary(episodes.map { ($0.episode, $0) }, uniquingKeysWith: { _, last in last })
            let rows = latest.keys.sorted().map { number -> ChannelEpisodeReport in
                let s = latest[number]!
                let map = mapsByEpisode[number]
                let curve = s.retention
                let drops = zip(curve, curve.dropFirst()).compactMap { a, b -> (slope: Double, drop: PlatformDrop)? in
                    let loss = a.watching - b.watching
                    guard loss > 0, b.fraction > a.fraction else { return nil }
                    let at = (a.fraction + b.fraction) / 2 * s.durationSeconds
                    let moment = map?.moment(at: .milliseconds(Int64((at * 1000).rounded())))
                    return (loss / (b.fraction - a.fraction), PlatformDrop(fromFraction: a.fraction, toFraction: b.fraction, at: at, loss: loss, moment: moment))
                }
                .sorted { ($0.slope, $1.drop.fromFraction) > ($1.slope, $0.drop.fromFraction) }.prefix(dropsPerEpisode).map(\.drop)
                let figures = builtIn[number].flatMap {
                    $0.starts > 0 ? BuiltInFigures(starts: $0.starts, hookRate: $0.hookRate, completionRate: $0.completionRate) : nil
                }
                return ChannelEpisodeReport(
                    episode: number, fetchedAt: formatter.string(from: s.fetchedAt), views: s.views, averageViewSeconds: s.averageViewSeconds,
                    averageViewShare: s.averageViewSeconds.map { $0 / s.durationSeconds }, likes: s.likes, shares: s.shares, comments: s.comments,
                    durationSeconds: s.durationSeconds, hasRetentionCurve: !curve.isEmpty, retention: curve,
                    hookRetention: curve.isEmpty ? nil : s.watching(at: min(1, hookPoint / s.durationSeconds)), endRetention: curve.last?.watching,
                    drops: Array(drops), mapped: map != nil, builtIn: figures)
            }
            let first = episodes.last!
            return ChannelReport(channel: channel, platform: first.platform, platformName: first.platformName, episodes: rows)
        }
    }

    /// The channels' section for people (empty without channels).
    var channelsText: [String] {
        guard let channels, !channels.isEmpty else { return [] }
        var lines = ["", "Channels (the platforms' own figures; the built-in channel's beside them):"]
        for channel in channels {
            lines.append("  \(channel.channel) (\(channel.platformName)):")
            for row in channel.episodes {
                var text = "    ep \(row.episode): \(row.views) view\(row.views == 1 ? "" : "s")"
                if let average = row.averageViewSeconds {
                    text += " · average view \(String(format: "%.1f", average)) s"
                    if let share = row.averageViewShare { text += " (\(InsightFinder.percent(share)) of \(String(format: "%.0f", row.durationSeconds)) s)" }
                }
                if row.hasRetentionCurve {
                    if let hook = row.hookRetention { text += " · watching at 3 s \(InsightFinder.percent(hook))" }
                    if let end = row.endRetention { text += " · at the end \(InsightFinder.percent(end))" }
                } else {
                    text += " · \(channel.platformName) offers no retention curve"
                }
                if let builtIn = row.builtIn {
                    text += " | built-in: \(builtIn.starts) start\(builtIn.starts == 1 ? "" : "s"), hook \(InsightFinder.percent(builtIn.hookRate)), completion \(InsightFinder.percent(builtIn.completionRate))"
                } else {
                    text += " | built-in: no viewers"
                }
                lines.append(text)
                if row.hasRetentionCurve, !row.mapped, !row.drops.isEmpty {
                    lines.append("      no timeline for episode \(row.episode): its drops are not mapped to the story")
                }
                for drop in row.drops {
                    var line = "      drop −\(InsightFinder.percent(drop.loss)) at \(Int(drop.at)) s"
                    line += " (\(Int((drop.fromFraction * 100).rounded()))–\(Int((drop.toFraction * 100).rounded())) % of the video)"
                    if let moment = drop.moment {
                        line += " · shot \(moment.shot + 1) (\(moment.shotKind.rawValue)), scene \(moment.scene + 1)"
                        if let beat = moment.beat { line += ", \(beat.rawValue)" }
                        if let speaker = moment.speaker { line += ", \(speaker)" }
                        if let spoken = moment.text { line += ": “\(spoken)”" }
                    } else if row.mapped {
                        line += " · past the end of the episode's timeline"
                    }
                    lines.append(line)
                }
            }
        }
        return lines
    }
}
