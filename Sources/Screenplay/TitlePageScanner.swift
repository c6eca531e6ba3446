/// Reads the optional title page at the very top of a Fountain document.
///
/// The title page exists only when the first line is a `Key: value` pair. It runs to the
/// first blank line. Indented lines (and unindented lines that are not keys) continue the
/// current field's values.
enum TitlePageScanner {
    /// The title page fields and the index of the first body line.
    static func scan(_ lines: [Substring]) -> (fields: [TitlePageField], bodyStart: Int) {
        guard let first = lines.first, keyValue(in: first) != nil else { return ([], 0) }
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
