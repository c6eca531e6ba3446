/// One entry of the audit log: who did what to what, chained to the entry before it.
package struct AuditRecord: Sendable, Hashable, Codable {
    /// 1-based position in the log.
    package var sequence: Int
    /// When, ISO 8601 in UTC.
    package var time: String
    /// What happened: `consent.add`, `consent.revoke`, `policy.check`, `policy.override`,
    /// `approval`, `publication`, `provenance.sign`.
    package var kind: String
    /// Who did it (a user name, or `cliff` for automatic checks).
    package var actor: String
    /// What it was about (`episode 3`, a consent id, a finding id).
    package var subject: String
    /// Further facts.
    package var details: [String: String]
    /// The previous record's `hash` (64 zeros for the first record).
    package var previous: String
    /// SHA-256 of this record's canonical JSON without `hash`.
    package var hash: String

    /// Creates a record (the log computes `hash`).
    package init(
        sequence: Int, time: String, kind: String, actor: String, subject: String, details: [String: String], previous: String,
        hash: String
    ) {
        self.sequence = sequence
        self.time = time
        self.kind = kind
        self.actor = actor
        self.subject = subject
        self.details = details
        self.previous = previous
        self.hash = hash
    }
}

/// The outcome of checking the audit log's chain.
package struct AuditVerification: Sendable, Hashable, CustomStringConvertible {
    /// Records read.
    package var records: Int
    /// The first record that does not fit the chain (1-based line), nil when intact.
    package var firstBadRecord: Int?
    /// What is wrong with it, for people.
    package var problem: String?

    /// Whether the chain is intact.
    package var isIntact: Bool { firstBadRecord == nil }

    /// Creates a verification result.
    package init(records: Int, firstBadRecord: Int? = nil, problem: String? = nil) {
        self.records = records
        self.firstBadRecord = firstBadRecord
        self.problem = problem
    }

    package var description: String {
        if let firstBadRecord, let problem { return "audit log broken at record \(firstBadRecord): \(problem)" }
        return "audit log intact: \(records) record\(records == 1 ? "" : "s")"
    }
}
