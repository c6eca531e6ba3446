public import DramaModel

/// How fast subtitles ask to be read: characters per second of each cue, against a limit per
/// language — the limits broadcasters' and streaming platforms' subtitle guides use for adult
/// programmes (17 characters per second for English and Spanish, 9 for Chinese, whose
/// characters each carry a syllable). Spaces and punctuation are not counted.
public enum ReadingSpeed {
    /// The most characters per second a viewer is asked to read in `language`.
    public static func limit(_ language: Language) -> Double {
        switch language {
        case .en, .es: 17
        case .zh: 9
        }
    }

    /// A cue that asks to be read faster than the limit.
    public struct Finding: Sendable, Hashable {
        /// The cue's index in its track (0-based) and its start.
        public var index: Int
        public var start: MediaTime
        /// Its characters per second.
        public var charactersPerSecond: Double
        /// The cue's text.
        public var text: String
    }

    /// Characters a reader reads in `text`: letters, digits and ideographs.
    public static func characters(in text: String) -> Int {
        text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.count
    }

    /// Every cue of `cues` read faster than `language`'s limit.
    public static func findings(_ cues: [SubtitleCue], language: Language) -> [Finding] {
        let limit = limit(language)
        return cues.enumerated().compactMap { index, cue in
            let seconds = cue.duration.seconds
            guard seconds > 0 else { return nil }
            let rate = Double(characters(in: cue.text)) / seconds
            return rate > limit ? Finding(index: index, start: cue.start, charactersPerSecond: rate, text: cue.text) : nil
        }
    }
}
