import Basics
import DramaModel
import Foundation
import Production
import SQLiteStore
import StoryEngine
import Synchronization
import Testing

@Suite struct ProductionRunTests {
    static func labels(_ events: [ProductionEvent]) -> [String] {
        events.compactMap { if case .finished(let label, _, _) = $0 { label } else { nil } }
    }

    @Test func aFullRunMakesSubtitlesAndASecondRunDoesNothing() async throws {
        let fixture = try Fixture.make(episodes: 3)
        let (plan, summary, events) = try await fixture.produce()
        #expect(summary.ending == .completed)
        #expect(summary.failures.isEmpty)
        #expect(summary.progress.done == plan.toRun.count)
        #expect(Self.labels(events).count == plan.toRun.count)
        #expect(plan.graph.nodes.filter { $0.step == "timeline" }.count == 3)
        let srt = try String(contentsOf: fixture.root.appendingPathComponent("out/ep002/episode.srt"), encoding: .utf8)
        #expect(srt.hasPrefix("1\n00:00:02,"))  // after the 2.5 s opening
        let vtt = try String(contentsOf: fixture.root.appendingPathComponent("out/ep002/episode.vtt"), encoding: .utf8)
        #expect(vtt.hasPrefix("WEBVTT\n"))

        let (again, second, _) = try await Fixture.reopen(fixture.root).produce()
        #expect(again.toRun.isEmpty)
        #expect(again.cached.count == plan.graph.count)
        #expect(second.progress.done == 0)
    }

    @Test func editingOneLineRerunsExactlyWhatDependsOnIt() async throws {
        let fixture = try Fixture.make(episodes: 3)
        let (before, _, _) = try await fixture.produce()
        let line = try fixture.firstLine(of: 2)
        try fixture.edit(episode: 2, replacing: line, with: line + " Tonight.")
        let edited = try Fixture.reopen(fixture.root)
        let (plan, summary, events) = try await edited.produce()
        // The changed voice, its episode's timeline and edit, and their export; nothing else.
        #expect(plan.toRun.map(\.step).sorted() == ["edit", "export", "timeline", "voice"])
        #expect(plan.toRun.allSatisfy { $0.episode == 2 })
        #expect(summary.progress.done == 4)
        let finished = Self.labels(events).sorted()
        #expect(finished.count == 4)
        #expect(finished.last?.hasPrefix("ep002 voice 1 ") == true)
        #expect(Array(finished.dropLast()) == ["ep002 edit", "ep002 export episode.srt, episode.vtt, episode.otio, media/", "ep002 timeline"])
        // The graph's own dependents of the edited voice are the same two nodes.
        let voice = try #require(plan.toRun.first { $0.step == "voice" })
        #expect(plan.graph.dependents(of: voice.key) == Set(plan.toRun.filter { $0.step != "voice" }.map(\.key)))
        #expect(plan.graph.count == before.graph.count)
        let srt = try String(contentsOf: fixture.root.appendingPathComponent("out/ep002/episode.srt"), encoding: .utf8)
        #expect(srt.contains("Tonight."))
    }

