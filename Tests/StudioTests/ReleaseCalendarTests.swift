import Foundation
import Studio
import Testing

/// The release calendar's validation: a day a month does not have is refused at its field,
/// never rolled over into the next month, and every problem is reported at once.
@Suite struct ReleaseCalendarTests {
    @Test(arguments: ["2027-02-30", "2027-02-29", "2026-04-31", "2026-06-31", "2026-11-31"])
    func aDayTheMonthDoesNotHaveIsRefusedAtItsField(date: String) {
        let problems = ReleaseCalendar(launchDate: date).problems()
        #expect(problems.map(\.field) == ["launchDate"], "\(date): \(problems)")
        #expect(problems.first?.message.contains("has 28 days") == true || problems.first?.message.contains("has 30 days") == true,
                "\(date): \(problems.first?.message ?? "accepted")")
        #expect(ReleaseCalendar(launchDate: date).releaseDate(of: 1) == nil, "\(date) rolls over into another day")
    }

    @Test(arguments: ["2028-02-29", "2026-12-31", "2027-01-01", "2026-04-30"])
    func everyRealDayIsAccepted(date: String) throws {
        let calendar = ReleaseCalendar(launchDate: date, time: "20:00", timeZone: "Asia/Shanghai")
        #expect(calendar.problems().isEmpty, "\(date): \(calendar.problems())")
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let release = try #require(calendar.releaseDate(of: 1))
        let parts = gregorian.dateComponents([.year, .month, .day, .hour], from: release)
        #expect(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!) == date)
        #expect(parts.hour == 20)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let calendar = ReleaseCalendar(launchDate: "2027-13-01", time: "25:00", timeZone: "Mars/Olympus", launchEpisodes: 0, perDay: 0, priceCoins: -1)
        #expect(calendar.problems().map(\.field) == ["launchDate", "time", "timeZone", "launchEpisodes", "perDay", "priceCoins"])
        #expect(calendar.problems().first?.message.contains("write YYYY-MM-DD") == true)
    }
}
