package import DramaModel

/// What was on screen at one instant of an episode: the shot, the line, the beat.
package struct StoryMoment: Sendable, Hashable, Codable {
    /// Episode number.
    package var episode: Int
    /// Index of the shot in the episode's timeline.
    package var shot: Int
    /// What the shot is for.
    package var shotKind: ShotKind
    /// Index of the line in the episode's breakdown: the shot's line, or for a reaction
    /// shot the line it reacts to (the previous shot's, in the same scene).
    package var line: Int?
    /// The line's words.
    package var text: String?
    /// 0-based scene index.
    package var scene: Int
    /// The beat: the shot's, else its line's.
    package var beat: BeatKind?
    /// The speaking character's cast id: the shot's speaking subject, else the line's speaker.
    package var speaker: String?
    /// Location id.
    package var location: String
    /// The line's display width (a CJK character counts 2; emphasis markers not counted).
    package var lineLength: Int?

    /// Creates a moment.
    package init(
        episode: Int, shot: Int, shotKind: ShotKind, line: Int?, text: String?, scene: Int, beat: BeatKind?, speaker: String?, location: String,
        lineLength: Int?
    ) {
        self.episode = episode
        self.shot = shot
        self.shotKind = shotKind
        self.line = line
        self.text = text
        self.scene = scene
        self.beat = beat
        self.speaker = speaker
        self.location = location
        self.lineLength = lineLength
    }

    /// Display width of `text`: CJK and full-width characters count 2, `*` and `_` 0.
    package static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x2A, 0x5F: width
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
                0x20000...0x3FFFD:
                width + 2
            default: width + 1
            }
        }
    }
}

/// A drop-off hotspot with what was on screen when viewers left.
package struct MappedHotspot: Sendable, Hashable, Codable {
    /// The hotspot.
    package var hotspot: DropOffHotspot
    /// What was on screen halfway through the hotspot's second.
    package var moment: StoryMoment

    /// Creates a mapped hotspot.
    package init(hotspot: DropOffHotspot, moment: StoryMoment) {
        self.hotspot = hotspot
        self.moment = moment
    }
}
