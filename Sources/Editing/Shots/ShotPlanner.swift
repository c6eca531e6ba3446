public import DramaModel

/// Turns an episode's scenes and timed lines into a shot list: what the camera shows, for how
/// long, and which line is heard.
///
/// The rules, in short (docs/shots.md has them in full, with a worked example):
/// - Shot 0 is a silent `.establishing` wide that drifts over the first scene's cast for
///   `openingDuration`; it carries the title and the AI label.
/// - Every line gets exactly one `.dialogue` shot lasting lead-in + audio + tail, rounded up to
///   whole frames, with the audio starting `leadIn` into the shot.
/// - A later scene's first line is a wide (the new place); a reveal, a cliffhanger or a shocked
///   line a close-up with a snap zoom; a confrontation, humiliation, plea or romance a two-shot
///   of speaker and addressee; other lines alternate medium singles and two-shots. Tension
///   (scheme and warning beats, angry, cold and afraid lines) pushes in; a blow in the action
///   text (`slaps`, `耳光`) shakes.
/// - A reveal, cliffhanger or shocked line is followed by a `.reaction` close-up on the
///   listener; the episode's last line is a close-up pushing in, held on the listener's reaction
///   for 1.5 reaction beats.
/// - No more than three shots in a row share a framing.
///
/// Planning is a pure function: the same input gives the same shots.
///
/// ```swift
/// let shots = ShotPlanner().plan(
///     scenes: [.init(location: "ceo-office", lighting: .night, cast: ["mei", "gu"])],
///     lines: [
///         .init(scene: 0, speaker: "gu", emotion: .cold, audioDuration: .milliseconds(1_850)),
///         .init(scene: 0, speaker: "mei", emotion: .shocked, beat: .reveal, audioDuration: .milliseconds(2_300)),
///     ])
/// // establishing wide, gu (medium, push-in), mei (close-up, push-in), reaction on gu (1.2 s)
/// ```
public struct ShotPlanner: Sendable {
    /// How shots are timed.
    public var settings: Settings

    /// Creates a planner.
    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// The shot list for an episode whose lines, in order, are `lines`.
    ///
    /// A line whose `scene` is not an index of `scenes` plays in a place with an empty location
    /// id by day; a speaker missing from a scene's `cast` joins it after the listed members.
    public func plan(scenes: [Scene], lines: [Line]) -> [Shot] {
        let stage = Stage(scenes: scenes, lines: lines)
        let intents = intents(stage: stage, lines: lines)
        return frame(intents, stage: stage)
    }

    // MARK: - What each shot is for

    /// The most framings allowed in a row.
    static let longestRun = 3

    /// A shot before its framing is settled.
    struct Intent {
        /// What the shot is for.
        var kind: ShotKind
        /// The scene it belongs to.
        var scene: Int
        /// The line heard, for dialogue.
        var line: Int?
        /// The line's speaker (dialogue), or the face held (reaction).
        var subject: String?
        /// The expression of `subject`.
        var expression: Emotion
        /// Who the line is said to, if anyone else is in the scene.
        var partner: String?
        /// The expression of everyone who is not speaking.
        var listenerExpression: Emotion
        /// The framing asked for.
        var wish: Wish
        /// The camera unless the shot ends up wide.
        var camera: CameraMove
        /// The camera if the shot ends up wide.
        var wideCamera: CameraMove
        /// How long the shot lasts (whole frames).
        var duration: MediaTime
        /// Where the line's audio starts in the shot.
        var audioOffset: MediaTime
        /// The beat played.
        var beat: BeatKind?
    }

    /// The framing a shot asks for.
    enum Wish: Equatable {
        /// This framing and no other (the opening, reactions, the last line).
        case fixed(Framing)
        /// This framing unless it would make a fourth in a row.
        case prefer(Framing)
        /// A two-shot after a medium single, a medium single after anything else.
        case alternate
    }

