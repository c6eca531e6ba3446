import PostgresNIO
import Synchronization

/// The answer of one transaction running in a task of its own (``PostgresDatabase``), or
/// the news that it was lost: once the connection the transaction runs on has closed and no
/// answer came within `settle`, the waiter gets `.queryFailed` instead of waiting for ever.
///
/// PostgresNIO writes a statement to its channel without a write promise; a statement written
/// as the connection closes can be dropped before its handler sees it, and the statement's
/// own promise is then never completed. A closed connection answers nothing more, so waiting
/// past the settle time cannot bring an answer, only keep a caller (a worker's claim, its
/// stop) waiting.
///
/// The loss reaches the caller as ``PostgresDatabase``'s `.queryFailed`, worded by ``LostAnswer``.
///
/// The first outcome wins: the task's result, or the loss. A connection a retried transaction
/// left behind does not count; only the one the transaction runs on now.
package final class TransactionAnswer<T: Sendable>: Sendable {
    private struct State {
        var outcome: Result<T, any Error>?
        var waiter: CheckedContinuation<T, any Error>?
        /// The connection the transaction runs on now (its id).
        var connection: Int?
    }

    private let state = Mutex(State())
    private let settle: Duration

    package init(settle: Duration) {
        self.settle = settle
    }

    /// The transaction runs on `connection` now: if it closes before the transaction answered,
    /// the answer is lost `settle` later.
    func watch(_ connection: PostgresConnection) {
        let id = connection.id
        running(on: id)
        connection.closeFuture.whenComplete { _ in _ = self.closed(connection: id) }
    }

    /// The transaction runs on the connection `id` now (a retry moves it to another).
    package func running(on id: Int) {
        state.withLock { $0.connection = id }
    }

    /// The connection `id` closed: unless the transaction answers within `settle`, or runs on
    /// another connection by then, its answer is lost.
    /// - Returns: the task that waits out `settle` (awaited by tests only).
    @discardableResult
    package func closed(connection id: Int) -> Task<Void, Never> {
        let settle = settle
        return Task {
            try? await Task.sleep(for: settle)
            guard self.state.withLock({ $0.connection == id }) else { return }
            self.finish(.failure(LostAnswer()))
        }
    }

    /// The result of `task`, or the loss of its answer, whichever comes first.
    package func value(of task: Task<T, any Error>) async throws -> T {
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
        let waiter = state.withLock { state -> CheckedContinuation<T, any Error>? in
            guard state.outcome == nil else { return nil }
            state.outcome = outcome
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(with: outcome)
    }
}

/// A transaction's answer lost with its connection.
package struct LostAnswer: Error, CustomStringConvertible {
    package var description: String { "the connection closed before the database answered (whether the transaction took effect is not known)" }
}
