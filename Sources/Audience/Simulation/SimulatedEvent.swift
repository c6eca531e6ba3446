import Foundation

/// A viewer event made by the synthetic audience, in the ingest's shape (FORMATS.md "Audience
/// analytics"): `message_id`, `event`, `anonymous_id`, ISO-8601 `timestamp` and `properties`
/// with `series`, `episode`, `position_ms`, `session_id`, `variant` — and `"synthetic": true`,
/// so synthetic data is never mistaken for real viewers.
///
/// ```json
/// {"message_id":"syn-7-v12-e3","event":"swiped_away","anonymous_id":"synthetic-7-12",
///  "timestamp":"2026-03-01T20:04:12.250Z","properties":{"series":"midnight-contract","episode":3,
///  "position_ms":41250,"session_id":"synthetic-7-12-1","variant":"synthetic","synthetic":true}}
/// ```
public struct SimulatedEvent: Sendable, Hashable, Codable {
    /// The event names the synthetic audience sends.
    public enum Name: String, Sendable, Hashable, Codable, CaseIterable {
        /// An episode starts playing.
        case playbackStarted = "playback_started"
        /// A heartbeat while playing, every 5 s of watching.
        case contentPlaying = "content_playing"
        /// The viewer swiped away before the end.
        case swipedAway = "swiped_away"
        /// The episode played to its end.
        case playbackCompleted = "playback_completed"
        /// The viewer unlocked the paywall episode.
        case unlocked
        /// The viewer liked the episode.
        case liked
        /// The viewer was first shown an experiment's variant (`properties.variant` names it).
        case experimentExposure = "experiment_exposure"
    }

    /// The event's properties.
    package struct Properties: Sendable, Hashable, Codable {
        /// The series id.
        package var series: String
        /// The episode number.
        package var episode: Int
        /// Where in the episode, in whole milliseconds.
        package var positionMs: Int64?
        /// The viewer's session (one binge, across episodes).
        package var sessionID: String
        /// The experiment variant.
        package var variant: String
        /// Always true: these events come from the synthetic audience.
        package var synthetic: Bool

        enum CodingKeys: String, CodingKey {
            case series, episode, variant, synthetic
            case positionMs = "position_ms"
            case sessionID = "session_id"
        }
    }

    /// Unique per event; the same run sends the same ids, so posting twice is harmless.
    public var messageID: String
    /// What happened.
    public var event: Name
    /// The synthetic viewer.
    public var anonymousID: String
    /// When, ISO-8601 in UTC with milliseconds.
    public var timestamp: String
    /// The event's properties.
    package var properties: Properties

    enum CodingKeys: String, CodingKey {
        case event, timestamp, properties
        case messageID = "message_id"
        case anonymousID = "anonymous_id"
    }

    /// `milliseconds` since 1970 as ISO-8601 in UTC (`2026-03-01T20:04:12.250Z`).
    static func isoTimestamp(milliseconds: Int64) -> String {
        let days = Int64((Double(milliseconds) / 86_400_000).rounded(.down))
        let dayMs = milliseconds - days * 86_400_000
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let ms = dayMs % 1000
        let msText = ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)"
        let seconds = dayMs / 1000
        return "\(year)-\(two(month))-\(two(day))T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60)).\(msText)Z"
    }
}
