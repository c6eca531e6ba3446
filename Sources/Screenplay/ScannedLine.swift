/// A unit produced by ``BoneyardScanner``: a source line, or a boneyard that stood on its own.
enum ScannedLine: Sendable, Hashable {
    /// A line of source text, with inline boneyards already removed.
    case line(SourceLine)
    /// A standalone boneyard: its inner text and where its `/*` was.
    case boneyard(String, SourceLocation)
}
