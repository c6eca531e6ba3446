import Basics
import DramaModel
package import Foundation
import Production
import StoryEngine

/// The channel in the viewer's language: a released episode is offered in the series' own
/// language and in each edition (`editions/<lang>/`) whose episode of that number is released
/// too — approved in the studio and published with the series' episode (see
/// `Studio+EditionRelease`): its render (`editions/<lang>/out/epNNN/episode.mp4`, subtitles
/// burned in) and its `episode.vtt`.
extension Studio {
    /// The languages the channel offers series `id` in: its own, then each edition with at
    /// least one released episode. What the viewer's browser asks for is chosen among these.
    /// - Throws: `StudioError` `notFound` for an unknown series, `invalidInput` when its
    ///   files do not load, `storeFailed`.
    package func channelLanguages(_ id: String, now: Date = Date()) async throws(StudioError) -> [ChannelLanguage] {
        let project = try catalog.project(id)
        let own = project.series.language.rawValue
        let released = try await releasedEditionEpisodes(id, project: project, among: Set(project.files.scriptsOnDisk().map(\.number)), now: now)
        return [ChannelLanguage(language: own, name: ViewerLanguage.name(of: own), title: project.series.title)]
            + Self.channelEditions(project, released: released).map { ChannelLanguage(language: $0.code, name: ViewerLanguage.name(of: $0.code), title: $0.title) }
    }

    /// The episodes of each edition of series `id`, among `candidates`, on the channel at `now`.
    func releasedEditionEpisodes(_ id: String, project: ProductionProject, among candidates: Set<Int>, now: Date) async throws(StudioError) -> [Language: Set<Int>] {
        var out: [Language: Set<Int>] = [:]
        guard !candidates.isEmpty else { return out }
        for language in Self.editionLanguages(of: project) {
            let released = try await releasedEpisodes("\(id).\(language.rawValue)", among: candidates, now: now)
            if !released.isEmpty { out[language] = released }
        }
        return out
    }

    /// `listing` with every episode's languages (its own, then each edition that released it)
    /// and the series' languages that have an episode on the channel.
    func withLanguages(_ listing: ChannelListing, project: ProductionProject, released: [Language: Set<Int>]) -> ChannelListing {
        var listing = listing
        let own = project.series.language.rawValue
        let editions = Self.channelEditions(project, released: released)
        var offered: Set<String> = []
        for index in listing.episodes.indices {
            let episode = listing.episodes[index]
            var languages = [
                ChannelEpisodeLanguage(language: own, title: episode.title, video: episode.video, subtitles: episode.subtitles, poster: episode.poster)
            ]
            for edition in editions where edition.released.contains(episode.number) {
                let base = "/watch/media/\(listing.series.id)/\(episode.number)/editions/\(edition.code)/"
                let has = { (name: String) in FileManager.default.fileExists(atPath: Self.editionOutput(edition.root, episode.number, name).path) }
                languages.append(ChannelEpisodeLanguage(
                    language: edition.code, title: edition.episodeTitle(episode.number) ?? episode.title, video: base + "episode.mp4",
                    subtitles: has("episode.vtt") ? base + "episode.vtt" : nil, poster: has("cover.jpg") ? base + "cover.jpg" : episode.poster))
                offered.insert(edition.code)
            }
            listing.episodes[index].languages = languages
        }
        listing.languages = [ChannelLanguage(language: own, name: ViewerLanguage.name(of: own), title: listing.series.title)]
            + editions.filter { offered.contains($0.code) }.map { ChannelLanguage(language: $0.code, name: ViewerLanguage.name(of: $0.code), title: $0.title) }
        return listing
    }

    /// The file `name` (`episode.mp4`, `episode.vtt` or `cover.jpg`) of episode `number` in
    /// the `language` edition of series `id`: for reviewers, and for the channel once that
    /// episode of the edition is released (the caller checks with `isReleased("<id>.<lang>", n)`).
    /// Names outside that list, a language without an edition and a file that is not there are
    /// refused; the path is made by the server, never from the request.
    /// - Throws: `StudioError` `notFound`.
    package func editionMediaFile(_ id: String, _ number: Int, language code: String, _ name: String) throws(StudioError) -> URL {
        guard Self.channelMediaNames.contains(name) else {
            throw StudioError(code: .notFound, message: "no such media file '\(TextInput.excerpt(name))'; an edition's episodes have \(Self.channelMediaNames.sorted().joined(separator: ", "))")
        }
        let project = try catalog.project(id)
        let language = try editionLanguage(project, id: id, code)
        let root = EditionMaker.root(of: project.root, language: language)
        let url = Self.editionOutput(root, number, name)
        guard FileManager.default.fileExists(atPath: url.path), ProjectBoundary.check(url, inside: project.root, file: name) == nil else {
            throw StudioError(code: .notFound, message: "episode \(number) of '\(id)' has no \(name) in its \(language.rawValue) edition")
        }
        return url
    }

    /// What the channel serves of a released episode.
    static let channelMediaNames: Set<String> = ["episode.mp4", "episode.vtt", "cover.jpg"]

    /// The editions of `project` with at least one released episode (`released`, by language).
    static func channelEditions(_ project: ProductionProject, released: [Language: Set<Int>]) -> [ChannelEdition] {
        editionLanguages(of: project).compactMap { language in
            guard let episodes = released[language], !episodes.isEmpty else { return nil }
            let root = EditionMaker.root(of: project.root, language: language)
            let edition = SeriesProject(root: root)
            return ChannelEdition(
                code: language.rawValue, root: root, title: (try? edition.loadBible().series.title) ?? project.series.title, released: episodes,
                scripts: edition, checker: ScriptChecker(series: project.series), language: language)
        }
    }
}

/// An edition the channel offers.
struct ChannelEdition {
    /// The language's code.
    var code: String
    /// `editions/<lang>/`.
    var root: URL
    /// The show's title in it.
    var title: String
    /// Its episodes on the channel.
    var released: Set<Int>
    var scripts: SeriesProject
    var checker: ScriptChecker
    var language: Language

    /// Episode `number`'s title in the edition's script, if it has one.
    func episodeTitle(_ number: Int) -> String? {
        let url = scripts.episodeURL(number)
        guard ProjectBoundary.check(url, inside: root, file: url.lastPathComponent) == nil,
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return nil }
        return EpisodeBreakdown(episode: number, script: text, checker: checker, language: language).title
    }
}
