/// One rule of the policy gate: what it looks for, where, and how serious a match is.
///
/// A rule fires on a piece of text (one script line, one metadata field, one prompt) when any
/// of its `terms` occurs, or when every group of `allOf` has a term in that same piece (sexual
/// words next to words for minors).
package struct PolicyRule: Sendable, Hashable {
    /// Stable id (`en.self-harm.instructions`), named in findings, `disable:` lists and overrides.
    package var id: String
    /// What kind of content it is about.
    package var category: PolicyCategory
    /// How serious a match is.
    package var severity: PolicySeverity
    /// Where it looks.
    package var scopes: Set<PolicyScope>
    /// Any one of these matches.
    package var terms: [String]
    /// One term of every group must occur in the same piece of text.
    package var allOf: [[String]]
    /// For age-rating rules: the youngest audience this content suits. When the project's
    /// `audience_age` is below it, an `info` finding becomes `needsReview`.
    package var minimumAge: Int?
    /// What is wrong and how to fix it, for people.
    package var advice: String

    /// Creates a rule.
    package init(
        id: String, category: PolicyCategory, severity: PolicySeverity, scopes: Set<PolicyScope> = Set(PolicyScope.allCases),
        terms: [String] = [], allOf: [[String]] = [], minimumAge: Int? = nil, advice: String = ""
    ) {
        self.id = id
        self.category = category
        self.severity = severity
        self.scopes = scopes
        self.terms = terms
        self.allOf = allOf
        self.minimumAge = minimumAge
        self.advice = advice
    }
}

/// What a policy rule is about.
package enum PolicyCategory: String, Sendable, Hashable, CaseIterable, Codable {
    /// Sexual content involving minors: always on, always blocks, cannot be configured off.
    case minorsSexual = "minors-sexual"
    /// Real political figures.
    case politicalFigure = "political-figure"
    /// Hate speech and slurs.
    case hate
    /// Self-harm instructions (and, as information, mentions).
    case selfHarm = "self-harm"
    /// Copyrighted styles and protected characters in prompts and metadata.
    case copyrightedStyle = "copyrighted-style"
    /// Content a channel's age rating may not allow.
    case ageRating = "age-rating"
}

/// How serious a finding is.
package enum PolicySeverity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Stops generation and publishing; cannot be overridden.
    case block
    /// Stops until a reviewer overrides it with a reason.
    case needsReview = "needs-review"
    /// Reported, stops nothing.
    case info

    private var rank: Int {
        switch self {
        case .block: 2
        case .needsReview: 1
        case .info: 0
        }
    }

    /// Less serious first.
    package static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// Where a rule looks.
package enum PolicyScope: String, Sendable, Hashable, CaseIterable, Codable {
    /// Script lines.
    case script
    /// Series metadata: title, premise, tone, names, descriptions.
    case metadata
    /// Generator prompts: look and voice descriptions, prompt text sent to a generator.
    case prompt
}
