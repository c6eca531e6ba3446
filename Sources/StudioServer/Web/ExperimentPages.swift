import Audience
import Experiments
import Foundation
import Hummingbird
import Production
import Studio

/// The studio's experiment pages: the list of a series' experiments (and the form that makes
/// one), and an experiment's page (variants side by side with their review, the figures per
/// variant with intervals, the metric over time, the decision rule in plain words, and the
/// decision form).
struct ExperimentPages: Sendable {
    let studio: Studio

    func register(on router: Router<StudioContext>) {
        router.get("series/:series/experiments") { _, context in
            let user = try context.requireUser()
            let id = try context.parameters.require("series")
            let detail = try await studio.series(id)
            let experiments = try await studio.experiments(id)
            let page: [String: Any] = [
                "title": "Experiments · \(detail.title)", "user": PageRoutes.user(user), "id": id, "seriesTitle": detail.title,
                "canCreate": user.role >= .producer, "hasExperiments": !experiments.isEmpty,
                "experiments": experiments.map { e -> [String: Any] in
                    [
                        "id": id, "key": e.key, "episode": e.lastEpisode > e.episode ? "\(e.episode)–\(e.lastEpisode)" : "\(e.episode)", "kind": e.kind, "statusText": Self.status(e), "statusClass": Self.statusClass(e),
                        "waitingText": e.waiting.isEmpty ? false : e.waiting.joined(separator: "; ") as Any,
                        "variants": e.variants.map { ["name": $0.name, "weight": EpisodeExperiment.percent($0.weight), "state": $0.state] as [String: Any] },
                    ]
                },
            ]
            return Responses.html(Pages.render("experiments", page))
        }
        router.get("series/:series/experiments/:key") { _, context in
            let user = try context.requireUser()
            let id = try context.parameters.require("series")
            let detail = try await studio.series(id)
            let (view, report) = try await studio.experiment(id, try context.parameters.require("key"))
            return Responses.html(Pages.render("experiment", Self.page(view, report, seriesTitle: detail.title, id: id, user: user)))
        }
    }

    static func status(_ e: ExperimentView) -> String {
        switch e.status {
        case "shipped": "shipped \(e.shipped ?? "")"
        case "running": e.live ? "running" : "waiting"
        default: e.status
        }
    }

    static func statusClass(_ e: ExperimentView) -> String {
        switch e.status {
        case "shipped": "published"
        case "running": e.live ? "approved" : "in-review"
        default: "draft"
        }
    }

