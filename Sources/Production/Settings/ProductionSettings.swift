public import DramaModel

/// The project's production settings, read from `cliff.yaml` next to `series.yaml`: the price
/// book, budgets, worker pool, per-generator concurrency limits, leases and retries.
///
/// Every field is optional in the file; a project without `cliff.yaml` gets these defaults:
/// built-in generators cost nothing, no budget caps, one worker per core.
public struct ProductionSettings: Sendable, Hashable {
    /// Hard spending caps.
    public var budget = Budget()
    /// The price book: what each generator's usage costs.
    package var prices: [PriceRule] = []
    /// Worker tasks in the local pool; nil means two per core.
    public var workers: Int?
    /// Most jobs of a generator running at once, by generator id or glob (`builtin.render`,
    /// `openai.*`). The first matching entry wins.
    package var concurrency: [ConcurrencyLimit] = []
    /// How long a claimed job stays leased without a heartbeat before another worker may take it.
    public var leaseSeconds = 30
    /// The shared PostgreSQL database (`database:`), nil: the project's own `cliff.db`.
    public var database: DatabaseURL?
    /// Retries of transient failures.
    package var retry = RetrySettings()
    /// Who the implicit AI-content label (the MP4's `AIGC` metadata) names as producer, and
    /// the prefix of each episode's content id.
    package var aigc = AIGCSettings()

    /// The defaults.
    public init() {}

    /// Spending caps. A job whose estimated cost would take spend past a cap is not started.
    public struct Budget: Sendable, Hashable {
        /// Most spend per episode (all takes, kept or discarded).
        public var perEpisode: Money?
        /// Most spend for the whole series.
        public var perSeries: Money?
        /// No caps.
        public init(perEpisode: Money? = nil, perSeries: Money? = nil) {
            self.perEpisode = perEpisode
            self.perSeries = perSeries
        }
    }

    /// One line of the price book: `price` dollars per `per` units of `unit` for generators
    /// matching `generator` (a glob where `*` matches any run of characters).
    package struct PriceRule: Sendable, Hashable {
        /// Generator id or glob.
        package var generator: String
        /// The unit priced.
        package var unit: UsageUnit
        /// Price of `per` units.
        package var price: Money
        /// How many units `price` buys (1, 1000, 1000000).
        package var per: Int64
        /// Creates a rule.
        package init(generator: String, unit: UsageUnit, price: Money, per: Int64 = 1) {
            self.generator = generator
            self.unit = unit
            self.price = price
            self.per = per
        }
    }

    /// A cap on how many jobs of matching generators run at once, across all processes
    /// sharing the project's queue.
    package struct ConcurrencyLimit: Sendable, Hashable {
        /// Generator id or glob.
        package var generator: String
        /// Most running at once (at least 1).
        package var limit: Int
        /// Creates a limit.
        package init(generator: String, limit: Int) {
            self.generator = generator
            self.limit = limit
        }
    }

    /// The producer fields of the `AIGC` metadata (GB 45438): `aigc.producer` and
    /// `aigc.content_id_prefix` in cliff.yaml.
    package struct AIGCSettings: Sendable, Hashable {
        /// `ContentProducer`: the studio's name or code.
        package var producer = "Cliffhanger"
        /// Prefix of `ProduceID` (`<prefix>-ep001`); nil: the series title as a slug.
        package var contentIDPrefix: String?
        /// The defaults.
        package init() {}
    }

    /// Exponential backoff with jitter for transient failures.
    package struct RetrySettings: Sendable, Hashable {
        /// Attempts before a job is marked failed (the first try included).
        package var maxAttempts = 5
        /// Delay before the first retry, in milliseconds; doubles each attempt.
        package var baseDelayMilliseconds = 500
        /// Longest delay between attempts, in milliseconds.
        package var maxDelayMilliseconds = 60_000
        /// The defaults.
        package init() {}
    }
}

/// Glob matching for generator ids: `*` matches any run of characters, everything else itself.
package enum GeneratorPattern {
    /// Whether `id` matches `pattern`.
    package static func matches(_ pattern: String, _ id: String) -> Bool {
        let p = Array(pattern.utf8), s = Array(id.utf8)
        var pi = 0, si = 0, star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == s[si], p[pi] != UInt8(ascii: "*") {
                pi += 1
                si += 1
            } else if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi
                mark = si
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                si = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
