import DramaModel
import Foundation
import Logging
import Production
import SQLiteStore
import StoryEngine
import TestSupport

/// A temporary project written by the built-in writer, with its store.
struct Fixture {
    let root: URL
    let project: ProductionProject
    let store: SQLiteJobStore

    /// A fresh project of `episodes` episodes with `settings` as its cliff.yaml.
    static func make(
        episodes: Int = 3, settings yaml: String? = nil, seed: UInt64 = 5, targetSeconds: Int = 90, language: Language = .en,
        premise: String = "A broke intern signs a contract marriage with a cold CEO"
    ) throws -> Fixture {
        let made = try TemporaryProject.make(
            prefix: "cliff-production", premise: premise, episodes: episodes, language: language, seed: seed, targetSeconds: targetSeconds,
            settings: yaml)
        return try reopen(made.root)
    }

    /// Opens the project again (as a new process would).
    static func reopen(_ root: URL) throws -> Fixture {
        let project = try ProductionProject.open(root)
        return Fixture(root: root, project: project, store: try SQLiteJobStore(path: project.databaseURL.path))
    }

    /// Plans and runs, collecting every event.
    func produce(
        episodes: [Int]? = nil, steps: StepRegistry? = nil, settings: ProductionSettings? = nil,
        deliverable: Deliverable = .subtitles
    ) async throws -> (ProductionPlan, ProductionSummary, [ProductionEvent]) {
        let plan = try await project.plan(store: store, episodes: episodes, deliverable: deliverable)
        var settings = settings ?? project.settings
        settings.workers = settings.workers ?? 2
        let run = ProductionRun(
            plan: plan, store: store, assets: project.assets, steps: steps ?? project.steps, settings: settings,
            projectRoot: root, logger: Logger(label: "test"))
        async let events = Array(run.events)
        let summary = try await run.run()
        return (plan, summary, await events)
    }

    /// Replaces the first occurrence of `old` in episode `number`'s script.
    func edit(episode number: Int, replacing old: String, with new: String) throws {
        let url = project.files.episodeURL(number)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw FixtureError(message: "'\(old)' is not in episode \(number)") }
        try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
    }

    /// The first dialogue line of episode `number`.
    func firstLine(of number: Int) throws -> String {
        let text = try String(contentsOf: project.files.episodeURL(number), encoding: .utf8)
        let breakdown = EpisodeBreakdown(episode: number, script: text, checker: ScriptChecker(series: project.series))
        guard let line = breakdown.lines.first?.text else { throw FixtureError(message: "episode \(number) has no dialogue") }
        return line
    }
}

struct FixtureError: Error { var message: String }

func temporaryFolder() throws -> URL { try temporaryDirectory("cliff-production") }


extension Array {
    /// Collects an async sequence.
    init<S: AsyncSequence>(_ sequence: S) async where S.Element == Element {
        var items: [Element] = []
        do {
            for try await item in sequence { items.append(item) }
        } catch {}
        self = items
    }
}
