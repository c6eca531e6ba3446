/// A wait that ran past its deadline: what was awaited and for how long.
package struct WaitTimeout: Error, CustomStringConvertible {
    /// For people: what never happened, and how long the test waited for it.
    package var message: String
    package var description: String { message }
}

/// Waits until `probe` returns a value, and returns it.
///
/// Polls with a short interval that doubles up to `maxInterval`. The deadline only bounds a
/// hang: it is generous (two minutes by default) so that a busy machine never fails a test, and
/// a test never depends on how fast something happens.
///
/// ```swift
/// let port = try await waitFor("the server to print its port") { parsePort(server.output()) }
/// ```
///
/// - Throws: ``WaitTimeout`` naming `what` after `deadline`; whatever `probe` throws.
package func waitFor<Value>(
    _ what: String, deadline: Duration = .seconds(120), interval: Duration = .milliseconds(5), maxInterval: Duration = .milliseconds(250),
    _ probe: () async throws -> Value?
) async throws -> Value {
    let clock = ContinuousClock()
    let end = clock.now + deadline
    var pause = interval
    while true {
        if let value = try await probe() { return value }
        guard clock.now < end else {
            throw WaitTimeout(message: "waited \(deadline) for \(what), and it did not happen")
        }
        try await Task.sleep(for: pause)
        pause = min(pause * 2, maxInterval)
    }
}

/// Waits until `condition` holds.
///
/// The same polling and deadline as ``waitFor(_:deadline:interval:maxInterval:_:)``.
///
/// - Throws: ``WaitTimeout`` naming `what` after `deadline`; whatever `condition` throws.
package func waitUntil(
    _ what: String, deadline: Duration = .seconds(120), interval: Duration = .milliseconds(5), maxInterval: Duration = .milliseconds(250),
    _ condition: () async throws -> Bool
) async throws {
    let _: Bool = try await waitFor(what, deadline: deadline, interval: interval, maxInterval: maxInterval) {
        try await condition() ? true : nil
    }
}
