import Foundation
public import DramaModel

/// A writer turns a premise into a bible, a bible into a season plan, and a plan into
/// scripts. The built-in `BeatSheetWriter` works offline (its methods are synchronous, which
/// satisfies the asynchronous requirements); model-backed writers (an OpenAI-compatible chat
/// model) implement the same protocol over the network.
public protocol Writer: Sendable {
    /// The generator id recorded with everything it writes (`beat-sheet`).
    var id: String { get }
    /// The generator version; a new version may write different words from the same seed.
    var version: String { get }

    /// A bible for a premise.
    /// - Throws: `StoryEngineError`.
    func makeBible(_ request: PremiseRequest) async throws(StoryEngineError) -> Series

    /// The season plan of a bible.
    /// - Throws: `StoryEngineError`.
    func planSeason(_ series: Series) async throws(StoryEngineError) -> SeasonPlan

    /// Every episode's script, in order.
    /// - Throws: `StoryEngineError`.
    func writeSeason(_ series: Series, plan: SeasonPlan) async throws(StoryEngineError) -> [EpisodeScript]
}

/// The built-in offline writer: genre beat sheets and phrasebooks, a seeded random generator,
/// a continuity ledger, and length control. Same bible and seed → byte-identical scripts.
///
/// ```swift
/// let writer = BeatSheetWriter()
/// let series = try writer.makeBible(PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 80))
/// let scripts = try writer.writeSeason(series, plan: try writer.planSeason(series))
/// ```
public struct BeatSheetWriter: Writer {
    public let id = WriterSettings.beatSheet
    public let version = "1"
    /// The project's phrasebooks laid over the built-in ones (`.builtIn` for none).
    package let phrasebooks: ProjectPhrasebooks

    /// Creates the writer.
    /// - Parameter phrasebooks: a project's phrasebooks (`SeriesProject.loadPhrasebooks()`).
    package init(phrasebooks: ProjectPhrasebooks = .builtIn) {
        self.phrasebooks = phrasebooks
    }

    public func makeBible(_ request: PremiseRequest) throws(StoryEngineError) -> Series {
        guard SeriesFormat.episodeRange.contains(request.episodes) else {
            throw StoryEngineError(code: .invalidRequest, message: "--episodes \(request.episodes) is outside \(SeriesFormat.episodeRange.lowerBound)-\(SeriesFormat.episodeRange.upperBound); micro-drama seasons run 30-100 episodes")
        }
        guard SeriesFormat.targetSecondsRange.contains(request.targetSeconds) else {
            throw StoryEngineError(code: .invalidRequest, message: "--target-seconds \(request.targetSeconds) is outside 15-600; episodes usually run 60-180 s")
        }
        if let problem = request.premiseProblem {
            throw StoryEngineError(code: .invalidRequest, message: problem)
        }
        try Self.requireWritten(request.resolvedLanguage, what: "--language \(request.resolvedLanguage.rawValue)")
        return try BibleBuilder(request: request, phrasebooks: phrasebooks).build()
    }

    /// Refuses a language the built-in writer has no phrasebooks for.
    static func requireWritten(_ language: Language, what: String) throws(StoryEngineError) {
        guard !Language.written.contains(language) else { return }
        throw StoryEngineError(
            code: .invalidRequest,
            message: "\(what): the built-in writer writes series in \(Language.written.map(\.rawValue).joined(separator: " and ")), not \(language.rawValue). Write the series in one of them and make a \(language.englishName) edition of it: cliff localize <series> --to \(language.rawValue) (a chat model translates it)")
    }

    public func planSeason(_ series: Series) throws(StoryEngineError) -> SeasonPlan {
        guard series.writer.engine == id else {
            throw StoryEngineError(code: .unsupportedEngine, message: "series.yaml asks for writer engine '\(series.writer.engine)', but this build has only '\(id)'; set writer.engine: \(id)")
        }
        return SeasonPlanner(series: series).plan()
    }

    public func writeSeason(_ series: Series, plan: SeasonPlan) throws(StoryEngineError) -> [EpisodeScript] {
        try Self.requireWritten(series.language, what: "series.yaml's format.languages")
        let kit: GenreKit
        do {
            kit = try phrasebooks.kit(series.genre, series.language)
        } catch {
            throw StoryEngineError(code: .phrasebookBroken, message: "the built-in \(series.genre.rawValue) phrasebook is broken: \(error)")
        }
        var composer = SeasonComposer(series: series, kit: kit)
        return plan.episodes.map { composer.compose($0) }
    }
}
