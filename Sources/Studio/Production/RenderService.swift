package import DramaModel
import Foundation
import Governance
import Logging
import Production
import Synchronization

/// A production event as browsers receive it (server-sent events on `/api/v1/jobs/events`).
package struct StudioEvent: Sendable, Hashable, Codable {
    /// `queued`, `planned`, `started`, `finished`, `retrying`, `failed` or `ended`.
    package var kind: String
    /// Series id.
    package var series: String
    /// The job's label, when the event is about a job.
    package var label: String?
    /// Jobs done so far in this run.
    package var done: Int?
    /// Jobs in this run.
    package var total: Int?
    /// What went wrong, or how the run ended.
    package var message: String?
    /// The episodes of the run.
    package var episodes: [Int]
}

/// Runs the renders the studio asks for — one production run per series at a time, later
/// requests for the same series merged into the next run — and tells subscribers how they go.
package final class RenderService: Sendable {
    /// A run waiting for its series' current run to end: what every request merged into it asks.
    private struct Pending {
        var project: ProductionProject
        var store: any JobStore
        var episodes: Set<Int>
        /// The tightest cap of the requests merged (nil: none asked for one).
        var cap: Money?
    }

    private struct State {
        var pending: [String: Pending] = [:]
        var running: [String: Set<Int>] = [:]
        var tasks: [String: Task<Void, Never>] = [:]
        var subscribers: [UUID: AsyncStream<StudioEvent>.Continuation] = [:]
    }

    private let state = Mutex(State())
    private let logger: Logger

    init(logger: Logger) { self.logger = logger }

    /// Queues a render of `episodes` of series `id`, run on `store` (the project's job store,
    /// opened once by the studio).
    ///
    /// With `cap`, the run is held to it as to `ProductionRequest.seriesCap` (a cap on the
    /// series' whole ledger, on top of `cliff.yaml`'s `budget.series_usd`): an extension from
    /// the slate page passes what the slate's budget leaves. Requests merged into one run keep
    /// the tightest cap any of them asked for.
    func request(series id: String, project: ProductionProject, store: any JobStore, episodes: [Int], cap: Money? = nil) {
        state.withLock { state in
            var entry = state.pending[id] ?? Pending(project: project, store: store, episodes: [], cap: nil)
            entry.project = project
            entry.store = store
            entry.episodes.formUnion(episodes)
            entry.cap = Self.tightest(entry.cap, cap)
            state.pending[id] = entry
            if state.tasks[id] == nil {
                state.tasks[id] = Task { await self.drain(id) }
            }
        }
        broadcast(StudioEvent(kind: "queued", series: id, episodes: episodes.sorted()))
    }

    /// The lower of two caps; nil only when neither is set.
    package static func tightest(_ a: Money?, _ b: Money?) -> Money? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    /// Whether a run of series `id` is rendering or will render `episode`.
    func isRendering(series id: String, episode: Int) -> Bool {
        state.withLock { ($0.running[id]?.contains(episode) ?? false) || ($0.pending[id]?.episodes.contains(episode) ?? false) }
    }

    /// Runs in progress, as "series: episodes".
    func activeRuns() -> [String] {
        state.withLock { state in
            state.running.keys.sorted().map { "\($0): \(state.running[$0]!.sorted().map(String.init).joined(separator: ", "))" }
        }
    }

    /// A stream of every event from now on, and a way to end it.
    func subscription() -> (events: AsyncStream<StudioEvent>, end: @Sendable () -> Void) {
        let (stream, continuation) = AsyncStream.makeStream(of: StudioEvent.self, bufferingPolicy: .bufferingNewest(1000))
        let id = UUID()
        state.withLock { $0.subscribers[id] = continuation }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
        }
        return (stream, { continuation.finish() })
    }

    /// Waits until no render is running or queued (tests, shutdown).
    func waitUntilIdle() async {
        while let task = state.withLock({ $0.tasks.values.first }) { await task.value }
    }

    /// Stops every run (their jobs go back to the queue).
    package func cancelAll() {
        for task in state.withLock({ Array($0.tasks.values) }) { task.cancel() }
    }

    private func broadcast(_ event: StudioEvent) {
        for continuation in state.withLock({ Array($0.subscribers.values) }) { continuation.yield(event) }
    }

    private func drain(_ id: String) async {
        while !Task.isCancelled {
            let next = state.withLock { state -> Pending? in
                guard let entry = state.pending.removeValue(forKey: id) else {
                    state.tasks[id] = nil
                    state.running[id] = nil
                    return nil
                }
                state.running[id] = entry.episodes
                return entry
            }
            guard let next else { return }
            await runOnce(id, project: next.project, store: next.store, episodes: next.episodes.sorted(), cap: next.cap)
            state.withLock { $0.running[id] = nil }
        }
        state.withLock { state in
            state.tasks[id] = nil
            state.running[id] = nil
        }
    }

    private func runOnce(_ id: String, project: ProductionProject, store: any JobStore, episodes: [Int], cap: Money?) async {
        do {
            let line = ProductionLine(project: project, store: store, compliance: ProductionCompliance(), logger: logger)
            let production = try await line.prepare(ProductionRequest(episodes: episodes, deliverable: .final, actor: "studio", seriesCap: cap))
            async let forwarded: Void = forward(production.events, series: id, episodes: episodes)
            let summary = try await production.run()
            await forwarded
            let failures = summary.failures.map { "\($0.label): \($0.message)" }
            broadcast(StudioEvent(
                kind: "ended", series: id, done: summary.progress.done, total: summary.progress.total,
                message: failures.isEmpty ? "completed" : "\(failures.count) failed: " + failures.prefix(3).joined(separator: "; "),
                episodes: episodes))
        } catch {
            logger.error("studio render failed", metadata: ["series": "\(id)", "error": "\(error)"])
            broadcast(StudioEvent(kind: "ended", series: id, message: "could not run: \(error)", episodes: episodes))
        }
    }

    private func forward(_ events: AsyncStream<ProductionEvent>, series id: String, episodes: [Int]) async {
        for await event in events {
            switch event {
            case .planned(let plan):
                broadcast(StudioEvent(kind: "planned", series: id, done: 0, total: plan.toRun, episodes: episodes))
            case .started(let label, _):
                broadcast(StudioEvent(kind: "started", series: id, label: label, episodes: episodes))
            case .finished(let label, _, let progress):
                broadcast(StudioEvent(kind: "finished", series: id, label: label, done: progress.done, total: progress.total, episodes: episodes))
            case .retrying(let label, _, _, let message):
                broadcast(StudioEvent(kind: "retrying", series: id, label: label, message: message, episodes: episodes))
            case .failed(let label, let message, let progress):
                broadcast(StudioEvent(kind: "failed", series: id, label: label, done: progress.done, total: progress.total, message: message, episodes: episodes))
            case .budgetStopped(let stop):
                broadcast(StudioEvent(kind: "failed", series: id, message: "budget stop: \(stop)", episodes: episodes))
            case .recovered, .ended, .storeUnavailable:
                break
            }
        }
    }
}
