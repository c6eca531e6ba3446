public import DramaModel
import Foundation
import Screenplay
public import StoryEngine

/// The spoken lines of one episode script, in order, with their speakers resolved against
/// the bible: what the production graph turns into voice lines, subtitles and shots.
public struct EpisodeBreakdown: Sendable, Hashable {
    /// One dialogue line.
    public struct Line: Sendable, Hashable {
        /// 0-based scene index in the episode.
        public var scene: Int
        /// The speaker's cast id.
        public var speaker: String
        /// The cue as written (`GRACE`).
        public var cue: String
        /// The words, as written (emphasis markers kept).
        public var text: String
        /// The parenthetical before the line (`(cold)`), without parentheses.
        public var parenthetical: String?
        /// How the line is delivered, read from the parenthetical (neutral when there is
        /// none or it names no known emotion).
        public var emotion: Emotion = .neutral
        /// The story beat the line belongs to (the last `[[beat: …]]` note before it).
        public var beat: BeatKind?
        /// Action text written just before the line ("She slaps him."), if any.
        public var action: String?
    }

    /// One scene: where and when.
    public struct Scene: Sendable, Hashable {
        /// The heading as written.
        public var heading: String
        /// The location's id, when the heading names a place of the bible.
        public var location: String?
        /// Day or night, from the heading's time (`- NIGHT`, `- 夜`).
        public var lighting: Lighting
        /// Cast ids in order of first line.
        public var cast: [String]
    }

    /// A parenthetical that names no emotion this program knows: delivered neutral.
    package struct UnknownDelivery: Sendable, Hashable {
        /// Index of the line in `lines`.
        package var line: Int
        /// The parenthetical as written.
        package var parenthetical: String
    }

    /// Episode number.
    public var episode: Int
    /// The episode's title from the title page (`Episode Title:`), if any.
    public var title: String?
    /// Lines in order.
    public var lines: [Line]
    /// Scenes in order.
    public var scenes: [Scene]
    /// Parentheticals delivered neutral because they name no known emotion.
    package var unknownDeliveries: [UnknownDelivery] = []

    /// Breaks a script down. Lines whose cue names nobody in the bible are skipped (the
    /// script checker reports them before planning).
    public init(episode: Int, script: String, checker: ScriptChecker, language: Language = .en) {
        self.episode = episode
        let document = FountainParser.parse(script)
        title = document.titlePage.first { $0.key.lowercased() == "episode title" }?.values.joined(separator: " ")
        var lines: [Line] = []
        var scenes: [Scene] = []
        var speaker: (id: String, cue: String)?
        var parenthetical: String?
        var beat: BeatKind?
        var action: String?
        for element in document.elements {
            switch element {
            case .sceneHeading(let heading):
                scenes.append(Scene(
                    heading: heading.text, location: checker.locationID(forHeading: heading.text),
                    lighting: Self.lighting(of: heading.text), cast: []))
                speaker = nil
                beat = nil
                action = nil
            case .character(let cue):
                speaker = checker.characterID(forCue: cue.name).map { ($0, cue.name) }
                parenthetical = nil
            case .parenthetical(let text):
                parenthetical = String(text.trimmingCharacters(in: ["(", ")", " ", "（", "）"]))
            case .dialogue(let text):
                if let speaker {
                    var line = Line(scene: max(scenes.count - 1, 0), speaker: speaker.id, cue: speaker.cue, text: text, parenthetical: parenthetical)
                    if let parenthetical, !parenthetical.isEmpty {
                        if let emotion = DeliveryReader.emotion(of: parenthetical, language: language) {
                            line.emotion = emotion
                        } else {
                            unknownDeliveries.append(UnknownDelivery(line: lines.count, parenthetical: parenthetical))
                        }
                    }
                    line.beat = beat
                    line.action = action
                    if !scenes.isEmpty, !scenes[scenes.count - 1].cast.contains(speaker.id) {
                        scenes[scenes.count - 1].cast.append(speaker.id)
                    }
                    lines.append(line)
                    action = nil
                }
                parenthetical = nil
            case .note(let note):
                let parts = note.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: [" "]) }
                if parts.count == 2, parts[0] == "beat", let kind = BeatKind(rawValue: String(parts[1])) { beat = kind }
            case .boneyard:
                continue
            case .action(let text, _):
                action = text
                speaker = nil
                parenthetical = nil
            default:
                speaker = nil
                parenthetical = nil
            }
        }
        self.lines = lines
        self.scenes = scenes
    }

    /// Night when the heading's time says so (`NIGHT`, `EVENING`, `夜`, `晚`), else day.
    static func lighting(of heading: String) -> Lighting {
        ScriptChecker.isNight(heading: heading) ? .night : .day
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> Substring {
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else { return "" }
        return self[first...last]
    }
}
