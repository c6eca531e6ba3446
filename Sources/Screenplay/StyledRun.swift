/// A stretch of text sharing one combination of Fountain emphasis styles.
package struct StyledRun: Sendable, Hashable {
    /// The text of the run, with emphasis markers and escape backslashes removed.
    package var text: String
    /// Whether the run is bold (`**bold**`).
    package var bold: Bool
    /// Whether the run is italic (`*italic*`).
    package var italic: Bool
    /// Whether the run is underlined (`_underline_`).
    package var underline: Bool

    /// Creates a run.
    package init(text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.underline = underline
    }
}
