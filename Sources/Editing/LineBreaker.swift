import DramaModel

/// Breaks one paragraph of subtitle text into lines no wider than a number of columns.
///
/// Text is cut into unbreakable units first: words for English; single characters for
/// Chinese, with closing punctuation glued to the character before it (so no line starts
/// with it), opening punctuation glued to the character after it, and Latin runs (`CEO`,
/// `2025`) kept whole. Lines are filled greedily; Chinese lines prefer to end after
/// punctuation (`，。！？、；：`) when that keeps at least half the line. Balanced wrapping is
/// the greedy fill at the narrowest width that needs no more lines.
struct LineBreaker {
    /// An unbreakable piece of text.
    struct Unit: Hashable {
        var text: String
        var width: Int
        /// A space separates it from the unit before (dropped at a line start).
        var spaceBefore: Bool
        /// A line may end after it by preference (it ends with punctuation).
        var preferredBreakAfter: Bool
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
    /// Punctuation a Chinese line prefers to end after.
    static let preferredBreaks: Set<Character> = ["，", "。", "！", "？", "、", "；", "：", ",", ".", "!", "?", ";", ":"]

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
            case .en:
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
                units.append(Unit(text: String(c), width: width, spaceBefore: spaceBefore, preferredBreakAfter: false))
            }
            spaceBefore = false
            wordOpen = true
            glueNext = language == .zh && Self.opening.contains(c)
        }
        if language == .zh {
            for i in units.indices {
                let core = units[i].text.reversed().drop { c in !Self.preferredBreaks.contains(c) && Self.closing.contains(c) }
                units[i].preferredBreakAfter = core.first.map(Self.preferredBreaks.contains) ?? false
            }
        }
        return units.flatMap { cut($0, maxWidth: maxWidth) }
    }

    /// Lines as ranges of `units`, filled greedily to `width` columns.
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
            if end < units.count && language == .zh {
                var prefix = used
                var k = end
                while k > start + 1 {
                    if units[k - 1].preferredBreakAfter {
                        if prefix * 2 >= width { end = k }
                        break
                    }
                    prefix -= units[k - 1].width + (units[k - 1].spaceBefore ? 1 : 0)
                    k -= 1
                }
            }
            lines.append(start..<end)
            start = end
        }
        return lines
    }

    /// Lines as ranges of `units`, at most `count` of them if `maxWidth` allows, as even as
    /// greedy filling at the narrowest sufficient width makes them.
    func balanced(_ units: [Unit], lines count: Int, maxWidth: Int) -> [Range<Int>] {
        let widest = units.map(\.width).max() ?? 0
        var width = max(1, widest)
        while width < maxWidth {
            let lines = greedy(units, width: width)
            if lines.count <= count { return lines }
            width += 1
        }
        return greedy(units, width: maxWidth)
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
        var current = Unit(text: "", width: 0, spaceBefore: unit.spaceBefore, preferredBreakAfter: false)
        for c in unit.text {
            let width = DisplayWidth.of(c, ambiguousIsWide: ambiguousIsWide)
            if current.width + width > maxWidth && !current.text.isEmpty {
                pieces.append(current)
                current = Unit(text: "", width: 0, spaceBefore: false, preferredBreakAfter: false)
            }
            current.text.append(c)
            current.width += width
        }
        current.preferredBreakAfter = unit.preferredBreakAfter
        pieces.append(current)
        return pieces
    }
}
