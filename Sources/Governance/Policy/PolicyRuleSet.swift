package import Foundation
import Yams

/// The rules the policy gate applies: the built-in zh and en sets, changed by the project's
/// `governance/policy.yaml`.
///
/// ```yaml
/// audience_age: 12            # youngest viewers of the channel: age-rating rules above it need review
/// territories: [CN, EU]       # where the series is published: consents must cover them
/// disable: [en.political-figure]
/// severity:
///   en.copyrighted-style: block
/// rules:
///   - id: project.rival-brand
///     category: copyrighted-style
///     severity: needs-review
///     scope: [prompt, metadata, script]
///     terms: [acme cola]
/// ```
///
/// Rules of the `minors-sexual` category are always on: a project file that disables one,
/// lowers its severity or adds one that does not block is refused.
package struct PolicyRuleSet: Sendable, Hashable {
    /// The rules in force.
    package var rules: [PolicyRule]
    /// The youngest audience the project's channels admit; nil means no age-rating review.
    package var audienceAge: Int?
    /// Territories the series is published in (ISO codes such as `CN`, `EU`, `US`); empty
    /// means no territory is named, and consents are not checked for territory.
    package var territories: [String]

    /// Creates a rule set.
    package init(rules: [PolicyRule], audienceAge: Int? = nil, territories: [String] = []) {
        self.rules = rules
        self.audienceAge = audienceAge
        self.territories = territories
    }

    /// The built-in zh and en rules.
    package static let builtIn: PolicyRuleSet = {
        do {
            let rules = try parseRules(BuiltInPolicyRules.english, file: "built-in en rules")
                + parseRules(BuiltInPolicyRules.chinese, file: "built-in zh rules")
            return PolicyRuleSet(rules: rules)
        } catch {
            preconditionFailure("the built-in policy rules must parse: \(error)")
        }
    }()

    /// `governance/policy.yaml` under `projectRoot`.
    package static func fileURL(projectRoot: URL) -> URL {
        projectRoot.appendingPathComponent("governance/policy.yaml")
    }

    /// The built-in rules changed by the project's `governance/policy.yaml`, if there is one.
    /// - Throws: `GovernanceError` `.invalidRules` (malformed file, unknown rule id, an attempt
    ///   to switch off or weaken a minors rule) or `.storeFailed` (unreadable file).
    package static func load(projectRoot: URL) throws(GovernanceError) -> PolicyRuleSet {
        let url = fileURL(projectRoot: projectRoot)
        guard FileManager.default.fileExists(atPath: url.path) else { return builtIn }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GovernanceError(code: .storeFailed, message: "cannot read governance/policy.yaml: \(error.localizedDescription). Check its permissions and that it is UTF-8.")
        }
        return try builtIn.applying(projectFile: text, file: "governance/policy.yaml")
    }

    /// This rule set changed by a project policy file's text.
    /// - Throws: `GovernanceError` `.invalidRules`.
    package func applying(projectFile text: String, file: String = "governance/policy.yaml") throws(GovernanceError) -> PolicyRuleSet {
        let root = try Self.mapping(text, file: file)
        var result = self
        let known = ["audience_age", "territories", "disable", "severity", "rules"]
        for key in root.keys where !known.contains(key) {
            throw Self.invalid(file, key, "is not a policy setting (expected one of \(known.joined(separator: ", ")))")
        }
        if let age = root["audience_age"] {
            guard let value = age as? Int, (0...21).contains(value) else { throw Self.invalid(file, "audience_age", "must be a whole number of years from 0 to 21") }
            result.audienceAge = value
        }
        if let territories = root["territories"] {
            guard let list = territories as? [Any], let codes = list.map({ ($0 as? String).map { $0.uppercased() } }) as? [String] else {
                throw Self.invalid(file, "territories", "must be a list of codes such as [CN, EU, US]")
            }
            result.territories = codes
        }
        if let disable = root["disable"] {
            guard let ids = (disable as? [Any])?.compactMap({ $0 as? String }), ids.count == (disable as? [Any])?.count else {
                throw Self.invalid(file, "disable", "must be a list of rule ids")
            }
            for id in ids {
                guard let rule = result.rules.first(where: { $0.id == id }) else {
                    throw Self.invalid(file, "disable", "names '\(id)', which is no rule (rules: \(result.rules.map(\.id).joined(separator: ", ")))")
                }
                if rule.category == .minorsSexual {
                    throw Self.invalid(file, "disable", "cannot switch off '\(id)': rules about sexual content involving minors are always on. Remove it from the list")
                }
            }
            result.rules.removeAll { ids.contains($0.id) }
        }
        if let severity = root["severity"] {
            guard let changes = severity as? [String: Any] else { throw Self.invalid(file, "severity", "must map rule ids to block, needs-review or info") }
            for (id, value) in changes.sorted(by: { $0.key < $1.key }) {
                guard let text = value as? String, let level = PolicySeverity(rawValue: text) else {
                    throw Self.invalid(file, "severity.\(id)", "must be block, needs-review or info")
                }
                guard let index = result.rules.firstIndex(where: { $0.id == id }) else {
                    throw Self.invalid(file, "severity.\(id)", "names no rule in force")
                }
                if result.rules[index].category == .minorsSexual, level != .block {
                    throw Self.invalid(file, "severity.\(id)", "cannot lower a minors rule: it always blocks. Remove this line")
                }
                result.rules[index].severity = level
            }
        }
        if root["rules"] != nil {
            let added = try Self.rules(from: root, file: file)
            for rule in added {
                if result.rules.contains(where: { $0.id == rule.id }) {
                    throw Self.invalid(file, "rules", "'\(rule.id)' is already a rule; give the project's rule its own id")
                }
            }
            result.rules += added
        }
        return result
    }

    // MARK: Parsing

    static func parseRules(_ text: String, file: String) throws(GovernanceError) -> [PolicyRule] {
        try rules(from: mapping(text, file: file), file: file)
    }

    private static func mapping(_ text: String, file: String) throws(GovernanceError) -> [String: Any] {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text)
        } catch {
            throw GovernanceError(code: .invalidRules, message: "\(file) is not valid YAML: \(error). Fix the syntax and run again.")
        }
        guard let loaded else { return [:] }
        guard let root = loaded as? [String: Any] else {
            throw GovernanceError(code: .invalidRules, message: "\(file) must be a mapping (audience_age, territories, disable, severity, rules).")
        }
        return root
    }

    private static func rules(from root: [String: Any], file: String) throws(GovernanceError) -> [PolicyRule] {
        guard let items = root["rules"] as? [Any] else { throw invalid(file, "rules", "must be a list of rules") }
        var rules: [PolicyRule] = []
        for (index, item) in items.enumerated() {
            let path = "rules[\(index)]"
            guard let m = item as? [String: Any] else { throw invalid(file, path, "must be a mapping with id, category, severity and terms") }
            let keys = ["id", "category", "severity", "scope", "terms", "all", "min_age", "advice"]
            for key in m.keys where !keys.contains(key) { throw invalid(file, "\(path).\(key)", "is not a rule field (expected \(keys.joined(separator: ", ")))") }
            guard let id = m["id"] as? String, !id.isEmpty else { throw invalid(file, "\(path).id", "is missing") }
            guard let categoryText = m["category"] as? String, let category = PolicyCategory(rawValue: categoryText) else {
                throw invalid(file, "\(path).category", "must be one of \(PolicyCategory.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let severityText = m["severity"] as? String, let severity = PolicySeverity(rawValue: severityText) else {
                throw invalid(file, "\(path).severity", "must be block, needs-review or info")
            }
            if category == .minorsSexual, severity != .block {
                throw invalid(file, "\(path).severity", "a minors-sexual rule always blocks; write severity: block")
            }
            var scopes = Set(PolicyScope.allCases)
            if let scope = m["scope"] {
                guard let list = scope as? [Any] else { throw invalid(file, "\(path).scope", "must be a list of script, metadata, prompt") }
                scopes = []
                for entry in list {
                    guard let text = entry as? String, let value = PolicyScope(rawValue: text) else {
                        throw invalid(file, "\(path).scope", "must list script, metadata or prompt")
                    }
                    scopes.insert(value)
                }
            }
            let terms = try strings(m["terms"], file, "\(path).terms")
            var groups: [[String]] = []
            if let all = m["all"] {
                guard let list = all as? [Any] else { throw invalid(file, "\(path).all", "must be a list of term lists") }
                for (g, group) in list.enumerated() { groups.append(try strings(group, file, "\(path).all[\(g)]")) }
            }
            guard !terms.isEmpty || groups.count >= 1 else { throw invalid(file, path, "needs terms or all") }
            var minimumAge: Int?
            if let age = m["min_age"] {
                guard let value = age as? Int else { throw invalid(file, "\(path).min_age", "must be a whole number of years") }
                minimumAge = value
            }
            rules.append(PolicyRule(
                id: id, category: category, severity: severity, scopes: scopes, terms: terms, allOf: groups,
                minimumAge: minimumAge, advice: m["advice"] as? String ?? ""))
        }
        return rules
    }

    private static func strings(_ value: Any?, _ file: String, _ path: String) throws(GovernanceError) -> [String] {
        guard let value else { return [] }
        guard let list = value as? [Any] else { throw invalid(file, path, "must be a list of terms") }
        return list.map { "\($0)" }
    }

    private static func invalid(_ file: String, _ path: String, _ problem: String) -> GovernanceError {
        GovernanceError(code: .invalidRules, message: "\(file): \(path) \(problem).")
    }
}
