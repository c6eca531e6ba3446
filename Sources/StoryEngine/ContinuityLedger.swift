import Foundation
public import DramaModel

/// Something that changes the story's state. Scripts record these as notes
/// (`[[reveal: donor -> chloe]]`), so continuity can be checked from the scripts alone,
/// including scripts people edited.
public enum ContinuityEvent: Sendable, Hashable, CustomStringConvertible {
    /// A secret comes out, told to a character (who now knows it, as do all present).
    case reveal(secret: String, to: String)
    /// A character leaves the story (abroad, arrested, in hospital) until they return.
    case exit(character: String)
    /// A character who left comes back.
    case `return`(character: String)
    /// A character is hurt; the injury lasts until healed.
    case injury(character: String, description: String)
    /// An injury has healed.
    case heal(character: String)
    /// A prop changes hands.
    case prop(prop: String, holder: String)
    /// A relationship between two characters changes.
    case relationship(String, String, RelationshipState)

    /// The note text, as written inside `[[ ]]` in a script.
    public var description: String {
        switch self {
        case .reveal(let secret, let to): "reveal: \(secret) -> \(to)"
        case .exit(let character): "exit: \(character)"
        case .return(let character): "return: \(character)"
        case .injury(let character, let text): "injury: \(character): \(text)"
        case .heal(let character): "heal: \(character)"
        case .prop(let prop, let holder): "prop: \(prop) -> \(holder)"
        case .relationship(let a, let b, let state): "relationship: \(a) \(b): \(state.rawValue)"
        }
    }

    /// Parses note text such as `reveal: donor -> chloe`; `nil` for notes that are not events.
    public init?(note: String) {
        let trimmed = note.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let kind = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let body = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        func arrow() -> (String, String)? {
            let parts = body.components(separatedBy: "->").map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty ? (parts[0], parts[1]) : nil
        }
        switch kind {
        case "reveal":
            guard let (secret, to) = arrow() else { return nil }
            self = .reveal(secret: secret, to: to)
        case "exit": self = .exit(character: body)
        case "return": self = .return(character: body)
        case "heal": self = .heal(character: body)
        case "injury":
            let parts = body.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { return nil }
            self = .injury(character: parts[0], description: parts[1])
        case "prop":
            guard let (prop, holder) = arrow() else { return nil }
            self = .prop(prop: prop, holder: holder)
        case "relationship":
            let parts = body.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let pair = parts.first?.split(separator: " ").map(String.init) ?? []
            guard parts.count == 2, pair.count == 2, let state = RelationshipState(rawValue: parts[1]) else { return nil }
            self = .relationship(pair[0], pair[1], state)
        default: return nil
        }
    }
}

/// Where two characters stand with each other.
public enum RelationshipState: String, Sendable, Hashable, CaseIterable {
    case strangers, wary, allies, close, estranged, enemies
}

/// The story's state at a point in the season: who knows what, who is around, who is hurt,
/// who holds what, who stands where with whom. The writer consults it before every line and
/// never contradicts it; `ScriptChecker` replays it over scripts to catch contradictions.
public struct ContinuityLedger: Sendable, Hashable {
    /// Secret ids each character knows.
    public private(set) var knowledge: [String: Set<String>] = [:]
    /// Secrets already revealed, with the episode.
    public private(set) var revealed: [String: Int] = [:]
    /// Characters who have left and not returned, with the episode they left in.
    public private(set) var absent: [String: Int] = [:]
    /// Current injuries.
    public private(set) var injuries: [String: String] = [:]
    /// Current holder of each prop.
    public private(set) var holders: [String: String] = [:]
    /// Relationship states, keyed by the two ids sorted and joined with a space.
    public private(set) var relationships: [String: RelationshipState] = [:]

    /// The ledger at the start of the season described by `series`.
    public init(series: Series) {
        for secret in series.secrets {
            for id in secret.knownBy { knowledge[id, default: []].insert(secret.id) }
        }
        for prop in series.props { if let holder = prop.holder { holders[prop.id] = holder } }
    }

    /// Whether a character is in the story now.
    public func isPresent(_ character: String) -> Bool { absent[character] == nil }

    /// Whether a character knows a secret now.
    public func knows(_ character: String, _ secret: String) -> Bool { knowledge[character]?.contains(secret) ?? false }

    /// The relationship between two characters (`strangers` if never set).
    public func relationship(_ a: String, _ b: String) -> RelationshipState {
        relationships[Self.pairKey(a, b)] ?? .strangers
    }

    static func pairKey(_ a: String, _ b: String) -> String { a < b ? "\(a) \(b)" : "\(b) \(a)" }

    /// Why `event` would contradict the ledger, or `nil` if it is consistent.
    public func violation(of event: ContinuityEvent) -> String? {
        switch event {
        case .reveal(let secret, let to):
            if let episode = revealed[secret] { return "secret '\(secret)' was already revealed in episode \(episode)" }
            if knows(to, secret) { return "'\(to)' already knows secret '\(secret)'" }
            if !isPresent(to) { return "'\(to)' is not in the story (left in episode \(absent[to]!)), so cannot learn '\(secret)'" }
        case .exit(let character):
            if let episode = absent[character] { return "'\(character)' already left in episode \(episode)" }
        case .return(let character):
            if absent[character] == nil { return "'\(character)' returns without having left" }
        case .heal(let character):
            if injuries[character] == nil { return "'\(character)' heals without an injury" }
        case .injury, .prop, .relationship:
            break
        }
        return nil
    }

    /// Applies an event that happens in `episode`, with `present` the characters in the scene.
    public mutating func apply(_ event: ContinuityEvent, episode: Int, present: [String] = []) {
        switch event {
        case .reveal(let secret, let to):
            revealed[secret] = revealed[secret] ?? episode
            for id in Set(present + [to]) { knowledge[id, default: []].insert(secret) }
        case .exit(let character): absent[character] = episode
        case .return(let character): absent[character] = nil
        case .injury(let character, let text): injuries[character] = text
        case .heal(let character): injuries[character] = nil
        case .prop(let prop, let holder): holders[prop] = holder
        case .relationship(let a, let b, let state): relationships[Self.pairKey(a, b)] = state
        }
    }
}
