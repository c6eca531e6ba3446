import PostgresStore
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
        let answer = TransactionAnswer<String>(settle: .milliseconds(1))
        answer.running(on: 1)
        answer.closed(connection: 1)
        await #expect(throws: LostAnswer.self) { try await answer.value(of: task) }
    }

    @Test func anAnswerThatComesBeforeTheSettleTimeWins() async throws {
        let (task, hold) = Self.transaction()
        let answer = TransactionAnswer<String>(settle: .seconds(3600))
        answer.running(on: 1)
        answer.closed(connection: 1)
        hold.yield("committed")
        #expect(try await answer.value(of: task) == "committed")
    }

    @Test func theConnectionARetryLeftBehindDoesNotCount() async throws {
        let (task, hold) = Self.transaction()
        let answer = TransactionAnswer<String>(settle: .zero)
        answer.running(on: 1)
        answer.running(on: 2)
        await answer.closed(connection: 1).value
        hold.yield("committed on the second connection")
        #expect(try await answer.value(of: task) == "committed on the second connection")
    }

    @Test func aFailureOfTheTransactionIsItsOwn() async throws {
        struct Refused: Error {}
        let answer = TransactionAnswer<String>(settle: .seconds(3600))
        answer.running(on: 1)
        await #expect(throws: Refused.self) { try await answer.value(of: Task { throw Refused() }) }
    }
}
