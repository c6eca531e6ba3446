import DramaModel

/// Which side of the story a character stands on. A phrasebook line may belong to one side
/// (`hero: ` or `villain: ` before it), and some dialogue moves belong to one side as a whole
/// (defiance, swallowing an insult, the payoff are the underdog's): the writer gives such a
/// line only to a character of that side.
enum Side: String, Sendable, Hashable, CaseIterable {
    /// The protagonist and those with them: the lead and the ally.
    case hero
    /// The opposing side: the antagonist, the rival and the elder.
    case villain

    /// The side of a character in `role`; nil for supporting characters, who may say anything.
    init?(_ role: Role) {
        switch role {
        case .protagonist, .lead, .ally: self = .hero
        case .antagonist, .rival, .elder: self = .villain
        case .supporting: return nil
        }
    }

    /// The marker that starts a phrasebook line of this side (`hero: `).
    var marker: String { rawValue + ":" }

    /// The other side.
    var opposite: Side { self == .hero ? .villain : .hero }
}
