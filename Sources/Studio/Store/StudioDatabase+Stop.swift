import Foundation
import Production

/// A series' release calendar as a sunset left it: stopped, and what it had released.
package struct StoppedCalendar: Sendable, Hashable {
    /// The calendar, with `stopped` set.
    package var calendar: ReleaseCalendar
    /// The episodes the studio had published at least once (they stay on the channel).
    package var released: [Int]
    /// False when the calendar was stopped already (nothing was changed).
    package var stoppedNow: Bool
}

extension StudioDatabase {
    /// Stops series `id`'s release calendar as of `now`, by `actor`: the calendar keeps its
    /// launch, pace and paywall (what it released stays on the channel, locked as before) and
    /// gets `stopped`, so it releases nothing more; the change is kept in the calendar's
    /// history like any other. Nil when the series has no calendar.
    /// - Throws: `StudioError` `storeFailed`.
    func stopCalendar(series id: String, by actor: String, now: Date) async throws(StudioError) -> StoppedCalendar? {
        try await write { db in
            guard let json = try await db.value("SELECT calendar FROM studio_calendars WHERE series = ?", [.text(id)]).string,
                var calendar = try? JSONDecoder().decode(ReleaseCalendar.self, from: Data(json.utf8))
            else { return nil }
            let released = try await db.rows(
                "SELECT DISTINCT episode FROM studio_reviews WHERE series = ? AND action = ? ORDER BY episode",
                [.text(id), .text(ReviewRecord.Action.publish.rawValue)]
            ).map { $0.int("episode") }
            guard calendar.stopped == nil else { return StoppedCalendar(calendar: calendar, released: released, stoppedNow: false) }
            calendar.stopped = ReleaseCalendar.stamp(now)
            let text = String(decoding: try JSONEncoder().encode(calendar), as: UTF8.self)
            try await db.execute(
                "UPDATE studio_calendars SET calendar = ?, updated_by = ?, updated_at = ? WHERE series = ?",
                [.text(text), .text(actor), .time(now), .text(id)])
            try await db.execute(
                "INSERT INTO studio_calendar_changes (series, calendar, changed_by, at) VALUES (?, ?, ?, ?)",
                [.text(id), .text(text), .text(actor), .time(now)])
            return StoppedCalendar(calendar: calendar, released: released, stoppedNow: true)
        }
    }
}
