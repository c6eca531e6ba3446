public import DramaModel

/// Estimates how long a line takes in the finished episode, before any voice exists: the
/// voice's speech, and the share of the cut that comes with each line. The voice stage later
/// measures the real audio; this estimate steers the writer's length, so an episode written for
/// 90 seconds renders close to 90 seconds.
///
/// The figures are measured on the built-in voices (espeak-ng at the cast's rates) and the
/// built-in cut, over 72 rendered episodes of six premises in both languages (the length test,
/// `EpisodeLengthTests`, renders more): English costs 65 ms per letter or digit plus 0.51 s per
/// line (the voice's own onset and release), Mandarin 297 ms per character plus 0.10 s per line;
/// the cut adds 0.56 s per line on average (a 120 ms lead-in and 280 ms tail on every dialogue
/// shot, the establishing shots and the reactions). Voices read slower or faster (Piper, a
/// hosted voice) move the render away from the target by their ratio.
public enum SpokenLength {
    /// Seconds of English speech per letter or digit.
    public static let englishSecondsPerLetter = 0.0651
    /// Seconds of Mandarin speech per character.
    public static let chineseSecondsPerCharacter = 0.2974
    /// What the cut adds to each line, on average, in seconds.
    public static let cutSecondsPerLine = 0.56

    /// The voice's own onset and release around a line in `language`, in seconds.
    static func voiceSecondsPerLine(_ language: Language) -> Double {
        switch language {
        case .en: 0.5131
        case .zh: 0.1039
        }
    }

    /// Estimated seconds of speech in `text`, as the voice reads it (a Chinese name in an
    /// English line counts as Chinese, and the other way round).
    public static func speechSeconds(_ text: String, language: Language) -> Double {
        var ideographs = 0
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isIdeographic {
                ideographs += 1
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                letters += 1
            }
        }
        return Double(ideographs) * chineseSecondsPerCharacter + Double(letters) * englishSecondsPerLetter
            + voiceSecondsPerLine(language)
    }

    /// Estimated seconds `text` adds to the episode: its speech and its share of the cut.
    public static func seconds(_ text: String, language: Language) -> Double {
        speechSeconds(text, language: language) + cutSecondsPerLine
    }
}
