public import DramaModel

/// The subtitles of one episode in one language.
public struct SubtitleTrack: Sendable, Hashable, Codable {
    /// The language the cues are written in; it chooses the line width and the wrapping rules.
    public var language: Language
    /// The cues, normally sorted by start.
    public var cues: [SubtitleCue]

    /// Creates a track.
    public init(language: Language, cues: [SubtitleCue] = []) {
        self.language = language
        self.cues = cues
    }
}
