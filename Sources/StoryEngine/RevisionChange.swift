package import DramaModel

/// One change a revision made to an episode's script, and the note that caused it: what
/// `cliff write --apply-insights` prints and records.
///
/// ```swift
/// // ep 14, scene 2 (exposition), line 9: removed JADE: "Back then, I was young and foolish…"
/// //   ← shorten-beat (beat:exposition): exposition beats lose 2.3× more viewers than confrontations
/// print(change.description)
/// ```
package struct RevisionChange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What happened to the line or beat.
    package enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A line was cut.
        case removed
        /// A line was replaced by another.
        case replaced
        /// A line was added.
        case added
        /// A beat moved to an earlier place in the episode.
        case moved
    }

    /// The episode number.
    package var episode: Int
    /// The note that caused the change.
    package var note: RevisionNote
    /// What happened.
    package var kind: Kind
    /// The 0-based scene of the episode the change is in (in the revised script; for a removed
    /// line, the scene it was in).
    package var scene: Int
    /// The kind of beat changed.
    package var beat: BeatKind
    /// The 0-based index of the line among the episode's dialogue lines: in the revised script
    /// for added, replaced and moved lines, in the script before for removed ones; `nil` for a
    /// beat move or an action line.
    package var line: Int?
    /// The cast id of the line's speaker, for dialogue.
    package var speaker: String?
    /// The text before (a removed or replaced line, the beat's place before a move).
    package var before: String?
    /// The text after (an added or replaced line, the beat's place after a move).
    package var after: String?

    /// Creates a change record.
    package init(
        episode: Int, note: RevisionNote, kind: Kind, scene: Int, beat: BeatKind, line: Int? = nil, speaker: String? = nil,
        before: String? = nil, after: String? = nil
    ) {
        self.episode = episode
        self.note = note
        self.kind = kind
        self.scene = scene
        self.beat = beat
        self.line = line
        self.speaker = speaker
        self.before = before
        self.after = after
    }

    /// The change in words, with the note and its evidence.
    package var description: String {
        var place = "ep \(episode), scene \(scene + 1) (\(beat.rawValue))"
        if let line { place += ", line \(line + 1)" }
        let who = speaker.map { "\($0): " } ?? ""
        let what: String
        switch kind {
        case .removed: what = "removed \(who)\"\(before ?? "")\""
        case .added: what = "added \(who)\"\(after ?? "")\""
        case .replaced: what = "replaced \(who)\"\(before ?? "")\" → \"\(after ?? "")\""
        case .moved: what = "moved the beat from \(before ?? "?") to \(after ?? "?")"
        }
        return "\(place): \(what) ← \(note.action.rawValue) (\(note.insight)): \(note.evidence)"
    }
}
