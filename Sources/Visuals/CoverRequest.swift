public import DramaModel

/// What an episode's cover shows.
public struct CoverRequest: Sendable, Hashable {
    /// The series title, the largest text.
    public var seriesTitle: String
    /// The episode number (from 1).
    public var episode: Int
    /// The episode's own title.
    public var episodeTitle: String
    /// The language of the labels ("EP 3" or "第3集", "AI-generated" or "AI生成").
    public var language: Language
    /// Cast ids to show, most important first (two are drawn large).
    public var characters: [String]
    /// Location id of the backdrop.
    public var location: String
    /// Day or night backdrop.
    public var lighting: Lighting

    /// Creates a request.
    public init(
        seriesTitle: String, episode: Int, episodeTitle: String, language: Language, characters: [String],
        location: String, lighting: Lighting = .night
    ) {
        self.seriesTitle = seriesTitle
        self.episode = episode
        self.episodeTitle = episodeTitle
        self.language = language
        self.characters = characters
        self.location = location
        self.lighting = lighting
    }

    /// The episode line: `EP 3 · Title` or `第3集 · 标题`.
    public var episodeLine: String {
        let number = language == .zh ? "第\(episode)集" : language == .es ? "EP. \(episode)" : "EP \(episode)"
        return episodeTitle.isEmpty ? number : "\(number) · \(episodeTitle)"
    }

    /// The disclosure badge's text.
    public var aiLabel: String { language.aiLabel }
}
