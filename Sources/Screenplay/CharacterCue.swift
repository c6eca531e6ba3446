/// The character line that introduces a block of dialogue.
///
/// `MOM (O.S.) (CONT'D)` has the name `MOM` and the extensions `["O.S.", "CONT'D"]`;
/// `@McCLANE` is forced; `BRICK ^` is the second speaker of dual dialogue.
public struct CharacterCue: Sendable, Hashable {
    /// The character's name, without extensions, `@` or `^`.
    public var name: String
    /// The parenthesised extensions after the name, without parentheses, in order.
    public var extensions: [String]
    /// Whether the cue was forced with a leading `@`.
    public var forced: Bool
    /// Whether the cue ends with `^`, marking it as the right-hand side of dual dialogue.
    public var dualDialogue: Bool

    /// Creates a character cue.
    public init(name: String, extensions: [String] = [], forced: Bool = false, dualDialogue: Bool = false) {
        self.name = name
        self.extensions = extensions
        self.forced = forced
        self.dualDialogue = dualDialogue
    }
}
