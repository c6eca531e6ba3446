import Synchronization

/// Wakes the idle tasks of one process when work may have come: every ring counts, and a task
/// that looked for work at one count and finds none waits only while the count stays the same.
///
/// A task reads ``generation`` before it looks for work (a claim, a read of a registry) and
/// passes it to ``wait(after:timeout:)`` when it found none: a ring in between — however many
/// other tasks already woke for it — makes the wait return at once, so no task sleeps through
/// the work that rang (an event count, as opposed to a single pending flag).
///
/// ```swift
/// let seen = bell.generation
/// if try await store.claim(request) is idle { await bell.wait(after: seen, timeout: .seconds(30)) }
/// ```
package final class WorkBell: Sendable {
    private struct State {
        var generation: UInt64 = 0
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        /// Waiters cancelled before they were registered.
        var cancelled: Set<UInt64> = []
        var nextID: UInt64 = 0
    }

    /// Guards the count and the waiters.
    private let state = Mutex(State())

    /// A bell that has not rung.
    package init() {}

    /// How many times the bell has rung.
    package var generation: UInt64 { state.withLock { $0.generation } }

    /// Work may have come: wakes every waiter, and every later wait that saw an earlier count.
    package func ring() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.generation &+= 1
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Waits until the bell has rung since it stood at `seen`, `timeout` passes, or the task is
    /// cancelled (look for work again in every case).
    package func wait(after seen: UInt64, timeout: Duration) async {
        guard generation == seen else { return }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.rung(after: seen) }
            group.addTask { try? await Task.sleep(for: timeout) }
            await group.next()
            group.cancelAll()
        }
    }

    private func rung(after seen: UInt64) async {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let now = state.withLock { state -> Bool in
                    if state.cancelled.remove(id) != nil || state.generation != seen { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
                if let waiter = state.waiters.removeValue(forKey: id) { return waiter }
                state.cancelled.insert(id)
                return nil
            }
            waiter?.resume()
        }
        state.withLock { _ = $0.cancelled.remove(id) }
    }
}
