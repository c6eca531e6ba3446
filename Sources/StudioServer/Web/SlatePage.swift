import Foundation
import Hummingbird
import Production
import Slate
import Studio

/// The slate page (`/slate`): the ranking of the pilots with their score's interval, the
/// figures behind it, the spend, and each series' recommendation with its evidence, the
/// decision taken (from its audit log) and, for producers, Extend / Iterate / Sunset buttons
/// with a required reason, posted to `/slate/decisions` (the same as `POST
/// /api/v1/slate/decisions`).
struct SlatePage: Sendable {
    let studio: Studio

    /// The decision form's fields.
    struct DecisionForm: Decodable { var series: String?; var decision: String?; var why: String? }

    /// A refused decision, shown at its series' form with what was typed.
    struct Refusal { var series: String; var message: String; var why: String }

    func register(on router: Router<StudioContext>) {
        router.get("slate") { _, context in
            let user = try context.requireUser()
            let overview = try overview()
            return Responses.html(Pages.render("slate", Self.page(overview, user: user, decisions: studio.slateDecisions(overview.manifest))))
        }
        router.post("slate/decisions") { request, context in
            let user = try context.requireUser()
            let data = try await request.data(upTo: 16 * 1024)
            let form = (try? URLEncodedFormDecoder().decode(DecisionForm.self, from: String(decoding: data, as: UTF8.self))) ?? DecisionForm()
            let decision = SlateDecisionRequest(series: form.series ?? "", decision: form.decision ?? "", why: form.why)
            do {
                _ = try await studio.decideSlate(decision, by: user)
            } catch let error as StudioError where error.code == .invalidInput || error.code == .conflict {
                // Shown at the series' form, with what was typed, so nothing is lost.
                let overview = try overview()
                let refusal = Refusal(series: decision.series, message: error.message, why: form.why ?? "")
                return Responses.html(
                    Pages.render("slate", Self.page(overview, user: user, decisions: studio.slateDecisions(overview.manifest), refusal: refusal)),
                    status: error.code == .conflict ? .conflict : .badRequest)
            }
            let anchor = decision.series.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? ""
            return Responses.redirect("/slate#series-\(anchor)")
        }
    }

    func overview() throws(StudioError) -> SlateOverview {
        guard let overview = try studio.slate() else {
            throw StudioError(code: .notFound, message: "this studio serves no slate (no slate.yaml in its folder); make one with cliff slate new DIR --premises premises.txt")
        }
        return overview
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }

    /// The decision taken on a series, as the page shows it: what, who, when, why, and what it
    /// did or left to do (extend: what became of the episodes when the studio took it — queued
    /// within the slate's budget, or stopped by it with the command that makes them — else the
    /// command; sunset: the calendar stopped; iterate's rewrite is the evidence's, shown above it).
    static func taken(_ taken: SlateDecisionTaken, slate overview: SlateOverview, series id: String) -> [String: Any] {
        var view: [String: Any] = [
            "decision": taken.decision, "by": taken.by, "why": taken.why, "sequence": taken.sequence,
            "when": PageRoutes.readableDates(in: taken.at),
            "class": taken.decision == "extend" ? "approved" : taken.decision == "iterate" ? "in-review" : "rejected",
        ]
        let record = overview.manifest.series.first { $0.id == id }
        if taken.decision == "extend", let episodes = taken.details["episodes"], let record {
            let command = SlateDesk.produceCommand(slate: overview.name, series: record, episodes: episodes, manifest: overview.manifest)
            if let production = taken.production, let message = production["message"] {
                let outcome = production["outcome"].flatMap(SlateExtensionOutcome.Kind.init(rawValue:))
                view["production"] = ["text": message, "class": outcome == .queued || outcome == .made ? "ok" : "error"]
                // Nothing queued: the command is the way on.
                if outcome != .queued, outcome != .made { view["command"] = ["text": production["command"] ?? command] }
            } else {
                view["command"] = ["text": command]
            }
        }
        if taken.decision == "sunset", let calendar = taken.details["calendar"] { view["calendar"] = ["text": PageRoutes.readableDates(in: calendar)] }
        return view
    }

    static func page(_ overview: SlateOverview, user: StudioUser, decisions: [String: SlateDecisionTaken] = [:], refusal: Refusal? = nil) -> [String: Any] {
        var page: [String: Any] = [
            "title": "Slate \(overview.name)", "user": PageRoutes.user(user), "name": overview.name, "seriesCount": overview.manifest.series.count,
            "hasReport": overview.report != nil, "canDecide": user.role >= .producer,
        ]
        let sunset = Set(overview.manifest.series.filter { $0.status == .sunset }.map(\.id))
        // A refusal is shown at its series' form; one about a series without a form (unknown,
        // sunset, not measured) at the top of the page.
        if let refusal, user.role < .producer || sunset.contains(refusal.series)
            || overview.report?.entries.contains(where: { $0.id == refusal.series && $0.rank != nil }) != true
        {
            page["pageError"] = refusal.message
        }
        guard let report = overview.report else { return page }
        let ranked = report.entries.filter { $0.rank != nil }
        page["synthetic"] = report.synthetic
        page["formula"] = report.formula
        page["reportedAt"] = overview.reportedAt.map(PageRoutes.when) ?? "—"
        page["spend"] = String(format: "$%.4f", report.entries.reduce(0) { $0 + $1.spendUSD })
        page["minutes"] = String(format: "%.1f", report.entries.compactMap(\.finishedMinutes).reduce(0, +))
        page["rows"] = ranked.map { entry -> [String: Any] in
            var row: [String: Any] = [
                "id": entry.id, "title": entry.title, "rank": entry.rank ?? 0, "slate": overview.name, "sunset": sunset.contains(entry.id),
                "score": entry.score.map { score in
                    String(format: "%.1f", score) + ((entry.low).flatMap { low in entry.high.map { String(format: " (%.1f–%.1f)", low, $0) } } ?? "")
                } ?? "—",
                "costPerMinute": entry.costPerMinute.map { String(format: "$%.4f", $0) } ?? "—",
                "decision": entry.decision?.rawValue ?? "—", "decisionWord": entry.decision?.rawValue ?? "extend",
                "decisionClass": entry.decision == .extend ? "approved" : entry.decision == .iterate ? "in-review" : "rejected",
                "evidence": entry.evidence,
                "hook": entry.hookRate.map(percent) ?? "—", "completion": entry.completionRate.map(percent) ?? "—",
                "continue": entry.continueRate.map(percent) ?? "—", "paywall": entry.projectedPaywall.map(percent) ?? "—",
            ]
            if let spot = entry.weakSpot { row["weakSpot"] = ["target": spot.target, "finding": spot.finding] }
            row["canDecide"] = user.role >= .producer && !sunset.contains(entry.id)
            if let refusal, refusal.series == entry.id {
                row["formError"] = refusal.message
                row["formWhy"] = refusal.why
            }
            if let taken = decisions[entry.id] { row["taken"] = Self.taken(taken, slate: overview, series: entry.id) }
            return row
        }
        let unmeasured = report.entries.filter { $0.rank == nil }
        page["hasUnmeasured"] = !unmeasured.isEmpty
        page["unmeasured"] = unmeasured.map { ["title": $0.title, "why": $0.notMeasured ?? "no viewers yet"] }
        return page
    }
}
