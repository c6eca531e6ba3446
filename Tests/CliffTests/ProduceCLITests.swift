import DramaModel
import Foundation
import Production
import SQLiteStore
import TestSupport
import Testing

/// `cliff produce`, `status`, `cost` and `gc` as processes: crashes, concurrent runs, Ctrl-C, budgets.
@Suite(.serialized) struct ProduceCLITests {
    static let premise = "A broke intern signs a contract marriage with a cold CEO"

    /// A CLI runner with an 80-episode project `demo` (about 2,000 production jobs).
    static func project(episodes: Int = 80) async throws -> CLIRunner {
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", premise, "--episodes", "\(episodes)")
        guard made.status == 0 else { throw CLIFailure(message: made.stderr) }
        return cli
    }

    struct CLIFailure: Error { var message: String }

    static func store(_ cli: CLIRunner) throws -> SQLiteJobStore { try SQLiteJobStore(path: cli.url("demo/cliff.db").path) }

    /// A verbose `produce` run in the background that gets `signal` as soon as it has finished
    /// `count` jobs (it prints `done  <job>` for each): the signal is sent from a thread that
    /// reads the run's output as it comes, so it lands mid-way however busy the machine is.
    static func produce(_ cli: CLIRunner, _ arguments: [String], signal: Int32, afterDone count: Int) throws -> BackgroundCLI {
        try BackgroundCLI(
            executable: CLIRunner.binary, arguments: ["produce"] + arguments + ["--verbose"], directory: cli.directory,
            interruption: .init(signal, afterLines: count, startingWith: "done  "))
    }

    /// Checks the finished project: every node made exactly once (one successful try by one
    /// worker on the ledger), every asset intact, nothing left to make.
    static func checkMadeOnce(_ cli: CLIRunner) async throws {
        let project = try ProductionProject.open(cli.url("demo"))
        let store = try store(cli)
        let plan = try await project.plan(store: store, deliverable: .subtitles)
        #expect(plan.toRun.isEmpty)
        var makers: [NodeKey: Set<String>] = [:]
        for entry in try await store.ledger() where entry.succeeded {
            makers[entry.node, default: []].insert("\(entry.owner)#\(entry.attempt)")
        }
        #expect(makers.count == plan.graph.count)
        let twice = makers.filter { $0.value.count > 1 }
        #expect(twice.isEmpty, "made more than once: \(twice.count) nodes")
        let results = try await store.allResults()
        #expect(results.count == plan.graph.count)
        let assets = project.assets
        #expect(results.allSatisfy { $0.outputs.allSatisfy(assets.verify) })
        #expect(assets.temporaries().isEmpty)
    }

