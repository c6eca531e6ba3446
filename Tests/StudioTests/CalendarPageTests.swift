import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Studio
import StudioServer
import Testing

/// The release-calendar page: a month view in the series' time zone, the paywall, what the
/// channel gets, who changed the calendar; producers get the form, and a launch moved into
/// the past is refused at its field like an impossible date.
@Suite(.serialized) struct CalendarPageTests {
    @Test func theMonthViewShowsReleasesInTheSeriesTimeZone() async throws {
        let (_, studio) = try await StudioFixture.unrendered.studio()
        let server = StudioServer(studio: studio, port: 0)
        try await server.serving { port in
            var paul = Client(port: port)
            try await paul.login("paul")
            var mei = Client(port: port)
            try await mei.login("mei")
            let empty = String(buffer: try await paul.send(.get, "/series/midnight/calendar").body)
            #expect(empty.contains("No release calendar yet"))
            #expect(empty.contains(#"id="calendar-form""#))

            // Two at launch on 1 March 2027 at 00:30 Shanghai time (16:30 UTC the day before), then one a day.
            let body = #"{"launchDate":"2027-03-01","time":"00:30","timeZone":"Asia/Shanghai","launchEpisodes":2,"perDay":1,"paywallFrom":3,"priceCoins":25,"startingCoins":60}"#
            #expect(try await paul.send(.put, "/api/v1/series/midnight/schedule", json: body).status == .ok)
            let page = String(buffer: try await mei.send(.get, "/series/midnight/calendar").body)
            #expect(page.contains("March 2027"))
            func cell(_ date: String) -> String {
                guard let start = page.range(of: #"<td data-date="\#(date)""#) else { return "" }
                return String(page[start.upperBound...]).components(separatedBy: "</td>")[0]
            }
            #expect(cell("2027-03-01").contains("ep 1") && cell("2027-03-01").contains("ep 2") && cell("2027-03-01").contains("00:30"), "\(cell("2027-03-01"))")
            #expect(cell("2027-03-02").contains("ep 3") && cell("2027-03-02").contains("paywall"), "the paywall starts at episode 3: \(cell("2027-03-02"))")
            #expect(cell("2027-03-03").contains("ep 4"))
            #expect(!cell("2027-02-28").contains("ep "), "released in Shanghai's day, not UTC's")
            #expect(page.contains("Times in Asia/Shanghai"))
            #expect(page.contains("episodes 1–2 free; 3–4 for 25 coins each (viewers start with 60)"))
            #expect(page.contains("Last changed by <b>paul</b>"))
            #expect(!page.contains(#"id="calendar-form""#), "a reviewer gets the form")
            #expect(page.contains("Producers and admins can change the calendar."))

            // The series page shows release times in the calendar's zone too.
            let series = String(buffer: try await mei.send(.get, "/series/midnight").body)
            #expect(series.contains("Release (Asia/Shanghai)") && series.contains("2027-03-01 00:30"), "release times in the series' zone")
            #expect(series.contains(#"href="/series/midnight/calendar""#))

            // A launch moved into the past, with an impossible paywall: both refused, at their fields; nothing saved.
            let past = #"{"launchDate":"2026-01-05","time":"20:00","timeZone":"Asia/Shanghai","launchEpisodes":2,"perDay":1,"paywallFrom":40,"priceCoins":25,"startingCoins":60}"#
            let refused = try await paul.send(.put, "/api/v1/series/midnight/schedule", json: past)
            #expect(refused.status == .badRequest)
            let error = try refused.error()
            #expect(error["field"] as? String == "launchDate")
            let message = error["message"] as? String ?? ""
            #expect(message.contains("launchDate: the launch, 2026-01-05 20:00 Asia/Shanghai, has passed") && message.contains("paywallFrom:"), "\(message)")
            #expect(message.contains("or keep the current launch, 2027-03-01 00:30"))
            #expect(try await studio.calendar("midnight")?.launchDate == "2027-03-01")

            // Every change is listed with who made it.
            let moved = body.replacingOccurrences(of: #""perDay":1"#, with: #""perDay":2"#)
            #expect(try await paul.send(.put, "/api/v1/series/midnight/schedule", json: moved).status == .ok)
            let changes = try await studio.calendarChanges("midnight")
            #expect(changes.count == 2 && changes.allSatisfy { $0.by == "paul" } && changes.first?.calendar.perDay == 2)
        }
    }
}
