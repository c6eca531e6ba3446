import Foundation

/// A model's season plan: a title and a one-line summary per planned episode.
///
/// ```json
/// {"episodes": [{"number": 1, "title": "The Contract", "summary": "Lin Xia signs…"}]}
/// ```
struct PlanDraft: Sendable, Hashable {
    struct Episode: Sendable, Hashable {
        var title: String
        var summary: String
    }

    var episodes: [Episode]

    static let maxTitleCharacters = 60
    static let maxSummaryCharacters = 400

    /// Checks a parsed JSON answer for a season of `count` episodes.
    static func validate(_ json: Any, count: Int) -> Result<PlanDraft, SchemaErrors> {
        var errors = SchemaErrors()
        guard let root = json as? [String: Any] else { return .failure(SchemaErrors(["$: expected a JSON object with an 'episodes' list"])) }
        guard let items = root["episodes"] as? [Any] else { return .failure(SchemaErrors(["episodes: missing; expected a list of \(count) episodes"])) }
        if items.count != count { errors.add("episodes: expected \(count) episodes, numbered 1 to \(count), found \(items.count)") }
        var draft = PlanDraft(episodes: [])
        for (index, item) in items.prefix(count).enumerated() {
            let path = "episodes[\(index)]"
            guard let episode = item as? [String: Any] else {
                errors.add("\(path): expected an object with number, title and summary")
                continue
            }
            let number = (episode["number"] as? NSNumber)?.intValue
            if number != index + 1 { errors.add("\(path).number: expected \(index + 1), found \(number.map(String.init) ?? "nothing")") }
            let title = (episode["title"] as? String).flatMap(EpisodeDraft.clean)
            let summary = (episode["summary"] as? String).flatMap(EpisodeDraft.clean)
            if title == nil { errors.add("\(path).title: missing or empty") }
            if summary == nil { errors.add("\(path).summary: missing or empty") }
            if let title, title.count > maxTitleCharacters { errors.add("\(path).title: \(title.count) characters; keep titles under \(maxTitleCharacters)") }
            if let summary, summary.count > maxSummaryCharacters {
                errors.add("\(path).summary: \(summary.count) characters; keep summaries to one sentence under \(maxSummaryCharacters)")
            }
            if let title, let summary { draft.episodes.append(Episode(title: title, summary: summary)) }
        }
        return errors.isEmpty ? .success(draft) : .failure(errors)
    }
}