    static func jobsDone(_ output: String) -> Int? {
        guard let range = output.range(of: #"[0-9,]+ jobs? done"#, options: .regularExpression) else { return nil }
        return Int(output[range].prefix { $0 != " " }.replacingOccurrences(of: ",", with: ""))
    }

    @Test func aRunKilledWithSIGKILLIsResumedWithoutRedoingFinishedWork() async throws {
        let cli = try await Self.project()
        _ = try Self.store(cli)  // the database exists before the run
        let first = try Self.produce(cli, ["demo", "--subtitles-only", "--progress", "none", "--jobs", "1"], signal: SIGKILL, afterDone: 50)
        let killed = try await first.wait()
        try #require(first.interrupted, "the first run finished before it could be killed: \(killed.stderr)")
        #expect(killed.status == SIGKILL)  // Foundation reports the signal number for a signalled exit
        let status = try await Self.store(cli).status(now: Date())
        let doneAtKill = status.counts[.done] ?? 0
        let total = status.counts.values.reduce(0, +)
        #expect(doneAtKill < total)
        if (status.counts[.running] ?? 0) > 0 {
            // The killed worker's jobs are not shown as running: status says the worker is gone.
            let shown = try await cli.run("status", "demo")
            #expect(shown.stdout.contains("worker \(first.process.processIdentifier) on this machine is not running; the next run will take it over"), "\(shown.stdout)")
            #expect(!shown.stdout.contains("\nRunning:"), "\(shown.stdout)")
        }

        let second = try await cli.run("produce", "demo", "--subtitles-only", "--progress", "none")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(Self.jobsDone(second.stdout) == total - doneAtKill, "\(second.stdout)")
        if (status.counts[.running] ?? 0) > 0 { #expect(second.stderr.contains("Took over")) }
        // The dead run's jobs are the resumed run's own work, not another run's.
        let said = second.stdout + second.stderr
        #expect(!said.contains("another run"), "\(said)")
        if (status.counts[.pending] ?? 0) > 0 { #expect(said.contains("left queued by an earlier run"), "\(said)") }
        try await Self.checkMadeOnce(cli)
    }

    @Test func twoProduceProcessesOnOneProjectNeverRunTheSameJob() async throws {
        let cli = try await Self.project(episodes: 40)
        let a = try BackgroundCLI(cli, ["produce", "demo", "--subtitles-only", "--progress", "none"])
        let b = try BackgroundCLI(cli, ["produce", "demo", "--subtitles-only", "--progress", "none"])
        let (ra, rb) = (try await a.wait(), try await b.wait())
        #expect(ra.status == 0, "\(ra.stderr)")
        #expect(rb.status == 0, "\(rb.stderr)")
        let total = try await Self.store(cli).status(now: Date()).counts[.done] ?? 0
        #expect((Self.jobsDone(ra.stdout) ?? -1) + (Self.jobsDone(rb.stdout) ?? -1) == total)
        try await Self.checkMadeOnce(cli)
    }

    @Test func ctrlCStopsCleanlyAndTheNextRunGoesOn() async throws {
        let cli = try await Self.project()
        _ = try Self.store(cli)
        let run = try Self.produce(cli, ["demo", "--subtitles-only", "--progress", "none", "--jobs", "1"], signal: SIGINT, afterDone: 50)
        let stopped = try await run.wait()
        try #require(run.interrupted, "the run finished before it could be interrupted")
        #expect(stopped.status == 130, "\(stopped.stderr)")
        #expect(stopped.stderr.contains("Stopped by request"))
        let status = try await Self.store(cli).status(now: Date())
        #expect(status.running.isEmpty)  // leases given back, nothing left for a takeover
        let doneAtStop = status.counts[.done] ?? 0
        let again = try await cli.run("produce", "demo", "--subtitles-only", "--progress", "none")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stderr.contains("Took over"))
        #expect(Self.jobsDone(again.stdout) == status.counts.values.reduce(0, +) - doneAtStop)
        try await Self.checkMadeOnce(cli)
    }

    @Test func dryRunListsTheWorkAndItsCostWithoutDoingIt() async throws {
        let cli = try await Self.project(episodes: 5)
        try cli.write("demo/cliff.yaml", "prices:\n  - { generator: builtin.espeak-ng, unit: character, usd: 0.00001 }\n")
        let dry = try await cli.run("produce", "demo", "--subtitles-only", "--episodes", "2-3", "--dry-run")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Plan for demo (episodes 2-3)"))
        #expect(dry.stdout.contains("0 cached"))
        #expect(dry.stdout.contains("ep002") && dry.stdout.contains("ep003") && !dry.stdout.contains("ep004"))
        #expect(dry.stdout.contains("≈ $0.00"))
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/out").path))
        let made = try await cli.run("produce", "demo", "--subtitles-only", "--episodes", "2-3", "--progress", "none")
        #expect(made.status == 0, "\(made.stderr)")
        let produced = try cli.snapshot("demo")
        let again = try await cli.run("produce", "demo", "--subtitles-only", "--dry-run")
        #expect(again.stdout.contains("(all episodes)") && !again.stdout.contains(" 0 cached"))
        #expect(again.stdout.contains("ep001 voice 1 "))  // episode 1 is still to make, episodes 2-3 are not listed
        let cost = try await cli.run("cost", "demo")
        #expect(cost.status == 0, "\(cost.stderr)")
        #expect(cost.stdout.contains("ep002") && cost.stdout.contains("series"))
        let byGenerator = try await cli.run("cost", "demo", "--by", "generator")
        #expect(byGenerator.stdout.contains("builtin.espeak-ng"))
        let status = try await cli.run("status", "demo")
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("Subtitles up to date with their scripts: 2 of 5"))
        #expect(status.stdout.contains("Finished episodes (episode.mp4) up to date with their scripts: 0 of 5"))
        let gc = try await cli.run("gc", "demo", "--dry-run")
        #expect(gc.stdout.hasPrefix("Would remove 0 unreferenced assets"))
        // Commands that only read leave a produced project as they found it, byte for byte.
        for command in [["validate", "demo"], ["outline", "demo"], ["write", "demo"], ["status", "demo"]] {
            let result = try await cli.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let after = try cli.snapshot("demo")
        #expect(Set(after.keys) == Set(produced.keys), "files added or removed: \(Set(after.keys).symmetricDifference(produced.keys).sorted())")
        #expect(after.filter { produced[$0.key] != $0.value }.keys.sorted() == [], "changed by a command that only reads")
    }

    @Test func aBudgetStopSaysWhichBudgetAndByHowMuch() async throws {
        let cli = try await Self.project(episodes: 3)
        try cli.write("demo/cliff.yaml", """
            budget: { series_usd: 0.05 }
            prices:
              - { generator: builtin.espeak-ng, unit: character, usd: 0.0005 }
            """)
        let run = try await cli.run("produce", "demo", "--subtitles-only", "--progress", "none")
        #expect(run.status == 1)
        #expect(run.stderr.contains("would exceed the series budget (budget.series_usd) of $0.0500 by $0.0"), "\(run.stderr)")
        #expect(run.stderr.contains("Raise the cap in cliff.yaml"))
        let cost = try await cli.run("cost", "demo")
        #expect(cost.stdout.contains("series"))
    }

    @Test func badSettingsAndMissingProjectsSayWhatAndWhere() async throws {
        let cli = try await Self.project(episodes: 2)
        try cli.write("demo/cliff.yaml", "workers: many\nbudget: { episode_usd: -3 }\n")
        let run = try await cli.run("produce", "demo", "--subtitles-only")
        #expect(run.status == 1)
        #expect(run.stderr.contains("demo/cliff.yaml:1:10: error: workers: expected a whole number"))
        #expect(run.stderr.contains("demo/cliff.yaml:2:24: error: budget.episode_usd"))
        let status = try await cli.run("status", "elsewhere")
        #expect(status.status == 1)
        let fresh = try await cli.run("status", "demo")
        #expect(fresh.status == 1)
    }
}
