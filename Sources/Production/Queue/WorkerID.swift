import Foundation

/// Who holds a job's lease: host, process id and the process's start time (so a recycled
/// process id is not mistaken for the original).
public struct WorkerID: Sendable, Hashable, CustomStringConvertible {
    /// Host name.
    public let host: String
    /// Process id.
    public let pid: Int32
    /// The process's start time in clock ticks since boot (`/proc/<pid>/stat` field 22), or 0.
    public let started: UInt64

    /// Creates an id.
    public init(host: String, pid: Int32, started: UInt64) {
        self.host = host
        self.pid = pid
        self.started = started
    }

    /// This process.
    public static let current = WorkerID(
        host: ProcessInfo.processInfo.hostName, pid: getpid(), started: startTime(of: getpid()) ?? 0)

    /// Parses `host:pid:started`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let pid = Int32(parts[parts.count - 2]), let started = UInt64(parts[parts.count - 1]) else { return nil }
        self.init(host: parts.dropLast(2).joined(separator: ":"), pid: pid, started: started)
    }

    /// `host:pid:started`.
    public var description: String { "\(host):\(pid):\(started)" }

    /// Whether this worker's process still runs: nil when it ran on another host (only its
    /// lease can tell then).
    public var isAlive: Bool? {
        guard host == WorkerID.current.host else { return nil }
        guard let now = Self.startTime(of: pid) else { return false }
        return started == 0 || now == started
    }

    static func startTime(of pid: Int32) -> UInt64? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        // The command name (field 2) may hold spaces; fields after its closing parenthesis are plain.
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state); field 22 is fields[19].
        return fields.count > 19 ? UInt64(fields[19]) : nil
    }
}
