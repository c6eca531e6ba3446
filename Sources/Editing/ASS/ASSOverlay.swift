public import DramaModel

/// Text burned over the picture besides dialogue: the AI-generated label or the episode title.
public struct ASSOverlay: Sendable, Hashable {
    /// Which overlay style the text takes.
    public enum Kind: Sendable, Hashable {
        /// The AI-generated disclosure: top centre, boxed, at least 5 % of the width high.
        case label
        /// The episode title: centred on the frame, large.
        case title
    }

    /// Which overlay style the text takes.
    public var kind: Kind
    /// When it appears.
    public var start: MediaTime
    /// When it disappears.
    public var end: MediaTime
    /// What it says; `\n` breaks lines, long lines wrap.
    public var text: String

    /// Creates an overlay.
    public init(kind: Kind, start: MediaTime, end: MediaTime, text: String) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
    }
}
