import DramaModel
import Foundation
import StoryEngine

/// Turns metrics and story aggregates into insights, each with a `RevisionNote`.
///
/// Rules (each needs the evidence minimums of `StoryLossAnalysis.EvidenceRule` or the
/// sample minimums here):
///
/// - **hook**: the series' hook rate below `hookTarget` → `strongerHook`;
/// - **cliffhanger**: the continue rate below `continueTarget` → `strongerCliffhanger`;
/// - **beat**: a beat kind that loses viewers faster than the rest → `shortenBeat` (not the
///   hook or the cliffhanger, whose place in the episode sets their loss: the hook and
///   cliffhanger rules judge them);
/// - **reveal**: seconds before each episode's first reveal lose faster than after →
///   `revealEarlier`;
/// - **character**: a speaking character who holds viewers better → `featureCharacter`,
///   or loses them faster → `reduceCharacter`;
/// - **line length**: a long-line bucket that loses faster → `shortenLines`;
/// - **location**: a location that loses faster → `shortenLocation`.
///
/// Strength grows with the effect: `min(1, (ratio − 1) / 1.5)` for a loss ratio (its
/// inverse for a character who holds viewers); for targets, the shortfall over the target
/// times 2. Severity: high from 0.6, medium from 0.3.
package struct InsightFinder: Sendable {
    /// A hook rate below this asks for a stronger hook. Default 0.75.
    package var hookTarget: Double
    /// A continue rate below this asks for stronger cliffhangers. Default 0.6.
    package var continueTarget: Double
    /// Least starts (hook) or completions (continue) before judging a rate. Default 100.
    package var minimumSample: Int

    /// Creates a finder.
    package init(hookTarget: Double = 0.75, continueTarget: Double = 0.6, minimumSample: Int = 100) {
        self.hookTarget = hookTarget
        self.continueTarget = continueTarget
        self.minimumSample = minimumSample
    }

    /// Insights, strongest first.
    package func insights(metrics: SeriesMetrics, story: StoryLossAnalysis?) -> [Insight] {
        var found: [Insight] = []
        if metrics.starts >= minimumSample, metrics.hookRate < hookTarget {
            let worst = metrics.episodes.filter { $0.starts >= minimumSample / 4 }.sorted { $0.hookRate < $1.hookRate }.prefix(3)
            let worstText = worst.map { "ep \($0.episode) \(Self.percent($0.hookRate))" }.joined(separator: ", ")
            let strength = min(1, (hookTarget - metrics.hookRate) / hookTarget * 2)
            let finding = "only \(Self.percent(metrics.hookRate)) of starts are still watching at 3 s (target \(Self.percent(hookTarget)))"
                + (worstText.isEmpty ? "" : "; weakest: \(worstText)")
            found.append(make(
                id: "hook", finding: finding,
                evidence: [.init("starts", Double(metrics.starts)), .init("hook rate", metrics.hookRate), .init("target", hookTarget)],
                strength: strength, action: .strongerHook))
        }
        let completions = metrics.episodes.filter { $0.continueRate != nil }.reduce(0) { $0 + $1.completions }
        if let rate = metrics.continueRate, completions >= minimumSample, rate < continueTarget {
            let worst = metrics.episodes.filter { ($0.continueRate ?? 1) < rate && $0.completions >= minimumSample / 4 }
                .sorted { $0.continueRate! < $1.continueRate! }.prefix(3)
            let worstText = worst.map { "ep \($0.episode)→\($0.episode + 1) \(Self.percent($0.continueRate!))" }.joined(separator: ", ")
            let strength = min(1, (continueTarget - rate) / continueTarget * 2)
            let finding = "only \(Self.percent(rate)) of viewers who finish an episode start the next (target \(Self.percent(continueTarget)))"
                + (worstText.isEmpty ? "" : "; weakest endings: \(worstText)")
            found.append(make(
                id: "cliffhanger", finding: finding,
                evidence: [.init("completions", Double(completions)), .init("continue rate", rate), .init("target", continueTarget)],
                strength: strength, action: .strongerCliffhanger))
        }
        if let story {
            found.append(contentsOf: storyInsights(story))
        }
        return found.sorted { ($0.strength, $1.id) > ($1.strength, $0.id) }
    }

    private func storyInsights(_ story: StoryLossAnalysis) -> [Insight] {
        var found: [Insight] = []
        for group in story.groups where group.isEvidence {
            let evidence: [Insight.Evidence] = [
                .init("viewers lost", Double(group.lost)), .init("viewer-seconds", Double(group.exposure)), .init("seconds on screen", Double(group.seconds)),
                .init("episodes", Double(group.episodes)), .init("loss per viewer-second", group.lossRate),
                .init("others' loss per viewer-second", group.othersLossRate), .init("ratio", group.ratio), .init("z", group.score),
            ]
            let losesMore = group.ratio > 1
            let strength = losesMore ? min(1, (min(group.ratio, 10) - 1) / 1.5) : min(1, (1 / max(group.ratio, 0.1) - 1) / 1.5)
            let counts = "\(Self.count(group.lost, "viewer")) lost over \(Self.count(group.exposure, "viewer-second")) in \(Self.count(group.episodes, "episode")), vs \(group.othersLost) over \(group.othersExposure)"
            switch group.dimension {
            case .beat:
                // The hook opens every episode, before viewers are held, and the cliffhanger
                // closes it: their place, not their lines, sets most of their loss per second.
                // They are judged by their own rates (hook rate, continue rate) instead.
                guard losesMore, let beat = BeatKind(rawValue: group.key), !Self.placedBeats.contains(beat) else { continue }
                let comparison = bestRetaining(in: story.groups(.beat), excluding: group.key)
                let versus = comparison.map { "\(Self.times(group.lossRate / $0.lossRate)) more viewers per second than \($0.key) beats" }
                    ?? "\(Self.times(group.ratio)) more viewers per second than the rest"
                found.append(make(
                    id: "beat:\(beat.rawValue)", finding: "\(beat.rawValue) beats lose \(versus) (\(counts))", evidence: evidence, strength: strength,
                    action: .shortenBeat, beat: beat))
            case .revealPhase:
                guard losesMore, group.key == "before-reveal" else { continue }
                found.append(make(
                    id: "reveal:earlier",
                    finding: "viewers leave \(Self.times(group.ratio)) faster before an episode's first reveal than after it (\(counts))",
                    evidence: evidence, strength: strength, action: .revealEarlier))
            case .character:
                guard group.key != "none" else { continue }
                if losesMore {
                    found.append(make(
                        id: "character:\(group.key)",
                        finding: "viewers leave \(Self.times(group.ratio)) faster while \(group.key) speaks than during other moments (\(counts))",
                        evidence: evidence, strength: strength, action: .reduceCharacter, character: group.key))
                } else {
                    found.append(make(
                        id: "character:\(group.key)",
                        finding: "\(group.key) holds viewers: \(Self.times(1 / group.ratio)) fewer leave while \(group.key) speaks (\(counts))",
                        evidence: evidence, strength: strength, action: .featureCharacter, character: group.key))
                }
            case .lineLength:
                guard losesMore, let lower = Int(group.key.split(separator: "-").first.map { $0.replacingOccurrences(of: "+", with: "") } ?? ""), lower > 20
                else { continue }
                found.append(make(
                    id: "line-length:\(group.key)",
                    finding: "lines of \(group.key) characters lose \(Self.times(group.ratio)) more viewers per second than other moments (\(counts))",
                    evidence: evidence, strength: strength, action: .shortenLines, maxLineCharacters: lower - 1))
            case .location:
                guard losesMore else { continue }
                found.append(make(
                    id: "location:\(group.key)",
                    finding: "scenes at \(group.key) lose \(Self.times(group.ratio)) more viewers per second than other places (\(counts))",
                    evidence: evidence, strength: strength, action: .shortenLocation, location: group.key))
            }
        }
        return found
    }

    /// Beats whose place in every episode (first, last) decides their loss per second.
    static let placedBeats: Set<BeatKind> = [.hook, .cliffhanger]

    /// The beat group that loses fewest viewers per second among those with enough screen time.
    private func bestRetaining(in groups: [StoryLossAnalysis.Group], excluding key: String) -> StoryLossAnalysis.Group? {
        groups.filter { $0.key != key && $0.key != "none" && $0.lossRate > 0 && $0.lost >= 5 && $0.seconds >= 10 }.min { $0.lossRate < $1.lossRate }
    }

    private func make(
        id: String, finding: String, evidence: [Insight.Evidence], strength: Double, action: RevisionNote.Action, beat: BeatKind? = nil,
        character: String? = nil, location: String? = nil, maxLineCharacters: Int? = nil
    ) -> Insight {
        let clamped = min(1, max(0, strength))
        let rounded = (clamped * 100).rounded() / 100
        let severity: Insight.Severity = clamped >= 0.6 ? .high : clamped >= 0.3 ? .medium : .low
        return Insight(
            id: id, finding: finding, evidence: evidence, severity: severity, strength: rounded,
            note: RevisionNote(
                insight: id, action: action, beat: beat, character: character, location: location, maxLineCharacters: maxLineCharacters,
                strength: rounded, evidence: finding))
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.1f %%", value * 100)
    }

    static func times(_ value: Double) -> String {
        String(format: "%.1f×", value)
    }

    /// `count` and `noun`, plural unless the count is one: "1 episode", "3 episodes".
    static func count(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
