#if canImport(FoundationXML)
    import FoundationXML
#endif
public import Basics
import Foundation

/// Reads XLIFF 1.2 documents: what ``XLIFFWriter`` writes, and what translation tools write
/// back after a translator has worked on it.
///
/// Tools rewrite the file their own way, and the reader takes that in its stride: attributes
/// in another order, `<header>`, `<group>`s around the units, `<alt-trans>` suggestions,
/// `<seg-source>`, `translate="no"`, other namespaces' elements and attributes — whatever it
/// does not know is skipped. A `<target>`'s text is all the text inside it (also inside
/// `<mrk>` segments); inline markup such as `<g>`, `<x/>` or `<ph>` is dropped with a warning,
/// keeping its text.
///
/// Errors, each with file:line:column and a fix:
/// - XML that is not well-formed (where the parser stopped; only this one is reported);
/// - a root element other than `<xliff>`, or a version other than 1.2;
/// - a `<file>` without `source-language`;
/// - a `<trans-unit>` without an `id`, with the id of an earlier unit, or without `<source>`;
/// - a `state` XLIFF 1.2 does not define (custom `x-` states are a warning).
///
/// Warnings: no `version`, not in XLIFF 1.2's namespace, a `<file>` without `original` or
/// `target-language`, a `maxwidth` that is not a number, dropped inline markup.
///
/// ```swift
/// let (document, diagnostics) = XLIFFReader.read(text, file: "translations/ep001.zh.xlf")
/// for diagnostic in diagnostics.sortedByLocation() { print(diagnostic) }
/// guard let document else { return }  // there were errors
/// ```
public enum XLIFFReader {
    /// Reads a document; every problem is reported at once, located (file:line:column), with
    /// a hint. `document` is nil when any problem is an error.
    ///
    /// - Parameters:
    ///   - text: the XLIFF document.
    ///   - file: the file's name as the user knows it, for the diagnostics.
    public static func read(_ text: String, file: String) -> (document: XLIFFDocument?, diagnostics: [Diagnostic]) {
        guard !text.allSatisfy(\.isWhitespace) else {
            let empty = Diagnostic(
                file: file, line: 1, column: 1, message: "the file is empty",
                hint: "export the translation from your translation tool as XLIFF 1.2 again")
            return (nil, [empty])
        }
        let handler = XLIFFParseHandler(text: text, file: file)
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = handler
        // libxml2 runs in recovery mode here: it may carry on (and `parse()` return true) past
        // a well-formedness error, which is reported all the same.
        let finished = parser.parse()
        guard finished, handler.parseError == nil else {
            let failure = handler.parseError ?? (parser.parserError.map { ($0 as NSError).code } ?? 0, parser.lineNumber, parser.columnNumber)
            let notWellFormed = Diagnostic(
                file: file, line: max(failure.line, 1), column: max(failure.column, 1),
                message: "the XML is not well-formed: \(describe(failure.code))",
                hint: "look for a tag that is not closed or closed in the wrong order, an '&' or '<' in text "
                    + "(write &amp; and &lt;), or an attribute value without quotes")
            return (nil, [notWellFormed])
        }
        let diagnostics = handler.diagnostics
        return (diagnostics.containsErrors ? nil : XLIFFDocument(files: handler.files), diagnostics)
    }

    /// What libxml2's error code means, in words.
    private static func describe(_ code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "there is more after the end of the root element"
        case 9: "a character XML does not allow"
        case 23: "an entity reference without its ';'"
        case 26, 27: "an unknown entity (a bare '&' must be written &amp;)"
        case 38: "a '<' inside an attribute value"
        case 39: "an attribute value without quotes"
        case 40: "an attribute value whose quote is never closed"
        case 41: "an attribute without a value"
        case 42: "an attribute given twice"
        case 65: "attributes without white space between them"
        case 68: "a tag without a name ('<' in text must be written &lt;)"
        case 73: "a tag not closed with '>'"
        case 76: "an end tag that does not match the open element"
        case 77: "an element that is never closed"
        case 201: "a namespace prefix that is not declared"
        default: "libxml2 error \(code)"
        }
    }
}
