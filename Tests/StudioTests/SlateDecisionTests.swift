import Basics
import DramaModel
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import Logging
import Slate
import Studio
import StudioServer
import TestSupport
import Testing

/// Decisions on a slate's series: the shared checks and record (`SlateDesk`, what `cliff slate
/// decide` and the studio both call), a sunset stopping the series' release calendar in the
/// studio store, an extend from the studio making the next episodes within the slate's budget
/// (or stopped by it), and the slate page's buttons and API with their role check.
@Suite(.serialized) struct SlateDecisionTests {
    /// Every file under `root` and its bytes, but the SQLite files (logins write sessions there;
    /// the calendars in them are checked through the studio).
    static func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true, !url.lastPathComponent.contains(".db") else { continue }
            files[String(url.path.dropFirst(root.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The last record of series `folder`'s audit log.
    static func lastRecord(_ root: URL, _ folder: String) throws -> AuditRecord? {
        try AuditLog(projectRoot: root.appendingPathComponent(folder)).records().last
    }

    static let producer = StudioUser(name: "paul", role: .producer)

    @Test func aBadDecisionIsRefusedWithEveryProblemNamedByItsArgumentAndNothingChanged() async throws {
        let root = try SlatePageTests.slate(report: true)
        let before = try Self.snapshot(root)
        let error = await #expect(throws: SlateError.self) {
            try await SlateDesk.decide(
                slate: root, shown: "spring", SlateDecisionRequest(series: "s11", decision: "sunsett", why: "  ", episodes: 2), actor: "mei")
        }
        #expect(error?.code == .invalidDecision)
        let problems = error?.diagnostics.map { "\($0.fieldPath ?? ""): \($0.message)" } ?? []
        for expected in [
            "<series>: 's11' is not a series of spring/slate.yaml. Did you mean 's1'?", "<decision>: 'sunsett' is not a decision. Did you mean 'sunset'?",
            "--why: missing; a decision is recorded with its reason. Add --why",
        ] {
            #expect(problems.contains { $0.hasPrefix(expected) }, "\(expected) not in \(problems)")
        }
        // The studio names its own fields; a sunset series and episodes with iterate are refused too.
        let studio = await #expect(throws: SlateError.self) {
            try await SlateDesk.decide(
                slate: root, shown: "spring", SlateDecisionRequest(series: "s4", decision: "iterate", why: "again", episodes: 2), actor: "mei",
                labels: .studio)
        }
        let fields = studio?.diagnostics.compactMap(\.fieldPath) ?? []
        #expect(fields.contains("episodes") && fields.contains("s4"), "\(fields)")
        #expect(studio?.diagnostics.contains { $0.message.contains("the series is sunset") } == true)
        #expect(try Self.snapshot(root) == before, "nothing was written")
    }

    @Test func iterateIsRecordedWithTheReportsFiguresAndSunsetStopsTheCalendarInTheStudioStore() async throws {
        let root = try SlatePageTests.slate(report: true)
        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "slate-decision-test"))
        let iterate = try await studio.decideSlate(SlateDecisionRequest(series: "s1", decision: "Iterate", why: "the endings lose viewers"), by: Self.producer)
        #expect(iterate.decision == .iterate && iterate.actor == "paul")
        let recorded = try #require(try Self.lastRecord(root, "s1"))
        #expect(recorded.kind == "slate.decision" && recorded.actor == "paul" && recorded.subject == "series s1" && recorded.sequence == iterate.sequence)
        #expect(recorded.details["why"] == "the endings lose viewers" && recorded.details["report.rank"] == "1 of 4", "\(recorded.details)")
        #expect(recorded.details["instruction"]?.hasPrefix("rewrite ") == true)
        // A calendar launching tomorrow: the sunset stops it before any episode comes out.
        let tomorrow = String(ReleaseCalendar.local(Date().addingTimeInterval(86_400), in: .gmt).prefix(10))
        try await studio.setCalendar("s1", ReleaseCalendar(launchDate: tomorrow, launchEpisodes: 1, paywallFrom: 2), by: Self.producer)
        let sunset = try await studio.decideSlate(SlateDecisionRequest(series: "s1", decision: "sunset", why: "bottom of the slate"), by: Self.producer)
        let stopped = try #require(sunset.stoppedCalendar)
        #expect(stopped.stoppedNow && stopped.released.isEmpty)
        let calendar = try #require(try await studio.calendar("s1"))
        #expect(calendar.stopped != nil && calendar.paywallFrom == 2 && calendar.launchDate == tomorrow, "launch and paywall are kept")
        #expect(calendar.releaseDate(of: 1) == nil, "nothing more comes out")
        #expect(try await studio.publishDue("s1", now: Date().addingTimeInterval(10 * 86_400)).isEmpty)
        #expect(try await studio.calendarChanges("s1").first?.by == "paul")
        let details = try #require(try Self.lastRecord(root, "s1")).details
        #expect(details["decision"] == "sunset" && details["calendar"]?.hasPrefix("stopped at ") == true, "\(details)")
        #expect(details["calendar"]?.contains("released before the stop, staying on the channel: none; not released, now without a release time: 1-2") == true, "\(details)")
        #expect(try String(contentsOf: root.appendingPathComponent("slate.yaml"), encoding: .utf8).components(separatedBy: "status: sunset").count == 3)
        // Taken up again: a calendar set without `stopped` runs.
        try await studio.setCalendar("s1", ReleaseCalendar(launchDate: tomorrow, launchEpisodes: 1), by: Self.producer)
        #expect(try await studio.calendar("s1")?.stopped == nil)
        #expect(try await studio.calendar("s1")?.releaseDate(of: 1) != nil)
    }

    @Test func aStoppedCalendarKeepsTheReleaseTimesBeforeItsStopAndReleasesNothingMore() throws {
        var calendar = ReleaseCalendar(launchDate: "2026-01-10", time: "20:00", timeZone: "UTC", launchEpisodes: 2, perDay: 1)
        let stop = try #require(calendar.releaseDate(of: 3)).addingTimeInterval(3_600)
        calendar.stopped = ReleaseCalendar.stamp(stop)
        #expect(calendar.problems().isEmpty)
        #expect(calendar.releaseDate(of: 1) != nil && calendar.releaseDate(of: 3) != nil, "released before the stop")
        #expect(calendar.releaseDate(of: 4) == nil, "after the stop: no release time")
        calendar.stopped = "yesterday"
        #expect(calendar.problems().map(\.field) == ["stopped"])
        let decoded = try JSONDecoder().decode(ReleaseCalendar.self, from: Data(#"{"launchDate":"2026-01-10","time":"20:00","timeZone":"UTC","launchEpisodes":2,"perDay":1,"priceCoins":30,"startingCoins":100}"#.utf8))
        #expect(decoded.stopped == nil, "a calendar without the field runs, as before")
    }

    @Test func theSlatePageDecidesForProducersOnlyAndShowsTheDecisionTaken() async throws {
        let root = try SlatePageTests.slate(report: true)
        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "slate-decision-page-test"))
        try await studio.accounts.add(name: "mei", role: .reviewer, password: StudioFixture.password)
        try await studio.accounts.add(name: "paul", role: .producer, password: StudioFixture.password)
        let tomorrow = String(ReleaseCalendar.local(Date().addingTimeInterval(86_400), in: .gmt).prefix(10))
        try await studio.setCalendar("s1", ReleaseCalendar(launchDate: tomorrow), by: Self.producer)
        let server = StudioServer(studio: studio, port: 0)
        let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        try await server.serving { port in
            // A reviewer sees no buttons and may not decide, by the page or the API.
            var reviewer = Client(port: port)
            try await reviewer.login("mei")
            let seen = String(buffer: try await reviewer.send(.get, "/slate").body)
            #expect(!seen.contains("action=\"/slate/decisions\""))
            let before = try Self.snapshot(root)
            let refused = try await reviewer.send(.post, "/api/v1/slate/decisions", json: #"{"series":"s1","decision":"sunset","why":"no"}"#)
            #expect(refused.status == .forbidden)
            #expect((try refused.error()["message"] as? String)?.contains("needs the producer role") == true)
            let refusedForm = try await reviewer.send(.post, "/slate/decisions", body: "series=s1&decision=sunset&why=no", headers: form)
            #expect(refusedForm.status == .forbidden)
            #expect(try Self.snapshot(root) == before)
            #expect(try await studio.calendar("s1")?.stopped == nil, "the calendar runs")

            var producer = Client(port: port)
            try await producer.login("paul")
            let page = String(buffer: try await producer.send(.get, "/slate").body)
            #expect(page.contains(#"<label for="why-s1">Why (recorded in the audit log with your name)</label>"#))
            #expect(page.contains(#"name="decision" value="extend">Extend<span class="visually-hidden"> Paper Vows</span></button>"#))
            #expect(!page.contains(#"aria-label="Decide on Night Ward""#), "a sunset series gets no buttons")
            // Without a reason: refused at the form with the reason's field marked, nothing changed.
            let empty = try await producer.send(.post, "/slate/decisions", body: "series=s1&decision=sunset&why=", headers: form)
            #expect(empty.status == .badRequest)
            let emptyPage = String(buffer: empty.body)
            #expect(emptyPage.contains(#"aria-invalid="true" aria-describedby="why-s1-error""#), "the why field is marked")
            #expect(emptyPage.contains("why: missing; a decision is recorded with its reason."), "\(emptyPage)")
            #expect(try Self.snapshot(root) == before)
            #expect(try await studio.calendar("s1")?.stopped == nil, "the calendar runs")
            // A series without a form (sunset) is refused at the top of the page.
            let stale = try await producer.send(.post, "/slate/decisions", body: "series=s4&decision=extend&why=again", headers: form)
            #expect(stale.status == .conflict)
            #expect(String(buffer: stale.body).contains(#"<p class="alert error" role="alert" id="decision-error">nothing was changed: s4: the series is sunset"#))
            // From another site: refused before anything happens.
            var crossSite = form
            crossSite[HTTPField.Name("Origin")!] = "http://evil.example"
            #expect(try await producer.send(.post, "/slate/decisions", body: "series=s1&decision=sunset&why=x", headers: crossSite).status == .forbidden)
            // The API: iterate recorded with the signed-in user as who.
            let iterate = try await producer.send(.post, "/api/v1/slate/decisions", json: #"{"series":"s1","decision":"iterate","why":"the endings lose viewers"}"#)
            #expect(iterate.status == .created)
            let answer = try iterate.json()
            #expect(answer["by"] as? String == "paul" && answer["decision"] as? String == "iterate" && answer["auditRecord"] is Int, "\(answer)")
            let unknown = try await producer.send(.post, "/api/v1/slate/decisions", json: #"{"series":"s9","decision":"extend","why":"x"}"#)
            #expect(unknown.status == .badRequest)
            #expect(try unknown.error()["field"] as? String == "series")
            // The buttons: sunset, then the page shows it, and the calendar is stopped.
            let sunset = try await producer.send(.post, "/slate/decisions", body: "series=s1&decision=sunset&why=bottom+of+the+slate", headers: form)
            #expect(sunset.status == .seeOther)
            #expect(sunset.headers[.location] == "/slate#series-s1")
            let after = String(buffer: try await producer.send(.get, "/slate").body)
            #expect(after.contains(#"<p class="decision-taken" id="decision-s1"><b>Decided:</b> <span class="badge rejected">sunset</span> by paul"#), "\(after)")
            #expect(after.contains("“bottom of the slate”") && after.contains("Release calendar: stopped at "))
            #expect(after.range(of: #"by paul, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \(audit record \d+\)"#, options: .regularExpression) != nil, "the time as the studio writes times")
            #expect(!after.contains(#"aria-label="Decide on Paper Vows""#), "a sunset series gets no buttons")
            let record = try #require(try Self.lastRecord(root, "s1"))
            #expect(record.kind == "slate.decision" && record.actor == "paul" && record.details["why"] == "bottom of the slate")
            #expect(try await studio.calendar("s1")?.stopped != nil)
            let calendarPage = String(buffer: try await producer.send(.get, "/series/s1/calendar").body)
            #expect(calendarPage.contains("(the series was sunset): nothing more comes out, what came out stays"), "the calendar page says it is stopped")
            // Deciding again on a sunset series is a conflict.
            let again = try await producer.send(.post, "/api/v1/slate/decisions", json: #"{"series":"s1","decision":"extend","why":"changed my mind"}"#)
            #expect(again.status == .conflict)
        }
    }

    /// The slate page's slate with Paper Vows (`s1`) a season of two episodes with a one-episode
    /// pilot whose built-in voice is priced, so that extending it makes episode 2 at a cost;
    /// the slate's budget is `budget`.
    static func pricedSlate(budget: Money?) throws -> URL {
        let root = try SlatePageTests.slate(report: true)
        var manifest = try SlateManifest.read(slate: root, displayName: SlateManifest.fileName)
        manifest.series[0].pilotEpisodes = 1
        manifest.series[0].seasonEpisodes = 2
        manifest.budget = budget
        try Data(manifest.yaml.utf8).write(to: root.appendingPathComponent(SlateManifest.fileName))
        try Data("prices:\n  - { generator: builtin.espeak-ng, unit: character, usd: 0.001 }\n".utf8)
            .write(to: root.appendingPathComponent("s1/cliff.yaml"))
        return root
    }

    /// Every production event the studio sends from now on, read as they come, until `end`.
    static func collect(_ studio: Studio) -> (events: Task<[StudioEvent], Never>, end: @Sendable () -> Void) {
        let subscription = studio.productionEventSubscription()
        let events = Task {
            var events: [StudioEvent] = []
            for await event in subscription.events { events.append(event) }
            return events
        }
        return (events, subscription.end)
    }

    @Test func anExtendFromTheStudioWithinTheSlatesBudgetIsRecordedAndMakesTheNextEpisodes() async throws {
        let budget = try #require(Money(dollars: "100"))
        let root = try Self.pricedSlate(budget: budget)
        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "slate-extend-test"))
        try await studio.accounts.add(name: "paul", role: .producer, password: StudioFixture.password)
        let events = Self.collect(studio)
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in
            var producer = Client(port: port)
            try await producer.login("paul")
            let extend = try await producer.send(
                .post, "/api/v1/slate/decisions", json: #"{"series":"s1","decision":"extend","why":"top of the slate","episodes":1}"#)
            #expect(extend.status == .created)
            let answer = try extend.json()
            let production = try #require(answer["production"] as? [String: Any], "\(answer)")
            #expect(production["outcome"] as? String == "queued", "\(production)")
            #expect((production["episodes"] as? [Any])?.compactMap { $0 as? Int } == [2], "\(production)")
            let estimated = try #require(production["estimatedUSD"] as? Double)
            #expect(estimated > 0, "the priced voice has a cost")
            #expect(production["slateSpentUSD"] as? Double == 0 && production["budgetUSD"] as? Double == 100 && production["seriesCapUSD"] as? Double == 100)
            let message = try #require(answer["message"] as? String)
            #expect(message.hasPrefix("extend recorded; episodes 2 queued (estimated $"), "\(message)")
            #expect(message.hasSuffix("; the slate has spent $0.0000 of its $100.0000)."), "\(message)")
            #expect(answer["command"] as? String == "cliff produce spring/s1 --episodes 2 --preview", "the command line's way stays in the answer")
            // The run goes on in the background, like the studio's other renders.
            await studio.waitForRenders()
            let output = root.appendingPathComponent("s1/out")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("ep002/episode.mp4").path), "episode 2 is made")
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("ep001").path), "the pilot was not asked for")
            let series = try await studio.series("s1")
            let costs = Dictionary(uniqueKeysWithValues: series.episodes.map { ($0.number, $0.costUSD) })
            #expect((costs[2] ?? 0) > 0 && costs[1] == 0, "the series' ledger has episode 2's jobs: \(costs)")
            #expect(series.spentUSD <= 100)
            events.end()
            let sent = await events.events.value
            #expect(sent.contains { $0.kind == "queued" && $0.series == "s1" && $0.episodes == [2] }, "\(sent.map(\.kind))")
            #expect(sent.contains { $0.kind == "ended" && $0.series == "s1" && $0.message == "completed" }, "\(sent.map { "\($0.kind) \($0.message ?? "")" })")
            // The audit log: the decision, then what became of the episodes.
            let records = try AuditLog(projectRoot: root.appendingPathComponent("s1")).records()
            let decision = try #require(records.last { $0.kind == "slate.decision" })
            let outcome = try #require(records.last { $0.kind == "slate.extension" })
            #expect(decision.actor == "paul" && decision.details["why"] == "top of the slate" && decision.details["episodes"] == "2")
            #expect(outcome.sequence > decision.sequence && outcome.actor == "paul" && outcome.details["decision.record"] == "\(decision.sequence)")
            #expect(outcome.details["outcome"] == "queued" && outcome.details["message"] == message, "\(outcome.details)")
            // The page says it at the decision, without the command.
            let page = String(buffer: try await producer.send(.get, "/slate").body)
            #expect(page.contains(#"<span class="extension-outcome ok" id="extend-outcome-s1">extend recorded; episodes 2 queued (estimated $"#), "\(page)")
            #expect(!page.contains(#"id="extend-command-s1""#))
            // Extended again: every step is made, nothing is queued or paid twice.
            let again = try await producer.send(.post, "/api/v1/slate/decisions", json: #"{"series":"s1","decision":"extend","why":"once more","episodes":1}"#)
            #expect(again.status == .created)
            let made = try again.json()
            #expect((made["production"] as? [String: Any])?["outcome"] as? String == "made", "\(made)")
            #expect((made["message"] as? String)?.hasPrefix("extend recorded; episodes 2 are made already (") == true, "\(made)")
            await studio.waitForRenders()
            #expect(try await studio.series("s1").spentUSD == series.spentUSD)
        }
    }

    @Test func anExtensionThatCannotBePlannedSaysWhyAndTheDecisionStaysRecorded() async throws {
        let root = try Self.pricedSlate(budget: nil)
        try Data("workers: many\n".utf8).write(to: root.appendingPathComponent("s1/cliff.yaml"))
        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "slate-extend-unplanned-test"))
        let recorded = try await studio.decideSlate(SlateDecisionRequest(series: "s1", decision: "extend", why: "top of the slate"), by: Self.producer)
        let production = try #require(recorded.production)
        #expect(production.kind == .unplanned && production.estimated == nil, "\(production)")
        #expect(production.message.hasPrefix("extend recorded, but nothing was queued for episodes 2 of s1: they cannot be planned: series 's1'"), "\(production.message)")
        #expect(production.message.hasSuffix("Fix it, then run cliff produce spring/s1 --episodes 2 --preview"), "\(production.message)")
        let records = try AuditLog(projectRoot: root.appendingPathComponent("s1")).records()
        #expect(records.map(\.kind).suffix(2) == ["slate.decision", "slate.extension"])
        await studio.waitForRenders()
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("s1/out").path))
    }

    @Test func aSlateBudgetTooSmallStopsTheStudiosExtensionBeforeItStartsAndTheDecisionStaysRecorded() async throws {
        let root = try Self.pricedSlate(budget: Money(dollars: "0.01"))
        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "slate-extend-stop-test"))
        try await studio.accounts.add(name: "mei", role: .reviewer, password: StudioFixture.password)
        try await studio.accounts.add(name: "paul", role: .producer, password: StudioFixture.password)
        let events = Self.collect(studio)
        let server = StudioServer(studio: studio, port: 0)
        let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        try await server.serving { port in
            // A reviewer's extend is refused before anything happens.
            var reviewer = Client(port: port)
            try await reviewer.login("mei")
            let before = try Self.snapshot(root)
            let refused = try await reviewer.send(.post, "/api/v1/slate/decisions", json: #"{"series":"s1","decision":"extend","why":"go","episodes":1}"#)
            #expect(refused.status == .forbidden)
            #expect(try Self.snapshot(root) == before)

            var producer = Client(port: port)
            try await producer.login("paul")
            let click = try await producer.send(.post, "/slate/decisions", body: "series=s1&decision=extend&why=top+of+the+slate", headers: form)
            #expect(click.status == .seeOther)
            await studio.waitForRenders()
            // The decision is recorded, with the stop after it.
            let records = try AuditLog(projectRoot: root.appendingPathComponent("s1")).records()
            let decision = try #require(records.last { $0.kind == "slate.decision" })
            #expect(decision.actor == "paul" && decision.details["decision"] == "extend" && decision.details["episodes"] == "2", "\(decision.details)")
            let outcome = try #require(records.last)
            #expect(outcome.kind == "slate.extension" && outcome.details["outcome"] == "stopped", "\(outcome.details)")
            let message = try #require(outcome.details["message"])
            for expected in [
                "extend recorded, but the slate's budget stops the production of episodes 2 of s1 before it starts: they are estimated at $",
                ", and the slate has spent $0.0000 of its $0.0100 (over by $", "). Nothing was queued.",
                "To go on: raise budget_usd in spring/slate.yaml, then run cliff produce spring/s1 --episodes 2 --preview",
            ] {
                #expect(message.contains(expected), "\(expected) not in \(message)")
            }
            // The page says so at the decision, and keeps the command as the way on.
            let page = String(buffer: try await producer.send(.get, "/slate").body)
            #expect(page.contains(#"<span class="extension-outcome error" id="extend-outcome-s1">extend recorded, but the slate&#39;s budget stops"#)
                || page.contains(#"<span class="extension-outcome error" id="extend-outcome-s1">extend recorded, but the slate's budget stops"#), "\(page)")
            #expect(page.contains(#"<code id="extend-command-s1">cliff produce spring/s1 --episodes 2 --preview</code>"#), "\(page)")
            // Nothing was produced: no run, no output, no spend.
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("s1/out").path))
            #expect(try await studio.series("s1").spentUSD == 0)
            events.end()
            let sent = await events.events.value
            #expect(sent.isEmpty, "no render was queued: \(sent.map(\.kind))")
            // The API answers the same stop, 201: the decision is recorded.
            let again = try await producer.send(.post, "/api/v1/slate/decisions", json: #"{"series":"s1","decision":"extend","why":"still top","episodes":1}"#)
            #expect(again.status == .created)
            let answer = try again.json()
            let production = try #require(answer["production"] as? [String: Any], "\(answer)")
            #expect(production["outcome"] as? String == "stopped" && production["budgetUSD"] as? Double == 0.01, "\(production)")
            #expect((answer["message"] as? String)?.contains("stops the production of episodes 2 of s1 before it starts") == true, "\(answer)")
            await studio.waitForRenders()
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("s1/out").path))
        }
    }

    @Test func mergedRendersKeepTheTightestCap() throws {
        let three = try #require(Money(dollars: "3"))
        let five = try #require(Money(dollars: "5"))
        #expect(RenderService.tightest(nil, nil) == nil)
        #expect(RenderService.tightest(nil, five) == five && RenderService.tightest(five, nil) == five)
        #expect(RenderService.tightest(three, five) == three && RenderService.tightest(five, three) == three)
    }
}
