/// A pilot's audience figures, from its viewers: the four parts of the slate's score.
///
/// - **hook rate**: of the viewers who started episode 1, the share whose playback passed the
///   hook point (3 s): the first impression.
/// - **completion**: completions over starts, pooled over the pilot's episodes.
/// - **continue through the pilot**: the chance to go on from each pilot episode to the next,
///   chained: `Π continue n→n+1` for `n` from 1 to the pilot's last but one (1 for a
///   one-episode pilot, which has nothing to continue to).
/// - **projected paywall conversion**: the share of episode-1 starters projected to unlock the
///   paywall episode `N` (docs/slate.md "Projected paywall conversion").
package struct PilotFigures: Sendable, Hashable, Codable {
    /// Viewers who started episode 1.
    package var viewers: Int
    /// Passed the hook point of episode 1, over its starts.
    package var hookRate: Double
    /// Completions over starts, all pilot episodes.
    package var completionRate: Double
    /// The product of the pilot's continue rates n→n+1.
    package var continueRate: Double
    /// Starts of the pilot's last episode over starts of episode 1.
    package var carriedThrough: Double
    /// The share of episode-1 starters carried from one episode to the next, per episode, that
    /// the projection extends to the paywall.
    package var carryPerEpisode: Double
    /// The paywall episode projected to (nil: the season has none).
    package var paywallEpisode: Int?
    /// The unlock rate used: measured when the pilot reaches the paywall, else the prior.
    package var unlockRate: Double
    /// Whether `unlockRate` was measured (true) or the prior (false).
    package var unlockMeasured: Bool
    /// Projected unlocks of the paywall episode per episode-1 starter.
    package var projectedPaywall: Double

    /// The unlock rate assumed at the paywall when the pilot does not reach it: 25 %, the
    /// middle of the 10–40 % the synthetic audience's viewers unlock at and of published
    /// micro-drama figures. It scales every series alike, so it never changes the ranking.
    package static let priorUnlockRate = 0.25

    /// `part` on the score's scale: the log-odds of a rate (hook, completion, continue), the log
    /// of the projected paywall (a product of rates), each kept `0.5 / viewers` from 0 and 1 so
    /// that a rate of 0 or 1 in a small pilot stays finite.
    package func scaled(_ part: Part, viewers: Int) -> Double {
        let epsilon = 0.5 / Double(max(1, viewers))
        let v = value(part)
        switch part {
        case .paywall:
            return log(max(v, 0) + epsilon)
        case .hook, .completion, .continuing:
            let p = min(1 - epsilon, max(epsilon, v))
            return log(p / (1 - p))
        }
    }

    /// The four parts of the score.
    package enum Part: String, Sendable, Hashable, Codable, CaseIterable {
        case hook, completion, continuing = "continue", paywall = "projected_paywall"
    }

    /// The value of `part`.
    package func value(_ part: Part) -> Double {
        switch part {
        case .hook: hookRate
        case .completion: completionRate
        case .continuing: continueRate
        case .paywall: projectedPaywall
        }
    }

    /// Counts summed over viewers: every figure is a ratio of these.
    package struct Counts: Sendable, Hashable {
        var starts: [Int]
        var hooked: [Int]
        var completions: [Int]
        var continues: [Int]
        var unlocks: [Int]

        package init(pilotEpisodes: Int) {
            starts = Array(repeating: 0, count: pilotEpisodes)
            hooked = starts
            completions = starts
            continues = starts
            unlocks = starts
        }

        package mutating func add(_ viewer: PilotViewer) {
            for index in starts.indices {
                let bit = UInt32(1) << UInt32(index)
                if viewer.started & bit != 0 { starts[index] += 1 }
                if viewer.started & viewer.hooked & bit != 0 { hooked[index] += 1 }
                if viewer.completed & bit != 0 { completions[index] += 1 }
                if viewer.continued & bit != 0 { continues[index] += 1 }
                if viewer.unlocked & bit != 0 { unlocks[index] += 1 }
            }
        }
    }

    /// The figures of `viewers` over a pilot of `pilotEpisodes`, projected to `paywallEpisode`.
    package static func measure(_ viewers: [PilotViewer], pilotEpisodes: Int, paywallEpisode: Int?) -> PilotFigures {
        var counts = Counts(pilotEpisodes: pilotEpisodes)
        for viewer in viewers { counts.add(viewer) }
        return measure(counts, paywallEpisode: paywallEpisode)
    }

    /// The figures of summed `counts`.
    package static func measure(_ counts: Counts, paywallEpisode: Int?) -> PilotFigures {
        let p = counts.starts.count
        func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }
        let starts1 = counts.starts.first ?? 0
        let hook = ratio(counts.hooked[0], starts1)
        let completion = ratio(counts.completions.reduce(0, +), counts.starts.reduce(0, +))
        var continueRate = 1.0
        for n in 0..<max(0, p - 1) { continueRate *= ratio(counts.continues[n], counts.completions[n]) }
        let carried = ratio(counts.starts[p - 1], starts1)
        // Per-episode carry past the pilot: from episode 2 on when the pilot has three or more
        // episodes (episode 1's carry includes the first impression's losses, which later
        // episodes do not repeat), from 1 to 2 for two, and episode 1's completion for one.
        let carry: Double
        if p >= 3 {
            carry = counts.starts[1] > 0 ? pow(ratio(counts.starts[p - 1], counts.starts[1]), 1 / Double(p - 2)) : 0
        } else if p == 2 {
            carry = carried
        } else {
            carry = ratio(counts.completions[0], starts1)
        }
        var unlockRate = priorUnlockRate
        var measured = false
        var projected = 0.0
        if let n = paywallEpisode {
            if n <= p {
                // The pilot reaches the paywall: its unlocks, per episode-1 starter, measured.
                let reached = n >= 2 ? counts.completions[n - 2] : starts1
                unlockRate = ratio(counts.unlocks[n - 1], reached)
                measured = true
                projected = ratio(counts.unlocks[n - 1], starts1)
            } else {
                projected = carried * pow(carry, Double(n - p)) * unlockRate
            }
        }
        return PilotFigures(
            viewers: starts1, hookRate: hook, completionRate: completion, continueRate: continueRate, carriedThrough: carried,
            carryPerEpisode: carry, paywallEpisode: paywallEpisode, unlockRate: unlockRate, unlockMeasured: measured,
            projectedPaywall: projected)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
