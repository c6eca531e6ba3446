/// A parsed (or programmatically built) Fountain screenplay.
public struct FountainDocument: Sendable, Hashable {
    /// The title page fields in source order; empty when the document has no title page.
    public var titlePage: [TitlePageField]
    /// The body elements in reading order.
    public var elements: [FountainElement]
    /// Where each element starts in the source, parallel to `elements` when parsed;
    /// empty for documents built in code.
    package var locations: [SourceLocation]

    /// Creates a document.
    package init(titlePage: [TitlePageField] = [], elements: [FountainElement] = [], locations: [SourceLocation] = []) {
        self.titlePage = titlePage
        self.elements = elements
        self.locations = locations
    }
}
