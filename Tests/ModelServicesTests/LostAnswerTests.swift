import DramaModel
import Foundation
import Hummingbird
import ModelServices
import Production
import Synchronization
import TestSupport
import Testing
import Voice

/// A create whose answer is lost after the service received it — the client's timeout fires
/// while the service is still holding the request — is never paid for twice: the adapter asks
/// the service where its protocol allows, and otherwise fails the job saying a charge may have
/// happened. The stand-ins hold their first create until the test ends, so the client's timeout
/// always fires first however busy the machine is; no count here depends on timing.
@Suite("Lost answers to billable requests")
struct LostAnswerTests {
    /// Holds a request until the test lets go (at its end), so the client gives up first.
    final class Hold: Sendable {
        private let released = Mutex(false)
        func wait() async throws { try await waitUntil("the test to release the held request", deadline: .seconds(900)) { released.withLock { $0 } } }
        func release() { released.withLock { $0 = true } }
    }

    /// Settings for `server` whose request timeout is short enough that a held create times out
    /// soon, yet long enough that the lookups and polls a busy machine answers slowly do not.
    func impatient(_ kind: ServiceSettings.Kind, _ server: LoopbackServer, path: String = "", model: String) -> ServiceSettings.Service {
        var service = testService(kind, server, path: path, model: model)
        service.timeout = .seconds(10)
        service.maxPolls = 1000
        return service
    }

