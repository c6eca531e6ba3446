public import StoryEngine

/// A finding about the audience, with the numbers behind it and the change the writer
/// should make for episodes not yet released.
public struct Insight: Sendable, Hashable, Codable {
    /// How much the finding matters.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case low, medium, high

        public static func < (a: Self, b: Self) -> Bool {
            let order: [Self] = [.low, .medium, .high]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    /// One number behind a finding.
    public struct Evidence: Sendable, Hashable, Codable {
        /// What it counts (`viewers lost`, `viewer-seconds`, `hook rate`).
        public var name: String
        /// The value.
        public var value: Double

        /// Creates a number.
        public init(_ name: String, _ value: Double) {
            self.name = name
            self.value = value
        }
    }

    /// Stable id (`beat:exposition`, `character:lin-xia`, `hook`, `cliffhanger`).
    public var id: String
    /// The finding in one sentence.
    public var finding: String
    /// The numbers behind it.
    public var evidence: [Evidence]
    /// How much it matters.
    public var severity: Severity
    /// How strongly the writer should act, 0–1 (also the note's strength).
    public var strength: Double
    /// What the writer should change.
    public var note: RevisionNote

    /// Creates an insight.
    public init(id: String, finding: String, evidence: [Evidence], severity: Severity, strength: Double, note: RevisionNote) {
        self.id = id
        self.finding = finding
        self.evidence = evidence
        self.severity = severity
        self.strength = strength
        self.note = note
    }
}
