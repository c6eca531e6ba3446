import DramaModel

/// Wraps ASS event text by display width, since the script turns libass's own wrapping off.
///
/// A column is estimated at half the font size (a Latin character takes one column, a CJK
/// character two, so about a full em), and a line may use the width between the left and
/// right margins. Text that needs more than `maxLines` lines at the style's size is set
/// smaller, down to `minimumScale` of it; whatever still does not fit takes more lines. Text
/// is never cut.
struct ASSTextWrapper {
    /// The language, which chooses where lines may break.
    var language: Language
    /// The pixels a line may use.
    var availableWidth: Int
    /// Most lines before the font shrinks.
    var maxLines = 3
    /// The smallest font, as a fraction of the style's size, that shrinking may reach.
    var minimumScale = 2.0 / 3.0

    /// The columns a line holds at `fontSize` pixels.
    func columns(atFontSize fontSize: Int) -> Int {
        max(2, 2 * availableWidth / max(1, fontSize))
    }

    /// `text` as lines that fit, and the font size to set them at when it is not `fontSize`.
    ///
    /// With `keepingBreaks`, each of the text's own lines is wrapped on its own (a title);
    /// otherwise lines that do not fit are joined and wrapped afresh (a subtitle cue laid out
    /// for a wider line).
    func wrap(_ text: String, fontSize: Int, keepingBreaks: Bool = false) -> (lines: [String], fontSize: Int?) {
        func lines(atFontSize size: Int) -> [String] {
            let columns = columns(atFontSize: size)
            guard keepingBreaks else { return self.lines(of: text, columns: columns) }
            return text.split(whereSeparator: \.isNewline).flatMap { self.lines(of: String($0), columns: columns) }
        }
        let natural = lines(atFontSize: fontSize)
        guard natural.count > maxLines else { return (natural, nil) }
        let smallest = max(1, Int((Double(fontSize) * minimumScale).rounded(.up)))
        var size = fontSize - 1
        while size > smallest {
            let smaller = lines(atFontSize: size)
            if smaller.count <= maxLines { return (smaller, size) }
            size -= 1
        }
        return (lines(atFontSize: smallest), smallest)
    }

    /// `text`'s own lines when each fits in `columns`; otherwise its lines joined into one
    /// paragraph and broken into the fewest lines that fit, balanced.
    func lines(of text: String, columns: Int) -> [String] {
        let given = text.split(whereSeparator: \.isNewline).map { SubtitleText.trimmed($0) }.filter { !$0.isEmpty }
        if given.allSatisfy({ SubtitleLayout.displayWidth(of: $0, language: language) <= columns }) { return given }
        var paragraph = ""
        for line in given {
            if let last = paragraph.last, let first = line.first,
                !(DisplayWidth.isWide(last) && DisplayWidth.isWide(first))
            {
                paragraph.append(" ")
            }
            paragraph += line
        }
        let breaker = LineBreaker(language: language)
        let units = breaker.units(of: paragraph, maxWidth: columns)
        let count = breaker.greedy(units, width: columns).count
        return breaker.balanced(units, lines: count, maxWidth: columns).map { breaker.text(of: units[$0]) }
    }
}
