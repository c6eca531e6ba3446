#if canImport(FoundationXML)
    import FoundationXML
#endif
import Basics
import Foundation

/// `XMLParser`'s delegate for ``XLIFFReader``: follows the elements as they open and close,
/// builds the files and units, and collects every problem it meets with its location.
///
/// Elements it does not know (`<header>`, `<alt-trans>`, `<seg-source>`, `<count-group>`,
/// other namespaces' extensions) are skipped with everything inside them; `<group>`s are
/// looked through. Only a trans-unit's own `<source>`, `<target>`, `<note>` and
/// `<context-group>` count, never those of an `<alt-trans>` inside it.
final class XLIFFParseHandler: NSObject, XMLParserDelegate {
    /// What an open element is to the reader.
    private enum Role {
        case root, file, unit, source, target, note, contextGroup, speaker
        /// Markup inside a text being collected (`<g>`, `<x/>`, `<ph>`, `<mrk>`).
        case inline
        /// `<body>`, `<group>` and the like: looked through.
        case container
        /// Skipped with all it holds.
        case ignored
    }

    private struct OpenElement {
        var role: Role
        /// The namespaces it declares, prefix (`""` for the default) to URI.
        var declaredNamespaces: [String: String]
    }

    /// The unit being read.
    private struct UnitDraft {
        var id: String?
        var line: Int
        var column: Int
        var source: String?
        var target: String?
        var state: XLIFFDocument.TargetState?
        var speaker: String?
        var notes: [String] = []
        var maxCharacters: Int?
        var approved = false
        var sourceDigest: String?
    }

    /// The text being collected: the element's role and where it started.
    private struct Capture {
        var role: Role
        var line: Int
        var column: Int
        var text = ""
        /// Inline elements met inside, by name, in order of first appearance.
        var inlineMarkup: [String] = []
    }

    private let file: String
    private let startTags: XLIFFStartTags
    private var startTagCount = 0
    private var stack: [OpenElement] = []
    /// The namespace XLIFF's elements are in: the root's.
    private var xliffNamespace: String?
    /// Set when the root is not an XLIFF 1.2 document; nothing below it is read.
    private var isAbandoned = false
    private var unit: UnitDraft?
    private var capture: Capture?
    /// Where each id was first seen.
    private var firstLineOfID: [String: Int] = [:]

    private(set) var files: [XLIFFDocument.File] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// The parser's first complaint (libxml2's error code) and where it was.
    private(set) var parseError: (code: Int, line: Int, column: Int)?

    init(text: String, file: String) {
        self.file = file
        self.startTags = XLIFFStartTags(text)
    }

    // MARK: Parser events

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        let (line, column) = location(of: elementName, parser)
        var declared: [String: String] = [:]
        for (name, value) in attributes {
            if name == "xmlns" { declared[""] = value }
            if name.hasPrefix("xmlns:") { declared[String(name.dropFirst(6))] = value }
        }
        stack.append(OpenElement(role: .ignored, declaredNamespaces: declared))
        let (prefix, localName) = Self.split(elementName)
        let namespace = resolve(prefix: prefix ?? "")
        let role = self.role(of: localName, namespace: namespace, attributes: attributes, line: line, column: column)
        stack[stack.count - 1].role = role
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let closed = stack.popLast() else { return }
        switch closed.role {
        case .source, .target, .note, .speaker:
            finishCapture()
        case .unit:
            finishUnit()
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        capture?.text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        capture?.text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        let code = (parseError as NSError).code
        guard self.parseError == nil, !Self.libxml2Warnings.contains(code) else { return }
        self.parseError = (code, parser.lineNumber, parser.columnNumber)
    }

    /// libxml2's codes for warnings (`XML_WAR_…`), which leave the document well-formed: an
    /// unknown XML version, a malformed `xml:lang` or `xml:space`, a relative namespace URI…
    private static let libxml2Warnings: Set<Int> = [93, 97, 98, 99, 100, 102, 106, 107, 113]

    // MARK: Elements

