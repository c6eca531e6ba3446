import Basics
package import DramaModel
package import Foundation
import Logging
package import Production
import StoryEngine

/// Each episode of an edition is reviewed and released on its own: nothing reaches the channel
/// without an approval of the exact file, in every language.
///
/// An edition's episode has the review history of a series episode under the edition's series
/// id (`vows.zh`, as its viewer events name it): render (producers), approve, reject with a note.
/// A new render voids the approval. The publisher releases an approved edition episode once its
/// series' episode of the same number is on the channel (the series' release calendar decides
/// for every language), after the compliance gate checks the edition's file (its label and
/// AIGC metadata in the edition's language, its signed provenance, the series' consents and
/// policy); a file the gate refuses is held, with the reasons in its history. An edition episode
/// leaves the channel when its series' episode does, or when it is rendered again.
extension Studio {
    /// An edition of a series as the studio handles it.
    struct StudioEdition {
        /// The series' id (`vows`).
        var source: String
        /// The edition's language.
        var language: Language
        /// The edition's project (`editions/<lang>/`).
        var project: ProductionProject
        /// The edition's series id (`vows.zh`): its review history and viewer events.
        var id: String { "\(source).\(language.rawValue)" }
    }

    /// The edition `code` of series `id`.
    /// - Throws: `StudioError` `notFound` (no such series or edition), `invalidInput` (its
    ///   files do not load).
    func studioEdition(_ id: String, _ code: String) throws(StudioError) -> StudioEdition {
        let project = try catalog.project(id)
        let language = try editionLanguage(project, id: id, code)
        return StudioEdition(source: id, language: language, project: try catalog.edition(of: id, language: language))
    }

    /// The series and language an edition series id (`vows.zh`) names, when that series has
    /// that edition; nil otherwise (a series of the catalog, whatever its name, is never read
    /// as an edition).
    func editionID(_ id: String) -> (source: String, language: Language)? {
        guard let dot = id.lastIndex(of: "."), let language = Language(rawValue: String(id[id.index(after: dot)...])) else { return nil }
        let entries = catalog.all()
        let source = String(id[..<dot])
        guard !entries.contains(where: { $0.id == id }), let entry = entries.first(where: { $0.id == source }) else { return nil }
        let record = ProjectLayout(root: EditionMaker.root(of: entry.root, language: language)).editionRecord
        return FileManager.default.fileExists(atPath: record.path) ? (source, language) : nil
    }

    /// The edition an edition series id (`vows.zh`) names, nil when `id` names none.
    /// - Throws: `StudioError` `invalidInput` when it names one whose files do not load.
    func studioEdition(seriesID id: String) throws(StudioError) -> StudioEdition? {
        guard let (source, language) = editionID(id) else { return nil }
        return StudioEdition(source: source, language: language, project: try catalog.edition(of: source, language: language))
    }

    /// The series ids viewer events may name: every series of the catalog and each of its
    /// editions (`vows.zh`).
    func channelSeriesIDs() -> Set<String> {
        var ids: Set<String> = []
        for entry in catalog.all() {
            ids.insert(entry.id)
            for language in Language.allCases {
                let record = ProjectLayout(root: EditionMaker.root(of: entry.root, language: language)).editionRecord
                if FileManager.default.fileExists(atPath: record.path) { ids.insert("\(entry.id).\(language.rawValue)") }
            }
        }
        return ids
    }

    /// Every episode of edition `language` of series `id` with its review state, the state of
    /// the series' episode of the same number, and what a reviewer may do now.
    /// - Throws: `StudioError` `notFound` (no such series or edition), `invalidInput`, `storeFailed`.
    package func editionEpisodes(_ id: String, language code: String, now: Date = Date()) async throws(StudioError) -> [EditionEpisodeReview] {
        let edition = try studioEdition(id, code)
        var out: [EditionEpisodeReview] = []
        for script in edition.project.files.scriptsOnDisk().sorted(by: { $0.number < $1.number }) {
            out.append(try await editionEpisodeReview(edition, script.number, now: now))
        }
        return out
    }