    @Test func aDeletedOrTamperedExportIsMadeAgain() async throws {
        let fixture = try Fixture.make(episodes: 2)
        _ = try await fixture.produce()
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("out/ep001/episode.vtt"))
        try Data("edited by hand".utf8).write(to: fixture.root.appendingPathComponent("out/ep002/episode.srt"))
        let (plan, summary, _) = try await Fixture.reopen(fixture.root).produce()
        #expect(plan.toRun.map(\.label).sorted() == ["ep001 export episode.srt, episode.vtt, episode.otio, media/", "ep002 export episode.srt, episode.vtt, episode.otio, media/"])
        #expect(summary.progress.done == 2)
        #expect(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("out/ep001/episode.vtt").path))
    }

    @Test func transientErrorsAreRetriedWithBackoffAndPermanentOnesSurface() async throws {
        let fixture = try Fixture.make(episodes: 2, settings: "retry: { max_attempts: 4, base_delay_ms: 20, max_delay_ms: 200 }\n")
        let flaky = FlakyStep(failures: 2, permanentlyBroken: "ep002 voice 2")
        var steps = fixture.project.steps
        steps.register(flaky)
        let (_, summary, events) = try await fixture.produce(steps: steps)
        let retries = events.compactMap { event -> (String, Int, Double)? in
            if case .retrying(let label, let attempt, let delay, _) = event { (label, attempt, delay) } else { nil }
        }
        let ep1 = retries.filter { $0.0.hasPrefix("ep001 voice 1 ") }
        #expect(ep1.map(\.1) == [1, 2])
        #expect(ep1.count == 2 && ep1[0].2 <= 0.02 && ep1[0].2 >= 0.01 && ep1[1].2 >= 0.02 && ep1[1].2 <= 0.04)
        #expect(summary.failures.count == 1)
        #expect(summary.failures.first?.label.hasPrefix("ep002 voice 2") == true)
        #expect(summary.failures.first?.message == "the service refused the line")
        let status = try await fixture.store.status(now: Date())
        #expect(status.failed.count == 1)
        // ep002's subtitles, edit and export never ran; everything of episode 1 did.
        #expect(status.counts[.cancelled] == 3)
        #expect(FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("out/ep001/episode.srt").path))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("out/ep002/episode.srt").path))
        // Failed tries are on the ledger too.
        let failedTries = try await fixture.store.ledger().filter { !$0.succeeded }
        #expect(Set(failedTries.map(\.attempt)).isSuperset(of: [1, 2]))
    }

    @Test func aBudgetCapStopsBeforeOverspending() async throws {
        let yaml = """
            budget: { episode_usd: 0.02 }
            prices:
              - { generator: builtin.espeak-ng, unit: character, usd: 0.0002 }
            """
        let fixture = try Fixture.make(episodes: 2, settings: yaml)
        let (plan, summary, events) = try await fixture.produce()
        #expect(plan.estimatedTotal > Money(dollars: "0.02")!)
        guard case .overBudget(let stop) = summary.ending else {
            Issue.record("expected a budget stop, got \(summary.ending)")
            return
        }
        #expect(stop.episode == 1)
        #expect(stop.description.contains("budget of episode 1"))
        #expect(events.contains { if case .budgetStopped = $0 { true } else { false } })
        let ledger = try await fixture.store.ledger()
        let spent = ledger.filter { $0.episode == 1 }.reduce(Money.zero) { $0 + $1.cost }
        #expect(spent > .zero)
        #expect(spent <= Money(dollars: "0.02")!)
        #expect(summary.progress.done < plan.toRun.count)
    }

    @Test func costReportSplitsKeptAndDiscardedTakes() async throws {
        let yaml = "prices:\n  - { generator: builtin.espeak-ng, unit: character, usd: 0.001 }\n"
        let fixture = try Fixture.make(episodes: 2, settings: yaml)
        _ = try await fixture.produce()
        let line = try fixture.firstLine(of: 1)
        try fixture.edit(episode: 1, replacing: line, with: "Fine.")
        let edited = try Fixture.reopen(fixture.root)
        let (plan, _, _) = try await edited.produce()
        let report = CostReport(ledger: try await edited.store.ledger(), graph: plan.graph, finishedMinutes: [1: 1.5, 2: 1.5], by: .episode)
        let ep1 = try #require(report.rows.first { $0.name == "ep001" })
        let cueCost = Money(nanos: Int64(line.count) * 1_000_000)
        #expect(ep1.discarded == cueCost)
        #expect(ep1.kept > .zero)
        #expect(report.rows.first { $0.name == "ep002" }?.discarded == .zero)
        #expect(report.total.total == report.rows.reduce(Money.zero) { $0 + $1.total })
        #expect(report.total.perMinute == Money(nanos: report.total.total.nanos / 3))
        let byGenerator = CostReport(ledger: try await edited.store.ledger(), graph: plan.graph, finishedMinutes: [:], by: .generator)
        #expect(byGenerator.rows.map(\.name).contains("builtin.espeak-ng"))
    }

    @Test func garbageCollectionRemovesOnlyUnreferencedAssets() async throws {
        let fixture = try Fixture.make(episodes: 2)
        _ = try await fixture.produce()
        let line = try fixture.firstLine(of: 1)
        try fixture.edit(episode: 1, replacing: line, with: "Fine.")
        let edited = try Fixture.reopen(fixture.root)
        _ = try await edited.produce()
        try Data("half-written".utf8).write(to: edited.project.assets.root.appendingPathComponent("tmp/leftover"))
        let before = edited.project.assets.inventory().count
        let dry = try await GarbageCollector.collect(edited.project, store: edited.store, dryRun: true)
        #expect(dry.assets == 6)  // the old line.wav and speech.json; the old timeline, srt, vtt and otio
        #expect(dry.temporaries == 1)
        #expect(dry.results == 4)  // the old voice, timeline, edit and export results
        #expect(edited.project.assets.inventory().count == before)
        let done = try await GarbageCollector.collect(edited.project, store: edited.store, dryRun: false)
        #expect(done.assets == 6)
        #expect(edited.project.assets.inventory().count == before - 6)
        #expect(edited.project.assets.temporaries().isEmpty)
        // Everything still referenced is intact and nothing needs making.
        let plan = try await edited.project.plan(store: edited.store, deliverable: .subtitles)
        #expect(plan.toRun.isEmpty)
        #expect(try await edited.store.ledger().count > 0)
    }

    @Test func scriptErrorsStopPlanningWithEveryProblemLocated() throws {
        let fixture = try Fixture.make(episodes: 2)
        let script = try String(contentsOf: fixture.project.files.episodeURL(1), encoding: .utf8)
        try Data((script + "\nNOBODY\nWho am I?\n").utf8).write(to: fixture.project.files.episodeURL(1))
        let error = #expect(throws: ProductionError.self) { try fixture.project.graph(episodes: [1, 2, 3]) }
        #expect(error?.code == .invalidScripts)
        #expect(error?.diagnostics.contains { $0.file.hasSuffix("ep001.fountain") && $0.line != nil && $0.message.contains("NOBODY") } == true)
        #expect(error?.diagnostics.contains { $0.message == "episode 3 has no script" } == true)
    }
}

/// A voice step that fails transiently `failures` times for episode 1's first line, and
/// permanently for one label.
final class FlakyStep: Step, Sendable {
    let inner = VoiceStep()
    let failures: Int
    let permanentlyBroken: String
    private let tries = Mutex<[String: Int]>([:])

    init(failures: Int, permanentlyBroken: String) {
        self.failures = failures
        self.permanentlyBroken = permanentlyBroken
    }

    var kind: String { inner.kind }
    var generator: GeneratorID { inner.generator }

    func run(_ input: StepInput) async throws -> StepOutput {
        let label = input.node.label
        if label.hasPrefix(permanentlyBroken + " ") { throw StepFailure.permanent("the service refused the line") }
        if label.hasPrefix("ep001 voice 1 ") {
            let count = tries.withLock { tries -> Int in
                tries[label, default: 0] += 1
                return tries[label]!
            }
            if count <= failures { throw StepFailure.transient("HTTP 503 (try \(count))", usage: Usage([.request: 1])) }
        }
        return try await inner.run(input)
    }
}
