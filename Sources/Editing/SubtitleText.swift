/// Turns script text into subtitle text: no Fountain markup, one paragraph.
enum SubtitleText {
    /// `text` without `[[notes]]`, without emphasis markers (`*`, `_`; `\*` and `\_` stay as
    /// the literal character), and with its lines and spaces collapsed into one paragraph.
    ///
    /// Lines join with a space, except between two CJK characters, which join directly.
    static func clean(_ text: String) -> String {
        var stripped = ""
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if c == "\\", let next = characters.first, next == "*" || next == "_" {
                stripped.append(next)
                characters.removeFirst()
            } else if c == "[", characters.first == "[",
                let close = closingBrackets(in: characters.dropFirst())
            {
                characters = characters[close...]
            } else if c != "*" && c != "_" {
                stripped.append(c)
            }
        }
        var result = ""
        var pendingSpace = false
        var pendingBreak = false
        for c in stripped {
            if c.isNewline {
                pendingBreak = true
            } else if c.isWhitespace {
                pendingSpace = true
            } else {
                if !result.isEmpty, pendingSpace || pendingBreak {
                    let joinDirectly = !pendingSpace && DisplayWidth.isWide(result.last!) && DisplayWidth.isWide(c)
                    if !joinDirectly { result.append(" ") }
                }
                pendingSpace = false
                pendingBreak = false
                result.append(c)
            }
        }
        return result
    }

    /// `text` without leading and trailing whitespace.
    static func trimmed(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// The index just past the `]]` closing a note whose body starts at `body.startIndex`.
    private static func closingBrackets(in body: ArraySlice<Character>) -> Int? {
        var index = body.startIndex
        while index < body.endIndex - 1 {
            if body[index] == "]" && body[index + 1] == "]" { return index + 2 }
            index += 1
        }
        return nil
    }
}