    /// The experiment page's values.
    static func page(_ view: ExperimentView, _ report: ExperimentReport, seriesTitle: String, id: String, user: StudioUser) -> [String: Any] {
        let experiment = report.experiment
        let metrics = [experiment.metric] + experiment.guardrails.filter { $0 != experiment.metric }
            + EpisodeExperiment.Metric.allCases.filter { $0 != experiment.metric && !experiment.guardrails.contains($0) }
        func cell(_ summary: ArmSummary, _ metric: EpisodeExperiment.Metric) -> String {
            guard summary.count > 0, let interval = ExperimentReport.interval(summary, proportion: metric != .watchTime) else { return "—" }
            return metric == .watchTime
                ? String(format: "%.1f s (%.1f–%.1f)", summary.mean, interval.lowerBound, interval.upperBound)
                : String(format: "%.1f %% (%.1f–%.1f)", summary.mean * 100, interval.lowerBound * 100, interval.upperBound * 100)
        }
        var page: [String: Any] = [
            "title": "\(view.key) · \(seriesTitle)", "user": PageRoutes.user(user), "id": id, "seriesTitle": seriesTitle, "key": view.key,
            "episode": view.episode, "episodesText": view.lastEpisode > view.episode ? "Episodes \(view.episode)–\(view.lastEpisode)" : "Episode \(view.episode)",
            "kind": view.kind, "metric": view.metric, "guardrails": view.guardrails, "statusText": status(view),
            "statusClass": statusClass(view), "waitingText": view.waiting.isEmpty ? false : view.waiting.joined(separator: "; ") as Any, "summary": report.summary, "chartStyle": Charts.responsiveStyle,
            "canDecide": user.role >= .producer && view.status == "running", "variantNames": view.variants.map(\.name),
            "metricNames": metrics.map(\.rawValue),
            "variants": view.variants.enumerated().map { index, variant -> [String: Any] in
                let figures = report.variants.first { $0.name == variant.name }
                let summary = figures?.metrics[experiment.metric] ?? ArmSummary()
                var item: [String: Any] = [
                    "name": variant.name, "weight": EpisodeExperiment.percent(variant.weight), "state": variant.state,
                    "episode": view.lastEpisode > view.episode ? "episodes \(view.episode)-\(view.lastEpisode)" : "episode \(view.episode)",
                    "viewers": figures?.viewers ?? 0, "metricText": "\(experiment.metric.rawValue) \(cell(summary, experiment.metric))",
                    "control": index == 0, "reviewable": index > 0 && variant.render != nil && view.status != "stopped", "approved": variant.state == "approved",
                ]
                if let video = variant.video { item["video"] = video }
                if let poster = variant.poster { item["poster"] = poster }
                if let instruction = variant.instruction { item["instruction"] = instruction }
                if let change = variant.change { item["change"] = change }
                if view.kind == "cover" { item["coverOnly"] = true }
                if let note = variant.note { item["note"] = note }
                return item
            },
            "rows": report.variants.map { figures -> [String: Any] in
                ["name": figures.name, "viewers": figures.viewers, "decision": report.decision(figures.name),
                 "cells": metrics.map { cell(figures.metrics[$0] ?? ArmSummary(), $0) }]
            },
        ]
        if report.syntheticViewers > 0 {
            page["synthetic"] = "\(report.syntheticViewers) of \(report.variants.reduce(0) { $0 + $1.viewers }) viewers were simulated (cliff simulate-audience)"
        }
        if let check = report.look?.sampleRatio {
            page["sampleRatio"] = [
                "mismatch": check.isMismatch,
                "text": check.isMismatch
                    ? String(format: "Sample ratio mismatch (p = %.2g): the viewer counts do not match the weights, so no decision can be trusted until assignment and logging are fixed.", check.pValue)
                    : String(format: "Sample ratio check: the viewer counts match the weights (p = %.2g).", check.pValue),
            ] as [String: Any]
        }
        if report.varianceReduction > 0 {
            page["cuped"] = String(format: "CUPED (each viewer's earlier episodes as covariate) removed %.1f %% of the metric's variance.", report.varianceReduction * 100)
        }
        let lines = view.variants.map { variant in
            Charts.Line(name: variant.name, points: report.history.compactMap { point in point.means[variant.name].map { (Double(point.viewers), $0) } })
        }
        page["chart"] = Charts.lines(
            lines, title: "\(experiment.metric.rawValue) per variant as viewers arrived", xLabel: "viewers", percent: experiment.metric != .watchTime,
            missing: "No viewers yet: the chart fills in as the channel shows the variants.")
        page["isTile"] = view.tiles != nil
        if let tiles = view.tiles {
            let percent = { (x: Double) in String(format: "%.1f %%", x * 100) }
            let names = view.variants.map(\.name)
            page["tiles"] = [
                "summary": tiles.summary,
                "arms": tiles.arms.map { arm -> [String: Any] in
                    ["name": arm.name, "title": arm.title, "impressions": arm.impressions, "clicks": arm.clicks,
                     "rate": arm.impressions == 0 ? "—" : "\(percent(arm.rate)) (\(percent(arm.low))–\(percent(arm.high)))", "share": percent(arm.share)]
                },
                "allocations": tiles.allocations.map { change -> [String: Any] in
                    ["impressions": change.impressions, "at": ReleaseCalendar.local(change.at, in: TimeZone(identifier: "UTC")!),
                     "shares": names.map { "\($0) \(percent(change.shares[$0] ?? 0))" }.joined(separator: ", ")]
                },
                "chart": Charts.lines(
                    names.map { name in Charts.Line(name: name, points: tiles.allocations.map { (Double($0.impressions), $0.shares[name] ?? 0) }) },
                    title: "Each title's share of the tile's impressions as the bandit learned", xLabel: "impressions", percent: true,
                    missing: "No allocation recorded yet: the first is the even split when the tile is first shown."),
            ] as [String: Any]
            page["variants"] = (page["variants"] as? [[String: Any]] ?? []).map { item in
                var item = item
                if let name = item["name"] as? String, let title = tiles.arms.first(where: { $0.name == name })?.title { item["tileTitle"] = title }
                item["isTile"] = true
                return item
            }
        }
        return page
    }
}
