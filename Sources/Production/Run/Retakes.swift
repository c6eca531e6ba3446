public import Foundation
import DramaModel

/// New takes of shots asked for in review, kept in `retakes.json` in the project folder.
///
/// A take number goes into its shot's node, so a new take is a new node: the next run renders
/// that shot again (and joins the episode again) while the earlier take stays cached. The
/// built-in shot step gives a new take the next camera move; a model generator would take a
/// new seed. Take 0, the first, is the default and is not written down.
///
/// ```json
/// {"retakes": [{"episode": 3, "shot": 5, "take": 1, "note": "too static", "requestedBy": "mei"}]}
/// ```
public struct Retakes: Sendable, Hashable, Codable {
    /// One shot's current take.
    public struct Entry: Sendable, Hashable, Codable {
        /// Episode number.
        public var episode: Int
        /// Shot number in the episode, from 1 (as the studio and shot labels show it).
        public var shot: Int
        /// The take to render, from 1.
        public var take: Int
        /// Why it was asked for.
        public var note: String?
        /// Who asked.
        public var requestedBy: String?
        /// When.
        public var requestedAt: Date?
    }

    /// Current takes, one entry per shot that has been retaken.
    public var retakes: [Entry] = []

    /// No retakes.
    public init() {}

    /// The take to render for `shot` (from 1) of `episode`: 0 unless retaken.
    public func take(episode: Int, shot: Int) -> Int {
        retakes.first { $0.episode == episode && $0.shot == shot }?.take ?? 0
    }

    /// Asks for a new take of each of `shots` of `episode`; returns the new take numbers.
    @discardableResult
    public mutating func requestNewTake(episode: Int, shots: [Int], note: String?, by user: String?, at date: Date) -> [Int: Int] {
        var taken: [Int: Int] = [:]
        for shot in Set(shots).sorted() {
            let next = take(episode: episode, shot: shot) + 1
            retakes.removeAll { $0.episode == episode && $0.shot == shot }
            retakes.append(Entry(episode: episode, shot: shot, take: next, note: note, requestedBy: user, requestedAt: date))
            taken[shot] = next
        }
        retakes.sort { ($0.episode, $0.shot) < ($1.episode, $1.shot) }
        return taken
    }

    /// Reads `url`; a missing file means no retakes.
    /// - Throws: `ProductionError` (`storeFailed`) naming the file when it is not valid JSON of this shape.
    public static func load(from url: URL) throws -> Retakes {
        guard let data = try? Data(contentsOf: url) else { return Retakes() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(Retakes.self, from: data)
        } catch {
            throw ProductionError(
                code: .storeFailed,
                message: "\(url.lastPathComponent) is not a valid retakes file (\(error)); fix it or delete it to go back to the first takes")
        }
    }

    /// Writes the retakes to `url` atomically.
    /// - Throws: `ProductionError` (`storeFailed`).
    public func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        do {
            try AtomicFile.write(try encoder.encode(self), to: url)
        } catch {
            throw ProductionError(code: .storeFailed, message: "cannot write \(url.path): \(error)")
        }
    }
}
