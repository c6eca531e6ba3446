import DramaModel
import Foundation
import Production
import Hummingbird
import ModelServices
import TestSupport
import Testing

@Suite("ServiceDoctor")
struct ServiceDoctorTests {
    func openAI(key: String) async throws -> LoopbackServer {
        try await LoopbackServer.start { router, _ in
            router.get("/v1/models") { request, _ in
                guard request.headers[.authorization] == "Bearer \(key)" else { return Reply.openAIError("Incorrect API key provided", status: .unauthorized) }
                return Reply.json(["object": "list", "data": [["id": "gpt-4o-mini", "object": "model"], ["id": "tts-1", "object": "model"]]])
            }
            router.get("/object_info/CheckpointLoaderSimple") { _, _ in
                Reply.json(["CheckpointLoaderSimple": ["input": ["required": ["ckpt_name": [["sdxl.safetensors", "sd15.ckpt"], [:]]]]]])
            }
        }
    }

    @Test func eachServiceIsCheckedForReachabilityKeyAndModel() async throws {
        let server = try await openAI(key: "good")
        let deadPort = 9  // discard: nothing listens on it here
        var image = testService(.comfyUI, server, model: "flux.safetensors")
        image.workflow = URL(fileURLWithPath: "/dev/null")
        var video = ServiceSettings.Service(kind: .klingVideo, endpoint: URL(string: "http://127.0.0.1:\(deadPort)")!, model: "kling-v2-5-turbo", apiKeyEnvironment: "KLING_KEY")
        video.maxRetries = 0
        let settings = ServiceSettings(
            writer: testService(.openAIChat, server, path: "/v1", model: "gpt-4o-mini", keyEnvironment: "GOOD_KEY"),
            voice: testService(.openAISpeech, server, path: "/v1", model: "tts-2", keyEnvironment: "BAD_KEY"),
            image: image, video: video)
        let hub = ServiceHub(settings: settings, projectRoot: nil, environment: ["GOOD_KEY": "good", "BAD_KEY": "bad"])
        let checks = await hub.doctor().run()
        func result(_ role: String, _ name: String) -> ServiceDoctor.Check? { checks.first { $0.role == role && $0.name == name } }

        #expect(result("writer", "reachable")?.passed == true)
        #expect(result("writer", "authenticated")?.passed == true)
        #expect(result("writer", "model present")?.passed == true)
        #expect(result("voice", "reachable")?.passed == true)
        #expect(result("voice", "authenticated")?.passed == false)
        #expect(result("voice", "authenticated")?.fix?.contains("BAD_KEY") == true)
        #expect(result("image", "model present")?.passed == false)
        #expect(result("image", "model present")?.detail.contains("sdxl.safetensors") == true)
        #expect(result("video", "reachable")?.passed == false)
        #expect(result("video", "reachable")?.fix?.contains("services.video.endpoint") == true)
        #expect(result("video", "authenticated")?.detail.contains("KLING_KEY") == true)
        try await hub.shutdown()
        await server.stop()
    }

    @Test func aModelTheServiceDoesNotServeIsNamedWithTheServedOnes() async throws {
        let server = try await openAI(key: "k")
        let hub = ServiceHub(
            settings: ServiceSettings(writer: testService(.openAIChat, server, path: "/v1", model: "llama3:70b", keyEnvironment: "K")),
            projectRoot: nil, environment: ["K": "k"])
        let check = try #require(await hub.doctor().run().first { $0.name == "model present" })
        #expect(!check.passed)
        #expect(check.detail.contains("'llama3:70b' is not among the 2 models served (gpt-4o-mini, tts-1)"))
        #expect(check.fix?.contains("services.writer.model") == true)
        try await hub.shutdown()
        await server.stop()
    }
}
