/// The recursive-descent scanner behind ``FountainEmphasis``.
struct EmphasisScanner {
    /// A combination of emphasis styles, used while scanning.
    struct Style: Equatable {
        var bold = false
        var italic = false
        var underline = false
    }

    let characters: [Character]
    private(set) var runs: [StyledRun] = []

    init(characters: [Character]) {
        self.characters = characters
    }

    mutating func scan(_ range: Range<Int>, style: Style) {
        var index = range.lowerBound
        while index < range.upperBound {
            let character = characters[index]
            if character == "\\", index + 1 < range.upperBound, isMarker(characters[index + 1]) {
                emit(characters[index + 1], style)
                index += 2
            } else if character == "*" {
                let length = runLength(of: "*", at: index, limit: range.upperBound)
                let contentStart = index + length
                if length <= 3, let close = closingStars(length, from: contentStart, limit: range.upperBound) {
                    var inner = style
                    if length != 2 { inner.italic = true }
                    if length >= 2 { inner.bold = true }
                    scan(contentStart..<close, style: inner)
                    index = close + length
                } else {
                    for _ in 0..<length { emit("*", style) }
                    index = contentStart
                }
            } else if character == "_", let close = closingUnderscore(from: index + 1, limit: range.upperBound) {
                var inner = style
                inner.underline = true
                scan((index + 1)..<close, style: inner)
                index = close + 1
            } else {
                emit(character, style)
                index += 1
            }
        }
    }

    private func isMarker(_ character: Character) -> Bool {
        character == "*" || character == "_"
    }

    private func runLength(of marker: Character, at start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, characters[end] == marker { end += 1 }
        return end - start
    }

    /// Whether emphasis may open at `start` (content not empty, not starting with a space).
    private func canOpen(at start: Int, limit: Int) -> Bool {
        start < limit && !characters[start].isWhitespace
    }

    /// The index of a run of exactly `length` stars closing emphasis whose content begins at `start`.
    private func closingStars(_ length: Int, from start: Int, limit: Int) -> Int? {
        guard canOpen(at: start, limit: limit) else { return nil }
        var index = start
        while index < limit {
            let character = characters[index]
            if character.isNewline { return nil }
            if character == "\\", index + 1 < limit, isMarker(characters[index + 1]) {
                index += 2
                continue
            }
            if character == "*" {
                let found = runLength(of: "*", at: index, limit: limit)
                if found == length, index > start, !characters[index - 1].isWhitespace { return index }
                index += found
                continue
            }
            index += 1
        }
        return nil
    }

    /// The index of the `_` closing underline whose content begins at `start`.
    private func closingUnderscore(from start: Int, limit: Int) -> Int? {
        guard canOpen(at: start, limit: limit) else { return nil }
        var index = start
        while index < limit {
            let character = characters[index]
            if character.isNewline { return nil }
            if character == "\\", index + 1 < limit, isMarker(characters[index + 1]) {
                index += 2
                continue
            }
            if character == "_", index > start, !characters[index - 1].isWhitespace { return index }
            index += 1
        }
        return nil
    }

    private mutating func emit(_ character: Character, _ style: Style) {
        if let last = runs.last, last.bold == style.bold, last.italic == style.italic, last.underline == style.underline {
            runs[runs.count - 1].text.append(character)
        } else {
            runs.append(StyledRun(text: String(character), bold: style.bold, italic: style.italic, underline: style.underline))
        }
    }
}
