package import DramaModel
import Foundation
import Logging
import Synchronization
package import Production
import StoryEngine

/// Translates an edition's lines with an OpenAI-compatible chat model (`services.writer`),
/// episode by episode: every line with its id, speaker, delivery, scene and the time it must
/// fit, and the series' glossary of names in the prompt. The answer is JSON, checked line by
/// line — every line present once, the glossary's names as given, the length within the
/// line's time — and a repair prompt quotes every problem by line id, up to `max_repairs`
/// times. A line still missing after that is reported, never filled in or cut short; a line
/// still too long is kept and flagged.
///
/// Read `usage` afterwards and record it in the ledger (completions served from the cache
/// cost nothing and are not counted).
package struct ChatTranslator: Sendable {
    /// The id the ledger and the price book use: the writer service's.
    package let generator: GeneratorID
    let chat: ChatClient
    let meter = WriterMeter()
    let logger: Logger

    init(connection: ServiceConnection, generator: GeneratorID) {
        chat = ChatClient(connection: connection)
        self.generator = generator
        logger = connection.logger
    }

    /// What the model consumed so far, cache hits excluded.
    package var usage: Usage { meter.state.withLock { $0.usage } }

    /// One line to translate.
    package struct Line: Sendable, Hashable {
        package var id: LineID
        /// The speaker's name in the edition's language.
        package var speaker: String
        /// How it is delivered (`angry`), when the script says.
        package var emotion: String?
        /// The source words.
        package var text: String
        /// Seconds the source line takes: the translation should fit them.
        package var budgetSeconds: Double
        /// The scene it is in (its heading), for context.
        package var scene: String

        package init(id: LineID, speaker: String, emotion: String?, text: String, budgetSeconds: Double, scene: String) {
            self.id = id
            self.speaker = speaker
            self.emotion = emotion
            self.text = text
            self.budgetSeconds = budgetSeconds
            self.scene = scene
        }
    }

    /// A name and how the edition writes it (`Grace` → `格蕾丝`).
    package struct GlossaryEntry: Sendable, Hashable {
        package var source: String
        package var target: String
        package init(source: String, target: String) {
            self.source = source
            self.target = target
        }
    }

    /// What came back for one episode.
    package struct Outcome: Sendable {
        /// Translations that passed every check (or only ran long), by line.
        package var translated: [LineID: String] = [:]
        /// Lines kept although still longer than their time allows, with why.
        package var tooLong: [LineID: String] = [:]
        /// Lines the model never delivered in a usable form, with the last problem.
        package var missing: [LineID: String] = [:]
        /// Repair prompts sent.
        package var repairs = 0
    }

    /// Translates `lines` (one episode's) from `source` into `target`.
    /// - Throws: `ModelServicesError` when the model cannot be asked at all (unreachable, a
    ///   refused key, retries spent): the caller keeps what earlier episodes brought.
    package func translate(
        _ lines: [Line], episode: Int, series title: String, from source: Language, to target: Language, glossary: [GlossaryEntry]
    ) async throws(ModelServicesError) -> Outcome {
        var outcome = Outcome()
        guard !lines.isEmpty else { return outcome }
        var conversation = [
            ChatClient.Message(role: "system", content: Self.systemPrompt(from: source, to: target)),
            ChatClient.Message(role: "user", content: Self.request(lines, episode: episode, title: title, from: source, to: target, glossary: glossary)),
        ]
        var pending = Dictionary(uniqueKeysWithValues: lines.map { ($0.id, $0) })
        var lastProblems: [LineID: String] = [:]
        for attempt in 0...chat.connection.service.maxRepairs {
            let completion = try await chat.complete(conversation, json: true)
            meter.state.withLock { $0.usage = $0.usage + completion.usage }
            let checked = Self.check(completion.content, pending: pending, to: target, glossary: glossary)
            for (id, text) in checked.accepted {
                outcome.translated[id] = text
                outcome.tooLong[id] = nil
                pending[id] = nil
            }
            for (id, (text, why)) in checked.long {
                // Kept for now; a repair may bring a shorter one.
                outcome.translated[id] = text
                outcome.tooLong[id] = why
            }
            lastProblems = checked.problems
            if checked.problems.isEmpty && checked.long.isEmpty { break }
            guard attempt < chat.connection.service.maxRepairs else { break }
            outcome.repairs += 1
            logger.info("translation invalid; asking for a repair", metadata: [
                "translate.episode": "\(episode)", "translate.attempt": "\(attempt + 1)", "translate.problems": "\(checked.problems.count + checked.long.count)",
            ])
            let quoted = checked.problems.sorted { $0.key < $1.key }.map { "- \($0.key): \($0.value)" }
                + checked.long.sorted { $0.key < $1.key }.map { "- \($0.key): \($0.value.1)" }
            conversation.append(ChatClient.Message(role: "assistant", content: completion.content))
            conversation.append(ChatClient.Message(role: "user", content: """
                These lines are not right yet. Answer again with a JSON object {"lines": [{"id": …, "text": …}]} holding only these lines, fixed:
                \(quoted.prefix(40).joined(separator: "\n"))
                """))
        }
        for id in pending.keys where outcome.translated[id] == nil {
            outcome.missing[id] = lastProblems[id] ?? "not in the model's answer"
        }
        return outcome
    }

    struct Checked {
        var accepted: [LineID: String] = [:]
        var long: [LineID: (String, String)] = [:]
        var problems: [LineID: String] = [:]
    }

    /// The model's answer checked against the lines asked for.
    static func check(_ content: String, pending: [LineID: Line], to target: Language, glossary: [GlossaryEntry]) -> Checked {
        var checked = Checked()
        guard let object = ChatWriter.json(in: content) as? [String: Any], let items = object["lines"] as? [Any] else {
            for id in pending.keys { checked.problems[id] = "the answer is not a JSON object with a \"lines\" list" }
            return checked
        }
        var seen: Set<LineID> = []
        for item in items {
            guard let entry = item as? [String: Any], let rawID = entry["id"] as? String, let id = LineID(rawID), let line = pending[id] else { continue }
            guard seen.insert(id).inserted else {
                checked.problems[id] = "given twice: give each line once"
                checked.accepted[id] = nil
                continue
            }
            guard let text = (entry["text"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                checked.problems[id] = "has no text: translate the line"
                continue
            }
            let names = glossary.filter { Self.contains(line.text, $0.source) && !Self.contains(text, $0.target) }
            if !names.isEmpty {
                checked.problems[id] = names.map { "write \($0.source) as \($0.target) (the glossary)" }.joined(separator: "; ")
                continue
            }
            let seconds = SpokenLength.seconds(text, language: target)
            let limit = line.budgetSeconds * 1.35 + 0.4
            if seconds > limit {
                checked.long[id] = (text, String(format: "too long to say in %.1f s (it takes about %.1f s): say it shorter", line.budgetSeconds, seconds))
                continue
            }
            checked.accepted[id] = text
        }
        for id in pending.keys where checked.accepted[id] == nil && checked.long[id] == nil && checked.problems[id] == nil {
            checked.problems[id] = "missing: translate this line too"
        }
        return checked
    }

    static func contains(_ text: String, _ term: String) -> Bool {
        text.range(of: term, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    static func languageName(_ language: Language) -> String {
        switch language {
        case .en: "English"
        case .zh: "Simplified Chinese"
        case .es: "Spanish"
        }
    }

    static func systemPrompt(from source: Language, to target: Language) -> String {
        """
        You translate the dialogue of a vertical micro-drama from \(languageName(source)) into \(languageName(target)) for dubbing and subtitles. \
        Translate each line's meaning and tone for how people speak in \(languageName(target)), not word for word. \
        Keep every line short enough to be said in the seconds it is given. Write names exactly as the glossary gives them. \
        Answer with one JSON object: {"lines": [{"id": "<the line's id>", "text": "<the line in \(languageName(target))>"}]}, every line once, nothing else.
        """
    }

    static func request(
        _ lines: [Line], episode: Int, title: String, from source: Language, to target: Language, glossary: [GlossaryEntry]
    ) -> String {
        var out = "Series: \(title). Episode \(episode).\n"
        if !glossary.isEmpty {
            out += "Glossary (\(languageName(source)) → \(languageName(target))):\n"
            out += glossary.map { "- \($0.source) → \($0.target)" }.joined(separator: "\n") + "\n"
        }
        out += "Lines:\n"
        var scene = ""
        for line in lines {
            if line.scene != scene {
                scene = line.scene
                out += "[Scene: \(scene)]\n"
            }
            let delivery = line.emotion.map { ", \($0)" } ?? ""
            out += "\(line.id) — \(line.speaker)\(delivery), within \(String(format: "%.1f", line.budgetSeconds)) s: \(line.text)\n"
        }
        return out
    }
}
