import DramaModel
import Foundation
import StoryEngine

/// A model's episode, parsed and checked against its plan: one entry per planned beat, in
/// order, each with lines of dialogue (a cast member of the beat, an optional emotion, the
/// words) and action.
///
/// The JSON a model answers with:
/// ```json
/// {"beats": [
///   {"kind": "hook", "lines": [
///     {"speaker": "lin-xia", "emotion": "angry", "text": "You signed it without reading?"},
///     {"action": "Gu Chen slides the contract across the desk."}]}
/// ]}
/// ```
struct EpisodeDraft: Sendable, Hashable {
    struct Beat: Sendable, Hashable {
        var kind: BeatKind
        var lines: [Line]
    }

    enum Line: Sendable, Hashable {
        case dialogue(speaker: String, text: String, emotion: Emotion?)
        case action(String)
    }

    var beats: [Beat]

    /// The longest line the schema accepts without a revision note asking for shorter ones.
    static let defaultMaxLineCharacters = 240

    /// Estimated seconds of the episode (its dialogue and the cut's share, see `SpokenLength`).
    func spokenSeconds(_ language: Language) -> Double {
        let said = beats.flatMap { beat in
            beat.lines.compactMap { line -> (text: String, reacts: Bool)? in
                guard case .dialogue(_, let text, let emotion) = line else { return nil }
                return (text, SpokenLength.reacts(beat: beat.kind, emotion: emotion))
            }
        }
        return SpokenLength.episodeSeconds(said, language: language)
    }

    /// Checks a parsed JSON answer against `plan`; every problem is a `path: what` line.
    static func validate(
        _ json: Any, plan: EpisodePlan, series: Series, maxLineCharacters: Int = defaultMaxLineCharacters
    ) -> Result<EpisodeDraft, SchemaErrors> {
        var errors = SchemaErrors()
        guard let root = json as? [String: Any] else { return .failure(SchemaErrors(["$: expected a JSON object with a 'beats' list"])) }
        guard let beats = root["beats"] as? [Any] else { return .failure(SchemaErrors(["beats: missing; expected a list of \(plan.beats.count) beats"])) }
        let planned = plan.beats
        if beats.count != planned.count {
            errors.add("beats: expected \(planned.count) beats (one per planned beat, in order: \(planned.map(\.kind.rawValue).joined(separator: ", "))), found \(beats.count)")
        }
        let checker = ScriptChecker(series: series)
        var draft = EpisodeDraft(beats: [])
        for (index, (item, plannedBeat)) in zip(beats, planned).enumerated() {
            let path = "beats[\(index)]"
            guard let beat = item as? [String: Any] else {
                errors.add("\(path): expected an object with 'kind' and 'lines'")
                continue
            }
            let kind = beat["kind"] as? String
            if kind != plannedBeat.kind.rawValue {
                errors.add("\(path).kind: expected '\(plannedBeat.kind.rawValue)' (the plan's beat \(index + 1)), found \(kind.map { "'\($0)'" } ?? "nothing")")
            }
            guard let lines = beat["lines"] as? [Any], !lines.isEmpty else {
                errors.add("\(path).lines: missing or empty; write at least one line of dialogue")
                continue
            }
            var parsed: [Line] = []
            for (lineIndex, lineItem) in lines.enumerated() {
                let linePath = "\(path).lines[\(lineIndex)]"
                guard let line = lineItem as? [String: Any] else {
                    errors.add("\(linePath): expected an object, either {speaker, text, emotion} or {action}")
                    continue
                }
                if let action = line["action"] {
                    guard let text = action as? String, let clean = clean(text) else {
                        errors.add("\(linePath).action: expected one line of text")
                        continue
                    }
                    parsed.append(.action(clean))
                    continue
                }
                guard let speaker = line["speaker"] as? String else {
                    errors.add("\(linePath).speaker: missing; use one of this beat's cast: \(plannedBeat.cast.joined(separator: ", "))")
                    continue
                }
                let id = plannedBeat.cast.contains(speaker) ? speaker : checker.characterID(forCue: speaker)
                guard let id, plannedBeat.cast.contains(id) else {
                    errors.add("\(linePath).speaker: '\(speaker)' is not in this beat; use one of: \(plannedBeat.cast.joined(separator: ", "))")
                    continue
                }
                guard let text = (line["text"] as? String).flatMap(clean) else {
                    errors.add("\(linePath).text: missing or empty; write what \(id) says")
                    continue
                }
                if text.count > maxLineCharacters {
                    errors.add("\(linePath).text: \(text.count) characters; keep lines under \(maxLineCharacters)")
                }
                var emotion: Emotion?
                if let name = line["emotion"] as? String, !name.isEmpty {
                    emotion = Emotion(rawValue: name.lowercased())
                    if emotion == nil {
                        errors.add("\(linePath).emotion: unknown '\(name)'; use one of: \(Emotion.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                }
                parsed.append(.dialogue(speaker: id, text: text, emotion: emotion))
            }
            let speakers = parsed.compactMap { if case .dialogue(let speaker, _, _) = $0 { speaker } else { nil } }
            if speakers.isEmpty {
                errors.add("\(path).lines: no dialogue; every beat needs at least one spoken line")
            }
            if plannedBeat.kind == .reveal, let teller = plannedBeat.cast.first, !speakers.contains(teller) {
                errors.add("\(path).lines: the reveal needs a line by \(teller), who tells the secret")
            }
            draft.beats.append(Beat(kind: plannedBeat.kind, lines: parsed))
        }
        if errors.isEmpty {
            let seconds = draft.spokenSeconds(series.language)
            let target = Double(series.format.targetSeconds)
            if seconds < target * 0.6 {
                errors.add("$: the dialogue runs about \(Int(seconds)) s when spoken; the target is \(Int(target)) s, so add lines (aim for \(Int(target * 0.9))–\(Int(target * 1.1)) s)")
            } else if seconds > target * 1.5 {
                errors.add("$: the dialogue runs about \(Int(seconds)) s when spoken; the target is \(Int(target)) s, so cut lines (aim for \(Int(target * 0.9))–\(Int(target * 1.1)) s)")
            }
        }
        return errors.isEmpty ? .success(draft) : .failure(errors)
    }

    /// One trimmed line without Fountain markup; nil when empty.
    static func clean(_ text: String) -> String? {
        let flat = text.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: "")
            .split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return flat.isEmpty ? nil : flat
    }
}

/// Problems with a model's answer, each `field.path: what is wrong`, for the repair prompt.
struct SchemaErrors: Error, Sendable, Hashable {
    private(set) var lines: [String]

    init(_ lines: [String] = []) { self.lines = lines }

    var isEmpty: Bool { lines.isEmpty }

    mutating func add(_ line: String) { lines.append(line) }
}
