import Studio
import Foundation
import Hummingbird

/// The review page of a series' edition (`/series/{series}/editions/{language}`): the edition's
/// lines beside the source lines, episode by episode — line id, speaker, the source words, the
/// edition's words, where they came from, a mark on lines changed since a person translated
/// them, the time each line has — with filters for the lines that need a translator and the
/// stale ones. Reviewers correct a line in place: the form saves through `PUT
/// /api/v1/series/{series}/editions/{language}/lines/{line}` (studio.js) and, without
/// script, posts to `/series/{series}/editions/{language}/lines/{line}`; a refusal is shown
/// at its line with what was typed.
struct EditionPage: Sendable {
    let studio: Studio

    /// The correction form's fields, and the view to come back to.
    struct CorrectionForm: Decodable { var text: String?; var sourceDigest: String?; var previous: String?; var show: String?; var episode: String? }

    /// A decision on an edition's episode, as the release table's form sends it.
    struct ReviewForm: Decodable { var action: String?; var note: String? }

    /// A refused correction, shown at its line.
    struct Refusal { var line: String; var message: String; var text: String }

    func register(on router: Router<StudioContext>) {
        router.get("series/:series/editions/:language") { request, context in
            let user = try context.requireUser()
            let (filter, episode) = try EditionRoutes.view(request)
            let review = try studio.editionReview(
                try context.parameters.require("series"), language: try context.parameters.require("language"), filter: filter, episode: episode)
            let saved = request.uri.queryParameters["saved"].map(String.init)
            var page = Self.page(review, user: user, saved: saved)
            let episodes = try await studio.editionEpisodes(review.series, language: review.language)
            Self.addRelease(&page, episodes, review: review, user: user, reviewed: request.uri.queryParameters["reviewed"].map(String.init))
            return Responses.html(Pages.render("edition", page))
        }
        // A decision on an edition's episode from the page's release table (approve, reject
        // with a note, render); a refusal is shown above the table, the page as it was.
        router.post("series/:series/editions/:language/episodes/:episode/review") { request, context in
            let user = try context.requireUser()
            let id = try context.parameters.require("series")
            let language = try context.parameters.require("language")
            let number = try APIRoutes.episode(context)
            let data = try await request.data(upTo: 32 * 1024)
            let form = (try? URLEncodedFormDecoder().decode(ReviewForm.self, from: String(decoding: data, as: UTF8.self))) ?? ReviewForm()
            do {
                guard let action = form.action.flatMap(ReviewRecord.Action.init(rawValue:)) else {
                    throw StudioError(code: .invalidInput, message: "say what to do with episode \(number): approve, reject or render", field: "action")
                }
                try await studio.reviewEdition(id, language: language, number, action: action, note: form.note, by: user)
                return Responses.redirect(Self.address(id, language, filter: .all, episode: nil) + "?reviewed=\(number)-\(action.rawValue)#release-\(number)")
            } catch let error as StudioError where [.invalidInput, .conflict, .forbidden].contains(error.code) {
                let review = try studio.editionReview(id, language: language)
                var page = Self.page(review, user: user)
                let episodes = try await studio.editionEpisodes(id, language: language)
                Self.addRelease(&page, episodes, review: review, user: user, reviewed: nil)
                page["releaseError"] = "Episode \(number): \(error.message)"
                return Responses.html(Pages.render("edition", page), status: .init(code: error.status))
            }
        }
        router.post("series/:series/editions/:language/lines/:line") { request, context in
            let user = try context.requireUser()
            let id = try context.parameters.require("series")
            let language = try context.parameters.require("language")
            let line = try context.parameters.require("line")
            let data = try await request.data(upTo: 32 * 1024)
            let form = (try? URLEncodedFormDecoder().decode(CorrectionForm.self, from: String(decoding: data, as: UTF8.self))) ?? CorrectionForm()
            let filter = form.show.flatMap(EditionFilter.init(rawValue:)) ?? .all
            let episode = form.episode.flatMap { Int($0) }
            do {
                _ = try await studio.correctEditionLine(
                    id, language: language, line: line, text: form.text ?? "", sourceDigest: form.sourceDigest, previous: form.previous, by: user)
            } catch let error as StudioError where [.invalidInput, .conflict, .notFound].contains(error.code) && error.field != "language" {
                // Shown at the line, with what was typed, so nothing is lost.
                let review = try studio.editionReview(id, language: language, filter: filter, episode: episode)
                let refusal = Refusal(line: line, message: error.message, text: form.text ?? "")
                return Responses.html(
                    Pages.render("edition", Self.page(review, user: user, refusal: refusal)),
                    status: .init(code: error.status))
            }
            return Responses.redirect(Self.address(id, language, filter: filter, episode: episode, saved: line) + "#line-\(Self.anchor(line))")
        }
    }

