package import DramaModel

/// The part of the bible a drawing depends on: genre, the characters in it and the place.
/// Part of every drawing node's key, so recasting a look or renaming a place redraws exactly
/// the shots it appears in.
package struct SeriesLook: Codable, Sendable, Hashable {
    /// Series title (covers print it).
    package var title: String
    /// Genre (chooses the art direction).
    package var genre: Genre
    /// Language of on-screen text.
    package var language: Language
    /// The characters drawn.
    package var cast: [CastMember]
    /// The places drawn.
    package var locations: [Location]

    /// The look of `characters` and `locations` (by id) in `series`.
    package init(series: Series, characters: [String], locations: [String]) {
        title = series.title
        genre = series.genre
        language = series.language
        let wanted = Set(characters)
        cast = series.characters.filter { wanted.contains($0.id) }
        let places = Set(locations)
        self.locations = series.locations.filter { places.contains($0.id) }
    }

    /// A series holding just this look, for the artist.
    package var series: Series {
        Series(
            title: title, premise: "", genre: genre, tone: "",
            format: SeriesFormat(episodes: 1, targetSeconds: 90, paywallEpisode: nil, aspect: .vertical, languages: [language]),
            characters: cast, locations: locations)
    }
}
