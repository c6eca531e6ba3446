/// Where an episode stands between its script and the audience.
///
/// `draft` (a script, no render) → `rendering` (jobs queued or running) → `in-review` (a
/// render nobody has decided on) → `approved` or `rejected` → `scheduled` (approved, with a
/// release time still ahead) → `published` (released on the channel). A new render of an
/// approved episode voids the approval: the episode is in review again.
public enum EpisodeState: String, Sendable, Hashable, Codable, CaseIterable {
    /// A script without a rendered episode.
    case draft
    /// Production jobs for it are queued or running.
    case rendering
    /// Rendered, waiting for a decision on this render.
    case inReview = "in-review"
    /// A reviewer rejected this render (with a note).
    case rejected
    /// A reviewer approved this render; no release time is set, or it has come and the
    /// publisher is about to release it.
    case approved
    /// Approved, with a release time ahead.
    case scheduled
    /// On the channel.
    case published
}

/// One entry of an episode's history: who did what, when, to which render.
public struct ReviewRecord: Sendable, Hashable, Codable {
    /// What was done.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// Approved the render.
        case approve
        /// Rejected the render, with a note.
        case reject
        /// Asked for new takes of shots (a shot or a whole scene), with a note.
        case regenerate
        /// Queued a render.
        case render
        /// Released on the channel.
        case publish
        /// Publishing held back by the compliance gate (label, metadata, provenance, consent or
        /// policy); `detail` says why. The episode stays approved and is tried again.
        case hold
    }

    /// Order of the record.
    public var id: Int64
    /// The series.
    public var series: String
    /// The episode.
    public var episode: Int
    /// What was done.
    public var action: Action
    /// Who did it (`publisher` for automatic releases).
    public var actor: String
    /// The note given with it.
    public var note: String?
    /// SHA-256 of the episode file the action was about, when there was one.
    public var render: String?
    /// Extra facts (for example which shots were retaken).
    public var detail: String?
    /// When, seconds since 1970.
    public var at: Double
}
