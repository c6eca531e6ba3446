public import Screenplay

/// One written episode: its plan, its Fountain document and text, and its estimated length.
public struct EpisodeScript: Sendable, Hashable {
    /// The plan it was written from.
    public var plan: EpisodePlan
    /// The script as a Fountain document.
    public var document: FountainDocument
    /// The script as Fountain text, as saved in `episodes/epNNN.fountain`.
    public var text: String
    /// Estimated spoken length in seconds.
    public var estimatedSeconds: Double

    /// The episode number.
    public var number: Int { plan.number }

    /// The file name of an episode's script: `ep001.fountain`.
    public static func fileName(_ number: Int) -> String {
        let digits = String(number)
        return "ep" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".fountain"
    }
}
