import DramaModel

/// The face a listener makes at a line: shocked at a reveal, afraid at anger, angry at
/// smugness, tender at tenderness.
enum ReactionTable {
    /// The listener's expression for a line delivered with `emotion` that plays `beat`.
    ///
    /// A reveal or cliffhanger shocks whatever the delivery; otherwise the delivery decides.
    static func expression(reactingTo emotion: Emotion, beat: BeatKind?) -> Emotion {
        if beat == .reveal || beat == .cliffhanger { return .shocked }
        switch emotion {
        case .neutral: return .neutral
        case .angry: return .afraid
        case .sad: return .tender
        case .shocked: return .shocked
        case .smug: return .angry
        case .tender: return .tender
        case .afraid: return .cold
        case .cold: return .sad
        }
    }
}
