package import Basics
public import Audience
import DramaModel
import Editing
import Experiments
public import Foundation
import Governance
public import Logging
package import Production
import SQLiteStore
import StoryEngine

/// Where a studio keeps what it records, other than the files of the folder it serves.
package struct StudioStorage: Sendable {
    /// The studio's tables: accounts, sessions, reviews, release calendars.
    package var database: any SQLDatabase
    /// Opens the job store (queue and ledger) of the series in a folder.
    package var jobStore: @Sendable (ProjectLayout) async throws -> any JobStore
    /// Whether the series in a folder has a job store yet (a series never produced has none
    /// to read a spend from, and reading it should not make one).
    package var hasJobStore: @Sendable (ProjectLayout) -> Bool
    /// The viewer events of every series served; nil: `audience.db` in the folder served.
    package var audience: AudienceStore?

    package init(
        database: any SQLDatabase, jobStore: @escaping @Sendable (ProjectLayout) async throws -> any JobStore,
        hasJobStore: @escaping @Sendable (ProjectLayout) -> Bool = { _ in true }, audience: AudienceStore? = nil
    ) {
        self.database = database
        self.jobStore = jobStore
        self.hasJobStore = hasJobStore
        self.audience = audience
    }
}


/// The studio behind `cliff serve`: series and their episodes as reviewers see them, the
/// review gate, retakes and renders, the release calendar and publishing, and the viewer
/// channel's data and event ingest. The HTTP layer (`StudioServer`) is a thin shell over it.
public final class Studio: Sendable {
    /// The folder served: a project, or a folder of projects.
    public let root: URL
    let database: StudioDatabase
    /// Users and sessions.
    public let accounts: Accounts
    package let catalog: SeriesCatalog
    package let hashes: RenderHashes
    package let renders: RenderService
    /// The job store of every series, each opened once.
    let jobStores: JobStores
    /// The viewer events of every series served: `audience.db` in `root`, or the shared
    /// database's audience tables.
    public let audience: AudienceStore
    package let logger: Logger
    /// Corrections of editions' lines, one at a time.
    let editionWrites = EditionWrites()

    /// Opens the studio at `root`: its databases — the studio's tables, the job store of every
    /// series and the audience store — are opened here, once, and every request shares them.
    /// They are the SQLite files of the folder: `cliff.db` of a project, or `studio.db` of a
    /// folder of projects, and `audience.db`.
    /// - Throws: `StudioError` (`notFound` when `root` holds no series, `storeFailed`).
    public convenience init(root: URL, bcryptCost: UInt8 = 12, logger: Logger = Logger(label: "cliff.studio")) async throws(StudioError) {
        let root = root.standardizedFileURL
        try Self.checkServable(root)
        let studioFile: SQLiteDatabase
        do {
            studioFile = try SQLiteDatabase(path: StudioPaths.database(for: root).path)
        } catch {
            throw StudioError(code: .storeFailed, message: "the studio database: \(error.message)")
        }
        try await self.init(
            root: root,
            storage: StudioStorage(
                database: studioFile, jobStore: JobStores.sqlite(sharing: studioFile),
                hasJobStore: { FileManager.default.fileExists(atPath: $0.database.path) }),
            bcryptCost: bcryptCost, logger: logger)
    }

    /// Opens the studio at `root` with its tables and the series' job stores in `storage` (a
    /// shared database: several studio processes, on one or several machines, then share
    /// sessions, reviews and release calendars) — and, when `storage` has one, their viewer
    /// events (else the audience store is `audience.db` in `root`).
    /// - Throws: `StudioError` (`notFound` when `root` holds no series, `storeFailed`,
    ///   `databaseTooNew`).
    package init(root: URL, storage: StudioStorage, bcryptCost: UInt8 = 12, logger: Logger = Logger(label: "cliff.studio")) async throws(StudioError) {
        let root = root.standardizedFileURL
        try Self.checkServable(root)
        self.root = root
        let catalog = SeriesCatalog(root: root)
        self.catalog = catalog
        database = try await StudioDatabase(database: storage.database)
        jobStores = JobStores(opener: storage.jobStore, exists: storage.hasJobStore)
        accounts = Accounts(database: database, cost: bcryptCost)
        hashes = RenderHashes(database: database)
        renders = RenderService(logger: logger)
        if let shared = storage.audience {
            audience = shared
        } else {
            do {
                audience = try AudienceStore(projectDirectory: root.path)
            } catch {
                throw StudioError(code: .storeFailed, message: error.description)
            }
        }
        self.logger = logger
        // A series whose files do not load yet gets its store when it first loads.
        for entry in catalog.all() {
            guard let project = try? catalog.project(entry.id) else { continue }
            _ = try await jobStores.store(for: project)
        }
    }

    /// Refuses a folder that is neither a project nor a folder of projects.
    private static func checkServable(_ root: URL) throws(StudioError) {
        guard SeriesCatalog(root: root).all().isEmpty else { return }
        throw StudioError(
            code: .notFound,
            message: "\(root.path) is not a project (no series.yaml) and holds no project folders; create one with 'cliff new \(root.path) --premise \"…\"'")
    }

