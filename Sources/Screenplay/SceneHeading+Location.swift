extension SceneHeading {
    /// The place the heading names, without its `INT.`/`EXT.` (or `内景`/`外景`) prefix, the
    /// dashes that separate the parts, and the time of day.
    ///
    /// `INT. HOUSE - DAY`, `INT - HOUSE - DAY`, `INT HOUSE DAY` and `I./E. HOUSE - DAY` all
    /// name `HOUSE`; `EXT. CITY STREET - NEAR THE BANK - NIGHT` names `CITY STREET - NEAR THE
    /// BANK`; a forced heading without a prefix (`.SNIPER SCOPE POV`) is all location.
    public var location: String {
        SceneHeadingParts(text).location
    }

    /// The time of day the heading ends with (`DAY`, `NIGHT (1979)`, `CONTINUOUS`, `夜`), or
    /// `nil` when it names none.
    ///
    /// A part after a dash is a time of day when its first word (ignoring bracketed words such
    /// as `(PRESENT)`) is a known time word; without dashes, only a final time word counts
    /// (`INT HOUSE DAY`).
    public var timeOfDay: String? {
        SceneHeadingParts(text).timeOfDay
    }
}

/// A scene heading's text split into its location and time of day.
struct SceneHeadingParts {
    /// Words that begin a time of day, uppercased.
    private static let timeWords: Set<String> = [
        "DAY", "NIGHT", "MORNING", "AFTERNOON", "EVENING", "DAWN", "DUSK", "NOON", "MIDNIGHT",
        "SUNRISE", "SUNSET", "TWILIGHT", "LATER", "MOMENTS", "CONTINUOUS", "SAME", "DAYTIME", "NIGHTTIME",
        "日", "夜", "晨", "黄昏", "傍晚", "清晨", "深夜", "午后", "白天", "夜晚", "凌晨", "中午",
    ]
    /// Chinese heading prefixes; each must be followed by whitespace or `.`.
    private static let chinesePrefixes: [Substring] = ["内外景", "内景", "外景", "内/外", "外/内", "内", "外"]

    /// The location, without prefix, separators and time of day.
    var location: String
    /// The time of day, or `nil`.
    var timeOfDay: String?

    init(_ heading: String) {
        var rest = Substring(heading).trimmingWhitespace
        rest = Self.droppingPrefix(rest)
        rest = rest.drop { $0.isWhitespace || Self.isDash($0) || $0 == "." || $0 == ":" }
        let parts = Self.dashSeparatedParts(rest)
        if let timeIndex = parts.indices.dropFirst().first(where: { Self.isTimeOfDay(parts[$0]) }) {
            location = parts[..<timeIndex].joined(separator: " - ")
            timeOfDay = parts[timeIndex...].joined(separator: " - ")
        } else if parts.count == 1, let lastSpace = parts[0].lastIndex(where: \.isWhitespace),
            Self.timeWords.contains(parts[0][parts[0].index(after: lastSpace)...].uppercased())
        {
            location = String(parts[0][..<lastSpace].trimmingTrailingWhitespace)
            timeOfDay = String(parts[0][parts[0].index(after: lastSpace)...])
        } else {
            location = parts.joined(separator: " - ")
            timeOfDay = nil
        }
    }

    /// `text` without a leading scene heading prefix and its separator.
    private static func droppingPrefix(_ text: Substring) -> Substring {
        if let end = LineRules.headingPrefixEnd(text) { return text[end...] }
        for prefix in chinesePrefixes where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            if let next = rest.first, next.isWhitespace || next == "." { return rest.dropFirst() }
        }
        return text
    }

    private static func isDash(_ character: Character) -> Bool {
        character == "-" || character == "–" || character == "—"
    }

    /// The parts of `text` between dashes that stand apart from words (`A - B`, `A – B`, `A — B`,
    /// `A -- B`); a hyphen inside a word (`HALF-DARK`) does not separate. Empty parts are dropped.
    private static func dashSeparatedParts(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let atWordEdge = index == text.startIndex || text[text.index(before: index)].isWhitespace
            if isDash(character), atWordEdge {
                let runEnd = text[index...].firstIndex { !isDash($0) } ?? text.endIndex
                if runEnd == text.endIndex || text[runEnd].isWhitespace {
                    parts.append(current)
                    current = ""
                    index = runEnd
                    continue
                }
            }
            current.append(character)
            index = text.index(after: index)
        }
        parts.append(current)
        return parts.map { String(Substring($0).trimmingWhitespace) }.filter { !$0.isEmpty }
    }

    /// Whether `part` starts with a time word once bracketed words are skipped.
    private static func isTimeOfDay(_ part: String) -> Bool {
        let words = part.split(whereSeparator: \.isWhitespace).filter { !($0.first == "(" || $0.first == "[") }
        guard let first = words.first else { return false }
        let word = first.uppercased().filter { !$0.isPunctuation }
        return timeWords.contains(word)
    }
}
