/// An episode's revised script and every change made to it, note by note.
public struct ScriptRevision: Sendable, Hashable {
    /// The revised script (the script as it was when no note applied).
    public var script: EpisodeScript
    /// What changed and which note caused it, in the order the notes were applied.
    public var changes: [RevisionChange]

    /// The episode number.
    public var episode: Int { script.number }

    /// Creates a revision.
    public init(script: EpisodeScript, changes: [RevisionChange]) {
        self.script = script
        self.changes = changes
    }
}
