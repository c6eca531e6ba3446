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
        /// Episode 1's cover on the series' tile, its title as written: each variant draws the
        /// cover with other characters, backdrop or light (``CoverChange``); allocated by the
        /// bandit like a title.
        case cover
        /// A character's look (``LookChange``) in every shot of the experiment's episodes: the
        /// episodes as written, drawn again.
        case look
        /// The tone of a whole pilot: each variant is the experiment's episodes written again by
        /// the writer in another tone (`tone`, one script per episode in `scripts`).
        case tone

        /// Whether the variants are scripts of their own, one per variant (`script`).
        public var hasVariantScript: Bool { [.coldOpen, .ending, .edit, .title].contains(self) }

        /// Whether the variants are the series' tile (title, cover), allocated by the bandit.
        public var isTile: Bool { self == .title || self == .cover }

        /// Whether the writer writes the variants (from an instruction or a tone), so a model
        /// writer is asked when one is configured.
        public var isWritten: Bool { self == .coldOpen || self == .ending || self == .tone }

        /// Whether an experiment of this kind may span several episodes (`episodes: 1-3`).
        public var maySpan: Bool { self == .look || self == .tone }
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
        /// Its script, relative to the project (nil for the control and for the kinds without
        /// scripts of their own).
        public var script: String?
        /// A tone variant's scripts, one per episode of the experiment in order, relative to the project.
        public var scripts: [String]
        /// A tone variant's tone: a preset's name (`tense`) or the words a model writer is given.
        public var tone: String?
        /// A look variant's change of one character's look.
        public var look: LookChange?
        /// A cover variant's change of the cover.
        public var cover: CoverChange?

        /// Creates a variant.
        public init(
            name: String, weight: Double, instruction: String? = nil, script: String? = nil, scripts: [String] = [], tone: String? = nil,
            look: LookChange? = nil, cover: CoverChange? = nil
        ) {
            self.name = name
            self.weight = weight
            self.instruction = instruction
            self.script = script
            self.scripts = scripts
            self.tone = tone
            self.look = look
            self.cover = cover
        }

        /// The script of `episode` of this variant (of an experiment starting at `first`), if it has one.
        public func script(episode: Int, first: Int) -> String? {
            if let script { return episode == first ? script : nil }
            let index = episode - first
            return scripts.indices.contains(index) ? scripts[index] : nil
        }
    }

    /// The key: the file name, part of every viewer's bucket hash, never reused.
    public var key: String
    /// The episode the variants change (the first, when they change several).
    public var episode: Int
    /// The last episode they change (`episode` unless a look or tone spans a pilot).
    public var lastEpisode: Int
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
        key: String, episode: Int, through lastEpisode: Int? = nil, kind: Kind, metric: Metric = .hook, guardrails: [Metric] = [],
        status: Status = .running, created: Date = Date(), shipped: String? = nil, variants: [Variant]
    ) {
        self.key = key
        self.episode = episode
        self.lastEpisode = max(episode, lastEpisode ?? episode)
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
    public var isTile: Bool { kind.isTile }

    /// The episodes the variants change.
    public var episodes: ClosedRange<Int> { episode...lastEpisode }

    /// Whether the variants change more than one episode (a pilot's look or tone): such an
    /// experiment assigns a viewer once for all its episodes (see docs/experiments.md, "Layers").
    public var spansEpisodes: Bool { lastEpisode > episode }

    /// `episode 3` or `episodes 1–3`.
    public var episodesText: String { spansEpisodes ? "episodes \(episode)–\(lastEpisode)" : "episode \(episode)" }

    /// The episode a title experiment is on: the series' tile shows episode 1.
    public static let tileEpisode = 1

    /// The tag viewers' events carry for `variant` of this experiment: `<key>/<variant>`.
    public func tag(_ variant: String) -> String { "\(key)/\(variant)" }

    /// `out/epNNN/variants/<key>/<variant>`, relative to the project: the render of `variant`
    /// of episode `number` (default: the first of the experiment's episodes).
    public func outputFolder(_ variant: String, episode number: Int? = nil) -> String {
        "out/\(ProjectLayout.episodeTag(number ?? episode))/variants/\(key)/\(variant)"
    }

    /// `experiments/<key>/<variant>.fountain`, relative to the project.
    public static func scriptPath(key: String, variant: String) -> String { "\(folder)/\(key)/\(variant).fountain" }

    /// `experiments/<key>/<variant>/epNNN.fountain`: a tone variant's script of one episode.
    public static func scriptPath(key: String, variant: String, episode: Int) -> String {
        "\(folder)/\(key)/\(variant)/\(ProjectLayout.episodeTag(episode)).fountain"
    }

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
            "# A Cliffhanger experiment on \(episodesText): see docs/experiments.md.",
            "# Change it with cliff experiment (stop, ship); the variants' scripts are files of their own.",
            "key: \(key)",
            spansEpisodes ? "episodes: \(episode)-\(lastEpisode)" : "episode: \(episode)",
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
            if let tone = variant.tone { lines.append("    tone: \(scalar(tone))") }
            if !variant.scripts.isEmpty {
                lines.append("    scripts:")
                for script in variant.scripts { lines.append("      - \(scalar(script))") }
            }
            if let look = variant.look {
                lines.append("    look:")
                lines.append("      character: \(scalar(look.character))")
                for field in LookChange.fields { if let value = look.values[field] { lines.append("      \(field): \(scalar(value))") } }
            }
            if let cover = variant.cover {
                lines.append("    cover:")
                if let characters = cover.characters { lines.append("      characters: [\(characters.map(scalar).joined(separator: ", "))]") }
                if let location = cover.location { lines.append("      location: \(scalar(location))") }
                if let lighting = cover.lighting { lines.append("      lighting: \(lighting.rawValue)") }
            }
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

    static let keys = ["key", "episode", "episodes", "kind", "metric", "guardrails", "status", "created", "shipped", "variants"]
    static let variantKeys = ["name", "weight", "instruction", "script", "scripts", "tone", "look", "cover"]

    /// The metric a kind is measured by unless told: click-through for the tile, continue for an
    /// ending and a pilot's tone, else the hook.
    public static func defaultMetric(_ kind: Kind) -> Metric {
        switch kind {
        case .title, .cover: .clickThrough
        case .ending, .tone: .continue
        case .coldOpen, .edit, .look: .hook
        }
    }

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
        guard let m = r.mapping(root, "", keys: keys, required: ["key", "kind", "variants"]) else { return (nil, r.diagnostics) }
        let key = r.string(m["key"], "key")
        if let key, !isName(key) {
            r.report(m["key"], "key", "'\(TextInput.excerpt(key))' is not a usable experiment key", hint: "use letters, digits, '.', '_' or '-' (at most 64), e.g. ep001-hook")
        }
        let kind = r.choice(m["kind"], "kind", Kind.allCases.map { ($0.rawValue, $0) }, what: "kind")
        var range: ClosedRange<Int>?
        switch (m["episode"], m["episodes"]) {
        case (nil, nil):
            r.report(root, "episode", "the experiment names no episode", hint: "write episode: N (or episodes: FIRST-LAST for a look or tone over a pilot)")
        case (let one?, nil):
            if let episode = r.int(one, "episode") {
                if episode < 1 {
                    r.report(one, "episode", "episode \(episode) does not exist: episodes are numbered from 1", hint: "write the number of the episode the variants change")
                } else {
                    range = episode...episode
                }
            }
        case (nil, let span?):
            if let read = r.episodeRange(span, "episodes") {
                if read.lowerBound < 1 {
                    r.report(span, "episodes", "episode \(read.lowerBound) does not exist: episodes are numbered from 1", hint: "write a range of written episodes, e.g. 1-3")
                } else if read.count > 1, let kind, !kind.maySpan {
                    r.report(span, "episodes", "a \(kind.rawValue) experiment changes one episode, not \(read.count)", hint: "write episode: N; only look and tone experiments span several episodes")
                } else {
                    range = read
                }
            }
        case (_?, let span?):
            r.report(span, "episodes", "the experiment names both episode and episodes", hint: "keep one: episode: N, or episodes: FIRST-LAST")
        }
        let metric = m["metric"] == nil ? kind.map(defaultMetric) : r.choice(m["metric"], "metric", Metric.allCases.map { ($0.rawValue, $0) }, what: "metric")
        let field = m["episode"] != nil ? "episode" : "episodes"
        if let kind, kind.isTile, let range, range.lowerBound != tileEpisode {
            r.report(m[field], field, "a \(kind.rawValue) experiment is on episode \(tileEpisode): the series' tile on the channel shows episode \(tileEpisode)'s title and cover",
                     hint: "write episode: \(tileEpisode)")
        }
        if let kind, let metric, kind.isTile != (metric == .clickThrough) {
            r.report(m["metric"], "metric", kind.isTile ? "a \(kind.rawValue) experiment is measured by click_through, not \(metric.rawValue)" : "click_through measures title and cover experiments only, not a \(kind.rawValue)",
                     hint: kind.isTile ? "write metric: click_through (or leave it out)" : "use hook, completion, continue, paywall or watch_time")
        }

        var guardrails: [Metric] = []
        for (index, node) in (m["guardrails"].flatMap { r.sequence($0, "guardrails") } ?? []).enumerated() {
            if let value = r.choice(node, YAMLNodeReader.join("guardrails", index: index), Metric.allCases.map { ($0.rawValue, $0) }, what: "metric") {
                guardrails.append(value)
            }
        }
        if let kind, kind.isTile, !guardrails.isEmpty {
            r.report(m["guardrails"], "guardrails", "a \(kind.rawValue) experiment has no guardrails: its viewers are not split on the episode", hint: "write guardrails: []")
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
            let scripts = r.strings(v["scripts"], path + ".scripts") ?? []
            let tone = r.string(v["tone"], path + ".tone")
            let look = readLook(v["look"], path + ".look", &r)
            let cover = readCover(v["cover"], path + ".cover", &r)
            if let kind {
                // What the variant carries: nothing for the control, its kind's change for the rest.
                let carried: [(field: String, node: Yams.Node?)] = [
                    ("script", v["script"]), ("scripts", v["scripts"]), ("tone", v["tone"]), ("look", v["look"]), ("cover", v["cover"]),
                ].filter { $0.node != nil }
                let own: Set<String> = switch kind {
                case .coldOpen, .ending, .edit, .title: ["script"]
                case .tone: ["scripts", "tone"]
                case .look: ["look"]
                case .cover: ["cover"]
                }
                if index == 0 {
                    for item in carried {
                        r.report(item.node, "\(path).\(item.field)", "the first variant is the control, the episode as written, so it has no \(item.field) of its own",
                                 hint: "remove '\(item.field)' from variants[0], or put the version you want to test after the control")
                    }
                } else {
                    for item in carried where !own.contains(item.field) {
                        r.report(item.node, "\(path).\(item.field)", "a \(kind.rawValue) experiment's variant has no \(item.field)",
                                 hint: "a \(kind.rawValue) variant carries \(own.sorted().joined(separator: " and ")); remove '\(item.field)'")
                    }
                    for field in own.sorted() where v[field] == nil {
                        r.report(node, "\(path).\(field)", "variant '\(name ?? "?")' has no \(field)", hint: Self.hint(kind, field: field, key: key, variant: name))
                    }
                    if kind == .tone, let range, v["scripts"] != nil, scripts.count != range.count {
                        r.report(v["scripts"], path + ".scripts", "\(scripts.count) script\(scripts.count == 1 ? "" : "s") for \(range.count) episode\(range.count == 1 ? "" : "s") (\(range.lowerBound)–\(range.upperBound))",
                                 hint: "list one script per episode, in order, e.g. \(scriptPath(key: key ?? "KEY", variant: name ?? "B", episode: range.lowerBound))")
                    }
                }
            }
            if let kind, kind.isTile, let weight, weight != 0 {
                r.report(v["weight"], path + ".weight", "a \(kind.rawValue) experiment's variants have no share of the episode's viewers: the bandit allocates the tile's impressions",
                         hint: "write weight: 0")
            }
            if let name, let weight {
                variants.append(Variant(name: name, weight: weight, instruction: instruction, script: script, scripts: scripts, tone: tone, look: look, cover: cover))
            }
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
        guard let key, let range, let kind, let metric, let status, r.diagnostics.isEmpty else { return (nil, r.diagnostics) }
        return (
            EpisodeExperiment(
                key: key, episode: range.lowerBound, through: range.upperBound, kind: kind, metric: metric, guardrails: guardrails, status: status,
                created: created, shipped: shipped, variants: variants),
            []
        )
    }

    /// How to give a variant of `kind` its missing `field`.
    private static func hint(_ kind: Kind, field: String, key: String?, variant: String?) -> String {
        let key = key ?? "KEY", variant = variant ?? "B"
        switch field {
        case "script": return "name its script, e.g. script: \(scriptPath(key: key, variant: variant))"
        case "scripts": return "list its script of each episode, e.g. scripts: [\(scriptPath(key: key, variant: variant, episode: 1)), …]"
        case "tone": return "name the tone it was written in, e.g. tone: tense"
        case "look": return "write the character and what changes, e.g. look: {character: lin-wan, hair: short silver bob}"
        default: return "write what the cover shows, e.g. cover: {characters: [chen-mo], lighting: night}"
        }
    }

    /// A variant's `look:` mapping.
    private static func readLook(_ node: Yams.Node?, _ path: String, _ r: inout YAMLNodeReader) -> LookChange? {
        guard let node else { return nil }
        guard let m = r.mapping(node, path, keys: ["character"] + LookChange.fields, required: ["character"]) else { return nil }
        let character = r.string(m["character"], path + ".character")
        var values: [String: String] = [:]
        for field in LookChange.fields {
            guard let item = m[field] else { continue }
            let value: String?
            if case .sequence = item {
                value = r.strings(item, "\(path).\(field)")?.joined(separator: ", ")
            } else {
                value = r.string(item, "\(path).\(field)")
            }
            guard let value else { continue }
            if let problem = LookChange.problem(field: field, value: value) {
                r.report(item, "\(path).\(field)", problem)
            } else {
                values[field] = value
            }
        }
        if values.isEmpty, m.count == 1 {
            r.report(node, path, "the look changes nothing", hint: "set one or more of \(LookChange.fields.joined(separator: ", "))")
        }
        guard let character else { return nil }
        return LookChange(character: character, values: values)
    }

    /// A variant's `cover:` mapping.
    private static func readCover(_ node: Yams.Node?, _ path: String, _ r: inout YAMLNodeReader) -> CoverChange? {
        guard let node else { return nil }
        guard let m = r.mapping(node, path, keys: CoverChange.fields, required: []) else { return nil }
        var change = CoverChange()
        if let characters = r.strings(m["characters"], path + ".characters") {
            if characters.isEmpty || characters.count > 2 {
                r.report(m["characters"], path + ".characters", "a cover shows one or two characters, not \(characters.count)", hint: "list one or two cast ids, most important first")
            } else {
                change.characters = characters
            }
        }
        change.location = r.string(m["location"], path + ".location")
        change.lighting = r.choice(m["lighting"], path + ".lighting", Lighting.allCases.map { ($0.rawValue, $0) }, what: "lighting")
        if change.isEmpty, m.isEmpty {
            r.report(node, path, "the cover changes nothing", hint: "set characters, location or lighting")
        }
        return change
    }
}
