public import DramaModel
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
    }

    /// Episode number.
    public var episode: Int
    /// Lines in order.
    public var lines: [Line]
    /// Scene headings in order.
    public var scenes: [String]

    /// Breaks a script down. Lines whose cue names nobody in the bible are skipped (the
    /// script checker reports them before planning).
    public init(episode: Int, script: String, checker: ScriptChecker) {
        self.episode = episode
        let document = FountainParser.parse(script)
        var lines: [Line] = []
        var scenes: [String] = []
        var speaker: (id: String, cue: String)?
        var parenthetical: String?
        for element in document.elements {
            switch element {
            case .sceneHeading(let heading):
                scenes.append(heading.text)
                speaker = nil
            case .character(let cue):
                speaker = checker.characterID(forCue: cue.name).map { ($0, cue.name) }
                parenthetical = nil
            case .parenthetical(let text):
                parenthetical = String(text.trimmingCharacters(in: ["(", ")", " "]))
            case .dialogue(let text):
                if let speaker {
                    lines.append(Line(scene: max(scenes.count - 1, 0), speaker: speaker.id, cue: speaker.cue, text: text, parenthetical: parenthetical))
                }
                parenthetical = nil
            case .note, .boneyard:
                continue
            default:
                speaker = nil
                parenthetical = nil
            }
        }
        self.lines = lines
        self.scenes = scenes
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> Substring {
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else { return "" }
        return self[first...last]
    }
}
