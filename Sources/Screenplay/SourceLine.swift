/// One line of Fountain source after line splitting (and boneyard removal).
struct SourceLine: Sendable, Hashable {
    /// The line's text without its line terminator.
    var text: Substring
    /// The 1-based line number in the original source.
    var number: Int

    /// Whether the line is exactly two spaces, Fountain's way to keep an empty
    /// line inside a paragraph (dialogue, action, notes) without ending it.
    var isParagraphContinuation: Bool {
        text == "  "
    }
}
