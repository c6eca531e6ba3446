import DramaModel
import Foundation
import Hummingbird
import ModelServices
import Production
import Synchronization
import TestSupport
import Testing

@Suite("Kling-style image-to-video tasks")
struct ClipAdapterTests {
    /// A task service whose task succeeds after `processingPolls` polls (never, if nil), or fails.
    func klingServer(processingPolls: Int?, fails: Bool = false, malformed: Bool = false) async throws -> LoopbackServer {
        let port = Mutex(0)  // known once the server listens
        let server = try await LoopbackServer.start { router, log in
            router.post("/v1/videos/image2video") { _, _ in
                if malformed { return Reply.text("{\"code\": 0, \"data\": {\"task_id\"") }
                return Reply.json(["code": 0, "message": "SUCCEED", "request_id": "r-1", "data": ["task_id": "t-7", "task_status": "submitted", "created_at": 1]])
            }
            router.get("/v1/videos/image2video/:id") { _, context in
                let id = context.parameters.get("id") ?? ""
                let polls = log.count("/v1/videos/image2video/\(id)")
                if fails { return Reply.json(["code": 0, "data": ["task_id": id, "task_status": "failed", "task_status_msg": "The image violates the content policy"]]) }
                guard let processingPolls, polls > processingPolls else {
                    return Reply.json(["code": 0, "data": ["task_id": id, "task_status": "processing"]])
                }
                let url = "http://127.0.0.1:\(port.withLock { $0 })/files/\(id).mp4"
                return Reply.json(["code": 0, "data": [
                    "task_id": id, "task_status": "succeed",
                    "task_result": ["videos": [["id": "v-1", "url": url, "duration": "5.1"]]],
                ]])
            }
            router.get("/files/:name") { _, _ in Reply.bytes(Media.mp4, type: "video/mp4") }
        }
        port.withLock { $0 = server.port }
        return server
    }

    func hub(_ server: LoopbackServer, project: URL? = nil) -> ServiceHub {
        ServiceHub(
            settings: ServiceSettings(video: testService(.klingVideo, server, model: "kling-v2-5-turbo", keyEnvironment: "KLING_KEY")),
            projectRoot: project, environment: ["KLING_KEY": "kk-1"])
    }

    let request = ClipRequest(image: Media.png, prompt: "slow push in, her hair moves", seconds: 5, seed: 3)

    @Test func aTaskIsCreatedPolledAndItsClipDownloaded() async throws {
        let server = try await klingServer(processingPolls: 2)
        let hub = hub(server, project: temporaryProject())
        let generator = try #require(try hub.clipGenerator())
        #expect(generator.generator.id == "kling.kling-v2-5-turbo")
        let clip = try await generator.animate(request)
        #expect(clip.mp4 == Media.mp4)
        #expect(clip.usage[.videoSecond] == 5.1 && clip.usage[.request] == 1)
        let create = try #require(server.log.requests.first?.json)
        #expect(create["model_name"] as? String == "kling-v2-5-turbo")
        #expect(create["image"] as? String == Media.png.base64EncodedString())
        #expect(create["duration"] as? String == "5")
        #expect(server.log.count("/v1/videos/image2video/t-7") == 3)
        #expect(server.log.requests.first?.headers["authorization"] == "Bearer kk-1")
        let again = try await generator.animate(request)
        #expect(again.usage.isEmpty && server.log.count("/v1/videos/image2video") == 1)
        try await hub.shutdown()
        await server.stop()
    }

    @Test func aTaskThatNeverFinishesTimesOutAndIsPickedUpAgainNotPaidTwice() async throws {
        let server = try await klingServer(processingPolls: nil)
        let project = temporaryProject()
        let hub = hub(server, project: project)
        let generator = try #require(try hub.clipGenerator())
        let failure = await #expect(throws: StepFailure.self) { try await generator.animate(request) }
        #expect(failure?.isTransient == true)
        #expect(failure?.message.contains("task t-7 did not finish within 5 polls") == true)
        #expect(failure?.usage[.request] == 1, "the created task is billed")
        _ = await #expect(throws: StepFailure.self) { try await generator.animate(request) }
        #expect(server.log.count("/v1/videos/image2video") == 1, "the second try polls the same task")
        #expect(server.log.count("/v1/videos/image2video/t-7") == 10)
        try await hub.shutdown()
        await server.stop()
    }

    @Test func aFailedTaskIsPermanentAndMalformedAnswersSaySo() async throws {
        let failing = try await klingServer(processingPolls: 0, fails: true)
        let hub1 = hub(failing)
        let failure = await #expect(throws: StepFailure.self) { try await hub1.clipGenerator()!.animate(request) }
        #expect(failure?.isTransient == false)
        #expect(failure?.message.contains("content policy") == true)
        try await hub1.shutdown()
        await failing.stop()

        let broken = try await klingServer(processingPolls: 0, malformed: true)
        let hub2 = hub(broken)
        let malformed = await #expect(throws: StepFailure.self) { try await hub2.clipGenerator()!.animate(request) }
        #expect(malformed?.isTransient == false)
        #expect(malformed?.message.contains("is not a JSON object") == true)
        try await hub2.shutdown()
        await broken.stop()
    }
}
