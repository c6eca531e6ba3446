package import Audience
import Basics
import DramaModel
import Experiments
package import Foundation
package import Production
import ModelServices
import StoryEngine

/// A variant as the studio shows it.
package struct VariantView: Sendable, Hashable, Codable {
    /// Its name (`A` is the control, the episode as written).
    package var name: String
    /// Its share of the episode's viewers, in percent.
    package var weight: Double
    /// The writer's instruction it was written with, if any.
    package var instruction: String?
    /// Its script, relative to the project (nil for the control: the episode's).
    package var script: String?
    /// What it changes in words, for the kinds without a script of their own or with several
    /// (`lin-wan's look: hair short silver bob`, `tone: tense`, `cover: lighting night`).
    package var change: String?
    /// Its render in the studio (`/media/…`), nil when not rendered.
    package var video: String?
    /// Its cover in the studio, nil when there is none (previews have none).
    package var poster: String?
    /// SHA-256 of its render.
    package var render: String?
    /// `not rendered`, `in review`, `approved`, `rejected` (the control: its episode's state).
    package var state: String
    /// The last rejection's note, while rejected.
    package var note: String?
}

/// An experiment as the studio shows it.
package struct ExperimentView: Sendable, Hashable, Codable {
    /// Its key.
    package var key: String
    /// The episode it changes (the first, when it changes several).
    package var episode: Int
    /// The last episode it changes.
    package var lastEpisode: Int
    /// `cold-open`, `ending`, `edit`, `title`, `cover`, `look`, `tone`.
    package var kind: String
    /// `running`, `stopped`, `shipped`.
    package var status: String
    /// The primary metric and the guardrails.
    package var metric: String, guardrails: [String]
    /// The variant shown to everyone once shipped.
    package var shipped: String?
    /// The variants, control first.
    package var variants: [VariantView]
    /// Viewers are being assigned now.
    package var live: Bool
    /// What keeps a running experiment from assigning viewers, in words.
    package var waiting: [String]
    /// For a title experiment: its tile's impressions, clicks and the bandit's allocation.
    package var tiles: TileReport?
}

extension Studio {
    /// The variant review rules: a variant's render is approved or rejected like an episode's;
    /// its state is that of the last decision about its current render.
    static func variantState(render: String?, history: [(action: String, render: String?, note: String?)]) -> (state: String, note: String?) {
        guard let render else { return ("not rendered", nil) }
        guard let last = history.last(where: { $0.render == render }) else { return ("in review", nil) }
        return last.action == "approve" ? ("approved", nil) : ("rejected", last.note)
    }

    /// The experiments of series `id` with each variant's render and review state.
    package func experiments(_ id: String, now: Date = Date()) async throws(StudioError) -> [ExperimentView] {
        let project = try catalog.project(id)
        let set = try Self.experimentSet(project)
        var views: [ExperimentView] = []
        var episodeStates: [Int: EpisodeState] = [:]
        for entry in set.entries {
            let experiment = entry.experiment
            if episodeStates[experiment.episode] == nil {
                episodeStates[experiment.episode] = try await episode(id, experiment.episode, now: now).state
            }
            views.append(try await view(id, project: project, experiment: experiment, episodeState: episodeStates[experiment.episode] ?? .draft))
        }
        return views
    }

    /// One experiment of series `id` and its report from the stored events.
    package func experiment(_ id: String, _ key: String, now: Date = Date()) async throws(StudioError) -> (ExperimentView, ExperimentReport) {
        let project = try catalog.project(id)
        let entry = try Self.entry(key, in: try Self.experimentSet(project))
        let state = try await episode(id, entry.experiment.episode, now: now).state
        let view = try await view(id, project: project, experiment: entry.experiment, episodeState: state)
        do {
            return (view, try await ExperimentDesk.report(entry.experiment, seriesID: id, audience: audience))
        } catch let error as StudioError {
            throw error
        } catch {
            throw StudioError(code: .storeFailed, message: "the report of experiment \(key) failed: \(error)")
        }
    }

