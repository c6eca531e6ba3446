package import Audience

/// One viewer's way through a pilot: for each pilot episode `n` (bit `n − 1`), whether they
/// started it, passed its hook point, completed it, went on from it to the next, unlocked it.
///
/// The per-viewer record is what lets the report resample viewers (its bootstrap interval);
/// the definitions are the metrics' (docs/audience.md "Metrics"): a start is a view with any
/// playback event, hooked is playback past the hook point (3 s), continuing from `n` is
/// starting `n + 1` after starting `n` and no later than the continue window (24 h) after
/// completing `n`.
package struct PilotViewer: Sendable, Hashable {
    /// Episodes started.
    package var started: UInt32 = 0
    /// Episodes whose playback passed the hook point.
    package var hooked: UInt32 = 0
    /// Episodes completed.
    package var completed: UInt32 = 0
    /// Episodes completed and followed by a start of the next within the window.
    package var continued: UInt32 = 0
    /// Episodes unlocked.
    package var unlocked: UInt32 = 0

    /// Creates a record (nothing watched).
    package init() {}

    static func bit(_ episode: Int) -> UInt32 { episode >= 1 && episode <= 32 ? 1 << UInt32(episode - 1) : 0 }

    /// The continue window the metrics use by default: 24 hours, in milliseconds.
    package static let continueWindow: Int64 = 86_400_000

    /// The pilot's viewers from the audience store's view summaries (ordered by viewer, then
    /// episode, as `AudienceStore.viewSummaries` returns them), over episodes 1…`pilotEpisodes`.
    package static func panel(_ views: [AudienceStore.ViewSummary], pilotEpisodes: Int) -> [PilotViewer] {
        var out: [PilotViewer] = []
        var index = 0
        while index < views.count {
            let viewer = views[index].viewer
            var end = index
            while end < views.count, views[end].viewer == viewer { end += 1 }
            var byEpisode: [Int: AudienceStore.ViewSummary] = [:]
            for view in views[index..<end] where (1...pilotEpisodes).contains(view.episode) { byEpisode[view.episode] = view }
            let record = record(pilotEpisodes: pilotEpisodes) { episode in
                byEpisode[episode].map { ($0.startedAt, $0.completedAt, $0.hooked, $0.unlocked) }
            }
            if record.started != 0 || record.unlocked != 0 { out.append(record) }
            index = end
        }
        return out
    }

    /// The pilot's viewers straight from a synthetic run's events (the same definitions as
    /// the store's summaries, without storing them): what a benchmark of many runs uses.
    package static func panel(_ events: [SimulatedEvent], pilotEpisodes: Int, hookMilliseconds: Int64 = 3_000) -> [PilotViewer] {
        var out: [PilotViewer] = []
        var current: String?
        var views: [Int: (started: Int64?, completed: Int64?, hooked: Bool, unlocked: Bool)] = [:]
        func flush() {
            let record = record(pilotEpisodes: pilotEpisodes) { views[$0] }
            if record.started != 0 || record.unlocked != 0 { out.append(record) }
            views.removeAll(keepingCapacity: true)
        }
        for event in events {
            if event.anonymousID != current {
                if current != nil { flush() }
                current = event.anonymousID
            }
            let episode = event.properties.episode
            guard (1...pilotEpisodes).contains(episode) else { continue }
            var view = views[episode] ?? (nil, nil, false, false)
            switch event.event {
            case .unlocked:
                view.unlocked = true
            case .liked:
                break
            default:
                if view.started == nil { view.started = Self.milliseconds(event.timestamp) }
                if event.event == .playbackCompleted, view.completed == nil { view.completed = Self.milliseconds(event.timestamp) }
                if let position = event.properties.positionMs, position > hookMilliseconds { view.hooked = true }
            }
            views[episode] = view
        }
        if current != nil { flush() }
        return out
    }

    /// One viewer's record from their views of each episode (nil: no view).
    static func record(pilotEpisodes: Int, view: (Int) -> (started: Int64?, completed: Int64?, hooked: Bool, unlocked: Bool)?) -> PilotViewer {
        var record = PilotViewer()
        for episode in 1...pilotEpisodes {
            guard let v = view(episode) else { continue }
            let bit = Self.bit(episode)
            if v.unlocked { record.unlocked |= bit }
            guard let started = v.started else { continue }
            record.started |= bit
            if v.hooked { record.hooked |= bit }
            guard let completed = v.completed else { continue }
            record.completed |= bit
            if episode < pilotEpisodes, let next = view(episode + 1)?.started, next > started, next <= completed + continueWindow {
                record.continued |= bit
            }
        }
        return record
    }

    /// `2026-03-01T20:04:12.250Z` (the simulator's exact form) in milliseconds since 1970.
    static func milliseconds(_ text: String) -> Int64 {
        let b = Array(text.utf8)
        guard b.count >= 24 else { return 0 }
        func number(_ from: Int, _ count: Int) -> Int64 {
            var n: Int64 = 0
            for i in from..<(from + count) { n = n * 10 + Int64(b[i] &- 48) }
            return n
        }
        let year = number(0, 4), month = number(5, 2), day = number(8, 2)
        // Days since 1970-01-01 (Howard Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return ((days * 24 + number(11, 2)) * 60 + number(14, 2)) * 60_000 + number(17, 2) * 1000 + number(20, 3)
    }
}
