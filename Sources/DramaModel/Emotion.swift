/// How a line is delivered. The voice maps it to prosody and the artist to an expression.
public enum Emotion: String, Sendable, Hashable, CaseIterable, Codable {
    case neutral, angry, sad, shocked, smug, tender, afraid, cold
}

/// The kind of a story beat. Beats are marked in scripts as `[[beat: kind]]` notes so that
/// later stages (shots, analytics) know what is on screen.
public enum BeatKind: String, Sendable, Hashable, CaseIterable, Codable {
    case hook, confrontation, humiliation, scheme, romance, exposition, warning, plea, triumph, reveal, cliffhanger
}
