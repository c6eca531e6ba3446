package import Foundation

/// The review rules: an episode's state from its history, and which actions each state allows.
///
/// The server enforces these; the web studio only shows the buttons they allow.
package enum ReviewGate {
    /// What the gate knows about an episode.
    package struct Facts: Sendable, Hashable {
        /// SHA-256 of the rendered episode file, nil when there is none.
        package var render: String?
        /// Jobs for the episode are queued or running.
        package var rendering: Bool
        /// The history, oldest first.
        package var history: [ReviewRecord]
        /// When the release calendar releases it, if it does.
        package var releaseAt: Date?

        /// Creates the facts.
        package init(render: String?, rendering: Bool, history: [ReviewRecord], releaseAt: Date?) {
            self.render = render
            self.rendering = rendering
            self.history = history
            self.releaseAt = releaseAt
        }
    }

    /// The approval in force: an approval of the current render with no rejection or retake
    /// request after it.
    package static func validApproval(_ facts: Facts) -> ReviewRecord? {
        guard let render = facts.render else { return nil }
        for record in facts.history.reversed() {
            switch record.action {
            case .reject, .regenerate: return nil
            case .approve: return record.render == render ? record : nil
            case .render, .publish, .hold: continue
            }
        }
        return nil
    }

    /// The state at `now`.
    package static func state(_ facts: Facts, now: Date) -> EpisodeState {
        if facts.rendering { return .rendering }
        guard let render = facts.render else { return .draft }
        if let approval = validApproval(facts) {
            if facts.history.contains(where: { $0.action == .publish && $0.render == render && $0.id > approval.id }) {
                return .published
            }
            if let releaseAt = facts.releaseAt, releaseAt > now { return .scheduled }
            return .approved
        }
        let decision = facts.history.last { [.approve, .reject, .regenerate].contains($0.action) }
        if decision?.action == .reject, decision?.render == render { return .rejected }
        return .inReview
    }

    /// Checks that `action` may be taken in `state`, with `note`.
    /// - Throws: `StudioError` `conflict` when the state does not allow it, `invalidInput`
    ///   when a note is required and missing.
    package static func check(_ action: ReviewRecord.Action, in state: EpisodeState, note: String?) throws(StudioError) {
        let hasNote = !(note ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        switch action {
        case .approve:
            guard [.inReview, .rejected].contains(state) else {
                throw StudioError(code: .conflict, message: approveConflict(state))
            }
        case .reject:
            guard [.inReview, .approved, .scheduled].contains(state) else {
                throw StudioError(code: .conflict, message: "only a rendered episode in review, approved or scheduled can be rejected; this one is \(state.rawValue)")
            }
            guard hasNote else {
                throw StudioError(code: .invalidInput, message: "a rejection needs a note saying what to change", field: "note")
            }
        case .regenerate:
            guard [.inReview, .rejected, .approved, .scheduled].contains(state) else {
                throw StudioError(code: .conflict, message: "shots can be regenerated once the episode is rendered and not rendering; this one is \(state.rawValue)")
            }
            guard hasNote else {
                throw StudioError(code: .invalidInput, message: "a regeneration needs a note saying what should change", field: "note")
            }
        case .render:
            guard state != .rendering else {
                throw StudioError(code: .conflict, message: "the episode is rendering already; wait for it to finish")
            }
        case .publish:
            guard [.approved, .scheduled].contains(state) else {
                throw StudioError(code: .conflict, message: "only an approved render can be published; this episode is \(state.rawValue)")
            }
        case .hold:
            throw StudioError(code: .invalidInput, message: "holds are recorded by the compliance gate, not by hand", field: "action")
        }
    }

    static func approveConflict(_ state: EpisodeState) -> String {
        switch state {
        case .draft: "there is no render to approve yet; render the episode first"
        case .rendering: "the episode is rendering; approve it once the new render is in review"
        case .approved, .scheduled, .published: "this render is approved already"
        case .inReview, .rejected: ""
        }
    }
}
