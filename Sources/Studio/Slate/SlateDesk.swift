import Basics
import DramaModel
package import Foundation
import Governance
import Production
package import Slate
import StoryEngine

/// A decision asked for on a series of a slate: `cliff slate decide`'s arguments, or the
/// studio's slate form and `POST /api/v1/slate/decisions`.
package struct SlateDecisionRequest: Sendable, Hashable {
    /// The series' id in `slate.yaml`.
    package var series: String
    /// `extend`, `iterate` or `sunset` (any case).
    package var decision: String
    /// Why: recorded in the audit log; required.
    package var why: String?
    /// With extend: how many episodes after the pilot (nil: the rest of the season).
    package var episodes: Int?

    /// Creates a request.
    package init(series: String, decision: String, why: String?, episodes: Int? = nil) {
        self.series = series
        self.decision = decision
        self.why = why
        self.episodes = episodes
    }
}

/// A decision recorded in a series' audit log.
package struct SlateDecisionRecord: Sendable {
    /// What was decided.
    package var decision: SlateReport.Decision
    /// The series, as `slate.yaml` listed it before the decision.
    package var series: SlateManifest.Series
    /// Who decided.
    package var actor: String
    /// The record's number in `<series folder>/governance/audit.jsonl`.
    package var sequence: Int
    /// The record's details (why, the report's figures, what the decision changed).
    package var details: [String: String]
    /// With extend: the episodes to make next (after the pilot), in order.
    package var episodes: [Int]
    /// `slate.yaml` after the decision (a sunset series marked so).
    package var manifest: SlateManifest
    /// With sunset: the series' release calendar in the studio store, as stopped (nil: none).
    package var stoppedCalendar: StoppedCalendar?
    /// With extend taken in the studio: what became of the episodes (queued within the slate's
    /// budget, stopped by it…); nil otherwise (the command runs them itself).
    package var production: SlateExtensionOutcome? = nil
}

