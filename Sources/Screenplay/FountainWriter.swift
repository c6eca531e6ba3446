/// Writes documents as canonical Fountain.
///
/// The output re-parses to the same title page and elements (`parse(write(doc))`), provided
/// the document is one Fountain can express: in particular an element's `forced` flag may be
/// `false` only when the text is recognised without a marker (the writer adds `!`, `@`, `.`
/// or `>` whenever it is needed, and the re-parsed element then reports `forced: true`).
///
/// Canonical form: title page fields first (single values inline, several values on lines
/// indented by four spaces), a blank line between paragraphs, parentheticals, dialogue and
/// lyrics directly under their character cue, empty lines inside a paragraph written as two
/// spaces, and a trailing newline.
public enum FountainWriter {
    /// Renders `document` as Fountain text.
    public static func write(_ document: FountainDocument) -> String {
        var output = ""
        for field in document.titlePage {
            output += render(field)
        }
        let body = renderBody(document.elements)
        if !body.isEmpty {
            if !output.isEmpty {
                output += "\n"
            } else if let firstLine = body.lines.first, TitlePageScanner.keyValue(in: firstLine) != nil {
                // A body must not begin with something that reads as a title page key.
                output += "\n"
            }
            output += body + "\n"
        }
        return output
    }

    private static func render(_ field: TitlePageField) -> String {
        if field.values.count == 1, let value = field.values.first {
            return "\(field.key): \(value)\n"
        }
        return "\(field.key):\n" + field.values.map { "    \($0)\n" }.joined()
    }

    private static func renderBody(_ elements: [FountainElement]) -> String {
        var body = ""
        var inDialogueBlock = false
        var previous: FountainElement?
        for element in elements {
            let glued = inDialogueBlock && gluesToDialogueBlock(element, after: previous)
            if !body.isEmpty { body += glued ? "\n" : "\n\n" }
            body += render(element)
            if case .character = element {
                inDialogueBlock = true
            } else {
                inDialogueBlock = glued
            }
            previous = element
        }
        return body
    }

    /// Whether `element` continues the dialogue block that `previous` belongs to.
    private static func gluesToDialogueBlock(_ element: FountainElement, after previous: FountainElement?) -> Bool {
        switch (previous, element) {
        case (.lyrics?, .lyrics):
            return false  // two lyrics in a row would merge into one
        case (_, .parenthetical), (_, .dialogue), (_, .lyrics):
            return true
        default:
            return false
        }
    }

    private static func render(_ element: FountainElement) -> String {
        switch element {
        case .sceneHeading(let heading):
            var natural = heading.text
            if let number = heading.sceneNumber { natural += " #\(number)#" }
            if !heading.forced, BodyParser.elements(of: natural) == [element] { return natural }
            return "." + natural
        case .action(let text, let forced):
            let natural = paragraphLines(text)
            if !forced, BodyParser.elements(of: natural) == [element] { return natural }
            return "!" + natural
        case .character(let cue):
            var natural = cue.name
            for tag in cue.extensions { natural += " (\(tag))" }
            if cue.dualDialogue { natural += " ^" }
            if !cue.forced, BodyParser.elements(of: natural + "\nx").first == element { return natural }
            return "@" + natural
        case .parenthetical(let text):
            return text
        case .dialogue(let text):
            return paragraphLines(text)
        case .transition(let text, let forced):
            if !forced, BodyParser.elements(of: text) == [element] { return text }
            return ">" + text
        case .centered(let text):
            return text.lines.map { "> \($0) <" }.joined(separator: "\n")
        case .lyrics(let text):
            return text.lines.map { "~" + $0 }.joined(separator: "\n")
        case .note(let text):
            return "[[" + paragraphLines(text) + "]]"
        case .boneyard(let text):
            return "/* " + text + " */"
        case .section(let level, let title):
            return String(repeating: "#", count: max(level, 1)) + " " + title
        case .synopsis(let text):
            return "= " + text
        case .pageBreak:
            return "==="
        }
    }

    /// `text` with each empty (or whitespace-only) line written as two spaces, so that it
    /// stays inside its paragraph.
    private static func paragraphLines(_ text: String) -> String {
        text.lines.map { $0.isBlank ? "  " : $0 }.joined(separator: "\n")
    }
}
