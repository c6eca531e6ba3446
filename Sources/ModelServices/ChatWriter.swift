package import DramaModel
import Foundation
import Logging
package import Production
import Screenplay
package import StoryEngine
import Synchronization

/// A `Writer` backed by an OpenAI-compatible chat model (OpenAI, Ollama, llama.cpp's server,
/// vLLM), made by `ServiceHub.writer(notes:)`.
///
/// - The bible is the built-in `BeatSheetWriter`'s: cast, looks and places the procedural
///   artist draws need stay well-formed.
/// - The season's structure (beats, who plays them, reveals, exits, returns) is the built-in
///   planner's, so continuity holds by construction; the model names and summarises every
///   episode (JSON, checked against a schema).
/// - Each episode's lines come from the model as JSON checked against its plan (beats in
///   order, speakers from each beat's cast, emotions, length); an invalid answer gets a repair
///   prompt quoting every problem by field path, up to `max_repairs` times. The continuity
///   ledger at the episode's start and the audience's `RevisionNote`s are in the prompt.
/// - The Fountain has the built-in writer's structure, so `ScriptChecker` and the production
///   line read it alike.
/// - With `fallback: builtin`, an episode (or the plan) the model cannot deliver is written by
///   the built-in writer instead, and listed in `fallbackEpisodes`.
///
/// Read `usage` after writing and record it in the ledger: tokens of completions served from
/// the content-key cache are not counted again.
package struct ChatWriter: Writer {
    /// `chat` plus the model: recorded with what it writes.
    package let id: String
    package let version = "1"
    /// The id the ledger and the price book use (`services.writer.generator`, else `chat.<model>`).
    package let generator: GeneratorID

    let chat: ChatClient
    var notes: [RevisionNote]
    let meter: WriterMeter
    let logger: Logger

    init(connection: ServiceConnection, generator: GeneratorID, notes: [RevisionNote]) {
        chat = ChatClient(connection: connection)
        id = "chat:\(connection.service.model)"
        self.generator = generator
        self.notes = notes
        meter = WriterMeter()
        logger = connection.logger
    }

    /// What the model consumed so far (input and output tokens, requests), cache hits excluded.
    package var usage: Usage { meter.state.withLock { $0.usage } }

    /// Episodes the built-in writer wrote because the model failed (0 stands for the plan's
    /// titles and summaries).
    package var fallbackEpisodes: [Int] { meter.state.withLock { $0.fallbacks.sorted() } }

    /// The built-in writer's bible for the premise.
    package func makeBible(_ request: PremiseRequest) async throws(StoryEngineError) -> Series {
        try BeatSheetWriter().makeBible(request)
    }

    /// The built-in planner's structure, titled and summarised by the model.
    package func planSeason(_ series: Series) async throws(StoryEngineError) -> SeasonPlan {
        var plan = try BeatSheetWriter().planSeason(Self.builtIn(series))
        let messages = [
            ChatClient.Message(role: "system", content: WriterPrompts.system(series)),
            ChatClient.Message(role: "user", content: WriterPrompts.planRequest(series, plan: plan, notes: notes)),
        ]
        let count = plan.episodes.count
        switch await ask(messages, what: "the season plan", validate: { PlanDraft.validate($0, count: count) }) {
        case .success(let draft):
            for (index, episode) in draft.episodes.enumerated() {
                plan.episodes[index].title = episode.title
                plan.episodes[index].summary = episode.summary
            }
        case .failure(let error):
            guard chat.connection.service.fallbackToBuiltIn else { throw Self.storyError(error) }
            logger.warning("writer model failed; the built-in planner's titles stand", metadata: ["service.error": "\(error.code)"])
            meter.state.withLock { _ = $0.fallbacks.insert(0) }
        }
        return plan
    }

    /// Every episode of `plan`, written by the model (up to `max_concurrent` at once).
    package func writeSeason(_ series: Series, plan: SeasonPlan) async throws(StoryEngineError) -> [EpisodeScript] {
        try await writeEpisodes(series, plan: plan, only: nil)
    }

    /// The episodes of `plan` numbered in `only` (all when nil), in order, each written by the
    /// model with the continuity ledger at its start.
    func writeEpisodes(_ series: Series, plan: SeasonPlan, only: Set<Int>?) async throws(StoryEngineError) -> [EpisodeScript] {
        guard !plan.episodes.isEmpty else { return [] }
        let builtIn = Self.builtIn(series)
        var first = plan
        first.episodes = [plan.episodes[0]]
        let template = try BeatSheetWriter().writeSeason(builtIn, plan: first)[0]

        // The ledger at each episode's start depends only on the plan's events.
        var ledger = ContinuityLedger(series: series)
        var jobs: [(plan: EpisodePlan, ledger: ContinuityLedger, previous: [EpisodePlan])] = []
        for (index, episode) in plan.episodes.enumerated() {
            for event in episode.openingEvents { ledger.apply(event, episode: episode.number) }
            if only?.contains(episode.number) ?? true { jobs.append((episode, ledger, Array(plan.episodes[max(0, index - 3)..<index]))) }
            for beat in episode.beats where beat.kind == .reveal {
                if let secret = beat.secret, beat.cast.count > 1 {
                    ledger.apply(.reveal(secret: secret, to: beat.cast[1]), episode: episode.number, present: beat.cast)
                }
            }
            for event in episode.closingEvents { ledger.apply(event, episode: episode.number) }
        }

        let width = max(1, chat.connection.service.maxConcurrent)
        var drafts = [Result<EpisodeDraft, ModelServicesError>?](repeating: nil, count: jobs.count)
        await withTaskGroup(of: (Int, Result<EpisodeDraft, ModelServicesError>).self) { group in
            var next = 0
            func start() {
                guard next < jobs.count else { return }
                let index = next
                let job = jobs[index]
                next += 1
                group.addTask { (index, await self.writeEpisode(series, job.plan, ledger: job.ledger, previous: job.previous)) }
            }
            for _ in 0..<width { start() }
            for await (index, result) in group {
                drafts[index] = result
                start()
            }
        }

        let assembler = ScriptAssembler(series: series, credit: "\(chat.connection.service.model) (\(chat.connection.service.kind.rawValue))")
        var builtInScripts: [EpisodeScript]?
        var scripts: [EpisodeScript] = []
        for (index, job) in jobs.enumerated() {
            switch drafts[index] {
            case .success(let draft):
                var script = template
                script.plan = job.plan
                script.document = assembler.assemble(job.plan, draft: draft, injuriesAtStart: job.ledger.injuries)
                script.text = FountainWriter.write(script.document)
                script.estimatedSeconds = draft.spokenSeconds(series.language)
                scripts.append(script)
            case .failure(let error):
                guard chat.connection.service.fallbackToBuiltIn else { throw Self.storyError(error) }
                logger.warning(
                    "writer model failed; the built-in writer wrote the episode",
                    metadata: ["episode": "\(job.plan.number)", "service.error": "\(error.code)"])
                if builtInScripts == nil { builtInScripts = try BeatSheetWriter().writeSeason(builtIn, plan: plan) }
                guard let written = builtInScripts?.first(where: { $0.number == job.plan.number }) else {
                    throw StoryEngineError(code: .invalidRequest, message: "episode \(job.plan.number) was not written")
                }
                scripts.append(written)
                meter.state.withLock { _ = $0.fallbacks.insert(job.plan.number) }
            case nil:
                throw StoryEngineError(code: .invalidRequest, message: "episode \(job.plan.number) was not written")
            }
        }
        return scripts
    }

    func writeEpisode(_ series: Series, _ plan: EpisodePlan, ledger: ContinuityLedger, previous: [EpisodePlan]) async -> Result<EpisodeDraft, ModelServicesError> {
        let maxLine = notes.filter { $0.action == .shortenLines }.compactMap(\.maxLineCharacters).min() ?? EpisodeDraft.defaultMaxLineCharacters
        let messages = [
            ChatClient.Message(role: "system", content: WriterPrompts.system(series)),
            ChatClient.Message(
                role: "user",
                content: WriterPrompts.episodeRequest(series, plan: plan, previous: previous, ledger: ledger, notes: notes, maxLineCharacters: maxLine)),
        ]
        return await ask(messages, what: "episode \(plan.number)") { EpisodeDraft.validate($0, plan: plan, series: series, maxLineCharacters: maxLine) }
    }

    /// Asks for JSON until it validates, sending a repair prompt that quotes every problem.
    func ask<Value>(
        _ messages: [ChatClient.Message], what: String, validate: (Any) -> Result<Value, SchemaErrors>
    ) async -> Result<Value, ModelServicesError> {
        var conversation = messages
        var lastErrors = SchemaErrors()
        for attempt in 0...chat.connection.service.maxRepairs {
            let completion: ChatClient.Completion
            do throws(ModelServicesError) {
                completion = try await chat.complete(conversation, json: true)
            } catch {
                return .failure(error)
            }
            meter.state.withLock { $0.usage = $0.usage + completion.usage }
            let result: Result<Value, SchemaErrors>
            if let json = Self.json(in: completion.content) {
                result = validate(json)
            } else {
                result = .failure(SchemaErrors(["$: not a JSON object: \(completion.content.prefix(120))"]))
            }
            switch result {
            case .success(let value):
                return .success(value)
            case .failure(let errors):
                lastErrors = errors
                logger.info("writer answer invalid; asking for a repair", metadata: ["writer.what": "\(what)", "writer.attempt": "\(attempt + 1)", "writer.errors": "\(errors.lines.count)"])
                conversation.append(ChatClient.Message(role: "assistant", content: completion.content))
                conversation.append(ChatClient.Message(role: "user", content: WriterPrompts.repair(errors)))
            }
        }
        let shown = lastErrors.lines.prefix(8).joined(separator: "; ")
        return .failure(ModelServicesError(
            code: .invalidOutput,
            message: "\(chat.connection.name): \(what) still does not fit the schema after \(chat.connection.service.maxRepairs) repair prompt\(chat.connection.service.maxRepairs == 1 ? "" : "s"): \(shown); use a stronger model, raise max_repairs, or set fallback: builtin"))
    }

    /// The JSON object in a model's answer, Markdown fences and chatter around it ignored.
    static func json(in content: String) -> Any? {
        guard let start = content.firstIndex(of: "{"), let end = content.lastIndex(of: "}"), start < end else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(content[start...end].utf8))
    }

    /// The series as the built-in writer accepts it.
    static func builtIn(_ series: Series) -> Series {
        var copy = series
        copy.writer.engine = WriterSettings.beatSheet
        return copy
    }

    static func storyError(_ error: ModelServicesError) -> StoryEngineError {
        StoryEngineError(code: .invalidRequest, message: error.message, underlying: error)
    }
}

/// What a `ChatWriter` has consumed and where it fell back, shared by its copies.
final class WriterMeter: Sendable {
    struct State {
        var usage = Usage()
        var fallbacks: Set<Int> = []
    }

    /// Guarded by the mutex: the writer's tasks add to it concurrently.
    let state = Mutex(State())
}

extension ChatWriter: EpisodeRewriter {
    /// Episode `number` written again by the model, with `extra` among the notes in its prompt:
    /// the season plan is this writer's (its own notes, so a plan asked for before comes from
    /// the cache), and only that episode is asked for.
    package func rewriteEpisode(_ number: Int, of series: Series, notes extra: [RevisionNote]) async throws(StoryEngineError) -> EpisodeScript {
        let plan = try await planSeason(series)
        guard plan.episodes.contains(where: { $0.number == number }) else {
            throw StoryEngineError(code: .invalidRequest, message: "episode \(number) is not in the season plan (\(plan.episodes.count) episodes)")
        }
        var writer = self
        writer.notes = notes + extra
        guard let script = try await writer.writeEpisodes(series, plan: plan, only: [number]).first else {
            throw StoryEngineError(code: .invalidRequest, message: "episode \(number) was not written")
        }
        return script
    }
}
