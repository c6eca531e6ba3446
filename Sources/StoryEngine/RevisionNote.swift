public import DramaModel

/// A change the writer is asked to make to episodes not yet released, drawn from what the
/// audience did. Audience analytics produce notes (`cliff insights`); the writer applies them
/// (`cliff write --apply-insights`) and records which note caused which change.
///
/// ```swift
/// let note = RevisionNote(insight: "beat:exposition", action: .shortenBeat, beat: .exposition,
///                         strength: 0.6, evidence: "exposition beats lose 2.3× more viewers than confrontations")
/// ```
public struct RevisionNote: Sendable, Hashable, Codable {
    /// What to change.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// Shorten beats of kind `beat`: fewer and shorter lines.
        case shortenBeat = "shorten-beat"
        /// Move each episode's reveal earlier.
        case revealEarlier = "reveal-earlier"
        /// Give `character` more lines.
        case featureCharacter = "feature-character"
        /// Give `character` fewer lines.
        case reduceCharacter = "reduce-character"
        /// Shorten lines longer than `maxLineCharacters` (display width; a CJK character counts 2).
        case shortenLines = "shorten-lines"
        /// Open on conflict within the first seconds.
        case strongerHook = "stronger-hook"
        /// End on a stronger cliffhanger.
        case strongerCliffhanger = "stronger-cliffhanger"
        /// Shorten scenes set at `location` (a location id).
        case shortenLocation = "shorten-location"
    }

    /// The id of the insight behind the note (`beat:exposition`, `character:lin-xia`).
    public var insight: String
    /// What to change.
    public var action: Action
    /// The beat kind, for `shortenBeat`.
    public var beat: BeatKind?
    /// The character id, for `featureCharacter` and `reduceCharacter`.
    public var character: String?
    /// The location id, for `shortenLocation`.
    public var location: String?
    /// The longest line to keep, for `shortenLines`.
    public var maxLineCharacters: Int?
    /// How strongly to apply it, 0 (not at all) to 1 (as far as the writer goes).
    public var strength: Double
    /// The finding in words, kept with every change it causes.
    public var evidence: String

    /// Creates a note.
    public init(
        insight: String, action: Action, beat: BeatKind? = nil, character: String? = nil, location: String? = nil,
        maxLineCharacters: Int? = nil, strength: Double, evidence: String
    ) {
        self.insight = insight
        self.action = action
        self.beat = beat
        self.character = character
        self.location = location
        self.maxLineCharacters = maxLineCharacters
        self.strength = min(1, max(0, strength))
        self.evidence = evidence
    }
}
