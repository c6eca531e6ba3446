package import Audience
import Basics
import DramaModel
package import Experiments
import Foundation
import Governance
package import Production
package import StoryEngine

/// What every way of deciding an experiment shares (the CLI, the studio, the API): its report
/// from the stored events, and stop or ship recorded with who, why and the figures.
package enum ExperimentDesk {
    /// The layer an episode's experiments share: `episode:<series>/epNNN`. A viewer's bucket in
    /// it decides which of them (if any) they are in, so a viewer is never in two experiments
    /// on one episode.
    package static func layerKey(series: String, episode: Int) -> String { "episode:\(series)/\(ProjectLayout.episodeTag(episode))" }

    /// The layer of the episodes an experiment over several episodes changes: `series:<series>`.
    /// One key for all of them, so a viewer's bucket — and variant — is the same on each.
    package static func seriesLayerKey(series: String) -> String { "series:\(series)" }

    /// The assignment layer of `episode` (``ExperimentSet/assignmentGroup(episode:)``): the
    /// episode's own, or the series' when an experiment over several episodes changes it. Title
    /// and cover experiments are left out: the bandit allocates the tile's impressions, no
    /// viewer of the episode is assigned. An enrolment in an experiment that does not change
    /// `episode` (a spanning one, on another episode) means the episode as written there.
    /// - Throws: `StudioError` `invalidInput` when the statistics refuse the definitions.
    package static func layer(series: String, episode: Int, set: ExperimentSet) throws(StudioError) -> Layer {
        let (shared, experiments) = set.assignmentGroup(episode: episode)
        do {
            return try Layer(
                key: shared ? seriesLayerKey(series: series) : layerKey(series: series, episode: episode),
                experiments: experiments.map { e in
                    ExperimentDefinition(key: e.key, episodes: e.episodes.map(String.init), variants: e.variants.map { Variant(name: $0.name, weight: $0.weight) })
                })
        } catch {
            throw StudioError(code: .invalidInput, message: "the experiments on episode \(episode) cannot be assigned: \(error.description)")
        }
    }

    /// The experiment and variant viewer `viewer` is in on `episode` (nil: none that changes it).
    package static func enrolment(series: String, episode: Int, viewer: String, set: ExperimentSet) throws(StudioError) -> (experiment: EpisodeExperiment, variant: String)? {
        guard case .enrolled(let key, let variant) = try layer(series: series, episode: episode, set: set).assign(unitID: viewer),
            let experiment = set.entry(key)?.experiment, experiment.episodes.contains(episode)
        else { return nil }
        return (experiment, variant)
    }

    /// The report of `experiment` of the series `seriesID` from `audience` (an empty report without one).
    package static func report(
        _ experiment: EpisodeExperiment, seriesID: String, audience: AudienceStore?, lookEvery: Int = 200
    ) async throws -> ExperimentReport {
        guard let audience else { return try ExperimentReport.make(experiment: experiment, outcomes: [], conflicts: 0) }
        let (outcomes, conflicts) = try await audience.variantOutcomes(series: seriesID, episodes: experiment.episodes, experiment: experiment.key)
        return try ExperimentReport.make(experiment: experiment, outcomes: outcomes, conflicts: conflicts, lookEvery: lookEvery)
    }

    /// Stops experiment `key` of `project` (`ship` nil: everyone sees the episode as written) or
    /// ships variant `ship` to everyone; writes the experiment file atomically and records the
    /// decision, who took it, why and the figures it was taken on in the audit log.
    /// - Throws: `StudioError` `notFound` (no such experiment), `invalidInput` (no reason, no
    ///   such variant: every problem at once, with its field), `conflict` (already decided);
    ///   nothing is changed then.
    package static func decide(
        project: SeriesProject, key: String, ship: String?, why: String, actor: String, audience: AudienceStore?
    ) async throws -> (EpisodeExperiment, ExperimentReport) {
        let set = try ExperimentSet.load(project)
        guard var experiment = set.entry(key)?.experiment else {
            let keys = set.entries.map(\.experiment.key)
            throw StudioError(
                code: .notFound,
                message: "there is no experiment '\(TextInput.excerpt(key))'.\(Suggestion.didYouMean(key, in: keys)) \(keys.isEmpty ? "There is none yet." : "The experiments: \(keys.joined(separator: ", ")).")",
                field: "key")
        }
        guard experiment.status == .running else {
            throw StudioError(
                code: .conflict,
                message: "experiment \(key) is \(experiment.status == .shipped ? "shipped (\(experiment.shipped ?? ""))" : "stopped") already; a decision is taken once. Make a new experiment to test again")
        }
        var problems: [(String, String)] = []
        if why.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(("why", "say why: it is recorded in the audit log with your name"))
        }
        if let ship, !experiment.variants.contains(where: { $0.name == ship }) {
            problems.append((
                "variant",
                "'\(TextInput.excerpt(ship))' is not a variant of \(key).\(Suggestion.didYouMean(ship, in: experiment.variants.map(\.name))) Its variants: \(experiment.variants.map(\.name).joined(separator: ", "))"
            ))
        }
        guard problems.isEmpty else {
            throw StudioError(
                code: .invalidInput,
                message: "nothing was changed; \(problems.count == 1 ? "a problem" : "\(problems.count) problems"):\n" + problems.map { "  - \($0.0): \($0.1)" }.joined(separator: "\n"),
                field: problems[0].0)
        }
        let report = try await report(experiment, seriesID: ProjectLayout(root: project.root).seriesID, audience: audience)
        // A title's figures are the tile's impressions and clicks (read before anything is written).
        var tileDetails: [String: String] = [:]
        if experiment.isTile, let audience {
            let tiles = try await Studio.tileReport(
                experiment, titles: titles(of: experiment, files: project), seriesID: ProjectLayout(root: project.root).seriesID, audience: audience)
            for arm in tiles.arms {
                tileDetails["variant \(arm.name)"] = "“\(arm.title)”: \(arm.impressions) impressions, \(arm.clicks) clicks, share \(String(format: "%.3f", arm.share))"
            }
        }
        experiment.status = ship == nil ? .stopped : .shipped
        experiment.shipped = ship
        try AtomicFile.write(Data(experiment.yaml.utf8), to: project.root.appendingPathComponent(EpisodeExperiment.filePath(key: experiment.key)))
        var details = ["why": why, "episode": String(experiment.episode), "status": experiment.status.rawValue]
        if let ship { details["shipped"] = ship }
        if experiment.isTile {
            details.merge(tileDetails) { $1 }
        } else {
            for figures in report.variants {
                let summary = figures.metrics[experiment.metric] ?? ArmSummary()
                details["variant \(figures.name)"] = "\(figures.viewers) viewers, \(experiment.metric.rawValue) \(String(format: "%.4f", summary.mean)), \(report.decision(figures.name))"
            }
        }
        _ = try AuditLog(projectRoot: project.root).append(kind: ship == nil ? "experiment.stop" : "experiment.ship", actor: actor, subject: key, details: details)
        return (experiment, report)
    }
}

