import Foundation
import Synchronization

/// Says what a stopping worker waits for: when the stop begins, at every stage it reaches,
/// and again every 15 s while a stage lasts, so that an operator (or a test) looking at a
/// worker that has not exited yet reads why — jobs still running and which, a series' run
/// ending, connections closing. A stop that overruns the grace period by ``overrun`` ends the
/// process (exit 1) with what it was waiting for.
///
/// ```swift
/// let stop = StopReport(grace: 30)
/// stop.begin { queue.runningJobs.isEmpty ? nil : "jobs running: \(queue.runningJobs.joined(separator: ", "))" }   // on SIGTERM
/// stop.reached("the database connections to close")
/// ```
final class StopReport: Sendable {
    private struct State {
        var began: ContinuousClock.Instant?
        /// The stage set last (nil: the waiting `describe` tells).
        var stage: String?
        var ended = false
        /// What the stop waits for while jobs run (nil: nothing of the kind).
        var waiting: (@Sendable () -> String?)?
    }

    /// Seconds the running jobs have before they are cancelled (`--grace`).
    let grace: Int
    private let state = Mutex(State())

    /// A report for a worker whose jobs have `grace` seconds to finish.
    init(grace: Int) {
        self.grace = grace
    }

    /// What the stop waits for now.
    var now: String {
        let (stage, waiting) = state.withLock { ($0.stage, $0.waiting) }
        return waiting?() ?? stage ?? "the run to end"
    }

    /// The stop begins (SIGTERM, SIGINT): says what it waits for — `waiting` tells while jobs
    /// run (nil once none does), then the last stage reached — and keeps saying it every 15 s
    /// until ``end()``. A second call does nothing.
    func begin(waiting: @escaping @Sendable () -> String?) {
        let first = state.withLock { state -> Bool in
            guard state.began == nil else { return false }
            state.began = .now
            state.waiting = waiting
            return true
        }
        guard first else { return }
        Console.write("Stopping: no new jobs; jobs running get \(grace) s to finish, then go back to the queue. Waiting for \(now).")
        Task.detached { [self] in
            let limit = Duration.seconds(grace) + Self.overrun
            while true {
                try? await Task.sleep(for: .seconds(15))
                guard let began = state.withLock({ $0.ended ? nil : $0.began }) else { return }
                let elapsed = ContinuousClock.now - began
                if elapsed > limit { giveUp(after: elapsed) }
                Console.write("Still stopping after \(elapsed.components.seconds) s; waiting for \(now).")
            }
        }
    }

    /// How long a stop may take beyond the grace period (cancelled jobs going back, connections
    /// closing) before the worker exits anyway.
    static let overrun = Duration.seconds(60)

    /// Ends the process when a stop overran its grace period by ``overrun``: whatever still
    /// waits (a connection that does not close, a database that does not answer) must not keep
    /// a worker that an operator or a supervisor asked to stop. Nothing is lost: a job still
    /// leased goes back to the queue when its lease expires, a transaction not committed is rolled
    /// back by the database, and files are only ever renamed into place whole.
    private func giveUp(after elapsed: Duration) -> Never {
        Console.write("""
            error: the stop did not end within --grace (\(grace) s) and \(Self.overrun.components.seconds) s more; exiting now \
            while waiting for \(now). A job still leased to this worker goes back to the queue when its lease expires.
            """)
        exit(1)
    }

    /// The stop reached `stage`, what it waits for next ("the database connections to close");
    /// said when a stop is under way.
    func reached(_ stage: String) {
        let began = state.withLock { state -> Bool in
            state.stage = stage
            return state.began != nil
        }
        if began { Console.write("Stopping: waiting for \(stage)") }
    }

    /// The stop is over: no more reminders.
    func end() { state.withLock { $0.ended = true } }
}
