import Studio
import Foundation
import Hummingbird

/// A series' localised editions in the API: `GET /api/v1/series/{series}/editions`, `GET
/// /api/v1/series/{series}/editions/{language}` (the lines beside the source, `?show=` and
/// `?episode=` as the page takes them), `PUT …/editions/{language}/lines/{line}` (a
/// reviewer's correction, saved as a person's translation), `GET …/editions/{language}/episodes`
/// (each episode's review state) and `POST …/episodes/{episode}/reviews` (approve, reject or
/// render an edition's episode: nothing reaches the channel in a language without an approval).
struct EditionRoutes: Sendable {
    let studio: Studio

    /// A correction: the words, and what the corrector saw (both optional: without them the
    /// last correction wins).
    struct CorrectionBody: Decodable { var text: String; var sourceDigest: String?; var previous: String? }
    /// A review action on an edition's episode.
    struct ReviewBody: Decodable { var action: String; var note: String? }

    func register(on router: Router<StudioContext>) {
        let api = router.group("api/v1")
        api.get("series/:series/editions") { _, context in
            _ = try context.requireUser()
            return Responses.json(try studio.editions(try context.parameters.require("series")))
        }
        api.get("series/:series/editions/:language") { request, context in
            _ = try context.requireUser()
            let (filter, episode) = try Self.view(request)
            return Responses.json(try studio.editionReview(
                try context.parameters.require("series"), language: try context.parameters.require("language"), filter: filter, episode: episode))
        }
        api.get("series/:series/editions/:language/episodes") { _, context in
            _ = try context.requireUser()
            return Responses.json(try await studio.editionEpisodes(try context.parameters.require("series"), language: try context.parameters.require("language")))
        }
        api.post("series/:series/editions/:language/episodes/:episode/reviews") { request, context in
            let user = try context.requireUser()
            let body = try await request.decode(ReviewBody.self, limit: 32 * 1024)
            guard let action = ReviewRecord.Action(rawValue: body.action) else {
                throw StudioError(code: .invalidInput, message: "'\(body.action.prefix(40))' is not a review action; use approve, reject or render", field: "action")
            }
            let episode = try await studio.reviewEdition(
                try context.parameters.require("series"), language: try context.parameters.require("language"), try APIRoutes.episode(context),
                action: action, note: body.note, by: user)
            return Responses.json(episode, status: .created)
        }
        api.put("series/:series/editions/:language/lines/:line") { request, context in
            let user = try context.requireUser()
            let body = try await request.decode(CorrectionBody.self, limit: 32 * 1024)
            let correction = try await studio.correctEditionLine(
                try context.parameters.require("series"), language: try context.parameters.require("language"),
                line: try context.parameters.require("line"), text: body.text, sourceDigest: body.sourceDigest, previous: body.previous, by: user)
            return Responses.json(correction)
        }
    }

    /// The filter (`show`) and episode a review asks for.
    /// - Throws: `StudioError` `invalidInput` at `show` or `episode`.
    static func view(_ request: Request) throws(StudioError) -> (EditionFilter, Int?) {
        let query = request.uri.queryParameters
        var filter = EditionFilter.all
        if let show = query["show"].map(String.init), !show.isEmpty {
            guard let chosen = EditionFilter(rawValue: show) else {
                throw StudioError(
                    code: .invalidInput, message: "'\(show.prefix(40))' is not a filter; use \(EditionFilter.allCases.map(\.rawValue).joined(separator: ", "))",
                    field: "show")
            }
            filter = chosen
        }
        var episode: Int?
        if let text = query["episode"].map(String.init), !text.isEmpty {
            guard let number = Int(text), (1...100_000).contains(number) else {
                throw StudioError(code: .invalidInput, message: "'\(text.prefix(40))' is not an episode number (a whole number from 1)", field: "episode")
            }
            episode = number
        }
        return (filter, episode)
    }
}
