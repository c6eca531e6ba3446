public import DramaModel

/// Reads how a line is to be delivered from its parenthetical: `(through gritted teeth)` is
/// angry, `(眼眶泛红)` is sad.
///
/// Every parenthetical the built-in writer uses is known exactly (from the phrasebooks);
/// hand-written ones are matched by keywords; anything else is `nil`, and the caller falls
/// back to neutral with a warning.
///
/// ```swift
/// DeliveryReader.emotion(of: "voice shaking with rage", language: .en)  // .angry
/// ```
public enum DeliveryReader {
    /// The emotion a parenthetical asks for, or `nil` when it names none this reader knows.
    public static func emotion(of parenthetical: String, language: Language) -> Emotion? {
        let text = normalized(parenthetical)
        guard !text.isEmpty else { return nil }
        if let known = Known.table[text] { return known }
        let lowered = text.lowercased()
        for (emotion, words) in keywords where words.contains(where: { lowered.contains($0) }) {
            return emotion
        }
        return nil
    }

    /// A plain parenthetical this reader reads back as `emotion` (`coldly`, `冷冷地`, `con
    /// frialdad`); none for neutral.
    public static func parenthetical(_ emotion: Emotion, language: Language) -> String? {
        switch (language, emotion) {
        case (_, .neutral): nil
        case (.en, .angry): "angrily"
        case (.en, .sad): "sadly"
        case (.en, .shocked): "stunned"
        case (.en, .smug): "smugly"
        case (.en, .tender): "tenderly"
        case (.en, .afraid): "fearfully"
        case (.en, .cold): "coldly"
        case (.zh, .angry): "怒道"
        case (.zh, .sad): "哽咽"
        case (.zh, .shocked): "震惊"
        case (.zh, .smug): "得意"
        case (.zh, .tender): "温柔地"
        case (.zh, .afraid): "害怕"
        case (.zh, .cold): "冷冷地"
        case (.es, .angry): "con rabia"
        case (.es, .sad): "con tristeza"
        case (.es, .shocked): "atónita"
        case (.es, .smug): "con suficiencia"
        case (.es, .tender): "con ternura"
        case (.es, .afraid): "con miedo"
        case (.es, .cold): "con frialdad"
        }
    }

    static func normalized(_ text: String) -> String {
        var trimmed = Substring(text)
        let edges: Set<Character> = ["(", ")", "（", "）", " ", "\t"]
        while let first = trimmed.first, edges.contains(first) { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, edges.contains(last) { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// Keyword fallbacks, checked in order (the first match wins).
    static let keywords: [(Emotion, [String])] = [
        (.angry, ["angr", "fur", "rage", "shout", "seeth", "snap", "yell", "scream", "glar", "fury", "rabia", "gritand", "怒", "吼", "咬牙", "拍案", "气"]),
        (.shocked, ["shock", "stun", "gasp", "disbelief", "wide", "stammer", "horrif", "aghast", "atónit", "震惊", "愣", "瞪大", "难以置信", "倒吸"]),
        (.sad, ["sad", "tear", "cry", "sob", "grief", "hurt", "break", "sigh", "triste", "llor", "泪", "哭", "哽咽", "心碎", "叹"]),
        (.afraid, ["afraid", "fear", "terrif", "trembl", "shak", "panic", "nervous", "scared", "miedo", "害怕", "发抖", "颤", "惊恐", "慌"]),
        (.smug, ["smirk", "sneer", "mock", "smug", "arrogan", "triumph", "gloat", "suficiencia", "burl", "冷笑", "得意", "嘲", "轻蔑", "挑眉"]),
        (.cold, ["cold", "icil", "icy", "flat", "contempt", "without emotion", "frialdad", "frí", "冷", "漠", "面无表情"]),
        (.tender, ["gentl", "soft", "tender", "loving", "warm", "murmur", "fond", "shy", "ternura", "dulz", "温柔", "轻柔", "深情", "宠溺", "害羞"]),
        (.neutral, ["plain", "calm", "polite", "shrug", "flat", "平静", "淡淡", "随口"]),
    ]

    /// Every parenthetical in the built-in phrasebooks, by emotion.
    enum Known {
        static let table: [String: Emotion] = {
            var table: [String: Emotion] = [:]
            for genre in Genre.allCases {
                for language in Language.allCases {
                    guard let kit = try? GenreKit.load(genre, language) else { continue }
                    for emotion in Emotion.allCases {
                        for template in kit.templates("paren.\(emotion.rawValue)") {
                            let text = normalized(template.plainText)
                            if !text.isEmpty, table[text] == nil { table[text] = emotion }
                        }
                    }
                }
            }
            return table
        }()
    }
}

extension Template {
    /// The entry's text with slots left out (parentheticals have none).
    var plainText: String {
        segments.map { if case .text(let text) = $0 { text } else { "" } }.joined()
    }
}
