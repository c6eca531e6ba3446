import DramaModel
import Foundation
import Hummingbird
import ModelServices
import Production
import StoryEngine
import Synchronization
import TestSupport
import Testing

@Suite("Picture services")
struct ImageAdapterTests {
    static let workflow = """
        {
          "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "{{model}}"}},
          "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{prompt}}", "clip": ["4", 1]}},
          "7": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{negative}}", "clip": ["4", 1]}},
          "5": {"class_type": "EmptyLatentImage", "inputs": {"width": "{{width}}", "height": "{{height}}", "batch_size": 1}},
          "3": {"class_type": "KSampler", "inputs": {"seed": "{{seed}}", "steps": 20, "model": ["4", 0]}},
          "10": {"class_type": "LoadImage", "inputs": {"image": "{{reference}}"}},
          "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "cliff", "images": ["8", 0]}}
        }
        """

    /// A ComfyUI that finishes a prompt after `pendingPolls` empty history answers (never, if nil).
    func comfyUI(pendingPolls: Int?) async throws -> LoopbackServer {
        try await LoopbackServer.start { router, log in
            router.post("/upload/image") { _, _ in Reply.json(["name": "cliff-ref.png", "subfolder": "", "type": "input"]) }
            router.post("/prompt") { _, _ in Reply.json(["prompt_id": "p-42", "number": 1, "node_errors": [:]]) }
            router.get("/history/:id") { _, context in
                let id = context.parameters.get("id") ?? ""
                guard let pendingPolls, log.count("/history/\(id)") > pendingPolls else { return Reply.json([:]) }
                return Reply.json([id: [
                    "outputs": ["9": ["images": [["filename": "cliff_00001_.png", "subfolder": "", "type": "output"]]]],
                    "status": ["status_str": "success", "completed": true, "messages": []],
                ]])
            }
            router.get("/view") { request, _ in
                request.uri.queryParameters["filename"] == "cliff_00001_.png" ? Reply.bytes(Media.png, type: "image/png") : Reply.text("no", status: .notFound)
            }
        }
    }

    func comfyService(_ server: LoopbackServer, project: URL) throws -> ServiceSettings.Service {
        let url = project.appendingPathComponent("still.json")
        try Data(Self.workflow.utf8).write(to: url)
        var service = testService(.comfyUI, server, model: "sdxl.safetensors")
        service.workflow = url
        service.referenceWorkflow = url
        return service
    }

    @Test func comfyUIUploadsTheReferenceQueuesTheFilledWorkflowPollsAndFetches() async throws {
        let server = try await comfyUI(pendingPolls: 2)
        let project = temporaryProject()
        let hub = ServiceHub(settings: ServiceSettings(image: try comfyService(server, project: project)), projectRoot: project)
        let generator = try #require(try hub.imageGenerator())
        #expect(generator.generator.id == "comfyui.sdxl.safetensors")
        let request = ImageRequest(prompt: "Lin Xia at the door, night", negativePrompt: "text", seed: 1234, width: 1080, height: 1920, references: [Media.png])
        let image = try await generator.generate(request)
        #expect(image.png == Media.png)
        #expect(image.usage[.image] == 1)
        #expect(server.log.count("/upload/image") == 1 && server.log.count("/history/p-42") == 3 && server.log.count("/view") == 1)
        let upload = try #require(server.log.requests.first { $0.path == "/upload/image" })
        #expect(upload.headers["content-type"]?.hasPrefix("multipart/form-data; boundary=") == true)
        #expect(upload.text.contains("name=\"image\"; filename=\"cliff-"))
        let queued = try #require(server.log.requests.first { $0.path == "/prompt" }?.json?["prompt"] as? [String: [String: Any]])
        let inputs = { (node: String) in queued[node]?["inputs"] as? [String: Any] ?? [:] }
        #expect(inputs("3")["seed"] as? Int == 1234)
        #expect(inputs("5")["width"] as? Int == 1080 && inputs("5")["height"] as? Int == 1920)
        #expect(inputs("6")["text"] as? String == "Lin Xia at the door, night")
        #expect(inputs("7")["text"] as? String == "text")
        #expect(inputs("4")["ckpt_name"] as? String == "sdxl.safetensors")
        #expect(inputs("10")["image"] as? String == "cliff-ref.png")

        let again = try await generator.generate(request)
        #expect(again.png == image.png && again.usage.isEmpty)
        #expect(server.log.count("/prompt") == 1, "the same picture is not paid for twice")
        try await hub.shutdown()
        await server.stop()
    }

