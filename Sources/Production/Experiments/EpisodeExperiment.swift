package import Basics
public import Foundation

import DramaModel
import Yams

/// An experiment on one episode: versions of it (variants) shown to shares of its viewers, to
/// learn which holds them better. Stored as `experiments/<key>.yaml` in the project, each
/// variant but the control as a script of its own, `experiments/<key>/<variant>.fountain`,
/// rendered by the production line like any episode (cached, priced, labelled, signed) to
/// `out/epNNN/variants/<key>/<variant>/`.
///
/// ```yaml
/// key: ep001-hook
/// episode: 1
/// kind: cold-open
/// metric: hook
/// guardrails: [completion]
/// status: running
/// created: 2026-12-05T21:00:00Z
/// variants:
///   - name: A
///     weight: 50
///   - name: B
///     weight: 50
///     instruction: stronger-hook
///     script: experiments/ep001-hook/B.fountain
/// ```
///
/// The first variant is the control: the episode as written (`episodes/epNNN.fountain`), so it
/// has no script of its own. Weights are percentages of the episode's viewers; the experiments
/// on one episode share its 100 % (a viewer is never in two of them), and what they leave is
/// the holdout, who see the episode as written and are not counted.
public struct EpisodeExperiment: Sendable, Hashable {
    /// What part of the episode the variants change.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The first scene or first lines: the hook.
        case coldOpen = "cold-open"
        /// The last scene or last lines: the cliffhanger.
        case ending
        /// Anything else, edited by hand (a line, a scene).
        case edit
        /// Episode 1's title — the series' tile on the channel's list, whose cover is drawn with
        /// it: what a viewer clicks to start the series. Each variant is the episode with another
        /// title; a Thompson-sampling bandit allocates the tile's impressions by clicks, so the
        /// variants have no weights (0) and do not split the episode's viewers.
        case title
    }

    /// Where the experiment stands.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Viewers are assigned once every variant's render is approved.
        case running
        /// Stopped without a winner: everyone sees the episode as written.
        case stopped
        /// Stopped with a winner (`shipped`): everyone sees that variant.
        case shipped
    }

    /// The figure a variant must improve.
    public enum Metric: String, Sendable, Hashable, CaseIterable {
        /// Viewers who watch past the hook (the first seconds).
        case hook
        /// Viewers who watch to the end.
        case completion
        /// Viewers who start the next episode.
        case `continue`
        /// Viewers who unlock at the paywall.
        case paywall
        /// Seconds watched per viewer.
        case watchTime = "watch_time"
        /// Impressions of the series' tile on the channel that were clicked (title experiments).
        case clickThrough = "click_through"
    }

    /// One version.
    public struct Variant: Sendable, Hashable {
        /// Its name, tagged on viewers' events (`A`, `B`, `harder-hook`).
        public var name: String
        /// Its share of the episode's viewers, in percent.
        public var weight: Double
        /// The writer's instruction it was written with (`stronger-hook`), if any.
        public var instruction: String?
        /// Its script, relative to the project (nil for the control).
        public var script: String?

        /// Creates a variant.
        public init(name: String, weight: Double, instruction: String? = nil, script: String? = nil) {
            self.name = name
            self.weight = weight
            self.instruction = instruction
            self.script = script
        }
    }

    /// The key: the file name, part of every viewer's bucket hash, never reused.
    public var key: String
    /// The episode the variants change.
    public var episode: Int
    /// What they change.
    public var kind: Kind
    /// The primary metric.
    public var metric: Metric
    /// Metrics that must not get worse (a hook that raises the hook rate and lowers completion
    /// is flagged).
    public var guardrails: [Metric]
    /// Where it stands.
    public var status: Status
    /// When it was made.
    public var created: Date
    /// The variant everyone sees once shipped.
    public var shipped: String?
    /// The variants, control first.
    public var variants: [Variant]

    /// Creates an experiment.
    public init(
        key: String, episode: Int, kind: Kind, metric: Metric = .hook, guardrails: [Metric] = [], status: Status = .running,
        created: Date = Date(), shipped: String? = nil, variants: [Variant]
    ) {
        self.key = key
        self.episode = episode
        self.kind = kind
        self.metric = metric
        self.guardrails = guardrails
        self.status = status
        self.created = created
        self.shipped = shipped
        self.variants = variants
    }

    /// The control's name.
    public var control: String { variants.first?.name ?? "A" }

    /// Whether the experiment is on the series' tile (a title), allocated by the bandit rather
    /// than by assigning the episode's viewers.
    public var isTile: Bool { kind == .title }

    /// The episode a title experiment is on: the series' tile shows episode 1.
    public static let tileEpisode = 1

    /// The tag viewers' events carry for `variant` of this experiment: `<key>/<variant>`.
    public func tag(_ variant: String) -> String { "\(key)/\(variant)" }

    /// `out/epNNN/variants/<key>/<variant>`, relative to the project.
    public func outputFolder(_ variant: String) -> String {
        "out/\(ProjectLayout.episodeTag(episode))/variants/\(key)/\(variant)"
    }

    /// `experiments/<key>/<variant>.fountain`, relative to the project.
    public static func scriptPath(key: String, variant: String) -> String { "\(folder)/\(key)/\(variant).fountain" }

    /// `experiments/<key>.yaml`, relative to the project.
    public static func filePath(key: String) -> String { "\(folder)/\(key).yaml" }

    /// The folder of experiments in a project.
    public static let folder = "experiments"

    /// Keys and variant names: a letter or digit, then letters, digits, `-`, `_`, `.` (at most 64).
    static let namePattern = #"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"#

    package static func isName(_ text: String) -> Bool { text.range(of: namePattern, options: .regularExpression) != nil }

    /// The experiment as commented YAML that ``read(yaml:file:)`` reads back unchanged.
    public var yaml: String {
        let scalar = SeriesYAMLWriter.scalar
        var lines = [
            "# A Cliffhanger experiment on episode \(episode): see docs/experiments.md.",
            "# Change it with cliff experiment (stop, ship); the variants' scripts are files of their own.",
            "key: \(key)",
            "episode: \(episode)",
            "kind: \(kind.rawValue)",
            "metric: \(metric.rawValue)",
            "guardrails: [\(guardrails.map(\.rawValue).joined(separator: ", "))]",
            "status: \(status.rawValue)",
            "created: \(Self.timestamp(created))",
        ]
        if let shipped { lines.append("shipped: \(scalar(shipped))") }
        lines.append("variants:")
        for variant in variants {
            lines.append("  - name: \(scalar(variant.name))")
            lines.append("    weight: \(Self.percent(variant.weight))")
            if let instruction = variant.instruction { lines.append("    instruction: \(scalar(instruction))") }
            if let script = variant.script { lines.append("    script: \(scalar(script))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `50`, `33.33`.
    package static func percent(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        return hundredths.truncatingRemainder(dividingBy: 100) == 0 ? String(Int(hundredths / 100)) : String(format: "%.2f", value)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static let keys = ["key", "episode", "kind", "metric", "guardrails", "status", "created", "shipped", "variants"]
    static let variantKeys = ["name", "weight", "instruction", "script"]

    /// Reads an experiment from its YAML text, every problem at once (file:line:column and field
    /// path). The file's own checks only: ``ExperimentSet`` checks it against the project.
    package static func read(yaml: String, file: String) -> (EpisodeExperiment?, [Diagnostic]) {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return (nil, [SeriesLoader.syntaxDiagnostic(error, yaml: yaml, file: file)])
        }
        var r = YAMLNodeReader(file: file)
        guard let root, !YAMLNodeReader.isNull(root) else {
            return (nil, [Diagnostic(file: file, line: 1, column: 1, message: "the file is empty", hint: "make experiments with cliff experiment new; see docs/experiments.md")])
        }
        guard let m = r.mapping(root, "", keys: keys, required: ["key", "episode", "kind", "variants"]) else { return (nil, r.diagnostics) }
        let key = r.string(m["key"], "key")
        if let key, !isName(key) {
            r.report(m["key"], "key", "'\(TextInput.excerpt(key))' is not a usable experiment key", hint: "use letters, digits, '.', '_' or '-' (at most 64), e.g. ep001-hook")
        }
        let episode = r.int(m["episode"], "episode")
        if let episode, episode < 1 {
            r.report(m["episode"], "episode", "episode \(episode) does not exist: episodes are numbered from 1", hint: "write the number of the episode the variants change")
        }
        let kind = r.choice(m["kind"], "kind", Kind.allCases.map { ($0.rawValue, $0) }, what: "kind")
        let metric = m["metric"] == nil ? (kind == .title ? .clickThrough : .hook)
            : r.choice(m["metric"], "metric", Metric.allCases.map { ($0.rawValue, $0) }, what: "metric")
        if kind == .title, let episode, episode != tileEpisode {
            r.report(m["episode"], "episode", "a title experiment is on episode \(tileEpisode): the series' tile on the channel shows episode \(tileEpisode)'s title and cover",
                     hint: "write episode: \(tileEpisode)")
        }
        if let kind, let metric, (kind == .title) != (metric == .clickThrough) {
            r.report(m["metric"], "metric", kind == .title ? "a title experiment is measured by click_through, not \(metric.rawValue)" : "click_through measures title experiments only, not a \(kind.rawValue)",
                     hint: kind == .title ? "write metric: click_through (or leave it out)" : "use hook, completion, continue, paywall or watch_time")
        }

        var guardrails: [Metric] = []
        for (index, node) in (m["guardrails"].flatMap { r.sequence($0, "guardrails") } ?? []).enumerated() {
            if let value = r.choice(node, YAMLNodeReader.join("guardrails", index: index), Metric.allCases.map { ($0.rawValue, $0) }, what: "metric") {
                guardrails.append(value)
            }
        }
        if kind == .title, !guardrails.isEmpty {
            r.report(m["guardrails"], "guardrails", "a title experiment has no guardrails: its viewers are not split on the episode", hint: "write guardrails: []")
        }
        let status = m["status"] == nil ? .running : r.choice(m["status"], "status", Status.allCases.map { ($0.rawValue, $0) }, what: "status")
        var created = Date(timeIntervalSince1970: 0)
        if let text = r.string(m["created"], "created") {
            if let date = ISO8601DateFormatter().date(from: text) {
                created = date
            } else {
                r.report(m["created"], "created", "expected a time like 2026-12-05T21:00:00Z, found '\(TextInput.excerpt(text))'", hint: "write an ISO 8601 time in UTC")
            }
        }
        let shipped = r.string(m["shipped"], "shipped")
        var variants: [Variant] = []
        var names: [String: Int] = [:]
        var total = 0.0
        let nodes = r.sequence(m["variants"], "variants") ?? []
        for (index, node) in nodes.enumerated() {
            let path = YAMLNodeReader.join("variants", index: index)
            guard let v = r.mapping(node, path, keys: variantKeys, required: ["name", "weight"]) else { continue }
            let name = r.string(v["name"], path + ".name")
            if let name {
                if !isName(name) {
                    r.report(v["name"], path + ".name", "'\(TextInput.excerpt(name))' is not a usable variant name", hint: "use letters, digits, '.', '_' or '-' (at most 64), e.g. B or harder-hook")
                } else if let first = names[name] {
                    r.report(v["name"], path + ".name", "the name '\(name)' is already used by variants[\(first)]", hint: "give every variant its own name")
                } else {
                    names[name] = index
                }
            }
            var weight: Double?
            if let text = r.string(v["weight"], path + ".weight") {
                if let value = Double(text), value.isFinite, value >= 0, value <= 100, ((value * 100).rounded() - value * 100).magnitude < 1e-6 {
                    weight = value
                    total += value
                } else {
                    r.report(v["weight"], path + ".weight", "a weight must be a percentage from 0 to 100 in steps of 0.01, found '\(TextInput.excerpt(text))'",
                             hint: "write the share of the episode's viewers this variant gets, e.g. 50")
                }
            }
            let instruction = r.string(v["instruction"], path + ".instruction")
            let script = r.string(v["script"], path + ".script")
            if index == 0, script != nil {
                r.report(v["script"], path + ".script", "the first variant is the control, the episode as written, so it has no script of its own",
                         hint: "remove 'script' from variants[0], or put the version you want to test after the control")
            }
            if index > 0, script == nil {
                r.report(node, path + ".script", "variant '\(name ?? "?")' has no script", hint: "name its script, e.g. script: \(scriptPath(key: key ?? "KEY", variant: name ?? "B"))")
            }
            if kind == .title, let weight, weight != 0 {
                r.report(v["weight"], path + ".weight", "a title experiment's variants have no share of the episode's viewers: the bandit allocates the tile's impressions",
                         hint: "write weight: 0")
            }
            if let name, let weight { variants.append(Variant(name: name, weight: weight, instruction: instruction, script: script)) }
        }
        if nodes.count == 1 {
            r.report(m["variants"], "variants", "an experiment needs at least two variants: the control and a version to test", hint: "add a variant after the control")
        }
        if total > 100.000001 {
            r.report(m["variants"], "variants", "the variants' weights add up to \(percent(total)) %, over 100 %",
                     hint: "lower the weights so they add up to at most 100 (what is left is the holdout, who see the episode as written)")
        }
        if let shipped, names[shipped] == nil, !names.isEmpty {
            r.report(m["shipped"], "shipped", "'\(TextInput.excerpt(shipped))' is not one of the variants (\(names.keys.sorted().joined(separator: ", ")))",
                     hint: "name a variant of this experiment")
        }
        if status == .shipped, shipped == nil {
            r.report(m["status"], "status", "a shipped experiment names the variant it shipped", hint: "add 'shipped: <variant>', or set status: stopped")
        }
        guard let key, let episode, let kind, let metric, let status, r.diagnostics.isEmpty else { return (nil, r.diagnostics) }
        return (
            EpisodeExperiment(
                key: key, episode: episode, kind: kind, metric: metric, guardrails: guardrails, status: status, created: created, shipped: shipped,
                variants: variants),
            []
        )
    }
}
