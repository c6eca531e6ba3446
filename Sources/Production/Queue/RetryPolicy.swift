import DramaModel
import Foundation

/// Exponential backoff with jitter: try n waits a random time between half and all of
/// `base × 2^(n-1)`, capped at `max`, so workers that failed together do not retry together.
package struct RetryPolicy: Sendable, Hashable {
    /// The settings.
    package var settings: ProductionSettings.RetrySettings

    /// Creates a policy.
    package init(_ settings: ProductionSettings.RetrySettings) { self.settings = settings }

    /// Whether a job that failed its try number `attempt` may try again.
    package func allowsRetry(after attempt: Int) -> Bool { attempt < settings.maxAttempts }

    /// The delay in seconds after failed try number `attempt` (from 1).
    package func delay(after attempt: Int, random: Double = Double.random(in: 0...1)) -> Double {
        let exponent = Double(min(max(attempt - 1, 0), 30))
        let ceiling = min(Double(settings.baseDelayMilliseconds) * Foundation.pow(2, exponent), Double(settings.maxDelayMilliseconds))
        return ceiling * (0.5 + 0.5 * random) / 1000
    }
}