    /// The shots' purposes, durations and cameras, in order.
    private func intents(stage: Stage, lines: [Line]) -> [Intent] {
        let openingScene = lines.first?.scene ?? 0
        var intents = [
            Intent(
                kind: .establishing, scene: openingScene, line: nil, subject: nil, expression: .neutral, partner: nil,
                listenerExpression: .neutral, wish: .fixed(.wide), camera: .drift, wideCamera: .drift,
                duration: frames(settings.openingDuration), audioOffset: .zero, beat: nil)
        ]
        for (index, line) in lines.enumerated() {
            let isLast = index == lines.count - 1
            let opensScene = index > 0 && lines[index - 1].scene != line.scene
            let partner = stage.addressee(of: index)
            let reveals = line.beat == .reveal || line.beat == .cliffhanger || line.emotion == .shocked
            let confronts = [.confrontation, .humiliation, .plea, .romance].contains(line.beat)
            let tense =
                line.beat == .scheme || line.beat == .warning || [.angry, .cold, .afraid].contains(line.emotion)
            let blow = line.action.map(ActionText.describesBlow) ?? false
            let listenerExpression = ReactionTable.expression(reactingTo: line.emotion, beat: line.beat)

            // The framing asked for and the camera: the first rule that applies wins.
            let wish: Wish
            let camera: CameraMove
            if isLast {
                (wish, camera) = (.fixed(.closeUp), .pushIn)
            } else {
                if opensScene {
                    wish = .prefer(.wide)
                } else if reveals {
                    wish = .prefer(.closeUp)
                } else if confronts {
                    wish = .prefer(.twoShot)
                } else {
                    wish = .alternate
                }
                if blow {
                    camera = .shake
                } else if reveals {
                    camera = .snapZoom
                } else {
                    camera = tense ? .pushIn : .still
                }
            }
            intents.append(
                Intent(
                    kind: .dialogue, scene: line.scene, line: index, subject: line.speaker, expression: line.emotion,
                    partner: partner, listenerExpression: listenerExpression, wish: wish, camera: camera,
                    wideCamera: isLast ? .pushIn : blow ? .shake : .drift,
                    duration: settings.dialogueDuration(audio: line.audioDuration),
                    audioOffset: settings.leadIn, beat: line.beat))

            guard reveals || isLast else { continue }
            // The cliffhanger hold: ⌈1.5 × beat⌉ frames, which is ⌈⌈3 × beat⌉ / 2⌉.
            let threeBeats = FrameCount.ceiling(
                settings.reactionBeat + settings.reactionBeat + settings.reactionBeat, rate: settings.frameRate)
            let hold =
                isLast ? MediaTime(value: max(0, threeBeats + 1) / 2, rate: settings.frameRate) : settings.reactionBeat
            intents.append(
                Intent(
                    kind: .reaction, scene: line.scene, line: nil, subject: partner ?? line.speaker,
                    expression: partner == nil ? line.emotion : listenerExpression, partner: nil,
                    listenerExpression: listenerExpression, wish: .fixed(.closeUp), camera: .pushIn,
                    wideCamera: .pushIn,
                    duration: frames(hold), audioOffset: .zero, beat: line.beat))
        }
        return intents
    }

    /// `time` rounded up to whole frames.
    private func frames(_ time: MediaTime) -> MediaTime {
        FrameCount.roundedUp(time, rate: settings.frameRate)
    }

    // MARK: - Framing and staging

    /// The shots, framed so that no more than `longestRun` in a row share a framing, and staged.
    private func frame(_ intents: [Intent], stage: Stage) -> [Shot] {
        var sides = StageSides()
        var shots: [Shot] = []
        for (index, intent) in intents.enumerated() {
            let framing = choose(intent, at: index, in: intents, after: shots)
            let subjects = stage.subjects(of: intent, framing: framing, sides: &sides)
            let scene = stage.scene(intent.scene)
            shots.append(
                Shot(
                    kind: intent.kind, location: scene.location, lighting: scene.lighting, framing: framing,
                    subjects: subjects, camera: framing == .wide ? intent.wideCamera : intent.camera,
                    duration: intent.duration, line: intent.line, audioOffset: intent.audioOffset, scene: intent.scene,
                    beat: intent.beat))
        }
        return shots
    }

    /// The framing of `intent`: its wish when that keeps runs short, else the first fallback
    /// that does.
    ///
    /// A fixed framing is kept. A flexible one counts the run of its framing just before it
    /// and the fixed shots of that framing just after it (a reaction, the final close-ups),
    /// which cannot give way.
    private func choose(_ intent: Intent, at index: Int, in intents: [Intent], after shots: [Shot]) -> Framing {
        let wished: Framing
        switch intent.wish {
        case .fixed(let framing): return framing
        case .prefer(let framing): wished = framing
        case .alternate: wished = shots.last?.framing == .medium ? .twoShot : .medium
        }
        let fallbacks: [Framing] =
            switch wished {
            case .wide: [.medium, .twoShot, .closeUp]
            case .medium: [.twoShot, .closeUp, .wide]
            case .twoShot: [.medium, .closeUp, .wide]
            case .closeUp: [.medium, .twoShot, .wide]
            }
        let candidates = ([wished] + fallbacks).filter { $0 != .twoShot || intent.partner != nil }
        for framing in candidates {
            let before = shots.reversed().prefix { $0.framing == framing }.count
            let after = intents[(index + 1)...].prefix { $0.wish == .fixed(framing) }.count
            if before + 1 + after <= Self.longestRun { return framing }
        }
        // Unreachable: the neighbours rule out at most two of the three or four candidates.
        return candidates[0]
    }
}
