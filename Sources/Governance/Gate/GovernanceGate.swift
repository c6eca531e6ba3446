import Basics
public import DramaModel
import Editing
public import Foundation

/// The checks that stand before generation and before publishing: policy, consent, labels,
/// metadata and provenance. The Studio and the `cliff` commands call it.
///
/// ```swift
/// let gate = try GovernanceGate(projectRoot: root)
/// let report = try gate.checkBeforeGeneration(series: series, scripts: [1: text])
/// try report.requirePassed("generation")
/// ```
public struct GovernanceGate: Sendable {
    /// Roles that may override a needs-review finding.
    public static let overrideRoles: Set<String> = ["reviewer", "admin", "owner"]

    /// The project folder.
    public let projectRoot: URL
    /// Where the project's policy and consents are kept: the project itself, or for a localised
    /// edition (`<series>/editions/<lang>/`) its series — the same people play in every edition,
    /// under the consents they gave the series, and the series' policy holds for each edition.
    public let governedRoot: URL
    /// The rules in force (built-in plus `governance/policy.yaml` of ``governedRoot``).
    package let rules: PolicyRuleSet
    /// The policy gate compiled from `rules`.
    package let policy: PolicyGate
    /// The audit log.
    public let audit: AuditLog

    /// Opens the gate of the project at `projectRoot`.
    /// - Throws: `GovernanceError` `.invalidRules` for a bad `governance/policy.yaml`, `.storeFailed`.
    public init(projectRoot: URL) throws(GovernanceError) {
        self.projectRoot = projectRoot
        self.governedRoot = Self.governedRoot(of: projectRoot)
        self.rules = try PolicyRuleSet.load(projectRoot: governedRoot)
        self.policy = PolicyGate(rules: rules)
        self.audit = try AuditLog(projectRoot: projectRoot)
    }

    /// Policy and consent over the series and its scripts (episode number → Fountain text),
    /// before any generation. Records the decision in the audit log (unless `recording` is
    /// false: a dry run writes nothing).
    /// - Throws: `GovernanceError` `.storeFailed` when governance files cannot be read or written.
    public func checkBeforeGeneration(series: Series, scripts: [Int: String], actor: String = "cliff", recording: Bool = true) throws(GovernanceError) -> GateReport {
        var findings = policy.scan(series: series)
        for (episode, text) in scripts.sorted(by: { $0.key < $1.key }) { findings += policy.scan(script: text, episode: episode) }
        let problems = try consentProblems(series: series, use: .generation)
        let report = try report(findings, problems)
        if recording { try record(report, kind: "policy.check.generation", actor: actor, subject: "episodes \(Self.episodes(scripts.keys))") }
        return report
    }

    /// Policy over what a writer is about to write — the premise and the rest of the bible,
    /// and the scripts (episode number → Fountain text) — before anything is written
    /// (`cliff new`, `cliff write`). Records nothing; overrides already recorded apply.
    /// - Throws: `GovernanceError` `.storeFailed` when the audit log cannot be read.
    public func checkBeforeWriting(series: Series, scripts: [Int: String]) throws(GovernanceError) -> GateReport {
        var findings = policy.scan(series: series)
        for (episode, text) in scripts.sorted(by: { $0.key < $1.key }) { findings += policy.scan(script: text, episode: episode) }
        return try report(findings, [])
    }

    /// Before publishing episode `episode` whose rendered file is `video`: policy over the series
    /// and the script, consent valid for publication, the visible label in the pixels and in
    /// the manifest, the AIGC metadata, and the signed manifest matching the file.
    /// - Throws: `GovernanceError` `.storeFailed`, `.toolMissing` (ffmpeg cannot read the video).
    public func checkBeforePublishing(episode: Int, video: URL, series: Series, script: String, actor: String = "cliff") async throws(GovernanceError) -> GateReport {
        let findings = policy.scan(series: series) + policy.scan(script: script, episode: episode)
        var problems = try consentProblems(series: series, use: .publication)
        let name = "episode \(episode) (\(video.lastPathComponent))"
        if FileManager.default.fileExists(atPath: video.path) {
            let tools: MediaTools
            do {
                tools = try MediaTools.locate()
            } catch {
                throw GovernanceError(code: .toolMissing, message: error.message)
            }
            let inspection = try await LabelInspector(tools: tools).inspect(video)
            if !inspection.hasVisibleLabel {
                problems.append(GateProblem(
                    code: .labelMissing,
                    message: "\(name) does not show the visible AI label at the top of its opening 2 s (frames at \(LabelInspector.sampleTimes.map { "\($0) s" }.joined(separator: ", ")) checked). Render it with cliff render, which burns the label in; labels may not be removed."))
            }
            if !inspection.hasAIGCMetadata {
                problems.append(GateProblem(
                    code: .metadataMissing,
                    message: "\(name) lacks the AIGC metadata tag (Label 1, ContentProducer, ProduceID) that GB 45438 requires. Render it with cliff render; do not remux it without -movflags use_metadata_tags."))
            }
            do {
                let manifest = try ProvenanceVerifier.verify(video: video, projectRoot: projectRoot)
                if manifest.visibleLabel == nil {
                    problems.append(GateProblem(
                        code: .labelMissing, message: "\(name): its provenance manifest records no visible AI label; render it again with cliff render."))
                }
            } catch {
                problems.append(GateProblem(code: error.code, message: error.message))
            }
        } else {
            problems.append(GateProblem(code: .provenanceInvalid, message: "\(name) does not exist at \(video.path); render it with cliff render first."))
        }
        let report = try report(findings, problems)
        try record(report, kind: "policy.check.publication", actor: actor, subject: "episode \(episode)")
        return report
    }

