public import Foundation

/// A person's consent to the use of their likeness or voice: what it covers, where, until when,
/// and the hash of the signed evidence.
public struct ConsentRecord: Sendable, Hashable, Codable {
    /// Id characters reference (`Likeness.realPerson(consent: "c-jane-doe")`).
    public var id: String
    /// The person who consented, as named in the evidence.
    public var person: String
    /// What may be used: likeness, voice or both.
    public var scopes: [ConsentScope]
    /// What it may be used for.
    public var uses: [ConsentUse]
    /// Where (ISO codes such as `CN`, `EU`, `US`), or `*` for everywhere.
    public var territories: [String]
    /// Last day of validity, `YYYY-MM-DD` (UTC); nil for no end date.
    public var expires: String?
    /// SHA-256 of the evidence file (the signed release), 64 hex digits.
    public var evidenceSHA256: String
    /// The evidence file's path relative to the project, when it is kept there.
    public var evidenceFile: String?
    /// When it was recorded, `YYYY-MM-DD`.
    public var recorded: String
    /// Set when the person withdrew their consent.
    package var revocation: Revocation?

    /// Creates a record.
    package init(
        id: String, person: String, scopes: [ConsentScope], uses: [ConsentUse], territories: [String], expires: String?,
        evidenceSHA256: String, evidenceFile: String? = nil, recorded: String, revocation: Revocation? = nil
    ) {
        self.id = id
        self.person = person
        self.scopes = scopes
        self.uses = uses
        self.territories = territories
        self.expires = expires
        self.evidenceSHA256 = evidenceSHA256
        self.evidenceFile = evidenceFile
        self.recorded = recorded
        self.revocation = revocation
    }

    enum CodingKeys: String, CodingKey {
        case id, person, scopes, uses, territories, expires, recorded, revocation
        case evidenceSHA256 = "evidence_sha256"
        case evidenceFile = "evidence_file"
    }

    /// A withdrawal of consent.
    package struct Revocation: Sendable, Hashable, Codable {
        /// The day it took effect, `YYYY-MM-DD`.
        package var date: String
        /// Why, as stated.
        package var reason: String
        /// Creates a revocation.
        package init(date: String, reason: String) {
            self.date = date
            self.reason = reason
        }
    }

    /// `YYYY-MM-DD` of `date` in UTC.
    public static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// Whether `text` is a `YYYY-MM-DD` date.
    public static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}

/// What a consent covers.
public enum ConsentScope: String, Sendable, Hashable, Codable, CaseIterable {
    /// The person's face and appearance.
    case likeness
    /// The person's voice (a cloned or imitated voice).
    case voice
}

/// What a consent allows.
public enum ConsentUse: String, Sendable, Hashable, Codable, CaseIterable {
    /// Generating pictures, video or speech of the person.
    case generation
    /// Publishing the result.
    case publication
    /// Using the result in advertising for the series.
    case promotion
}
