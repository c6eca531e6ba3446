import Studio
import Audience
import DramaModel
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Production
import StoryEngine

/// The web studio's pages and the viewer channel's page.
struct PageRoutes: Sendable {
    let studio: Studio
    let loginGuard: LoginGuard

    struct LoginForm: Decodable { var name: String; var password: String; var next: String? }

    func register(on router: Router<StudioContext>) {
        router.get("assets/studio.css") { _, _ in
            var response = Responses.text(StudioStyle.css, type: "text/css; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=300"
            return response
        }
        router.get("favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("assets/studio.js") { _, _ in Responses.text(Pages.script, type: "text/javascript; charset=utf-8") }

        router.get("login") { request, context in
            if context.user != nil { return Responses.redirect("/") }
            return Responses.html(Pages.render("login", ["title": "Log in", "next": Self.safeNext(request.uri.queryParameters["next"].map(String.init))]))
        }
        router.post("login") { request, context in
            let data = try await request.data(upTo: 8192)
            let form = try? URLEncodedFormDecoder().decode(LoginForm.self, from: String(decoding: data, as: UTF8.self))
            var user: StudioUser?
            do {
                if let form { user = try await loginGuard.verify(name: form.name, password: form.password, client: context.client) }
            } catch let error as StudioError where error.code == .rateLimited {
                return Responses.html(Pages.render("login", ["title": "Log in", "error": "Too many attempts; wait a minute."]), status: .tooManyRequests)
            }
            guard let form, let user else {
                return Responses.html(Pages.render("login", ["title": "Log in", "error": "Wrong user name or password.", "next": Self.safeNext(form?.next)]), status: .unauthorized)
            }
            let token = try await studio.accounts.startSession(for: user)
            var response = Responses.redirect(Self.safeNext(form.next))
            response.setCookie(APIRoutes.sessionCookie(token))
            return response
        }
        router.post("logout") { request, _ in
            if let token = request.cookies[AuthenticationMiddleware.cookie]?.value { try await studio.accounts.endSession(token) }
            var response = Responses.redirect("/login")
            response.setCookie(Cookie(name: AuthenticationMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }

        router.get("/") { _, context in
            let user = try context.requireUser()
            let list = try await studio.seriesList()
            let series: [[String: Any]] = list.map { s in
                ["id": s.id, "title": s.title, "genre": s.genre, "language": s.language, "episodes": s.episodes, "spent": Self.money(s.spentUSD),
                 "states": EpisodeState.allCases.compactMap { state in s.states[state.rawValue].map { ["state": state.rawValue, "count": $0] } }]
            }
            let slate = (try? studio.slate()) != nil ? true : false
            return Responses.html(Pages.render("seriesList", ["title": "Series", "user": Self.user(user), "series": series, "slate": slate]))
        }
        router.get("series/:series") { _, context in
            let user = try context.requireUser()
            let detail = try await studio.series(try context.parameters.require("series"))
            let zone = detail.calendar.flatMap { TimeZone(identifier: $0.timeZone) } ?? .gmt
            var page: [String: Any] = [
                "title": detail.title, "user": Self.user(user), "id": detail.id, "logline": detail.logline, "genre": detail.genre,
                "language": detail.language, "lang": detail.language, "count": detail.episodes.count, "spent": Self.money(detail.spentUSD),
                "episodes": detail.episodes.map { e -> [String: Any] in
                    ["id": detail.id, "number": e.number, "title": e.title, "state": e.state.rawValue, "lines": e.lines, "cost": Self.money(e.costUSD),
                     "release": e.releaseAt.map { ReleaseCalendar.local($0, in: zone) } ?? "—", "locked": e.locked]
                },
            ]
            // Its localised editions (editions/<lang>/), each with its review page.
            let editions = try studio.editions(detail.id)
            page["hasEditions"] = !editions.isEmpty
            var editionRows: [[String: Any]] = []
            for e in editions {
                var edition: [String: Any] = [
                    "id": detail.id, "language": e.language, "languageName": e.languageName, "editionTitle": e.title, "lines": e.lines,
                ]
                if e.needsTranslator > 0 { edition["needs"] = "\(e.needsTranslator) need\(e.needsTranslator == 1 ? "s" : "") a translator" }
                if e.stale > 0 { edition["stale"] = "\(e.stale) changed since translated" }
                if !e.finishedEpisodes.isEmpty { edition["finished"] = "rendered: episode\(e.finishedEpisodes.count == 1 ? "" : "s") \(Studio.ranges(e.finishedEpisodes))" }
                // Where its episodes stand: awaiting a decision, and on the channel.
                if e.problem == nil, let states = try? await studio.editionEpisodes(detail.id, language: e.language) {
                    let toReview = states.filter { $0.state == .inReview }.count
                    let released = states.filter { $0.state == .published }.map(\.number)
                    if toReview > 0 { edition["toReview"] = "\(toReview) to review" }
                    if !released.isEmpty { edition["released"] = "on the channel: episode\(released.count == 1 ? "" : "s") \(Studio.ranges(released))" }
                }
                if let problem = e.problem { edition["problem"] = problem }
                editionRows.append(edition)
            }
            page["editions"] = editionRows
            if let c = detail.calendar {
                var calendar: [String: Any] = ["launchEpisodes": c.launchEpisodes, "launchDate": c.launchDate, "perDay": c.perDay, "time": c.time, "timeZone": c.timeZone]
                if let paywall = c.paywallFrom { calendar["paywallFrom"] = paywall }
                page["calendar"] = calendar
            }
            return Responses.html(Pages.render("series", page))
        }
        router.get("series/:series/calendar") { _, context in
            let user = try context.requireUser()
            let id = try context.parameters.require("series")
            let detail = try await studio.series(id)
            let channels = try await studio.channelsOverview(id)
            return Responses.html(
                Pages.render("calendar", CalendarPage.context(detail, changes: try await studio.calendarChanges(id), channels: channels, user: user)))
        }
        router.get("series/:series/audience") { request, context in
            let user = try context.requireUser()
            let id = try context.parameters.require("series")
            let episode = request.uri.queryParameters["episode"].flatMap { Int(String($0)) }
            let board = try await studio.audienceDashboard(id, episode: episode)
            let m = board.report.metrics
            var page: [String: Any] = [
                "title": "Audience · \(board.title)", "user": Self.user(user), "id": id, "seriesTitle": board.title, "headline": board.headline,
                "chartStyle": Charts.responsiveStyle, "hasData": m.starts > 0, "released": !board.released.isEmpty,
                "studioURL": "http://\(request.head.authority ?? "127.0.0.1:8080")",
                "rows": board.rows.map { ["number": $0.number, "selected": $0.number == board.episode] as [String: Any] },
                "funnel": Charts.bars(board.funnel, title: "Funnel: starts per episode", missing: board.empty.funnel),
                "continues": Charts.columns(board.continues, title: "Continue rate n → n+1", missing: board.empty.continues),
                "hotspots": board.hotspots.map { ["text": $0.text, "link": $0.link] },
                "insights": board.report.insights.map { ["severity": $0.severity.rawValue, "finding": $0.finding, "action": $0.note.action.rawValue] },
            ]
            page["hasChannels"] = !board.channels.isEmpty
            page["channels"] = board.channels.map {
                [
                    "channel": $0.channel, "platform": $0.platform, "episode": $0.episode, "views": $0.views, "averageView": $0.averageView,
                    "hook": $0.hook, "end": $0.end, "drop": $0.drop, "builtIn": $0.builtIn,
                ] as [String: Any]
            }
            if board.syntheticViewers > 0 {
                let simulated = board.syntheticViewers == 1 ? "was" : "were"
                page["synthetic"] = "\(board.syntheticViewers) of \(AudienceDashboard.count(m.viewers, "viewer")) \(simulated) simulated"
            }
            if let plot = board.retention {
                page["retention"] = Charts.retention(
                    curve: plot.curve, median: plot.median, bands: plot.bands, markers: plot.markers, title: plot.title, missing: board.empty.retention,
                    platforms: plot.platforms.map { ($0.label, $0.values) })
                page["platformCurves"] = plot.platforms.map(\.label).joined(separator: ", ")
            } else {
                page["retention"] = Charts.placeholder(title: "Share of starts still watching", missing: board.empty.retention)
            }
            return Responses.html(Pages.render("audience", page))
        }
        router.get("series/:series/episodes/:episode") { _, context in
            let user = try context.requireUser()
            let id = try context.parameters.require("series")
            let detail = try await studio.episode(id, try APIRoutes.episode(context))
            let series = try await studio.series(id)
            return Responses.html(Pages.render("episode", Self.episodePage(detail, series: series, user: user)))
        }
        router.get("production") { _, context in
            let user = try context.requireUser()
            var queues: [[String: Any]] = []
            for entry in studio.catalog.all() {
                let q = try await studio.queue(entry.id)
                func jobs(_ list: [QueueOverview.Job]) -> [[String: Any]] {
                    list.map { ["label": $0.label, "episode": $0.episode.map { "\($0)" } ?? "—", "attempts": $0.attempts, "error": $0.error ?? ""] }
                }
                let total = q.counts.values.reduce(0, +), done = q.counts["done"] ?? 0
                let title = (try? studio.catalog.project(entry.id))?.series.title ?? entry.id
                queues.append([
                    "series": q.series, "seriesTitle": title, "counts": q.counts.keys.sorted().map { ["state": $0, "count": q.counts[$0]!] },
                    "done": done, "total": total, "percent": total > 0 ? done * 100 / total : 0,
                    "active": q.active.filter { $0.hasPrefix(q.series + ":") },
                    "running": jobs(q.running), "stopped": jobs(q.stopped), "retrying": jobs(q.retrying), "failed": jobs(q.failed),
                    "hasRunning": !q.running.isEmpty, "hasStopped": !q.stopped.isEmpty, "hasRetrying": !q.retrying.isEmpty, "hasFailed": !q.failed.isEmpty,
                    "failedCount": q.failed.count, "canRetry": user.role >= .producer, "empty": total == 0,
                ])
            }
            return Responses.html(Pages.render("production", ["title": "Production", "user": Self.user(user), "queues": queues]))
        }

        // The public channel.
        router.get("watch") { _, context in
            // Each series' tile; a live title experiment's bandit chooses what it shows.
            let series = await studio.channelTiles().map { tile -> [String: Any] in
                var values: [String: Any] = ["id": tile.id, "title": tile.title, "link": tile.link]
                if let cover = tile.cover { values["cover"] = cover }
                if let title = tile.episodeTitle { values["episodeTitle"] = title }
                if let arm = tile.arm { values["arm"] = arm }
                return values
            }
            var page: [String: Any] = ["title": "Channel", "series": series]
            if let user = context.user { page["user"] = Self.user(user) }
            return Responses.html(Pages.render("channels", page))
        }
        router.get("watch/:series") { request, context in
            let id = try context.parameters.require("series")
            // A viewer who came from a tile of the channel's list: the click of that impression.
            if let token = request.uri.queryParameters["tile"].map(String.init) { await studio.recordTileClick(id, token: token) }
            let project = try await Responses.publicly(context) { try studio.catalog.project(id) }
            // The page starts in the language the viewer's browser asks for, among those the
            // channel has the series in (the series' own, its editions').
            let languages = try await Responses.publicly(context) { try await studio.channelLanguages(id) }
            let own = project.series.language.rawValue
            let viewer = ViewerLanguage.preferred(request.headers[.acceptLanguage], offered: languages.map(\.language)) ?? own
            let title = languages.first { $0.language == viewer }?.title ?? project.series.title
            var response = Responses.html(WatchPage.html(seriesID: id, title: title, language: own, viewerLanguage: viewer))
            response.headers[.vary] = "Accept-Language"
            return response
        }
    }

    static func user(_ user: StudioUser) -> [String: Any] { ["name": user.name, "role": user.role.rawValue] }

    /// The episode page's values: the player with its comment markers, the decision bar with
    /// the actions the gate and the user's role allow, the takes to compare, the shots, the
    /// script as a screenplay and the history.
    static func episodePage(_ detail: EpisodeDetail, series: SeriesDetail, user: StudioUser) -> [String: Any] {
        let id = detail.series
        let allowed = Set(detail.allowedActions)
        let duration = detail.duration ?? 0
        var page: [String: Any] = [
            "title": "\(detail.number). \(detail.title)", "episodeTitle": detail.title, "user": Self.user(user), "series": id, "seriesTitle": series.title,
            "number": detail.number, "state": detail.state.rawValue, "script": ScreenplayHTML.render(detail.script), "lang": series.language,
            "duration": String(format: "%.3f", duration),
            "canApprove": allowed.contains("approve"), "canReject": allowed.contains("reject"),
            "canRegenerate": allowed.contains("regenerate"), "isProducer": user.role >= .producer,
            "canRender": allowed.contains("render") && user.role >= .producer,
            "scenes": detail.scenes > 0 ? Array(1...detail.scenes) : [],
            "shots": detail.shots.map { s -> [String: Any] in
                var shot: [String: Any] = [
                    "number": s.number, "framing": s.framing, "camera": s.camera, "start": String(format: "%.1f", s.start),
                    "startSeconds": String(format: "%.3f", s.start),
                    "duration": String(format: "%.1f", s.duration), "speaker": s.speaker ?? "", "take": s.take > 0 ? s.take : false,
                ]
                if let line = s.line { shot["line"] = line }
                if let spoken = s.spokenLine { shot["spokenLine"] = spoken }
                if detail.video != nil { shot["thumb"] = "/media/\(id)/\(detail.number)/shots/\(s.number)" }
                return shot
            },
            "comments": detail.comments.map { c -> [String: Any] in
                var comment: [String: Any] = [
                    "id": c.id, "second": String(format: "%.2f", c.second), "timeCode": c.timeCode, "text": c.text, "author": c.author,
                    "percent": String(format: "%.2f", duration > 0 ? min(100, c.second / duration * 100) : 0),
                    "removable": c.review == nil && (c.author == user.name || user.role >= .admin),
                ]
                if let review = c.review {
                    comment["closed"] = true
                    comment["decision"] = detail.history.first { $0.id == review }.map { "\($0.action.rawValue) of \(Self.when(Date(timeIntervalSince1970: $0.at)))" } ?? "history"
                }
                return comment
            },
            "commentCount": detail.comments.count, "hasComments": !detail.comments.isEmpty,
            "history": detail.history.reversed().map { r -> [String: Any] in
                let at = Date(timeIntervalSince1970: r.at)
                var entry: [String: Any] = ["action": r.action.rawValue, "actor": r.actor, "when": Self.when(at), "iso": ISO8601DateFormatter().string(from: at)]
                if let note = r.note, !note.isEmpty { entry["note"] = note }
                if let detail = r.detail { entry["detail"] = Self.readableDates(in: detail) }
                return entry
            },
        ]
        if [.published, .scheduled].contains(detail.state) {
            page["confirmRender"] = detail.state == .published
                ? "Episode \(detail.number) is on the channel. A new render voids its approval and takes it off the channel until it is approved again. Render it again?"
                : "Episode \(detail.number) is approved and scheduled. A new render voids the approval, so it will not be released until it is approved again. Render it again?"
        }
        if let video = detail.video ?? detail.preview { page["video"] = video }
        if let subtitles = detail.subtitles { page["subtitles"] = subtitles }
        if let cover = detail.cover { page["cover"] = cover }
        if let previous = detail.previousTake, let current = detail.video {
            let shots = previous.shots.map(\.shot)
            page["previousTake"] = [
                "video": previous.video, "current": current, "by": previous.by, "note": previous.note ?? false,
                "shotList": shots.count == 1 ? "a new take of shot \(shots[0])" : "new takes of shots " + shots.map(String.init).joined(separator: ", "),
                "shots": shots.compactMap { number in
                    detail.shots.first { $0.number == number }.map { ["number": number, "start": String(format: "%.3f", $0.start)] as [String: Any] }
                },
            ] as [String: Any]
        }
        return page
    }

    /// `text` with every ISO 8601 date-time in it (`2026-12-04T00:00:00Z`) written as the
    /// studio writes dates (`2026-12-04 00:00 UTC`), so a page never shows two formats.
    static func readableDates(in text: String) -> String {
        let pattern = #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})"#
        var result = text
        while let range = result.range(of: pattern, options: .regularExpression) {
            let stamp = String(result[range])
            let parser = ISO8601DateFormatter()
            parser.formatOptions = stamp.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
            guard let date = parser.date(from: stamp) else { break }
            result.replaceSubrange(range, with: when(date))
        }
        return result
    }

    static func money(_ dollars: Double) -> String { String(format: "%.2f", dollars) }

    static func when(_ date: Date) -> String {
        date.formatted(Date.VerbatimFormatStyle(
            format: "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits) UTC",
            timeZone: TimeZone(identifier: "UTC")!, calendar: Calendar(identifier: .gregorian)))
    }

    /// A redirect target after login: a path on this server only.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }
}
