/// A stretch of text sharing one combination of Fountain emphasis styles.
public struct StyledRun: Sendable, Hashable {
    /// The text of the run, with emphasis markers and escape backslashes removed.
    public var text: String
    /// Whether the run is bold (`**bold**`).
    public var bold: Bool
    /// Whether the run is italic (`*italic*`).
    public var italic: Bool
    /// Whether the run is underlined (`_underline_`).
    public var underline: Bool

    /// Creates a run.
    public init(text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.underline = underline
    }
}