/// What to make: `cliff experiment new`'s options, the studio's form, the API's body.
package struct ExperimentRequest: Sendable, Hashable {
    /// The episode the variants change (the first, for a look or tone over several).
    package var episode: Int
    /// The last episode a look or tone changes (nil: `episode` only).
    package var through: Int?
    /// `cold-open`, `ending`, `edit`, `title`, `cover`, `look` or `tone`.
    package var kind: String
    /// The key (default `epNNN-hook`, `epNNN-ending`, `epNNN-edit`).
    package var key: String?
    /// The writer's instructions, one variant each (default: the kind's).
    package var instructions: [String]
    /// The weights, control first (default: an even split of 100 %).
    package var weights: [Double]?
    /// The primary metric (default: hook, or continue for an ending).
    package var metric: String?
    /// Guardrails (default: completion, or hook for an ending).
    package var guardrails: [String]
    /// For a title experiment: the titles to test, one variant each.
    package var titles: [String]
    /// For a look experiment: the character whose look the variants change.
    package var character: String?
    /// For a look experiment: each variant's look, `field=value` pairs separated by `;`
    /// (`hair=short silver bob; outfit=red coat`).
    package var looks: [String]
    /// For a cover experiment: each variant's cover (`characters=chen-mo,lin-wan; location=rooftop; lighting=night`).
    package var covers: [String]
    /// For a tone experiment: each variant's tone, a preset (`tense`, `brisk`) or, with a model
    /// writer, any words (`warm and teasing`).
    package var tones: [String]

    /// Creates a request.
    package init(
        episode: Int, through: Int? = nil, kind: String, key: String? = nil, instructions: [String] = [], weights: [Double]? = nil,
        metric: String? = nil, guardrails: [String] = [], titles: [String] = [], character: String? = nil, looks: [String] = [],
        covers: [String] = [], tones: [String] = []
    ) {
        self.episode = episode
        self.through = through
        self.character = character
        self.looks = looks
        self.covers = covers
        self.tones = tones
        self.kind = kind
        self.key = key
        self.instructions = instructions
        self.weights = weights
        self.metric = metric
        self.guardrails = guardrails
        self.titles = titles
    }
}

extension ExperimentDesk {
    /// The writer's instructions a variant can be written with.
    package static let instructions: [(String, RevisionNote.Action)] = [
        ("stronger-hook", .strongerHook), ("stronger-cliffhanger", .strongerCliffhanger), ("reveal-earlier", .revealEarlier),
        ("shorten-lines", .shortenLines),
    ]

