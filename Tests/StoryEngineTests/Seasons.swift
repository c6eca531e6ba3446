import DramaModel
import Foundation
import Screenplay
@testable import StoryEngine

/// Seasons written once per process and shared by tests.
enum Seasons {
    static let premises: [Genre: (en: String, zh: String)] = [
        .romance: ("A broke intern signs a contract marriage with a cold CEO", "落魄实习生与冷面总裁签下一年契约婚姻"),
        .revenge: ("A humiliated son-in-law returns as the heir who owns them all", "被全家羞辱的赘婿，原来是首富继承人"),
        .suspense: ("A rookie detective reopens the case that killed her sister", "新人女警重查当年害死姐姐的悬案"),
        .palace: ("A low-rank consort rises through the harem to expose a poisoner", "冷宫小答应步步为营，揭开贵妃毒杀旧案"),
    ]

    struct Season: Sendable {
        var series: Series
        var plan: SeasonPlan
        var scripts: [EpisodeScript]
    }

    static func write(_ request: PremiseRequest) throws -> Season {
        let writer = BeatSheetWriter()
        let series = try writer.makeBible(request)
        let plan = try writer.planSeason(series)
        return Season(series: series, plan: plan, scripts: try writer.writeSeason(series, plan: plan))
    }

    static func request(_ genre: Genre, _ language: Language, episodes: Int = 80, target: Int = 90, seed: UInt64? = 11) -> PremiseRequest {
        let premise = language == .en ? premises[genre]!.en : premises[genre]!.zh
        return PremiseRequest(premise: premise, genre: genre, episodes: episodes, language: language, seed: seed, targetSeconds: target)
    }

    /// Drafts every episode of the season `request` asks for with the built-in writer (and
    /// `phrasebooks`), in order, handing `body` the bible, each episode's plan and its draft
    /// (its lines beat by beat, before they become Fountain).
    static func eachDraft(
        _ request: PremiseRequest, phrasebooks: ProjectPhrasebooks = .builtIn,
        _ body: (Series, EpisodePlan, SeasonComposer.Draft) throws -> Void
    ) throws {
        let writer = BeatSheetWriter(phrasebooks: phrasebooks)
        let series = try writer.makeBible(request)
        let plan = try writer.planSeason(series)
        var composer = SeasonComposer(series: series, kit: try phrasebooks.kit(series.genre, series.language))
        for episode in plan.episodes {
            let draft = composer.draft(episode)
            try body(series, episode, draft)
            _ = composer.finish(draft)
        }
    }

    static let romanceEN80: Season = try! write(request(.romance, .en))
    static let romanceZH80: Season = try! write(request(.romance, .zh))

    /// Dialogue lines of a script, with their speaker cue.
    static func dialogue(_ document: FountainDocument) -> [(cue: String, line: String)] {
        var out: [(String, String)] = []
        var cue = ""
        for element in document.elements {
            if case .character(let c) = element { cue = c.name }
            if case .dialogue(let line) = element { out.append((cue, line)) }
        }
        return out
    }
}
