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

    /// The assignment layer of `experiments` (one episode's, in layer order). Title experiments
    /// are left out: the bandit allocates the tile's impressions, no viewer of the episode is
    /// assigned.
    /// - Throws: `StudioError` `invalidInput` when the statistics refuse the definitions.
    package static func layer(series: String, episode: Int, experiments: [EpisodeExperiment]) throws(StudioError) -> Layer {
        do {
            return try Layer(
                key: layerKey(series: series, episode: episode),
                experiments: experiments.filter { !$0.isTile }.map { e in
                    ExperimentDefinition(key: e.key, episodes: [String(e.episode)], variants: e.variants.map { Variant(name: $0.name, weight: $0.weight) })
                })
        } catch {
            throw StudioError(code: .invalidInput, message: "the experiments on episode \(episode) cannot be assigned: \(error.description)")
        }
    }

    /// The report of `experiment` of the series `seriesID` from `audience` (an empty report without one).
    package static func report(
        _ experiment: EpisodeExperiment, seriesID: String, audience: AudienceStore?, lookEvery: Int = 200
    ) async throws -> ExperimentReport {
        guard let audience else { return try ExperimentReport.make(experiment: experiment, outcomes: [], conflicts: 0) }
        let (outcomes, conflicts) = try await audience.variantOutcomes(series: seriesID, episode: experiment.episode, experiment: experiment.key)
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
    /// The episode the variants change.
    package var episode: Int
    /// `cold-open`, `ending` or `edit`.
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

    /// Creates a request.
    package init(
        episode: Int, kind: String, key: String? = nil, instructions: [String] = [], weights: [Double]? = nil, metric: String? = nil,
        guardrails: [String] = [], titles: [String] = []
    ) {
        self.episode = episode
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
        if kind == nil {
            problem("kind", "'\(TextInput.excerpt(request.kind))' is not a kind.\(Suggestion.didYouMean(request.kind, in: EpisodeExperiment.Kind.allCases.map(\.rawValue))) Use cold-open, ending or edit.")
        }
        let loaded = try files.loadBible()
        let series = loaded.series
        let onDisk = files.scriptsOnDisk()
        let script = onDisk.first { $0.number == episode }
        if script == nil {
            let written = onDisk.map(\.number)
            problem("episode", "episode \(episode) does not exist in \(shown) (\(written.isEmpty ? "no episode is written yet" : "written: \(EpisodeSelection(numbers: written).description)")). Pick a written episode, or write it first with cliff write \(shown) --episodes \(episode)")
        }
        var actions: [(String, RevisionNote.Action)] = []
        for text in request.instructions {
            if let match = instructions.first(where: { $0.0 == text.lowercased() }) {
                actions.append(match)
            } else {
                problem("instruction", "'\(TextInput.excerpt(text))' is not an instruction.\(Suggestion.didYouMean(text, in: instructions.map(\.0))) Use one of: \(instructions.map(\.0).joined(separator: ", ")).")
            }
        }
        if kind == .edit || kind == .title, !request.instructions.isEmpty {
            problem("instruction", kind == .title
                ? "a title experiment's variants are the titles you give (--title); leave the instruction out"
                : "an edit experiment is written by hand; leave the instruction out (or use the kind cold-open or ending)")
        }
        var titles: [String] = []
        if kind == .title {
            if episode != EpisodeExperiment.tileEpisode {
                problem("episode", "a title experiment is on episode \(EpisodeExperiment.tileEpisode): the series' tile on the channel shows its title and cover. Write --episode \(EpisodeExperiment.tileEpisode)")
            }
            if request.titles.isEmpty { problem("title", "a title experiment needs the titles to test: give one or more, e.g. --title \"The Contract Bride\"") }
            if request.weights != nil { problem("weights", "a title experiment has no weights: the bandit allocates the tile's impressions by clicks. Leave them out") }
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
        } else if !request.titles.isEmpty {
            problem("title", "--title is for a title experiment (--kind title)")
        }
        if request.instructions.isEmpty, let kind {
            switch kind {
            case .coldOpen: actions = [("stronger-hook", .strongerHook)]
            case .ending: actions = [("stronger-cliffhanger", .strongerCliffhanger)]
            case .edit, .title: break
            }
        }
        let variantCount = 1 + (kind == .edit ? 1 : kind == .title ? max(1, titles.count) : max(1, actions.count))
        let names = (0..<variantCount).map { String(UnicodeScalar(UInt8(65 + min($0, 25)))) }
        var weights = kind == .title ? Array(repeating: 0, count: variantCount) : Array(repeating: Double(10_000 / variantCount) / 100, count: variantCount)
        if let given = request.weights, kind != .title {
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
            metric = kind == .ending ? .continue : kind == .title ? .clickThrough : .hook
        }
        if let kind, let metric, (kind == .title) != (metric == .clickThrough) {
            problem("metric", kind == .title ? "a title experiment is measured by click_through; leave --metric out" : "click_through measures title experiments only (--kind title)")
        }
        var guardrails: [EpisodeExperiment.Metric] = []
        for text in request.guardrails {
            if let value = EpisodeExperiment.Metric(rawValue: text.lowercased()) {
                guardrails.append(value)
            } else {
                problem("guardrail", "'\(TextInput.excerpt(text))' is not a metric. Use one of: \(EpisodeExperiment.Metric.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }
        if request.guardrails.isEmpty { guardrails = kind == .title ? [] : [kind == .ending ? .hook : .completion].filter { $0 != metric } }
        if kind == .title, !request.guardrails.isEmpty { problem("guardrail", "a title experiment has no guardrails: its viewers are not split on the episode") }
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
        let sharing = existing.on(episode: episode)
        let taken = sharing.reduce(0) { $0 + $1.experiment.variants.reduce(0) { $0 + $1.weight } }
        if !sharing.isEmpty, taken + weights.reduce(0, +) > 100.000001 {
            problem("weights", "episode \(episode)'s other experiments (\(sharing.map(\.experiment.key).joined(separator: ", "))) take \(String(format: "%g", taken)) % of its viewers; this one's \(String(format: "%g", weights.reduce(0, +))) % would make more than 100 %. Give it at most \(String(format: "%g", max(0, 100 - taken))) % in all (a viewer is never in two experiments on one episode)")
        }
        guard problems.isEmpty, let kind, let metric, let script else {
            throw StudioError(
                code: .invalidInput,
                message: "nothing was made; \(problems.count == 1 ? "a problem" : "\(problems.count) problems"):\n" + problems.map { "  - " + $0 }.joined(separator: "\n"))
        }

        // The variants' scripts.
        var made: [(name: String, instruction: String?, text: String)] = []
        func note(_ action: (String, RevisionNote.Action), variant: String) -> RevisionNote {
            RevisionNote(
                insight: "experiment:\(key)", action: action.1, maxLineCharacters: action.1 == .shortenLines ? 60 : nil, strength: 1,
                evidence: "experiment \(key), variant \(variant)")
        }
        if kind == .edit {
            made.append((names[1], nil, script.text))
        } else if kind == .title {
            for (index, title) in titles.enumerated() { made.append((names[index + 1], nil, Self.retitled(script.text, title: title))) }
        } else if let rewriter {
            // The model writes the episode again with the instruction: a variant that differs in
            // more than its hook or ending, which its review judges.
            for (index, action) in actions.enumerated() {
                let revised = try await rewriter.rewriteEpisode(episode, of: series, notes: [note(action, variant: names[index + 1])])
                guard revised.text != script.text else {
                    throw StudioError(
                        code: .conflict,
                        message: "the model writer wrote episode \(episode) unchanged with the instruction \(action.0); nothing was made. Try another instruction, or the kind edit to write the variant yourself")
                }
                made.append((names[index + 1], action.0, revised.text))
            }
        } else {
            let phrasebooks = try files.loadPhrasebooks()
            let writer = BeatSheetWriter(phrasebooks: phrasebooks)
            let plan = try writer.planSeason(series)
            guard let draft = try writer.writeSeason(series, plan: plan).first(where: { $0.number == episode }) else {
                throw StudioError(code: .conflict, message: "episode \(episode) is not in the season plan of \(shown); nothing was made")
            }
            let reviser = try ScriptReviser(series: series, plan: plan, phrasebooks: phrasebooks)
            let earlier = try RevisionLog.load(from: files).episodes[episode]?.notes ?? []
            guard try reviser.revise(draft, notes: earlier).script.text == script.text else {
                throw StudioError(
                    code: .conflict,
                    message: "\(files.displayPath(files.episodeURL(episode))) was edited by hand, so the writer cannot rewrite it (its instructions work on its own draft); nothing was made. Make a hand-edited variant instead (kind edit).")
            }
            for (index, action) in actions.enumerated() {
                let revised = try reviser.revise(draft, notes: earlier + [note(action, variant: names[index + 1])]).script
                guard revised.text != script.text else {
                    throw StudioError(
                        code: .conflict,
                        message: "the instruction \(action.0) changes nothing in episode \(episode) (it already does what the instruction asks); nothing was made. Try another instruction, or the kind edit to write the variant yourself")
                }
                made.append((names[index + 1], action.0, revised.text))
            }
        }
        // The policy gate, before anything is written.
        let gate = try GovernanceGate(projectRoot: files.root)
        var findings: [String] = []
        for variant in made {
            let report = try gate.checkBeforeWriting(series: series, scripts: [episode: variant.text])
            if !report.blocking.isEmpty {
                throw StudioError(
                    code: .forbidden,
                    message: "the policy gate refuses variant \(variant.name) (\(report.blocking.map(\.description).prefix(5).joined(separator: "; "))); nothing was made")
            }
            findings += report.needsReview.map { "variant \(variant.name): \($0.description)" }
        }
        let experiment = EpisodeExperiment(
            key: key, episode: episode, kind: kind, metric: metric, guardrails: guardrails, status: .running, created: Date(),
            variants: names.enumerated().map { index, name in
                let variant = made.first { $0.name == name }
                return EpisodeExperiment.Variant(
                    name: name, weight: weights[index], instruction: variant?.instruction,
                    script: index == 0 ? nil : EpisodeExperiment.scriptPath(key: key, variant: name))
            })
        // Scripts first, the experiment file last: a file that exists names scripts that do.
        for variant in made {
            try AtomicFile.write(Data(variant.text.utf8), to: files.root.appendingPathComponent(EpisodeExperiment.scriptPath(key: key, variant: variant.name)))
        }
        try AtomicFile.write(Data(experiment.yaml.utf8), to: files.root.appendingPathComponent(EpisodeExperiment.filePath(key: key)))
        _ = try AuditLog(projectRoot: files.root).append(
            kind: "experiment.new", actor: actor, subject: key,
            details: ["episode": String(episode), "kind": kind.rawValue, "variants": experiment.variants.map { "\($0.name) \(EpisodeExperiment.percent($0.weight))%" }.joined(separator: ", ")])
        return (experiment, findings)
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
    package static func titles(of experiment: EpisodeExperiment, files: SeriesProject) -> [String: String] {
        var titles: [String: String] = [:]
        for (index, variant) in experiment.variants.enumerated() {
            let url = index == 0 ? files.episodeURL(experiment.episode) : variant.script.map { files.root.appendingPathComponent($0) }
            guard let url, let text = files.readAtTheDoor(url, shown: files.displayPath(url)).0 else { continue }
            titles[variant.name] = episodeTitle(in: text)
        }
        return titles
    }
}
