package import DramaModel
import Production
import Slate

/// What became of an extended series' next episodes when the studio took the decision: queued
/// for the production line within the slate's budget, stopped by it before they start, made
/// already, or not plannable. The decision is recorded in every case.
///
/// The studio appends it to the series' audit log (kind `slate.extension`, after the decision's
/// `slate.decision` record) so the slate page says it to whoever looks next.
package struct SlateExtensionOutcome: Sendable, Hashable {
    /// What happened.
    package enum Kind: String, Sendable, Hashable {
        /// The episodes are queued on the studio's render service, held to the slate's budget.
        case queued
        /// Every step is made already: nothing to queue, nothing to pay.
        case made
        /// The slate's budget stops them before they start: nothing was queued.
        case stopped
        /// They could not be planned (the message says why): nothing was queued.
        case unplanned
    }

    /// The audit log's kind for it.
    package static let auditKind = "slate.extension"

    /// What happened.
    package var kind: Kind
    /// The episodes to make.
    package var episodes: [Int]
    /// The production plan's estimate of what is still to make (nil: not planned).
    package var estimated: Money?
    /// What every series of the slate had spent (nil: not planned).
    package var slateSpent: Money?
    /// The slate's budget (nil: no cap).
    package var budget: Money?
    /// The cap the queued run is held to: the series' spend plus what the slate has left.
    package var seriesCap: Money?
    /// For people: what happened and, when nothing was queued, how to go on.
    package var message: String
    /// The command that makes the episodes from the command line (the way on when nothing
    /// was queued).
    package var command: String

    /// Whether the studio's production line makes the episodes (queued, or made already).
    package var isProducing: Bool { kind == .queued || kind == .made }

    /// The outcome of `planned`, queued when the slate's budget lets it start.
    ///
    /// - Parameters:
    ///   - slate: the slate folder's name (`spring`).
    ///   - command: the command that makes the episodes.
    static func of(_ planned: SlateExtensionPlan, slate: String, command: String) -> SlateExtensionOutcome {
        let episodes = "episodes \(EpisodeRanges.text(planned.episodes))"
        var outcome = SlateExtensionOutcome(
            kind: .queued, episodes: planned.episodes, estimated: planned.estimated, slateSpent: planned.slateSpent, budget: planned.budget.cap,
            seriesCap: planned.request.seriesCap, message: "", command: command)
        if planned.isMade {
            outcome.kind = .made
            outcome.message = "extend recorded; \(episodes) are made already (\(planned.plan.cached.count) steps cached): nothing to queue."
        } else if let over = planned.over {
            outcome.kind = .stopped
            outcome.seriesCap = nil
            outcome.message = """
                extend recorded, but the slate's budget stops the production of \(episodes) of \(planned.series.id) before it starts: \
                they are estimated at \(planned.estimated), and \(planned.spentOfBudget) (over by \(over)). Nothing was queued. \
                To go on: raise budget_usd in \(slate)/\(SlateManifest.fileName), then run \(command)
                """
        } else {
            outcome.message = "extend recorded; \(episodes) queued (estimated \(planned.estimated); \(planned.spentOfBudget))."
        }
        return outcome
    }

    /// Episodes nothing was queued for, though the budget was not the reason: `problem` says
    /// what stopped them (`they cannot be planned: …`).
    static func unplanned(_ episodes: [Int], series: String, problem: String, command: String) -> SlateExtensionOutcome {
        SlateExtensionOutcome(
            kind: .unplanned, episodes: episodes, message: """
                extend recorded, but nothing was queued for episodes \(EpisodeRanges.text(episodes)) of \(series): \(problem). \
                Fix it, then run \(command)
                """, command: command)
    }

    /// The audit record's details.
    var details: [String: String] {
        var details = ["outcome": kind.rawValue, "episodes": EpisodeRanges.text(episodes), "message": message, "command": command]
        details["estimated"] = estimated?.description
        details["slate.spent"] = slateSpent?.description
        details["slate.budget"] = budget?.description
        details["series.cap"] = seriesCap?.description
        return details
    }
}
