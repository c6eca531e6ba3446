import Basics
import DramaModel
package import Foundation
import Governance
import Logging
import Production
package import Slate

/// What the studio shows of the slate it serves (a slate folder: `slate.yaml` and, once
/// `cliff slate report` ran, `report.json`).
package struct SlateOverview: Sendable {
    /// The slate's series as `slate.yaml` lists them (status included).
    package var manifest: SlateManifest
    /// The last report, nil before `cliff slate report`.
    package var report: SlateReport?
    /// When the report was written.
    package var reportedAt: Date?
    /// The slate's folder name.
    package var name: String
}

extension Studio {
    /// The slate this studio serves, nil when its folder is not a slate.
    /// - Throws: `StudioError` `conflict` when `slate.yaml` or `report.json` cannot be read
    ///   (the message says what is wrong and how to make it again).
    package func slate() throws(StudioError) -> SlateOverview? {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(SlateManifest.fileName).path) else { return nil }
        let manifest: SlateManifest
        do {
            manifest = try SlateManifest.read(slate: root, displayName: SlateManifest.fileName)
        } catch {
            throw StudioError(code: .conflict, message: "the slate's \(SlateManifest.fileName) cannot be read: \(error.description)")
        }
        let reportURL = root.appendingPathComponent(SlateReport.fileName)
        var report: SlateReport?
        var reportedAt: Date?
        if let data = FileManager.default.contents(atPath: reportURL.path) {
            do {
                report = try JSONDecoder().decode(SlateReport.self, from: data)
            } catch {
                throw StudioError(
                    code: .conflict,
                    message: "the slate's \(SlateReport.fileName) is not a slate report (\(TextInput.excerpt("\(error)", limit: 160))); make it again with cliff slate report \(root.lastPathComponent)")
            }
            reportedAt = (try? FileManager.default.attributesOfItem(atPath: reportURL.path)[.modificationDate]) as? Date
        }
        return SlateOverview(manifest: manifest, report: report, reportedAt: reportedAt, name: root.lastPathComponent)
    }
}

/// The last decision recorded on a series of the slate, from its audit log.
package struct SlateDecisionTaken: Sendable, Hashable {
    /// extend, iterate or sunset.
    package var decision: String
    /// Who decided.
    package var by: String
    /// When (ISO 8601, from the audit record).
    package var at: String
    /// Why.
    package var why: String
    /// The audit record's number.
    package var sequence: Int
    /// The record's details (episodes to make, what to rewrite, the calendar stopped…).
    package var details: [String: String]
    /// With an extend taken in the studio: the details of its `slate.extension` record (what
    /// became of the episodes: `outcome`, `message`, `command`, the figures); nil otherwise.
    package var production: [String: String]?
}

