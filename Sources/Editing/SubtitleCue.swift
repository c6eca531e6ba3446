public import DramaModel

/// One subtitle on screen: its text, when it shows and who speaks it.
public struct SubtitleCue: Sendable, Hashable, Codable {
    /// When the cue appears.
    public var start: MediaTime
    /// When the cue disappears.
    public var end: MediaTime
    /// What it says; lines are separated by `\n`.
    public var text: String
    /// The character speaking, when known (written as a WebVTT voice span).
    public var speaker: String?

    /// Creates a cue.
    public init(start: MediaTime, end: MediaTime, text: String, speaker: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
    }

    /// How long the cue shows: `end - start`.
    public var duration: MediaTime { end - start }
}
