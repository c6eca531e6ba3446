import DramaModel
import Foundation
import Production
import Basics
import Slate
import SQLiteStore
import Studio
import TestSupport
import Testing

/// `cliff slate new` and `cliff slate produce` as processes: a slate of pilots made once, a
/// budget that stops the slate before a pilot it cannot cover, and bad premises refused whole.
@Suite(.serialized) struct SlateCLITests {
    static let premises = """
        # Three short pilots
        A broke intern signs a contract marriage with a cold CEO | genre=romance seed=7 title=Paper Vows
        A detective hunts the killer who framed her father | title=Cold Case
        冷宫弃妃凭医术翻身，步步为营扳倒贵妃 | title=冷宫医妃

        """
    static let folders = ["paper-vows", "cold-case", "冷宫医妃"]
    static let short = ["--pilot-episodes", "1", "--season-episodes", "3", "--target-seconds", "15", "--progress", "lines"]

    /// The steps of a series' pilot still to make, and its ledger: the successful tries of each
    /// node (one call may record several units, so a try is its worker and attempt).
    static func pilot(_ cli: CLIRunner, _ folder: String) async throws -> (plan: ProductionPlan, made: [NodeKey: Set<String>], spent: Money) {
        let project = try ProductionProject.open(cli.url("spring/\(folder)"))
        let database = project.databaseURL.path
        let store = FileManager.default.fileExists(atPath: database) ? try SQLiteJobStore(path: database, readOnly: true) : try SQLiteJobStore.inMemory()
        let plan = try await project.plan(store: store, episodes: [1], deliverable: .preview)
        let ledger = try await store.ledger()
        var made: [NodeKey: Set<String>] = [:]
        for entry in ledger where entry.succeeded { made[entry.node, default: []].insert("\(entry.owner)#\(entry.attempt)") }
        return (plan, made, ledger.reduce(.zero) { $0 + $1.cost })
    }

    /// `0.000123` for an amount, as `--budget-usd` reads it.
    static func dollars(_ money: Money) -> String {
        let fraction = String(money.nanos % Money.nanosPerDollar)
        return "\(money.nanos / Money.nanosPerDollar).\(String(repeating: "0", count: 9 - fraction.count))\(fraction)"
    }

