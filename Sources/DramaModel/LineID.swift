/// A spoken line's identity across every edition of a series: `ep007-L0012` is the twelfth line
/// of dialogue in episode 7's script, counted in the source language's script.
///
/// An edition keeps its source line's id, so voices, subtitles, shots, review notes and viewer
/// data of the same line in two languages line up.
public struct LineID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The episode number (1-based).
    public var episode: Int
    /// The line's position among the episode's lines of dialogue (1-based).
    public var ordinal: Int

    /// The id of line `ordinal` (1-based) of episode `episode`.
    public init(episode: Int, ordinal: Int) {
        self.episode = episode
        self.ordinal = ordinal
    }

    /// Reads `ep007-L0012`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].hasPrefix("ep"), parts[1].hasPrefix("L"),
              let episode = Int(parts[0].dropFirst(2)), let ordinal = Int(parts[1].dropFirst()),
              episode > 0, ordinal > 0, parts[0].dropFirst(2).allSatisfy(\.isASCII), parts[1].dropFirst().allSatisfy(\.isASCII)
        else { return nil }
        self.init(episode: episode, ordinal: ordinal)
    }

    /// `ep007-L0012`.
    public var description: String {
        "ep" + Self.padded(episode, 3) + "-L" + Self.padded(ordinal, 4)
    }

    public static func < (a: LineID, b: LineID) -> Bool { (a.episode, a.ordinal) < (b.episode, b.ordinal) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = LineID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a line id like ep001-L0001"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
