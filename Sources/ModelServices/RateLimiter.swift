/// A per-service limit on how fast requests start and how many run at once.
///
/// Starts are spaced evenly (`60 / requestsPerMinute` seconds apart), so a service that
/// allows 60 requests a minute never sees more than one a second; at most `maxConcurrent`
/// requests hold a slot at once, the rest wait in arrival order.
actor RateLimiter {
    private let interval: Duration?
    private let maxConcurrent: Int
    private var nextStart: ContinuousClock.Instant?
    private var inFlight = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(requestsPerMinute: Int?, maxConcurrent: Int) {
        interval = requestsPerMinute.map { .milliseconds(60_000) / max(1, $0) }
        self.maxConcurrent = max(1, maxConcurrent)
    }

    /// Waits for a slot and for the next allowed start. Pair every call with `release()`.
    func acquire() async {
        if inFlight < maxConcurrent {
            inFlight += 1
        } else {
            // `release()` hands its slot straight to the first waiter.
            await withCheckedContinuation { waiting.append($0) }
        }
        guard let interval else { return }
        let now = ContinuousClock.now
        let start = max(now, nextStart ?? now)
        nextStart = start + interval
        if start > now { try? await Task.sleep(until: start, clock: .continuous) }
    }

    /// Gives the slot back.
    func release() {
        if waiting.isEmpty {
            inFlight -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
