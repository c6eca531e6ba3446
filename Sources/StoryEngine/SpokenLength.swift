public import DramaModel

/// Estimates how long a line takes to say, before any voice exists: English at about
/// 160 words a minute, Mandarin at about 4.2 characters a second, plus a short pause per line.
/// The voice stage later measures the real audio; this estimate steers the writer's length.
public enum SpokenLength {
    /// English words per second.
    public static let englishWordsPerSecond = 2.7
    /// Mandarin characters per second.
    public static let chineseCharactersPerSecond = 4.2
    /// Pause added per line, in seconds.
    public static let pausePerLine = 0.35

    /// Estimated seconds to speak `text`.
    public static func seconds(_ text: String, language: Language) -> Double {
        var ideographs = 0
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isIdeographic {
                ideographs += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if !inWord { words += 1 }
                inWord = true
            } else if scalar != "'" && scalar != "’" {
                inWord = false
            }
        }
        let speech = Double(ideographs) / chineseCharactersPerSecond + Double(words) / englishWordsPerSecond
        return speech + pausePerLine
    }
}
