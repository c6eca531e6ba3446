/// Removes boneyard comments (`/* … */`) from body lines.
///
/// A boneyard that occupies whole lines and starts a paragraph (first body line, or after a
/// blank line) stands on its own and becomes a ``ScannedLine/boneyard(_:_:)``. Any other
/// boneyard is cut out of the text; lines left empty by the cut disappear so they do not
/// split the surrounding paragraph. An unterminated `/*` stays literal.
enum BoneyardScanner {
    /// Scans `lines`, the first of which has the 1-based number `firstLineNumber`.
    static func scan(_ lines: ArraySlice<Substring>, firstLineNumber: Int) -> [ScannedLine] {
        var output: [ScannedLine] = []
        output.reserveCapacity(lines.count)
        let offset = firstLineNumber - lines.startIndex
        var index = lines.startIndex
        var pending: SourceLine?
        var afterBlank = true
        var closersRemain = true

        while index < lines.endIndex || pending != nil {
            let line = pending ?? SourceLine(text: lines[index], number: index + offset)
            pending = nil
            guard closersRemain, let open = line.text.firstIndex(of: "/", "*", from: line.text.startIndex) else {
                output.append(.line(line))
                afterBlank = line.text.isBlank && !line.isParagraphContinuation
                index += 1
                continue
            }
            guard let close = findClose(in: lines, fromLine: index, text: line.text, after: open) else {
                closersRemain = false
                pending = line
                continue
            }
            let prefix = line.text[..<open]
            let closingText = close.line == index ? line.text : lines[close.line]
            let suffix = closingText[closingText.index(close.index, offsetBy: 2)...]
            if afterBlank, prefix.isBlank, suffix.isBlank {
                let inner = innerText(lines: lines, from: index, text: line.text, open: open, close: close)
                let column = line.text.distance(from: line.text.startIndex, to: open) + 1
                output.append(.boneyard(inner, SourceLocation(line: line.number, column: column)))
                afterBlank = true
                index = close.line + 1
                continue
            }
            index = close.line
            let merged = prefix + suffix
            if merged.isBlank {
                index += 1
            } else {
                pending = SourceLine(text: Substring(merged), number: line.number)
            }
        }
        return output
    }

    /// The position of the `*/` closing a boneyard opened at `open` on line `fromLine`.
    private static func findClose(
        in lines: ArraySlice<Substring>, fromLine: Int, text: Substring, after open: Substring.Index
    ) -> (line: Int, index: Substring.Index)? {
        if let close = text.firstIndex(of: "*", "/", from: text.index(open, offsetBy: 2)) {
            return (fromLine, close)
        }
        var lineIndex = fromLine + 1
        while lineIndex < lines.endIndex {
            let candidate = lines[lineIndex]
            if let close = candidate.firstIndex(of: "*", "/", from: candidate.startIndex) {
                return (lineIndex, close)
            }
            lineIndex += 1
        }
        return nil
    }

    /// The text between `/*` and `*/`, trimmed of surrounding whitespace and newlines.
    private static func innerText(
        lines: ArraySlice<Substring>, from start: Int, text: Substring, open: Substring.Index,
        close: (line: Int, index: Substring.Index)
    ) -> String {
        let contentStart = text.index(open, offsetBy: 2)
        if close.line == start {
            return String(text[contentStart..<close.index].trimmingWhitespace)
        }
        var parts: [Substring] = [text[contentStart...]]
        parts.append(contentsOf: lines[(start + 1)..<close.line])
        let closing = lines[close.line]
        parts.append(closing[..<close.index])
        return String(Substring(parts.joined(separator: "\n")).trimmingWhitespace)
    }
}
