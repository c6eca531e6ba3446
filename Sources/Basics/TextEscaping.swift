/// Escaping text for the markup languages the tool writes: HTML pages, XML documents (FDX,
/// XLIFF, SVG), WebVTT cue text and ASS subtitle events.
package enum TextEscaping {
    /// `text` safe in HTML content and in double- or single-quoted attribute values.
    package static func html(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` escaped and the characters XML 1.0 forbids
    /// removed, safe in XML character data and attribute values.
    package static func xml(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if isAllowedInXML(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// `&`, `<` and `>` as character references: WebVTT cue text.
    package static func cueText(_ text: some StringProtocol) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text that libass shows literally in an ASS event: `{`, `}` escaped, backslashes
    /// defused, line breaks and tabs as spaces (callers break lines with `\N` themselves).
    package static func ass(_ text: some StringProtocol) -> String {
        var out = ""
        for character in text {
            switch character {
            case "{": out += "\\{"
            case "}": out += "\\}"
            case "\\": out += "\\\u{2060}"
            case "\t": out += " "
            default: out += character.isNewline ? " " : String(character)
            }
        }
        return out
    }

    /// Whether XML 1.0 allows `scalar` in a document.
    package static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
