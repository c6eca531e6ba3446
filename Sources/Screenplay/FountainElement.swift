/// One element of a Fountain screenplay body, in reading order.
public enum FountainElement: Sendable, Hashable {
    /// A scene heading such as `INT. HOUSE - DAY`.
    case sceneHeading(SceneHeading)
    /// An action paragraph; its lines are joined with `"\n"`. `forced` is true when written with `!`.
    case action(String, forced: Bool)
    /// A character cue introducing dialogue.
    case character(CharacterCue)
    /// A parenthetical inside a dialogue block, including its parentheses: `(quietly)`.
    case parenthetical(String)
    /// Dialogue text; its lines are joined with `"\n"`.
    case dialogue(String)
    /// A transition such as `CUT TO:`. `forced` is true when written with a leading `>`.
    case transition(String, forced: Bool)
    /// Centered text written as `> THE END <`, without the markers; lines joined with `"\n"`.
    case centered(String)
    /// Lyrics written as `~Willy Wonka`, without the tildes; lines joined with `"\n"`.
    case lyrics(String)
    /// A paragraph consisting only of a note `[[ … ]]`; the inner text.
    case note(String)
    /// A boneyard `/* … */` standing on its own lines; the inner text.
    case boneyard(String)
    /// A section heading written with `level` pound signs: `## Act Two`.
    case section(level: Int, title: String)
    /// A synopsis written with a leading `=`.
    case synopsis(String)
    /// A page break written as `===` (three or more `=`).
    case pageBreak
}
