public import DramaModel
import Basics
public import Editing
public import Foundation
import StoryEngine

extension ProductionProject {
    /// The other projects of this series: the series itself and each of its editions
    /// (`editions/<lang>/`), this project left out, each with its language.
    package func siblingEditions() -> [(language: Language, root: URL)] {
        let here = root.standardizedFileURL
        let source = ProjectLayout(root: here).editionSource ?? here
        let folders = (try? FileManager.default.contentsOfDirectory(at: ProjectLayout(root: source).editions, includingPropertiesForKeys: nil)) ?? []
        let roots = [source] + folders.filter { ProjectLayout(root: $0).editionSource != nil }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return roots.filter { $0.standardizedFileURL.path != here.path }.compactMap { other in
            (try? SeriesProject(root: other).loadBible().series.language).map { ($0, other) }
        }
    }

    /// Episode `number`'s finished subtitles in the series' other languages (each sibling's
    /// `out/epNNN/episode.vtt`), and this project's own.
    package func softSubtitleTracks(episode number: Int) -> (others: [SoftSubtitles.Track], own: SoftSubtitles.Track?) {
        func track(_ language: Language, _ root: URL) -> SoftSubtitles.Track? {
            let vtt = ProjectLayout(root: root).episodeOutput(number).appendingPathComponent("episode.vtt")
            return FileManager.default.fileExists(atPath: vtt.path) ? SoftSubtitles.Track(language: language, vtt: vtt) : nil
        }
        var seen: Set<Language> = [series.language]
        let others = siblingEditions().compactMap { sibling -> SoftSubtitles.Track? in
            guard seen.insert(sibling.language).inserted else { return nil }
            return track(sibling.language, sibling.root)
        }
        return (others, track(series.language, root))
    }
}