    /// What the element just opened is, checking its attributes on the way.
    private func role(of name: String, namespace: String?, attributes: [String: String], line: Int, column: Int) -> Role {
        let parent = stack.dropLast().last?.role
        guard let parent else { return root(name, namespace: namespace, attributes: attributes, line: line, column: column) }
        if isAbandoned { return .ignored }
        switch parent {
        case .source, .target, .note, .speaker, .inline:
            // <mrk> only marks a stretch of text (a segment, a term); anything else is markup
            // plain text has no place for.
            let isMarker = name == "mrk" && namespace == xliffNamespace
            if !isMarker, let seen = capture?.inlineMarkup, !seen.contains(name) {
                capture?.inlineMarkup.append(name)
            }
            return .inline
        case .ignored:
            return .ignored
        default:
            break
        }
        guard namespace == xliffNamespace else { return .ignored }
        switch (parent, name) {
        case (.root, "file"):
            startFile(attributes, line: line, column: column)
            return .file
        case (.file, "body"), (.container, "group"):
            return .container
        case (.container, "trans-unit"):
            startUnit(attributes, line: line, column: column)
            return .unit
        case (.unit, "source"):
            capture = Capture(role: .source, line: line, column: column)
            return .source
        case (.unit, "target"):
            let state = state(attributes["state"], line: line, column: column)
            unit?.state = state
            capture = Capture(role: .target, line: line, column: column)
            return .target
        case (.unit, "note"):
            capture = Capture(role: .note, line: line, column: column)
            return .note
        case (.unit, "context-group"):
            return .contextGroup
        case (.contextGroup, "context") where attributes["context-type"] == XLIFFDocument.speakerContextType:
            capture = Capture(role: .speaker, line: line, column: column)
            return .speaker
        default:
            return .ignored
        }
    }

    private func root(_ name: String, namespace: String?, attributes: [String: String], line: Int, column: Int) -> Role {
        guard name == "xliff" else {
            isAbandoned = true
            report(
                line: line, column: column, "the root element is <\(name)>, not <xliff>: this is not an XLIFF file",
                hint: "export the translation from your translation tool as XLIFF 1.2 (.xlf or .xliff)")
            return .ignored
        }
        xliffNamespace = namespace
        switch attributes["version"] {
        case nil:
            report(
                .warning, line: line, column: column, "<xliff> has no version; it is read as XLIFF 1.2",
                hint: "add version=\"1.2\" to <xliff>")
        case "1.2":
            break
        case let version?:
            report(
                line: line, column: column, "XLIFF version '\(version)' is not supported: this reader reads XLIFF 1.2",
                hint: "export the translation from your translation tool as XLIFF 1.2 (XLIFF 2 is a different format)")
            if !version.hasPrefix("1") { isAbandoned = true }
        }
        if namespace != XLIFFDocument.namespace, !isAbandoned {
            report(
                .warning, line: line, column: column,
                namespace.map { "<xliff> is in the namespace '\($0)', not XLIFF 1.2's" } ?? "<xliff> declares no namespace",
                hint: "write xmlns=\"\(XLIFFDocument.namespace)\" on <xliff>")
        }
        return .root
    }

