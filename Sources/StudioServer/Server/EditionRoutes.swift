import Studio
import Foundation
import Hummingbird

/// A series' localised editions in the API: `GET /api/v1/series/{series}/editions`, `GET
/// /api/v1/series/{series}/editions/{language}` (the lines beside the source, `?show=` and
/// `?episode=` as the page takes them) and `PUT …/editions/{language}/lines/{line}` (a
/// reviewer's correction, saved as a person's translation).
struct EditionRoutes: Sendable {
    let studio: Studio

    /// A correction: the words, and what the corrector saw (both optional: without them the
    /// last correction wins).
    struct CorrectionBody: Decodable { var text: String; var sourceDigest: String?; var previous: String? }

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
