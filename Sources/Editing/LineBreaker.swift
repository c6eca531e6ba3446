import DramaModel

/// Breaks one paragraph of subtitle text into lines no wider than a number of columns.
///
/// Text is cut into unbreakable units first: words for English; single characters for
/// Chinese, with closing punctuation glued to the character before it (so no line starts
/// with it), opening punctuation glued to the character after it, and Latin runs (`CEO`,
/// `2025`) kept whole. A paragraph takes as few lines as greedy filling needs; where the
/// breaks go is then chosen to balance the lines (least total squared slack), and in Chinese
/// a break that does not follow punctuation (`，。！？、；：`) costs extra.
struct LineBreaker {
    /// An unbreakable piece of text.
    struct Unit: Hashable {
        var text: String
        var width: Int
        /// A space separates it from the unit before (dropped at a line start).
        var spaceBefore: Bool
        /// 2 after a sentence end (`。！？.!?…`), 1 after a clause (`，、；：,;:—`), 0 otherwise.
        var breakStrength: Int
    }

    /// The language, which chooses the unit rules.
    var language: Language

    private var ambiguousIsWide: Bool { language == .zh }

    /// Characters that never start a line.
    static let closing: Set<Character> = [
        "，", "。", "！", "？", "、", "；", "：", "）", "》", "」", "』", "】", "〗", "〕", "〉", "”", "’", "…",
        "—", "·", "～", ",", ".", "!", "?", ";", ":", ")", "]", "}", "%",
    ]
    /// Characters that never end a line.
    static let opening: Set<Character> = ["（", "《", "「", "『", "【", "〖", "〔", "〈", "“", "‘", "(", "[", "{"]
    /// Punctuation that ends a sentence.
    static let sentenceEnds: Set<Character> = ["。", "！", "？", "…", ".", "!", "?"]
    /// Punctuation that ends a clause.
    static let clauseEnds: Set<Character> = ["，", "、", "；", "：", "—", ",", ";", ":"]
    /// Closing quotes and brackets, looked through when judging where a unit ends.
    static let trailingQuotes: Set<Character> = ["”", "’", "」", "』", "）", "》", "】", "\"", "'", ")", "]"]

    /// The units of `text`, none wider than `maxWidth` (longer ones are cut by character).
    func units(of text: String, maxWidth: Int) -> [Unit] {
        var units: [Unit] = []
        var spaceBefore = false
        var wordOpen = false  // the last unit is a run that the next character may extend
        var glueNext = false  // the last unit ends with opening punctuation
        for c in text {
            if c.isWhitespace {
                spaceBefore = !units.isEmpty
                wordOpen = false
                glueNext = false
                continue
            }
            let width = DisplayWidth.of(c, ambiguousIsWide: ambiguousIsWide)
            let extend: Bool
            switch language {
            case .en, .es:
                extend = wordOpen
            case .zh:
                if glueNext {
                    extend = true
                } else if Self.closing.contains(c) && !units.isEmpty {
                    extend = true
                } else {
                    extend = wordOpen && !DisplayWidth.isWide(c) && !DisplayWidth.isWide(units[units.count - 1].text.last!)
                }
            }
            if extend, !units.isEmpty {
                units[units.count - 1].text.append(c)
                units[units.count - 1].width += width
            } else {
                units.append(Unit(text: String(c), width: width, spaceBefore: spaceBefore, breakStrength: 0))
            }
            spaceBefore = false
            wordOpen = true
            glueNext = language == .zh && Self.opening.contains(c)
        }
        for i in units.indices {
            let last = units[i].text.reversed().first { !Self.trailingQuotes.contains($0) }
            units[i].breakStrength = last.map { Self.sentenceEnds.contains($0) ? 2 : Self.clauseEnds.contains($0) ? 1 : 0 } ?? 0
        }
        return units.flatMap { cut($0, maxWidth: maxWidth) }
    }

    /// Lines as ranges of `units`, filled greedily to `width` columns: the fewest lines.
    func greedy(_ units: [Unit], width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < units.count {
            var end = start + 1
            var used = units[start].width
            while end < units.count {
                let added = units[end].width + (units[end].spaceBefore ? 1 : 0)
                if used + added > width { break }
                used += added
                end += 1
            }
            lines.append(start..<end)
            start = end
        }
        return lines
    }

