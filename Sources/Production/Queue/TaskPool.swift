import Synchronization

/// The tasks of a worker that serves several series' queues at once (`cliff worker` without a
/// project): at most ``size`` jobs run at a time across all of them.
///
/// Each series' run has as many claiming tasks as the pool has slots; a task takes a slot
/// before it claims and gives it back when the job ended (or when there was nothing to claim).
/// Slots are handed out first come, first served, and a task gives its slot back after every
/// job instead of claiming the next one in the same transaction, so while several series have
/// work their tasks take turns: each series gets an equal share of the slots, and a series
/// alone gets all of them. Idle tasks sleep on one ``bell`` that the process rings when the
/// database says work may have come, instead of each holding a listening connection.
///
/// ```swift
/// let pool = TaskPool(size: 4)
/// let queues = lines.map { $0.serve(pool: pool) }   // ≤ 4 jobs at once across the series
/// ```
package final class TaskPool: Sendable {
    /// How many jobs may run at once across the series.
    package let size: Int
    /// Rung when jobs may have become runnable in any served series.
    package let bell = WorkBell()

    private struct State {
        var free: Int
        var queue: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
        /// Takers cancelled before they were queued.
        var cancelled: Set<UInt64> = []
        var nextID: UInt64 = 0
    }

    /// Guards the free slots and the tasks waiting for one.
    private let state: Mutex<State>

    /// A pool of `size` slots (at least 1).
    package init(size: Int) {
        self.size = max(1, size)
        state = Mutex(State(free: max(1, size)))
    }

    /// Takes a slot, waiting for one in turn. Give it back with ``release()``.
    /// - Throws: `CancellationError` when the task is cancelled while waiting (it holds no slot
    ///   then).
    package func acquire() async throws {
        try Task.checkCancellation()
        let id = state.withLock { state -> UInt64? in
            if state.free > 0, state.queue.isEmpty {
                state.free -= 1
                return nil
            }
            state.nextID += 1
            return state.nextID
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let now = state.withLock { state -> Bool? in
                    if state.cancelled.remove(id) != nil { return false }
                    if state.free > 0, state.queue.isEmpty {
                        state.free -= 1
                        return true
                    }
                    state.queue.append((id, continuation))
                    return nil
                }
                switch now {
                case true?: continuation.resume()
                case false?: continuation.resume(throwing: CancellationError())
                case nil: break
                }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<Void, any Error>? in
                if let index = state.queue.firstIndex(where: { $0.id == id }) { return state.queue.remove(at: index).continuation }
                state.cancelled.insert(id)
                return nil
            }
            waiter?.resume(throwing: CancellationError())
        }
        state.withLock { _ = $0.cancelled.remove(id) }
    }

    /// Gives a slot back: to the task that has waited longest, if any.
    package func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            if !state.queue.isEmpty { return state.queue.removeFirst().continuation }
            state.free = min(state.free + 1, size)
            return nil
        }
        next?.resume()
    }
}