    /// The tones a pilot can be written in again: a name, the words a model writer is given as
    /// the series' tone, and the notes the built-in writer applies to every episode of it.
    package static let tones: [(name: String, words: String, notes: [RevisionNote.Action])] = [
        ("tense", "cold and tense: every scene opens on a threat and ends on an open question", [.strongerHook, .strongerCliffhanger]),
        ("brisk", "fast and sharp: short lines, the reveal early", [.shortenLines, .revealEarlier]),
    ]

    /// What `variant` changes, in words (nil for the kinds with one script per variant).
    package static func change(of variant: EpisodeExperiment.Variant) -> String? {
        if let look = variant.look {
            return "\(look.character)'s look: " + LookChange.fields.compactMap { field in look.values[field].map { "\(field) \($0)" } }.joined(separator: "; ")
        }
        if let cover = variant.cover {
            var parts: [String] = []
            if let characters = cover.characters { parts.append("characters \(characters.joined(separator: ", "))") }
            if let location = cover.location { parts.append("location \(location)") }
            if let lighting = cover.lighting { parts.append("lighting \(lighting.rawValue)") }
            return "cover: " + parts.joined(separator: "; ")
        }
        if let tone = variant.tone { return "tone: \(tone) (\(variant.scripts.count) episode\(variant.scripts.count == 1 ? "" : "s") written again)" }
        return nil
    }

