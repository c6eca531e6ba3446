import Production
import Synchronization
import TestSupport
import Testing

/// The pool of slots a worker of several series shares, and the bell that wakes its idle tasks.
@Suite struct TaskPoolTests {
    @Test func aWaitAfterARingReturnsAtOnceAndARingWakesEveryWaiter() async throws {
        let bell = WorkBell()
        let seen = bell.generation
        bell.ring()
        // Rung since it was read: no wait, however long the timeout.
        await bell.wait(after: seen, timeout: .seconds(3_600))

        let woken = Tally((0, 0))
        let now = bell.generation
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<3 {
                group.addTask {
                    await bell.wait(after: now, timeout: .seconds(3_600))
                    woken.update { $0.0 += 1 }
                }
            }
            // Rings until every waiter has woken (a ring before a waiter registers also counts).
            try await waitUntil("every waiter to wake") {
                bell.ring()
                return woken.read().0 == 3
            }
            try await group.waitForAll()
        }
    }

    @Test func everyWaiterGetsASlotAndNeverMoreThanTheSizeAreHeld() async throws {
        let pool = TaskPool(size: 2)
        let state = Tally((0, 0))
        try await pool.acquire()
        try await pool.acquire()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    try await pool.acquire()
                    state.update {
                        $0.0 += 1
                        $0.1 = max($0.1, $0.0)
                    }
                    state.update { $0.0 -= 1 }
                    pool.release()
                }
            }
            pool.release()
            pool.release()
            try await group.waitForAll()
        }
        let most = state.read().1
        #expect(most >= 1 && most <= 2, "at most the pool's size at once: \(most)")
    }

    @Test func aCancelledWaiterHoldsNoSlot() async throws {
        let pool = TaskPool(size: 1)
        try await pool.acquire()
        let waiter = Task { try await pool.acquire() }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        pool.release()
        // The one slot is free again: taken at once.
        try await pool.acquire()
        pool.release()
    }
}

/// Two counters shared by test tasks (guarded by the mutex).
private final class Tally: Sendable {
    private let value: Mutex<(Int, Int)>
    init(_ value: (Int, Int)) { self.value = Mutex(value) }
    func update(_ body: (inout (Int, Int)) -> Void) { value.withLock { body(&$0) } }
    func read() -> (Int, Int) { value.withLock { $0 } }
}
