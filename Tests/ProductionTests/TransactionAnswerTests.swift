import PostgresStore
import Synchronization
import TestSupport
import Testing

/// A PostgreSQL transaction's answer lost with its connection ends the wait instead of
/// keeping its caller (a worker's claim, its stop) waiting for ever; an answer that comes
/// is never taken for lost.
struct TransactionAnswerTests {
    /// A transaction that answers only when `answer` is sent (or never).
    static func transaction() -> (Task<String, any Error>, AsyncStream<String>.Continuation) {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        let task = Task { () throws -> String in
            for await value in stream { return value }
            throw CancellationError()
        }
        return (task, continuation)
    }

    @Test func anAnswerStillMissingAfterItsConnectionClosedIsLost() async throws {
        let (task, hold) = Self.transaction()
        defer { hold.finish() }
        let answer = TransactionAnswer<String>(settle: .zero, poll: .milliseconds(1))
        answer.running(on: 1) { true }
        await #expect(throws: LostAnswer.self) { try await answer.value(of: task) }
    }

    @Test func anAnswerThatComesBeforeTheSettleTimeWins() async throws {
        let (task, hold) = Self.transaction()
        let answer = TransactionAnswer<String>(settle: .seconds(3600), poll: .milliseconds(1))
        answer.running(on: 1) { true }
        hold.yield("committed")
        #expect(try await answer.value(of: task) == "committed")
    }

    @Test func theConnectionARetryLeftBehindDoesNotCount() async throws {
        let (task, hold) = Self.transaction()
        let answer = TransactionAnswer<String>(settle: .zero, poll: .milliseconds(1))
        answer.running(on: 1) { true }
        // The watcher looks many times at the open connection before the answer comes.
        let looks = Mutex(0)
        answer.running(on: 2) { looks.withLock { $0 += 1 }; return false }
        async let value = answer.value(of: task)
        try await waitUntil("the watcher to look at the connection a few times", deadline: .seconds(600)) { looks.withLock { $0 } >= 5 }
        hold.yield("committed on the second connection")
        #expect(try await value == "committed on the second connection")
    }

    @Test func aFailureOfTheTransactionIsItsOwn() async throws {
        struct Refused: Error {}
        let answer = TransactionAnswer<String>(settle: .seconds(3600))
        answer.running(on: 1) { false }
        await #expect(throws: Refused.self) { try await answer.value(of: Task { throw Refused() }) }
    }
}
