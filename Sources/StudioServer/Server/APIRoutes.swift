import Studio
import Audience
import DramaModel
import Editing
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Production
import ServiceLifecycle
import Slate

/// `/api/v1`: JSON in, JSON out; every failure is `{"error": {"code", "message", "field"}}`
/// with a 4xx status for bad input. Described by `/api/v1/openapi.yaml`.
struct APIRoutes: Sendable {
    let studio: Studio
    let ingestLimiter: RateLimiter
    let loginGuard: LoginGuard

    struct LoginBody: Decodable { var name: String; var password: String }
    struct ReviewBody: Decodable { var action: String; var note: String?; var shots: [Int]?; var scene: Int?; var comments: [Int64]? }
    struct CommentBody: Decodable { var second: Double; var text: String }
    struct RenderBody: Decodable { var episodes: [Int] }
    struct SlateDecisionBody: Decodable { var series: String; var decision: String; var why: String?; var episodes: Int? }

    /// A decision on a series of the slate, as recorded.
    struct SlateDecisionAnswer: Encodable {
        var series: String
        var decision: String
        var by: String
        var auditRecord: Int
        var details: [String: String]
        /// With extend: the episodes to make, and the command that makes them.
        var episodes: [Int]?
        var command: String?
        /// With extend: what became of the episodes (queued within the slate's budget, stopped
        /// by it, made already, not plannable).
        var production: SlateProductionAnswer?
        /// What happened, for people (with extend, the production's message).
        var message: String
    }

    /// What the studio did with an extended series' episodes.
    struct SlateProductionAnswer: Encodable {
        /// `queued`, `made`, `stopped` or `unplanned`.
        var outcome: String
        var episodes: [Int]
        var estimatedUSD: Double?
        var slateSpentUSD: Double?
        var budgetUSD: Double?
        /// The cap on the series' ledger the queued run is held to.
        var seriesCapUSD: Double?
        var message: String

        init(_ outcome: SlateExtensionOutcome) {
            self.outcome = outcome.kind.rawValue
            episodes = outcome.episodes
            estimatedUSD = outcome.estimated?.dollars
            slateSpentUSD = outcome.slateSpent?.dollars
            budgetUSD = outcome.budget?.dollars
            seriesCapUSD = outcome.seriesCap?.dollars
            message = outcome.message
        }
    }

