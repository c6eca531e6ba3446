public import Foundation

/// When a series' episodes come out: a batch at launch, then a number a day at a fixed local
/// time, and a paywall from a given episode. For example three at launch, then one a day at
/// 20:00 Asia/Shanghai, paywall from episode 10.
///
/// Only approved episodes are released; an episode whose release time has come but is not
/// approved waits, and later episodes keep their own times.
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

    /// Creates a calendar.
    public init(
        launchDate: String, time: String = "20:00", timeZone: String = "UTC", launchEpisodes: Int = 3, perDay: Int = 1,
        paywallFrom: Int? = nil, priceCoins: Int = 30, startingCoins: Int = 100
    ) {
        self.launchDate = launchDate
        self.time = time
        self.timeZone = timeZone
        self.launchEpisodes = launchEpisodes
        self.perDay = perDay
        self.paywallFrom = paywallFrom
        self.priceCoins = priceCoins
        self.startingCoins = startingCoins
    }

    /// Every problem with the calendar, as field paths and messages (empty when valid).
    public func problems() -> [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if launchDay == nil { problems.append(("launchDate", "'\(launchDate)' is not a date: write YYYY-MM-DD, for example 2026-12-01")) }
        if clock == nil { problems.append(("time", "'\(time)' is not a time of day: write HH:MM, for example 20:00")) }
        if TimeZone(identifier: timeZone) == nil { problems.append(("timeZone", "'\(timeZone)' is not a time zone: use an IANA name such as Asia/Shanghai or UTC")) }
        if launchEpisodes < 1 { problems.append(("launchEpisodes", "must be at least 1")) }
        if perDay < 1 { problems.append(("perDay", "must be at least 1")) }
        if let paywallFrom, paywallFrom < 1 { problems.append(("paywallFrom", "must be an episode number (1 or more), or null for no paywall")) }
        if priceCoins < 0 { problems.append(("priceCoins", "must not be negative")) }
        if startingCoins < 0 { problems.append(("startingCoins", "must not be negative")) }
        return problems
    }

    /// When episode `number` is released.
    public func releaseDate(of number: Int) -> Date? {
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

    /// Whether episode `number` is behind the paywall.
    public func isLocked(_ number: Int) -> Bool { paywallFrom.map { number >= $0 } ?? false }

    var launchDay: (year: Int, month: Int, day: Int)? {
        let parts = launchDate.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]), launchDate.count == 10 else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    var clock: (hour: Int, minute: Int)? {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0...23).contains(parts[0]), (0...59).contains(parts[1]) else { return nil }
        return (parts[0], parts[1])
    }
}
