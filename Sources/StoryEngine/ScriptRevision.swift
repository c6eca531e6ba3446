/// An episode's revised script and every change made to it, note by note.
package struct ScriptRevision: Sendable, Hashable {
    /// The revised script (the script as it was when no note applied).
    package var script: EpisodeScript
    /// What changed and which note caused it, in the order the notes were applied.
    package var changes: [RevisionChange]

    /// The episode number.
    package var episode: Int { script.number }

    /// Creates a revision.
    package init(script: EpisodeScript, changes: [RevisionChange]) {
        self.script = script
        self.changes = changes
    }
}
