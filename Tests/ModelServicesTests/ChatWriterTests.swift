import Basics
import DramaModel
import Foundation
import Logging
import Production
import Hummingbird
import NIOCore
import ModelServices
import Screenplay
import SQLiteStore
import StoryEngine
import Studio
import TestSupport
import Testing

@Suite("ChatWriter against an OpenAI-compatible chat server")
struct ChatWriterTests {
    static let premise = "A broke intern signs a contract marriage with a cold CEO"

    func bible() throws -> Series {
        try BeatSheetWriter().makeBible(PremiseRequest(premise: Self.premise, episodes: 30, seed: 7, targetSeconds: 40))
    }

    /// A chat server answering with `answer(requestNumber, body)`.
    func chatServer(_ answer: @escaping @Sendable (Int, [String: Any]) -> Response) async throws -> LoopbackServer {
        try await LoopbackServer.start { router, log in
            router.post("/v1/chat/completions") { request, _ in
                var request = request
                let buffer = try await request.collectBody(upTo: 64 << 20)
                let body = (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [String: Any] ?? [:]
                return answer(log.count("/v1/chat/completions"), body)
            }
        }
    }

    func writer(_ server: LoopbackServer, project: URL? = nil, fallback: Bool = false, notes: [RevisionNote] = []) throws -> (ServiceHub, ChatWriter) {
        var service = testService(.openAIChat, server, path: "/v1")
        service.fallbackToBuiltIn = fallback
        service.maxConcurrent = 3
        let hub = ServiceHub(settings: ServiceSettings(writer: service), projectRoot: project)
        return (hub, try #require(try hub.writer(notes: notes)))
    }

    /// Elements that give a script its structure: headings, cues, beat and continuity notes.
    func structure(_ text: String) -> [String] {
        FountainParser.parse(text).elements.compactMap { element in
            switch element {
            case .sceneHeading(let heading): "heading \(heading.text)"
            case .note(let note): "note \(note)"
            case .transition(let text, _): "transition \(text)"
            case .centered(let text): "centered \(text)"
            default: nil
            }
        }
    }

    @Test func aSeasonWrittenByTheModelHasTheBuiltInStructureAndPassesTheChecker() async throws {
        let series = try bible()
        let server = try await chatServer { _, body in Reply.json(ScriptedChatModel.completion(ScriptedChatModel.answer(body))) }
        let (hub, writer) = try writer(server, project: temporaryProject())
        let plan = try await writer.planSeason(series)
        #expect(plan.episodes.count == 30)
        #expect(plan.episodes[0].title == "Model Title 1")
        let scripts = try await writer.writeSeason(series, plan: plan)
        #expect(scripts.count == 30)

        let diagnostics = ScriptChecker(series: series).check(scripts.map { ($0.number, EpisodeScript.fileName($0.number), $0.text) })
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.prefix(3))")
        #expect(diagnostics.filter { $0.message.contains("parenthetical") }.isEmpty, "every emotion reads back")

        let builtIn = try BeatSheetWriter().writeSeason(series, plan: try BeatSheetWriter().planSeason(series))
        for (model, reference) in zip(scripts, builtIn) {
            #expect(structure(model.text) == structure(reference.text), "episode \(model.number)")
            #expect(model.estimatedSeconds > 20)
        }
        #expect(scripts[0].text.contains("Title: Model Title 1") || scripts[0].text.contains("Episode Title: Model Title 1"))
        #expect(writer.usage[.inputToken] == 31 * 100 && writer.usage[.outputToken] == 31 * 50 && writer.usage[.request] == 31)
        #expect(writer.fallbackEpisodes.isEmpty)

        let prompt = try #require(server.log.requests.last { ($0.json?["messages"] as? [[String: String]])?.last?["content"]?.contains("EPISODE 30") == true })
        let content = (prompt.json?["messages"] as? [[String: String]])?.last?["content"] ?? ""
        #expect(content.contains("CONTINUITY AT THE START OF THIS EPISODE"))
        #expect(content.contains("PREVIOUSLY:"))
        #expect((prompt.json?["response_format"] as? [String: String])?["type"] == "json_object")
        try await hub.shutdown()
        await server.stop()
    }

    @Test func invalidOutputGetsARepairPromptQuotingFieldPaths() async throws {
        let series = try bible()
        let server = try await chatServer { number, body in
            let messages = body["messages"] as? [[String: String]] ?? []
            // The first answer to episode 1 breaks the schema: wrong kind, unknown speaker.
            if number == 1, messages.count == 2 {
                var broken = ScriptedChatModel.episode(messages[1]["content"] ?? "")
                broken = broken.replacingOccurrences(of: "\"kind\":\"hook\"", with: "\"kind\":\"opening\"")
                return Reply.json(ScriptedChatModel.completion("Sure! Here it is:\n```json\n\(broken)\n```"))
            }
            return Reply.json(ScriptedChatModel.completion(ScriptedChatModel.answer(body)))
        }
        let (hub, writer) = try writer(server)
        var plan = try BeatSheetWriter().planSeason(series)
        plan.episodes = [plan.episodes[0]]
        let scripts = try await writer.writeSeason(series, plan: plan)
        #expect(scripts.count == 1)
        let requests = server.log.requests
        try #require(requests.count == 2)
        let repair = (requests[1].json?["messages"] as? [[String: String]]) ?? []
        try #require(repair.count == 4)
        #expect(repair[2]["role"] == "assistant")
        #expect(repair[3]["content"]?.contains("beats[0].kind: expected 'hook'") == true)
        #expect(scripts[0].text.contains("[[beat: hook]]"))
        try await hub.shutdown()
        await server.stop()
    }

    @Test func malformedOutputExhaustsRepairsThenFallsBackOrFails() async throws {
        let series = try bible()
        let server = try await chatServer { _, _ in Reply.json(ScriptedChatModel.completion("I cannot write JSON today.")) }
        var plan = try BeatSheetWriter().planSeason(series)
        plan.episodes = Array(plan.episodes.prefix(2))

        let (strictHub, strict) = try writer(server)
        let error = await #expect(throws: StoryEngineError.self) { try await strict.writeSeason(series, plan: plan) }
        let underlying = error?.underlying as? ModelServicesError
        #expect(underlying?.code == .invalidOutput)
        #expect(underlying?.message.contains("$: not a JSON object") == true)
        try await strictHub.shutdown()

        let (hub, lenient) = try writer(server, fallback: true)
        let scripts = try await lenient.writeSeason(series, plan: plan)
        let builtIn = try BeatSheetWriter().writeSeason(series, plan: plan)
        #expect(scripts.map(\.text) == builtIn.map(\.text))
        #expect(lenient.fallbackEpisodes == [1, 2])
        _ = try await lenient.planSeason(series)
        #expect(lenient.fallbackEpisodes == [0, 1, 2])
        try await hub.shutdown()
        await server.stop()
    }

    @Test func aRepeatedRequestIsServedFromTheCacheAndCostsNothing() async throws {
        let series = try bible()
        let project = temporaryProject()
        let server = try await chatServer { _, body in Reply.json(ScriptedChatModel.completion(ScriptedChatModel.answer(body))) }
        var plan = try BeatSheetWriter().planSeason(series)
        plan.episodes = Array(plan.episodes.prefix(3))
        let (firstHub, first) = try writer(server, project: project)
        let once = try await first.writeSeason(series, plan: plan)
        #expect(server.log.requests.count == 3)
        #expect(first.usage[.outputToken] == 150)
        try await firstHub.shutdown()

        let (hub, again) = try writer(server, project: project)
        let twice = try await again.writeSeason(series, plan: plan)
        #expect(twice.map(\.text) == once.map(\.text))
        #expect(server.log.requests.count == 3, "nothing is asked twice")
        #expect(again.usage.isEmpty)
        try await hub.shutdown()
        await server.stop()
    }

    @Test func revisionNotesGoIntoThePromptAndShortenLines() async throws {
        let series = try bible()
        let server = try await chatServer { _, body in Reply.json(ScriptedChatModel.completion(ScriptedChatModel.answer(body))) }
        let notes = [
            RevisionNote(insight: "beat:exposition", action: .shortenBeat, beat: .exposition, strength: 0.6, evidence: "exposition beats lose 2.3× more viewers"),
            RevisionNote(insight: "lines:long", action: .shortenLines, maxLineCharacters: 20, strength: 1, evidence: "long lines lose viewers"),
        ]
        let (hub, writer) = try writer(server, notes: notes)
        var plan = try BeatSheetWriter().planSeason(series)
        plan.episodes = [plan.episodes[0]]
        // The scripted model writes lines longer than 20 characters: every answer is invalid.
        let error = await #expect(throws: StoryEngineError.self) { try await writer.writeSeason(series, plan: plan) }
        #expect(error?.message.contains("keep lines under 20") == true)
        let content = (server.log.requests[0].json?["messages"] as? [[String: String]])?.last?["content"] ?? ""
        #expect(content.contains("NOTES FROM THE AUDIENCE"))
        #expect(content.contains("shorten exposition beats"))
        #expect(content.contains("exposition beats lose 2.3× more viewers"))
        #expect(server.log.requests.count == 3, "one try and two repairs")
        try await hub.shutdown()
        await server.stop()
    }

    @Test func anExperimentsVariantIsTheEpisodeWrittenAgainByTheModelWithTheInstructionAndOnlyThatEpisodeIsAskedFor() async throws {
        let project = try TemporaryProject.make(named: "demo", prefix: "cliff-model-variants", episodes: 3, seed: 7, targetSeconds: 40)
        let server = try await chatServer { _, body in Reply.json(ScriptedChatModel.completion(ScriptedChatModel.answer(body))) }
        let (hub, writer) = try writer(server)
        // The season as the model wrote it (cliff write with services.writer).
        let series = project.series
        let season = try await writer.writeSeason(series, plan: try await writer.planSeason(series))
        _ = try SeriesProject(root: project.root).writeEpisodes(season, force: true)
        let before = server.log.requests.count

        let made = try await ExperimentDesk.create(
            project: SeriesProject(root: project.root), ExperimentRequest(episode: 2, kind: "cold-open"), actor: "mei", rewriter: writer)
        #expect(made.experiment.variants.map(\.name) == ["A", "B"])
        #expect(made.experiment.variants[1].instruction == "stronger-hook")
        let path = try #require(made.experiment.variants[1].script)
        let variant = try String(contentsOf: project.root.appendingPathComponent(path), encoding: .utf8)
        let episode = try String(contentsOf: SeriesProject(root: project.root).episodeURL(2), encoding: .utf8)
        #expect(variant.contains("Enough lies. Who sent you here tonight?"), "the model followed the instruction")
        #expect(!episode.contains("Enough lies."), "the episode is left as written")
        // Asked for: the season plan, then episode 2 alone, with the instruction among the notes.
        let asked = server.log.requests[before...].compactMap { ($0.json?["messages"] as? [[String: String]])?.last?["content"] }
        let episodes = asked.filter { !$0.contains("Give every one of the") }
        #expect(!episodes.isEmpty)
        for prompt in episodes {
            #expect(prompt.contains("open on open conflict in the first line"), "the instruction is in the prompt")
            #expect(prompt.contains("experiment ep002-hook, variant B"))
            let current = prompt.components(separatedBy: "THIS EPISODE:").last ?? ""
            #expect(current.contains("\nEPISODE 2\n") || current.contains("\nEPISODE 2 ("), "only episode 2 is asked for")
        }
        #expect(!writer.usage.isEmpty, "what the model used is counted for the ledger")
        try await hub.shutdown()
        await server.stop()
    }

    @Test func theStudioHasTheSeriesModelWriterWriteAVariantAndRecordsWhatItUsedInTheLedger() async throws {
        let server = try await chatServer { _, body in Reply.json(ScriptedChatModel.completion(ScriptedChatModel.answer(body))) }
        let project = try TemporaryProject.make(
            named: "demo", prefix: "cliff-model-studio", episodes: 3, seed: 7, targetSeconds: 40,
            settings: "services:\n  writer:\n    kind: openai-chat\n    endpoint: \(server.endpoint.absoluteString)/v1\n    model: test-model\n")
        let files = SeriesProject(root: project.root)
        let (hub, writer) = try writer(server)
        let season = try await writer.writeSeason(project.series, plan: try await writer.planSeason(project.series))
        _ = try SeriesProject(root: project.root).writeEpisodes(season, force: true)
        try await hub.shutdown()

        let studio = try await Studio(root: project.root, bcryptCost: 4, logger: Logger(label: "model-variants"))
        // Without a price for the model's tokens nothing is asked for and nothing is written.
        let asked = server.log.requests.count
        let unpriced = await #expect(throws: StudioError.self) {
            try await studio.makeExperiment("demo", ExperimentRequest(episode: 1, kind: "cold-open"), by: StudioUser(name: "paul", role: .producer))
        }
        #expect(unpriced?.message.contains("no price for input_token of generator 'chat.test-model'") == true, "\(unpriced?.message ?? "")")
        #expect(unpriced?.message.contains("output_token") == true, "every missing price at once")
        #expect(server.log.requests.count == asked, "the model was not asked")
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("experiments").path))
        let yaml = "prices:\n  - { generator: \"chat.test-model\", unit: input_token, usd: 0.000001 }\n  - { generator: \"chat.test-model\", unit: output_token, usd: 0.000002 }\n"
        try (String(contentsOf: files.root.appendingPathComponent("cliff.yaml"), encoding: .utf8) + yaml).write(
            to: files.root.appendingPathComponent("cliff.yaml"), atomically: true, encoding: .utf8)
        let refused = await #expect(throws: StudioError.self) {
            try await studio.makeExperiment("demo", ExperimentRequest(episode: 1, kind: "cold-open"), by: StudioUser(name: "mei", role: .reviewer))
        }
        #expect(refused?.code == .forbidden)
        let made = try await studio.makeExperiment("demo", ExperimentRequest(episode: 1, kind: "cold-open"), by: StudioUser(name: "paul", role: .producer))
        let path = try #require(made.experiment.variants.last?.script)
        #expect(try String(contentsOf: project.root.appendingPathComponent(path), encoding: .utf8).contains("Enough lies. Who sent you here tonight?"))
        let ledger = try await SQLiteJobStore(path: ProjectLayout(root: project.root).database.path, readOnly: true).ledger()
        #expect(ledger.contains { $0.generator == "chat.test-model" && $0.step == "write" && $0.cost > .zero }, "\(ledger.map(\.generator))")
        await server.stop()
    }
}
