/// Splits Fountain text into styled runs according to its emphasis markers.
///
/// `*italic*`, `**bold**`, `***bold italic***` and `_underline_` may be nested and combined
/// (`_**bold underline**_`). A marker opens only when followed by a non-space character and
/// closes only after one, and emphasis does not carry across line breaks. `\*` and `\_` are
/// literal characters; markers without a partner stay literal.
package enum FountainEmphasis {
    /// The styled runs of `text`, with adjacent runs of the same style merged and empty runs omitted.
    package static func runs(in text: String) -> [StyledRun] {
        var scanner = EmphasisScanner(characters: Array(text))
        scanner.scan(scanner.characters.indices, style: EmphasisScanner.Style())
        return scanner.runs
    }
}
