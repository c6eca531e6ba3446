public import DramaModel
import Foundation

/// What a run reports while it works, as a stream: the CLI draws a progress bar from it, the
/// web studio forwards it to browsers.
public enum ProductionEvent: Sendable {
    /// Jobs of dead or silent workers were taken back.
    case recovered([RecoveredJob])
    /// The plan is queued.
    case planned(PlanSummary)
    /// A worker started a job.
    case started(label: String, attempt: Int)
    /// A job finished.
    case finished(label: String, cost: Money, progress: ProductionProgress)
    /// A job failed a try and will be retried after `delay` seconds.
    case retrying(label: String, attempt: Int, delay: Double, message: String)
    /// A job failed for good.
    case failed(label: String, message: String, progress: ProductionProgress)
    /// The run stopped before a job that would break a budget.
    case budgetStopped(BudgetStop)
    /// A serving worker could not reach its job store (a database restarting): it tries again
    /// after `retryIn` seconds; a job it was making is made again once its lease expires.
    case storeUnavailable(message: String, retryIn: Double)
    /// The run is over.
    case ended(ProductionSummary)
}

/// The plan in numbers.
public struct PlanSummary: Sendable, Hashable {
    /// Nodes in the graph.
    public var nodes: Int
    /// Nodes already made.
    public var cached: Int
    /// Jobs to run.
    public var toRun: Int
    /// Their estimated cost.
    public var estimatedCost: Money
    /// What queuing did.
    public var enqueue: EnqueueReport
}

/// How far a run is.
public struct ProductionProgress: Sendable, Hashable {
    /// Jobs this run finished.
    public var done: Int
    /// Jobs this run saw fail for good.
    public var failed: Int
    /// Jobs the run set out to do.
    public var total: Int
    /// What this run spent.
    public var spent: Money
    /// Seconds since the run started.
    public var elapsed: Double
    /// Estimated seconds left, once there is something to go by.
    public var remaining: Double? {
        guard done > 0, total > done else { return total > 0 && done >= total ? 0 : nil }
        return elapsed / Double(done) * Double(total - done)
    }
}

/// How a run ended.
public struct ProductionSummary: Sendable {
    /// Why it ended.
    package enum Ending: Sendable, Hashable {
        /// Everything in scope is made (or failed; see `failures`).
        case completed
        /// Stopped before breaking a budget.
        case overBudget(BudgetStop)
        /// Stopped by the user (Ctrl-C); finished work is kept.
        case interrupted
    }
    /// Why it ended.
    package var ending: Ending
    /// The final progress.
    public var progress: ProductionProgress
    /// Nodes that were already made.
    public var cached: Int
    /// Jobs that failed for good: label and cause.
    public var failures: [(label: String, message: String)]
    /// Seconds spent inside queue operations (claim, complete, fail), for the scheduling benchmark.
    public var queueSeconds: Double
    /// Seconds spent inside steps.
    public var stepSeconds: Double
    /// Seconds spent storing outputs in the asset store.
    public var assetSeconds: Double
}