    /// Makes an experiment: checks the request whole (every problem at once, each named by its
    /// field with `fieldPrefix`, `--` for the command line), writes each variant's script — with
    /// `rewriter` when the series has a model writer (the episode written again with the
    /// instruction among its notes), else with the built-in writer's reviser on its own draft,
    /// or a copy of the episode for `edit` — checks them at the policy gate, then writes the
    /// scripts and, last, `experiments/<key>.yaml`, and records it in the audit log. Returns the
    /// experiment and the policy findings that need a reviewer.
    /// - Throws: `StudioError` `invalidInput` (the request), `conflict` (the writer cannot
    ///   rewrite an edited episode, or the instruction changes nothing), `forbidden` (the policy
    ///   gate blocks a variant); nothing is written then.
    package static func create(
        project files: SeriesProject, _ request: ExperimentRequest, actor: String, fieldPrefix: String = "", rewriter: (any EpisodeRewriter)? = nil
    ) async throws -> (experiment: EpisodeExperiment, findings: [String]) {
        let shown = files.displayPath(files.root)
        let episode = request.episode
        var problems: [String] = []
        func problem(_ field: String, _ text: String) { problems.append("\(fieldPrefix)\(field): \(text)") }
        let kind = EpisodeExperiment.Kind(rawValue: request.kind.lowercased())
        let kindNames = EpisodeExperiment.Kind.allCases.map(\.rawValue)
        if kind == nil {
            problem("kind", "'\(TextInput.excerpt(request.kind))' is not a kind.\(Suggestion.didYouMean(request.kind, in: kindNames)) Use \(kindNames.dropLast().joined(separator: ", ")) or \(kindNames.last!).")
        }
        let loaded = try files.loadBible()
        let series = loaded.series
        let onDisk = files.scriptsOnDisk()
        let script = onDisk.first { $0.number == episode }
        let last = request.through ?? episode
        let written = onDisk.map(\.number)
        if let through = request.through {
            if let kind, !kind.maySpan {
                problem("through", "a \(kind.rawValue) experiment changes one episode; --through is for look and tone experiments over several")
            } else if through < episode {
                problem("through", "episode \(through) comes before episode \(episode); give the last episode the variants change, e.g. --through \(episode + 2)")
            }
        }
        let missing = (episode...max(episode, last)).filter { !written.contains($0) }
        if !missing.isEmpty {
            problem(missing == [episode] ? "episode" : "through", "episode\(missing.count == 1 ? "" : "s") \(EpisodeSelection(numbers: missing).description) \(missing.count == 1 ? "does" : "do") not exist in \(shown) (\(written.isEmpty ? "no episode is written yet" : "written: \(EpisodeSelection(numbers: written).description)")). Pick written episodes, or write them first with cliff write \(shown) --episodes \(EpisodeSelection(numbers: missing).description)")
        }
        let range = episode...max(episode, last)
        var actions: [(String, RevisionNote.Action)] = []
        for text in request.instructions {
            if let match = instructions.first(where: { $0.0 == text.lowercased() }) {
                actions.append(match)
            } else {
                problem("instruction", "'\(TextInput.excerpt(text))' is not an instruction.\(Suggestion.didYouMean(text, in: instructions.map(\.0))) Use one of: \(instructions.map(\.0).joined(separator: ", ")).")
            }
        }
        if let kind, ![.coldOpen, .ending].contains(kind), !request.instructions.isEmpty {
            let why: String = switch kind {
            case .title: "a title experiment's variants are the titles you give (--title); leave the instruction out"
            case .cover: "a cover experiment's variants are the covers you describe (--cover); leave the instruction out"
            case .look: "a look experiment's variants are the looks you describe (--look); leave the instruction out"
            case .tone: "a tone experiment's variants are written in the tones you name (--tone); leave the instruction out"
            default: "an edit experiment is written by hand; leave the instruction out (or use the kind cold-open or ending)"
            }
            problem("instruction", why)
        }
        // Each kind's own variant options, refused on the others.
        let given: [(option: String, kind: EpisodeExperiment.Kind, count: Int)] = [
            ("title", .title, request.titles.count), ("cover", .cover, request.covers.count), ("look", .look, request.looks.count),
            ("tone", .tone, request.tones.count), ("character", .look, request.character == nil ? 0 : 1),
        ]
        for item in given where item.count > 0 && kind != nil && kind != item.kind {
            problem(item.option, "--\(item.option) is for a \(item.kind.rawValue) experiment (--kind \(item.kind.rawValue))")
        }
        if let kind, kind.isTile {
            if episode != EpisodeExperiment.tileEpisode {
                problem("episode", "a \(kind.rawValue) experiment is on episode \(EpisodeExperiment.tileEpisode): the series' tile on the channel shows its title and cover. Write --episode \(EpisodeExperiment.tileEpisode)")
            }
            if request.weights != nil { problem("weights", "a \(kind.rawValue) experiment has no weights: the bandit allocates the tile's impressions by clicks. Leave them out") }
        }
        var titles: [String] = []
        if kind == .title {
            if request.titles.isEmpty { problem("title", "a title experiment needs the titles to test: give one or more, e.g. --title \"The Contract Bride\"") }
            let current = script.flatMap { Self.episodeTitle(in: $0.text) }
            var seen: Set<String> = current.map { [$0.lowercased()] } ?? []
            for (index, raw) in request.titles.enumerated() {
                let title = raw.trimmingCharacters(in: .whitespacesAndNewlines)
                if title.isEmpty || title.count > 80 || title.contains(where: { $0.isNewline || $0 == ":" }) {
                    problem("title", "title \(index + 1) '\(TextInput.excerpt(raw))' is not usable: write 1 to 80 characters on one line, without ':'")
                } else if !seen.insert(title.lowercased()).inserted {
                    problem("title", "title \(index + 1) '\(title)' is \(title.lowercased() == current?.lowercased() ? "the episode's own title (the control, A)" : "given twice"); give each variant a title of its own")
                } else {
                    titles.append(title)
                }
            }
        }
        let cast = series.characters.map(\.id), places = series.locations.map(\.id)
        var looks: [LookChange] = []
        if kind == .look {
            let member = request.character.flatMap { id in series.characters.first { $0.id == id } }
            if let id = request.character, member == nil {
                problem("character", "'\(TextInput.excerpt(id))' is not a character of \(shown).\(Suggestion.didYouMean(id, in: cast)) Use one of: \(cast.joined(separator: ", ")).")
            } else if request.character == nil {
                problem("character", "a look experiment changes one character's look: name them, e.g. --character \(cast.first ?? "lin-wan")")
            }
            if request.looks.isEmpty { problem("look", "a look experiment needs the looks to test: give one or more, e.g. --look \"hair=short silver bob; outfit=red coat\"") }
            var seen: Set<[String: String]> = []
            for (index, text) in request.looks.enumerated() {
                let (pairs, bad) = VariantSpec.pairs(text, fields: LookChange.fields)
                var values: [String: String] = [:]
                var ok = bad.isEmpty
                for text in bad { problem("look", "look \(index + 1): \(text)") }
                for pair in pairs {
                    if let wrong = LookChange.problem(field: pair.field, value: pair.value) {
                        problem("look", "look \(index + 1): \(wrong)")
                        ok = false
                    } else {
                        values[pair.field] = pair.value
                    }
                }
                guard ok, let member, let id = request.character else { continue }
                let change = LookChange(character: id, values: values)
                if change.applied(to: member.look) == member.look {
                    problem("look", "look \(index + 1) is \(member.name)'s look as the series' bible writes it (the control, A); change at least one field")
                } else if !seen.insert(values).inserted {
                    problem("look", "look \(index + 1) is given twice; give each variant a look of its own")
                } else {
                    looks.append(change)
                }
            }
        }
        var covers: [CoverChange] = []
        if kind == .cover {
            if request.covers.isEmpty { problem("cover", "a cover experiment needs the covers to test: give one or more, e.g. --cover \"characters=\(cast.last ?? "chen-mo"); lighting=night\"") }
            for (index, text) in request.covers.enumerated() {
                let (pairs, bad) = VariantSpec.pairs(text, fields: CoverChange.fields)
                var change = CoverChange()
                var ok = bad.isEmpty
                for text in bad { problem("cover", "cover \(index + 1): \(text)") }
                for pair in pairs {
                    switch pair.field {
                    case "characters":
                        let ids = pair.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                        if ids.isEmpty || ids.count > 2 {
                            problem("cover", "cover \(index + 1): a cover shows one or two characters, not \(ids.count)")
                            ok = false
                        }
                        for id in ids where !cast.contains(id) {
                            problem("cover", "cover \(index + 1): '\(TextInput.excerpt(id))' is not a character of \(shown).\(Suggestion.didYouMean(id, in: cast)) Use one of: \(cast.joined(separator: ", ")).")
                            ok = false
                        }
                        change.characters = ids
                    case "location":
                        if !places.contains(pair.value) {
                            problem("cover", "cover \(index + 1): '\(TextInput.excerpt(pair.value))' is not a location of \(shown).\(Suggestion.didYouMean(pair.value, in: places)) Use one of: \(places.joined(separator: ", ")).")
                            ok = false
                        }
                        change.location = pair.value
                    default:
                        if let lighting = Lighting(rawValue: pair.value.lowercased()) {
                            change.lighting = lighting
                        } else {
                            problem("cover", "cover \(index + 1): lighting is day or night, not '\(TextInput.excerpt(pair.value))'")
                            ok = false
                        }
                    }
                }
                if ok, let script, Self.coverParameters(series: series, episode: episode, text: script.text, change: change) == Self.coverParameters(series: series, episode: episode, text: script.text, change: nil) {
                    problem("cover", "cover \(index + 1) is the episode's own cover (the control, A): its first scene already shows that; change the characters, location or lighting")
                } else if ok {
                    covers.append(change)
                }
            }
        }
        var tones: [(name: String, words: String, notes: [RevisionNote.Action])] = []
        if kind == .tone {
            if request.tones.isEmpty { problem("tone", "a tone experiment needs the tones to test: give one or more, e.g. --tone \(Self.tones[0].name)") }
            for (index, text) in request.tones.enumerated() {
                let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if let preset = Self.tones.first(where: { $0.name == words.lowercased() }) {
                    tones.append(preset)
                } else if rewriter == nil {
                    problem("tone", "tone \(index + 1) '\(TextInput.excerpt(text))' is not one the built-in writer knows.\(Suggestion.didYouMean(words, in: Self.tones.map(\.name))) Use \(Self.tones.map(\.name).joined(separator: " or ")), or configure a model writer (services.writer in cliff.yaml), which takes any words")
                } else if words.isEmpty || words.count > 120 || words.contains(where: \.isNewline) {
                    problem("tone", "tone \(index + 1) '\(TextInput.excerpt(text))' is not usable: write 1 to 120 characters on one line")
                } else {
                    tones.append((words, words, []))
                }
            }
            if Set(tones.map(\.name)).count < tones.count { problem("tone", "a tone is given twice; give each variant a tone of its own") }
        }
        if request.instructions.isEmpty, let kind {
            switch kind {
            case .coldOpen: actions = [("stronger-hook", .strongerHook)]
            case .ending: actions = [("stronger-cliffhanger", .strongerCliffhanger)]
            default: break
            }
        }
        let variantCount = 1 + max(1, {
            switch kind {
            case .edit, nil: 1
            case .title: titles.count
            case .cover: covers.count
            case .look: looks.count
            case .tone: tones.count
            case .coldOpen, .ending: actions.count
            }
        }())
        let names = (0..<variantCount).map { String(UnicodeScalar(UInt8(65 + min($0, 25)))) }
        let isTile = kind?.isTile ?? false
        var weights = isTile ? Array(repeating: 0, count: variantCount) : Array(repeating: Double(10_000 / variantCount) / 100, count: variantCount)
        if let given = request.weights, !isTile {
            if given.count != variantCount {
                problem("weights", "\(given.count) weight\(given.count == 1 ? "" : "s") for \(variantCount) variants (\(names.joined(separator: ", "))). Give one per variant, control first, e.g. \(Array(repeating: String(100 / variantCount), count: variantCount).joined(separator: ","))")
            } else if let bad = given.first(where: { !($0 >= 0 && $0 <= 100) }) {
                problem("weights", "'\(bad)' is not a percentage from 0 to 100")
            } else {
                weights = given
                let total = given.reduce(0, +)
                if total > 100.000001 {
                    problem("weights", "they add up to \(String(format: "%g", total)) %, over 100 %. Lower them (what is left of 100 % is the holdout, who see the episode as written)")
                }
            }
        }
        let metric: EpisodeExperiment.Metric?
        if let text = request.metric {
            metric = EpisodeExperiment.Metric(rawValue: text.lowercased())
            if metric == nil {
                problem("metric", "'\(TextInput.excerpt(text))' is not a metric.\(Suggestion.didYouMean(text, in: EpisodeExperiment.Metric.allCases.map(\.rawValue))) Use one of: \(EpisodeExperiment.Metric.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        } else {
            metric = kind.map(EpisodeExperiment.defaultMetric)
        }
        if let kind, let metric, kind.isTile != (metric == .clickThrough) {
            problem("metric", kind.isTile ? "a \(kind.rawValue) experiment is measured by click_through; leave --metric out" : "click_through measures title and cover experiments only (--kind title or cover)")
        }
        var guardrails: [EpisodeExperiment.Metric] = []
        for text in request.guardrails {
            if let value = EpisodeExperiment.Metric(rawValue: text.lowercased()) {
                guardrails.append(value)
            } else {
                problem("guardrail", "'\(TextInput.excerpt(text))' is not a metric. Use one of: \(EpisodeExperiment.Metric.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        if request.guardrails.isEmpty { guardrails = isTile ? [] : [kind == .ending || kind == .tone ? .hook : .completion].filter { $0 != metric } }
        if isTile, !request.guardrails.isEmpty { problem("guardrail", "a \(kind?.rawValue ?? "tile") experiment has no guardrails: its viewers are not split on the episode") }
        let key = request.key ?? "\(ProjectLayout.episodeTag(episode))-\(kind == .coldOpen ? "hook" : kind?.rawValue ?? "edit")"
        if !EpisodeExperiment.isName(key) {
            problem("key", "'\(TextInput.excerpt(key))' is not a usable key; use letters, digits, '.', '_' or '-' (at most 64), e.g. ep001-hook")
        }
        let (existing, existingProblems) = ExperimentSet.read(files)
        if !existingProblems.isEmpty {
            problems.append("the project's experiments have problems (fix them first):\n" + existingProblems.sortedByLocation().map { "      " + $0.description }.joined(separator: "\n"))
        }
        if FileManager.default.fileExists(atPath: files.root.appendingPathComponent(EpisodeExperiment.filePath(key: key)).path) {
            problem("key", "an experiment '\(key)' exists already (\(EpisodeExperiment.filePath(key: key))); a key is never reused. Give this one a key of its own")
        }
        if let kind {
            problems += Self.sharingProblems(existing, kind: kind, range: range, weights: weights).map { "\(fieldPrefix)\($0.field): \($0.text)" }
        }
        guard problems.isEmpty, let kind, let metric, let script else {
            throw StudioError(
                code: .invalidInput,
                message: "nothing was made; \(problems.count == 1 ? "a problem" : "\(problems.count) problems"):\n" + problems.map { "  - " + $0 }.joined(separator: "\n"))
        }

        // The variants: scripts written (one per variant, or one per episode for a tone), or a change of the drawing.
        var made: [(name: String, instruction: String?, texts: [Int: String])] = []
        var variantsMade: [EpisodeExperiment.Variant] = []
        func note(_ action: RevisionNote.Action, variant: String) -> RevisionNote {
            RevisionNote(
                insight: "experiment:\(key)", action: action, maxLineCharacters: action == .shortenLines ? 60 : nil, strength: 1,
                evidence: "experiment \(key), variant \(variant)")
        }
        switch kind {
        case .edit:
            made.append((names[1], nil, [episode: script.text]))
        case .title:
            for (index, title) in titles.enumerated() { made.append((names[index + 1], nil, [episode: Self.retitled(script.text, title: title)])) }
        case .look:
            for (index, look) in looks.enumerated() { variantsMade.append(.init(name: names[index + 1], weight: weights[index + 1], look: look)) }
        case .cover:
            for (index, cover) in covers.enumerated() { variantsMade.append(.init(name: names[index + 1], weight: 0, cover: cover)) }
        case .coldOpen, .ending, .tone:
            // Each variant: its notes (an instruction, or a tone's) on each of its episodes.
            let plans: [(name: String, label: String, instruction: String?, notes: [RevisionNote.Action], tone: String?)] = kind == .tone
                ? tones.enumerated().map { (names[$0 + 1], "the tone \($1.name)", nil, $1.notes, $1.words) }
                : actions.enumerated().map { (names[$0 + 1], "the instruction \($1.0)", $1.0, [$1.1], nil) }
            if let rewriter {
                // The model writes the episodes again with the notes (and the tone): variants that
                // differ in more than a hook or ending, which their review judges.
                for plan in plans {
                    var toned = series
                    if let tone = plan.tone { toned.tone = tone }
                    var texts: [Int: String] = [:]
                    for number in range {
                        texts[number] = try await rewriter.rewriteEpisode(number, of: toned, notes: plan.notes.map { note($0, variant: plan.name) }).text
                    }
                    guard range.contains(where: { number in texts[number] != onDisk.first { $0.number == number }?.text }) else {
                        throw StudioError(
                            code: .conflict,
                            message: "the model writer wrote \(range.count == 1 ? "episode \(episode)" : "episodes \(episode)-\(last)") unchanged with \(plan.label); nothing was made. Try another, or the kind edit to write the variant yourself")
                    }
                    made.append((plan.name, plan.instruction, texts))
                }
            } else {
                let phrasebooks = try files.loadPhrasebooks()
                let writer = BeatSheetWriter(phrasebooks: phrasebooks)
                let plan = try writer.planSeason(series)
                let drafts = try writer.writeSeason(series, plan: plan)
                let reviser = try ScriptReviser(series: series, plan: plan, phrasebooks: phrasebooks)
                let log = try RevisionLog.load(from: files)
                for number in range {
                    guard let draft = drafts.first(where: { $0.number == number }) else {
                        throw StudioError(code: .conflict, message: "episode \(number) is not in the season plan of \(shown); nothing was made")
                    }
                    guard try reviser.revise(draft, notes: log.episodes[number]?.notes ?? []).script.text == onDisk.first(where: { $0.number == number })?.text else {
                        throw StudioError(
                            code: .conflict,
                            message: "\(files.displayPath(files.episodeURL(number))) was edited by hand, so the writer cannot rewrite it (its instructions work on its own draft); nothing was made. Make a hand-edited variant instead (kind edit).")
                    }
                }
                for plan in plans {
                    var texts: [Int: String] = [:]
                    for number in range {
                        let draft = drafts.first { $0.number == number }!
                        texts[number] = try reviser.revise(draft, notes: (log.episodes[number]?.notes ?? []) + plan.notes.map { note($0, variant: plan.name) }).script.text
                    }
                    guard range.contains(where: { number in texts[number] != onDisk.first { $0.number == number }?.text }) else {
                        throw StudioError(
                            code: .conflict,
                            message: "\(plan.label) changes nothing in \(range.count == 1 ? "episode \(episode)" : "episodes \(episode)-\(last)") (\(range.count == 1 ? "it already does" : "they already do") what it asks); nothing was made. Try another, or the kind edit to write the variant yourself")
                    }
                    made.append((plan.name, plan.instruction, texts))
                }
            }
            if kind == .tone {
                for (index, tone) in tones.enumerated() {
                    variantsMade.append(.init(
                        name: names[index + 1], weight: weights[index + 1], scripts: range.map { EpisodeExperiment.scriptPath(key: key, variant: names[index + 1], episode: $0) },
                        tone: tone.name))
                }
            }
        }
        // The policy gate, before anything is written.
        let gate = try GovernanceGate(projectRoot: files.root)
        var findings: [String] = []
        for variant in made {
            let report = try gate.checkBeforeWriting(series: series, scripts: variant.texts)
            if !report.blocking.isEmpty {
                throw StudioError(
                    code: .forbidden,
                    message: "the policy gate refuses variant \(variant.name) (\(report.blocking.map(\.description).prefix(5).joined(separator: "; "))); nothing was made")
            }
            findings += report.needsReview.map { "variant \(variant.name): \($0.description)" }
        }
        let variants = names.enumerated().map { index, name -> EpisodeExperiment.Variant in
            if index == 0 { return .init(name: name, weight: weights[0]) }
            if let variant = variantsMade.first(where: { $0.name == name }) { return variant }
            return .init(
                name: name, weight: weights[index], instruction: made.first { $0.name == name }?.instruction,
                script: EpisodeExperiment.scriptPath(key: key, variant: name))
        }
        let experiment = EpisodeExperiment(
            key: key, episode: episode, through: last, kind: kind, metric: metric, guardrails: guardrails, status: .running, created: Date(),
            variants: variants)
        // Scripts first, the experiment file last: a file that exists names scripts that do.
        for variant in made {
            let declared = variants.first { $0.name == variant.name }!
            for (number, text) in variant.texts {
                guard let path = declared.script(episode: number, first: episode) else { continue }
                try AtomicFile.write(Data(text.utf8), to: files.root.appendingPathComponent(path))
            }
        }
        try AtomicFile.write(Data(experiment.yaml.utf8), to: files.root.appendingPathComponent(EpisodeExperiment.filePath(key: key)))
        var details = [
            "episode": String(episode), "kind": kind.rawValue,
            "variants": experiment.variants.map { "\($0.name) \(EpisodeExperiment.percent($0.weight))%" }.joined(separator: ", "),
        ]
        if experiment.spansEpisodes { details["through"] = String(last) }
        for variant in experiment.variants { if let change = change(of: variant) { details["variant \(variant.name)"] = change } }
        _ = try AuditLog(projectRoot: files.root).append(kind: "experiment.new", actor: actor, subject: key, details: details)
        return (experiment, findings)
    }

    /// The parameters of the cover the production line would draw for episode `episode`
    /// (`text`), with `change` or as the episode's own.
    static func coverParameters(series: Series, episode: Int, text: String, change: CoverChange?) -> Data? {
        let pipeline = ScriptPipeline(series: series)
        let graph = change.map {
            pipeline.graph(for: [], variants: [VariantScript(episode: episode, experiment: "x", variant: "B", file: "", text: text, folder: "", cover: $0)])
        } ?? pipeline.graph(for: [(number: episode, text: text)])
        return graph.nodes.first { $0.step == CoverStep.kind }?.parameters
    }

    /// Why an experiment of `kind` on `range` with `weights` cannot join `existing` (field and
    /// sentence): the tile tests one thing at a time; a viewer is never in two experiments on one
    /// episode, so the experiments in an episode's layer share its 100 %; and an experiment over
    /// several episodes joins the series' layer, which would move the viewers of the running
    /// experiments of its episodes, so it waits until they are decided.
    static func sharingProblems(_ existing: ExperimentSet, kind: EpisodeExperiment.Kind, range: ClosedRange<Int>, weights: [Double]) -> [(field: String, text: String)] {
        var problems: [(String, String)] = []
        let all = existing.entries.map(\.experiment)
        if kind.isTile {
            if let running = all.first(where: { $0.isTile && $0.status == .running }) {
                problems.append(("kind", "the \(running.kind.rawValue) experiment \(running.key) is running on the series' tile, which tests one thing at a time; stop or ship it first (cliff experiment stop|ship)"))
            }
            return problems
        }
        let share = weights.reduce(0, +)
        let spans = range.count > 1
        let spanning = all.filter { !$0.isTile && $0.spansEpisodes }
        // The episodes whose layer the new experiment joins.
        let affected = spans ? Set(spanning.flatMap { Array($0.episodes) }).union(range) : Set(range)
        if spans {
            let moved = all.filter { !$0.isTile && !$0.spansEpisodes && $0.status == .running && affected.contains($0.episode) }
            if !moved.isEmpty {
                problems.append(("through", "\(moved.map { "\($0.key) (episode \($0.episode))" }.joined(separator: ", ")) \(moved.count == 1 ? "is" : "are") running on these episodes; an experiment over several episodes shares one assignment for all of them, which would move \(moved.count == 1 ? "its" : "their") viewers. Stop or ship \(moved.count == 1 ? "it" : "them") first (cliff experiment stop|ship)"))
            }
        }
        for number in affected.sorted() {
            let group = spans ? spanning + all.filter { !$0.isTile && !$0.spansEpisodes && $0.episode == number } : existing.assignmentGroup(episode: number).experiments
            let taken = group.reduce(0) { $0 + $1.variants.reduce(0) { $0 + $1.weight } }
            if !group.isEmpty, taken + share > 100.000001 {
                problems.append(("weights", "episode \(number)'s other experiments (\(group.map(\.key).joined(separator: ", "))) take \(String(format: "%g", taken)) % of its viewers; this one's \(String(format: "%g", share)) % would make more than 100 %. Give it at most \(String(format: "%g", max(0, 100 - taken))) % in all (a viewer is never in two experiments on one episode)"))
                break
            }
        }
        return problems
    }

    /// The `Episode Title:` of a script's title page, if any.
    static func episodeTitle(in script: String) -> String? {
        for line in script.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { return nil }  // the title page ends at the first blank line
            if line.lowercased().hasPrefix("episode title:") {
                return String(line.dropFirst("episode title:".count)).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// `script` with `title` as its title page's `Episode Title:` (added after the title page's
    /// first line when it has none).
    static func retitled(_ script: String, title: String) -> String {
        var lines = script.components(separatedBy: "\n")
        for index in lines.indices {
            if lines[index].trimmingCharacters(in: .whitespaces).isEmpty { break }
            if lines[index].lowercased().hasPrefix("episode title:") {
                lines[index] = "Episode Title: \(title)"
                return lines.joined(separator: "\n")
            }
        }
        let hasTitlePage = lines.first.map { $0.contains(":") && !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? false
        if hasTitlePage {
            lines.insert("Episode Title: \(title)", at: 1)
            return lines.joined(separator: "\n")
        }
        return "Episode Title: \(title)\n\n" + script
    }

    /// Each variant's episode title in a title experiment: the control's from the episode as
    /// written, the others' from their scripts (a script that cannot be read gives none).
    /// A cover experiment's arms are named by what their cover shows instead.
    package static func titles(of experiment: EpisodeExperiment, files: SeriesProject) -> [String: String] {
        var titles: [String: String] = [:]
        if experiment.kind == .cover {
            for variant in experiment.variants { titles[variant.name] = change(of: variant) ?? "the episode's own cover" }
            return titles
        }
        for (index, variant) in experiment.variants.enumerated() {
            let url = index == 0 ? files.episodeURL(experiment.episode) : variant.script.map { files.root.appendingPathComponent($0) }
            guard let url, let text = files.readAtTheDoor(url, shown: files.displayPath(url)).0 else { continue }
            titles[variant.name] = episodeTitle(in: text)
        }
        return titles
    }
}
