package import DramaModel

/// The subtitles of one episode in one language.
package struct SubtitleTrack: Sendable, Hashable, Codable {
    /// The language the cues are written in; it chooses the line width and the wrapping rules.
    package var language: Language
    /// The cues, normally sorted by start.
    package var cues: [SubtitleCue]

    /// Creates a track.
    package init(language: Language, cues: [SubtitleCue] = []) {
        self.language = language
        self.cues = cues
    }
}
