import AsyncHTTPClient
import Dispatch
import Synchronization

/// The one HTTP client of a `ServiceHub`, shared by its adapters. `shutdown()` closes it; if
/// every adapter and the hub are dropped without that, it closes itself in the background.
final class SharedHTTPClient: Sendable {
    let client: HTTPClient
    /// Whether shutdown has begun; guarded by the mutex.
    private let closed = Mutex(false)

    init(_ client: HTTPClient) { self.client = client }

    /// Closes the connections (once; later calls return at once).
    func shutdown() async throws {
        let first = closed.withLock { closed in
            defer { closed = true }
            return !closed
        }
        if first { try await client.shutdown() }
    }

    deinit {
        if !closed.withLock({ $0 }) { client.shutdown(queue: .global()) { _ in } }
    }
}
