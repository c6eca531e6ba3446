/// A JSON value written the way OpenTimelineIO writes its files: keys in the order given,
/// four-space indentation, times as floating-point numbers.
enum OTIOJSON {
    case object([(String, OTIOJSON)])
    case array([OTIOJSON])
    case string(String)
    /// A whole number written as a JSON float (`30.0`), as OTIO writes rates and frame values.
    case wholeDouble(Int64)
    case integer(Int64)
    case bool(Bool)
    case null

    /// The value as pretty-printed JSON text.
    func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    private func write(to out: inout String, indent: Int) {
        let inner = String(repeating: " ", count: indent + 4)
        switch self {
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += inner + Self.quoted(key) + ": "
                value.write(to: &out, indent: indent + 4)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        case .array(let elements):
            guard !elements.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (index, value) in elements.enumerated() {
                out += inner
                value.write(to: &out, indent: indent + 4)
                out += index + 1 < elements.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .string(let text): out += Self.quoted(text)
        case .wholeDouble(let value): out += "\(value).0"
        case .integer(let value): out += "\(value)"
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// `text` as a JSON string literal; non-ASCII characters are written as UTF-8.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
