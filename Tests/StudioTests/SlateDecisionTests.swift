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
/// decide` and the studio both call), and the slate page's buttons and API with their role check.
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

    static let producer = StudioUser(name: "paul", role: .producer)

    @Test func theSlatePageDecidesForProducersOnlyAndShowsTheDecisionTaken() async throws {
        let root = try SlatePageTests.slate(report: true)
        let studio = try Studio(root: root, bcryptCost: 4, logger: Logger(label: "slate-decision-page-test"))
        try await studio.accounts.add(name: "mei", role: .reviewer, password: StudioFixture.password)
        try await studio.accounts.add(name: "paul", role: .producer, password: StudioFixture.password)
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
            // The buttons: sunset, then the page shows it.
            let sunset = try await producer.send(.post, "/slate/decisions", body: "series=s1&decision=sunset&why=bottom+of+the+slate", headers: form)
            #expect(sunset.status == .seeOther)
            #expect(sunset.headers[.location] == "/slate#series-s1")
            let after = String(buffer: try await producer.send(.get, "/slate").body)
            #expect(after.contains(#"<p class="decision-taken" id="decision-s1"><b>Decided:</b> <span class="badge rejected">sunset</span> by paul"#), "\(after)")
            #expect(after.contains("“bottom of the slate”"))
            #expect(!after.contains(#"aria-label="Decide on Paper Vows""#), "a sunset series gets no buttons")
            let record = try #require(try Self.lastRecord(root, "s1"))
            #expect(record.kind == "slate.decision" && record.actor == "paul" && record.details["why"] == "bottom of the slate")
            // Deciding again on a sunset series is a conflict.
            let again = try await producer.send(.post, "/api/v1/slate/decisions", json: #"{"series":"s1","decision":"extend","why":"changed my mind"}"#)
            #expect(again.status == .conflict)
        }
    }
}
