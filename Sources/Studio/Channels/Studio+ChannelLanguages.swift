import Basics
import DramaModel
package import Foundation
import Production
import StoryEngine

/// The channel in the viewer's language: a released episode is offered in the series' own
/// language and in each edition (`editions/<lang>/`) with a finished render of it
/// (`editions/<lang>/out/epNNN/episode.mp4`, subtitles burned in, and its `episode.vtt`).
extension Studio {
    /// The languages the channel offers series `id` in: its own, then each edition with at
    /// least one finished episode. What the viewer's browser asks for is chosen among these.
    /// - Throws: `StudioError` `notFound` for an unknown series, `invalidInput` when its
    ///   files do not load.
    package func channelLanguages(_ id: String) throws(StudioError) -> [ChannelLanguage] {
        let project = try catalog.project(id)
        let own = project.series.language.rawValue
        return [ChannelLanguage(language: own, name: ViewerLanguage.name(of: own), title: project.series.title)]
            + Self.channelEditions(project).map { ChannelLanguage(language: $0.code, name: ViewerLanguage.name(of: $0.code), title: $0.title) }
    }

    /// `listing` with every episode's languages (its own, then each edition that finished it)
    /// and the series' languages that have an episode on the channel.
    func withLanguages(_ listing: ChannelListing, project: ProductionProject) -> ChannelListing {
        var listing = listing
        let own = project.series.language.rawValue
        let editions = Self.channelEditions(project)
        var offered: Set<String> = []
        for index in listing.episodes.indices {
            let episode = listing.episodes[index]
            var languages = [
                ChannelEpisodeLanguage(language: own, title: episode.title, video: episode.video, subtitles: episode.subtitles, poster: episode.poster)
            ]
            for edition in editions where edition.finished.contains(episode.number) {
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
    /// the `language` edition of series `id`, for the channel. Names outside that list, a
    /// language without an edition and a file that is not there are refused; the path is made
    /// by the server, never from the request.
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

    /// The editions of `project` with at least one finished episode.
    static func channelEditions(_ project: ProductionProject) -> [ChannelEdition] {
        let numbers = project.files.scriptsOnDisk().map(\.number)
        return editionLanguages(of: project).compactMap { language in
            let root = EditionMaker.root(of: project.root, language: language)
            let finished = Set(numbers.filter { number in
                let video = editionOutput(root, number, "episode.mp4")
                return FileManager.default.fileExists(atPath: video.path) && ProjectBoundary.check(video, inside: project.root, file: video.lastPathComponent) == nil
            })
            guard !finished.isEmpty else { return nil }
            let edition = SeriesProject(root: root)
            return ChannelEdition(
                code: language.rawValue, root: root, title: (try? edition.loadBible().series.title) ?? project.series.title, finished: finished,
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
    /// Episodes with a finished render.
    var finished: Set<Int>
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
