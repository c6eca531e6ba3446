import Basics
import Screenplay
import TestSupport

/// Builds varied documents that Fountain can express (forced flags set wherever the text
/// would otherwise be read as something else), deterministically from a seed.
struct DocumentGenerator {
    private var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    static let headings: [SceneHeading] = [
        SceneHeading(text: "INT. HOUSE - DAY"), SceneHeading(text: "EXT. ROOF - NIGHT", sceneNumber: "12A"),
        SceneHeading(text: "int. kitchen - continuous"), SceneHeading(text: "INT./EXT. CAR - MOVING"),
        SceneHeading(text: "I/E. BUS", sceneNumber: "I-1-A"), SceneHeading(text: "EST. CITY - DAWN"),
        SceneHeading(text: "SNIPER SCOPE POV", forced: true), SceneHeading(text: "内景 总裁办公室 - 夜", sceneNumber: "1", forced: true),
        SceneHeading(text: "INT. HOUSE", forced: true),
    ]
    static let actions: [(String, Bool)] = [
        ("He walks in.", false), ("Line one.\nLine two.", false), ("BOOM.", false), ("SCANNING THE AISLES\nNothing.", true),
        ("INT. HOUSE - DAY", true), ("CUT TO:", true), ("> not centered <", true), ("~not a lyric", true),
        ("= not a synopsis", true), ("# not a section", true), ("===", true), ("[[not a note]]", true),
        ("    Indented line.\n\tTabbed line.", false), ("First.\n\nAfter an empty line.", false),
        ("林晚推开门。\n她笑了。", false), ("Note: looks like a title key", false),
        ("*Bold* and _under_ [[inline note]]", false), (".not a heading", true), ("...and then", false),
        ("@not a cue\nreally", true), ("Plain words, forced anyway.", true),
    ]
    static let cues: [CharacterCue] = [
        CharacterCue(name: "BRICK"), CharacterCue(name: "MOM", extensions: ["O.S.", "CONT'D"]),
        CharacterCue(name: "McCLANE", forced: true), CharacterCue(name: "林晚", forced: true),
        CharacterCue(name: "R2D2"), CharacterCue(name: "HANS", extensions: ["on the radio"]),
        CharacterCue(name: "DR. X"), CharacterCue(name: "STEEL", forced: true),
    ]
    static let parentheticals = ["(quietly)", "(beat)", "(in Vietnamese, subtitled)"]
    static let dialogues = [
        "Hello.", "Two lines\nof dialogue.", "Before a gap.\n\nAfter a gap.", "你好，世界。", "CAPS DIALOGUE",
        "INT. NOT A HEADING", "*italic* words", "CUT TO:",
    ]
    static let lyrics = ["Willy Wonka! Willy Wonka!", "Line one\nLine two"]
    static let transitions: [(String, Bool)] = [
        ("CUT TO:", false), ("SMASH CUT TO:", false), ("SMASH CUT", true), ("FADE OUT.", true), ("CUT TO:", true),
    ]
    static let titlePages: [[TitlePageField]] = [
        [],
        [TitlePageField(key: "Title", values: ["BRICK & STEEL"])],
        [
            TitlePageField(key: "Title", values: ["_**BRICK & STEEL**_", "_**FULL RETIRED**_"]),
            TitlePageField(key: "Draft date", values: ["1/27/2012"]), TitlePageField(key: "Contact", values: []),
        ],
        [TitlePageField(key: "标题", values: ["总裁的秘密"]), TitlePageField(key: "Author", values: ["林晚"])],
    ]

    mutating func document() -> FountainDocument {
        var elements: [FountainElement] = []
        let count = 1 + random.below(30)
        while elements.count < count {
            switch random.below(12) {
            case 0: elements.append(.sceneHeading(random.pick(Self.headings)!))
            case 1, 2:
                let (text, forced) = random.pick(Self.actions)!
                elements.append(.action(text, forced: forced))
            case 3, 4: elements.append(contentsOf: dialogueBlock(afterDialogue: elements.last.map(Self.isDialoguePart) ?? false))
            case 5:
                let (text, forced) = random.pick(Self.transitions)!
                elements.append(.transition(text, forced: forced))
            case 6: elements.append(.centered(random.pick(["THE END", "BRICK BRADDOCK\n& DICK STEEL IN", "全剧终"])!))
            case 7: elements.append(.lyrics(random.pick(Self.lyrics)!))
            case 8: elements.append(.note(random.pick(["A note.", "Two line\nnote.", "间隔\n\n之后"])!))
            case 9: elements.append(.boneyard(random.pick(["old scene", "multi\n\nline boneyard\nBOB\nHi."])!))
            case 10: elements.append(.section(level: 1 + random.below(3), title: random.pick(["Act One", "第一幕", "Beat"])!))
            default: elements.append(random.below(2) == 0 ? .synopsis(random.pick(["They meet.", "== not a break"])!) : .pageBreak)
            }
        }
        return FountainDocument(titlePage: random.pick(Self.titlePages)!, elements: elements)
    }

    private static func isDialoguePart(_ element: FountainElement) -> Bool {
        switch element {
        case .character, .parenthetical, .dialogue, .lyrics: return true
        default: return false
        }
    }

    /// A character cue and one to four parts, never two dialogues or two lyrics in a row
    /// (which Fountain would merge).
    private mutating func dialogueBlock(afterDialogue: Bool) -> [FountainElement] {
        var cue = random.pick(Self.cues)!
        cue.dualDialogue = afterDialogue && random.below(2) == 0
        var block: [FountainElement] = [.character(cue)]
        for _ in 0..<(1 + random.below(4)) {
            var part: FountainElement
            repeat {
                switch random.below(4) {
                case 0: part = .parenthetical(random.pick(Self.parentheticals)!)
                case 1: part = .lyrics(random.pick(Self.lyrics)!)
                default: part = .dialogue(random.pick(Self.dialogues)!)
                }
            } while Self.sameKind(part, block.last)
            block.append(part)
        }
        return block
    }

    private static func sameKind(_ element: FountainElement, _ other: FountainElement?) -> Bool {
        switch (element, other) {
        case (.dialogue, .dialogue?), (.lyrics, .lyrics?): return true
        default: return false
        }
    }
}