extension Studio {
    /// Takes a decision on a series of the slate this studio serves, as `user` (producers and
    /// admins: the roles that set release calendars): the same checks and records as `cliff
    /// slate decide` (``SlateDesk``), the studio's own store stopping a sunset series' calendar.
    ///
    /// Extend, once recorded, makes the next episodes as `cliff slate decide` does, in the
    /// background: they are planned and checked against the slate's budget
    /// (``SlateExtensionPlan``, the command's rule); within it they are queued on the studio's
    /// render service as finished episodes (like its other renders, progress on the production
    /// events), held to the series cap the budget leaves. Stopped by the budget, or not
    /// plannable, nothing is queued and the decision stays recorded. What happened is in the
    /// record's `production` and the series' audit log (kind `slate.extension`).
    /// - Throws: `StudioError` `forbidden` (a reviewer), `notFound` (no slate here),
    ///   `invalidInput` (every problem with the request, the first one's field in `field`),
    ///   `conflict` (no report, a sunset series, an unreadable `slate.yaml`), `storeFailed`.
    package func decideSlate(_ request: SlateDecisionRequest, by user: StudioUser, now: Date = Date()) async throws(StudioError) -> SlateDecisionRecord {
        guard user.role >= .producer else {
            throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); deciding on a series of the slate needs the producer role (the role that schedules releases)")
        }
        guard try slate() != nil else {
            throw StudioError(code: .notFound, message: "this studio serves no slate (no slate.yaml in its folder); make one with cliff slate new DIR --premises premises.txt")
        }
        var recorded: SlateDecisionRecord
        do {
            recorded = try await SlateDesk.decide(slate: root, shown: root.lastPathComponent, request, actor: user.name, labels: .studio, now: now) { () async throws(StudioError) in
                database
            }
        } catch {
            throw Self.studioError(error)
        }
        if recorded.decision == .extend { recorded.production = await produceExtension(recorded, by: user, now: now) }
        return recorded
    }

    /// Plans the episodes `recorded` extends against the slate's budget, records the outcome in
    /// the series' audit log, then (within the budget) queues them on the render service.
    private func produceExtension(_ recorded: SlateDecisionRecord, by user: StudioUser, now: Date) async -> SlateExtensionOutcome {
        let series = recorded.series
        let command = SlateDesk.produceCommand(
            slate: root.lastPathComponent, series: series, episodes: SlateDesk.ranges(recorded.episodes), manifest: recorded.manifest)
        let folder = root.appendingPathComponent(series.folder)
        let id = ProjectLayout(root: folder).seriesID
        var outcome: SlateExtensionOutcome
        var queue: (project: ProductionProject, store: any JobStore)?
        do {
            let project = try catalog.project(id)
            let store = try await jobStore(project)
            let line = ProductionLine(project: project, store: store, compliance: ProductionCompliance(), logger: logger)
            let planned = try await SlateExtensionPlan.make(
                series: series, episodes: recorded.episodes, manifest: recorded.manifest, budget: SlateBudget(cap: recorded.manifest.budget),
                request: ProductionRequest(episodes: recorded.episodes, deliverable: .final, actor: "studio"), line: line
            ) { item in
                try await self.jobStores.existingStore(layout: ProjectLayout(root: self.root.appendingPathComponent(item.folder)))
            }
            outcome = SlateExtensionOutcome.of(planned, slate: root.lastPathComponent, command: command)
            if outcome.kind == .queued { queue = (project, store) }
        } catch {
            let problem = (error as? StudioError)?.message ?? "\(error)"
            outcome = SlateExtensionOutcome.unplanned(recorded.episodes, series: series.id, problem: "they cannot be planned: \(problem)", command: command)
        }
        // The outcome is in the audit log before anything is spent.
        do {
            _ = try AuditLog(projectRoot: folder).append(
                kind: SlateExtensionOutcome.auditKind, actor: user.name, subject: "series \(series.id)",
                details: outcome.details.merging(["decision.record": "\(recorded.sequence)"]) { $1 })
        } catch {
            return SlateExtensionOutcome.unplanned(
                recorded.episodes, series: series.id,
                problem: "what became of them cannot be written into \(root.lastPathComponent)/\(series.folder)/governance/audit.jsonl (\(error.message))",
                command: command)
        }
        if let (project, store) = queue {
            // Each episode's history says who asked for the render, as for the studio's other renders.
            for episode in recorded.episodes {
                do {
                    _ = try await record(id, episode, .render, actor: user.name, note: nil, render: nil, detail: nil, at: now)
                } catch {
                    logger.info("render request not in the review history", metadata: ["series": "\(id)", "episode": "\(episode)", "error": "\(error.message)"])
                }
            }
            renders.request(series: id, project: project, store: store, episodes: recorded.episodes, cap: outcome.seriesCap)
            logger.info(
                "slate extension queued",
                metadata: ["series": "\(id)", "episodes": "\(SlateDesk.ranges(recorded.episodes))", "series.cap": "\(outcome.seriesCap?.description ?? "none")"])
        }
        return outcome
    }

    /// `error` as the studio answers it.
    static func studioError(_ error: SlateError) -> StudioError {
        let fields = [SlateDesk.Labels.studio.series, SlateDesk.Labels.studio.decision, SlateDesk.Labels.studio.why, SlateDesk.Labels.studio.episodes]
        switch error.code {
        case .invalidDecision:
            let problems = error.diagnostics
            // A problem about the slate's state (no report, a sunset series) is a conflict; the rest is the request's.
            let conflict = problems.contains { !fields.contains($0.fieldPath ?? "") }
            return StudioError(
                code: conflict ? .conflict : .invalidInput,
                message: "nothing was changed: " + problems.map { "\($0.fieldPath ?? $0.file): \($0.message)" }.joined(separator: "; "),
                field: problems.first { fields.contains($0.fieldPath ?? "") }?.fieldPath)
        case .fileUnwritable:
            return StudioError(code: .storeFailed, message: error.description)
        default:
            return StudioError(code: .conflict, message: error.description)
        }
    }

    /// The last decision recorded on each series of `manifest`, by the series' slate id (a
    /// series without one, or whose audit log cannot be read, is left out).
    package func slateDecisions(_ manifest: SlateManifest) -> [String: SlateDecisionTaken] {
        var taken: [String: SlateDecisionTaken] = [:]
        for series in manifest.series {
            guard let records = try? AuditLog(projectRoot: root.appendingPathComponent(series.folder)).records(),
                let last = records.last(where: { $0.kind == "slate.decision" }), let decision = last.details["decision"]
            else { continue }
            // What the studio did with an extend: the outcome recorded after this decision.
            let production = records.last { $0.kind == SlateExtensionOutcome.auditKind && $0.sequence > last.sequence && $0.details["decision.record"] == "\(last.sequence)" }
            taken[series.id] = SlateDecisionTaken(
                decision: decision, by: last.actor, at: last.time, why: last.details["why"] ?? "", sequence: last.sequence, details: last.details,
                production: production?.details)
        }
        return taken
    }
}
