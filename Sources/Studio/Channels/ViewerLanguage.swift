import Foundation

/// The languages of the viewer channel: their names as their speakers write them, and which
/// one a viewer's browser asks for.
package enum ViewerLanguage {
    /// The language's name in that language (`English`, `中文`), as a language switch lists it.
    package static func name(of code: String) -> String {
        switch code.lowercased() {
        case "en": return "English"
        case "zh": return "中文"
        default:
            let locale = Locale(identifier: code)
            return locale.localizedString(forLanguageCode: code).map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? code
        }
    }

    /// The language of `offered` (codes such as `en`, `zh`) that an HTTP `Accept-Language`
    /// header prefers, by its quality values (RFC 9110 §12.5.4; a range matches a language by
    /// its primary subtag, so `zh-CN` and `zh-Hans-CN` ask for `zh`). `*` accepts the first
    /// offered language; `q=0` refuses one. Nil when the header asks for none of them.
    package static func preferred(_ acceptLanguage: String?, offered: [String]) -> String? {
        guard let acceptLanguage, !offered.isEmpty else { return nil }
        var ranges: [(tag: String, quality: Double, order: Int)] = []
        for (order, part) in acceptLanguage.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty, tag.count <= 64 else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)).map { min(1, max(0, $0)) } ?? 0
            }
            ranges.append((tag, quality, order))
        }
        let refused = Set(ranges.filter { $0.quality == 0 }.map { primary($0.tag) })
        for range in ranges.filter({ $0.quality > 0 }).sorted(by: { ($0.quality, -$0.order) > ($1.quality, -$1.order) }) {
            if range.tag == "*" { return offered.first { !refused.contains($0.lowercased()) } }
            if let match = offered.first(where: { $0.lowercased() == primary(range.tag) }) { return match }
        }
        return nil
    }

    /// The primary subtag of a language tag (`zh` of `zh-Hans-CN`).
    private static func primary(_ tag: String) -> String {
        String(tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? Substring(tag)).lowercased()
    }
}
