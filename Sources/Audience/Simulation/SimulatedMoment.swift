package import DramaModel
import Foundation

/// One shot of an episode as a synthetic viewer experiences it: when it plays and what its
/// content measurably is — how long the line takes, how heated its words and delivery are, how
/// hard the camera hits, how warm it is.
///
/// The features are measured from what is on screen and heard (the line's text, the speaker's
/// expression, the camera move, a held reaction), never from the script's beat labels; `beat`
/// is kept only so analytics can map what viewers did back to the story.
package struct SimulatedMoment: Sendable, Hashable, Codable {
    /// Where the moment starts in the episode.
    package var start: MediaTime
    /// How long it lasts.
    package var duration: MediaTime
    /// What the shot is for.
    package var kind: ShotKind
    /// The 0-based scene.
    package var scene: Int
    /// The index of the episode's dialogue line heard, if any.
    package var line: Int?
    /// The cast id of the speaker, if a line is heard.
    package var speaker: String?
    /// How long the line takes to say, in seconds (0 without a line).
    package var spokenSeconds: Double
    /// How heated the moment is, 0–1: questions and exclamations, words said straight at
    /// someone, short punchy lines, an angry, shocked or cold face.
    package var heat: Double
    /// How hard the picture hits, 0–1: a blow (camera shake), a snap zoom, a held reaction.
    package var impact: Double
    /// How warm it is, 0–1: a tender or sad face.
    package var warmth: Double
    /// Whether the line leaves a question hanging (ends on `?`, `？` or `…`).
    package var openQuestion: Bool
    /// The story beat on screen, for mapping findings back to the script only: the viewer model
    /// never reads it.
    package var beat: BeatKind?

    /// Creates a moment.
    package init(
        start: MediaTime, duration: MediaTime, kind: ShotKind, scene: Int, line: Int? = nil, speaker: String? = nil,
        spokenSeconds: Double = 0, heat: Double = 0, impact: Double = 0, warmth: Double = 0, openQuestion: Bool = false,
        beat: BeatKind? = nil
    ) {
        self.start = start
        self.duration = duration
        self.kind = kind
        self.scene = scene
        self.line = line
        self.speaker = speaker
        self.spokenSeconds = spokenSeconds
        self.heat = heat
        self.impact = impact
        self.warmth = warmth
        self.openQuestion = openQuestion
        self.beat = beat
    }

    /// Where the moment ends.
    package var end: MediaTime { start + duration }

    // MARK: Measuring

    /// How heated a line is from its words, its length and the speaker's face.
    static func heat(text: String, spokenSeconds: Double, expression: Emotion) -> Double {
        let marks = text.filter { "?!？！".contains($0) }.count
        let punctuation = min(1, Double(marks) / 1.5)
        let address = addressesSomeone(text) ? 1.0 : 0
        let face: Double
        switch expression {
        case .angry, .shocked: face = 1
        case .cold, .afraid, .smug: face = 0.7
        case .sad: face = 0.3
        case .tender, .neutral: face = 0
        }
        let shortness = min(1, max(0, (4.5 - spokenSeconds) / 3))
        return min(1, 0.35 * punctuation + 0.3 * address + 0.2 * shortness + 0.15 * face)
    }

    /// Whether a line is said straight at someone: `you` in English, 你/您 in Chinese.
    static func addressesSomeone(_ text: String) -> Bool {
        if text.contains("你") || text.contains("您") { return true }
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }
        return words.contains { ["you", "your", "yours", "yourself", "you're", "you’re", "you'll", "you’ll", "you've", "you’ve"].contains(String($0)) }
    }

    /// Whether a line leaves a question hanging.
    static func leavesAQuestion(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasSuffix("?") || trimmed.hasSuffix("？") || trimmed.hasSuffix("…") || trimmed.hasSuffix("...")
            || trimmed.hasSuffix("……")
    }

    /// How hard a camera move and shot kind hit.
    static func impact(camera: CameraMove, kind: ShotKind) -> Double {
        if camera == .shake { return 1 }
        if camera == .snapZoom { return 0.8 }
        if kind == .reaction { return 0.5 }
        return 0
    }
}
