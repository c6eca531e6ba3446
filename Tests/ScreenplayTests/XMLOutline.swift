#if canImport(FoundationXML)
    import FoundationXML
#endif
import Foundation

/// The elements of an XML document, read with Foundation's `XMLParser` (which also proves
/// the document is well-formed).
final class XMLOutline: NSObject, XMLParserDelegate {
    /// One element: its name, attributes, the names of its ancestors and its own character data.
    struct Node {
        var name: String
        var attributes: [String: String]
        var ancestors: [String]
        var text = ""
    }

    private(set) var nodes: [Node] = []
    private var open: [Int] = []
    private(set) var isWellFormed = false

    init(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        isWellFormed = parser.parse()
    }

    /// The paragraphs directly inside `<Content>` of the script (not the title page).
    var scriptParagraphs: [Node] {
        nodes.filter { $0.name == "Paragraph" && $0.ancestors == ["FinalDraft", "Content"] }
    }

    /// The paragraphs inside `<TitlePage><Content>`.
    var titlePageParagraphs: [Node] {
        nodes.filter { $0.name == "Paragraph" && $0.ancestors == ["FinalDraft", "TitlePage", "Content"] }
    }

    /// The text of the `<Text>` runs inside the paragraph at `index` of `nodes`.
    func text(ofParagraphAt index: Int) -> String {
        var result = ""
        var position = index + 1
        let depth = nodes[index].ancestors.count
        while position < nodes.count, nodes[position].ancestors.count > depth {
            if nodes[position].name == "Text" { result += nodes[position].text }
            position += 1
        }
        return result
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        let ancestors = open.map { nodes[$0].name }
        nodes.append(Node(name: elementName, attributes: attributeDict, ancestors: ancestors))
        open.append(nodes.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let current = open.last else { return }
        nodes[current].text += string
    }
}
