import DramaModel
import Editing
import Testing

@Suite struct ShotPlannerTests {
    typealias Line = ShotPlanner.Line
    typealias Scene = ShotPlanner.Scene

    /// A two-scene episode: an office confrontation with a reveal, then a slap in the rain.
    static let scenes = [
        Scene(location: "ceo-office", lighting: .day, cast: ["mei", "gu", "lin", "assistant"]),
        Scene(location: "street", lighting: .night, cast: ["mei", "lin"]),
    ]
    static let lines = [
        Line(scene: 0, speaker: "gu", emotion: .cold, audioDuration: .milliseconds(1_850)),
        Line(scene: 0, speaker: "mei", emotion: .angry, beat: .confrontation, audioDuration: .milliseconds(2_410)),
        Line(scene: 0, speaker: "gu", emotion: .smug, audioDuration: .milliseconds(1_200)),
        Line(scene: 0, speaker: "lin", emotion: .shocked, beat: .reveal, audioDuration: .milliseconds(2_000)),
        Line(scene: 1, speaker: "lin", emotion: .sad, audioDuration: .milliseconds(1_500)),
        Line(scene: 1, speaker: "mei", emotion: .angry, action: "Mei slaps her.", audioDuration: .milliseconds(900)),
        Line(scene: 1, speaker: "lin", emotion: .afraid, beat: .cliffhanger, audioDuration: .milliseconds(1_700)),
    ]

    static func sampleShots() -> [Shot] { ShotPlanner().plan(scenes: scenes, lines: lines) }

    @Test func episodeOpensOnASilentWideDriftOverTheFirstScenesCast() throws {
        let opening = try #require(Self.sampleShots().first)
        #expect(opening.kind == .establishing)
        #expect(opening.framing == .wide)
        #expect(opening.camera == .drift)
        #expect(opening.duration == .milliseconds(2_500))
        #expect(opening.line == nil)
        #expect(opening.location == "ceo-office" && opening.lighting == .day && opening.scene == 0)
        #expect(opening.subjects.map(\.character) == ["mei", "gu", "lin"])
        #expect(opening.subjects.map(\.position) == [.left, .center, .right])
        #expect(opening.subjects.allSatisfy { $0.expression == .neutral && !$0.speaking })
    }

