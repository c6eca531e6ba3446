import Audience
import DramaModel
import Foundation
import TestSupport

/// A fresh store in a temporary folder.
func temporaryStore() throws -> (AudienceStore, URL) {
    let folder = try temporaryDirectory("cliff-audience")
    return (try AudienceStore(projectDirectory: folder.path), folder)
}

/// 2026-01-01T00:00:00Z.
let logStart = Date(timeIntervalSince1970: 1_767_225_600)

/// Builds hand-written event logs: times in seconds from `logStart`, positions in ms.
struct EventLog {
    var series = "s"
    var events: [ViewerEvent] = []
    private var counter = 0

    init(series: String = "s") { self.series = series }

    @discardableResult
    mutating func add(_ name: ViewerEvent.Name, _ viewer: String, episode: Int, at seconds: Double, position: Int64? = nil) -> ViewerEvent {
        counter += 1
        let event = ViewerEvent(
            messageID: "\(viewer)-\(episode)-\(counter)", name: name, anonymousID: viewer,
            timestamp: logStart.addingTimeInterval(seconds), series: series, episode: episode,
            position: position.map { .milliseconds($0) }, sessionID: "session-\(viewer)")
        events.append(event)
        return event
    }

    /// A view that starts at `start` seconds, plays to `exit` ms with a heartbeat every 5 s,
    /// and then completes (at `length` ms) or swipes away.
    mutating func view(_ viewer: String, episode: Int, start: Double, exit: Int64, length: Int64) {
        add(.playbackStarted, viewer, episode: episode, at: start, position: 0)
        var position: Int64 = 5000
        while position < exit {
            add(.contentPlaying, viewer, episode: episode, at: start + Double(position) / 1000, position: position)
            position += 5000
        }
        add(exit >= length ? .playbackCompleted : .swipedAway, viewer, episode: episode, at: start + Double(exit) / 1000, position: exit)
    }
}

func isClose(_ a: Double, _ b: Double, within tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance }

func isClose(_ a: [Double], _ b: [Double], within tolerance: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}

/// Whole milliseconds since 1970.
func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
