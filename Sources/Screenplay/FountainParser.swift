/// Parses Fountain 1.1 screenplays (https://fountain.io/syntax).
///
/// Fountain has no invalid input: anything that is not recognised as another element is
/// action. Both `\n` and `\r\n` line endings are accepted, and a leading byte order mark is
/// ignored. Parsing is a single linear pass over the lines with hand-written recognisers.
///
/// Interpretation choices where the specification leaves room:
/// - Paragraphs are separated by blank lines; a line of exactly two spaces keeps an empty
///   line inside any paragraph (dialogue, action, notes) instead of ending it.
/// - Forced scene headings, sections, synopses, page breaks, centered text, lyrics, forced
///   transitions and notes are recognised at the start of a paragraph; lines after them in
///   the same paragraph are read as a new paragraph (lenient on the blank line after). A
///   scene heading that is not forced needs the blank line after it, as the specification
///   says: otherwise the line is read like any other (a line in capitals becomes a cue).
/// - Natural transitions are lines in capitals ending in `TO:`, plus `FADE OUT.`,
///   `FADE TO BLACK.` and `CUT TO BLACK.`; a line that ends in whitespace is not one.
/// - A title page needs a first key with a value (inline or indented below it) that is not a
///   scene heading, so a script opening with `FADE IN:` keeps that line as action.
/// - Character cues need an uppercase letter and no lowercase ones in the name (extensions
///   may be lowercase); text in scripts without case, such as Chinese, needs `@`.
/// - Action keeps leading tabs and spaces; dialogue, parentheticals and cues are unindented.
///   Trailing whitespace is dropped everywhere.
/// - Consecutive `> centered <` lines, or `~lyrics` lines, form one element.
/// - Emphasis markers and inline `[[notes]]` stay in the text; see ``FountainEmphasis``.
///
/// The reference parser's test corpus (github.com/nyousefi/Fountain) parses as its tests
/// expect; see `ReferenceCorpusTests` for the corpus and the few deliberate differences.
public enum FountainParser {
    /// Parses `text` into a title page, body elements and their source locations.
    public static func parse(_ text: String) -> FountainDocument {
        let source = text.first == "\u{FEFF}" ? text.dropFirst() : Substring(text)
        let lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let (titlePage, bodyStart) = TitlePageScanner.scan(lines)
        let scanned = BoneyardScanner.scan(lines[bodyStart...], firstLineNumber: bodyStart + 1)
        var body = BodyParser()
        body.parse(scanned)
        return FountainDocument(titlePage: titlePage, elements: body.elements, locations: body.locations)
    }
}