    /// Where the policy and consents of the project at `root` are kept: `root`, or for an
    /// edition its series' folder.
    public static func governedRoot(of root: URL) -> URL {
        ProjectLayout(root: root).editionSource ?? root
    }

    /// Consent problems of `series` for `use`, in the project's territories, today.
    /// - Throws: `GovernanceError` `.storeFailed` when `governance/consents.yaml` is unreadable.
    package func consentProblems(series: Series, use: ConsentUse, on date: Date = Date()) throws(GovernanceError) -> [GateProblem] {
        try ConsentRegistry(projectRoot: governedRoot).problems(series: series, use: use, territories: rules.territories, on: date)
            .map { GateProblem(code: $0.code, message: $0.message) }
    }

    /// Overrides a needs-review finding from the latest check, recording who, in which role,
    /// and why in the audit log. Later checks treat the finding as reviewed.
    /// - Throws: `GovernanceError` `.overrideRefused` for a block finding, an unknown finding,
    ///   a role that may not override, or an empty reason; `.storeFailed`.
    @discardableResult
    package func recordOverride(findingID: String, by actor: String, role: String, reason: String) throws(GovernanceError) -> AuditRecord {
        guard Self.overrideRoles.contains(role.lowercased()) else {
            throw GovernanceError(
                code: .overrideRefused,
                message: "\(actor) acts as '\(role)', which may not override findings; a \(Self.overrideRoles.sorted().joined(separator: ", ")) must do it.")
        }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw GovernanceError(code: .overrideRefused, message: "an override needs a reason; give --reason \"why this is acceptable\".")
        }
        guard let finding = try latestFindings().first(where: { $0.id == findingID }) else {
            throw GovernanceError(
                code: .overrideRefused,
                message: "there is no finding '\(findingID)' in the latest check; run the check again (cliff policy check) and copy the id it prints.")
        }
        guard finding.severity == .needsReview else {
            throw GovernanceError(
                code: .overrideRefused,
                message: "finding \(findingID) (\(finding.rule) at \(finding.location)) is a \(finding.severity.rawValue) finding; only needs-review findings may be overridden. Change the content instead.")
        }
        return try audit.append(
            kind: "policy.override", actor: actor, subject: findingID,
            details: ["role": role, "reason": trimmed, "rule": finding.rule, "location": finding.location.description, "excerpt": finding.excerpt])
    }

    /// Finding ids a reviewer has overridden, from the audit log.
    /// - Throws: `GovernanceError` `.storeFailed`, `.auditTampered`.
    public func overriddenFindings() throws(GovernanceError) -> Set<String> {
        Set(try audit.records().filter { $0.kind == "policy.override" }.map(\.subject))
    }

    // MARK: Internals

    private var findingsURL: URL { projectRoot.appendingPathComponent("governance/findings.json") }

    private func latestFindings() throws(GovernanceError) -> [PolicyFinding] {
        guard FileManager.default.fileExists(atPath: findingsURL.path) else { return [] }
        let data: Data
        do {
            data = try Data(contentsOf: findingsURL)
        } catch {
            throw GovernanceError(
                code: .storeFailed, message: "governance/findings.json cannot be read (\(error.localizedDescription)); nothing was checked.",
                hint: "make the file readable, or move it aside: the next check rewrites it (overrides are kept in the audit log)")
        }
        do {
            return try JSONDecoder().decode([PolicyFinding].self, from: data)
        } catch {
            throw GovernanceError(
                code: .invalidRules, message: "governance/findings.json is damaged (\(error)); nothing was checked.",
                hint: "move governance/findings.json aside: the next check rewrites it (overrides are kept in the audit log)")
        }
    }

    private func report(_ findings: [PolicyFinding], _ problems: [GateProblem]) throws(GovernanceError) -> GateReport {
        let overrides = try overriddenFindings()
        let review = findings.filter { $0.severity == .needsReview }
        return GateReport(
            findings: findings, needsReview: review.filter { !overrides.contains($0.id) },
            overridden: review.filter { overrides.contains($0.id) }, problems: problems)
    }

    private func record(_ report: GateReport, kind: String, actor: String, subject: String) throws(GovernanceError) {
        // The latest findings, merged by id, so a reviewer can override any of them by id.
        var known = Dictionary(try latestFindings().map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        for finding in report.findings { known[finding.id] = finding }
        try AtomicWrite.write(try SignedManifest.canonicalBytes(known.values.sorted { $0.id < $1.id }), to: findingsURL)
        var details = [
            "decision": report.passed ? "passed" : report.blocked ? "blocked" : "needs-review",
            "block": String(report.blocking.count), "needs_review": String(report.needsReview.count),
            "overridden": String(report.overridden.count), "problems": String(report.problems.count),
        ]
        if !report.blocking.isEmpty { details["block_findings"] = report.blocking.map(\.id).joined(separator: ",") }
        if !report.needsReview.isEmpty { details["review_findings"] = report.needsReview.map(\.id).joined(separator: ",") }
        if !report.problems.isEmpty { details["problem_codes"] = report.problems.map(\.code.description).joined(separator: ",") }
        try audit.append(kind: kind, actor: actor, subject: subject, details: details)
    }

    private static func episodes(_ numbers: some Collection<Int>) -> String {
        let sorted = numbers.sorted()
        guard let first = sorted.first, let last = sorted.last else { return "none" }
        return first == last ? "\(first)" : "\(first)-\(last)"
    }
}