    /// Approves or rejects the current render of a variant (reviewers; a rejection needs a note).
    /// - Throws: `StudioError` `forbidden`, `notFound`, `invalidInput`, `conflict` (nothing rendered).
    package func reviewVariant(
        _ id: String, _ key: String, variant: String, action: String, note: String?, by user: StudioUser, now: Date = Date()
    ) async throws(StudioError) -> ExperimentView {
        guard user.role >= .reviewer else {
            throw StudioError(code: .forbidden, message: "\(user.name) cannot review")
        }
        guard action == "approve" || action == "reject" else {
            throw StudioError(code: .invalidInput, message: "a variant is approved or rejected, not '\(TextInput.excerpt(action))'", field: "action")
        }
        let project = try catalog.project(id)
        let experiment = try Self.entry(key, in: try Self.experimentSet(project)).experiment
        guard let index = experiment.variants.firstIndex(where: { $0.name == variant }) else {
            throw StudioError(
                code: .notFound,
                message: "experiment \(key) has no variant '\(TextInput.excerpt(variant))'.\(Suggestion.didYouMean(variant, in: experiment.variants.map(\.name)))",
                field: "variant")
        }
        guard index > 0 else {
            throw StudioError(code: .invalidInput, message: "\(variant) is the control, the episode as written: review it on episode \(experiment.episode)'s page", field: "variant")
        }
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if action == "reject", trimmed?.isEmpty ?? true {
            throw StudioError(code: .invalidInput, message: "say what is wrong with the variant: a rejection needs a note", field: "note")
        }
        guard let render = try await renderHash(project, experiment, variant) else {
            let episodes = experiment.spansEpisodes ? "episodes \(experiment.episode)-\(experiment.lastEpisode) (they render" : "episode \(experiment.episode) (it renders"
            throw StudioError(code: .conflict, message: "variant \(variant) of \(key) is not rendered yet: render \(episodes) its variants) and review it then")
        }
        try await database.write { db in
            try await db.execute(
                "INSERT INTO studio_variant_reviews (series, experiment, variant, action, actor, note, render, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [.text(id), .text(key), .text(variant), .text(action), .text(user.name), .string(trimmed), .text(render), .time(now)])
        }
        try audit(project, kind: "variant.\(action)", actor: user.name, episode: experiment.episode, details: ["experiment": key, "variant": variant, "render": render, "note": trimmed ?? ""])
        let state = try await episode(id, experiment.episode, now: now).state
        return try await view(id, project: project, experiment: experiment, episodeState: state)
    }

    /// Stops experiment `key` (`ship` nil) or ships a variant to everyone (producers), recorded
    /// in the audit log with who, why and the figures.
    package func decideExperiment(
        _ id: String, _ key: String, ship: String?, why: String, by user: StudioUser, now: Date = Date()
    ) async throws(StudioError) -> ExperimentView {
        guard user.role >= .producer else {
            throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); stopping or shipping an experiment needs the producer role")
        }
        let project = try catalog.project(id)
        do {
            _ = try await ExperimentDesk.decide(project: project.files, key: key, ship: ship, why: why, actor: user.name, audience: audience)
        } catch let error as StudioError {
            throw error
        } catch {
            throw Self.studioError(error)
        }
        return try await experiment(id, key, now: now).0
    }