    private func startFile(_ attributes: [String: String], line: Int, column: Int) {
        let original = attributes["original"] ?? ""
        if attributes["original"] == nil {
            report(
                .warning, line: line, column: column, "<file> has no original attribute naming its source file",
                hint: "add the source file's name, e.g. original=\"episodes/ep001.fountain\"")
        }
        if attributes["source-language"] == nil {
            report(
                line: line, column: column, "<file\(original.isEmpty ? "" : " original=\"\(original)\"")> has no source-language",
                hint: "add the language of the <source> texts as a BCP 47 tag, e.g. source-language=\"en\"")
        }
        if attributes["target-language"] == nil {
            report(
                .warning, line: line, column: column,
                "<file\(original.isEmpty ? "" : " original=\"\(original)\"")> has no target-language",
                hint: "add the language of the translations as a BCP 47 tag, e.g. target-language=\"zh\"")
        }
        files.append(
            XLIFFDocument.File(
                original: original, sourceLanguage: attributes["source-language"] ?? "",
                targetLanguage: attributes["target-language"] ?? ""))
    }

    private func startUnit(_ attributes: [String: String], line: Int, column: Int) {
        var draft = UnitDraft(id: attributes["id"], line: line, column: column)
        if let id = draft.id {
            if let first = firstLineOfID[id] {
                report(
                    line: line, column: column, "duplicate trans-unit id '\(id)' (first used on line \(first))",
                    hint: "each line's id appears once: remove the copy, or give it the id of the line it translates")
            } else {
                firstLineOfID[id] = line
            }
        } else {
            report(
                line: line, column: column, "a <trans-unit> has no id",
                hint: "keep the id each unit was exported with (e.g. id=\"ep001-L0007\"): it says which line the unit translates")
        }
        draft.approved = attributes["approved"]?.lowercased() == "yes"
        if let width = attributes["maxwidth"], (attributes["size-unit"] ?? "pixel") == "char" {
            if let characters = Int(width.trimmingCharacters(in: .whitespaces)), characters >= 0 {
                draft.maxCharacters = characters
            } else {
                report(
                    .warning, line: line, column: column, "maxwidth '\(width)' of trans-unit '\(draft.id ?? "")' is not a number; it is ignored",
                    hint: "write the most characters the translation may have as a whole number, e.g. maxwidth=\"40\"")
            }
        }
        for (name, value) in attributes {
            let (prefix, localName) = Self.split(name)
            if let prefix, localName == "source-digest", resolve(prefix: prefix) == XLIFFDocument.cliffNamespace {
                draft.sourceDigest = value
            }
        }
        unit = draft
    }

    /// The `state` of a `<target>`; reports an unknown one.
    private func state(_ value: String?, line: Int, column: Int) -> XLIFFDocument.TargetState? {
        guard let value else { return nil }
        if let state = XLIFFDocument.TargetState(rawValue: value) { return state }
        let id = unit?.id.map { " of '\($0)'" } ?? ""
        if value.hasPrefix("x-") {
            report(
                .warning, line: line, column: column, "the target\(id) has the tool's own state '\(value)'; it is read as no state",
                hint: "set one of XLIFF 1.2's states if the tool offers it")
            return nil
        }
        let allowed = XLIFFDocument.TargetState.allCases.map(\.rawValue)
        let suggestion = Self.closest(to: value, in: allowed).map { " Did you mean '\($0)'?" } ?? ""
        report(
            line: line, column: column, "unknown state '\(value)' on the target\(id).\(suggestion)",
            hint: "use one of \(allowed.joined(separator: ", "))")
        return nil
    }

    private func finishCapture() {
        guard let finished = capture else { return }
        capture = nil
        let id = unit?.id.map { " of '\($0)'" } ?? ""
        if !finished.inlineMarkup.isEmpty, finished.role == .source || finished.role == .target {
            let what = finished.role == .source ? "source" : "target"
            let markup = finished.inlineMarkup.map { "<\($0)>" }.joined(separator: ", ")
            report(
                .warning, line: finished.line, column: finished.column,
                "inline markup (\(markup)) in the \(what)\(id) was dropped; its text was kept",
                hint: "the lines are plain text: check the \(what) reads right without the markup")
        }
        switch finished.role {
        case .source: unit?.source = finished.text
        case .target: unit?.target = finished.text
        case .note: unit?.notes.append(finished.text)
        case .speaker: unit?.speaker = finished.text
        default: break
        }
    }

    private func finishUnit() {
        guard let draft = unit else { return }
        unit = nil
        guard let source = draft.source else {
            report(
                line: draft.line, column: draft.column, "trans-unit '\(draft.id ?? "")' has no <source>",
                hint: "keep the <source> each unit was exported with: it is the text the translation is checked against")
            return
        }
        guard let id = draft.id, !files.isEmpty else { return }
        files[files.count - 1].units.append(
            XLIFFDocument.Unit(
                id: id, source: source, target: draft.target, state: draft.state, speaker: draft.speaker, notes: draft.notes,
                maxCharacters: draft.maxCharacters, approved: draft.approved, sourceDigest: draft.sourceDigest))
    }

    // MARK: Helpers

    private func report(
        _ severity: Diagnostic.Severity = .error, line: Int, column: Int, _ message: String, hint: String
    ) {
        diagnostics.append(Diagnostic(severity, file: file, line: line, column: column, message: message, hint: hint))
    }

    /// Where the element the parser just reported starts: its tag's `<` when the scan found
    /// it, otherwise where the parser is.
    private func location(of qualifiedName: String, _ parser: XMLParser) -> (line: Int, column: Int) {
        defer { startTagCount += 1 }
        if startTagCount < startTags.tags.count {
            let tag = startTags.tags[startTagCount]
            if tag.name == qualifiedName { return (tag.line, tag.column) }
        }
        return (parser.lineNumber, parser.columnNumber)
    }

    /// The URI `prefix` stands for where the parser is (`""`: the default namespace), or
    /// `nil` when it stands for none.
    private func resolve(prefix: String) -> String? {
        for element in stack.reversed() {
            if let uri = element.declaredNamespaces[prefix] { return uri.isEmpty ? nil : uri }
        }
        return nil
    }

    /// `cliff:source-digest` as (`cliff`, `source-digest`); `id` as (`nil`, `id`).
    private static func split(_ qualifiedName: String) -> (prefix: String?, localName: String) {
        guard let colon = qualifiedName.firstIndex(of: ":") else { return (nil, qualifiedName) }
        return (String(qualifiedName[..<colon]), String(qualifiedName[qualifiedName.index(after: colon)...]))
    }

    /// The candidate closest to `word` by edit distance, if close enough to be a typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        let scored = candidates.map { ($0, editDistance(target, Array($0))) }
        guard let (best, distance) = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return distance <= max(2, min(target.count, best.count) / 3) ? best : nil
    }

    /// Levenshtein distance.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
