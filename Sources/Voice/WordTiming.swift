public import DramaModel

/// When a word of a line is spoken, from the start of the line's audio.
public struct WordTiming: Sendable, Hashable, Codable {
    /// When the word starts.
    public var start: MediaTime
    /// When the word ends (no later than the next word's start).
    public var end: MediaTime
    /// The word as written in the line.
    public var text: String

    /// Creates a word timing.
    public init(start: MediaTime, end: MediaTime, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