    /// Makes an experiment on series `id` as `user` (producers) with the command line's rules
    /// (`ExperimentDesk.create`): the variants are written by the series' model writer when its
    /// `cliff.yaml` configures `services.writer` (what the model used goes to the ledger), else by
    /// the built-in writer.
    /// - Throws: `StudioError` (`forbidden`, `invalidInput`, `conflict`); nothing is written then.
    package func makeExperiment(_ id: String, _ request: ExperimentRequest, by user: StudioUser) async throws(StudioError) -> (experiment: EpisodeExperiment, findings: [String]) {
        guard user.role >= .producer else {
            throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); making an experiment needs the producer role")
        }
        let project = try catalog.project(id)
        var hub: ServiceHub?
        do {
            let settings = try ServiceSettings.load(projectRoot: project.root)
            // Only the kinds the writer writes ask the model (an edit or a title is the user's).
            let written = EpisodeExperiment.Kind(rawValue: request.kind.lowercased())?.isWritten ?? false
            if settings.writer != nil, written {
                hub = ServiceHub(settings: settings, projectRoot: project.root)
            }
            let writer = try hub?.writer()
            if let writer { try PriceBook(project.settings.prices).requireWriterPrices(writer.generator) }
            let made = try await ExperimentDesk.create(project: project.files, request, actor: user.name, rewriter: writer)
            if let writer, !writer.usage.isEmpty {
                try await jobStore(project).recordWriterUsage(
                    writer.usage, generator: writer.generator, episodes: Array(made.experiment.episodes), prices: PriceBook(project.settings.prices))
            }
            try? await hub?.shutdown()
            return made
        } catch {
            try? await hub?.shutdown()
            throw Self.makeError(error)
        }
    }

    /// A failure to make an experiment as the studio says it.
    private static func makeError(_ error: any Error) -> StudioError {
        switch error {
        case let error as StudioError: error
        case let error as ModelServicesError:
            StudioError(code: .conflict, message: "the model writer could not write the variants: \(error.message); nothing was made")
        default: studioError(error)
        }
    }

    /// What viewer `viewer` is shown of episode `number`: the experiment variant served (nil:
    /// the episode as written) and the tag its events carry (nil: not in a live experiment).
    /// `approved` keeps the review answers of one listing (keyed by tag), shared with its other checks.
    func assignment(
        _ id: String, project: ProductionProject, episode number: Int, viewer: String?, set: ExperimentSet, approved: inout [String: Bool]
    ) async throws(StudioError) -> (served: (experiment: EpisodeExperiment, variant: String)?, tag: String?) {
        let entries = set.on(episode: number).map(\.experiment)
        guard !entries.isEmpty else { return (nil, nil) }
        if let viewer, !viewer.isEmpty, let (experiment, variant) = try ExperimentDesk.enrolment(series: id, episode: number, viewer: viewer, set: set),
            try await isLive(id, project: project, experiment: experiment, cache: &approved)
        {
            return (variant == experiment.control ? nil : (experiment, variant), experiment.tag(variant))
        }
        // Not in a live experiment: the last shipped variant that is approved, else the episode.
        for experiment in entries.reversed() where experiment.status == .shipped {
            guard let shipped = experiment.shipped else { continue }
            if try await isApproved(id, project: project, experiment: experiment, variant: shipped, cache: &approved) {
                return (shipped == experiment.control ? nil : (experiment, shipped), nil)
            }
        }
        return (nil, nil)
    }

    /// Whether `experiment` assigns viewers on the channel: running, with every variant's
    /// render approved (`cache` keeps the answers of one listing, keyed by tag).
    func isLive(_ id: String, project: ProductionProject, experiment: EpisodeExperiment, cache: inout [String: Bool]) async throws(StudioError) -> Bool {
        guard experiment.status == .running else { return false }
        for variant in experiment.variants where !(try await isApproved(id, project: project, experiment: experiment, variant: variant.name, cache: &cache)) {
            return false
        }
        return true
    }

    /// Whether variant `variant`'s render is approved (the control always is).
    func isApproved(_ id: String, project: ProductionProject, experiment: EpisodeExperiment, variant: String, cache: inout [String: Bool]) async throws(StudioError) -> Bool {
        if variant == experiment.control { return true }
        let key = experiment.tag(variant)
        if let known = cache[key] { return known }
        let approved = try await variantState(id, project: project, experiment: experiment, variant: variant).state == "approved"
        cache[key] = approved
        return approved
    }

    /// Whether the channel may serve a file of variant `variant` of experiment `key` on episode
    /// `number`: the episode is released, the variant approved, and the experiment running or
    /// shipped with it.
    package func isVariantServed(_ id: String, _ number: Int, key: String, variant: String, now: Date = Date()) async throws(StudioError) -> Bool {
        let project = try catalog.project(id)
        guard let experiment = try Self.experimentSet(project).entry(key)?.experiment, experiment.episodes.contains(number),
            experiment.variants.dropFirst().contains(where: { $0.name == variant }),
            experiment.status == .running || (experiment.status == .shipped && experiment.shipped == variant)
        else { return false }
        guard try await isReleased(id, number, now: now) else { return false }
        return try await variantState(id, project: project, experiment: experiment, variant: variant).state == "approved"
    }

    /// A file of a variant's render (`episode.mp4`, `preview.mp4`, `episode.vtt`, `cover.jpg`, …).
    /// - Throws: `StudioError` `notFound`.
    package func variantMediaFile(_ id: String, _ number: Int, key: String, variant: String, name: String) throws(StudioError) -> URL {
        guard Self.mediaNames.contains(name) else {
            throw StudioError(code: .notFound, message: "no such media file '\(TextInput.excerpt(name))'; variants have \(Self.mediaNames.sorted().joined(separator: ", "))")
        }
        let project = try catalog.project(id)
        guard let experiment = try Self.experimentSet(project).entry(key)?.experiment, experiment.episodes.contains(number),
            experiment.variants.dropFirst().contains(where: { $0.name == variant })
        else {
            throw StudioError(code: .notFound, message: "episode \(number) of '\(id)' has no experiment variant \(TextInput.excerpt(key))/\(TextInput.excerpt(variant))")
        }
        let url = project.root.appendingPathComponent(experiment.outputFolder(variant, episode: number)).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw StudioError(code: .notFound, message: "variant \(variant) of \(key) has no \(name) yet: render episode \(number)")
        }
        return url
    }

    // MARK: - Helpers

    private func view(_ id: String, project: ProductionProject, experiment: EpisodeExperiment, episodeState: EpisodeState) async throws(StudioError) -> ExperimentView {
        var variants: [VariantView] = []
        var waiting: [String] = []
        if episodeState != .published { waiting.append("episode \(experiment.episode) is not on the channel (\(episodeState.rawValue))") }
        for (index, variant) in experiment.variants.enumerated() {
            if index == 0 {
                let video = "/media/\(id)/\(experiment.episode)/episode.mp4"
                let rendered = FileManager.default.fileExists(atPath: Self.episodeFile(project, experiment.episode).path)
                let cover = Self.episodeFile(project, experiment.episode).deletingLastPathComponent().appendingPathComponent("cover.jpg")
                variants.append(VariantView(
                    name: variant.name, weight: variant.weight, instruction: nil, script: nil, change: nil, video: rendered ? video : nil,
                    poster: FileManager.default.fileExists(atPath: cover.path) ? "/media/\(id)/\(experiment.episode)/cover.jpg" : nil, render: nil,
                    state: episodeState.rawValue, note: nil))
                continue
            }
            let (render, state, note) = try await variantState(id, project: project, experiment: experiment, variant: variant.name)
            if state != "approved" { waiting.append("\(variant.name) is \(state)") }
            let base = "/media/\(id)/\(experiment.episode)/variants/\(experiment.key)/\(variant.name)/"
            let cover = Self.variantFile(project, experiment, variant.name).deletingLastPathComponent().appendingPathComponent("cover.jpg")
            variants.append(VariantView(
                name: variant.name, weight: variant.weight, instruction: variant.instruction, script: variant.script ?? variant.scripts.first,
                change: ExperimentDesk.change(of: variant), video: render == nil || experiment.kind == .cover ? nil : base + "episode.mp4", poster: FileManager.default.fileExists(atPath: cover.path) ? base + "cover.jpg" : nil,
                render: render, state: state, note: note))
        }
        let running = experiment.status == .running
        var tiles: TileReport?
        if experiment.isTile {
            do {
                tiles = try await Self.tileReport(experiment, titles: ExperimentDesk.titles(of: experiment, files: project.files), seriesID: id, audience: audience)
            } catch {
                throw StudioError(code: .storeFailed, message: "the tile report of experiment \(experiment.key) failed: \(error)")
            }
        }
        return ExperimentView(
            key: experiment.key, episode: experiment.episode, lastEpisode: experiment.lastEpisode, kind: experiment.kind.rawValue, status: experiment.status.rawValue,
            metric: experiment.metric.rawValue, guardrails: experiment.guardrails.map(\.rawValue), shipped: experiment.shipped, variants: variants,
            live: running && waiting.isEmpty, waiting: running ? waiting : [], tiles: tiles)
    }

    private func variantState(_ id: String, project: ProductionProject, experiment: EpisodeExperiment, variant: String) async throws(StudioError) -> (render: String?, state: String, note: String?) {
        let render = try await renderHash(project, experiment, variant)
        let key = experiment.key
        let history = try await database.read { db in
            try await db.rows(
                "SELECT action, render, note FROM studio_variant_reviews WHERE series = ? AND experiment = ? AND variant = ? ORDER BY id",
                [.text(id), .text(key), .text(variant)]
            ).map { (action: $0.string("action"), render: $0["render"].string, note: $0["note"].string) }
        }
        let (state, note) = Self.variantState(render: render, history: history)
        return (render, state, note)
    }

    /// `out/epNNN/variants/<key>/<variant>/episode.mp4` (of the first of the experiment's
    /// episodes unless `episode` says), or `cover.jpg` for a cover variant: what a reviewer watches.
    package static func variantFile(_ project: ProductionProject, _ experiment: EpisodeExperiment, _ variant: String, episode: Int? = nil) -> URL {
        project.root.appendingPathComponent(experiment.outputFolder(variant, episode: episode))
            .appendingPathComponent(experiment.kind == .cover ? "cover.jpg" : "episode.mp4")
    }

    /// The render a review of `variant` is about: the hash of its file, or for an experiment over
    /// several episodes the hashes of each episode's joined by `+` (nil until all are rendered),
    /// so a review holds only for the renders it saw.
    func renderHash(_ project: ProductionProject, _ experiment: EpisodeExperiment, _ variant: String) async throws(StudioError) -> String? {
        var parts: [String] = []
        for number in experiment.episodes {
            guard let hash = try await hashes.hash(of: Self.variantFile(project, experiment, variant, episode: number)) else { return nil }
            parts.append(hash)
        }
        return parts.joined(separator: "+")
    }

    static func experimentSet(_ project: ProductionProject) throws(StudioError) -> ExperimentSet {
        do {
            return try ExperimentSet.load(project.files)
        } catch {
            throw StudioError(code: .conflict, message: "the series' experiment files have problems (cliff validate lists them): \(error.description)")
        }
    }

    static func entry(_ key: String, in set: ExperimentSet) throws(StudioError) -> ExperimentSet.Entry {
        guard let entry = set.entry(key) else {
            let keys = set.entries.map(\.experiment.key)
            throw StudioError(
                code: .notFound, message: "there is no experiment '\(TextInput.excerpt(key))'.\(Suggestion.didYouMean(key, in: keys))", field: "key")
        }
        return entry
    }

    static func studioError(_ error: any Error) -> StudioError {
        if let error = error as? StudioError { return error }
        if let error = error as? any ExplainedError {
            return StudioError(code: error.kind == .input ? .invalidInput : .storeFailed, message: error.description)
        }
        return StudioError(code: .storeFailed, message: "\(error)")
    }
}