    @Test func aComfyUIPromptThatNeverFinishesTimesOutAfterTheLastPoll() async throws {
        let server = try await comfyUI(pendingPolls: nil)
        let project = temporaryProject()
        let hub = ServiceHub(settings: ServiceSettings(image: try comfyService(server, project: project)), projectRoot: project)
        let generator = try #require(try hub.imageGenerator())
        let failure = await #expect(throws: StepFailure.self) {
            try await generator.generate(ImageRequest(prompt: "a door", seed: 1, width: 512, height: 512))
        }
        #expect(failure?.isTransient == true)
        #expect(failure?.message.contains("did not finish within 5 polls") == true)
        #expect(server.log.count("/history/p-42") == 5)
        #expect(server.log.count("/upload/image") == 0)
        try await hub.shutdown()
        await server.stop()
    }

    @Test func openAIImagesGeneratesWithoutReferencesAndEditsWithThem() async throws {
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v1/images/generations") { _, _ in
                Reply.json(["created": 1, "data": [["b64_json": Media.png.base64EncodedString()]], "usage": ["input_tokens": 50, "output_tokens": 4160]])
            }
            router.post("/v1/images/edits") { _, _ in Reply.json(["created": 1, "data": [["b64_json": Media.png.base64EncodedString()]]]) }
        }
        let hub = ServiceHub(settings: ServiceSettings(image: testService(.openAIImages, server, path: "/v1", model: "gpt-image-1")), projectRoot: nil)
        let generator = try #require(try hub.imageGenerator())
        let plain = try await generator.generate(ImageRequest(prompt: "a rooftop", negativePrompt: "text", seed: 9, width: 1080, height: 1920))
        #expect(plain.png == Media.png)
        #expect(plain.usage[.image] == 1 && plain.usage[.outputToken] == 4160)
        let body = try #require(server.log.requests[0].json)
        #expect(body["size"] as? String == "1024x1536")
        #expect(body["prompt"] as? String == "a rooftop\nAvoid: text")
        #expect(body["response_format"] == nil)
        _ = try await generator.generate(ImageRequest(prompt: "the same face", seed: 9, width: 1920, height: 1080, references: [Media.png, Media.png]))
        let edit = try #require(server.log.requests.last)
        #expect(edit.path == "/v1/images/edits")
        #expect(edit.text.components(separatedBy: "name=\"image[]\"").count == 3)
        #expect(edit.text.contains("1536x1024"))
        try await hub.shutdown()
        await server.stop()
    }

    @Test func characterSheetsAreMadeOncePerCharacterAndPassedAsReferences() async throws {
        let series = try BeatSheetWriter().makeBible(PremiseRequest(premise: ChatWriterTests.premise, episodes: 30, seed: 7))
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v1/images/generations") { _, _ in Reply.json(["data": [["b64_json": Media.png.base64EncodedString()]]]) }
            router.post("/v1/images/edits") { _, _ in Reply.json(["data": [["b64_json": Media.png.base64EncodedString()]]]) }
        }
        let hub = ServiceHub(settings: ServiceSettings(image: testService(.openAIImages, server, path: "/v1")), projectRoot: nil)
        let generator = try #require(try hub.imageGenerator())
        let sheets = CharacterSheets(generator: generator, series: series)
        let lead = series.characters[0]
        async let first = sheets.request(showing: [lead.id], prompt: "shot one", width: 1080, height: 1920)
        async let second = sheets.request(showing: [lead.id], prompt: "shot two", width: 1080, height: 1920)
        let requests = try await [first, second]
        #expect(server.log.count("/v1/images/generations") == 1, "one sheet for two concurrent shots")
        #expect(requests.allSatisfy { $0.references == [Media.png] && $0.seed == CharacterSheets.seed(for: lead.id) })
        #expect(CharacterSheets.seed(for: lead.id) != CharacterSheets.seed(for: series.characters[1].id))
        let prompt = try #require(server.log.requests[0].json?["prompt"] as? String)
        #expect(prompt.contains(lead.name) && prompt.contains("Character sheet"))
        if let outfit = lead.look.outfit { #expect(prompt.contains(outfit)) }
        #expect(await sheets.usage[.image] == 1)
        _ = try await sheets.request(showing: [series.characters[1].id, lead.id], prompt: "two shot", width: 1080, height: 1920)
        #expect(server.log.count("/v1/images/generations") == 2)
        try await hub.shutdown()
        await server.stop()
    }
}
