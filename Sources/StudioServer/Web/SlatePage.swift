import Foundation
import Hummingbird
import Slate
import Studio

/// The slate page (`/slate`): the ranking of the pilots with their score's interval, the
/// figures behind it, the spend, and each series' recommendation with its evidence and the one
/// command that takes the decision.
struct SlatePage: Sendable {
    let studio: Studio

    func register(on router: Router<StudioContext>) {
        router.get("slate") { _, context in
            let user = try context.requireUser()
            guard let overview = try studio.slate() else {
                throw StudioError(code: .notFound, message: "this studio serves no slate (no slate.yaml in its folder); make one with cliff slate new DIR --premises premises.txt")
            }
            return Responses.html(Pages.render("slate", Self.page(overview, user: user)))
        }
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }

    static func page(_ overview: SlateOverview, user: StudioUser) -> [String: Any] {
        var page: [String: Any] = [
            "title": "Slate \(overview.name)", "user": PageRoutes.user(user), "name": overview.name, "seriesCount": overview.manifest.series.count,
            "hasReport": overview.report != nil,
        ]
        guard let report = overview.report else { return page }
        let sunset = Set(overview.manifest.series.filter { $0.status == .sunset }.map(\.id))
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
            return row
        }
        let unmeasured = report.entries.filter { $0.rank == nil }
        page["hasUnmeasured"] = !unmeasured.isEmpty
        page["unmeasured"] = unmeasured.map { ["title": $0.title, "why": $0.notMeasured ?? "no viewers yet"] }
        return page
    }
}
