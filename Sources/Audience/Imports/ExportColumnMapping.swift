/// Which columns of an external platform's export hold what `ExportImporter` needs.
///
/// Names are matched ignoring case and surrounding spaces. The defaults read exports
/// written with these exact headers; set the names your platform uses, for example:
///
/// ```swift
/// var mapping = ExportColumnMapping()
/// mapping.watchLog.viewer = "user_id"
/// mapping.watchLog.watchedSeconds = "play_duration"
/// mapping.retentionTable.audienceShare = "retention_rate"
/// ```
public struct ExportColumnMapping: Sendable, Hashable, Codable {
    /// Columns of a per-viewer watch log: one row per viewer and episode watched.
    package struct WatchLog: Sendable, Hashable, Codable {
        /// The viewer's id. Default `viewer`.
        package var viewer: String
        /// Episode number. Default `episode`.
        package var episode: String
        /// When the viewer started: ISO-8601, or seconds (or milliseconds) since 1970. Default `started_at`.
        package var startedAt: String
        /// Seconds watched (decimals allowed). Default `watched_seconds`.
        package var watchedSeconds: String
        /// Optional: whether the viewer finished (`true/false`, `1/0`, `yes/no`, empty = no). Default `completed`.
        package var completed: String?
        /// Optional: whether the viewer swiped away. Default `swiped`.
        package var swiped: String?
        /// Optional: the series id, when one file holds several. Default `series`.
        package var series: String?

        /// Creates a mapping.
        package init(
            viewer: String = "viewer", episode: String = "episode", startedAt: String = "started_at", watchedSeconds: String = "watched_seconds",
            completed: String? = "completed", swiped: String? = "swiped", series: String? = "series"
        ) {
            self.viewer = viewer
            self.episode = episode
            self.startedAt = startedAt
            self.watchedSeconds = watchedSeconds
            self.completed = completed
            self.swiped = swiped
            self.series = series
        }

        var required: [String] { [viewer, episode, startedAt, watchedSeconds] }
        var optional: [String] { [completed, swiped, series].compactMap { $0 } }
    }

    /// Columns of a per-second retention table: one row per episode and second.
    package struct RetentionTable: Sendable, Hashable, Codable {
        /// Episode number. Default `episode`.
        package var episode: String
        /// Whole second from the episode's start. Default `second`.
        package var second: String
        /// Share of starts still watching: a fraction (`0.85`) or a percentage (`85%`).
        /// Default `audience_share`. One of this or `viewers` must be present.
        package var audienceShare: String
        /// Viewers still watching, as a count. Default `viewers`.
        package var viewers: String
        /// The episode's starts (same on each of its rows). Default `starts`.
        package var starts: String

        /// Creates a mapping.
        package init(episode: String = "episode", second: String = "second", audienceShare: String = "audience_share", viewers: String = "viewers", starts: String = "starts") {
            self.episode = episode
            self.second = second
            self.audienceShare = audienceShare
            self.viewers = viewers
            self.starts = starts
        }
    }

    /// Watch-log columns.
    package var watchLog: WatchLog
    /// Retention-table columns.
    package var retentionTable: RetentionTable
    /// The CSV field separator. Default `,`.
    public var delimiter: Character

    /// Creates a mapping.
    package init(watchLog: WatchLog = WatchLog(), retentionTable: RetentionTable = RetentionTable(), delimiter: Character = ",") {
        self.watchLog = watchLog
        self.retentionTable = retentionTable
        self.delimiter = delimiter
    }

    private enum CodingKeys: String, CodingKey { case watchLog, retentionTable, delimiter }

    /// Decodes a mapping; missing keys take their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        watchLog = try container.decodeIfPresent(WatchLog.self, forKey: .watchLog) ?? WatchLog()
        retentionTable = try container.decodeIfPresent(RetentionTable.self, forKey: .retentionTable) ?? RetentionTable()
        let text = try container.decodeIfPresent(String.self, forKey: .delimiter) ?? ","
        guard text.count == 1, let character = text.first else {
            throw DecodingError.dataCorruptedError(forKey: .delimiter, in: container, debugDescription: "the delimiter must be one character, not '\(text)'")
        }
        delimiter = character
    }

    /// Encodes a mapping.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(watchLog, forKey: .watchLog)
        try container.encode(retentionTable, forKey: .retentionTable)
        try container.encode(String(delimiter), forKey: .delimiter)
    }
}
