/// What happened to a batch of viewer events.
public struct IngestReport: Sendable, Hashable, Codable {
    /// An event that was refused.
    public struct Rejection: Sendable, Hashable, Codable {
        /// Its position in the batch.
        public var index: Int
        /// The field at fault, as a path (`batch[3].properties.episode`).
        public var field: String
        /// Why, and what is expected.
        public var reason: String

        /// Creates a rejection.
        public init(index: Int, field: String, reason: String) {
            self.index = index
            self.field = field
            self.reason = reason
        }
    }

    /// Events stored.
    public var accepted: Int
    /// Events already stored before (same message id), ignored.
    public var duplicates: Int
    /// Events refused, with reasons.
    public var rejected: [Rejection]

    /// Creates a report.
    public init(accepted: Int = 0, duplicates: Int = 0, rejected: [Rejection] = []) {
        self.accepted = accepted
        self.duplicates = duplicates
        self.rejected = rejected
    }
}
