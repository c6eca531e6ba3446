/// Reads the optional title page at the very top of a Fountain document.
///
/// The title page exists only when the first line is a `Key: value` pair that does not read as
/// a scene heading and whose value is on the line, on the indented lines below it, or left
/// empty before another key: so a script that opens with `FADE IN:` and a blank line, or with
/// `EXT HOUSE: NIGHT`, has no title page and keeps that line. The title page runs to the first
/// blank line. Indented lines (and unindented lines that are not keys) continue the current
/// field's values.
enum TitlePageScanner {
    /// The title page fields and the index of the first body line.
    static func scan(_ lines: [Substring]) -> (fields: [TitlePageField], bodyStart: Int) {
        guard startsTitlePage(lines) else { return ([], 0) }
        var fields: [TitlePageField] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isBlank { break }
            let startsIndented = line.first?.isWhitespace ?? false
            if !startsIndented, let (key, value) = keyValue(in: line) {
                let values = value.isEmpty ? [] : [String(value)]
                fields.append(TitlePageField(key: String(key), values: values))
            } else if !fields.isEmpty {
                let value = line.trimmingWhitespace
                if !value.isEmpty { fields[fields.count - 1].values.append(String(value)) }
            }
        }
        return (fields, index)
    }

    /// Whether `lines` open with a title page: a first `Key:` line that is not a scene heading,
    /// with a value on that line, on the indented line under it, or followed by another key
    /// (an empty field among others).
    static func startsTitlePage(_ lines: [Substring]) -> Bool {
        guard let first = lines.first, isKeyLine(first), let (_, value) = keyValue(in: first) else { return false }
        if !value.isEmpty { return true }
        guard lines.count > 1, let next = lines[1].first, !lines[1].isBlank else { return false }
        return next.isWhitespace || isKeyLine(lines[1])
    }

    /// Whether `line` is `Key: value` and does not read as a scene heading (`EXT HOUSE: NIGHT`).
    private static func isKeyLine(_ line: Substring) -> Bool {
        keyValue(in: line) != nil && LineRules.sceneHeading(line.trimmingWhitespace) == nil
    }

    /// Splits `Key: value` when the line starts with a title page key: letters, digits
    /// and spaces (any case, any script) starting with a letter, then a colon.
    static func keyValue(in line: Substring) -> (key: Substring, value: Substring)? {
        guard let colon = line.firstIndex(of: ":"), let first = line.first, first.isLetter else { return nil }
        let key = line[..<colon]
        guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " }) else { return nil }
        let value = line[line.index(after: colon)...].trimmingWhitespace
        return (key.trimmingTrailingWhitespace, value)
    }
}
