import Basics
import DramaModel
import Foundation
import Production
import ModelServices
import Testing

@Suite("services: in cliff.yaml")
struct ServiceSettingsTests {
    @Test func everyFieldIsRead() throws {
        let project = temporaryProject()
        try FileManager.default.createDirectory(at: project.appendingPathComponent("workflows"), withIntermediateDirectories: true)
        try Data("{\"3\": {\"inputs\": {\"text\": \"{{prompt}}\"}}}".utf8).write(to: project.appendingPathComponent("workflows/still.json"))
        let yaml = """
            budget:
              episode_usd: 0.50
            services:
              writer:
                kind: openai-chat
                endpoint: http://127.0.0.1:11434/v1/
                model: qwen2.5:7b-instruct
                timeout_seconds: 90.5
                max_retries: 3
                backoff_ms: 250
                max_backoff_seconds: 20
                requests_per_minute: 30
                max_concurrent: 2
                fallback: builtin
                max_repairs: 3
                temperature: 0.4
                generator: local.qwen
              voice:
                kind: openai-speech
                endpoint: https://api.openai.com/v1
                model: tts-1
                api_key_env: OPENAI_API_KEY
                voices:
                  en-us+f3: nova
                  default: alloy
              image:
                kind: comfyui
                endpoint: http://127.0.0.1:8188
                model: sdxl_base_1.0.safetensors
                workflow: workflows/still.json
                poll_seconds: 0.5
                max_polls: 40
              video:
                kind: kling
                endpoint: https://api-singapore.klingai.com
                model: kling-v2-5-turbo
                api_key_env: KLING_API_KEY
                poll_seconds: 10
                max_polls: 90
            """
        let settings = try ServiceSettings.load(yaml: yaml, projectRoot: project)
        let writer = try #require(settings.writer)
        #expect(writer.kind == .openAIChat)
        #expect(writer.endpoint.absoluteString == "http://127.0.0.1:11434/v1")
        #expect(writer.timeout == .milliseconds(90_500))
        #expect(writer.maxRetries == 3 && writer.backoff == .milliseconds(250) && writer.maxBackoff == .seconds(20))
        #expect(writer.requestsPerMinute == 30 && writer.maxConcurrent == 2)
        #expect(writer.fallbackToBuiltIn && writer.maxRepairs == 3 && writer.temperature == 0.4)
        #expect(writer.generatorID.id == "local.qwen")
        let voice = try #require(settings.voice)
        #expect(voice.apiKeyEnvironment == "OPENAI_API_KEY")
        #expect(voice.voice(for: "en-us+f3") == "nova" && voice.voice(for: "cmn+m2") == "alloy")
        #expect(voice.generatorID.id == "openai.tts-1")
        let image = try #require(settings.image)
        #expect(image.workflow?.lastPathComponent == "still.json")
        #expect(image.pollInterval == .milliseconds(500) && image.maxPolls == 40)
        #expect(image.generatorID.id == "comfyui.sdxl_base_1.0.safetensors".replacingOccurrences(of: "_", with: "-"))
        let video = try #require(settings.video)
        #expect(video.pollInterval == .seconds(10) && video.maxPolls == 90)
        #expect(settings.configured.map(\.role) == ["writer", "voice", "image", "video"])
    }

    @Test func everyProblemIsReportedAtOnceWithItsPlace() {
        let yaml = """
            services:
              writer:
                kind: openai-chatt
                endpoint: localhost:11434
                model: llama3
                timout_seconds: 30
                max_retries: -1
              voice:
                kind: comfyui
                endpoint: http://127.0.0.1:5000
                model: en_US-joe-medium
                api_key_env: sk-abc123
              image:
                kind: comfyui
                endpoint: http://127.0.0.1:8188
              audio: {}
            """
        let (_, diagnostics) = ServiceSettings.read(yaml: yaml, projectRoot: temporaryProject())
        let text = diagnostics.map(\.description).joined(separator: "\n")
        #expect(text.contains("cliff.yaml:3:11: error: services.writer.kind: unknown writer service kind 'openai-chatt'. Did you mean 'openai-chat'?"))
        #expect(text.contains("services.writer.endpoint: 'localhost:11434' is not an http(s) URL"))
        #expect(text.contains("services.writer.timout_seconds: unknown key 'timout_seconds'. Did you mean 'timeout_seconds'?"))
        #expect(text.contains("services.writer.max_retries: expected 0 or more"))
        #expect(text.contains("services.voice.kind: unknown voice service kind 'comfyui'"))
        #expect(text.contains("services.voice.api_key_env: 'sk-a…' is not an environment variable name"))
        #expect(!text.contains("sk-abc123"), "a key pasted by mistake is not echoed")
        #expect(text.contains("services.image.model: missing required field 'model'"))
        #expect(text.contains("services.image.workflow: a comfyui service needs a workflow"))
        #expect(text.contains("services.audio: unknown key 'audio'"))
        #expect(diagnostics.count == 9)
        #expect(diagnostics.allSatisfy { $0.line != nil })
        #expect(throws: ModelServicesError.self) { try ServiceSettings.load(yaml: yaml, projectRoot: temporaryProject()) }
    }

    @Test func noServicesSectionMeansEverythingIsBuiltIn() throws {
        let settings = try ServiceSettings.load(yaml: "workers: 2\n", projectRoot: temporaryProject())
        #expect(settings.configured.isEmpty)
        #expect(try ServiceSettings.load(projectRoot: temporaryProject()).configured.isEmpty)
    }

    /// Found by the settings fuzzer: a YAML syntax error was reported without a line.
    @Test func aYAMLSyntaxErrorIsLocatedAtItsLineAndColumn() {
        let yaml = "services:\n  writer:\n    kind: openai-chat\n    endpoint: http://a: b\n"
        let (_, diagnostics) = ServiceSettings.read(yaml: yaml, projectRoot: URL(fileURLWithPath: "/tmp"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == 4, "\(diagnostics)")
        #expect(diagnostics.first?.column != nil)
    }
}
