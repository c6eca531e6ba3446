import PostgresNIO
import Synchronization

/// The answer of one transaction running in a task of its own (``PostgresDatabase``), or
/// the news that it was lost: once the connection the transaction runs on has been closed for
/// `settle` with no answer, the waiter gets ``LostAnswer`` (the database's `.queryFailed`)
/// instead of waiting for ever.
///
/// PostgresNIO writes a statement to its channel without a write promise; a statement written
/// as the connection closes can be dropped before its handler sees it, and the statement's
/// own promise is then never completed. A closed connection answers nothing more, so waiting
/// past the settle time cannot bring an answer, only keep a caller (a worker's claim, its
/// stop) waiting.
///
/// While the answer is awaited, the connection is looked at every `poll` (a transaction that
/// answers first costs one sleeping task, cancelled with its answer; nothing is registered on
/// the connection, which serves many transactions). The first outcome wins: the task's
/// result, or the loss. A connection a retried transaction left behind does not count; only
/// the one it runs on now.
package final class TransactionAnswer<T: Sendable>: Sendable {
    private struct State {
        var outcome: Result<T, any Error>?
        var waiter: CheckedContinuation<T, any Error>?
        /// The connection the transaction runs on now: its id and whether it is closed.
        var connection: (id: Int, isClosed: @Sendable () -> Bool)?
        /// The task looking at the connection, cancelled once the outcome is known.
        var watcher: Task<Void, Never>?
    }

    private let state = Mutex(State())
    private let settle: Duration
    private let poll: Duration

    /// An answer to wait for; the loss is declared once the connection has been seen closed
    /// for `settle`, looking every `poll`.
    package init(settle: Duration, poll: Duration = .seconds(1)) {
        self.settle = settle
        self.poll = poll
    }

    /// The transaction runs on `connection` now.
    func watch(_ connection: PostgresConnection) {
        running(on: connection.id) { connection.isClosed }
    }

    /// The transaction runs on the connection `id` now, `isClosed` telling whether it closed
    /// (a retry moves it to another).
    package func running(on id: Int, isClosed: @escaping @Sendable () -> Bool) {
        state.withLock { $0.connection = (id, isClosed) }
    }

    /// The result of `task`, or the loss of its answer, whichever comes first.
    package func value(of task: Task<T, any Error>) async throws -> T {
        let settle = settle, poll = poll
        let watcher = Task {
            var closedSince: ContinuousClock.Instant?
            var closedID: Int?
            while !Task.isCancelled {
                try? await Task.sleep(for: poll)
                guard let connection = self.state.withLock({ $0.connection }), connection.isClosed() else {
                    closedSince = nil
                    continue
                }
                if closedID != connection.id { (closedSince, closedID) = (.now, connection.id) }
                if let since = closedSince, ContinuousClock.now - since >= settle {
                    self.finish(.failure(LostAnswer()))
                    return
                }
            }
        }
        let abandoned = state.withLock { state -> Bool in
            if state.outcome != nil { return true }
            state.watcher = watcher
            return false
        }
        if abandoned { watcher.cancel() }
        Task { self.finish(await task.result) }
        return try await withCheckedThrowingContinuation { (waiter: CheckedContinuation<T, any Error>) in
            let ready = state.withLock { state -> Result<T, any Error>? in
                if let outcome = state.outcome { return outcome }
                state.waiter = waiter
                return nil
            }
            if let ready { waiter.resume(with: ready) }
        }
    }

    private func finish(_ outcome: Result<T, any Error>) {
        let (waiter, watcher) = state.withLock { state -> (CheckedContinuation<T, any Error>?, Task<Void, Never>?) in
            guard state.outcome == nil else { return (nil, nil) }
            state.outcome = outcome
            defer {
                state.waiter = nil
                state.watcher = nil
            }
            return (state.waiter, state.watcher)
        }
        watcher?.cancel()
        waiter?.resume(with: outcome)
    }
}

/// A transaction's answer lost with its connection.
package struct LostAnswer: Error, CustomStringConvertible {
    package var description: String { "the connection closed before the database answered (whether the transaction took effect is not known)" }
}
