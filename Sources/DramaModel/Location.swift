/// A place scenes happen in.
public struct Location: Sendable, Hashable, Codable {
    /// Stable id (`ceo-office`).
    public var id: String
    /// The place as scene headings name it (`GU GROUP TOWER - CEO OFFICE`, `顾氏集团 总裁办公室`).
    public var name: String
    /// How characters say it in a line ("the office"); `nil` means the name.
    public var spoken: String?
    /// Interior or exterior.
    public var setting: Setting
    /// What it looks like.
    public var description: String

    /// Interior or exterior.
    public enum Setting: String, Sendable, Hashable, CaseIterable, Codable {
        case interior, exterior
    }

    /// Creates a location.
    public init(id: String, name: String, spoken: String? = nil, setting: Setting = .interior, description: String = "") {
        self.id = id
        self.name = name
        self.spoken = spoken
        self.setting = setting
        self.description = description
    }
}

/// An object that matters to the story.
public struct Prop: Sendable, Hashable {
    /// Stable id (`contract`).
    public var id: String
    /// How it is named in a line ("the contract").
    public var name: String
    /// Who holds it when the season starts; `nil` if nobody does.
    public var holder: String?

    /// Creates a prop.
    public init(id: String, name: String, holder: String? = nil) {
        self.id = id
        self.name = name
        self.holder = holder
    }
}

/// A secret the season keeps, then reveals once.
public struct Secret: Sendable, Hashable {
    /// Stable id (`anonymous-donor`).
    public var id: String
    /// A noun phrase characters tease it with ("who paid your mother's bills").
    public var hint: String
    /// The line that reveals it.
    public var reveal: String
    /// CastMember ids who know it when the season starts.
    public var knownBy: [String]
    /// CastMember id it is revealed to.
    public var revealTo: String
    /// The episode it comes out in; `nil` to keep it for a later season.
    public var revealIn: Int?
    /// A major secret turns the season (the paywall reversal, the finale).
    public var major: Bool

    /// Creates a secret.
    public init(
        id: String, hint: String, reveal: String, knownBy: [String], revealTo: String,
        revealIn: Int?, major: Bool = false
    ) {
        self.id = id
        self.hint = hint
        self.reveal = reveal
        self.knownBy = knownBy
        self.revealTo = revealTo
        self.revealIn = revealIn
        self.major = major
    }
}

/// A story line across episodes.
public struct Arc: Sendable, Hashable {
    /// Stable id (`contract-marriage`).
    public var id: String
    /// Short title.
    public var title: String
    /// What happens along it.
    public var description: String
    /// CastMember ids it follows.
    public var characters: [String]
    /// The episodes it spans.
    public var episodes: ClosedRange<Int>

    /// Creates an arc.
    public init(id: String, title: String, description: String, characters: [String], episodes: ClosedRange<Int>) {
        self.id = id
        self.title = title
        self.description = description
        self.characters = characters
        self.episodes = episodes
    }
}
