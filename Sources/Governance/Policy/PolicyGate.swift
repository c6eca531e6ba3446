import Crypto
package import DramaModel
import Foundation

/// The offline policy gate: scans scripts, series metadata and generator prompts against a
/// `PolicyRuleSet` and reports every finding with its rule, severity and place.
///
/// All terms of all rules are compiled into one `TermMatcher`, so a scan costs about one hash
/// lookup per word or ideograph of text, whatever the number of rules: an 80-episode season
/// scans in milliseconds.
///
/// ```swift
/// let gate = PolicyGate(rules: try PolicyRuleSet.load(projectRoot: root))
/// let findings = gate.scan(script: text, episode: 3)
/// ```
package struct PolicyGate: Sendable {
    /// The rules applied.
    package let rules: PolicyRuleSet

    /// What each matcher term belongs to: a rule, and its `allOf` group or -1 for `terms`.
    private let owners: [(rule: Int, group: Int)]
    private let matcher: TermMatcher

    /// Compiles `rules`.
    package init(rules: PolicyRuleSet) {
        self.rules = rules
        var matcher = TermMatcher()
        var owners: [(rule: Int, group: Int)] = []
        for (r, rule) in rules.rules.enumerated() {
            for term in rule.terms where matcher.add(term) != nil { owners.append((r, -1)) }
            for (g, group) in rule.allOf.enumerated() {
                for term in group where matcher.add(term) != nil { owners.append((r, g)) }
            }
        }
        self.matcher = matcher
        self.owners = owners
    }

    /// Findings in one episode script, located by scene and file line.
    package func scan(script: String, episode: Int) -> [PolicyFinding] {
        var findings: [PolicyFinding] = []
        var scene = 0
        var lineNumber = 0
        var inBoneyard = false
        for rawLine in script.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if inBoneyard {
                if line.contains("*/") { inBoneyard = false }
                continue
            }
            if line.hasPrefix("/*"), !line.contains("*/") {
                inBoneyard = true
                continue
            }
            if Self.isSceneHeading(line) { scene += 1 }
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            findings += scan(
                String(line), scope: .script,
                location: PolicyLocation(episode: episode, scene: scene, line: lineNumber), identity: "episode \(episode)")
        }
        return findings
    }

    /// Findings in the series' metadata (title, premise, tone, names, descriptions, places)
    /// and in the character looks and voices, which the generators receive as prompts.
    package func scan(series: Series) -> [PolicyFinding] {
        var findings: [PolicyFinding] = []
        func metadata(_ text: String?, _ field: String) {
            guard let text, !text.isEmpty else { return }
            findings += scan(text, scope: .metadata, location: PolicyLocation(field: "series.yaml " + field), identity: field)
        }
        func prompt(_ text: String?, _ field: String) {
            guard let text, !text.isEmpty else { return }
            findings += scan(text, scope: .prompt, location: PolicyLocation(field: "series.yaml " + field), identity: field)
        }
        metadata(series.title, "title")
        metadata(series.premise, "premise")
        metadata(series.tone, "tone")
        for member in series.characters {
            let path = "characters[\(member.id)]"
            metadata(member.name, path + ".name")
            metadata(member.archetype, path + ".archetype")
            metadata(member.address, path + ".address")
            metadata(member.description, path + ".description")
            let look = member.look
            for (field, value) in [
                ("build", look.build), ("face", look.face), ("hair", look.hair), ("skin", look.skin), ("eyes", look.eyes),
                ("outfit", look.outfit),
            ] {
                prompt(value, "\(path).look.\(field)")
            }
            for (index, accessory) in look.accessories.enumerated() { prompt(accessory, "\(path).look.accessories[\(index)]") }
            prompt(member.voice.voice, path + ".voice.voice")
        }
        for location in series.locations {
            metadata(location.name, "locations[\(location.id)].name")
            prompt(location.description, "locations[\(location.id)].description")
        }
        return findings
    }

    /// Findings in one prompt sent to a generator; `label` says which (`ep003 shot 4`).
    package func scan(prompt: String, label: String) -> [PolicyFinding] {
        scan(prompt, scope: .prompt, location: PolicyLocation(field: "prompt " + label), identity: "prompt " + label)
    }

    // MARK: Matching

    private func scan(_ text: String, scope: PolicyScope, location: PolicyLocation, identity: String) -> [PolicyFinding] {
        let units = TextNormalizer.units(text)
        guard !units.isEmpty else { return [] }
        let matches = matcher.matches(in: units)
        guard !matches.isEmpty else { return [] }
        // Per rule: matched `terms`, and matched groups of `allOf`.
        var direct: [Int: [String]] = [:]
        var groups: [Int: [Int: [String]]] = [:]
        for match in matches {
            let owner = owners[match.term]
            if owner.group < 0 {
                direct[owner.rule, default: []].append(match.text)
            } else {
                groups[owner.rule, default: [:]][owner.group, default: []].append(match.text)
            }
        }
        var findings: [PolicyFinding] = []
        for r in Set(direct.keys).union(groups.keys).sorted() {
            let rule = rules.rules[r]
            guard rule.scopes.contains(scope) else { continue }
            var matched = direct[r] ?? []
            if let found = groups[r], !rule.allOf.isEmpty, found.count == rule.allOf.count {
                matched += found.keys.sorted().flatMap { found[$0]! }
            }
            guard !matched.isEmpty else { continue }
            var severity = rule.severity
            if let minimum = rule.minimumAge, let audience = rules.audienceAge, audience < minimum, severity == .info {
                severity = .needsReview
            }
            let normalised = units.joined(separator: " ")
            let digest = SHA256.hash(data: Data("\(rule.id)|\(identity)|\(normalised)".utf8))
            let id = digest.prefix(8).map { String(format: "%02x", $0) }.joined()
            findings.append(PolicyFinding(
                id: id, rule: rule.id, category: rule.category, severity: severity, location: location,
                matched: Array(Set(matched)).sorted(), excerpt: Self.excerpt(text), advice: rule.advice))
        }
        return findings
    }

    private static func excerpt(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 80 ? String(trimmed.prefix(79)) + "…" : trimmed
    }

    /// INT./EXT./EST./I/E headings, forced `.HEADING`s, and Chinese 内景/外景 headings.
    static func isSceneHeading(_ line: Substring) -> Bool {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        if trimmed.hasPrefix("."), !trimmed.hasPrefix("..") { return true }
        if trimmed.hasPrefix("内景") || trimmed.hasPrefix("外景") || trimmed.hasPrefix("内/外") { return true }
        let upper = trimmed.prefix(9).uppercased()
        for prefix in ["INT./EXT", "INT/EXT", "EXT./INT", "EXT/INT", "I./E", "E./I", "I/E", "E/I", "INT", "EXT", "EST"] where upper.hasPrefix(prefix) {
            let next = upper.dropFirst(prefix.count).first
            return next == "." || next == " "
        }
        return false
    }
}
