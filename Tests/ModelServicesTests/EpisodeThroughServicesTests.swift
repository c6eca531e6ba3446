import DramaModel
import Editing
import Foundation
import Hummingbird
import Logging
import ModelServices
import Production
import SQLiteStore
import StoryEngine
import Synchronization
import TestSupport
import Testing
import Voice

/// A whole episode through the adapters: voices from an OpenAI-compatible speech API, character
/// sheets and keyframes from an OpenAI-compatible images API, clips from a Kling-style task API,
/// all real HTTP on loopback. It has the built-in episode's structure, and its cost is in the
/// ledger `cliff cost` reports from.
@Suite(.serialized) struct EpisodeThroughServicesTests {
    @Test func anEpisodeMadeByServicesHasTheBuiltInStructureAndItsCost() async throws {
        // A real clip for the video service to hand out.
        let clipURL = try temporaryDirectory("cliff-clip").appendingPathComponent("clip.mp4")
        try await MediaTools.locate().ffmpeg([
            "-f", "lavfi", "-i", "testsrc2=s=270x480:r=10:d=5", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", clipURL.path,
        ])
        let clip = try Data(contentsOf: clipURL)
        let port = Mutex(0)
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v1/audio/speech") { _, _ in Reply.bytes(Media.wav(), type: "audio/wav") }
            router.post("/v1/images/generations") { _, _ in Reply.json(["data": [["b64_json": Media.png.base64EncodedString()]]]) }
            router.post("/v1/images/edits") { _, _ in Reply.json(["data": [["b64_json": Media.png.base64EncodedString()]]]) }
            router.post("/v1/videos/image2video") { _, _ in
                Reply.json(["code": 0, "data": ["task_id": "t-\(UUID().uuidString)", "task_status": "submitted"]])
            }
            router.get("/v1/videos/image2video/:id") { _, context in
                let id = context.parameters.get("id") ?? ""
                let url = "http://127.0.0.1:\(port.withLock { $0 })/files/\(id).mp4"
                return Reply.json(["code": 0, "data": ["task_id": id, "task_status": "succeed", "task_result": ["videos": [["url": url, "duration": "5"]]]]])
            }
            router.get("/files/:name") { _, _ in Reply.bytes(clip, type: "video/mp4") }
        }
        port.withLock { $0 = server.port }
        defer { Task { await server.stop() } }

        // A one-episode project, priced for the services.
        let root = try TemporaryProject.make(prefix: "cliff-services", episodes: 1, seed: 5, targetSeconds: 20).root
        try Data("""
            prices:
              - { generator: openai.tts-1, unit: character, usd: 0.000015 }
              - { generator: openai.gpt-image-1, unit: image, usd: 0.04 }
              - { generator: kling.kling-v2-5-turbo, unit: video_second, usd: 0.05 }
            """.utf8).write(to: root.appendingPathComponent("cliff.yaml"))

        let settings = ServiceSettings(
            voice: testService(.openAISpeech, server, path: "/v1", model: "tts-1"),
            image: testService(.openAIImages, server, path: "/v1", model: "gpt-image-1"),
            video: testService(.klingVideo, server, model: "kling-v2-5-turbo"))
        let hub = ServiceHub(settings: settings, projectRoot: root)
        let voice = try #require(try hub.voice())
        var project = try ProductionProject.open(root)
        project.models = ModelGenerators(
            images: try hub.imageGenerator(), clips: try hub.clipGenerator(),
            voice: ModelVoice(generator: voice.generator) { request in
                let line = try await voice.speak(request)
                return (line.speech, line.usage)
            })

        let store = try SQLiteJobStore(path: project.databaseURL.path)
        let plan = try await project.plan(store: store, episodes: [1], deliverable: .preview)
        var runSettings = project.settings
        runSettings.workers = 2
        let run = ProductionRun(
            plan: plan, store: store, assets: project.assets, steps: project.steps, settings: runSettings, projectRoot: root,
            logger: Logger(label: "test"))
        let summary = try await run.run()
        #expect(summary.failures.isEmpty, "\(summary.failures.map(\.message))")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/ep001/preview.mp4").path))

        // The same structure as the built-in cut: the same shots, lines, scenes and beats.
        let graph = plan.graph
        #expect(graph.nodes.filter { $0.step == VoiceStep.kind }.allSatisfy { $0.generator.id == "openai.tts-1" })
        let timelineNode = try #require(graph.nodes.first { $0.step == "timeline" })
        let results = try await store.results(for: [timelineNode.key])
        let ref = try #require(results[timelineNode.key]?.outputs.first { $0.name == "timeline.json" })
        let produced = try JSONDecoder().decode(EpisodeTimeline.self, from: try project.assets.data(ref))
        let builtIn = try #require(try await ProductionProject.open(root).storyTimeline(episode: 1, store: nil)).timeline
        func outline(_ t: EpisodeTimeline) -> [String] {
            t.shots.map { "\($0.kind.rawValue) \($0.line.map(String.init) ?? "-") \($0.scene) \($0.beat?.rawValue ?? "-") \($0.subjects.map(\.character))" }
        }
        #expect(outline(produced) == outline(builtIn))

        // Its cost, from the ledger cliff cost reads.
        let ledger = try await store.ledger()
        let report = CostReport(ledger: ledger, graph: graph, finishedMinutes: [:], by: .generator)
        let byGenerator = Dictionary(report.rows.map { ($0.name, $0.total) }, uniquingKeysWith: +)
        for generator in ["openai.tts-1", "openai.gpt-image-1", "kling.kling-v2-5-turbo"] {
            #expect((byGenerator[generator] ?? .zero) > .zero, "\(generator) in \(byGenerator)")
        }
        #expect(report.total.total > .zero)
        try await hub.shutdown()
    }
}
