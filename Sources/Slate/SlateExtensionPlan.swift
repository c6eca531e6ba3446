public import DramaModel
public import Production

/// The next episodes of a slate's series planned against the slate's budget: what `cliff slate
/// decide … extend` and the studio's Extend button both ask before any episode is made.
///
/// The slate's spend is what every series' ledger holds (all takes); the episodes' cost is the
/// production plan's estimate of the jobs still to run. ``SlateBudget/check(spent:next:)``
/// says whether they may start, and a run that starts is held to
/// ``SlateBudget/seriesCap(seriesSpent:slateSpent:)`` (in ``request``), as the pilots are.
/// Planning writes nothing: the caller runs ``request`` through the production line, or
/// reports the stop.
///
/// ```swift
/// let planned = try await SlateExtensionPlan.make(
///     series: record, episodes: [4, 5, 6], manifest: manifest, budget: SlateBudget(cap: manifest.budget),
///     request: ProductionRequest(episodes: [4, 5, 6], deliverable: manifest.deliverable, actor: "cliff slate decide"),
///     line: line, store: { series in stores[series.id] })
/// if let over = planned.over { print("\(planned.tag): estimated at \(planned.estimated), \(planned.spentOfBudget) (over by \(over))") }
/// ```
public struct SlateExtensionPlan: Sendable {
    /// The series extended.
    public var series: SlateManifest.Series
    /// The episodes to make, in order.
    public var episodes: [Int]
    /// What a run would make, what is cached, and its estimate.
    public var plan: ProductionPlan
    /// The slate's budget the plan was checked against.
    public var budget: SlateBudget
    /// What every series of the slate has spent so far.
    public var slateSpent: Money
    /// What this series has spent so far.
    public var seriesSpent: Money
    /// Whether the episodes may start (always `go` when nothing is left to make).
    public var decision: SlateBudget.Decision
    /// The request to run: the one planned, held to the series cap the slate's budget leaves.
    public var request: ProductionRequest

    /// Plans `request` (its `episodes` being `episodes` of `series`) on `line` and checks it
    /// against `budget` with the spend of every series of `manifest`.
    ///
    /// - Parameters:
    ///   - request: what to make; its `seriesCap` is replaced by the slate's.
    ///   - line: the production line of `series`, used to plan only.
    ///   - store: the job store of a series of the slate, nil for one never produced (it has
    ///     spent nothing). Each caller opens them its own way (the command read-only, the
    ///     studio the stores it keeps open).
    /// - Throws: what `store` or the ledger throws; the production line's planning errors
    ///   (`ProductionError` `invalidScripts`, the compliance gate's refusal).
    public static func make(
        series: SlateManifest.Series, episodes: [Int], manifest: SlateManifest, budget: SlateBudget, request: ProductionRequest,
        line: ProductionLine, store: (SlateManifest.Series) async throws -> (any JobStore)?
    ) async throws -> SlateExtensionPlan {
        let spends = try await SlateBudget.spends(of: manifest, store: store)
        let slateSpent = spends.values.reduce(Money.zero, +)
        let seriesSpent = spends[series.id] ?? .zero
        var request = request
        request.seriesCap = nil
        let plan = try await line.plan(request)
        let decision: SlateBudget.Decision = plan.toRun.isEmpty ? .go(remaining: nil) : budget.check(spent: slateSpent, next: plan.estimatedTotal)
        request.seriesCap = budget.seriesCap(seriesSpent: seriesSpent, slateSpent: slateSpent)
        return SlateExtensionPlan(
            series: series, episodes: episodes, plan: plan, budget: budget, slateSpent: slateSpent, seriesSpent: seriesSpent, decision: decision,
            request: request)
    }

    /// Whether every step of the episodes is made already (nothing to run, nothing to pay).
    public var isMade: Bool { plan.toRun.isEmpty }

    /// What the steps still to make are estimated to cost.
    public var estimated: Money { plan.estimatedTotal }

    /// How far past the slate's cap the episodes would go; nil when they may start.
    public var over: Money? {
        if case .stop(let over) = decision { return over }
        return nil
    }

    /// `paper-vows episodes 4-12`.
    public var tag: String { "\(series.id) episodes \(EpisodeRanges.text(episodes))" }

    /// The spend beside the budget, for a message: `the slate has spent $0.0500 of its $5.0000`
    /// (`…; no slate budget` without a cap).
    public var spentOfBudget: String {
        guard let cap = budget.cap else { return "the slate has spent \(slateSpent); no slate budget" }
        return "the slate has spent \(slateSpent) of its \(cap)"
    }
}