    @Test func aSlateWritesOneProjectPerPremiseAndMakesEachPilotOnce() async throws {
        let cli = try CLIRunner()
        try cli.write("premises.txt", Self.premises)
        let made = try await cli.run(["slate", "new", "spring", "--premises", "premises.txt"] + Self.short)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Created the slate spring/ from premises.txt: 3 series"), "\(made.stdout)")
        #expect(made.stdout.contains("pilots made 3 of 3 (3 now, 0 before)"), "\(made.stdout)")
        for (index, folder) in Self.folders.enumerated() {
            #expect(made.stderr.contains("series \(index + 1)/3 \(folder): “"), "\(made.stderr)")
            #expect(made.stderr.contains("series \(index + 1)/3 \(folder): episode 1 made (1 of 1)."), "\(made.stderr)")
            #expect(FileManager.default.fileExists(atPath: cli.url("spring/\(folder)/series.yaml").path))
            #expect(FileManager.default.fileExists(atPath: cli.url("spring/\(folder)/episodes/ep003.fountain").path))
            #expect(FileManager.default.fileExists(atPath: cli.url("spring/\(folder)/out/ep001/preview.mp4").path))
            #expect(!FileManager.default.fileExists(atPath: cli.url("spring/\(folder)/out/ep002").path))
        }
        let manifest = try cli.read("spring/slate.yaml")
        let lines = manifest.split(separator: "\n").map(String.init)
        for expected in [
            "premises: premises.txt", "deliverable: preview", "budget_usd: ~", "  - id: paper-vows", "    folder: cold-case",
            "    premise: A detective hunts the killer who framed her father", "    genre: palace", "    language: zh", "    seed: 7",
            "    pilot_episodes: 1",
        ] {
            #expect(lines.contains { $0 == expected || $0.hasPrefix(expected + "  #") }, "\(expected) not in \(manifest)")
        }
        // The ledger holds every step of every pilot once, and nothing is left to make.
        var ledgers: [String: [NodeKey: Set<String>]] = [:]
        for folder in Self.folders {
            let (plan, made, _) = try await Self.pilot(cli, folder)
            #expect(plan.toRun.isEmpty, "\(folder): \(plan.toRun.map(\.label))")
            #expect(Set(made.keys) == Set(plan.graph.nodes.map(\.key)), "\(folder)")
            #expect(made.values.allSatisfy { $0.count == 1 }, "\(folder): made twice")
            ledgers[folder] = made
        }
        // Producing again makes and pays nothing: the production line's cache has every step.
        let again = try await cli.run(["slate", "produce", "spring", "--progress", "lines"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("pilots made 3 of 3 (0 now, 3 before); spent $0.0000 now"), "\(again.stdout)")
        #expect(again.stderr.components(separatedBy: "pilot already made").count == 4, "\(again.stderr)")
        for folder in Self.folders { #expect(try await Self.pilot(cli, folder).made == ledgers[folder]) }
        // A slate is never made twice over itself.
        let twice = try await cli.run(["slate", "new", "spring", "--premises", "premises.txt"] + Self.short)
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("spring is already a slate; nothing was written. To make the pilots not made yet: cliff slate produce spring"), "\(twice.stderr)")
    }

    @Test func theBudgetStopsTheSlateBeforeAPilotItCannotCoverAndRaisingItGoesOnWithoutPayingTwice() async throws {
        let cli = try CLIRunner()
        try cli.write("premises.txt", Self.premises)
        try cli.write("cliff.yaml", "prices:\n  - { generator: builtin.espeak-ng, unit: character, usd: 0.001 }\n")
        // No budget left at all: the series are written, no pilot is started.
        let none = try await cli.run(["slate", "new", "spring", "--premises", "premises.txt", "--settings", "cliff.yaml", "--budget-usd", "0"] + Self.short)
        #expect(none.status == 1)
        #expect(none.stderr.contains("the slate's budget stops it before series 1/3 paper-vows: its pilot is estimated at $"), "\(none.stderr)")
        #expect(none.stderr.contains("Pilots made: none. Not made: paper-vows, cold-case, 冷宫医妃."), "\(none.stderr)")
        #expect(none.stderr.contains("To go on: raise budget_usd in spring/slate.yaml (or pass --budget-usd), then run cliff slate produce spring."))
        var estimates: [Money] = []
        for folder in Self.folders {
            let (plan, made, _) = try await Self.pilot(cli, folder)
            #expect(made.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: cli.url("spring/\(folder)/cliff.db").path), "nothing produced, nothing opened")
            estimates.append(plan.estimatedTotal)
        }
        #expect(estimates.allSatisfy { $0 > .zero }, "\(estimates)")
        // Enough for the first pilot and half the second: the first is made, the slate stops before the second.
        let budget = Money(nanos: estimates[0].nanos + estimates[1].nanos / 2)
        let dry = try await cli.run("slate", "produce", "spring", "--dry-run", "--budget-usd", Self.dollars(budget))
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("The budget would stop the slate before cold-case."), "\(dry.stdout)")
        #expect(try cli.read("spring/slate.yaml").contains("budget_usd: 0 "), "a dry run changes nothing")
        let run = try await cli.run("slate", "produce", "spring", "--budget-usd", Self.dollars(budget), "--progress", "none")
        #expect(run.status == 1)
        #expect(run.stderr.contains("the slate's budget stops it before series 2/3 cold-case"), "\(run.stderr)")
        #expect(run.stderr.contains("Pilots made: paper-vows. Not made: cold-case, 冷宫医妃."), "\(run.stderr)")
        #expect(try cli.read("spring/slate.yaml").contains("budget_usd: \(Self.dollars(budget).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)) "))
        let first = try await Self.pilot(cli, "paper-vows")
        #expect(first.plan.toRun.isEmpty)
        #expect(first.spent > .zero && first.spent <= budget, "spent \(first.spent) of \(budget)")
        #expect(run.stdout.contains("pilots made 1 of 3 (1 now, 0 before); spent \(first.spent) now, \(first.spent) in all of a \(budget) budget"), "\(run.stdout)")
        for folder in Self.folders.dropFirst() { #expect(try await Self.pilot(cli, folder).made.isEmpty) }
        // Raised, the budget lets the slate go on with the pilots not made; the first is not paid again.
        let raised = try await cli.run("slate", "produce", "spring", "--budget-usd", "100", "--progress", "none")
        #expect(raised.status == 0, "\(raised.stderr)")
        #expect(raised.stderr.contains("series 1/3 paper-vows: pilot already made"), "\(raised.stderr)")
        #expect(raised.stdout.contains("pilots made 3 of 3 (2 now, 1 before)"), "\(raised.stdout)")
        #expect(try await Self.pilot(cli, "paper-vows").made == first.made)
        for folder in Self.folders.dropFirst() {
            let pilot = try await Self.pilot(cli, folder)
            #expect(pilot.plan.toRun.isEmpty && pilot.made.values.allSatisfy { $0.count == 1 })
        }
    }

    @Test func badPremisesAreRefusedWholeWithEveryProblemLocatedAndNothingWritten() async throws {
        let cli = try CLIRunner()
        var text = "A broke intern signs a contract marriage with a cold CEO | genre=fantasy\n\n"
        text += String(repeating: "x", count: 20 * 1024 * 1024)
        try cli.write("premises.txt", text)
        let run = try await cli.run(["slate", "new", "spring", "--premises", "premises.txt"] + Self.short)
        #expect(run.status == 1)
        #expect(run.stderr.contains("premises.txt has 4 problems; nothing was written."), "\(run.stderr)")
        #expect(run.stderr.contains("premises.txt:1:66: error: genre 'fantasy' is not one of romance, revenge, suspense, palace."), "\(run.stderr)")
        #expect(run.stderr.contains("premises.txt:2:1: error: the line is blank"))
        #expect(run.stderr.contains("premises.txt:3:1001: error: the line is at least"))
        #expect(run.stderr.contains("premises.txt: error: the file is 20.0 MB"))
        #expect(run.stderr.utf8.count < 4_000)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).sorted() == ["premises.txt"])
        // A premise the policy gate blocks writes nothing either, and is named by its line.
        try cli.write("blocked.txt", "A broke intern signs a contract marriage with a cold CEO\nA preacher of ethnic cleansing wins the city council\n")
        let blocked = try await cli.run(["slate", "new", "spring", "--premises", "blocked.txt"] + Self.short)
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("the policy gate refuses 1 of the 2 premises; nothing was written."), "\(blocked.stderr)")
        #expect(blocked.stderr.contains("blocked.txt:2:1: error: the policy gate refuses this series"), "\(blocked.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).sorted() == ["blocked.txt", "premises.txt"])
        let missing = try await cli.run(["slate", "new", "spring", "--premises", "nothing.txt"] + Self.short)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nothing.txt: no such file."), "\(missing.stderr)")
        let produce = try await cli.run("slate", "produce", "spring")
        #expect(produce.status == 1)
        #expect(produce.stderr.contains("spring/slate.yaml: no such file"), "\(produce.stderr)")
    }

