import DramaModel

extension ShotPlanner {
    /// Who is in each scene and who each line is said to; stages subjects for a framing.
    struct Stage {
        /// The scenes as given.
        var scenes: [Scene]
        /// The lines as given.
        var lines: [Line]
        /// Each scene's cast: the listed members, then speakers missing from the list, in order
        /// of their first line.
        var casts: [Int: [String]]

        init(scenes: [Scene], lines: [Line]) {
            self.scenes = scenes
            self.lines = lines
            var casts: [Int: [String]] = [:]
            for (index, scene) in scenes.enumerated() {
                var cast: [String] = []
                for member in scene.cast where !cast.contains(member) { cast.append(member) }
                casts[index] = cast
            }
            for line in lines where !(casts[line.scene]?.contains(line.speaker) ?? false) {
                casts[line.scene, default: []].append(line.speaker)
            }
            self.casts = casts
        }

        /// The scene at `index`, or an empty day-lit place when there is none.
        func scene(_ index: Int) -> Scene {
            scenes.indices.contains(index) ? scenes[index] : Scene(location: "", lighting: .day, cast: [])
        }

        /// Who line `index` is said to: the previous line's speaker in the same scene if that is
        /// someone else, else the next other speaker before the scene ends, else the first other
        /// cast member of the scene; `nil` for someone alone.
        func addressee(of index: Int) -> String? {
            let line = lines[index]
            if index > 0, lines[index - 1].scene == line.scene, lines[index - 1].speaker != line.speaker {
                return lines[index - 1].speaker
            }
            for next in lines[(index + 1)...] {
                if next.scene != line.scene { break }
                if next.speaker != line.speaker { return next.speaker }
            }
            return casts[line.scene, default: []].first { $0 != line.speaker }
        }

        /// The subjects of `intent` framed `framing`, left to right; records where characters
        /// are first seen on a side.
        func subjects(of intent: Intent, framing: Framing, sides: inout StageSides) -> [ShotSubject] {
            let subjects: [ShotSubject]
            switch (framing, intent.subject) {
            case (.wide, _):
                subjects = wide(intent)
            case (.twoShot, let speaker?):
                guard let partner = intent.partner else {
                    subjects = [single(intent, speaker)]
                    break
                }
                let speakerSide = sides.side(of: speaker) ?? sides.side(of: partner)?.opposite ?? .left
                let pair = [
                    ShotSubject(
                        character: speaker, expression: intent.expression, position: speakerSide,
                        speaking: intent.kind == .dialogue),
                    ShotSubject(
                        character: partner, expression: intent.listenerExpression, position: speakerSide.opposite,
                        speaking: false),
                ]
                subjects = speakerSide == .left ? pair : pair.reversed()
            case (_, let subject?):
                subjects = [single(intent, subject)]
            case (_, nil):
                subjects = []
            }
            sides.record(subjects)
            return subjects
        }

        /// One character at centre: the speaker speaking, or the face a reaction holds.
        private func single(_ intent: Intent, _ character: String) -> ShotSubject {
            ShotSubject(
                character: character, expression: intent.expression, position: .center,
                speaking: intent.kind == .dialogue)
        }

        /// Up to three of the scene's cast in cast order, always including the speaker, spread
        /// left, centre, right (two: left and right; one: centre).
        private func wide(_ intent: Intent) -> [ShotSubject] {
            let cast = casts[intent.scene, default: []]
            var shown = Array(cast.prefix(3))
            if let speaker = intent.subject, intent.kind == .dialogue, !shown.contains(speaker) {
                shown[shown.count - 1] = speaker
                shown = cast.filter(shown.contains)
            }
            let positions: [StagePosition] =
                switch shown.count {
                case 1: [.center]
                case 2: [.left, .right]
                default: [.left, .center, .right]
                }
            return zip(shown, positions).map { character, position in
                let speaking = intent.kind == .dialogue && character == intent.subject
                return ShotSubject(
                    character: character, expression: speaking ? intent.expression : intent.listenerExpression,
                    position: position, speaking: speaking)
            }
        }
    }

    /// The side of the frame each character was first seen on.
    struct StageSides {
        private var sides: [String: StagePosition] = [:]

        /// Where `character` was first seen at the left or right, if they have been.
        func side(of character: String) -> StagePosition? { sides[character] }

        /// Notes the side of every subject standing left or right for the first time.
        mutating func record(_ subjects: [ShotSubject]) {
            for subject in subjects where subject.position != .center && sides[subject.character] == nil {
                sides[subject.character] = subject.position
            }
        }
    }
}

extension StagePosition {
    /// Left for right and right for left; centre stays.
    var opposite: StagePosition {
        switch self {
        case .left: .right
        case .right: .left
        case .center: .center
        }
    }
}
