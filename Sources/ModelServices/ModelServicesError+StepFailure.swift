import Production

extension ModelServicesError {
    /// Whether a later try may succeed: rate limits, server errors, timeouts, lost connections.
    var isTransient: Bool {
        [.rateLimited, .serverError, .timedOut, .unreachable].contains(code)
    }

    /// The production graph's view of the failure: transient or permanent, with this message.
    func stepFailure(usage: Usage = .none) -> StepFailure {
        isTransient ? .transient(message, usage: usage) : .permanent(message, usage: usage)
    }
}
