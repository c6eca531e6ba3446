public import DramaModel
public import Foundation

/// One thing a viewer did while watching an episode, in the Segment/PostHog shape of
/// FORMATS.md ("Audience analytics").
///
/// Its `Codable` form is the wire form the ingest accepts:
///
/// ```json
/// {"message_id": "m-1", "event": "content_playing", "anonymous_id": "a-7",
///  "timestamp": "2026-11-22T20:00:03.120Z",
///  "properties": {"series": "jade", "episode": 3, "position_ms": 3120, "session_id": "s-1"}}
/// ```
///
/// Times are kept to the millisecond; `position` is a `MediaTime` in milliseconds.
public struct ViewerEvent: Sendable, Hashable, Codable {
    /// What happened.
    public enum Name: String, Sendable, Hashable, Codable, CaseIterable {
        /// The player started the episode (from `position`, 0 when absent).
        case playbackStarted = "playback_started"
        /// A heartbeat while playing, every ~5–10 s.
        case contentPlaying = "content_playing"
        /// The viewer paused.
        case playbackPaused = "playback_paused"
        /// The viewer resumed.
        case playbackResumed = "playback_resumed"
        /// Playback reached the end of the episode.
        case playbackCompleted = "playback_completed"
        /// The viewer swiped to something else.
        case swipedAway = "swiped_away"
        /// The viewer unlocked the episode (paid, watched an ad, used coins).
        case unlocked
        /// The viewer liked the episode.
        case liked
        /// The viewer shared the episode.
        case shared
        /// The channel showed the viewer a variant of an experiment for the first time (the
        /// event's `variant` names it, `<experiment>/<variant>`). Counted by experiment reports,
        /// not as playback.
        case experimentExposure = "experiment_exposure"

        /// Events that must say where in the episode they happened.
        var requiresPosition: Bool {
            switch self {
            case .contentPlaying, .playbackCompleted, .swipedAway, .playbackPaused: true
            default: false
            }
        }
    }

    /// The client's id for this event; the store keeps each id once.
    public var messageID: String
    /// What happened.
    public var name: Name
    /// The device's viewer id; metrics count viewers by it.
    public var anonymousID: String
    /// The signed-in account, when there is one.
    public var userID: String?
    /// When it happened, on the client's clock (millisecond precision).
    public var timestamp: Date
    /// Series id.
    public var series: String
    /// Episode number, from 1.
    public var episode: Int
    /// Where playback was in the episode, in milliseconds.
    public var position: MediaTime?
    /// The player session.
    public var sessionID: String?
    /// The experiment variant shown (cover, hook), if any.
    public var variant: String?

    /// Creates an event. `timestamp` is kept to the millisecond.
    public init(
        messageID: String, name: Name, anonymousID: String, userID: String? = nil, timestamp: Date, series: String, episode: Int,
        position: MediaTime? = nil, sessionID: String? = nil, variant: String? = nil
    ) {
        self.messageID = messageID
        self.name = name
        self.anonymousID = anonymousID
        self.userID = userID
        self.timestamp = Date(timeIntervalSince1970: Double(Timestamp.milliseconds(timestamp)) / 1000)
        self.series = series
        self.episode = episode
        self.position = position.map { $0.converted(to: 1000) }
        self.sessionID = sessionID
        self.variant = variant
    }

    /// The timestamp in whole milliseconds since 1970.
    var timestampMilliseconds: Int64 { Timestamp.milliseconds(timestamp) }

    /// The position in whole milliseconds, if any.
    var positionMilliseconds: Int64? { position.map { $0.converted(to: 1000).value } }

    private enum CodingKeys: String, CodingKey {
        case messageID = "message_id", name = "event", anonymousID = "anonymous_id", userID = "user_id", timestamp, properties
    }

    private enum PropertyKeys: String, CodingKey {
        case series, episode, position = "position_ms", sessionID = "session_id", variant
    }

    /// Decodes the wire form. Use `EventBatchDecoder` for untrusted input: it reports every
    /// problem with its field path instead of stopping at the first.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let properties = try container.nestedContainer(keyedBy: PropertyKeys.self, forKey: .properties)
        let stamp = try container.decode(String.self, forKey: .timestamp)
        guard let milliseconds = Timestamp.parse(stamp) else {
            throw DecodingError.dataCorruptedError(forKey: .timestamp, in: container, debugDescription: "'\(stamp)' is not an ISO-8601 time")
        }
        self.init(
            messageID: try container.decode(String.self, forKey: .messageID),
            name: try container.decode(Name.self, forKey: .name),
            anonymousID: try container.decode(String.self, forKey: .anonymousID),
            userID: try container.decodeIfPresent(String.self, forKey: .userID),
            timestamp: Date(timeIntervalSince1970: Double(milliseconds) / 1000),
            series: try properties.decode(String.self, forKey: .series),
            episode: try properties.decode(Int.self, forKey: .episode),
            position: try properties.decodeIfPresent(Int64.self, forKey: .position).map(MediaTime.milliseconds),
            sessionID: try properties.decodeIfPresent(String.self, forKey: .sessionID),
            variant: try properties.decodeIfPresent(String.self, forKey: .variant))
    }

    /// Encodes the wire form, with the timestamp as ISO-8601 UTC with milliseconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(messageID, forKey: .messageID)
        try container.encode(name, forKey: .name)
        try container.encode(anonymousID, forKey: .anonymousID)
        try container.encodeIfPresent(userID, forKey: .userID)
        try container.encode(Timestamp.format(timestampMilliseconds), forKey: .timestamp)
        var properties = container.nestedContainer(keyedBy: PropertyKeys.self, forKey: .properties)
        try properties.encode(series, forKey: .series)
        try properties.encode(episode, forKey: .episode)
        try properties.encodeIfPresent(positionMilliseconds, forKey: .position)
        try properties.encodeIfPresent(sessionID, forKey: .sessionID)
        try properties.encodeIfPresent(variant, forKey: .variant)
    }
}