    /// Moves viewer events an earlier studio kept in its own `studio_events` table into the
    /// audience store (once; the table is emptied in the same pass). Returns how many moved.
    @discardableResult
    public func migrateLegacyEvents() async throws(StudioError) -> Int {
        // Only a SQLite file of an early studio can have the table.
        guard database.database.dialect == .sqlite else { return 0 }
        let events = try await database.read { db -> [ViewerEvent] in
            guard try await db.row("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'studio_events'") != nil else { return [] }
            let rows = try await db.rows(
                "SELECT message_id, event, series, episode, anonymous_id, session_id, position_ms, timestamp, properties FROM studio_events")
            return rows.compactMap { row -> ViewerEvent? in
                guard let name = ViewerEvent.Name(rawValue: row.string("event")) else { return nil }
                let properties = (try? JSONSerialization.jsonObject(with: Data((row["properties"].string ?? "{}").utf8))) as? [String: Any]
                return ViewerEvent(
                    messageID: row.string("message_id"), name: name, anonymousID: row.string("anonymous_id"),
                    timestamp: Date(timeIntervalSince1970: row.double("timestamp")), series: row.string("series"), episode: row.int("episode"),
                    position: row["position_ms"].int64.map { MediaTime(value: $0, rate: 1000) }, sessionID: row["session_id"].string,
                    variant: properties?["variant"] as? String)
            }
        }
        guard !events.isEmpty else { return 0 }
        for start in stride(from: 0, to: events.count, by: 1000) {
            do {
                _ = try await audience.append(Array(events[start..<min(start + 1000, events.count)]))
            } catch {
                throw StudioError(code: .storeFailed, message: "moving viewer events into \(audience.path) failed: \(error.description); the old table is kept, run again")
            }
        }
        try await database.write { db in try await db.execute("DELETE FROM studio_events") }
        logger.info("moved \(events.count) viewer events into \(audience.path)")
        return events.count
    }

    // MARK: Series

    /// Every series with its episodes' states and spend.
    package func seriesList(now: Date = Date()) async throws(StudioError) -> [SeriesSummary] {
        var list: [SeriesSummary] = []
        for entry in catalog.all() {
            let detail = try await series(entry.id, now: now)
            var counts: [String: Int] = [:]
            for episode in detail.episodes { counts[episode.state.rawValue, default: 0] += 1 }
            list.append(SeriesSummary(
                id: detail.id, title: detail.title, language: detail.language, genre: detail.genre,
                episodes: detail.episodes.count, states: counts, spentUSD: detail.spentUSD))
        }
        return list
    }

    /// One series: its plan and every episode's state, cost and release time.
    package func series(_ id: String, now: Date = Date()) async throws(StudioError) -> SeriesDetail {
        let project = try catalog.project(id)
        let store = try await jobStore(project)
        let active = try await run { try await store.activeJobsByEpisode(now: Date()) { $0.isAlive } }
        let ledger = try await run { try await store.ledger() }
        var costs: [Int: Money] = [:]
        var total = Money.zero
        for entry in ledger {
            total += entry.cost
            if let episode = entry.episode { costs[episode, default: .zero] += entry.cost }
        }
        let calendar = try await calendar(id)
        let history = try await histories(series: id)
        let checker = ScriptChecker(series: project.series)
        var episodes: [EpisodeSummary] = []
        for script in project.files.scriptsOnDisk().sorted(by: { $0.number < $1.number }) {
            let breakdown = EpisodeBreakdown(episode: script.number, script: script.text, checker: checker, language: project.series.language)
            let render = try await hashes.hash(of: Self.episodeFile(project, script.number))
            let releaseAt = calendar?.releaseDate(of: script.number)
            let facts = ReviewGate.Facts(
                render: render, rendering: (active[script.number] ?? 0) > 0 || renders.isRendering(series: id, episode: script.number),
                history: history[script.number] ?? [], releaseAt: releaseAt)
            episodes.append(EpisodeSummary(
                number: script.number, title: breakdown.title ?? "Episode \(script.number)", state: ReviewGate.state(facts, now: now),
                lines: breakdown.lines.count, costUSD: (costs[script.number] ?? .zero).dollars, releaseAt: releaseAt,
                locked: calendar?.isLocked(script.number) ?? false, hasRender: render != nil))
        }
        return SeriesDetail(
            id: id, title: project.series.title, language: project.series.language.rawValue, genre: project.series.genre.rawValue,
            logline: project.series.premise, episodes: episodes, spentUSD: total.dollars, calendar: calendar)
    }

