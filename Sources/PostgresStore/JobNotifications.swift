import Production
import Synchronization

/// Wakes a worker waiting for runnable jobs, instead of polling: handed out by
/// `PostgresJobStore.withJobNotifications(_:)`, which listens (`LISTEN cliff_jobs`) for as long
/// as its closure runs.
///
/// A notification that arrives while the worker is busy is kept (one, however many arrived),
/// so the next `wait(timeout:)` returns at once: a worker that claims, finds nothing and
/// waits never misses a job enqueued in between.
///
/// ```swift
/// try await store.withJobNotifications { notifications in
///     while true {
///         switch try await store.claim(request()) {
///         case .claimed(let job): try await run(job)
///         case .wait, .idle: _ = try await notifications.wait(timeout: .seconds(30))
///         case .overBudget: return
///         }
///     }
/// }
/// ```
public struct JobNotifications: Sendable {
    let signal: WakeupSignal

    /// Waits until jobs may have become runnable (another worker enqueued, completed, failed
    /// with a retry, released or recovered jobs since the last wait), or `timeout` passes, or
    /// the task is cancelled.
    /// - Returns: true when woken by a notification, false when the timeout passed (or the task
    ///   was cancelled): claim again either way.
    /// - Throws: `ProductionError` (`storeFailed`) when the listening connection broke.
    public func wait(timeout: Duration) async throws -> Bool {
        if try signal.take() { return true }
        let signal = signal
        let woke = await withTaskGroup(of: Bool.self) { group in
            group.addTask { await signal.next() }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            var woke = await group.next() ?? false
            group.cancelAll()
            // A notification may have arrived just as the timeout passed: it counts.
            while let other = await group.next() { woke = woke || other }
            return woke
        }
        try signal.check()
        return woke
    }
}

/// One pending wakeup and the waiters for it; shared between the task that reads the
/// notifications and the worker that waits. A `Mutex` guards the state.
final class WakeupSignal: Sendable {
    private struct State {
        var pending = false
        var failure: ProductionError?
        var waiters: [UInt64: CheckedContinuation<Bool, Never>] = [:]
        /// Waiters cancelled before they were registered.
        var cancelled: Set<UInt64> = []
        var nextID: UInt64 = 0
    }

    private let state = Mutex(State())

    /// A notification arrived: wakes the waiters, or keeps it for the next wait.
    func fire() {
        let waiters = self.state.withLock { state -> [CheckedContinuation<Bool, Never>] in
            guard !state.waiters.isEmpty else {
                state.pending = true
                return []
            }
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume(returning: true) }
    }

    /// The notifications ended: every wait from now on throws `failure`.
    func fail(_ failure: ProductionError) {
        self.state.withLock { $0.failure = $0.failure ?? failure }
        fire()
    }

    /// Takes the pending wakeup, if any.
    /// - Throws: the failure, once the notifications ended.
    func take() throws(ProductionError) -> Bool {
        try self.state.withLock { state throws(ProductionError) -> Bool in
            if let failure = state.failure { throw failure }
            defer { state.pending = false }
            return state.pending
        }
    }

    /// Throws the failure, once the notifications ended.
    func check() throws(ProductionError) {
        if let failure = self.state.withLock({ $0.failure }) { throw failure }
    }

    /// Waits for the next wakeup: true when one came, false when the task was cancelled.
    func next() async -> Bool {
        let id = self.state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        let woke = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                let now = self.state.withLock { state -> Bool? in
                    if state.cancelled.remove(id) != nil { return false }
                    if state.pending {
                        state.pending = false
                        return true
                    }
                    state.waiters[id] = continuation
                    return nil
                }
                if let now { continuation.resume(returning: now) }
            }
        } onCancel: {
            let waiter = self.state.withLock { state -> CheckedContinuation<Bool, Never>? in
                if let waiter = state.waiters.removeValue(forKey: id) { return waiter }
                state.cancelled.insert(id)
                return nil
            }
            waiter?.resume(returning: false)
        }
        self.state.withLock { _ = $0.cancelled.remove(id) }
        return woke
    }
}
