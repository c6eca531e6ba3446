/// The outcome of a governance check: policy findings, and problems with consent, labels,
/// metadata or provenance.
public struct GateReport: Sendable, Hashable {
    /// Every policy finding, info included.
    public var findings: [PolicyFinding]
    /// Whether anything stops the work: a block finding or any problem.
    public var blocked: Bool
    /// Needs-review findings no reviewer has overridden yet: they stop the work too.
    public var needsReview: [PolicyFinding]
    /// Needs-review findings a reviewer overrode (recorded in the audit log).
    public var overridden: [PolicyFinding]
    /// Consent, label, metadata and provenance problems.
    package var problems: [GateProblem]

    /// Creates a report; `blocked` is computed.
    package init(findings: [PolicyFinding], needsReview: [PolicyFinding], overridden: [PolicyFinding], problems: [GateProblem]) {
        self.findings = findings
        self.needsReview = needsReview
        self.overridden = overridden
        self.problems = problems
        self.blocked = !problems.isEmpty || findings.contains { $0.severity == .block }
    }

    /// Findings that block and cannot be overridden.
    public var blocking: [PolicyFinding] { findings.filter { $0.severity == .block } }

    /// Whether the work may go on: nothing blocks and nothing awaits review.
    public var passed: Bool { !blocked && needsReview.isEmpty }

    /// Every reason the work may not go on, one per line.
    public var reasons: [String] {
        problems.map(\.message) + blocking.map(\.description)
            + needsReview.map { "\($0.description) A reviewer may override it: cliff policy override <project> \($0.id) --by <name> --role reviewer --reason \"…\"" }
    }

    /// Throws when the work may not go on, with every reason in the message.
    /// - Throws: `GovernanceError` with the code of the first problem (`.consentMissing`,
    ///   `.consentInvalid`, `.labelMissing`, `.metadataMissing`, `.provenanceInvalid`), else
    ///   `.policyBlocked`.
    public func requirePassed(_ what: String) throws(GovernanceError) {
        guard !passed else { return }
        let reasons = reasons
        throw GovernanceError(
            code: problems.first?.code ?? .policyBlocked,
            message: "\(what) refused: \(reasons.count) problem\(reasons.count == 1 ? "" : "s").\n" + reasons.map { "  - " + $0 }.joined(separator: "\n"))
    }
}

/// A problem that is not a policy finding: a consent, a label, the metadata, the manifest.
package struct GateProblem: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem (a `GovernanceError.Code`).
    package var code: GovernanceError.Code
    /// What, where, how to fix.
    package var message: String

    /// Creates a problem.
    package init(code: GovernanceError.Code, message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }
}
