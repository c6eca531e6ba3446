/// One view (a series, a viewer, an episode) reduced to what the metrics need, kept up to
/// date at ingest.
///
/// A view keeps its own events in a compact list (`CompactEvent`, 13 bytes each) sorted by
/// time, so events that arrive late or out of order are placed where they belong and the
/// summary is derived again from the whole list. The summary is what the metrics stream:
///
/// - **coverage**: for each second `s` of the episode, how many times playback passed the
///   instant `s`·1000 ms (a rewind or a rewatch passes it again; saturates at 255);
/// - **watched**: the total length of played segments, rewatches included;
/// - **furthest** position reached; **started**, **completed**, **unlocked** times and the
///   position of the first **swipe**.
///
/// Playback between two events of a view is reconstructed this way (`covers`): with the
/// clock advancing `Δt` and the position `Δp`, the range `[p₁, p₂)` is counted as played
/// when `0 ≤ Δp ≤ Δt + tolerance(Δt)`, `tolerance(Δt) = 1 s + Δt/10`; so missing heartbeats
/// do not matter, and a stall or an unreported pause (position slower than the clock) still
/// counts what was shown. A position that jumps ahead faster than that is a seek: the
/// skipped range is not counted. A position that goes back is a rewind: nothing is counted
/// for that gap and the seconds played afterwards count again.
struct ViewRollup: Sendable, Hashable {
    /// One event of a view, compact.
    struct CompactEvent: Sendable, Hashable, Comparable {
        /// Milliseconds since 1970.
        var time: Int64
        /// `ViewerEvent.Name`, as its stored code (`code(_:)`).
        var kind: UInt8
        /// Position in milliseconds, -1 when absent.
        var position: Int32

        static let byteCount = 13

        static func < (a: Self, b: Self) -> Bool {
            (a.time, a.position, a.kind) < (b.time, b.position, b.kind)
        }

        init(time: Int64, kind: UInt8, position: Int32) {
            self.time = time
            self.kind = kind
            self.position = position
        }

        init(_ event: ViewerEvent) {
            time = event.timestampMilliseconds
            kind = Self.code(event.name)
            position = event.positionMilliseconds.map { Int32(clamping: $0) } ?? -1
        }

        var name: ViewerEvent.Name {
            switch kind {
            case 0: .playbackStarted
            case 1: .contentPlaying
            case 2: .playbackPaused
            case 3: .playbackResumed
            case 4: .playbackCompleted
            case 5: .swipedAway
            case 6: .unlocked
            case 7: .liked
            case 9: .experimentExposure
            default: .shared
            }
        }

        /// The stored code of `name` (stable: the file format depends on it).
        static func code(_ name: ViewerEvent.Name) -> UInt8 {
            switch name {
            case .playbackStarted: 0
            case .contentPlaying: 1
            case .playbackPaused: 2
            case .playbackResumed: 3
            case .playbackCompleted: 4
            case .swipedAway: 5
            case .unlocked: 6
            case .liked: 7
            case .shared: 8
            case .experimentExposure: 9
            }
        }
    }

    /// Seconds beyond this are not counted in coverage (episodes are minutes long).
    static let maximumCoveredSeconds = 1800

    /// Milliseconds of slack when telling continuous playback from a seek.
    static func tolerance(clock: Int64) -> Int64 { 1000 + max(clock, 0) / 10 }

    /// Events, sorted by time.
    var events: [CompactEvent]
    /// First playback event's time, if the view ever played.
    var startedAt: Int64?
    /// First `playback_completed` time.
    var completedAt: Int64?
    /// Position of the first `swiped_away`, in milliseconds.
    var swipedAtPosition: Int64?
    /// First `unlocked` time.
    var unlockedAt: Int64?
    /// Furthest position reached, in milliseconds.
    var furthest: Int64 = 0
    /// Total played milliseconds, rewatches included.
    var watched: Int64 = 0
    /// Per-second pass counts.
    var coverage: [UInt8] = []

    /// Derives the summary of `events` (in any order).
    init(events: [CompactEvent]) {
        self.events = events.sorted()
        summarize()
    }

    private mutating func summarize() {
        startedAt = nil
        completedAt = nil
        swipedAtPosition = nil
        unlockedAt = nil
        furthest = 0
        watched = 0
        coverage = []
        var anchor: (time: Int64, position: Int64)?
        var lastPosition: Int64 = 0
        for event in events {
            let name = event.name
            let position: Int64? = event.position >= 0 ? Int64(event.position) : nil
            if name != .unlocked, name != .liked, name != .shared, startedAt == nil { startedAt = event.time }
            if let position, name != .unlocked, name != .liked, name != .shared {
                furthest = max(furthest, position)
            }
            switch name {
            case .playbackStarted:
                anchor = (event.time, position ?? 0)
                lastPosition = position ?? 0
            case .playbackResumed:
                anchor = (event.time, position ?? lastPosition)
                lastPosition = position ?? lastPosition
            case .contentPlaying, .playbackPaused, .playbackCompleted, .swipedAway:
                let here = position ?? lastPosition
                if let from = anchor { cover(from: from, to: (event.time, here)) }
                anchor = name == .contentPlaying ? (event.time, here) : nil
                lastPosition = here
                if name == .playbackCompleted, completedAt == nil { completedAt = event.time }
                if name == .swipedAway, swipedAtPosition == nil { swipedAtPosition = here }
            case .unlocked:
                if unlockedAt == nil { unlockedAt = event.time }
            case .liked, .shared, .experimentExposure:
                break
            }
        }
    }

    /// Counts `[from.position, to.position)` as played if the position advanced no faster
    /// than the clock (within tolerance).
    private mutating func cover(from: (time: Int64, position: Int64), to: (time: Int64, position: Int64)) {
        let advanced = to.position - from.position
        let clock = to.time - from.time
        guard advanced > 0, advanced <= clock + Self.tolerance(clock: clock) else { return }
        watched += advanced
        // Seconds s with from ≤ s·1000 < to.
        let first = Int((from.position + 999) / 1000)
        let last = min(Int((to.position + 999) / 1000) - 1, Self.maximumCoveredSeconds - 1)
        guard first <= last else { return }
        if coverage.count <= last { coverage.append(contentsOf: repeatElement(0, count: last + 1 - coverage.count)) }
        for second in first...last where coverage[second] < UInt8.max { coverage[second] += 1 }
    }

    /// The events as bytes (13 per event, little-endian).
    static func encode(_ events: [CompactEvent]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(events.count * CompactEvent.byteCount)
        for event in events {
            withUnsafeBytes(of: event.time.littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(event.kind)
            withUnsafeBytes(of: event.position.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    /// Events from `encode`'s bytes (a trailing partial record is ignored).
    static func decode(_ bytes: [UInt8]) -> [CompactEvent] {
        let count = bytes.count / CompactEvent.byteCount
        var events: [CompactEvent] = []
        events.reserveCapacity(count)
        for index in 0..<count {
            let base = index * CompactEvent.byteCount
            var time: UInt64 = 0
            for offset in 0..<8 { time |= UInt64(bytes[base + offset]) << (8 * UInt64(offset)) }
            var position: UInt32 = 0
            for offset in 0..<4 { position |= UInt32(bytes[base + 9 + offset]) << (8 * UInt32(offset)) }
            events.append(CompactEvent(time: Int64(bitPattern: time), kind: bytes[base + 8], position: Int32(bitPattern: position)))
        }
        return events
    }
}