    /// A review action on episode `number` of edition `language` of series `id` by `user`:
    /// `approve` or `reject` (with a note) its current render (reviewers), or `render` it
    /// (producers). The gate's rules and the user's role are checked first; nothing is recorded
    /// when they fail. Recorded in the edition's history and audit log.
    /// - Throws: `StudioError` (`forbidden`, `conflict`, `invalidInput`, `notFound`).
    @discardableResult
    package func reviewEdition(
        _ id: String, language code: String, _ number: Int, action: ReviewRecord.Action, note: String?, by user: StudioUser, now: Date = Date()
    ) async throws(StudioError) -> EditionEpisodeReview {
        guard [.approve, .reject, .render].contains(action) else {
            let why = action == .regenerate
                ? "an edition's shots are its series' shots: ask for new takes on the series' episode, then render the edition again"
                : "editions are released with their series' episodes, by the release calendar"
            throw StudioError(code: .invalidInput, message: "'\(action.rawValue)' is not an edition review action (\(why)); use approve, reject or render", field: "action")
        }
        let required: Role = action == .render ? .producer : .reviewer
        guard user.role >= required else {
            throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); '\(action.rawValue)' needs the \(required.rawValue) role")
        }
        let edition = try studioEdition(id, code)
        guard edition.project.files.scriptsOnDisk().contains(where: { $0.number == number }) else {
            throw StudioError(code: .notFound, message: "the \(edition.language.rawValue) edition of '\(id)' has no episode \(number); bring it up to date with \(localizeCommand(try catalog.project(id), edition.language))")
        }
        let store = try await jobStore(edition.project)
        let facts = try await editionFacts(edition, store: store, number: number)
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        try ReviewGate.check(action, in: ReviewGate.state(facts, now: now), note: trimmed)
        try await record(edition.id, number, action, actor: user.name, note: trimmed?.isEmpty == false ? trimmed : nil, render: facts.render, detail: nil, at: now)
        try audit(edition.project, kind: action.rawValue, actor: user.name, episode: number, details: ["note": trimmed ?? "", "render": facts.render ?? ""])
        if action == .render {
            renders.request(series: edition.id, project: edition.project, store: store, episodes: [number])
        }
        return try await editionEpisodeReview(edition, number, now: now)
    }

    /// Releases every approved edition episode of series `id` whose series' episode is on the
    /// channel and which is not released yet, after the compliance gate checks its file; a file
    /// the gate refuses is held (recorded once per render and reason). Returns the releases.
    @discardableResult
    func publishDueEditions(_ id: String, project: ProductionProject, now: Date) async throws(StudioError) -> [(language: Language, episode: Int)] {
        let languages = Self.editionLanguages(of: project)
        guard !languages.isEmpty else { return [] }
        let onChannel = try await releasedEpisodes(id, among: Set(project.files.scriptsOnDisk().map(\.number)), now: now)
        guard !onChannel.isEmpty else { return [] }
        var released: [(language: Language, episode: Int)] = []
        for language in languages {
            let edition: StudioEdition
            do {
                edition = StudioEdition(source: id, language: language, project: try catalog.edition(of: id, language: language))
            } catch {
                logger.warning("an edition that does not load is not published", metadata: ["series": "\(id).\(language.rawValue)", "error": "\(error.message)"])
                continue
            }
            let histories = try await histories(series: edition.id)
            let scripts = edition.project.files.scriptsOnDisk()
            for number in onChannel.sorted() where histories[number]?.contains(where: { $0.action == .approve }) == true {
                guard let script = scripts.first(where: { $0.number == number }) else { continue }
                let facts = try await editionFacts(edition, store: try await jobStore(edition.project), number: number)
                guard ReviewGate.state(facts, now: now) == .approved, let render = facts.render, let approval = ReviewGate.validApproval(facts) else { continue }
                guard try await passesPublicationGate(
                    edition.id, project: edition.project, script: (number, script.text), facts: facts, render: render, now: now)
                else { continue }
                guard try await claimPublication(edition.id, number, approval: approval.id, render: render, detail: "with episode \(number) of \(id)", at: now)
                else { continue }  // another studio process published it first
                try audit(edition.project, kind: "publication", actor: "publisher", episode: number, details: ["render": render, "with": "\(id) episode \(number)"])
                released.append((language, number))
            }
        }
        return released
    }

    /// The facts the review gate decides an edition episode by: its render, whether it is
    /// rendering, its history. Its release time is its series' episode's (it is released with it).
    func editionFacts(_ edition: StudioEdition, store: any JobStore, number: Int) async throws(StudioError) -> ReviewGate.Facts {
        let active = try await run { try await store.activeJobsByEpisode(now: Date()) { $0.isAlive } }
        return ReviewGate.Facts(
            render: try await hashes.hash(of: Self.episodeFile(edition.project, number)),
            rendering: (active[number] ?? 0) > 0 || renders.isRendering(series: edition.id, episode: number),
            history: try await histories(series: edition.id, episode: number)[number] ?? [], releaseAt: nil)
    }

    /// Episode `number` of `edition` as its review shows it.
    private func editionEpisodeReview(_ edition: StudioEdition, _ number: Int, now: Date) async throws(StudioError) -> EditionEpisodeReview {
        let facts = try await editionFacts(edition, store: try await jobStore(edition.project), number: number)
        var state = ReviewGate.state(facts, now: now)
        let source = try catalog.project(edition.source)
        let sourceFacts = try await self.facts(edition.source, project: source, store: try await jobStore(source), number: number)
        let sourceState = source.files.scriptsOnDisk().contains(where: { $0.number == number }) ? ReviewGate.state(sourceFacts, now: now) : .draft
        // Released with its series' episode: off the channel while that one is.
        if state == .published, sourceState != .published { state = .approved }
        let allowed = [ReviewRecord.Action.render, .approve, .reject].filter { (try? ReviewGate.check($0, in: state, note: "x")) != nil }
        let base = "/media/\(edition.source)/\(number)/editions/\(edition.language.rawValue)/"
        let has = { (name: String) in FileManager.default.fileExists(atPath: Self.editionOutput(edition.project.root, number, name).path) }
        let hold = facts.history.last.flatMap { $0.action == .hold && $0.render == facts.render ? $0.detail : nil }
        return EditionEpisodeReview(
            number: number, state: state, sourceState: sourceState, render: facts.render, video: has("episode.mp4") ? base + "episode.mp4" : nil,
            subtitles: has("episode.vtt") ? base + "episode.vtt" : nil, history: facts.history, allowedActions: allowed.map(\.rawValue), held: hold)
    }
}

/// One episode of an edition in review: its state and its series' episode's, its files, its
/// history and what may be done now.
package struct EditionEpisodeReview: Sendable, Hashable, Codable {
    /// Number (the series' episode of the same number is its source).
    package var number: Int
    /// The edition's render: `draft` (none), `rendering`, `in-review`, `rejected`, `approved`
    /// (released with its series' episode), `published` (on the channel).
    package var state: EpisodeState
    /// The series' episode's state.
    package var sourceState: EpisodeState
    /// SHA-256 of the current render.
    package var render: String?
    /// Studio URL of the edition's video, for reviewers.
    package var video: String?
    /// Studio URL of its WebVTT subtitles.
    package var subtitles: String?
    /// Who did what, oldest first.
    package var history: [ReviewRecord]
    /// Actions the review gate and the edition allow now (`render`, `approve`, `reject`).
    package var allowedActions: [String]
    /// Why the compliance gate holds the approved render back, when it does.
    package var held: String?
}
