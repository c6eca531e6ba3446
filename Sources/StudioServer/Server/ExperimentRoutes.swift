import Audience
import Experiments
import Foundation
import HTTPTypes
import Hummingbird
import Production
import Studio

/// `/api/v1/series/{series}/experiments…`: make, list, read, review and decide experiments
/// (the same rules as `cliff experiment`), and the channel's files of variants.
struct ExperimentRoutes: Sendable {
    let studio: Studio

    struct CreateBody: Decodable {
        var episode: Int
        var kind: String
        var key: String?
        var instructions: [String]?
        var weights: [Double]?
        var metric: String?
        var guardrails: [String]?
        var titles: [String]?
        var through: Int?
        var character: String?
        var looks: [String]?
        var covers: [String]?
        var tones: [String]?
    }
    struct ReviewBody: Decodable { var action: String; var note: String? }
    struct DecisionBody: Decodable { var ship: String?; var why: String }

    /// An experiment with its report, as JSON.
    struct Detail: Encodable {
        struct Metric: Encodable { var viewers: Int; var mean: Double; var interval95: [Double]? }
        struct VariantFigures: Encodable {
            var name: String
            var viewers: Int
            var metrics: [String: Metric]
            var decision: String
        }
        struct Point: Encodable { var viewers: Int; var at: Int64; var means: [String: Double]; var pValues: [String: Double] }
        struct SampleRatio: Encodable { var pValue: Double; var mismatch: Bool; var observed: [Int] }
        var experiment: ExperimentView
        var figures: [VariantFigures]
        var summary: [String]
        var sampleRatio: SampleRatio?
        var varianceReduction: Double
        var history: [Point]
        var conflicts: Int
        var syntheticViewers: Int

        init(_ view: ExperimentView, _ report: ExperimentReport) {
            experiment = view
            figures = report.variants.map { variant in
                var metrics: [String: Metric] = [:]
                for (metric, summary) in variant.metrics {
                    let interval = ExperimentReport.interval(summary, proportion: metric != .watchTime)
                    metrics[metric.rawValue] = Metric(viewers: summary.count, mean: summary.mean, interval95: interval.map { [$0.lowerBound, $0.upperBound] })
                }
                return VariantFigures(name: variant.name, viewers: variant.viewers, metrics: metrics, decision: report.decision(variant.name))
            }
            summary = report.summary
            sampleRatio = report.look.map { SampleRatio(pValue: $0.sampleRatio.pValue, mismatch: $0.sampleRatio.isMismatch, observed: $0.sampleRatio.observed) }
            varianceReduction = report.varianceReduction
            history = report.history.map { Point(viewers: $0.viewers, at: $0.at, means: $0.means, pValues: $0.pValues) }
            conflicts = report.conflicts
            syntheticViewers = report.syntheticViewers
        }
    }

    func register(on router: Router<StudioContext>) {
        let api = router.group("api/v1")
        api.get("series/:series/experiments") { _, context in
            _ = try context.requireUser()
            return Responses.json(try await studio.experiments(try context.parameters.require("series")))
        }
        api.post("series/:series/experiments") { request, context in
            let user = try context.requireUser()
            guard user.role >= .producer else {
                throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); making an experiment needs the producer role")
            }
            let body = try await request.decode(CreateBody.self, limit: 16 * 1024)
            let id = try context.parameters.require("series")
            let made = try await studio.makeExperiment(
                id,
                ExperimentRequest(
                    episode: body.episode, through: body.through, kind: body.kind, key: body.key, instructions: body.instructions ?? [],
                    weights: body.weights, metric: body.metric, guardrails: body.guardrails ?? [], titles: body.titles ?? [], character: body.character,
                    looks: body.looks ?? [], covers: body.covers ?? [], tones: body.tones ?? []),
                by: user)
            let (view, report) = try await studio.experiment(id, made.experiment.key)
            return Responses.json(Detail(view, report), status: .created)
        }
        api.get("series/:series/experiments/:key") { _, context in
            _ = try context.requireUser()
            let (view, report) = try await studio.experiment(try context.parameters.require("series"), try context.parameters.require("key"))
            return Responses.json(Detail(view, report))
        }
        api.post("series/:series/experiments/:key/variants/:variant/reviews") { request, context in
            let user = try context.requireUser()
            let body = try await request.decode(ReviewBody.self, limit: 16 * 1024)
            let view = try await studio.reviewVariant(
                try context.parameters.require("series"), try context.parameters.require("key"), variant: try context.parameters.require("variant"),
                action: body.action, note: body.note, by: user)
            return Responses.json(view, status: .created)
        }
        api.post("series/:series/experiments/:key/decision") { request, context in
            let user = try context.requireUser()
            let body = try await request.decode(DecisionBody.self, limit: 16 * 1024)
            let view = try await studio.decideExperiment(
                try context.parameters.require("series"), try context.parameters.require("key"), ship: body.ship, why: body.why, by: user)
            return Responses.json(view)
        }

        // The studio's and the channel's files of a variant.
        router.get("media/:series/:episode/variants/:key/:variant/:name") { request, context in
            _ = try context.requireUser()
            let url = try studio.variantMediaFile(
                try context.parameters.require("series"), try APIRoutes.episode(context), key: try context.parameters.require("key"),
                variant: try context.parameters.require("variant"), name: try context.parameters.require("name"))
            return try await MediaResponder.respond(url, request: request, context: context)
        }
        router.get("watch/media/:series/:episode/variants/:key/:variant/:name") { request, context in
            let id = try context.parameters.require("series")
            let number = try APIRoutes.episode(context)
            let key = try context.parameters.require("key")
            let variant = try context.parameters.require("variant")
            let name = try context.parameters.require("name")
            guard ["episode.mp4", "episode.vtt", "cover.jpg"].contains(name), try await studio.isVariantServed(id, number, key: key, variant: variant) else {
                throw StudioError(code: .notFound, message: "variant \(variant) of \(key) is not on the channel")
            }
            return try await MediaResponder.respond(
                try studio.variantMediaFile(id, number, key: key, variant: variant, name: name), request: request, context: context,
                caching: MediaResponder.publicCaching)
        }
    }
}
