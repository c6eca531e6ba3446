package import Foundation
import Production

/// A reviewer's comment pinned to a moment of an episode's render, the way a review tool pins
/// notes to a time code. Open comments become the note of the next reject or regenerate that
/// names them; after that they record which decision they went into.
package struct TimedComment: Sendable, Hashable, Codable {
    /// Order of the comment.
    package var id: Int64
    /// The series.
    package var series: String
    /// The episode.
    package var episode: Int
    /// SHA-256 of the render the comment was made on.
    package var render: String?
    /// Where in the episode, in seconds from its start.
    package var second: Double
    /// What the reviewer said.
    package var text: String
    /// Who said it.
    package var author: String
    /// When, seconds since 1970.
    package var at: Double
    /// The review record (reject or regenerate) whose note it became; nil while open.
    package var review: Int64?

    /// `m:ss` of `second` (`1:05`), as the page, the markers and the notes write it.
    package var timeCode: String { Self.timeCode(second) }

    /// `m:ss` of a time in seconds.
    package static func timeCode(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.rounded(.down)))
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }

    /// The longest comment accepted, in characters.
    package static let maximumLength = 2000
}

extension Studio {
    /// Every comment on episode `number` of series `id`, in time order (then by age).
    /// - Throws: `StudioError` (`notFound`, `storeFailed`).
    package func comments(_ id: String, _ number: Int) async throws(StudioError) -> [TimedComment] {
        _ = try catalog.project(id)
        return try await database.read { db in
            try await db.rows(
                "SELECT id, series, episode, render, second, text, author, at, review FROM studio_comments WHERE series = ? AND episode = ? ORDER BY second, id",
                [.text(id), .int(number)]
            ).map(Self.comment)
        }
    }

    /// Pins `text` to `second` of the current render of episode `number` (any role).
    ///
    /// Every problem is reported at once: an empty or over-long text, a time outside the
    /// episode, an episode with no render to comment on.
    /// - Throws: `StudioError` (`invalidInput` with the field, `notFound`, `conflict`).
    @discardableResult
    package func addComment(_ id: String, _ number: Int, second: Double, text: String, by user: StudioUser, now: Date = Date()) async throws(StudioError) -> TimedComment {
        let detail = try await episode(id, number, now: now)
        guard let render = detail.render, let duration = detail.duration else {
            throw StudioError(code: .conflict, message: "episode \(number) has no render to comment on yet; render it first")
        }
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [(field: String, message: String)] = []
        if text.isEmpty {
            problems.append(("text", "the comment is empty: say what should change at this moment"))
        } else if text.count > TimedComment.maximumLength {
            problems.append(("text", "the comment has \(text.count) characters; keep it under \(TimedComment.maximumLength)"))
        }
        if !second.isFinite || second < 0 || second > duration + 0.05 {
            problems.append((
                "second",
                "\(second.isFinite ? String(format: "%.1f", second) : "\(second)") s is outside the episode, which runs 0–\(String(format: "%.1f", duration)) s"))
        }
        if let first = problems.first {
            throw StudioError(code: .invalidInput, message: problems.map { "\($0.field): \($0.message)" }.joined(separator: "; "), field: first.field)
        }
        let at = now.timeIntervalSince1970
        let clamped = min(second, duration)
        let row = try await database.write { db -> Int64 in
            try await db.value(
                "INSERT INTO studio_comments (series, episode, render, second, text, author, at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [.text(id), .int(number), .text(render), .real(clamped), .text(text), .text(user.name), .real(at)]
            ).int64 ?? 0
        }
        return TimedComment(id: row, series: id, episode: number, render: render, second: clamped, text: text, author: user.name, at: at, review: nil)
    }

    /// Removes an open comment: its author's own, or any as an admin. A comment that became
    /// a decision's note stays, as part of the episode's history.
    /// - Throws: `StudioError` (`notFound`, `forbidden`, `conflict`).
    package func removeComment(_ id: String, _ number: Int, comment: Int64, by user: StudioUser) async throws(StudioError) {
        guard let found = try await comments(id, number).first(where: { $0.id == comment }) else {
            throw StudioError(code: .notFound, message: "episode \(number) of '\(id)' has no comment \(comment)")
        }
        guard found.author == user.name || user.role >= .admin else {
            throw StudioError(code: .forbidden, message: "the comment is \(found.author)'s; only its author or an admin can remove it")
        }
        guard found.review == nil else {
            throw StudioError(code: .conflict, message: "the comment is the note of a decision in the episode's history and stays with it")
        }
        try await database.write { db in try await db.execute("DELETE FROM studio_comments WHERE id = ?", [.integer(comment)]) }
    }

    /// The open comments `ids` of episode `number`, checked: each must exist on this episode
    /// and not be part of an earlier decision.
    func openComments(_ id: String, _ number: Int, _ ids: [Int64]) async throws(StudioError) -> [TimedComment] {
        guard !ids.isEmpty else { return [] }
        let all = try await comments(id, number)
        var chosen: [TimedComment] = []
        var problems: [String] = []
        var field: String?
        for (index, wanted) in ids.enumerated() {
            if let comment = all.first(where: { $0.id == wanted }) {
                if comment.review != nil {
                    problems.append("comments[\(index)]: comment \(wanted) is already the note of an earlier decision")
                    field = field ?? "comments[\(index)]"
                } else if !chosen.contains(comment) {
                    chosen.append(comment)
                }
            } else {
                problems.append("comments[\(index)]: episode \(number) has no comment \(wanted)")
                field = field ?? "comments[\(index)]"
            }
        }
        if !problems.isEmpty { throw StudioError(code: .invalidInput, message: problems.joined(separator: "; "), field: field) }
        return chosen.sorted { ($0.second, $0.id) < ($1.second, $1.id) }
    }

    /// The note of a decision: the reviewer's own words, then each comment as `m:ss — text`.
    static func note(_ note: String?, with comments: [TimedComment]) -> String? {
        let own = (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !comments.isEmpty else { return note }
        let lines = comments.map { "\($0.timeCode) — \($0.text)" + ($0.author.isEmpty ? "" : " (\($0.author))") }
        return ([own].filter { !$0.isEmpty } + lines).joined(separator: "\n")
    }

    /// Marks `comments` as the note of review record `review`.
    func close(_ comments: [TimedComment], into review: Int64) async throws(StudioError) {
        guard !comments.isEmpty else { return }
        let ids = comments.map(\.id)
        try await database.write { db in
            for id in ids { try await db.execute("UPDATE studio_comments SET review = ? WHERE id = ?", [.integer(review), .integer(id)]) }
        }
    }

    private static func comment(_ row: SQLRow) -> TimedComment {
        TimedComment(
            id: row["id"].int64 ?? 0, series: row.string("series"), episode: row.int("episode"), render: row["render"].string,
            second: row.double("second"), text: row.string("text"), author: row.string("author"), at: row.double("at"),
            review: row["review"].int64)
    }
}