/// What every way of deciding on a slate's series shares — `cliff slate decide`, the studio's
/// slate page and its API: the checks, the audit record (kind `slate.decision`) and, for
/// sunset, the mark in `slate.yaml` and the series' release calendar stopped in the studio
/// store.
///
/// ```swift
/// let recorded = try await SlateDesk.decide(
///     slate: URL(fileURLWithPath: "spring"), shown: "spring",
///     SlateDecisionRequest(series: "paper-vows", decision: "sunset", why: "bottom of the slate"), actor: "mei")
/// print(recorded.sequence)   // the audit record's number
/// ```
///
/// Making an extended series' episodes is left to the caller (the command runs the production
/// line in the terminal, the studio queues it in the background; both check the slate's budget
/// with `SlateExtensionPlan`), so the record is written before any spend.
package enum SlateDesk {
    /// How the caller names what the user typed, for the problems it reports.
    package struct Labels: Sendable, Hashable {
        /// The series argument or field.
        package var series: String
        /// The decision argument or field.
        package var decision: String
        /// The reason argument or field.
        package var why: String
        /// The episodes argument or field.
        package var episodes: String
        /// How to give a reason.
        package var whyFix: String

        /// `cliff slate decide`'s arguments and options.
        package static let command = Labels(
            series: "<series>", decision: "<decision>", why: "--why", episodes: "--episodes",
            whyFix: "Add --why \"…\", e.g. --why \"best hook of the slate\".")
        /// The studio's form and API fields.
        package static let studio = Labels(
            series: "series", decision: "decision", why: "why", episodes: "episodes",
            whyFix: "Write why in the why field, e.g. \"best hook of the slate\".")
    }

    /// The most a reason may hold.
    package static let whyLimit = 2_000

    /// Checks `request` against the slate at `root` and its last report, then records it.
    ///
    /// Every problem is found before anything is written, and reported together: an unknown
    /// series (with a did-you-mean and the slate's series), an unknown decision, a missing or
    /// too long reason, episodes with another decision than extend, no report (or one that
    /// does not list the series), a sunset series, episodes to extend without a script.
    /// Then, for sunset, the series' release calendar in the slate's studio store
    /// (`studio.db` in the slate folder, which `cliff serve <slate>` uses; nothing when there is
    /// none) is stopped: it releases nothing more, and what it released stays on the channel.
    /// The decision is appended to the series' audit log (`governance/audit.jsonl`, kind
    /// `slate.decision`, actor `actor`, subject `series <id>`) with why, the slate, the report's
    /// figures and what was stopped, and a sunset series is marked `status: sunset` in
    /// `slate.yaml` (rewritten atomically).
    ///
    /// - Parameters:
    ///   - root: the slate folder.
    ///   - shown: the slate folder as the user named it, for messages (`spring`).
    ///   - labels: how the problems name the user's input.
    /// - Throws: `SlateError` `invalidDecision` with one diagnostic per problem (nothing was
    ///   changed), `invalidManifest` / `fileUnreadable` for `slate.yaml`, `fileUnwritable`
    ///   when the studio store, the audit log or `slate.yaml` cannot be written.
    package static func decide(
        slate root: URL, shown: String, _ request: SlateDecisionRequest, actor: String, labels: Labels = .command, now: Date = Date()
    ) async throws(SlateError) -> SlateDecisionRecord {
        let file = ProjectLayout(root: root).studioDatabase
        return try await decide(slate: root, shown: shown, request, actor: actor, labels: labels, now: now) { () async throws(StudioError) in
            FileManager.default.fileExists(atPath: file.path) ? try await StudioDatabase(path: file.path) : nil
        }
    }

    /// ``decide(slate:shown:_:actor:labels:now:)`` with the studio store `store()` gives
    /// (opened only for a sunset that passed the checks; the studio passes its own).
    static func decide(
        slate root: URL, shown: String, _ request: SlateDecisionRequest, actor: String, labels: Labels, now: Date,
        store: () async throws(StudioError) -> StudioDatabase?
    ) async throws(SlateError) -> SlateDecisionRecord {
        let manifestName = "\(shown)/\(SlateManifest.fileName)"
        var manifest = try SlateManifest.read(slate: root, displayName: manifestName)
        let reportName = "\(shown)/\(SlateReport.fileName)"
        var problems: [Diagnostic] = []
        func problem(_ field: String, _ message: String) {
            problems.append(Diagnostic(file: manifestName, fieldPath: field, message: message))
        }
        let series = request.series
        let ids = manifest.series.map(\.id)
        let index = manifest.series.firstIndex { $0.id == series }
        if index == nil {
            problem(labels.series, "'\(TextInput.excerpt(series))' is not a series of \(manifestName).\(Suggestion.didYouMean(series, in: ids)) Its series are: \(ids.joined(separator: ", ")).")
        }
        let choice = SlateReport.Decision(rawValue: request.decision.lowercased())
        if choice == nil {
            problem(labels.decision, "'\(TextInput.excerpt(request.decision))' is not a decision.\(Suggestion.didYouMean(request.decision, in: SlateReport.Decision.allCases.map(\.rawValue))) Write extend, iterate or sunset.")
        }
        let reason = request.why?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if reason.isEmpty {
            problem(labels.why, "missing; a decision is recorded with its reason. \(labels.whyFix)")
        } else if reason.count > whyLimit {
            problem(labels.why, "\(reason.count) characters; keep the reason to at most 2,000.")
        }
        if let episodes = request.episodes, episodes < 1 {
            problem(labels.episodes, "\(episodes) is not a number of episodes; write 1 or more, or leave it out for the rest of the season.")
        }
        if request.episodes != nil, let choice, choice != .extend {
            problem(labels.episodes, "only extend makes episodes; leave it out for \(choice.rawValue).")
        }
        var report: SlateReport?
        let reportURL = root.appendingPathComponent(SlateReport.fileName)
        if FileManager.default.fileExists(atPath: reportURL.path) {
            do {
                report = try JSONDecoder().decode(SlateReport.self, from: Data(contentsOf: reportURL))
            } catch {
                problem(reportName, "not a slate report (\(error.localizedDescription)). Make it again: cliff slate report \(shown)")
            }
        } else {
            problem(reportName, "no report yet; a decision is taken on the report's figures. Run: cliff slate report \(shown)")
        }
        let entry = report?.entries.first { $0.id == series }
        if report != nil, index != nil, entry == nil {
            problem(reportName, "the report does not list '\(series)'. Make it again: cliff slate report \(shown)")
        }
        if let index, manifest.series[index].status == .sunset, choice != nil {
            problem(series, "the series is sunset (\(manifestName)); to take it up again, remove its 'status: sunset' line first.")
        }
        var nextEpisodes: [Int] = []
        if let index, choice == .extend {
            let record = manifest.series[index]
            let first = record.pilotEpisodes + 1
            let last = min(record.seasonEpisodes, record.pilotEpisodes + (request.episodes ?? record.seasonEpisodes))
            if first > record.seasonEpisodes {
                problem(series, "the pilot is the whole season (\(record.seasonEpisodes) episodes); there is nothing to extend. Write more episodes into its series.yaml first.")
            } else if first <= last {
                nextEpisodes = Array(first...last)
                let folder = root.appendingPathComponent(record.folder)
                let written = Set(SeriesProject(root: folder).scriptsOnDisk().map(\.number))
                let missing = nextEpisodes.filter { !written.contains($0) }
                if !missing.isEmpty {
                    problem(
                        "\(shown)/\(record.folder)",
                        "episodes \(ranges(missing)) have no script. Write them first: cliff write \(shown)/\(record.folder) --episodes \(ranges(missing))")
                }
            }
        }
        guard problems.isEmpty, let index, let choice, let entry else {
            throw SlateError(
                code: .invalidDecision,
                message: "cannot record the decision; nothing was changed (\(problems.count == 1 ? "a problem" : "\(problems.count) problems")).",
                diagnostics: problems)
        }
        let record = manifest.series[index]
        var details = [
            "decision": choice.rawValue, "why": reason, "slate": shown, "series": record.id,
            "report.recommended": entry.decision?.rawValue ?? "not measured",
        ]
        if let score = entry.score, let low = entry.low, let high = entry.high, let rank = entry.rank {
            details["report.score"] = String(format: "%.1f", score)
            details["report.interval"] = String(format: "%.1f-%.1f", low, high)
            details["report.rank"] = "\(rank) of \(report?.entries.filter { $0.rank != nil }.count ?? 0)"
        }
        if !entry.evidence.isEmpty { details["report.evidence"] = entry.evidence.joined(separator: " | ") }
        if report?.synthetic == true { details["report.synthetic"] = "true" }
        let folder = "\(shown)/\(record.folder)"
        switch choice {
        case .extend:
            details["episodes"] = ranges(nextEpisodes)
        case .iterate:
            if let spot = entry.weakSpot {
                details["rewrite"] = spot.target
                details["insight"] = spot.finding
                details["note"] = spot.note
            }
            details["instruction"] = "rewrite \(entry.weakSpot?.target ?? "the pilot's weakest beat (cliff insights \(folder))") in \(folder), then cliff slate produce, simulate or publish, and report again"
        case .sunset:
            details["slate.yaml"] = "marked sunset; files kept"
        }
        var stopped: StoppedCalendar?
        if choice == .sunset {
            do {
                stopped = try await store()?.stopCalendar(series: record.folder, by: actor, now: now)
            } catch {
                throw SlateError(code: .fileUnwritable, message: "cannot stop the release calendar of \(record.id) in the studio store: \(error.message); nothing was changed", underlying: error)
            }
            details["calendar"] = stopped.map { describe($0, scripts: SeriesProject(root: root.appendingPathComponent(record.folder)).scriptsOnDisk().map(\.number)) }
                ?? "no release calendar in the studio store (\(shown)/\(ProjectLayout(root: root).studioDatabase.lastPathComponent)): nothing to stop"
        }
        let audited: AuditRecord
        do {
            audited = try AuditLog(projectRoot: root.appendingPathComponent(record.folder))
                .append(kind: "slate.decision", actor: actor, subject: "series \(record.id)", details: details)
        } catch {
            throw SlateError(code: .fileUnwritable, message: "cannot write the decision into \(folder)/governance/audit.jsonl: \(error.message); nothing else was changed", underlying: error)
        }
        if choice == .sunset {
            manifest.series[index].status = .sunset
            do {
                try AtomicFile.write(manifest.yaml, to: root.appendingPathComponent(SlateManifest.fileName))
            } catch {
                throw SlateError(
                    code: .fileUnwritable,
                    message: "the decision is recorded (audit record \(audited.sequence)), but \(manifestName) could not be rewritten: \(error); add 'status: sunset' under \(record.id) by hand",
                    underlying: error)
            }
        }
        return SlateDecisionRecord(
            decision: choice, series: record, actor: actor, sequence: audited.sequence, details: details, episodes: nextEpisodes, manifest: manifest,
            stoppedCalendar: stopped)
    }

    /// What a stop did, for the audit log and the command's output: `stopped at 2026-12-06T01:00:00Z
    /// (3 at launch on 2026-12-07 20:00 UTC, then 1 a day); released before the stop, staying on
    /// the channel: 1-2; not released, now without a release time: 3-60`.
    package static func describe(_ stop: StoppedCalendar, scripts: [Int]) -> String {
        let c = stop.calendar
        let released = Set(stop.released)
        let waiting = scripts.filter { !released.contains($0) }
        var text = stop.stoppedNow ? "stopped at \(c.stopped ?? "")" : "already stopped at \(c.stopped ?? "")"
        text += " (\(c.launchEpisodes) at launch on \(c.launchDate) \(c.time) \(c.timeZone), then \(c.perDay) a day"
        text += c.paywallFrom.map { "; paywall from episode \($0))" } ?? ")"
        text += "; released before the stop, staying on the channel: \(released.isEmpty ? "none" : ranges(Array(released)))"
        text += "; not released, now without a release time: \(waiting.isEmpty ? "none" : ranges(waiting))"
        return text
    }

    /// The command that makes an extended series' episodes from the command line, as the
    /// slate's deliverable: `cliff produce spring/paper-vows --episodes 4-12 --preview`.
    /// - Parameters:
    ///   - slate: the slate folder as the user names it (`spring`).
    ///   - episodes: the episodes as ranges (`4-12`).
    package static func produceCommand(slate: String, series: SlateManifest.Series, episodes: String, manifest: SlateManifest) -> String {
        "cliff produce \(slate)/\(series.folder) --episodes \(episodes)\(manifest.deliverable == .preview ? " --preview" : "")"
    }

    /// `4-12`, `4-6,9`: episode numbers as ranges.
    package static func ranges(_ numbers: [Int]) -> String { EpisodeRanges.text(numbers) }
}
