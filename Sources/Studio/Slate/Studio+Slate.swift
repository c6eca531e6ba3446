import Basics
package import Foundation
import Governance
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
}

extension Studio {
    /// Takes a decision on a series of the slate this studio serves, as `user` (producers and
    /// admins: the roles that set release calendars): the same checks and records as `cliff
    /// slate decide` (``SlateDesk``), the studio's own store stopping a sunset series' calendar.
    /// Extend records the episodes to make; the studio does not make them (the page shows the
    /// command that does).
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
        do {
            return try await SlateDesk.decide(slate: root, shown: root.lastPathComponent, request, actor: user.name, labels: .studio, now: now) { () throws(StudioError) in
                database
            }
        } catch {
            throw Self.studioError(error)
        }
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
            taken[series.id] = SlateDecisionTaken(
                decision: decision, by: last.actor, at: last.time, why: last.details["why"] ?? "", sequence: last.sequence, details: last.details)
        }
        return taken
    }
}
