public import DramaModel
public import Production

/// The slate's one budget over every pilot: whether the next pilot may start, and the cap its
/// run is held to.
///
/// Before each series, the slate adds what every series' ledger has spent to the next pilot's
/// estimated cost (the production plan's estimate of the jobs still to run). A pilot that
/// would go past the cap is not started. A pilot that starts is held to what is left: its
/// run's series cap is the series' own spend plus the slate's remainder, so a job whose cost
/// the estimate missed stops the run before the cap, as `budget.series_usd` does in
/// `cliff.yaml`.
///
/// ```swift
/// let budget = SlateBudget(cap: Money(dollars: "5"))
/// if case .stop(let over) = budget.check(spent: spent, next: plan.estimatedTotal) { print(over) }
/// ```
public struct SlateBudget: Sendable, Hashable {
    /// The most the slate's pilots may cost together; nil: no cap.
    public var cap: Money?

    /// A budget of `cap` (nil: no cap).
    public init(cap: Money?) { self.cap = cap }

    /// Whether a pilot may start.
    public enum Decision: Sendable, Hashable {
        /// Start it; `remaining` is what the cap leaves after it (nil: no cap).
        case go(remaining: Money?)
        /// Do not: starting it would go past the cap by `over`.
        case stop(over: Money)
    }

    /// Whether a pilot estimated at `next` may start when the slate has spent `spent`.
    public func check(spent: Money, next: Money) -> Decision {
        guard let cap else { return .go(remaining: nil) }
        let after = spent + next
        return after > cap ? .stop(over: after - cap) : .go(remaining: cap - after)
    }

    /// The cap on a series' whole ledger for a run of its pilot: what it has spent plus what
    /// the slate has left (nil: no cap). Never below what the series has spent.
    public func seriesCap(seriesSpent: Money, slateSpent: Money) -> Money? {
        guard let cap else { return nil }
        let left = cap > slateSpent ? cap - slateSpent : .zero
        return seriesSpent + left
    }
}

extension SlateBudget {
    /// What each series of `manifest` has spent, by id: the sum of its ledger (all takes), zero
    /// for a series `store` has no job store for.
    /// - Throws: what `store` or the ledger throws.
    public static func spends(
        of manifest: SlateManifest, store: (SlateManifest.Series) async throws -> (any JobStore)?
    ) async throws -> [String: Money] {
        var spends: [String: Money] = [:]
        for series in manifest.series {
            spends[series.id] = try await store(series)?.ledger().reduce(Money.zero) { $0 + $1.cost } ?? .zero
        }
        return spends
    }
}
