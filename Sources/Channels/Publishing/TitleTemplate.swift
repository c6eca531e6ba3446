/// A channel's title or description template: `{name}` placeholders filled from an episode.
/// `{{` and `}}` write literal braces.
public enum TitleTemplate {
    /// The placeholder names `text` uses, in order.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "{", next < text.endIndex, text[next] == "{" {
                index = text.index(after: next)
                continue
            }
            if text[index] == "{", let close = text[next...].firstIndex(of: "}") {
                names.append(String(text[next..<close]))
                index = text.index(after: close)
                continue
            }
            index = next
        }
        return names
    }

    /// `text` with each `{name}` replaced by `values[name]` (unknown names stay as written),
    /// whitespace runs at the ends trimmed, and cut to `limit` characters (on a word when it
    /// can, with `…`) when given.
    public static func fill(_ text: String, _ values: [String: String], limit: Int? = nil) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "{", next < text.endIndex, text[next] == "{" {
                out.append("{")
                index = text.index(after: next)
            } else if text[index] == "}", next < text.endIndex, text[next] == "}" {
                out.append("}")
                index = text.index(after: next)
            } else if text[index] == "{", let close = text[next...].firstIndex(of: "}") {
                let name = String(text[next..<close])
                out += values[name] ?? "{\(name)}"
                index = text.index(after: close)
            } else {
                out.append(text[index])
                index = next
            }
        }
        out = out.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let limit, out.count > limit else { return out }
        let cut = out.prefix(limit - 1)
        let word = cut.lastIndex(where: \.isWhitespace).map { cut[..<$0] } ?? cut
        return (word.count >= limit / 2 ? String(word) : String(cut)).trimmingCharacters(in: .whitespaces) + "…"
    }
}

import Foundation
