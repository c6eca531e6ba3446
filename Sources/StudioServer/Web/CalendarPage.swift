import Studio
import Foundation

/// The release-calendar page: a month view in the series' time zone with each episode's
/// release time and state, the paywall, what each channel gets, who changed the calendar and
/// when, and (for producers) the form that changes it.
enum CalendarPage {
    /// The page's values for series `detail` seen by `user`, as of `now`.
    static func context(
        _ detail: SeriesDetail, changes: [CalendarChange], channels overview: ChannelsOverview? = nil, user: StudioUser, now: Date = Date()
    ) -> [String: Any] {
        let calendar = detail.calendar
        let zone = calendar.flatMap { TimeZone(identifier: $0.timeZone) } ?? .gmt
        var page: [String: Any] = [
            "title": "Release calendar · \(detail.title)", "user": PageRoutes.user(user), "id": detail.id, "seriesTitle": detail.title,
            "canEdit": user.role >= .producer, "episodeCount": detail.episodes.count,
            "zone": calendar?.timeZone ?? "UTC", "now": ReleaseCalendar.local(now, in: zone),
            "months": months(detail, zone: zone, now: now),
            "changes": changes.prefix(20).map { change -> [String: Any] in
                let c = change.calendar
                return [
                    "by": change.by, "when": PageRoutes.when(change.at),
                    "summary": summary(c, episodes: detail.episodes.count),
                ]
            },
            "form": form(calendar, now: now),
            "timeZones": zones(selected: calendar?.timeZone ?? "UTC"),
        ]
        if let calendar {
            page["calendar"] = ["summary": summary(calendar, episodes: detail.episodes.count)]
            page["channels"] = channels(calendar, detail: detail, overview: overview)
        }
        if let overview {
            if let problem = overview.settingsProblem { page["channelProblem"] = problem }
            if !overview.channels.isEmpty { page["posts"] = posts(overview, detail: detail, zone: zone) }
        }
        if let last = changes.first { page["lastChange"] = ["by": last.by, "when": PageRoutes.when(last.at)] }
        return page
    }

    /// "3 at launch on 2027-02-01, then 1 a day at 20:00 Asia/Shanghai; paywall from episode 10 (30 coins)".
    static func summary(_ c: ReleaseCalendar, episodes: Int) -> String {
        var text = "\(c.launchEpisodes) at launch on \(c.launchDate), then \(c.perDay) a day at \(c.time) \(c.timeZone)"
        if let paywall = c.paywallFrom { text += "; paywall from episode \(paywall) (\(c.priceCoins) coins each)" } else { text += "; no paywall" }
        if let stopped = c.stoppedAt {
            text += "; stopped \(PageRoutes.when(stopped)) (the series was sunset): nothing more comes out, what came out stays"
        } else if let last = c.releaseDate(of: episodes), let zone = TimeZone(identifier: c.timeZone) {
            text += "; episode \(episodes) comes out \(ReleaseCalendar.local(last, in: zone))"
        }
        return text
    }

    /// What each channel gets: the studio's own, then each of `cliff.yaml`'s.
    static func channels(_ c: ReleaseCalendar, detail: SeriesDetail, overview: ChannelsOverview? = nil) -> [[String: Any]] {
        let count = detail.episodes.count
        let free = c.paywallFrom.map { $0 - 1 } ?? count
        var gets = free >= count ? "all \(count) episodes free" : free == 0 ? "every episode behind the paywall" : "episodes 1–\(free) free"
        if let paywall = c.paywallFrom, paywall <= count {
            gets += "; \(paywall)–\(count) for \(c.priceCoins) coins each (viewers start with \(c.startingCoins))"
        }
        gets += "; each approved episode at its release time, with its AI label and provenance"
        var list: [[String: Any]] = [["name": "Studio channel", "link": "/watch/\(detail.id)", "gets": gets]]
        for channel in overview?.channels ?? [] {
            let kind = ["youtube": "YouTube", "tiktok": "TikTok", "package": "delivery package"][channel.kind] ?? channel.kind
            var text = channel.kind == "package"
                ? "a delivery package per released episode (master, cover, subtitles, metadata sheet)"
                : "each released episode uploaded with its AI disclosure set and its subtitle tracks"
            text += channel.offsetMinutes == 0 ? ", at its release" : ", \(channel.offsetMinutes) min after its release"
            var entry: [String: Any] = ["name": "\(channel.name) (\(kind))", "gets": text]
            if let stopped = channel.stopped { entry["stopped"] = stopped }
            list.append(entry)
        }
        return list
    }