    /// Lines as ranges of `units`: exactly `count` of them if they fit in `maxWidth`, breaks
    /// placed to balance the lines (least total squared slack) and, in Chinese, to follow
    /// punctuation. Falls back to greedy filling when `count` lines cannot hold the units.
    func balanced(_ units: [Unit], lines count: Int, maxWidth: Int) -> [Range<Int>] {
        let n = units.count
        guard n > 0, count > 1 else { return greedy(units, width: maxWidth) }
        let unreachable = Int.max / 4
        // cost[l][j]: least cost of units[0..<j] on l lines; from[l][j]: where its last line starts.
        var cost = [[Int]](repeating: [Int](repeating: unreachable, count: n + 1), count: count + 1)
        var from = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: count + 1)
        cost[0][0] = 0
        for lines in 1...count {
            for j in 1...n {
                var width = 0
                var i = j
                while i > 0 {
                    width += units[i - 1].width + (i < j && units[i].spaceBefore ? 1 : 0)
                    if width > maxWidth { break }
                    i -= 1
                    guard cost[lines - 1][i] < unreachable else { continue }
                    let slack = maxWidth - width
                    let total = cost[lines - 1][i] + slack * slack + (j < n ? penalty(after: units[j - 1], maxWidth: maxWidth) : 0)
                    if total < cost[lines][j] {
                        cost[lines][j] = total
                        from[lines][j] = i
                    }
                }
            }
        }
        guard cost[count][n] < unreachable else { return greedy(units, width: maxWidth) }
        var lines: [Range<Int>] = []
        var end = n
        for line in stride(from: count, to: 0, by: -1) {
            let start = from[line][end]
            lines.append(start..<end)
            end = start
        }
        return lines.reversed()
    }

    /// The extra cost of ending a line after `unit`: Chinese lines should end at punctuation.
    private func penalty(after unit: Unit, maxWidth: Int) -> Int {
        guard language == .zh else { return 0 }
        switch unit.breakStrength {
        case 2: return 0
        case 1: return maxWidth * maxWidth / 16
        default: return maxWidth * maxWidth / 2
        }
    }

    /// English words that open a clause: the best place inside a sentence to start a cue.
    static let clauseStarts: Set<String> = [
        "and", "but", "or", "so", "because", "if", "when", "while", "before", "after", "until", "unless", "that", "which",
        "who", "whose", "where", "though", "although", "then", "nor", "since", "once",
    ]
    /// English prepositions: a cue may start before one ("… the stolen daughter / of the richest family").
    static let prepositions: Set<String> = [
        "in", "on", "at", "to", "for", "from", "with", "without", "of", "by", "about", "into", "onto", "over", "under", "than",
        "like", "as", "behind", "between", "through", "across", "around", "against", "during", "inside", "outside",
    ]
    /// English auxiliaries: a cue may start its sentence's verb ("Every clock in the house / was set back").
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "might", "did", "does",
    ]
    /// English subject pronouns: a cue never ends on one.
    static let subjects: Set<String> = ["i", "you", "he", "she", "we", "they", "it", "who"]
    /// English determiners: a cue may start before one, less happily.
    static let determiners: Set<String> = ["the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "these", "those"]

    /// Where a paragraph too long for one cue is cut into cues: as few cues as greedy filling
    /// needs, each at most `maxLines` lines, cut where the text allows it best — after a
    /// sentence, else after a clause, else before a clause, a preposition or an article (never
    /// after one), else between words (in Chinese, between characters) — and balanced in width,
    /// so no cue is a lone word left over ("this city.") that flashes by. Returns the units'
    /// indices where each cue after the first starts.
    func cueStarts(_ units: [Unit], maxLines: Int, maxWidth: Int) -> [Int] {
        let lines = greedy(units, width: maxWidth).count
        let fewest = max(1, (lines + maxLines - 1) / maxLines)
        guard fewest > 1 else { return [] }
        // One cue more than needed, when that lets every cut fall at a sentence or clause end
        // (and no cue turns out thin), reads better than a cut inside a phrase.
        let options = [fewest, fewest + 1].compactMap { count in
            cuts(units, count: count, maxLines: maxLines, maxWidth: maxWidth).map { (count: count, cost: $0.cost + Double(count - fewest) * 0.5, starts: $0.starts) }
        }
        if let best = options.min(by: { $0.cost < $1.cost }) { return best.starts }
        // Should not happen (greedy filling fits), but never lose text: fill cues greedily.
        var starts: [Int] = []
        var start = 0
        while start < units.count {
            var end = start + 1
            while end < units.count, greedy(Array(units[start...end]), width: maxWidth).count <= maxLines { end += 1 }
            if end < units.count { starts.append(end) }
            start = end
        }
        return starts
    }

    /// The best cut of `units` into exactly `count` cues (dynamic programming over cut points:
    /// each cut's cost by where it falls, plus each cue's squared imbalance against an even
    /// share), or nil when they do not fit.
    private func cuts(_ units: [Unit], count: Int, maxLines: Int, maxWidth: Int) -> (cost: Double, starts: [Int])? {
        /// The cost of starting a cue at `index`: 0 after a sentence … 1 inside a phrase.
        func breakCost(_ index: Int) -> Double {
            switch units[index - 1].breakStrength {
            case 2: return 0
            case 1: return 0.15
            default:
                guard language != .zh else { return 0.6 }
                let next = units[index].text.lowercased()
                let previous = units[index - 1].text.lowercased()
                var cost =
                    Self.clauseStarts.contains(next) ? 0.3
                    : Self.prepositions.contains(next) ? 0.4
                    : Self.auxiliaries.contains(next) ? 0.7
                    : Self.determiners.contains(next) ? 0.6 : 1.5
                // A cue that ends on "in", "the", "and" or a subject ("when I / was") leaves its
                // phrase hanging.
                if Self.prepositions.contains(previous) || Self.determiners.contains(previous) || Self.clauseStarts.contains(previous)
                    || Self.subjects.contains(previous) {
                    cost += 0.8
                }
                return cost
            }
        }
        func fits(_ range: Range<Int>) -> Bool { !range.isEmpty && greedy(Array(units[range]), width: maxWidth).count <= maxLines }
        func fitsIn(_ range: Range<Int>, cues: Int) -> Bool {
            range.isEmpty ? cues == 0 : cues > 0 && greedy(Array(units[range]), width: maxWidth).count <= maxLines * cues
        }
        guard count <= units.count else { return nil }
        let total = Double(width(of: units[...]))
        let target = total / Double(count)
        var best: [[(cost: Double, previous: Int)?]] = Array(repeating: Array(repeating: nil, count: units.count + 1), count: count + 1)
        best[0][0] = (0, 0)
        for cue in 1...count {
            for end in 1...units.count {
                guard cue < count || end == units.count else { continue }
                guard fitsIn(end..<units.count, cues: count - cue) else { continue }
                for start in stride(from: end - 1, through: 0, by: -1) {
                    guard fits(start..<end) else { break }
                    guard let before = best[cue - 1][start] else { continue }
                    let piece = Double(width(of: units[start..<end]))
                    let imbalance = (piece - target) / max(target, 1)
                    // Even cues stay on screen alike; a thin one flashes by.
                    var cost = before.cost + 2 * imbalance * imbalance
                    if end < units.count { cost += breakCost(end) }
                    // A lone word as a cue reads as an orphan.
                    if end - start == 1, units.count > 1 { cost += 2 }
                    if best[cue][end].map({ cost < $0.cost }) ?? true { best[cue][end] = (cost, start) }
                }
            }
        }
        guard let last = best[count][units.count] else { return nil }
        var starts: [Int] = []
        var end = units.count
        for cue in stride(from: count, to: 1, by: -1) {
            let start = best[cue][end]!.previous
            starts.append(start)
            end = start
        }
        return (last.cost, starts.reversed())
    }

    /// One line's text.
    func text(of units: ArraySlice<Unit>) -> String {
        var line = ""
        for (offset, unit) in units.enumerated() {
            if offset > 0 && unit.spaceBefore { line.append(" ") }
            line += unit.text
        }
        return line
    }

    /// One line's width in columns.
    func width(of units: ArraySlice<Unit>) -> Int {
        units.enumerated().reduce(0) { sum, item in
            sum + item.element.width + (item.offset > 0 && item.element.spaceBefore ? 1 : 0)
        }
    }

    /// `unit` cut into pieces no wider than `maxWidth`.
    private func cut(_ unit: Unit, maxWidth: Int) -> [Unit] {
        guard unit.width > maxWidth else { return [unit] }
        var pieces: [Unit] = []
        var current = Unit(text: "", width: 0, spaceBefore: unit.spaceBefore, breakStrength: 0)
        for c in unit.text {
            let width = DisplayWidth.of(c, ambiguousIsWide: ambiguousIsWide)
            if current.width + width > maxWidth && !current.text.isEmpty {
                pieces.append(current)
                current = Unit(text: "", width: 0, spaceBefore: false, breakStrength: 0)
            }
            current.text.append(c)
            current.width += width
        }
        current.breakStrength = unit.breakStrength
        pieces.append(current)
        return pieces
    }
}