    @Test func aSlateIsSimulatedReportedAndDecidedWithEveryDecisionInTheAuditLog() async throws {
        let cli = try CLIRunner()
        try cli.write("premises.txt", """
            A broke intern signs a contract marriage with a cold CEO | genre=romance seed=7 title=Paper Vows
            A detective hunts the killer who framed her father | title=Cold Case

            """)
        let made = try await cli.run(["slate", "new", "spring", "--premises", "premises.txt"] + Self.short)
        #expect(made.status == 0, "\(made.stderr)")
        // Before any report: every problem at once, nothing changed.
        let before = try cli.snapshot("spring")
        let early = try await cli.run("slate", "decide", "spring", "paper-vow", "sunsett")
        #expect(early.status != 0)
        for expected in [
            "<series>: 'paper-vow' is not a series of spring/slate.yaml. Did you mean 'paper-vows'?", "<decision>: 'sunsett' is not a decision. Did you mean 'sunset'?",
            "--why: missing", "spring/report.json: no report yet", "nothing was changed",
        ] {
            #expect(early.stderr.contains(expected), "\(expected) not in \(early.stderr)")
        }
        #expect(try cli.snapshot("spring") == before)
        // Not measured until viewers come.
        let empty = try await cli.run("slate", "report", "spring")
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stdout.contains("0 of 2 series measured"), "\(empty.stdout)")
        #expect(empty.stdout.contains("not measured: no viewers of its pilot yet: simulate them (cliff slate simulate spring)"), "\(empty.stdout)")
        let simulated = try await cli.run("slate", "simulate", "spring", "--viewers", "150", "--seed", "4")
        #expect(simulated.status == 0, "\(simulated.stderr)")
        #expect(simulated.stdout.hasPrefix("SYNTHETIC AUDIENCE"), "\(simulated.stdout)")
        for folder in ["paper-vows", "cold-case"] {
            #expect(FileManager.default.fileExists(atPath: cli.url("spring/\(folder)/audience.db").path))
        }
        let report = try await cli.run("slate", "report", "spring")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.hasPrefix("SYNTHETIC AUDIENCE"), "\(report.stdout)")
        #expect(report.stdout.contains("2 of 2 series measured"), "\(report.stdout)")
        let saved = try JSONSerialization.jsonObject(with: Data(cli.read("spring/report.json").utf8)) as? [String: Any]
        let entries = try #require(saved?["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["rank"] as? Int } == [1, 2])
        #expect(saved?["synthetic"] as? Bool == true)
        let json = try await cli.run("slate", "report", "spring", "--json")
        #expect(json.stdout == (try cli.read("spring/report.json")) + "\n")
        // Bad input after the report: still every problem, still nothing changed.
        let reported = try cli.snapshot("spring")
        let bad = try await cli.run("slate", "decide", "spring", "cold-case", "iterate", "--why", "  ", "--episodes", "2")
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--why: missing") && bad.stderr.contains("--episodes: only extend makes episodes"), "\(bad.stderr)")
        #expect(try cli.snapshot("spring") == reported)
        // iterate: recorded with who, why and the report's figures.
        let iterate = try await cli.run("slate", "decide", "spring", "cold-case", "iterate", "--why", "the endings lose viewers", "--by", "mei")
        #expect(iterate.status == 0, "\(iterate.stderr)")
        let record = try #require(try cli.read("spring/cold-case/governance/audit.jsonl").split(separator: "\n").last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
        let details = try #require(object["details"] as? [String: String])
        #expect(object["kind"] as? String == "slate.decision" && object["actor"] as? String == "mei")
        #expect(details["decision"] == "iterate" && details["why"] == "the endings lose viewers")
        #expect(details["report.score"] != nil && details["report.rank"]?.hasSuffix("of 2") == true && details["report.synthetic"] == "true", "\(details)")
        #expect(details["rewrite"] != nil && details["instruction"]?.hasPrefix("rewrite ") == true, "\(details)")
        let verified = try await cli.run("audit", "verify", "spring/cold-case")
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        // sunset: slate.yaml says so, produce skips it, it cannot be extended; files stay.
        let sunset = try await cli.run("slate", "decide", "spring", "paper-vows", "sunset", "--why", "bottom of the slate", "--by", "mei")
        #expect(sunset.status == 0, "\(sunset.stderr)")
        #expect(try cli.read("spring/slate.yaml").contains("    status: sunset"))
        #expect(FileManager.default.fileExists(atPath: cli.url("spring/paper-vows/out/ep001/preview.mp4").path))
        let produce = try await cli.run("slate", "produce", "spring", "--progress", "none")
        #expect(produce.status == 0, "\(produce.stderr)")
        #expect(produce.stderr.contains("series 1/2 paper-vows: sunset (slate.yaml); skipped."), "\(produce.stderr)")
        let again = try await cli.run("slate", "decide", "spring", "paper-vows", "extend", "--why", "changed my mind")
        #expect(again.status != 0 && again.stderr.contains("paper-vows: the series is sunset"), "\(again.stderr)")
        // extend: the next episode made by the production line, recorded.
        let extend = try await cli.run("slate", "decide", "spring", "cold-case", "extend", "--why", "top of the slate", "--episodes", "1", "--progress", "none")
        #expect(extend.status == 0, "\(extend.stderr)")
        #expect(extend.stdout.contains("cold-case episodes 2 made"), "\(extend.stdout)")
        #expect(FileManager.default.fileExists(atPath: cli.url("spring/cold-case/out/ep002/preview.mp4").path))
        #expect(!FileManager.default.fileExists(atPath: cli.url("spring/cold-case/out/ep003").path))
        // The production line signs what it made into the same log: the decision is the last slate.decision.
        let last = try #require(try cli.read("spring/cold-case/governance/audit.jsonl").split(separator: "\n").last { $0.contains("\"kind\":\"slate.decision\"") })
        #expect(last.contains("\"decision\":\"extend\"") && last.contains("\"episodes\":\"2\""), "\(last)")
    }

    /// A report of the slate at `folder` in which `paper-vows` and `cold-case` are measured
    /// (their one-episode pilots watched by 60 viewers each), as `cliff slate report` writes it.
    static func writeReport(_ cli: CLIRunner, _ folder: String) throws {
        var random = SeededGenerator(seed: 3)
        let inputs = [("paper-vows", "Paper Vows", 0.8), ("cold-case", "Cold Case", 0.4)].map { id, title, quality in
            let viewers = (0..<60).map { _ -> PilotViewer in
                var viewer = PilotViewer()
                viewer.started = 1
                if Double.random(in: 0..<1, using: &random) < quality { viewer.hooked = 1 }
                if Double.random(in: 0..<1, using: &random) < quality { viewer.completed = 1 }
                return viewer
            }
            return SlateReport.Input(
                id: id, title: title, pilotEpisodes: 1, paywallEpisode: 3, viewers: viewers, syntheticViewers: 60, spend: .zero, finishedMinutes: 0.25)
        }
        try JSONEncoder().encode(SlateReport.make(slate: folder, series: inputs, seed: 1, bootstrap: 20)).write(to: cli.url("\(folder)/report.json"))
    }

    @Test func publishSetsEachPilotsCalendarThroughTheReviewGateAndASunsetStopsIt() async throws {
        let cli = try CLIRunner()
        try cli.write("premises.txt", """
            A broke intern signs a contract marriage with a cold CEO | genre=romance seed=7 title=Paper Vows
            A detective hunts the killer who framed her father | title=Cold Case

            """)
        // Finished pilots (episode.mp4), which the studio's review gate reviews.
        let made = try await cli.run(["slate", "new", "spring", "--premises", "premises.txt", "--final"] + Self.short.dropLast(2) + ["--progress", "none"])
        #expect(made.status == 0, "\(made.stderr)")
        // cold-case is sunset (the last series of slate.yaml).
        try cli.write("spring/slate.yaml", try cli.read("spring/slate.yaml") + "    status: sunset\n")
        // Bad options: every problem at once, nothing changed (the studio's store is not even made).
        let before = try cli.snapshot("spring")
        let bad = try await cli.run(
            "slate", "publish", "spring", "--series", "paper-vow", "--series", "cold-case", "--launch", "2027-02-30", "--time", "25:00",
            "--time-zone", "Mars/Olympus", "--per-day", "0", "--launch-episodes", "0")
        #expect(bad.status == 1)
        for expected in [
            "cannot publish the slate; nothing was changed:",
            "--series: 'paper-vow' is not a series of spring/slate.yaml. Did you mean 'paper-vows'?",
            "--series: 'cold-case' is sunset (spring/slate.yaml); a sunset series is not published.",
            "--launch-episodes: 0 is not a number of episodes", "--launch: '2027-02-30' is not a date: February 2027 has 28 days",
            "--time: '25:00' is not a time of day", "--time-zone: 'Mars/Olympus' is not a time zone", "--per-day: must be at least 1",
        ] {
            #expect(bad.stderr.contains(expected), "\(expected) not in \(bad.stderr)")
        }
        #expect(try cli.snapshot("spring") == before)
        #expect(!FileManager.default.fileExists(atPath: cli.url("spring/studio.db").path))
        let past = try await cli.run("slate", "publish", "spring", "--launch", "2020-01-01")
        #expect(past.status == 1 && past.stderr.contains("paper-vows: --launch: the launch, 2020-01-01 20:00 UTC, has passed"), "\(past.stderr)")
        // A dry run says what it would set, and sets nothing.
        let dry = try await cli.run("slate", "publish", "spring", "--dry-run")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("paper-vows: would set the release calendar: 1 at launch on "), "\(dry.stdout)")
        #expect(dry.stdout.contains("Skipped, sunset: cold-case.") && dry.stdout.contains("Nothing was set (--dry-run)."), "\(dry.stdout)")
        let studio = try await Studio(root: cli.url("spring"), bcryptCost: 4)
        #expect(try await studio.calendar("paper-vows") == nil)
        // Published: the whole pilot at launch, tomorrow in Shanghai; the pilot waits for review.
        let zone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let tomorrow = String(ReleaseCalendar.local(Date().addingTimeInterval(86_400), in: zone).prefix(10))
        let published = try await cli.run("slate", "publish", "spring", "--launch", tomorrow, "--time", "09:30", "--time-zone", "Asia/Shanghai", "--by", "mei")
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stdout.contains(
            "paper-vows: set the release calendar: 1 at launch on \(tomorrow) 09:30 Asia/Shanghai, then 1 a day; no paywall. Pilot (episodes 1): 0 approved, 1 waiting for review, 0 not rendered for review yet."
        ), "\(published.stdout)")
        let calendar = try #require(try await studio.calendar("paper-vows"))
        #expect(calendar == ReleaseCalendar(launchDate: tomorrow, time: "09:30", timeZone: "Asia/Shanghai", launchEpisodes: 1, perDay: 1))
        #expect(try await studio.calendar("cold-case") == nil, "a sunset series is not published")
        #expect(try await studio.calendarChanges("paper-vows").first?.by == "mei")
        let audit = try cli.read("spring/paper-vows/governance/audit.jsonl").split(separator: "\n").last { $0.contains("\"kind\":\"slate.publish\"") }
        let line = try #require(audit)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let details = try #require(record["details"] as? [String: String])
        #expect(record["actor"] as? String == "mei" && details["calendar.launch"] == "\(tomorrow) 09:30 Asia/Shanghai" && details["pilot.waiting_for_review"] == "1", "\(details)")
        // The review gate holds: at launch time nothing unapproved comes out; approved, it does.
        let launch = try #require(calendar.releaseDate(of: 1))
        #expect(try await studio.publishDue("paper-vows", now: launch.addingTimeInterval(60)).isEmpty)
        #expect(try await studio.isReleased("paper-vows", 1, now: launch.addingTimeInterval(60)) == false)
        try await studio.review("paper-vows", 1, action: .approve, note: nil, by: StudioUser(name: "mei", role: .reviewer))
        #expect(try await studio.publishDue("paper-vows", now: launch.addingTimeInterval(60)) == [1])
        // Sunset from the command line stops the calendar; what it released stays released.
        try Self.writeReport(cli, "spring")
        try cli.write("spring/slate.yaml", try cli.read("spring/slate.yaml").replacingOccurrences(of: "    status: sunset\n", with: ""))
        let sunset = try await cli.run("slate", "decide", "spring", "paper-vows", "sunset", "--why", "bottom of the slate", "--by", "mei")
        #expect(sunset.status == 0, "\(sunset.stderr)")
        #expect(sunset.stdout.contains("Its release calendar in the studio (spring/studio.db): stopped at "), "\(sunset.stdout)")
        #expect(sunset.stdout.contains("released before the stop, staying on the channel: 1; not released, now without a release time: 2-3"), "\(sunset.stdout)")
        #expect(sunset.stdout.contains("cliff slate publish spring --series paper-vows"), "how to take it up again")
        #expect(try await studio.calendar("paper-vows")?.stopped != nil)
        #expect(try await studio.isReleased("paper-vows", 1, now: launch.addingTimeInterval(120)))
        let decision = try #require(try cli.read("spring/paper-vows/governance/audit.jsonl").split(separator: "\n").last { $0.contains("\"kind\":\"slate.decision\"") })
        #expect(decision.contains("stopped at ") && decision.contains("\"decision\":\"sunset\""), "\(decision)")
        // Taken up again: the status line removed, published again, the calendar runs.
        try cli.write("spring/slate.yaml", try cli.read("spring/slate.yaml").split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("status: sunset") }.joined(separator: "\n"))
        let again = try await cli.run("slate", "publish", "spring", "--series", "paper-vows", "--launch", tomorrow, "--time", "09:30", "--time-zone", "Asia/Shanghai")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try await studio.calendar("paper-vows")?.stopped == nil)
    }
}
