/// The shape of a speaking mouth: a handful of visemes, enough for a motion comic.
///
/// The voice engine maps phonemes to these; the artist draws one mouth per shape.
public enum MouthShape: String, Sendable, Hashable, CaseIterable, Codable {
    /// Lips together: rest, and the M/B/P sounds.
    case closed
    /// Jaw dropped: AA, AH.
    case open
    /// Lips spread: EE, IH, EH, S.
    case wide
    /// Lips rounded: OO, OH, W.
    case round
    /// Upper teeth on the lower lip: F, V (and TH).
    case teeth
}

/// From `start` on (until the next cue), the speaker's mouth has `shape`.
public struct MouthCue: Sendable, Hashable, Codable {
    /// When the shape begins, from the start of the line's audio.
    public var start: MediaTime
    /// The mouth shape.
    public var shape: MouthShape

    /// Creates a cue.
    public init(start: MediaTime, shape: MouthShape) {
        self.start = start
        self.shape = shape
    }
}

/// How much of the scene a shot shows.
public enum Framing: String, Sendable, Hashable, CaseIterable, Codable {
    /// The whole place and everyone in it: establishes a scene.
    case wide
    /// One character from the waist up.
    case medium
    /// Two characters face to face, from the chest up: a confrontation.
    case twoShot = "two-shot"
    /// One face filling the frame: a reveal, a reaction.
    case closeUp = "close-up"
}

/// Where a character stands across the frame.
public enum StagePosition: String, Sendable, Hashable, CaseIterable, Codable {
    case left, center, right
}

/// A character in a shot.
public struct ShotSubject: Sendable, Hashable, Codable {
    /// Cast id.
    public var character: String
    /// The face they make for the whole shot.
    public var expression: Emotion
    /// Where they stand.
    public var position: StagePosition
    /// Whether their mouth moves with the shot's line.
    public var speaking: Bool

    /// Creates a subject.
    public init(character: String, expression: Emotion, position: StagePosition, speaking: Bool) {
        self.character = character
        self.expression = expression
        self.position = position
        self.speaking = speaking
    }
}

/// What the virtual camera does during a shot.
public enum CameraMove: String, Sendable, Hashable, CaseIterable, Codable {
    /// Locked off.
    case still
    /// A slow push in: tension builds.
    case pushIn = "push-in"
    /// A slow pull back: an ending, isolation.
    case pullOut = "pull-out"
    /// A fast zoom in over a few frames, then hold: a reveal.
    case snapZoom = "snap-zoom"
    /// A decaying shake: a slap, a blow, a shock.
    case shake
    /// A slow sideways drift: establishing a place.
    case drift
}

/// Daylight or night, from the scene heading (`- NIGHT`).
public enum Lighting: String, Sendable, Hashable, CaseIterable, Codable {
    case day, night
}

/// What a shot is for.
public enum ShotKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Opens the episode or a scene on the place; carries the title and the AI label on the
    /// episode's opening.
    case establishing
    /// A character speaks a line.
    case dialogue
    /// A beat of silence on someone's face after a line lands.
    case reaction
}

/// One shot of an episode: what is on screen, for how long, and which line is heard.
///
/// Durations are whole frames at the episode's frame rate, and come from the line's audio
/// (plus fixed lead-in and tail), never from the text.
public struct Shot: Sendable, Hashable, Codable {
    /// What the shot is for.
    public var kind: ShotKind
    /// Location id.
    public var location: String
    /// Day or night.
    public var lighting: Lighting
    /// How much is shown.
    public var framing: Framing
    /// Who is in it, left to right.
    public var subjects: [ShotSubject]
    /// What the camera does.
    public var camera: CameraMove
    /// How long it lasts (whole frames).
    public var duration: MediaTime
    /// Index of the episode's dialogue line heard in this shot, if any.
    public var line: Int?
    /// Where the line's audio starts, from the shot's start.
    public var audioOffset: MediaTime
    /// The scene (0-based) the shot belongs to.
    public var scene: Int
    /// The story beat the shot plays, when the script marks one.
    public var beat: BeatKind?

    /// Creates a shot.
    public init(
        kind: ShotKind, location: String, lighting: Lighting = .day, framing: Framing, subjects: [ShotSubject],
        camera: CameraMove = .still, duration: MediaTime, line: Int? = nil, audioOffset: MediaTime = .zero,
        scene: Int = 0, beat: BeatKind? = nil
    ) {
        self.kind = kind
        self.location = location
        self.lighting = lighting
        self.framing = framing
        self.subjects = subjects
        self.camera = camera
        self.duration = duration
        self.line = line
        self.audioOffset = audioOffset
        self.scene = scene
        self.beat = beat
    }
}