    /// The page's address with a filter and an episode (and, after a save, the line saved).
    static func address(_ id: String, _ language: String, filter: EditionFilter, episode: Int?, saved: String? = nil) -> String {
        var query: [String] = []
        if filter != .all { query.append("show=\(filter.rawValue)") }
        if let episode { query.append("episode=\(episode)") }
        if let saved { query.append("saved=\(anchor(saved))") }
        let path = "/series/\(anchor(id))/editions/\(anchor(language))"
        return query.isEmpty ? path : path + "?" + query.joined(separator: "&")
    }

    /// `text` safe inside a URL path segment, query value or fragment.
    static func anchor(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", "."])) ?? ""
    }

    /// Seconds as the page writes them (`2.4 s`).
    static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }

    /// The badge of a line's origin: its class, label and what it means.
    static func origin(_ origin: String, review: EditionReview) -> (kind: String, label: String, meaning: String) {
        switch origin {
        case "human": ("human", "Person", "A person's translation.")
        case "machine": ("machine", "Model", "A chat model's translation, not checked by a person yet.")
        case "transcreated":
            ("transcreated", "Writer's transcreation",
             "Not a translation: the built-in writer wrote the same moment again in \(review.languageName) (the same move, between the same people), from its own phrasebook.")
        default: ("untranslated", "Untranslated", "Still the \(review.sourceLanguageName) words: needs a translator.")
        }
    }

    /// The release table: each episode's state in the edition and in the series, its video,
    /// why the compliance gate holds it, and the decisions the gate and `user`'s role allow.
    static func addRelease(_ page: inout [String: Any], _ episodes: [EditionEpisodeReview], review: EditionReview, user: StudioUser, reviewed: String?) {
        let action = "/series/\(anchor(review.series))/editions/\(anchor(review.language))/episodes/"
        page["releaseRows"] = episodes.map { episode -> [String: Any] in
            let allowed = Set(episode.allowedActions)
            let canApprove = allowed.contains("approve") && user.role >= .reviewer
            let canReject = allowed.contains("reject") && user.role >= .reviewer
            let canRender = allowed.contains("render") && user.role >= .producer
            var row: [String: Any] = [
                "id": anchor(review.series), "number": episode.number, "state": episode.state.rawValue, "sourceState": episode.sourceState.rawValue,
                "canApprove": canApprove, "canReject": canReject, "canRender": canRender, "hasActions": canApprove || canReject || canRender,
                "reviewAction": action + "\(episode.number)/review",
                "noActions": episode.state == .published ? "On the channel" : episode.state == .rendering ? "Rendering…" : "—",
            ]
            if let video = episode.video { row["video"] = video }
            if let held = episode.held { row["held"] = held }
            return row
        }
        if let reviewed, let dash = reviewed.firstIndex(of: "-") {
            let number = reviewed[..<dash], what = reviewed[reviewed.index(after: dash)...]
            let words = ["approve": "approved: it goes out with the series' episode", "reject": "rejected", "render": "queued for rendering"][String(what)]
            if let words, Int(number) != nil { page["reviewed"] = "Episode \(number) of the \(review.languageName) edition \(words)." }
        }
    }

    /// The page's values.
    static func page(_ review: EditionReview, user: StudioUser, saved: String? = nil, refusal: Refusal? = nil) -> [String: Any] {
        let id = review.series, language = review.language
        let canCorrect = user.role >= .reviewer
        let filters: [(EditionFilter, String, Int)] = [
            (.all, "All lines", review.counts.all), (.needsTranslator, "Needs a translator", review.counts.untranslated),
            (.stale, "Changed since translated", review.counts.stale),
        ]
        var page: [String: Any] = [
            "title": "\(review.languageName) edition · \(review.seriesTitle)", "user": PageRoutes.user(user), "id": id, "seriesTitle": review.seriesTitle,
            "language": language, "languageName": review.languageName, "sourceLanguage": review.sourceLanguage,
            "sourceLanguageName": review.sourceLanguageName, "editionTitle": review.title, "canCorrect": canCorrect,
            "counts": [
                "all": review.counts.all, "human": review.counts.human, "machine": review.counts.machine,
                "transcreated": review.counts.transcreated, "untranslated": review.counts.untranslated, "stale": review.counts.stale,
            ] as [String: Any],
            "filters": filters.map { filter, label, count -> [String: Any] in
                [
                    "label": label, "count": count, "current": filter == review.filter, "value": filter.rawValue,
                    "href": address(id, language, filter: filter, episode: review.episode),
                ]
            },
            "episodeOptions": review.episodeNumbers.map { ["number": $0, "selected": $0 == review.episode] as [String: Any] },
            "allEpisodes": review.episode == nil,
            "empty": review.episodes.isEmpty,
            "emptyText": review.filter == .needsTranslator ? "No line needs a translator\(review.episode.map { " in episode \($0)" } ?? ""): every line has the \(review.languageName) words."
                : review.filter == .stale ? "No translation is stale\(review.episode.map { " in episode \($0)" } ?? ""): no source line changed under a person's translation."
                : "No lines.",
            "command": review.command,
        ]
        // Carried through a correction, so the page comes back as it was.
        if review.filter != .all { page["show"] = review.filter.rawValue }
        if let episode = review.episode { page["episode"] = String(episode) }
        if review.counts.behind > 0 {
            page["behind"] = "The series' scripts changed \(review.counts.behind) line\(review.counts.behind == 1 ? "" : "s") since this edition was made: those lines show what the script says now, and cannot be corrected until the edition is brought up to date."
        }
        if let saved { page["saved"] = "Saved \(saved) as a person's translation; the edition's scripts were made again." }
        if let refusal, !review.episodes.contains(where: { $0.lines.contains { $0.id == refusal.line } }) {
            page["pageError"] = refusal.message
        }
        page["episodes"] = review.episodes.map { episode -> [String: Any] in
            var values: [String: Any] = [
                "number": episode.number, "title": episode.title,
                "lines": episode.lines.map { line -> [String: Any] in
                    let origin = Self.origin(line.origin, review: review)
                    var row: [String: Any] = [
                        "id": line.id, "anchor": anchor(line.id), "speakerName": line.speakerName, "editionSpeakerName": line.editionSpeakerName,
                        "source": line.source, "text": line.text, "digest": line.sourceDigest, "originKind": origin.kind,
                        "originLabel": origin.label, "originMeaning": origin.meaning, "stale": line.stale, "budget": seconds(line.budgetSeconds),
                        "spoken": seconds(line.spokenSeconds), "canCorrect": canCorrect && line.sourceNow == nil,
                        "action": "/series/\(anchor(id))/editions/\(anchor(language))/lines/\(anchor(line.id))",
                        "formText": line.text, "justSaved": line.id == saved,
                    ]
                    if line.fit == "long" { row["fitNote"] = "longer than the voice can speed up to: the shot runs longer" }
                    if line.fit == "short" { row["fitNote"] = "shorter than the voice slows down to: a pause after it" }
                    if line.speakerName != line.editionSpeakerName { row["renamed"] = true }
                    if let now = line.sourceNow { row["sourceNow"] = now.isEmpty ? "(no longer in the script)" : now }
                    if let refusal, refusal.line == line.id {
                        row["formError"] = refusal.message
                        row["formText"] = refusal.text
                    }
                    return row
                },
            ]
            if let title = episode.editionTitle, title != episode.title { values["editionTitle"] = title }
            return values
        }
        return page
    }
}