    func register(on router: Router<StudioContext>) {
        let api = router.group("api/v1")

        // Public.
        api.post("login") { request, context in
            let body = try await request.decode(LoginBody.self, limit: 4096)
            guard let user = try await loginGuard.verify(name: body.name, password: body.password, client: context.client) else {
                throw StudioError(code: .unauthenticated, message: "wrong user name or password")
            }
            let token = try await studio.accounts.startSession(for: user)
            var response = Responses.json(user)
            response.setCookie(Self.sessionCookie(token))
            return response
        }
        api.post("logout") { request, context in
            if let token = request.cookies[AuthenticationMiddleware.cookie]?.value { try await studio.accounts.endSession(token) }
            var response = Responses.json(["ok": true])
            response.setCookie(Cookie(name: AuthenticationMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        api.get("openapi.yaml") { _, _ in Responses.text(OpenAPIDocument.yaml, type: "application/yaml; charset=utf-8") }
        api.get("channel/:series") { request, context in
            // The viewer's anonymous id decides which version of each episode they see.
            let viewer = request.uri.queryParameters["viewer"].map(String.init).flatMap { $0.count <= 200 ? $0 : nil }
            return try await Responses.publicly(context) {
                Responses.json(try await studio.channel(try context.parameters.require("series"), viewer: viewer))
            }
        }
        api.post("events") { request, context in
            guard ingestLimiter.allow(context.client) else {
                throw StudioError(code: .rateLimited, message: "too many event batches from \(context.client); send fewer, larger batches and retry after a second")
            }
            let body = try await request.data(upTo: 1024 * 1024)
            let report = try await studio.ingest(body)
            if report.accepted + report.duplicates == 0, !report.rejected.isEmpty {
                let first = report.rejected[0]
                return Responses.json(
                    ["error": IngestFailure(code: "invalidInput", message: "every event was rejected; the first: \(first.field) \(first.reason)", field: first.field, rejected: report.rejected)],
                    status: .badRequest)
            }
            return Responses.json(report)
        }

        // Logged in.
        api.get("me") { _, context in Responses.json(try context.requireUser()) }
        api.get("series") { _, context in
            _ = try context.requireUser()
            return Responses.json(try await studio.seriesList())
        }
        api.get("series/:series") { _, context in
            _ = try context.requireUser()
            return Responses.json(try await studio.series(try context.parameters.require("series")))
        }
        api.get("series/:series/episodes/:episode") { _, context in
            _ = try context.requireUser()
            return Responses.json(try await studio.episode(try context.parameters.require("series"), try Self.episode(context)))
        }
        api.get("series/:series/episodes/:episode/script") { _, context in
            _ = try context.requireUser()
            let detail = try await studio.episode(try context.parameters.require("series"), try Self.episode(context))
            return Responses.text(detail.script, type: "text/plain; charset=utf-8")
        }
        api.get("series/:series/episodes/:episode/shots") { _, context in
            _ = try context.requireUser()
            return Responses.json(try await studio.episode(try context.parameters.require("series"), try Self.episode(context)).shots)
        }
        api.get("series/:series/episodes/:episode/reviews") { _, context in
            _ = try context.requireUser()
            return Responses.json(try await studio.history(try context.parameters.require("series"), try Self.episode(context)))
        }
        api.post("series/:series/episodes/:episode/reviews") { request, context in
            let user = try context.requireUser()
            let body = try await request.decode(ReviewBody.self)
            guard let action = ReviewRecord.Action(rawValue: body.action) else {
                throw StudioError(code: .invalidInput, message: "'\(body.action)' is not a review action; use approve, reject, regenerate or render", field: "action")
            }
            let detail = try await studio.review(
                try context.parameters.require("series"), try Self.episode(context), action: action, note: body.note,
                shots: body.shots ?? [], scene: body.scene, comments: body.comments ?? [], by: user)
            return Responses.json(detail, status: .created)
        }
        api.get("series/:series/episodes/:episode/comments") { _, context in
            _ = try context.requireUser()
            return Responses.json(try await studio.comments(try context.parameters.require("series"), try Self.episode(context)))
        }
        api.post("series/:series/episodes/:episode/comments") { request, context in
            let user = try context.requireUser()
            let body = try await request.decode(CommentBody.self, limit: 16 * 1024)
            let comment = try await studio.addComment(
                try context.parameters.require("series"), try Self.episode(context), second: body.second, text: body.text, by: user)
            return Responses.json(comment, status: .created)
        }
        api.delete("series/:series/episodes/:episode/comments/:comment") { _, context in
            let user = try context.requireUser()
            try await studio.removeComment(
                try context.parameters.require("series"), try Self.episode(context), comment: Int64(try Self.number(context, "comment")), by: user)
            return Response(status: .noContent)
        }
        api.get("series/:series/schedule") { _, context in
            _ = try context.requireUser()
            guard let calendar = try await studio.calendar(try context.parameters.require("series")) else {
                throw StudioError(code: .notFound, message: "no release calendar is set; PUT one to this address")
            }
            return Responses.json(calendar)
        }
        api.put("series/:series/schedule") { request, context in
            let user = try context.requireUser()
            let calendar = try await request.decode(ReleaseCalendar.self, limit: 4096)
            let id = try context.parameters.require("series")
            try await studio.setCalendar(id, calendar, by: user)
            try await studio.publishDue(id)
            return Responses.json(calendar)
        }
        api.post("slate/decisions") { request, context in
            let user = try context.requireUser()
            let body = try await request.decode(SlateDecisionBody.self, limit: 16 * 1024)
            let recorded = try await studio.decideSlate(
                SlateDecisionRequest(series: body.series, decision: body.decision, why: body.why, episodes: body.episodes), by: user)
            let extend = recorded.decision == .extend
            return Responses.json(
                SlateDecisionAnswer(
                    series: recorded.series.id, decision: recorded.decision.rawValue, by: recorded.actor, auditRecord: recorded.sequence,
                    details: recorded.details, episodes: extend ? recorded.episodes : nil,
                    command: extend
                        ? SlateDesk.produceCommand(
                            slate: studio.root.lastPathComponent, series: recorded.series, episodes: SlateDesk.ranges(recorded.episodes),
                            manifest: recorded.manifest) : nil,
                    production: recorded.production.map(SlateProductionAnswer.init),
                    message: recorded.production?.message ?? "\(recorded.decision.rawValue) recorded (audit record \(recorded.sequence))."),
                status: .created)
        }
        api.get("series/:series/channels") { _, context in
            _ = try context.requireUser()
            return Responses.json(try await studio.channelsOverview(try context.parameters.require("series")))
        }
        api.get("series/:series/jobs") { _, context in
            _ = try context.requireUser()
            return Responses.json(try await studio.queue(try context.parameters.require("series")))
        }
        api.post("series/:series/jobs/retry") { _, context in
            let user = try context.requireUser()
            let count = try await studio.retryFailed(try context.parameters.require("series"), by: user)
            return Responses.json(["retrying": count], status: .accepted)
        }
        api.post("series/:series/render") { request, context in
            let user = try context.requireUser()
            let body = try await request.decode(RenderBody.self, limit: 16 * 1024)
            try await studio.render(try context.parameters.require("series"), episodes: body.episodes, by: user)
            return Responses.json(["queued": body.episodes], status: .accepted)
        }
        api.get("series/:series/costs") { _, context in
            _ = try context.requireUser()
            let detail = try await studio.series(try context.parameters.require("series"))
            return Responses.json(CostsBody(
                series: detail.id, totalUSD: detail.spentUSD,
                episodes: detail.episodes.map { .init(number: $0.number, costUSD: $0.costUSD) }))
        }
        api.get("jobs/events") { _, context in
            _ = try context.requireUser()
            let (events, end) = studio.productionEventSubscription()
            let body = ResponseBody { writer in
                try await writer.write(ByteBuffer(string: ": connected\n\n"))
                // The stream never ends by itself: it ends when the browser goes away or the
                // server shuts down (which would otherwise wait for it forever).
                try await withGracefulShutdownHandler {
                    for await event in events {
                        let data = (try? Responses.encoder.encode(event)) ?? Data()
                        try await writer.write(ByteBuffer(string: "event: \(event.kind)\ndata: \(String(decoding: data, as: UTF8.self))\n\n"))
                    }
                } onGracefulShutdown: {
                    end()
                }
                try await writer.finish(nil)
            }
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
        }

        // Media.
        router.get("media/:series/:episode/:name") { request, context in
            _ = try context.requireUser()
            let url = try studio.mediaFile(try context.parameters.require("series"), try Self.episode(context), try context.parameters.require("name"))
            return try await MediaResponder.respond(url, request: request, context: context)
        }
        router.get("media/:series/:episode/shots/:shot") { request, context in
            _ = try context.requireUser()
            let id = try context.parameters.require("series")
            let number = try Self.episode(context)
            let shot = try Self.number(context, "shot")
            let url = try await studio.thumbnail(id, number, shot: shot)
            return try await MediaResponder.respond(url, request: request, context: context)
        }
        router.get("media/:series/:episode/takes/:take") { request, context in
            _ = try context.requireUser()
            let url = try studio.takeFile(try context.parameters.require("series"), try Self.episode(context), prefix: try context.parameters.require("take"))
            return try await MediaResponder.respond(url, request: request, context: context)
        }
        router.get("watch/media/:series/:episode/:name") { request, context in
            let id = try context.parameters.require("series")
            let number = try Self.episode(context)
            let name = try context.parameters.require("name")
            guard ["episode.mp4", "episode.vtt", "cover.jpg"].contains(name), try await studio.isReleased(id, number) else {
                throw StudioError(code: .notFound, message: "episode \(number) of '\(id)' is not released")
            }
            return try await MediaResponder.respond(
                try studio.mediaFile(id, number, name), request: request, context: context, caching: MediaResponder.publicCaching)
        }
        // A released episode in an edition's language: its video (subtitles burned in), its
        // WebVTT subtitles (the channel's soft track beside another language's video), its cover.
        router.get("watch/media/:series/:episode/editions/:language/:name") { request, context in
            let id = try context.parameters.require("series")
            let number = try Self.episode(context)
            let language = try context.parameters.require("language")
            // Released in that language: approved in the studio, out with the series' episode.
            let url = try studio.editionMediaFile(id, number, language: language, try context.parameters.require("name"))
            guard try await studio.isReleased("\(id).\(language)", number) else {
                throw StudioError(code: .notFound, message: "episode \(number) of '\(id)' is not released in its \(String(language.prefix(16))) edition")
            }
            return try await MediaResponder.respond(url, request: request, context: context, caching: MediaResponder.publicCaching)
        }
        // An edition's episode for its reviewers, released or not.
        router.get("media/:series/:episode/editions/:language/:name") { request, context in
            _ = try context.requireUser()
            let url = try studio.editionMediaFile(
                try context.parameters.require("series"), try Self.episode(context), language: try context.parameters.require("language"),
                try context.parameters.require("name"))
            return try await MediaResponder.respond(url, request: request, context: context)
        }
    }

    struct IngestFailure: Encodable {
        var code: String
        var message: String
        var field: String
        var rejected: [IngestReport.Rejection]
    }

    struct CostsBody: Encodable {
        struct Episode: Encodable { var number: Int; var costUSD: Double }
        var series: String
        var totalUSD: Double
        var episodes: [Episode]
    }

    static func sessionCookie(_ token: String) -> Cookie {
        Cookie(name: AuthenticationMiddleware.cookie, value: token, maxAge: Int(Accounts.sessionLength), path: "/", httpOnly: true, sameSite: .strict)
    }

    static func episode(_ context: StudioContext) throws(StudioError) -> Int { try number(context, "episode") }

    static func number(_ context: StudioContext, _ name: String) throws(StudioError) -> Int {
        let text = context.parameters.get(name) ?? ""
        guard let value = Int(text), value >= 1, value <= 100_000 else {
            let article = "aeiou".contains(name.first ?? "x") ? "an" : "a"
            throw StudioError(code: .invalidInput, message: "'\(text)' is not \(article) \(name) number (a whole number from 1)", field: name)
        }
        return value
    }
}

extension Studio {
    /// A still of shot `shot` of episode `number`, taken from the finished episode a third of
    /// the way into the shot, 216 pixels wide; cached per render.
    func thumbnail(_ id: String, _ number: Int, shot: Int) async throws(StudioError) -> URL {
        // A page asks for every shot's thumbnail at once: the cached ones cost a hash lookup,
        // not the episode's whole detail.
        let project = try catalog.project(id)
        guard let render = try await hashes.hash(of: Self.episodeFile(project, number)) else {
            throw StudioError(code: .notFound, message: "episode \(number) has no render yet")
        }
        let folder = project.root.appendingPathComponent("assets/thumbs", isDirectory: true)
        let url = folder.appendingPathComponent("\(render.prefix(16))-\(shot).jpg")
        if FileManager.default.fileExists(atPath: url.path) { return url }
        let detail = try await episode(id, number)
        guard let info = detail.shots.first(where: { $0.number == shot }) else {
            throw StudioError(code: .notFound, message: "episode \(number) has shots 1–\(detail.shots.count); there is no shot \(shot)")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let tools = try MediaTools.locate()
            let temporary = folder.appendingPathComponent(".\(UUID().uuidString).jpg")
            try await tools.ffmpeg([
                "-ss", String(format: "%.3f", info.start + info.duration / 3), "-i", Self.episodeFile(project, number).path,
                "-frames:v", "1", "-vf", "scale=216:-2", "-q:v", "4", temporary.path,
            ])
            if FileManager.default.fileExists(atPath: url.path) {
                try? FileManager.default.removeItem(at: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            throw StudioError(code: .storeFailed, message: "cannot make the thumbnail of shot \(shot): \(error)")
        }
        return url
    }
}