    /// One episode as a reviewer sees it.
    package func episode(_ id: String, _ number: Int, now: Date = Date()) async throws(StudioError) -> EpisodeDetail {
        let project = try catalog.project(id)
        guard let script = project.files.scriptsOnDisk().first(where: { $0.number == number }) else {
            throw StudioError(code: .notFound, message: "series '\(id)' has no episode \(number)")
        }
        let store = try await jobStore(project)
        let facts = try await facts(id, project: project, store: store, number: number)
        let state = ReviewGate.state(facts, now: now)
        let checker = ScriptChecker(series: project.series)
        let breakdown = EpisodeBreakdown(episode: number, script: script.text, checker: checker, language: project.series.language)
        let timeline = try? await project.producedTimeline(episode: number, store: store)
        let retakes = (try? Retakes.load(from: project.retakesURL)) ?? Retakes()
        var shots: [ShotSummary] = []
        if let timeline {
            for (index, shot) in timeline.shots.enumerated() {
                let line = shot.line.flatMap { breakdown.lines.indices.contains($0) ? breakdown.lines[$0] : nil }
                shots.append(ShotSummary(
                    number: index + 1, scene: shot.scene + 1, start: timeline.starts[index].seconds, duration: shot.duration.seconds,
                    framing: shot.framing.rawValue, camera: ScriptPipeline.camera(shot.camera, take: retakes.take(episode: number, shot: index + 1)).rawValue,
                    location: shot.location, speaker: line?.cue, line: line?.text, beat: shot.beat?.rawValue,
                    take: retakes.take(episode: number, shot: index + 1), spokenLine: line == nil ? nil : shot.line.map { $0 + 1 }))
            }
        }
        let tag = String(format: "ep%03d", number)
        let out = project.root.appendingPathComponent("out/\(tag)")
        func media(_ name: String) -> String? {
            FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path) ? "/media/\(id)/\(number)/\(name)" : nil
        }
        let allowed = ReviewRecord.Action.allCases.filter { action in
            action != .publish && (try? ReviewGate.check(action, in: state, note: "x")) != nil
        }
        return EpisodeDetail(
            series: id, number: number, title: breakdown.title ?? "Episode \(number)", state: state, script: script.text,
            shots: shots, video: media("episode.mp4"), preview: media("preview.mp4"), subtitles: media("episode.vtt"),
            cover: media("cover.jpg"), render: facts.render, history: facts.history,
            allowedActions: allowed.map(\.rawValue), releaseAt: facts.releaseAt, scenes: breakdown.scenes.count,
            duration: timeline?.duration.seconds, comments: try await comments(id, number),
            previousTake: previousTake(project, id, number, facts: facts))
    }

    /// The render replaced by the last regenerate, when it was kept and a new render is in.
    private func previousTake(_ project: ProductionProject, _ id: String, _ number: Int, facts: ReviewGate.Facts) -> PreviousTake? {
        guard !facts.rendering, let current = facts.render,
            let last = facts.history.last(where: { $0.action == .regenerate }), let old = last.render, old != current,
            FileManager.default.fileExists(atPath: Self.takeFile(project, number, render: old).path)
        else { return nil }
        return PreviousTake(
            video: "/media/\(id)/\(number)/takes/\(old.prefix(16))", render: old, shots: Retakes.taken(in: last.detail ?? "").sorted { $0.key < $1.key }.map { .init(shot: $0.key, take: $0.value) }, by: last.actor,
            note: last.note)
    }

    /// Keeps a copy of the render `render` of episode `number` before a regenerate replaces it.
    func keepTake(_ project: ProductionProject, _ number: Int, render: String) throws(StudioError) {
        let target = Self.takeFile(project, number, render: render)
        guard !FileManager.default.fileExists(atPath: target.path) else { return }
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(UUID().uuidString).mp4")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.episodeFile(project, number), to: temporary)
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw StudioError(code: .storeFailed, message: "cannot keep the current take of episode \(number) in \(folder.path) before regenerating: \(error)")
        }
    }

    /// Where the render `render` of episode `number` is kept once a regenerate replaced it.
    static func takeFile(_ project: ProductionProject, _ number: Int, render: String) -> URL {
        project.root.appendingPathComponent(String(format: "assets/takes/ep%03d-", number) + render.prefix(16) + ".mp4")
    }

    /// The kept render of episode `number` whose hash starts with `prefix` (16 hex digits).
    package func takeFile(_ id: String, _ number: Int, prefix: String) throws(StudioError) -> URL {
        guard prefix.count == 16, prefix.allSatisfy(\.isHexDigit) else {
            throw StudioError(code: .notFound, message: "'\(prefix)' is not a take: takes are named by 16 hex digits of their render's hash")
        }
        let url = Self.takeFile(try catalog.project(id), number, render: prefix)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw StudioError(code: .notFound, message: "episode \(number) of '\(id)' has no kept take \(prefix)")
        }
        return url
    }

    // MARK: Review

    /// A review action on episode `number` of series `id` by `user`.
    ///
    /// `approve` and `reject` are about the current render; `regenerate` asks for new takes of
    /// `shots` (numbers from 1) or of every shot of `scene` (from 1) and queues the render;
    /// `render` queues a render of the episode. The gate's rules and the user's role are
    /// checked first; nothing is recorded when they fail.
    /// - Throws: `StudioError` (`forbidden`, `conflict`, `invalidInput`, `notFound`).
    @discardableResult
    package func review(
        _ id: String, _ number: Int, action: ReviewRecord.Action, note: String?, shots: [Int] = [], scene: Int? = nil,
        comments: [Int64] = [], by user: StudioUser, now: Date = Date()
    ) async throws(StudioError) -> EpisodeDetail {
        let required: Role = action == .render ? .producer : .reviewer
        guard user.role >= required else {
            throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); '\(action.rawValue)' needs the \(required.rawValue) role")
        }
        if action == .publish || action == .hold {
            throw StudioError(code: .invalidInput, message: "episodes are published by the release calendar, not by hand; set one with PUT /api/v1/series/\(id)/schedule", field: "action")
        }
        let project = try catalog.project(id)
        guard project.files.scriptsOnDisk().contains(where: { $0.number == number }) else {
            throw StudioError(code: .notFound, message: "series '\(id)' has no episode \(number)")
        }
        let store = try await jobStore(project)
        let facts = try await facts(id, project: project, store: store, number: number)
        let state = ReviewGate.state(facts, now: now)
        if !comments.isEmpty, ![.reject, .regenerate].contains(action) {
            throw StudioError(code: .invalidInput, message: "comments become the note of a reject or a regenerate, not of '\(action.rawValue)'", field: "comments")
        }
        let pinned = try await openComments(id, number, comments)
        let note = Self.note(note, with: pinned)
        try ReviewGate.check(action, in: state, note: note)
        var detail: String?
        if action == .regenerate {
            let chosen = try await chooseShots(project: project, store: store, number: number, shots: shots, scene: scene)
            // The take being replaced stays watchable, to compare with the new one.
            if let render = facts.render { try keepTake(project, number, render: render) }
            var retakes: Retakes
            do {
                retakes = try Retakes.load(from: project.retakesURL)
                let taken = retakes.requestNewTake(episode: number, shots: chosen, note: note, by: user.name, at: now)
                try retakes.save(to: project.retakesURL)
                detail = Retakes.describe(taken)
            } catch {
                throw StudioError(code: .storeFailed, message: "cannot record the retake: \(error)")
            }
        }
        let recorded = try await record(id, number, action, actor: user.name, note: note, render: facts.render, detail: detail, at: now)
        try await close(pinned, into: recorded)
        try audit(project, kind: action.rawValue, actor: user.name, episode: number, details: ["note": note ?? "", "render": facts.render ?? "", "shots": detail ?? ""])
        if action == .regenerate || action == .render {
            renders.request(series: id, project: project, store: store, episodes: [number])
        }
        return try await episode(id, number, now: now)
    }

    /// The shots a regenerate request names, checked against the produced cut.
    private func chooseShots(project: ProductionProject, store: any JobStore, number: Int, shots: [Int], scene: Int?) async throws(StudioError) -> [Int] {
        guard let timeline = try? await project.producedTimeline(episode: number, store: store) else {
            throw StudioError(code: .conflict, message: "episode \(number) has no produced cut to regenerate shots of; render it first")
        }
        if let scene {
            let chosen = timeline.shots.indices.filter { timeline.shots[$0].scene + 1 == scene }.map { $0 + 1 }
            guard !chosen.isEmpty else {
                throw StudioError(code: .invalidInput, message: "episode \(number) has no scene \(scene) (it has \(Set(timeline.shots.map(\.scene)).count))", field: "scene")
            }
            return chosen
        }
        guard !shots.isEmpty else {
            throw StudioError(code: .invalidInput, message: "say which shots to regenerate (\"shots\": [3]) or which scene (\"scene\": 2)", field: "shots")
        }
        for (index, shot) in shots.enumerated() where !(1...timeline.shots.count).contains(shot) {
            throw StudioError(code: .invalidInput, message: "episode \(number) has shots 1–\(timeline.shots.count); there is no shot \(shot)", field: "shots[\(index)]")
        }
        return shots
    }

    /// The episode's history, oldest first.
    public func history(_ id: String, _ number: Int) async throws(StudioError) -> [ReviewRecord] {
        _ = try catalog.project(id)
        return try await histories(series: id)[number] ?? []
    }

    // MARK: Release calendar and publishing

    /// The series' release calendar, if one is set.
    public func calendar(_ id: String) async throws(StudioError) -> ReleaseCalendar? {
        let json = try await database.read { db in
            try await db.value("SELECT calendar FROM studio_calendars WHERE series = ?", [.text(id)]).string
        }
        return json.flatMap { try? JSONDecoder().decode(ReleaseCalendar.self, from: Data($0.utf8)) }
    }

    /// Sets the series' release calendar (producers), as of `now`.
    ///
    /// Refused, with every problem at once: a day its month does not have, a paywall after
    /// the series' last episode, and a launch moved to a time that has passed (a launch that
    /// has happened stays as it is; a new one is set ahead of `now`). Every change is kept:
    /// who made it and when.
    /// - Throws: `StudioError` `invalidInput` listing every problem; `forbidden`.
    public func setCalendar(_ id: String, _ calendar: ReleaseCalendar, by user: StudioUser, now: Date = Date()) async throws(StudioError) {
        guard user.role >= .producer else {
            throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); setting the release calendar needs the producer role")
        }
        let problems = try await calendarProblems(id, calendar, now: now)
        if let first = problems.first {
            throw StudioError(code: .invalidInput, message: problems.map { "\($0.field): \($0.message)" }.joined(separator: "; "), field: first.field)
        }
        let json = String(decoding: (try? JSONEncoder().encode(calendar)) ?? Data(), as: UTF8.self)
        try await database.write { db in
            try await db.execute(
                """
                INSERT INTO studio_calendars (series, calendar, updated_by, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (series) DO UPDATE SET calendar = excluded.calendar, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """,
                [.text(id), .text(json), .text(user.name), .time(now)])
            try await db.execute(
                "INSERT INTO studio_calendar_changes (series, calendar, changed_by, at) VALUES (?, ?, ?, ?)",
                [.text(id), .text(json), .text(user.name), .time(now)])
        }
    }

    /// Every problem `setCalendar` would refuse `calendar` for, as of `now`, in the order of
    /// the calendar's fields (empty when it would be set): ``ReleaseCalendar/problems()``, a
    /// paywall after the series' last episode, a launch moved to a time that has passed.
    /// - Throws: `StudioError` `notFound` for an unknown series, `storeFailed`.
    package func calendarProblems(_ id: String, _ calendar: ReleaseCalendar, now: Date = Date()) async throws(StudioError) -> [(field: String, message: String)] {
        let episodes = try catalog.project(id).series.format.episodes
        var problems = calendar.problems()
        if let paywall = calendar.paywallFrom, paywall > episodes {
            problems.append(("paywallFrom", "episode \(paywall) is after the series' last episode (\(episodes)): pick an episode from 1 to \(episodes), or null for no paywall"))
        }
        let current = try await self.calendar(id)
        if let launch = calendar.releaseDate(of: 1), launch < now, launch != current?.releaseDate(of: 1) {
            let zone = TimeZone(identifier: calendar.timeZone) ?? .gmt
            let kept = current.flatMap { c in c.releaseDate(of: 1).map { _ in " or keep the current launch, \(c.launchDate) \(c.time)" } } ?? ""
            problems.append((
                "launchDate",
                "the launch, \(calendar.launchDate) \(calendar.time) \(calendar.timeZone), has passed (it is now \(ReleaseCalendar.local(now, in: zone)) there): pick a later day or time\(kept)"))
        }
        // In the order of the calendar's fields, as a form shows them.
        let order = ["launchDate", "time", "timeZone", "launchEpisodes", "perDay", "paywallFrom", "priceCoins", "startingCoins"]
        return problems.enumerated().sorted { a, b in
            (order.firstIndex(of: a.element.field) ?? order.count, a.offset) < (order.firstIndex(of: b.element.field) ?? order.count, b.offset)
        }.map(\.element)
    }

    /// Every change of series `id`'s release calendar, newest first.
    package func calendarChanges(_ id: String) async throws(StudioError) -> [CalendarChange] {
        try await database.read { db in
            try await db.rows("SELECT calendar, changed_by, at FROM studio_calendar_changes WHERE series = ? ORDER BY id DESC", [.text(id)])
                .compactMap { row -> CalendarChange? in
                    guard let calendar = try? JSONDecoder().decode(ReleaseCalendar.self, from: Data(row.string("calendar").utf8)) else { return nil }
                    return CalendarChange(calendar: calendar, by: row.string("changed_by"), at: Date(timeIntervalSince1970: row.double("at")))
                }
        }
    }

    /// Releases every approved episode whose time has come and is not on the channel yet;
    /// returns the episodes released. A stopped calendar (a series sunset in its slate)
    /// releases nothing.
    @discardableResult
    public func publishDue(_ id: String, now: Date = Date()) async throws(StudioError) -> [Int] {
        guard let calendar = try await calendar(id), calendar.stopped == nil else { return [] }
        let project = try catalog.project(id)
        let store = try await jobStore(project)
        // One pass over the series finds the candidates; only those are looked at one by one.
        let due = try await series(id, now: now).episodes.filter { $0.state == .approved }.map(\.number)
        var released: [Int] = []
        for script in project.files.scriptsOnDisk().sorted(by: { $0.number < $1.number }) where due.contains(script.number) {
            guard let at = calendar.releaseDate(of: script.number), at <= now else { continue }
            let facts = try await facts(id, project: project, store: store, number: script.number)
            guard ReviewGate.state(facts, now: now) == .approved, let render = facts.render else { continue }
            guard try await passesPublicationGate(id, project: project, script: (script.number, script.text), facts: facts, render: render, now: now) else { continue }
            guard let approval = ReviewGate.validApproval(facts),
                try await claimPublication(
                    id, script.number, approval: approval.id, render: render, detail: "release time \(ISO8601DateFormatter().string(from: at))", at: now)
            else { continue }  // another studio process published it first
            try audit(project, kind: "publication", actor: "publisher", episode: script.number, details: ["render": render, "release": ISO8601DateFormatter().string(from: at)])
            released.append(script.number)
        }
        // Each edition's approved episodes go out with their series' episodes.
        try await publishDueEditions(id, project: project, now: now)
        return released
    }

    /// The compliance gate's last word before episode `script` of series (or edition) `id` is
    /// released: label, AIGC metadata, signed provenance, consent for publication and the
    /// policy, on the exact file to be released. A refusal is recorded as a `hold` with the
    /// reasons, once per render and reasons, and logged.
    func passesPublicationGate(
        _ id: String, project: ProductionProject, script: (number: Int, text: String), facts: ReviewGate.Facts, render: String, now: Date
    ) async throws(StudioError) -> Bool {
        let report: GateReport
        do {
            report = try await GovernanceGate(projectRoot: project.root).checkBeforePublishing(
                episode: script.number, video: Self.episodeFile(project, script.number), series: project.series, script: script.text,
                actor: "publisher")
        } catch {
            throw StudioError(code: .storeFailed, message: "the compliance gate could not check episode \(script.number) of '\(id)': \(error)")
        }
        guard !report.passed else { return true }
        let reasons = report.reasons.joined(separator: " · ")
        let last = facts.history.last
        if !(last?.action == .hold && last?.render == render && last?.detail == reasons) {
            try await record(id, script.number, .hold, actor: "publisher", note: nil, render: render, detail: reasons, at: now)
            logger.warning("publishing held", metadata: ["series": "\(id)", "episode": "\(script.number)", "reasons": "\(reasons)"])
        }
        return false
    }

    /// What the public channel shows of series `id` to viewer `viewer`: released episodes only,
    /// each in the version the viewer is assigned (an approved variant of a live experiment on
    /// it, the shipped variant, or the episode as written).
    package func channel(_ id: String, viewer: String? = nil, now: Date = Date()) async throws(StudioError) -> ChannelListing {
        try await publishDue(id, now: now)
        let detail = try await series(id, now: now)
        let calendar = detail.calendar
        let project = try catalog.project(id)
        let store = try await jobStore(project)
        var durations: [Int: Double] = [:]
        for episode in detail.episodes where episode.state == .published {
            durations[episode.number] = (try? await project.producedTimeline(episode: episode.number, store: store))?.duration.seconds
        }
        // Broken experiment files never take the channel down: it shows every episode as
        // written (and says why in the log) until they are fixed.
        let (read, problems) = ExperimentSet.read(project.files)
        if !problems.isEmpty {
            logger.warning("experiments ignored on the channel", metadata: ["series": "\(id)", "problems": "\(problems.count)", "first": "\(problems[0].description)"])
        }
        let experiments = problems.isEmpty ? read : .none
        var episodes: [ChannelEpisode] = []
        var live: [String] = []
        var approved: [String: Bool] = [:]
        for episode in detail.episodes where episode.state == .published {
            for entry in experiments.on(episode: episode.number) where !live.contains(entry.experiment.key) {
                if try await isLive(id, project: project, experiment: entry.experiment, cache: &approved) { live.append(entry.experiment.key) }
            }
            let (served, tag) = try await assignment(id, project: project, episode: episode.number, viewer: viewer, set: experiments, approved: &approved)
            let base = "/watch/media/\(id)/\(episode.number)/"
            // A variant's files are served from its folder: /watch/media/<id>/<n>/variants/<key>/<variant>/…;
            // a cover variant has only its cover there.
            let folder = served.map { "\(base)variants/\($0.experiment.key)/\($0.variant)/" }
            let media = served?.experiment.kind == .cover ? base : folder ?? base
            // A shipped title experiment's title goes with its cover.
            var title = episode.title
            if let served, served.experiment.kind == .title,
                let retitled = experiments.entry(served.experiment.key)?.scripts[served.variant].flatMap(ExperimentDesk.episodeTitle(in:))
            {
                title = retitled
            }
            episodes.append(ChannelEpisode(
                number: episode.number, title: title, video: media + "episode.mp4", subtitles: media + "episode.vtt", poster: (folder ?? base) + "cover.jpg",
                durationSeconds: durations[episode.number] ?? 0, locked: calendar?.isLocked(episode.number) ?? false, variant: tag))
        }
        let listing = ChannelListing(
            series: .init(id: id, title: detail.title, language: detail.language),
            paywall: calendar.flatMap { c in c.paywallFrom.map { .init(fromEpisode: $0, priceCoins: c.priceCoins, startingCoins: c.startingCoins) } },
            episodes: episodes, experiments: live)
        // Each episode in every language it is released in (the editions').
        return withLanguages(listing, project: project, released: try await releasedEditionEpisodes(id, project: project, among: Set(episodes.map(\.number)), now: now))
    }

    /// Whether episode `number` of series `id` (or of edition `id`, `vows.zh`) is on the channel now.
    package func isReleased(_ id: String, _ number: Int, now: Date = Date()) async throws(StudioError) -> Bool {
        if editionID(id) != nil { return try await releasedEpisodes(id, among: [number], now: now).contains(number) }
        let project = try catalog.project(id)
        let facts = try await facts(id, project: project, store: try await jobStore(project), number: number)
        return ReviewGate.state(facts, now: now) == .published
    }

    // MARK: Production

    /// Queues a render of `episodes` of series `id` (producers).
    public func render(_ id: String, episodes: [Int], by user: StudioUser) async throws(StudioError) {
        guard user.role >= .producer else {
            throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); rendering needs the producer role")
        }
        let project = try catalog.project(id)
        let numbers = Set(project.files.scriptsOnDisk().map(\.number))
        for (index, episode) in episodes.enumerated() where !numbers.contains(episode) {
            throw StudioError(code: .invalidInput, message: "series '\(id)' has no episode \(episode)", field: "episodes[\(index)]")
        }
        let store = try await jobStore(project)
        for episode in episodes { try await record(id, episode, .render, actor: user.name, note: nil, render: nil, detail: nil, at: Date()) }
        renders.request(series: id, project: project, store: store, episodes: episodes)
    }

    /// The production queue of series `id`.
    public func queue(_ id: String) async throws(StudioError) -> QueueOverview {
        let project = try catalog.project(id)
        let store = try await jobStore(project)
        let status = try await run { try await store.status(now: Date()) }
        func entries(_ list: [QueueStatus.Entry]) -> [QueueOverview.Job] {
            list.map { .init(label: $0.label, episode: $0.episode, attempts: $0.attempts, error: $0.error) }
        }
        var counts: [String: Int] = [:]
        for (state, count) in status.counts { counts[state.rawValue] = count }
        // A job whose worker process is gone is not running, whatever its lease says.
        let gone = { (entry: QueueStatus.Entry) in entry.owner.flatMap(WorkerID.init).map { ($0, $0.isAlive == false) } }
        let stopped = status.running.compactMap { entry -> QueueOverview.Job? in
            guard let (worker, isGone) = gone(entry), isGone else { return nil }
            return .init(
                label: entry.label, episode: entry.episode, attempts: entry.attempts,
                error: "worker \(worker.pid) on this machine is not running; the next run will take it over")
        }
        return QueueOverview(
            series: id, counts: counts, running: entries(status.running.filter { gone($0)?.1 != true }), stopped: stopped,
            retrying: entries(status.retrying), failed: entries(status.failed), active: renders.activeRuns())
    }

    /// Gives failed jobs of series `id` fresh tries by running its production again (producers).
    public func retryFailed(_ id: String, by user: StudioUser) async throws(StudioError) -> Int {
        guard user.role >= .producer else {
            throw StudioError(code: .forbidden, message: "\(user.name) is a \(user.role.rawValue); retrying jobs needs the producer role")
        }
        let project = try catalog.project(id)
        let store = try await jobStore(project)
        let status = try await run { try await store.status(now: Date()) }
        let episodes = Array(Set(status.failed.compactMap(\.episode))).sorted()
        guard !episodes.isEmpty else { return 0 }
        renders.request(series: id, project: project, store: store, episodes: episodes)
        return status.failed.count
    }

    /// Live production events and a way to end the stream (when the server shuts down).
    package func productionEventSubscription() -> (events: AsyncStream<StudioEvent>, end: @Sendable () -> Void) { renders.subscription() }

    // MARK: Viewer events

    /// Validates and stores viewer events in the audience store (see `EventBatchDecoder`):
    /// bad events are refused one by one with the field and the reason, and counted.
    ///
    /// Viewers can only watch what the channel shows, so an event for an episode that is not
    /// released (published) is refused at its `properties.episode`; the batch's other events
    /// are stored. `releasedOnly: false` skips that rule, for `cliff simulate-audience` without
    /// a server: a writer's synthetic audience over scripts not yet released, which `cliff
    /// insights` reads and the dashboard leaves out.
    /// - Throws: `StudioError` (`invalidInput`, `tooLarge` for a body refused as a whole;
    ///   `storeFailed`).
    public func ingest(_ body: Data, receivedAt: Date = Date(), releasedOnly: Bool = true) async throws(StudioError) -> IngestReport {
        func studioError(_ error: AudienceError) -> StudioError {
            let code: StudioError.Code = error.code == .tooLarge ? .tooLarge : error.code == .storeFailed ? .storeFailed : .invalidInput
            return StudioError(code: code, message: error.message, field: error.field)
        }
        var batch: EventBatchDecoder.DecodedBatch
        do {
            batch = try EventBatchDecoder(knownSeries: channelSeriesIDs(), receivedAt: receivedAt).decode(body)
        } catch {
            throw studioError(error)
        }
        if releasedOnly {
            try await refuseUnreleased(&batch, now: receivedAt)
            try refuseMistagged(&batch)
        }
        do {
            return try await audience.store(batch, receivedAt: receivedAt)
        } catch {
            throw studioError(error)
        }
    }

    /// Refuses `batch`'s events whose experiment tag (`properties.variant`, `<experiment>/<variant>`)
    /// is not the one the channel gives their viewer for that episode: an unknown experiment or
    /// variant, an experiment on another episode, or another variant than the viewer's bucket
    /// (the assignment is a pure function of the viewer's id, so it is checked, not trusted).
    /// Other `variant` values (`synthetic`) are left alone.
    private func refuseMistagged(_ batch: inout EventBatchDecoder.DecodedBatch) throws(StudioError) {
        var sets: [String: ExperimentSet] = [:]
        var layers: [String: Layer] = [:]
        for event in batch.events where event.variant?.contains("/") == true && sets[event.series] == nil {
            sets[event.series] = (try? catalog.project(event.series)).map { ExperimentSet.read($0.files).0 } ?? ExperimentSet.none
        }
        guard !sets.isEmpty else { return }
        for (series, set) in sets {
            for episode in Set(set.entries.flatMap { Array($0.experiment.episodes) }) {
                layers["\(series) \(episode)"] = try? ExperimentDesk.layer(series: series, episode: episode, set: set)
            }
        }
        batch.refuse { event in
            guard let tag = event.variant, let slash = tag.firstIndex(of: "/") else { return nil }
            let key = String(tag[..<slash]), name = String(tag[tag.index(after: slash)...])
            let listing = "send the tag the channel lists for the viewer (GET /api/v1/channel/\(event.series)?viewer=<id>)"
            guard let experiment = sets[event.series]?.entry(key)?.experiment else {
                return ("properties.variant", "'\(TextInput.excerpt(tag))' names no experiment of series '\(event.series)'; \(listing)")
            }
            guard experiment.episodes.contains(event.episode), !experiment.isTile else {
                return ("properties.variant", "experiment \(key) \(experiment.isTile ? "is on the series' tile, not on its viewers' episodes" : "is on \(experiment.episodesText), not \(event.episode)"); \(listing)")
            }
            guard experiment.variants.contains(where: { $0.name == name }) else {
                return ("properties.variant", "experiment \(key) has no variant '\(TextInput.excerpt(name))' (it has \(experiment.variants.map(\.name).joined(separator: ", "))); \(listing)")
            }
            if case .enrolled(let assignedKey, let assigned)? = layers["\(event.series) \(event.episode)"]?.assign(unitID: event.anonymousID),
                assignedKey == key, assigned == name
            {
                return nil
            }
            return ("properties.variant", "viewer '\(TextInput.excerpt(event.anonymousID))' is not assigned \(tag); \(listing)")
        }
    }

    /// Refuses `batch`'s events for episodes not on the channel at `now` (after publishing
    /// what is due, as the channel's listing does), at the event's `properties.episode`, saying
    /// where the released ones are listed and how to release one.
    private func refuseUnreleased(_ batch: inout EventBatchDecoder.DecodedBatch, now: Date) async throws(StudioError) {
        var named: [String: Set<Int>] = [:]
        for event in batch.events { named[event.series, default: []].insert(event.episode) }
        var released: [String: Set<Int>] = [:]
        // An edition's events (`vows.zh`) are of its series' channel and calendar.
        var owners: [String: String] = [:]
        for series in named.keys { owners[series] = editionID(series)?.source ?? series }
        for (series, episodes) in named {
            var out = try await releasedEpisodes(series, among: episodes, now: now)
            // As the channel does on every listing: an approved episode whose release time has
            // come is published first, so an event is never refused for what the channel shows.
            let owner = owners[series] ?? series
            if out.count < episodes.count, let calendar = try await calendar(owner),
                episodes.subtracting(out).contains(where: { calendar.releaseDate(of: $0).map { $0 <= now } ?? false })
            {
                try await publishDue(owner, now: now)
                out = try await releasedEpisodes(series, among: episodes, now: now)
            }
            released[series] = out
        }
        batch.refuse { event in
            guard released[event.series]?.contains(event.episode) != true else { return nil }
            let owner = owners[event.series] ?? event.series
            let what = owner == event.series ? "series '\(owner)'" : "the '\(event.series)' edition of series '\(owner)'"
            let release = owner == event.series
                ? "approve it and let the release calendar publish it"
                : "approve the edition's episode in the studio; it is released with the series' episode"
            return (
                "properties.episode",
                "episode \(event.episode) of \(what) is not released, so no viewer can watch it; send events only for"
                    + " episodes the channel lists (GET /api/v1/channel/\(owner)), or release it: \(release)"
            )
        }
    }

    // MARK: Files

    /// The file `name` of episode `number` of series `id` (one of the episode's outputs), for
    /// the studio; nil when it does not exist. Names outside the fixed list are refused.
    package func mediaFile(_ id: String, _ number: Int, _ name: String) throws(StudioError) -> URL {
        guard Self.mediaNames.contains(name) else {
            throw StudioError(code: .notFound, message: "no such media file '\(name)'; episodes have \(Self.mediaNames.sorted().joined(separator: ", "))")
        }
        let project = try catalog.project(id)
        let url = project.root.appendingPathComponent(String(format: "out/ep%03d/", number) + name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw StudioError(code: .notFound, message: "episode \(number) of '\(id)' has no \(name) yet")
        }
        return url
    }

    static let mediaNames: Set<String> = ["episode.mp4", "preview.mp4", "episode.vtt", "episode.srt", "episode.otio", "cover.jpg"]

    // MARK: Internals

    package static func episodeFile(_ project: ProductionProject, _ number: Int) -> URL {
        ProjectLayout(root: project.root).episodeOutput(number).appendingPathComponent("episode.mp4")
    }

    /// The job store of `project`, opened once at start-up (or on first use for a project
    /// added later).
    func jobStore(_ project: ProductionProject) async throws(StudioError) -> any JobStore {
        try await jobStores.store(for: project)
    }

    func facts(_ id: String, project: ProductionProject, store: any JobStore, number: Int) async throws(StudioError) -> ReviewGate.Facts {
        let active = try await run { try await store.activeJobsByEpisode(now: Date()) { $0.isAlive } }
        let render = try await hashes.hash(of: Self.episodeFile(project, number))
        let history = try await histories(series: id, episode: number)[number] ?? []
        return ReviewGate.Facts(
            render: render, rendering: (active[number] ?? 0) > 0 || renders.isRendering(series: id, episode: number), history: history,
            releaseAt: try await calendar(id)?.releaseDate(of: number))
    }

    func histories(series: String, episode: Int? = nil) async throws(StudioError) -> [Int: [ReviewRecord]] {
        try await database.read { db in
            var sql = "SELECT id, series, episode, action, actor, note, render, detail, at FROM studio_reviews WHERE series = ?"
            var arguments: [SQLValue] = [.text(series)]
            if let episode {
                sql += " AND episode = ?"
                arguments.append(.int(episode))
            }
            var out: [Int: [ReviewRecord]] = [:]
            for row in try await db.rows(sql + " ORDER BY id", arguments) {
                guard let action = ReviewRecord.Action(rawValue: row.string("action")) else { continue }
                let record = ReviewRecord(
                    id: row["id"].int64 ?? 0, series: row.string("series"), episode: row.int("episode"), action: action, actor: row.string("actor"),
                    note: row["note"].string, render: row["render"].string, detail: row["detail"].string, at: row.double("at"))
                out[record.episode, default: []].append(record)
            }
            return out
        }
    }

    /// Appends to the episode's history; returns the record's id.
    @discardableResult
    func record(
        _ id: String, _ number: Int, _ action: ReviewRecord.Action, actor: String, note: String?, render: String?, detail: String?, at: Date
    ) async throws(StudioError) -> Int64 {
        try await database.write { db in
            try await db.value(
                "INSERT INTO studio_reviews (series, episode, action, actor, note, render, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [.text(id), .int(number), .text(action.rawValue), .text(actor), .string(note), .string(render), .string(detail), .time(at)]
            ).int64 ?? 0
        }
    }

    /// Records the release of episode `number` under approval `approval`, once: the claim and
    /// the `publish` record are one transaction, and a second claim of the same approval (a
    /// studio process beside this one, sharing the tables) finds the claim taken and records
    /// nothing. True when this call published.
    func claimPublication(_ id: String, _ number: Int, approval: Int64, render: String, detail: String, at: Date) async throws(StudioError) -> Bool {
        let claimer = WorkerID.current.description
        return try await database.write { db in
            let claimed = try await db.rows(
                """
                INSERT INTO studio_publications (series, episode, approval, render, claimed_by, at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING RETURNING episode
                """,
                [.text(id), .int(number), .integer(approval), .text(render), .text(claimer), .time(at)])
            guard !claimed.isEmpty else { return false }
            try await db.execute(
                "INSERT INTO studio_reviews (series, episode, action, actor, note, render, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [.text(id), .int(number), .text(ReviewRecord.Action.publish.rawValue), .text("publisher"), .null, .text(render), .text(detail), .time(at)])
            return true
        }
    }

    /// Appends to the project's hash-chained audit log (Governance).
    func audit(_ project: ProductionProject, kind: String, actor: String, episode: Int, details: [String: String]) throws(StudioError) {
        do {
            _ = try AuditLog(projectRoot: project.root).append(
                kind: kind, actor: actor, subject: "\(CatalogID.of(project)) episode \(episode)", details: details.filter { !$0.value.isEmpty })
        } catch {
            throw StudioError(code: .storeFailed, message: "cannot write the audit log: \(error.message)")
        }
    }

    func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws(StudioError) -> T {
        do {
            return try await body()
        } catch let error as StudioError {
            throw error
        } catch {
            throw StudioError(code: .storeFailed, message: "the production store failed: \(error)")
        }
    }
}

extension Studio {
    /// Waits for renders the studio started to finish (tests; a clean shutdown).
    public func waitForRenders() async { await renders.waitUntilIdle() }
}