    /// Each released episode on each external channel: a row per episode, a cell per channel.
    static func posts(_ overview: ChannelsOverview, detail: SeriesDetail, zone: TimeZone) -> [String: Any] {
        let byEpisode = Dictionary(grouping: overview.posts, by: \.episode)
        let titles = Dictionary(detail.episodes.map { ($0.number, $0.title) }, uniquingKeysWith: { a, _ in a })
        let rows: [[String: Any]] = byEpisode.keys.sorted().map { number in
            let cells: [[String: Any]] = overview.channels.map { channel in
                guard let post = byEpisode[number]?.first(where: { $0.channel == channel.name }) else { return ["state": "none", "text": "—"] }
                var cell: [String: Any] = ["state": post.state.rawValue, "text": post.summary, "due": ReleaseCalendar.local(post.dueAt, in: zone)]
                if let url = post.url, post.state == .live || post.state == .processing {
                    if url.hasPrefix("http") { cell["link"] = url } else { cell["detail"] = url }
                }
                if let failure = post.failure, post.state == .waiting || post.state == .failed { cell["detail"] = failure }
                if post.state == .uploading, post.totalBytes > 0 {
                    cell["progress"] = Int((Double(post.confirmedBytes) / Double(post.totalBytes) * 100).rounded(.down))
                }
                return cell
            }
            return ["number": number, "title": titles[number] ?? "Episode \(number)", "series": overview.series, "cells": cells]
        }
        return ["channels": overview.channels.map { ["name": $0.name] }, "rows": rows]
    }

    /// The months from the first release to the last (or the current month with no calendar),
    /// as weeks of days from Monday, each day with the episodes it releases.
    static func months(_ detail: SeriesDetail, zone: TimeZone, now: Date) -> [[String: Any]] {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = zone
        gregorian.firstWeekday = 2
        // Keyed by `YYYY-MM-DD` in the series' zone (DateComponents from a calendar carry more
        // fields than the ones asked for, so they make unreliable keys).
        func key(_ year: Int?, _ month: Int?, _ day: Int?) -> String { String(format: "%04d-%02d-%02d", year ?? 0, month ?? 0, day ?? 0) }
        var byDay: [String: [[String: Any]]] = [:]
        var dates: [Date] = []
        let paywall = detail.calendar?.paywallFrom
        for episode in detail.episodes {
            guard let at = episode.releaseAt else { continue }
            dates.append(at)
            let parts = gregorian.dateComponents([.year, .month, .day], from: at)
            let day = key(parts.year, parts.month, parts.day)
            let time = gregorian.dateComponents([.hour, .minute], from: at)
            var entry: [String: Any] = [
                "number": episode.number, "state": episode.state.rawValue, "title": episode.title, "series": detail.id,
                "time": String(format: "%02d:%02d", time.hour ?? 0, time.minute ?? 0), "locked": episode.locked,
            ]
            if episode.number == paywall { entry["paywallStarts"] = true }
            byDay[day, default: []].append(entry)
        }
        let first = dates.min() ?? now, last = dates.max() ?? now
        guard var month = gregorian.date(from: gregorian.dateComponents([.year, .month], from: first)) else { return [] }
        let todayParts = gregorian.dateComponents([.year, .month, .day], from: now)
        let today = key(todayParts.year, todayParts.month, todayParts.day)
        var months: [[String: Any]] = []
        while month <= last, months.count < 24 {
            let parts = gregorian.dateComponents([.year, .month], from: month)
            let days = gregorian.range(of: .day, in: .month, for: month)?.count ?? 30
            let lead = (gregorian.component(.weekday, from: month) + 5) % 7
            var cells: [[String: Any]] = Array(repeating: ["blank": true], count: lead)
            for day in 1...days {
                let date = key(parts.year, parts.month, day)
                var cell: [String: Any] = ["day": day, "date": date]
                if let episodes = byDay[date] { cell["episodes"] = episodes }
                if date == today { cell["today"] = true }
                cells.append(cell)
            }
            while cells.count % 7 != 0 { cells.append(["blank": true]) }
            months.append([
                "name": "\(ReleaseCalendar.monthNames[(parts.month ?? 1) - 1]) \(parts.year ?? 0)",
                "weeks": stride(from: 0, to: cells.count, by: 7).map { ["days": Array(cells[$0..<$0 + 7])] },
            ])
            guard let next = gregorian.date(byAdding: .month, value: 1, to: month) else { break }
            month = next
        }
        return months
    }

    /// The form's values: the current calendar, or a sensible first one (launch tomorrow).
    static func form(_ c: ReleaseCalendar?, now: Date) -> [String: Any] {
        let tomorrow = ReleaseCalendar.local(now.addingTimeInterval(86_400), in: .gmt).prefix(10)
        return [
            "launchDate": c?.launchDate ?? String(tomorrow), "time": c?.time ?? "20:00", "launchEpisodes": c?.launchEpisodes ?? 3,
            "perDay": c?.perDay ?? 1, "paywallFrom": c?.paywallFrom.map(String.init) ?? "", "priceCoins": c?.priceCoins ?? 30,
            "startingCoins": c?.startingCoins ?? 100,
        ]
    }

    /// The time zones offered, the calendar's own first when it is not a common one.
    static func zones(selected: String) -> [[String: Any]] {
        var names = ["UTC", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Asia/Seoul", "Asia/Jakarta",
                     "Asia/Bangkok", "Asia/Manila", "Asia/Kolkata", "Asia/Dubai", "Europe/London", "Europe/Berlin", "Europe/Paris",
                     "Europe/Madrid", "Europe/Moscow", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                     "America/Sao_Paulo", "America/Mexico_City", "Australia/Sydney", "Africa/Lagos"]
        if !names.contains(selected) { names.insert(selected, at: 0) }
        return names.map { ["zone": $0, "selected": $0 == selected] }
    }
}
