/// A series bible: everything the writer, the voices and the artist need to know about a show.
///
/// It is read from and written to `series.yaml` (see `docs/series-bible.md`). Every other
/// artifact of a project — the season plan, the scripts, later the voices and renders — is
/// derived from it, so editing the bible and re-running the writer changes the show.
public struct Series: Sendable, Hashable {
    /// The show's title.
    public var title: String
    /// The one-line premise it grew from.
    public var premise: String
    /// The genre.
    public var genre: Genre
    /// A few words on tone ("sweet and sharp", "cold and tense").
    public var tone: String
    /// Episode count, length, paywall, aspect, languages.
    public var format: SeriesFormat
    /// Which writer writes the scripts, and its seed.
    public var writer: WriterSettings
    /// The cast.
    public var characters: [CastMember]
    /// The places scenes happen in.
    public var locations: [Location]
    /// Objects that matter to the story.
    public var props: [Prop]
    /// Secrets the season reveals, one at a time.
    public var secrets: [Secret]
    /// Story lines that run across episodes.
    public var arcs: [Arc]
    /// How the writer read the premise, when it did (`SeriesReading`).
    public var reading: SeriesReading?
    /// Names for the series' editions in other languages (`SeriesLocalization`).
    public var localization = SeriesLocalization()

    /// Creates a series bible.
    public init(
        title: String, premise: String, genre: Genre, tone: String, format: SeriesFormat,
        writer: WriterSettings = WriterSettings(), characters: [CastMember], locations: [Location],
        props: [Prop] = [], secrets: [Secret] = [], arcs: [Arc] = [], reading: SeriesReading? = nil
    ) {
        self.title = title
        self.premise = premise
        self.genre = genre
        self.tone = tone
        self.format = format
        self.writer = writer
        self.characters = characters
        self.locations = locations
        self.props = props
        self.secrets = secrets
        self.arcs = arcs
        self.reading = reading
    }

    /// The language scripts are written in: the first of `format.languages`.
    public var language: Language { format.languages.first ?? .en }

    /// The character with this id, if any.
    public func character(id: String) -> CastMember? { characters.first { $0.id == id } }

    /// The first character with this role, if any.
    public func character(role: Role) -> CastMember? { characters.first { $0.role == role } }
}

/// The shape of a season: how many episodes, how long, where the paywall stands.
public struct SeriesFormat: Sendable, Hashable {
    /// Allowed episode counts.
    public static let episodeRange = 1...300
    /// Allowed target lengths in seconds.
    public static let targetSecondsRange = 15...600

    /// Number of episodes in the season.
    public var episodes: Int
    /// Target spoken length of each episode, in seconds.
    public var targetSeconds: Int
    /// The first paid episode; `nil` for a free series.
    public var paywallEpisode: Int?
    /// Frame aspect ratio, width:height.
    package var aspect: AspectRatio
    /// Languages the series is made in; the first is the one scripts are written in.
    public var languages: [Language]

    /// Creates a format.
    package init(
        episodes: Int, targetSeconds: Int = 90, paywallEpisode: Int? = nil,
        aspect: AspectRatio = .vertical, languages: [Language] = [.en]
    ) {
        self.episodes = episodes
        self.targetSeconds = targetSeconds
        self.paywallEpisode = paywallEpisode
        self.aspect = aspect
        self.languages = languages
    }

    /// The paywall the built-in writer picks for a season: about 15 % in, between episode 2
    /// and episode 10 (platforms keep 5–10 episodes free); none for seasons under 3 episodes.
    public static func defaultPaywall(episodes: Int) -> Int? {
        guard episodes >= 3 else { return nil }
        return min(10, max(2, Int((Double(episodes) * 0.15).rounded())))
    }
}

/// A frame aspect ratio such as 9:16.
package struct AspectRatio: Sendable, Hashable, CustomStringConvertible {
    /// Width part.
    package var width: Int
    /// Height part.
    package var height: Int
    /// 9:16, the vertical format of micro-dramas.
    package static let vertical = AspectRatio(width: 9, height: 16)

    /// Creates a ratio.
    package init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Parses `W:H` with positive whole numbers; `nil` otherwise.
    package init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0 else { return nil }
        self.init(width: w, height: h)
    }

    package var description: String { "\(width):\(height)" }
}

/// Which writer writes the scripts.
public struct WriterSettings: Sendable, Hashable {
    /// The built-in beat-sheet writer's engine name.
    public static let beatSheet = "beat-sheet"
    /// Engine name (`beat-sheet` is built in).
    public var engine: String
    /// The seed: same bible and seed give byte-identical scripts.
    public var seed: UInt64

    /// Creates writer settings.
    public init(engine: String = WriterSettings.beatSheet, seed: UInt64 = 1) {
        self.engine = engine
        self.seed = seed
    }
}
