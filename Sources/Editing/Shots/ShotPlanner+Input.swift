public import DramaModel

extension ShotPlanner {
    /// How the planner times shots.
    public struct Settings: Sendable, Hashable, Codable {
        /// Frames per second; every shot lasts a whole number of frames at this rate.
        public var frameRate: Int32
        /// Silence in a dialogue shot before the line's audio starts (the shot's `audioOffset`).
        public var leadIn: MediaTime
        /// Silence in a dialogue shot after the line's audio ends.
        public var tail: MediaTime
        /// How long a reaction shot holds on the listener's face; the episode's final reaction
        /// (the cliffhanger hold) lasts 1.5 times this.
        public var reactionBeat: MediaTime
        /// How long the silent establishing shot that opens every episode lasts (it carries the
        /// title and the AI label).
        public var openingDuration: MediaTime

        /// Creates settings; the defaults suit 30 fps vertical micro-drama.
        ///
        /// - Precondition: `frameRate > 0`.
        public init(
            frameRate: Int32 = 30, leadIn: MediaTime = .milliseconds(120), tail: MediaTime = .milliseconds(280),
            reactionBeat: MediaTime = .milliseconds(800), openingDuration: MediaTime = .milliseconds(2500)
        ) {
            precondition(frameRate > 0, "frame rate must be positive, got \(frameRate)")
            self.frameRate = frameRate
            self.leadIn = leadIn
            self.tail = tail
            self.reactionBeat = reactionBeat
            self.openingDuration = openingDuration
        }

        /// How long a dialogue shot lasts when its line's audio lasts `audio`: lead-in, the
        /// audio and the tail, rounded up to whole frames. The renderer uses the same rule.
        public func dialogueDuration(audio: MediaTime) -> MediaTime {
            FrameCount.roundedUp(leadIn + max(audio, .zero) + tail, rate: frameRate)
        }
    }

    /// A scene of the episode, as far as the camera cares.
    public struct Scene: Sendable, Hashable {
        /// Location id, copied into every shot of the scene.
        public var location: String
        /// Day or night, copied into every shot of the scene.
        public var lighting: Lighting
        /// Cast ids appearing in the scene, in order of first appearance.
        public var cast: [String]

        /// Creates a scene.
        public init(location: String, lighting: Lighting = .day, cast: [String]) {
            self.location = location
            self.lighting = lighting
            self.cast = cast
        }
    }

    /// A dialogue line of the episode, with its measured audio length.
    public struct Line: Sendable, Hashable {
        /// Index (0-based) of the line's scene in the `scenes` passed to `plan`.
        public var scene: Int
        /// Cast id of the speaker.
        public var speaker: String
        /// How the line is delivered.
        public var emotion: Emotion
        /// The story beat the line plays, when the script marks one.
        public var beat: BeatKind?
        /// The action text just before the line (`She slaps him.`, `她扇了他一耳光。`), if any.
        public var action: String?
        /// The measured length of the line's audio.
        public var audioDuration: MediaTime

        /// Creates a line.
        public init(
            scene: Int, speaker: String, emotion: Emotion = .neutral, beat: BeatKind? = nil, action: String? = nil,
            audioDuration: MediaTime
        ) {
            self.scene = scene
            self.speaker = speaker
            self.emotion = emotion
            self.beat = beat
            self.action = action
            self.audioDuration = audioDuration
        }
    }
}
