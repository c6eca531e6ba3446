import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Studio
@testable import StudioServer
import Testing

/// Every role served: an admin manages users (and the last admin stays), each page shows only
/// the actions the user's role may take, refusals come back as pages in the studio's layout,
/// and the navigation marks the current page.
@Suite(.serialized) struct StudioRolesTests {
    @Test func anAdminManagesUsersAndTheLastAdminStays() async throws {
        let (_, studio) = try await StudioFixture.unrendered.studio()
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in
            var ada = Client(port: port)
            try await ada.login("ada")
            var mei = Client(port: port)
            try await mei.login("mei")

            let page = String(buffer: try await ada.send(.get, "/users").body)
            for name in ["ada", "mei", "paul"] { #expect(page.contains(#"data-user="\#(name)""#), "\(name) is listed") }
            #expect(page.contains("the last admin: cannot be removed or demoted"))
            #expect(!page.contains(#"data-remove-user="ada""#), "the last admin has no Remove button")
            #expect(page.contains(#"<a href="/users" aria-current="page">Users</a>"#))

            // A reviewer is refused, on a page that keeps the layout: name, navigation, Log out.
            let refused = try await mei.send(.get, "/users")
            #expect(refused.status == .forbidden)
            let refusal = String(buffer: refused.body)
            #expect(refusal.contains("mei · reviewer") && refusal.contains("Log out") && refusal.contains(#"<a href="/production""#))
            #expect(refusal.contains("Not allowed") && refusal.contains("managing users needs the admin role"))
            #expect(!refusal.contains(#"href="/users""#), "a reviewer's navigation has no Users link")
            #expect(try await mei.send(.get, "/api/v1/users").status == .forbidden)

            // The last admin can be neither removed nor demoted.
            let remove = try await ada.send(.delete, "/api/v1/users/ada")
            #expect(remove.status == .conflict)
            #expect((try remove.error()["message"] as? String)?.contains("last admin") == true)
            #expect(try await ada.send(.patch, "/api/v1/users/ada", json: #"{"role": "producer"}"#).status == .conflict)
            await #expect(throws: StudioError.self) { try await studio.accounts.remove(name: "ada") }
            #expect(try await studio.accounts.users().contains { $0.name == "ada" && $0.role == .admin })

            // Adding: every problem at once.
            let bad = try await ada.send(.post, "/api/v1/users", json: #"{"name": "-x", "role": "producer", "password": "short"}"#)
            #expect(bad.status == .badRequest)
            let message = try bad.error()["message"] as? String ?? ""
            #expect(message.contains("name: user name '-x' is not allowed") && message.contains("password: the password is too short"), "\(message)")
            let badRole = try await ada.send(.post, "/api/v1/users", json: #"{"name": "lee", "role": "boss", "password": "long enough"}"#)
            #expect(try badRole.error()["field"] as? String == "role")

            // Add, promote, reset the password (the old one stops working), demote the old admin's peer, remove.
            #expect(try await ada.send(.post, "/api/v1/users", json: #"{"name": "lee", "role": "reviewer", "password": "first password"}"#).status == .created)
            // A refused change changes nothing: a short password keeps the role too.
            #expect(try await ada.send(.patch, "/api/v1/users/lee", json: #"{"role": "admin", "password": "short"}"#).status == .badRequest)
            #expect(try await studio.accounts.users().first { $0.name == "lee" }?.role == .reviewer)
            #expect(try await ada.send(.patch, "/api/v1/users/lee", json: #"{"role": "admin"}"#).json()["role"] as? String == "admin")
            #expect(try await ada.send(.patch, "/api/v1/users/lee", json: #"{"password": "second password"}"#).status == .ok)
            #expect(try await studio.accounts.verify(name: "lee", password: "first password") == nil)
            #expect(try await studio.accounts.verify(name: "lee", password: "second password")?.role == .admin)
            // With two admins, either may be demoted; then lee is the last one.
            #expect(try await ada.send(.patch, "/api/v1/users/lee", json: #"{"role": "reviewer"}"#).status == .ok)
            #expect(try await ada.send(.delete, "/api/v1/users/lee").status == .noContent)
            #expect(try await ada.send(.delete, "/api/v1/users/lee").status == .notFound)
        }
    }

    @Test func pagesShowOnlyTheActionsTheRoleMayTake() async throws {
        let (_, studio) = try await StudioFixture.shared.studio()
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in
            var mei = Client(port: port)
            try await mei.login("mei")
            var paul = Client(port: port)
            try await paul.login("paul")
            let reviewerPage = String(buffer: try await mei.send(.get, "/series/midnight/episodes/1").body)
            let producerPage = String(buffer: try await paul.send(.get, "/series/midnight/episodes/1").body)
            #expect(!reviewerPage.contains(#"id="render""#), "a reviewer is offered Render again")
            #expect(producerPage.contains(#"id="render""#))
            #expect(reviewerPage.contains(#"<a href="/" aria-current="page">Series</a>"#))
            let production = String(buffer: try await mei.send(.get, "/production").body)
            #expect(production.contains(#"<a href="/production" aria-current="page">Production</a>"#))
            #expect(production.contains("of") && production.contains("jobs done"))

            // A page that does not exist keeps the layout of the user who asked.
            let missing = try await mei.send(.get, "/series/midnight/episodes/77")
            #expect(missing.status == .notFound)
            let body = String(buffer: missing.body)
            #expect(body.contains("mei · reviewer") && body.contains("Log out") && body.contains("Not found"))
        }
    }

    /// The production page's failures: producers get a retry button, reviewers a note that a
    /// producer can retry (the button would only fail for them).
    @Test func onlyProducersAreOfferedARetry() {
        func page(_ canRetry: Bool) -> [String: Any] {
            [
                "title": "Production", "user": ["name": "x", "role": canRetry ? "producer" : "reviewer"],
                "queues": [[
                    "series": "s", "seriesTitle": "S", "counts": [["state": "failed", "count": 1]], "done": 3, "total": 4, "percent": 75,
                    "failed": [["label": "voice ep1", "episode": "1", "attempts": 3, "error": "espeak-ng exited 1"]], "hasFailed": true,
                    "failedCount": 1, "canRetry": canRetry, "empty": false, "active": [String](),
                ] as [String: Any]],
            ]
        }
        let producer = Pages.render("production", page(true))
        let reviewer = Pages.render("production", page(false))
        #expect(producer.contains(#"data-retry="s""#) && producer.contains("Retry 1 failed jobs"))
        #expect(!reviewer.contains("data-retry") && reviewer.contains("A producer can retry them."))
        #expect(reviewer.contains("espeak-ng exited 1") && reviewer.contains("3 of 4 jobs done"))
    }

    /// Rendering an episode that is on the channel again takes it off until approved again:
    /// the button asks first. An episode in review does not ask.
    @Test func renderingAPublishedEpisodeAgainAsksFirst() async throws {
        let (_, studio) = try await StudioFixture.shared.studio()
        var detail = try await studio.episode("midnight", 1)
        let series = try await studio.series("midnight")
        detail.state = .published
        detail.allowedActions = ["reject", "regenerate", "render"]
        let published = Pages.render("episode", PageRoutes.episodePage(detail, series: series, user: StudioUserFixture.producer))
        #expect(published.contains(#"data-confirm="Episode 1 is on the channel. A new render voids its approval and takes it off the channel until it is approved again. Render it again?""#))
        detail.state = .inReview
        let inReview = Pages.render("episode", PageRoutes.episodePage(detail, series: series, user: StudioUserFixture.producer))
        #expect(inReview.contains(#"id="render""#) && !inReview.contains("data-confirm"))
    }

    /// History and notes write dates one way: an ISO 8601 time in a record's detail reads
    /// like the dates beside it.
    @Test func datesReadOneWay() {
        #expect(PageRoutes.readableDates(in: "release time 2026-12-04T00:00:00Z") == "release time 2026-12-04 00:00 UTC")
        #expect(PageRoutes.readableDates(in: "from 2027-02-01T12:30:00+08:00 on") == "from 2027-02-01 04:30 UTC on")
        #expect(PageRoutes.readableDates(in: "shot 3 take 2") == "shot 3 take 2")
    }
}