    @Test func everyLineGetsExactlyOneDialogueShotInOrder() {
        let shots = Self.sampleShots()
        let dialogue = shots.filter { $0.kind == .dialogue }
        #expect(dialogue.map(\.line) == Self.lines.indices.map { $0 })
        #expect(shots.filter { $0.kind != .dialogue }.allSatisfy { $0.line == nil })
        for shot in dialogue {
            let line = Self.lines[shot.line!]
            #expect(shot.audioOffset == .milliseconds(120))
            #expect(shot.scene == line.scene && shot.beat == line.beat)
            #expect(
                shot.location == Self.scenes[line.scene].location && shot.lighting == Self.scenes[line.scene].lighting)
            #expect(shot.subjects.filter(\.speaking).map(\.character) == [line.speaker])
            #expect(shot.subjects.first(where: \.speaking)?.expression == line.emotion)
        }
    }

    @Test(arguments: [(1_000, 42), (1_001, 43), (1_033, 43), (1_034, 44), (0, 12)])
    func dialogueLastsLeadInAudioAndTailRoundedUpToWholeFrames(audioMilliseconds: Int64, frames: Int64) throws {
        let shots = ShotPlanner().plan(
            scenes: [Scene(location: "office", cast: ["mei", "gu"])],
            lines: [
                Line(scene: 0, speaker: "mei", audioDuration: .milliseconds(audioMilliseconds)),
                Line(scene: 0, speaker: "gu", audioDuration: .milliseconds(500)),
            ])
        let shot = try #require(shots.first { $0.line == 0 })
        #expect(shot.duration == MediaTime(value: frames, rate: 30))
        #expect(shot.duration.rate == 30)
        #expect(shots.allSatisfy { $0.duration.rate == 30 })
    }

    @Test func durationsFollowTheFrameRateAndAudioSampleRate() throws {
        let settings = ShotPlanner.Settings(frameRate: 24)
        let shots = ShotPlanner(settings: settings).plan(
            scenes: [Scene(location: "office", cast: ["mei"])],
            lines: [
                Line(scene: 0, speaker: "mei", audioDuration: MediaTime(value: 48_001, rate: 48_000)),
                Line(scene: 0, speaker: "mei", audioDuration: .milliseconds(100)),
            ])
        // 0.12 + 1.0000208 + 0.28 s = 33.6005 frames at 24 fps → 34.
        #expect(try #require(shots.first { $0.line == 0 }).duration == MediaTime(value: 34, rate: 24))
        #expect(shots[0].duration == MediaTime(value: 60, rate: 24))
    }

    @Test func revealIsFollowedByAShockedReactionCloseUpOnTheListener() throws {
        let shots = Self.sampleShots()
        let reveal = try #require(shots.firstIndex { $0.line == 3 })
        #expect(shots[reveal].framing == .closeUp)
        #expect(shots[reveal].camera == .snapZoom)
        let reaction = shots[reveal + 1]
        #expect(reaction.kind == .reaction)
        #expect(reaction.framing == .closeUp)
        #expect(reaction.camera == .pushIn)
        #expect(reaction.line == nil)
        #expect(reaction.duration == MediaTime(value: 24, rate: 30))
        // Lin answers Gu, the previous speaker, who takes it in.
        #expect(
            reaction.subjects == [
                ShotSubject(character: "gu", expression: .shocked, position: .center, speaking: false)
            ])
        #expect(reaction.beat == .reveal && reaction.scene == 0)
    }

    @Test func reactionExpressionComesFromTheLinesDelivery() throws {
        let shots = ShotPlanner().plan(
            scenes: [Scene(location: "hall", cast: ["mei", "gu"])],
            lines: [
                Line(scene: 0, speaker: "gu", emotion: .shocked, audioDuration: .milliseconds(900)),
                Line(scene: 0, speaker: "mei", emotion: .smug, audioDuration: .milliseconds(900)),
            ])
        let reactions = shots.filter { $0.kind == .reaction }
        #expect(reactions.map { $0.subjects.map(\.character) } == [["mei"], ["gu"]])
        #expect(reactions.map { $0.subjects.map(\.expression) } == [[.shocked], [.angry]])
    }

    @Test func confrontationIsATwoShotWithTheSpeakerOnTheSideTheyWereFirstSeen() throws {
        let shots = Self.sampleShots()
        let confrontation = try #require(shots.first { $0.line == 1 })
        #expect(confrontation.framing == .twoShot)
        // Mei stood left in the opening wide; she speaks to Gu, the previous speaker.
        #expect(
            confrontation.subjects == [
                ShotSubject(character: "mei", expression: .angry, position: .left, speaking: true),
                ShotSubject(character: "gu", expression: .afraid, position: .right, speaking: false),
            ])
        #expect(confrontation.camera == .pushIn)
    }

    @Test func twoShotPutsTheSpeakerOnTheRightWhenFirstSeenThere() throws {
        let shots = ShotPlanner().plan(
            scenes: [Scene(location: "hall", cast: ["mei", "gu"])],
            lines: [
                Line(scene: 0, speaker: "mei", audioDuration: .milliseconds(900)),
                Line(scene: 0, speaker: "gu", emotion: .tender, beat: .romance, audioDuration: .milliseconds(900)),
                Line(scene: 0, speaker: "mei", audioDuration: .milliseconds(900)),
            ])
        let romance = try #require(shots.first { $0.line == 1 })
        #expect(romance.framing == .twoShot)
        #expect(romance.subjects.map(\.character) == ["mei", "gu"])
        #expect(romance.subjects.map(\.position) == [.left, .right])
        #expect(romance.subjects.map(\.expression) == [.tender, .tender])
        #expect(romance.subjects.map(\.speaking) == [false, true])
    }

    @Test(arguments: [
        ("She slaps him.", true), ("He punched the wall.", true), ("Lin shoves her aside.", true),
        ("她扇了他一耳光。", true), ("他一拳打在顾总脸上。", true), ("她猛地推开他。", true),
        ("She opens the door.", false), ("她打开门，走了进去。", false), ("他打电话给秘书。", false),
        ("White light hits nothing.", true), ("Whitney sits.", false),
    ])
    func blowInTheActionTextShakesTheCamera(action: String, shakes: Bool) throws {
        let shots = ShotPlanner().plan(
            scenes: [Scene(location: "hall", cast: ["mei", "gu"])],
            lines: [
                Line(scene: 0, speaker: "gu", audioDuration: .milliseconds(900)),
                Line(scene: 0, speaker: "mei", emotion: .angry, action: action, audioDuration: .milliseconds(900)),
                Line(scene: 0, speaker: "gu", audioDuration: .milliseconds(900)),
            ])
        let shot = try #require(shots.first { $0.line == 1 })
        #expect((shot.camera == .shake) == shakes, "\(action): \(shot.camera)")
    }

    @Test func tenseLinesPushIn() throws {
        let shots = ShotPlanner().plan(
            scenes: [Scene(location: "hall", cast: ["mei", "gu"])],
            lines: [
                Line(scene: 0, speaker: "gu", audioDuration: .milliseconds(900)),
                Line(scene: 0, speaker: "mei", beat: .scheme, audioDuration: .milliseconds(900)),
                Line(scene: 0, speaker: "gu", emotion: .cold, audioDuration: .milliseconds(900)),
                Line(scene: 0, speaker: "mei", audioDuration: .milliseconds(900)),
            ])
        #expect(shots.filter { $0.kind == .dialogue }.map(\.camera) == [.still, .pushIn, .pushIn, .pushIn])
    }

    @Test func laterSceneOpensOnAWideOfTheNewPlace() throws {
        let shots = Self.sampleShots()
        let opener = try #require(shots.first { $0.line == 4 })
        #expect(opener.framing == .wide)
        #expect(opener.camera == .drift)
        #expect(opener.location == "street" && opener.lighting == .night && opener.scene == 1)
        #expect(opener.subjects.map(\.character) == ["mei", "lin"])
        #expect(opener.subjects.map(\.position) == [.left, .right])
        #expect(opener.subjects.map(\.speaking) == [false, true])
        #expect(opener.subjects.map(\.expression) == [.tender, .sad])
        // The first scene's first line follows the opening wide, so it is not a wide itself.
        #expect(try #require(shots.first { $0.line == 0 }).framing != .wide)
    }

    @Test func lastLineIsAPushInCloseUpHeldOnAReactionForOneAndAHalfBeats() throws {
        let shots = Self.sampleShots()
        let last = try #require(shots.last)
        let line = shots[shots.count - 2]
        #expect(line.line == Self.lines.count - 1)
        #expect(line.framing == .closeUp && line.camera == .pushIn)
        #expect(last.kind == .reaction && last.framing == .closeUp && last.camera == .pushIn)
        #expect(last.duration == MediaTime(value: 36, rate: 30))
        #expect(last.subjects.map(\.character) == ["mei"])
        // A cliffhanger shocks the listener; only one reaction follows the last line.
        #expect(last.subjects.map(\.expression) == [.shocked])
        #expect(shots.filter { $0.kind == .reaction }.count == 2)

        let odd = ShotPlanner(settings: .init(reactionBeat: .milliseconds(810))).plan(
            scenes: Self.scenes, lines: Self.lines)
        // 1.5 × 0.81 s = 36.45 frames → 37.
        #expect(odd.last?.duration == MediaTime(value: 37, rate: 30))
    }

    @Test func speakerAloneReactsToTheirOwnLine() throws {
        let shots = ShotPlanner().plan(
            scenes: [Scene(location: "rooftop", lighting: .night, cast: [])],
            lines: [
                Line(scene: 0, speaker: "mei", emotion: .sad, audioDuration: .milliseconds(1_000)),
                Line(scene: 0, speaker: "mei", emotion: .shocked, audioDuration: .milliseconds(1_000)),
            ])
        #expect(shots.map(\.kind) == [.establishing, .dialogue, .dialogue, .reaction])
        #expect(shots[0].subjects.map(\.character) == ["mei"])
        #expect(
            shots[3].subjects == [
                ShotSubject(character: "mei", expression: .shocked, position: .center, speaking: false)
            ])
        #expect(shots.allSatisfy { $0.framing != .twoShot })
    }

    @Test func emptyEpisodeIsJustTheOpening() {
        let shots = ShotPlanner().plan(scenes: [], lines: [])
        #expect(shots.count == 1)
        #expect(shots[0].kind == .establishing && shots[0].subjects.isEmpty && shots[0].location == "")
    }

    @Test(arguments: 0..<6)
    func noMoreThanThreeShotsInARowShareAFraming(seed: UInt64) {
        let (scenes, lines) = Self.generatedEpisode(seed: seed, lineCount: 120)
        let shots = ShotPlanner().plan(scenes: scenes, lines: lines)
        var run = 0
        for (index, shot) in shots.enumerated() {
            run = index > 0 && shots[index - 1].framing == shot.framing ? run + 1 : 1
            #expect(run <= 3, "seed \(seed): shots \(index - 3)...\(index) are all \(shot.framing)")
        }
        #expect(shots.filter { $0.kind == .dialogue }.map(\.line) == lines.indices.map { $0 })
        #expect(Set(shots.map(\.framing)) == Set(Framing.allCases))
    }

    @Test func runsStayShortEvenWhenEveryLineIsAReveal() {
        let scenes = [Scene(location: "hall", cast: ["mei", "gu"]), Scene(location: "yard", cast: ["gu"])]
        var lines = (0..<12).map {
            Line(scene: 0, speaker: $0 % 2 == 0 ? "mei" : "gu", emotion: .shocked, audioDuration: .milliseconds(700))
        }
        lines += (0..<8).map { _ in Line(scene: 1, speaker: "gu", audioDuration: .milliseconds(700)) }
        lines += (0..<5).map { Line(scene: $0 % 2, speaker: "gu", beat: .reveal, audioDuration: .milliseconds(700)) }
        let shots = ShotPlanner().plan(scenes: scenes, lines: lines)
        var run = 0
        for (index, shot) in shots.enumerated() {
            run = index > 0 && shots[index - 1].framing == shot.framing ? run + 1 : 1
            #expect(run <= 3, "shots \(index - 3)...\(index) are all \(shot.framing)")
        }
        let last = shots.count - 2
        #expect(shots[last].framing == .closeUp && shots[last + 1].kind == .reaction)
    }

    @Test func planningIsDeterministic() {
        let (scenes, lines) = Self.generatedEpisode(seed: 42, lineCount: 80)
        let first = ShotPlanner().plan(scenes: scenes, lines: lines)
        let second = ShotPlanner(settings: .init()).plan(scenes: scenes, lines: lines)
        #expect(first == second)
        #expect(first.count > lines.count)
    }

    /// A pseudo-random episode like the writer produces: scenes of 2–4 cast members, runs of
    /// lines per scene, beats and emotions in proportion, now and then a slap.
    static func generatedEpisode(seed: UInt64, lineCount: Int) -> ([Scene], [Line]) {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let people = ["mei", "gu", "lin", "chen", "elder"]
        var scenes: [Scene] = []
        var lines: [Line] = []
        while lines.count < lineCount {
            let castSize = 1 + next(4)
            var cast: [String] = []
            while cast.count < castSize {
                let person = people[next(people.count)]
                if !cast.contains(person) { cast.append(person) }
            }
            scenes.append(Scene(location: "place-\(next(5))", lighting: next(3) == 0 ? .night : .day, cast: cast))
            for _ in 0..<(1 + next(9)) where lines.count < lineCount {
                let beat: BeatKind? = next(3) == 0 ? BeatKind.allCases[next(BeatKind.allCases.count)] : nil
                lines.append(
                    Line(
                        scene: scenes.count - 1, speaker: cast[next(cast.count)],
                        emotion: Emotion.allCases[next(Emotion.allCases.count)], beat: beat,
                        action: next(8) == 0 ? "She slaps him." : nil,
                        audioDuration: .milliseconds(Int64(400 + next(4_000)))))
            }
        }
        return (scenes, lines)
    }
}
