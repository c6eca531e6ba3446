/// Something the policy gate found: which rule, how serious, and exactly where.
public struct PolicyFinding: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Stable id: a hash of the rule, the place (episode and field) and the normalised text,
    /// so it survives edits elsewhere in the script. Overrides name it.
    public var id: String
    /// The rule that fired.
    public var rule: String
    /// The rule's category.
    package var category: PolicyCategory
    /// How serious it is (after the project's audience age is applied).
    package var severity: PolicySeverity
    /// Where it is.
    package var location: PolicyLocation
    /// The terms that matched, normalised.
    public var matched: [String]
    /// The text it was found in, shortened.
    public var excerpt: String
    /// What to do about it.
    public var advice: String

    /// Creates a finding.
    package init(
        id: String, rule: String, category: PolicyCategory, severity: PolicySeverity, location: PolicyLocation,
        matched: [String], excerpt: String, advice: String
    ) {
        self.id = id
        self.rule = rule
        self.category = category
        self.severity = severity
        self.location = location
        self.matched = matched
        self.excerpt = excerpt
        self.advice = advice
    }

    /// `block en.hate at episode 3, scene 2, line 41: "…" (matched: chink) [id 1a2b…]`.
    public var description: String {
        "\(severity.rawValue) \(rule) at \(location): \"\(excerpt)\" (matched: \(matched.joined(separator: ", "))). \(advice) [finding \(id)]"
    }
}

/// Where a finding is: an episode's scene and line, or a metadata field or prompt.
package struct PolicyLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Episode number, for script findings.
    package var episode: Int?
    /// 1-based scene number in the episode (0 before the first scene heading).
    package var scene: Int?
    /// 1-based line in the script file.
    package var line: Int?
    /// For metadata and prompts: the field path (`characters[lin-wan].look.outfit`, `prompt shot 3`).
    package var field: String?

    /// Creates a location.
    package init(episode: Int? = nil, scene: Int? = nil, line: Int? = nil, field: String? = nil) {
        self.episode = episode
        self.scene = scene
        self.line = line
        self.field = field
    }

    /// `episode 3, scene 2, line 41` or `series.yaml characters[lin-wan].description`.
    package var description: String {
        var parts: [String] = []
        if let episode { parts.append("episode \(episode)") }
        if let scene { parts.append("scene \(scene)") }
        if let line { parts.append("line \(line)") }
        if let field { parts.append(field) }
        return parts.joined(separator: ", ")
    }
}
