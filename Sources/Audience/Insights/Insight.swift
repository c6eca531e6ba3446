package import StoryEngine

/// A finding about the audience, with the numbers behind it and the change the writer
/// should make for episodes not yet released.
package struct Insight: Sendable, Hashable, Codable {
    /// How much the finding matters.
    package enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case low, medium, high

        package static func < (a: Self, b: Self) -> Bool {
            let order: [Self] = [.low, .medium, .high]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    /// One number behind a finding.
    package struct Evidence: Sendable, Hashable, Codable {
        /// What it counts (`viewers lost`, `viewer-seconds`, `hook rate`).
        package var name: String
        /// The value.
        package var value: Double

        /// Creates a number.
        package init(_ name: String, _ value: Double) {
            self.name = name
            self.value = value
        }
    }

    /// Stable id (`beat:exposition`, `character:lin-xia`, `hook`, `cliffhanger`).
    package var id: String
    /// The finding in one sentence.
    package var finding: String
    /// The numbers behind it.
    package var evidence: [Evidence]
    /// How much it matters.
    package var severity: Severity
    /// How strongly the writer should act, 0–1 (also the note's strength).
    package var strength: Double
    /// What the writer should change.
    package var note: RevisionNote

    /// Creates an insight.
    package init(id: String, finding: String, evidence: [Evidence], severity: Severity, strength: Double, note: RevisionNote) {
        self.id = id
        self.finding = finding
        self.evidence = evidence
        self.severity = severity
        self.strength = strength
        self.note = note
    }
}
