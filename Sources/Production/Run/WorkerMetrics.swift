import DramaModel
package import Foundation
import Synchronization

/// What a worker (`cliff worker`) has done since it started, counted from its production
/// events, and the Prometheus text exposition (format 0.0.4) of it with the queue's depth.
///
/// ```text
/// # TYPE cliff_queue_jobs gauge
/// cliff_queue_jobs{state="pending"} 12
/// # TYPE cliff_worker_jobs_completed_total counter
/// cliff_worker_jobs_completed_total 40
/// ```
package final class WorkerMetrics: Sendable {
    private struct Counts {
        var completed = 0
        var failed = 0
        var retried = 0
        var takenOver = 0
        var spent = Money.zero
        var budgetStops = 0
        var storeErrors = 0
    }

    private let counts = Mutex(Counts())
    private let started: Date

    /// Counting from `started`.
    package init(started: Date = Date()) { self.started = started }

    /// Counts `event`.
    package func record(_ event: ProductionEvent) {
        counts.withLock { counts in
            switch event {
            case .recovered(let jobs): counts.takenOver += jobs.count
            case .finished(_, let cost, _):
                counts.completed += 1
                counts.spent += cost
            case .retrying: counts.retried += 1
            case .failed: counts.failed += 1
            case .budgetStopped: counts.budgetStops += 1
            case .storeUnavailable: counts.storeErrors += 1
            case .planned, .started, .ended: break
            }
        }
    }

    /// Jobs completed so far.
    package var completed: Int { counts.withLock { $0.completed } }

    /// The exposition: the queue's jobs per state (`status`, nil when the store could not be
    /// read, which `cliff_queue_up` says), then this worker's counters.
    package func exposition(status: QueueStatus?, now: Date = Date()) -> String {
        exposition(queues: [(nil, status)], now: now)
    }

    /// The exposition of a worker serving several series: each series' queue gauges carry a
    /// `series` label (`cliff_queue_jobs{series="night-ledger",state="pending"} 12`), with
    /// `statuses` nil for a series whose store could not be read; the counters are the worker's
    /// across them all, and `cliff_worker_series` says how many it serves.
    package func exposition(series statuses: [(series: String, status: QueueStatus?)], now: Date = Date()) -> String {
        exposition(queues: statuses.map { ($0.series, $0.status) }, now: now, served: statuses.count)
    }

    private func exposition(queues: [(series: String?, status: QueueStatus?)], now: Date, served: Int? = nil) -> String {
        let c = counts.withLock { $0 }
        let uptime = max(now.timeIntervalSince(started), 0.001)
        var lines: [String] = []
        func metric(_ name: String, _ type: String, _ help: String, _ samples: [(labels: String, value: String)]) {
            lines.append("# HELP \(name) \(help)")
            lines.append("# TYPE \(name) \(type)")
            for sample in samples { lines.append("\(name)\(sample.labels) \(sample.value)") }
        }
        // `{series="…",state="…"}`: a label value escapes \ and ".
        func labels(_ series: String?, _ more: String? = nil) -> String {
            let pairs = [series.map { "series=\"\($0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"" }, more].compactMap { $0 }
            return pairs.isEmpty ? "" : "{" + pairs.joined(separator: ",") + "}"
        }
        metric(
            "cliff_queue_up", "gauge", "Whether the job store answered (1) or not (0).",
            queues.map { (labels($0.series), $0.status == nil ? "0" : "1") })
        let answered = queues.compactMap { queue in queue.status.map { (queue.series, $0) } }
        if !answered.isEmpty {
            metric(
                "cliff_queue_jobs", "gauge", "Jobs in the project's queue per state.",
                answered.flatMap { series, status in
                    JobState.allCases.map { (labels(series, "state=\"\($0.rawValue)\""), String(status.counts[$0] ?? 0)) }
                })
        }
        if let served { metric("cliff_worker_series", "gauge", "Series this worker serves.", [("", String(served))]) }
        metric("cliff_worker_jobs_completed_total", "counter", "Jobs this worker completed.", [("", String(c.completed))])
        metric("cliff_worker_jobs_failed_total", "counter", "Jobs this worker failed for good.", [("", String(c.failed))])
        metric("cliff_worker_jobs_retried_total", "counter", "Tries this worker failed and queued again.", [("", String(c.retried))])
        metric("cliff_worker_lease_takeovers_total", "counter", "Jobs of stopped workers this worker took back.", [("", String(c.takenOver))])
        metric("cliff_worker_budget_stops_total", "counter", "Times the budget stopped this worker's claims.", [("", String(c.budgetStops))])
        metric("cliff_worker_store_errors_total", "counter", "Times the job store could not be reached (the worker waited and tried again).", [("", String(c.storeErrors))])
        metric("cliff_worker_spend_usd_total", "counter", "What this worker's jobs cost, in US dollars.", [("", String(format: "%.9f", c.spent.dollars))])
        metric("cliff_worker_jobs_per_second", "gauge", "Jobs completed per second since the worker started.", [("", String(format: "%.4f", Double(c.completed) / uptime))])
        metric("cliff_worker_uptime_seconds", "gauge", "Seconds since the worker started.", [("", String(format: "%.1f", uptime))])
        return lines.joined(separator: "\n") + "\n"
    }
}
