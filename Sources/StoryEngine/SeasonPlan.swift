package import DramaModel

/// The season's shape before any line is written: per episode, its beats and who is in them,
/// its scenes, what is revealed and what changes. Derived from the bible and its seed.
public struct SeasonPlan: Sendable, Hashable {
    /// One entry per episode, in order.
    public var episodes: [EpisodePlan]

    /// The plan of episode `number`, if it exists.
    public func episode(_ number: Int) -> EpisodePlan? {
        episodes.indices.contains(number - 1) ? episodes[number - 1] : nil
    }
}

/// One episode's plan.
public struct EpisodePlan: Sendable, Hashable {
    /// 1-based episode number.
    public var number: Int
    /// Episode title.
    public var title: String
    /// One-line summary of what happens.
    public var summary: String
    /// The first paid episode.
    public var isPaywall: Bool
    /// The episode right before the paywall: it ends on the season's major reversal.
    public var isReversal: Bool
    /// The last episode: it pays the arcs off.
    public var isFinale: Bool
    /// Scenes in order; the first opens on the hook, the last ends on the cliffhanger.
    package var scenes: [ScenePlan]
    /// Events that hold from the episode's start (returns, healing).
    public var openingEvents: [ContinuityEvent]
    /// Events that happen by its end (exits, injuries, props, relationships).
    public var closingEvents: [ContinuityEvent]
    /// Arc ids running through this episode.
    public var arcs: [String]

    /// Every beat, scene by scene.
    package var beats: [BeatPlan] { scenes.flatMap(\.beats) }
    /// Secrets revealed in this episode.
    public var reveals: [String] { beats.compactMap(\.secret) }
}

/// A scene: a place, a time of day and the beats played there.
package struct ScenePlan: Sendable, Hashable {
    /// Location id.
    package var location: String
    /// Night or day.
    package var night: Bool
    /// Beats in order.
    package var beats: [BeatPlan]
}

/// A beat: its kind and who plays it.
package struct BeatPlan: Sendable, Hashable {
    /// What kind of beat.
    package var kind: BeatKind
    /// Character ids: the one who drives the beat first, then who they face.
    package var cast: [String]
    /// For a reveal: the secret revealed.
    package var secret: String?
}
