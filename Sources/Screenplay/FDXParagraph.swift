import Basics
/// One `<Paragraph>` of a Final Draft document, ready to render.
struct FDXParagraph: Sendable {
    /// The `Type` attribute, such as `Scene Heading`; `nil` to omit it.
    var type: String?
    /// Further attributes in output order, such as `Number` or `Alignment`.
    var attributes: [(name: String, value: String)] = []
    /// The text runs.
    var runs: [StyledRun]
    /// Paragraphs nested in a `<DualDialogue>` element instead of text runs.
    var dualDialogue: [FDXParagraph] = []

    /// A paragraph of Fountain text whose emphasis markers become styled runs.
    init(type: String?, text: String, attributes: [(name: String, value: String)] = []) {
        self.type = type
        self.attributes = attributes
        self.runs = FountainEmphasis.runs(in: text)
    }

    /// A paragraph of literal text (no emphasis parsing).
    init(type: String?, literal: String) {
        self.type = type
        self.runs = [StyledRun(text: literal)]
    }

    /// A paragraph wrapping the two sides of dual dialogue.
    init(dualDialogue paragraphs: [FDXParagraph]) {
        self.type = nil
        self.runs = []
        self.dualDialogue = paragraphs
    }

    /// Marks the paragraph as starting a new page.
    mutating func startNewPage() {
        attributes.append((name: "StartsNewPage", value: "Yes"))
    }

    /// The XML for this paragraph, each line prefixed with `indent`.
    func render(indent: String) -> String {
        var tag = "<Paragraph"
        if let type { tag += " Type=\"\(TextEscaping.xml(type))\"" }
        for attribute in attributes {
            tag += " \(attribute.name)=\"\(TextEscaping.xml(attribute.value))\""
        }
        tag += ">"
        if !dualDialogue.isEmpty {
            let inner = dualDialogue.map { $0.render(indent: indent + "    ") }.joined()
            return indent + tag + "\n" + indent + "  <DualDialogue>\n" + inner + indent + "  </DualDialogue>\n" + indent + "</Paragraph>\n"
        }
        let texts = runs.isEmpty ? "<Text></Text>" : runs.map(Self.render).joined()
        return indent + tag + texts + "</Paragraph>\n"
    }

    private static func render(_ run: StyledRun) -> String {
        var styles: [String] = []
        if run.bold { styles.append("Bold") }
        if run.italic { styles.append("Italic") }
        if run.underline { styles.append("Underline") }
        let style = styles.isEmpty ? "" : " Style=\"\(styles.joined(separator: "+"))\""
        return "<Text\(style)>\(TextEscaping.xml(run.text))</Text>"
    }
}
