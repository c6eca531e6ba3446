import Basics
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Slate
import Studio
import StudioServer
import TestSupport
import Testing

/// Decisions on a slate's series: the shared checks and record (`SlateDesk`, what `cliff slate
/// decide` and the studio both call), a sunset stopping the series' release calendar in the
/// studio store, and the slate page's buttons and API with their role check.
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
        let studio = try Studio(root: root, bcryptCost: 4, logger: Logger(label: "slate-decision-test"))
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
        let studio = try Studio(root: root, bcryptCost: 4, logger: Logger(label: "slate-decision-page-test"))
        try await studio.accounts.add(name: "mei", role: .reviewer, password: StudioFixture.password)
        try await studio.accounts.add(name: "paul", role: .producer, password: StudioFixture.password)
        let tomorrow = String(ReleaseCalendar.local(Date().addingTimeInterval(86_400), in: .gmt).prefix(10))
        try await studio.setCalendar("s1", ReleaseCalendar(launchDate: tomorrow), by: Self.producer)
        let app = StudioServer(studio: studio, port: 0).application()
        let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        try await app.test(.live) { raw in
            // A reviewer sees no buttons and may not decide, by the page or the API.
            var reviewer = Client(client: raw)
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

            var producer = Client(client: raw)
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
}
