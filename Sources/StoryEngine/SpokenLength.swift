public import DramaModel

/// Estimates how long a line takes in the finished episode, before any voice exists: the
/// voice's speech, and the share of the cut that comes with each line. The voice stage later
/// measures the real audio; this estimate steers the writer's length, so an episode written for
/// 90 seconds renders close to 90 seconds.
///
/// The figures are measured on the built-in voices (espeak-ng at the cast's rates) and the
/// built-in cut, over 72 rendered episodes of six premises in both languages (the length test,
/// `EpisodeLengthTests`, renders more): English costs 65 ms per letter or digit plus 0.51 s per
/// line (the voice's own onset and release), Mandarin 297 ms per character plus 0.10 s per line.
/// The cut's share is counted the way the shot planner cuts: 0.40 s per line (a 120 ms lead-in
/// and a 280 ms tail on every dialogue shot), a 0.8 s reaction close-up after each line that
/// reveals or shocks (lines of a reveal or the cliffhanger, and lines delivered shocked), and
/// 2.9 s once per episode (the 2.5 s establishing shot, and the last close-up held 0.4 s longer
/// than a reaction). These used to be averaged into 0.56 s per line, which fits a 90-second
/// episode but under-counts a short one or one with a reveal (a 60-second episode with a reveal
/// rendered 11 % over its target). Voices read slower or faster (Piper, a hosted voice) move
/// the render away from the target by their ratio.
public enum SpokenLength {
    /// Seconds of English speech per letter or digit.
    public static let englishSecondsPerLetter = 0.0651
    /// Seconds of Mandarin speech per character.
    public static let chineseSecondsPerCharacter = 0.2974
    /// What the cut adds to each line, in seconds (the dialogue shot's lead-in and tail).
    public static let cutSecondsPerLine = 0.40
    /// The reaction close-up the cut holds after a line that reveals or shocks, in seconds
    /// (the shot planner's reaction beat).
    public static let reactionSeconds = 0.8
    /// What the cut adds once per episode, in seconds: the opening establishing shot and the
    /// longer hold on the last line.
    public static let episodeSeconds = 2.9

    /// Whether the cut holds a reaction close-up after a line of a `beat` beat delivered with
    /// `emotion` (as the shot planner decides).
    public static func reacts(beat: BeatKind?, emotion: Emotion?) -> Bool {
        beat == .reveal || beat == .cliffhanger || emotion == .shocked
    }

    /// Estimated seconds of an episode whose dialogue is `lines`: each line's text, and
    /// whether the cut reacts to it.
    public static func episodeSeconds(_ lines: [(text: String, reacts: Bool)], language: Language) -> Double {
        lines.reduce(episodeSeconds) { $0 + seconds($1.text, language: language) + ($1.reacts ? reactionSeconds : 0) }
    }

    /// The voice's own onset and release around a line in `language`, in seconds.
    static func voiceSecondsPerLine(_ language: Language) -> Double {
        switch language {
        case .en, .es: 0.5131
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
