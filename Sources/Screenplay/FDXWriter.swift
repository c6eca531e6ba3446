/// Converts documents to Final Draft XML (`.fdx`).
///
/// Scene headings (with `Number` for scene numbers), action, character, parenthetical,
/// dialogue and transition map to the paragraph types of the same name. Centered text is
/// action with `Alignment="Center"`; lyrics are dialogue inside a dialogue block and general
/// text elsewhere. A cue marked `^` and the dialogue block before it are wrapped in
/// `<DualDialogue>`. A page break sets `StartsNewPage="Yes"` on the next paragraph. Notes,
/// sections, synopses and boneyards are not printed and are dropped, as are inline `[[notes]]`.
/// Emphasis becomes `Style="Bold+Italic+Underline"` runs. The title page becomes `<TitlePage>`.
public enum FDXWriter {
    /// Renders `document` as a Final Draft XML document.
    public static func write(_ document: FountainDocument) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n"
        xml += "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n"
        xml += "  <Content>\n"
        for paragraph in contentParagraphs(document.elements) {
            xml += paragraph.render(indent: "    ")
        }
        xml += "  </Content>\n"
        if !document.titlePage.isEmpty {
            xml += "  <TitlePage>\n    <Content>\n"
            for paragraph in titlePageParagraphs(document.titlePage) {
                xml += paragraph.render(indent: "      ")
            }
            xml += "    </Content>\n  </TitlePage>\n"
        }
        xml += "</FinalDraft>\n"
        return xml
    }

    private static func contentParagraphs(_ elements: [FountainElement]) -> [FDXParagraph] {
        var paragraphs: [FDXParagraph] = []
        var startsNewPage = false
        var index = elements.startIndex
        func emit(_ new: [FDXParagraph]) {
            guard var first = new.first else { return }
            if startsNewPage { first.startNewPage() }
            startsNewPage = false
            paragraphs.append(first)
            paragraphs.append(contentsOf: new.dropFirst())
        }
        while index < elements.endIndex {
            switch elements[index] {
            case .pageBreak:
                startsNewPage = true
                index += 1
            case .character:
                let block = dialogueBlock(in: elements, from: index)
                index = block.upperBound
                if index < elements.endIndex, case .character(let cue) = elements[index], cue.dualDialogue {
                    let second = dialogueBlock(in: elements, from: index)
                    index = second.upperBound
                    let inner = dialogueParagraphs(elements[block]) + dialogueParagraphs(elements[second])
                    emit([FDXParagraph(dualDialogue: inner)])
                } else {
                    emit(dialogueParagraphs(elements[block]))
                }
            default:
                emit(paragraph(for: elements[index], inDialogue: false).map { [$0] } ?? [])
                index += 1
            }
        }
        return paragraphs
    }

    /// The range of the dialogue block whose character cue is at `start`.
    private static func dialogueBlock(in elements: [FountainElement], from start: Int) -> Range<Int> {
        var end = start + 1
        while end < elements.endIndex {
            switch elements[end] {
            case .parenthetical, .dialogue, .lyrics: end += 1
            default: return start..<end
            }
        }
        return start..<end
    }

    private static func dialogueParagraphs(_ block: ArraySlice<FountainElement>) -> [FDXParagraph] {
        block.compactMap { paragraph(for: $0, inDialogue: true) }
    }

    private static func paragraph(for element: FountainElement, inDialogue: Bool) -> FDXParagraph? {
        switch element {
        case .sceneHeading(let heading):
            let number = heading.sceneNumber.map { [(name: "Number", value: $0)] } ?? []
            return FDXParagraph(type: "Scene Heading", text: heading.text, attributes: number)
        case .action(let text, _):
            return printable(text).map { FDXParagraph(type: "Action", text: $0) }
        case .character(let cue):
            let extensions = cue.extensions.map { " (\($0))" }.joined()
            return FDXParagraph(type: "Character", literal: cue.name + extensions)
        case .parenthetical(let text):
            return FDXParagraph(type: "Parenthetical", text: text)
        case .dialogue(let text):
            return printable(text).map { FDXParagraph(type: "Dialogue", text: $0) }
        case .transition(let text, _):
            return FDXParagraph(type: "Transition", text: text)
        case .centered(let text):
            return FDXParagraph(type: "Action", text: text, attributes: [(name: "Alignment", value: "Center")])
        case .lyrics(let text):
            return FDXParagraph(type: inDialogue ? "Dialogue" : "General", text: text)
        case .note, .boneyard, .section, .synopsis, .pageBreak:
            return nil
        }
    }

    /// `text` without inline `[[notes]]`, or `nil` when nothing printable is left of a
    /// paragraph that had text.
    private static func printable(_ text: String) -> String? {
        var remaining = Substring(text)
        guard remaining.firstIndex(of: "[", "[", from: remaining.startIndex) != nil else { return text }
        var result = ""
        while let open = remaining.firstIndex(of: "[", "[", from: remaining.startIndex),
            let close = remaining.firstIndex(of: "]", "]", from: remaining.index(open, offsetBy: 2))
        {
            result += remaining[..<open]
            remaining = remaining[remaining.index(close, offsetBy: 2)...]
        }
        result += remaining
        return result.isBlank ? nil : result
    }

    private static let centeredTitleKeys: Set<String> = ["title", "credit", "author", "authors", "source"]

    private static func titlePageParagraphs(_ fields: [TitlePageField]) -> [FDXParagraph] {
        fields.flatMap { field in
            let alignment = centeredTitleKeys.contains(field.key.lowercased()) ? "Center" : "Left"
            return field.values.map { value in
                FDXParagraph(type: "General", text: value, attributes: [(name: "Alignment", value: alignment)])
            }
        }
    }
}