    /// A Kling-style task service that records every task by its `external_task_id`, holds the
    /// first create without answering, and refuses an external id twice, as Kling does.
    func klingServer(hold: Hold) async throws -> LoopbackServer {
        let tasks = Mutex<[String: String]>([:])  // external id → task id
        let port = Mutex(0)
        let server = try await LoopbackServer.start { router, log in
            router.post("/v1/videos/image2video") { request, context in
                let body = try await request.body.collect(upTo: 1 << 24)
                let object = (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
                let external = object["external_task_id"] as? String ?? ""
                let (id, duplicate) = tasks.withLock { tasks -> (String, Bool) in
                    if let id = tasks[external] { return (id, true) }
                    let id = "t-\(tasks.count + 1)"
                    tasks[external] = id
                    return (id, false)
                }
                if duplicate { return Reply.json(["code": 1201, "message": "external_task_id already exists"], status: .badRequest) }
                if log.count("/v1/videos/image2video") == 1 { try await hold.wait() }
                return Reply.json(["code": 0, "message": "SUCCEED", "data": ["task_id": id, "task_status": "submitted"]])
            }
            router.get("/v1/videos/image2video/:id") { _, context in
                let asked = context.parameters.get("id") ?? ""
                let id = tasks.withLock { tasks in tasks[asked] ?? (tasks.values.contains(asked) ? asked : nil) }
                guard let id else { return Reply.json(["code": 1203, "message": "task not found"], status: .notFound) }
                let url = "http://127.0.0.1:\(port.withLock { $0 })/files/\(id).mp4"
                return Reply.json(["code": 0, "data": [
                    "task_id": id, "task_status": "succeed", "task_result": ["videos": [["id": "v-1", "url": url, "duration": "5"]]],
                ]])
            }
            router.get("/files/:name") { _, _ in Reply.bytes(Media.mp4, type: "video/mp4") }
        }
        port.withLock { $0 = server.port }
        return server
    }

    @Test func aClipTaskWhoseCreateAnswerIsLostIsFoundByItsExternalIdAndMadeOnce() async throws {
        let hold = Hold()
        let server = try await klingServer(hold: hold)
        let project = temporaryProject()
        let hub = ServiceHub(settings: ServiceSettings(video: impatient(.klingVideo, server, model: "kling-v2-5-turbo")), projectRoot: project)
        let generator = try #require(try hub.clipGenerator())
        let clip = try await generator.animate(ClipRequest(image: Media.png, prompt: "she turns", seconds: 5, seed: 1))
        #expect(clip.mp4 == Media.mp4)
        #expect(clip.usage[.request] == 1)
        #expect(server.log.count("/v1/videos/image2video") == 1, "one create only")
        let external = try #require(server.log.requests.first?.json?["external_task_id"] as? String)
        #expect(server.log.count("/v1/videos/image2video/\(external)") >= 1, "the service was asked under the external id")
        hold.release()
        try await hub.shutdown()
        await server.stop()
    }

    @Test func aRunThatStoppedAfterSendingACreateAsksBeforeCreatingAgain() async throws {
        let hold = Hold()
        let server = try await klingServer(hold: hold)
        let project = temporaryProject()
        let settings = ServiceSettings(video: impatient(.klingVideo, server, model: "kling-v2-5-turbo"))
        let request = ClipRequest(image: Media.png, prompt: "the door opens", seconds: 5, seed: 2)
        // A first run is stopped while its create is held (as a crash would stop it).
        let first = ServiceHub(settings: settings, projectRoot: project)
        let generator = try #require(try first.clipGenerator())
        let running = Task { try await generator.animate(request) }
        try await waitUntil("the create to reach the service") { server.log.count("/v1/videos/image2video") == 1 }
        running.cancel()
        _ = await running.result
        try await first.shutdown()
        // The next run finds the pending external id, asks, and polls the same task.
        let second = ServiceHub(settings: settings, projectRoot: project)
        let clip = try await #require(try second.clipGenerator()).animate(request)
        #expect(clip.mp4 == Media.mp4)
        #expect(server.log.count("/v1/videos/image2video") == 1, "the second run did not create the task again")
        hold.release()
        try await second.shutdown()
        await server.stop()
    }

    @Test func aPictureWhoseAnswerIsLostFailsForGoodAndSaysAChargeMayHaveHappened() async throws {
        let hold = Hold()
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v1/images/generations") { _, _ in
                try await hold.wait()
                return Reply.json(["created": 1, "data": [["b64_json": Media.png.base64EncodedString()]]])
            }
        }
        let hub = ServiceHub(settings: ServiceSettings(image: impatient(.openAIImages, server, path: "/v1", model: "gpt-image-1")), projectRoot: temporaryProject())
        let generator = try #require(try hub.imageGenerator())
        let failure = await #expect(throws: StepFailure.self) {
            try await generator.generate(ImageRequest(prompt: "a rooftop", seed: 1, width: 1080, height: 1920))
        }
        #expect(failure?.isTransient == false, "the production line does not send it again either")
        #expect(failure?.message.contains("may have reached the service") == true)
        #expect(failure?.message.contains("second charge") == true)
        #expect(failure?.message.contains("usage or billing page") == true)
        #expect(server.log.count("/v1/images/generations") == 1)
        hold.release()
        try await hub.shutdown()
        await server.stop()
    }

    @Test func speechWhoseAnswerIsLostIsNotRequestedTwice() async throws {
        let hold = Hold()
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v1/audio/speech") { _, _ in
                try await hold.wait()
                return Reply.bytes(Media.wav(), type: "audio/wav")
            }
        }
        let hub = ServiceHub(settings: ServiceSettings(voice: impatient(.openAISpeech, server, path: "/v1", model: "tts-1")), projectRoot: temporaryProject())
        let voice = try #require(try hub.voice())
        let request = SpeechRequest(
            text: "You signed it.", language: .en, voice: ResolvedVoice(engine: OpenAISpeechSynthesizer.engineName, voice: "en", pitch: 50, rate: 175),
            emotion: .neutral)
        let failure = await #expect(throws: StepFailure.self) { try await voice.speak(request) }
        #expect(failure?.isTransient == false)
        #expect(failure?.message.contains("may have reached the service") == true)
        #expect(server.log.count("/v1/audio/speech") == 1)
        hold.release()
        try await hub.shutdown()
        await server.stop()
    }

    @Test func aComfyUIPromptWhoseAnswerIsLostIsFoundInTheQueueAndQueuedOnce() async throws {
        let hold = Hold()
        let queued = Mutex<[String]>([])
        let server = try await LoopbackServer.start { router, log in
            router.post("/prompt") { request, _ in
                let body = try await request.body.collect(upTo: 1 << 24)
                let id = ((try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any])?["prompt_id"] as? String ?? "p-1"
                queued.withLock { $0.append(id) }
                if log.count("/prompt") == 1 { try await hold.wait() }
                return Reply.json(["prompt_id": id, "number": 1, "node_errors": [:]])
            }
            router.get("/queue") { _, _ in
                Reply.json(["queue_running": queued.withLock { $0 }.map { [1, $0, [:], [:], ["9"]] as [Any] }, "queue_pending": []])
            }
            router.get("/history/:id") { _, context in
                let id = context.parameters.get("id") ?? ""
                guard log.count("/history/\(id)") > 2 else { return Reply.json([:]) }
                return Reply.json([id: [
                    "outputs": ["9": ["images": [["filename": "cliff_00001_.png", "subfolder": "", "type": "output"]]]],
                    "status": ["status_str": "success", "completed": true, "messages": []],
                ]])
            }
            router.get("/view") { _, _ in Reply.bytes(Media.png, type: "image/png") }
        }
        let project = temporaryProject()
        let workflow = project.appendingPathComponent("still.json")
        try Data(ImageAdapterTests.workflow.utf8).write(to: workflow)
        var service = impatient(.comfyUI, server, model: "sdxl.safetensors")
        service.workflow = workflow
        let hub = ServiceHub(settings: ServiceSettings(image: service), projectRoot: project)
        let image = try await #require(try hub.imageGenerator()).generate(ImageRequest(prompt: "a door", seed: 1, width: 512, height: 512))
        #expect(image.png == Media.png)
        #expect(server.log.count("/prompt") == 1, "queued once")
        #expect(server.log.count("/queue") >= 1, "the server was asked")
        hold.release()
        try await hub.shutdown()
        await server.stop()
    }
}
