public import Foundation

/// When a series' episodes come out: a batch at launch, then a number a day at a fixed local
/// time, and a paywall from a given episode. For example three at launch, then one a day at
/// 20:00 Asia/Shanghai, paywall from episode 10.
///
/// Only approved episodes are released; an episode whose release time has come but is not
/// approved waits, and later episodes keep their own times.
///
/// A calendar can be stopped (`stopped`, set when its series is sunset in a slate): it then
/// releases nothing more, while what it released stays on the channel with its paywall. Setting
/// a calendar without `stopped` (the calendar page, `PUT …/schedule`, `cliff slate publish`)
/// starts it again.
public struct ReleaseCalendar: Sendable, Hashable, Codable {
    /// The launch day, `YYYY-MM-DD` in `timeZone`.
    public var launchDate: String
    /// Local release time, `HH:MM`.
    public var time: String
    /// IANA time zone, for example `Asia/Shanghai`.
    public var timeZone: String
    /// Episodes released at launch.
    public var launchEpisodes: Int
    /// Episodes released each day after launch.
    public var perDay: Int
    /// First episode behind the paywall (nil: no paywall).
    public var paywallFrom: Int?
    /// Price of one episode in test coins.
    public var priceCoins: Int
    /// Test coins a new viewer starts with.
    public var startingCoins: Int
    /// When the calendar was stopped (ISO 8601, `2026-12-06T01:00:00Z`); nil while it runs. A
    /// stopped calendar releases nothing more: episodes it had not released by then have no
    /// release time, and stay off the channel even when approved.
    public var stopped: String?

    /// Creates a calendar.
    public init(
        launchDate: String, time: String = "20:00", timeZone: String = "UTC", launchEpisodes: Int = 3, perDay: Int = 1,
        paywallFrom: Int? = nil, priceCoins: Int = 30, startingCoins: Int = 100, stopped: String? = nil
    ) {
        self.launchDate = launchDate
        self.time = time
        self.timeZone = timeZone
        self.launchEpisodes = launchEpisodes
        self.perDay = perDay
        self.paywallFrom = paywallFrom
        self.priceCoins = priceCoins
        self.startingCoins = startingCoins
        self.stopped = stopped
    }

    /// When the calendar was stopped, nil while it runs (or when `stopped` does not parse:
    /// ``problems()`` reports it).
    public var stoppedAt: Date? { stopped.flatMap { ISO8601DateFormatter().date(from: $0) } }

    /// `date` as `stopped` holds it (ISO 8601, UTC, whole seconds).
    public static func stamp(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    /// Every problem with the calendar, as field paths and messages (empty when valid).
    public func problems() -> [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if launchDay == nil {
            if let (year, month, day) = Self.parts(of: launchDate), let days = Self.days(inMonth: month, of: year) {
                let name = Self.monthNames[month - 1]
                problems.append(("launchDate", "'\(launchDate)' is not a date: \(name) \(year) has \(days) days, not \(day); pick a day from 1 to \(days)"))
            } else {
                problems.append(("launchDate", "'\(launchDate)' is not a date: write YYYY-MM-DD, for example 2026-12-01"))
            }
        }
        if clock == nil { problems.append(("time", "'\(time)' is not a time of day: write HH:MM, for example 20:00")) }
        if TimeZone(identifier: timeZone) == nil { problems.append(("timeZone", "'\(timeZone)' is not a time zone: use an IANA name such as Asia/Shanghai or UTC")) }
        if launchEpisodes < 1 { problems.append(("launchEpisodes", "must be at least 1")) }
        if perDay < 1 { problems.append(("perDay", "must be at least 1")) }
        if let paywallFrom, paywallFrom < 1 { problems.append(("paywallFrom", "must be an episode number (1 or more), or null for no paywall")) }
        if priceCoins < 0 { problems.append(("priceCoins", "must not be negative")) }
        if startingCoins < 0 { problems.append(("startingCoins", "must not be negative")) }
        if let stopped, stoppedAt == nil {
            problems.append(("stopped", "'\(stopped)' is not a time: write ISO 8601 such as 2026-12-06T01:00:00Z, or leave it out for a calendar that runs"))
        }
        return problems
    }

    /// When episode `number` is released; nil when the calendar was stopped before its time.
    public func releaseDate(of number: Int) -> Date? {
        guard let date = scheduledDate(of: number) else { return nil }
        if let stoppedAt, date > stoppedAt { return nil }
        return date
    }

    /// When episode `number` comes out by the calendar's rule, stopped or not.
    func scheduledDate(of number: Int) -> Date? {
        guard number >= 1, let day = launchDay, let clock, let zone = TimeZone(identifier: timeZone) else { return nil }
        let dayOffset = number <= launchEpisodes ? 0 : (number - launchEpisodes + perDay - 1) / max(perDay, 1)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var components = DateComponents()
        components.year = day.year
        components.month = day.month
        components.day = day.day + dayOffset
        components.hour = clock.hour
        components.minute = clock.minute
        return calendar.date(from: components)
    }

    /// `date` as the studio writes times, in `zone`: `2027-02-01 20:00`.
    public static func local(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// Whether episode `number` is behind the paywall.
    public func isLocked(_ number: Int) -> Bool { paywallFrom.map { number >= $0 } ?? false }

    /// The launch day, when `launchDate` names a day that exists (2027-02-30 does not: it is
    /// refused, never rolled over into March).
    var launchDay: (year: Int, month: Int, day: Int)? {
        guard let (year, month, day) = Self.parts(of: launchDate), let days = Self.days(inMonth: month, of: year), day <= days else { return nil }
        return (year, month, day)
    }

    /// Year, month (1–12) and day (1–31) of a `YYYY-MM-DD` text, before checking the month has
    /// that day.
    static func parts(of text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard text.count == 10, parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }

    /// How many days `month` of `year` has in the Gregorian calendar.
    static func days(inMonth month: Int, of year: Int) -> Int? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)) else { return nil }
        return calendar.range(of: .day, in: .month, for: first)?.count
    }

    /// English month names, January first.
    package static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    var clock: (hour: Int, minute: Int)? {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0...23).contains(parts[0]), (0...59).contains(parts[1]) else { return nil }
        return (parts[0], parts[1])
    }
}

/// A change of a series' release calendar: the calendar set, by whom, when.
package struct CalendarChange: Sendable, Hashable {
    /// The calendar as set.
    package var calendar: ReleaseCalendar
    /// Who set it.
    package var by: String
    /// When.
    package var at: Date
}
