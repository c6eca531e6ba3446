import Crypto
import DramaModel
import Foundation
import Production
import Hummingbird
import Logging
@testable import ModelServices
import Synchronization
import TestSupport
import Testing

@Suite("Service transport over loopback HTTP")
struct ServiceConnectionTests {
    /// Runs `body` with a hub whose writer service points at `server`.
    func withConnection(
        _ server: LoopbackServer, configure: (inout ServiceSettings.Service) -> Void = { _ in }, environment: [String: String] = [:],
        logger: Logger = Logger(label: "test"), _ body: (ServiceConnection) async throws -> Void
    ) async throws {
        var service = testService(.openAIChat, server, path: "/v1")
        configure(&service)
        let hub = ServiceHub(settings: ServiceSettings(writer: service), projectRoot: nil, environment: environment, logger: logger)
        do {
            try await body(try hub.connection("writer", service))
        } catch {
            try await hub.shutdown()
            await server.stop()
            throw error
        }
        try await hub.shutdown()
        await server.stop()
    }

    @Test func tooManyRequestsWaitsForRetryAfterThenSucceeds() async throws {
        let server = try await LoopbackServer.start { router, log in
            router.post("/v1/chat/completions") { _, _ in
                log.count("/v1/chat/completions") == 1
                    ? Reply.json(["error": ["message": "Rate limit reached for requests"]], status: .tooManyRequests, headers: [.retryAfter: "1"])
                    : Reply.json(["ok": true])
            }
        }
        try await withConnection(server) { connection in
            let started = ContinuousClock.now
            let response = try await connection.send(.json("/chat/completions", ["model": "m"], purpose: "chat completion"))
            let waited = ContinuousClock.now - started
            #expect(response.status == 200)
            #expect(server.log.count("/v1/chat/completions") == 2)
            #expect(waited >= .milliseconds(950), "Retry-After: 1 must be honoured, waited \(waited)")
        }
    }

    @Test func retryAfterReadsSecondsAndHTTPDates() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(ServiceConnection.retryAfter("7", now: now) == .seconds(7))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        let date = formatter.string(from: now.addingTimeInterval(30))
        #expect(ServiceConnection.retryAfter(date, now: now) == .seconds(30))
        #expect(ServiceConnection.retryAfter("soon", now: now) == nil)
    }

    @Test func serverErrorsAreRetriedUntilTheRetriesRunOut() async throws {
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v1/chat/completions") { _, _ in Reply.openAIError("The server had an error while processing your request", status: .internalServerError) }
        }
        try await withConnection(server) { connection in
            let error = await #expect(throws: ModelServicesError.self) {
                try await connection.send(.json("/chat/completions", [:], purpose: "chat completion"))
            }
            #expect(error?.code == .serverError)
            #expect(error?.message.contains("The server had an error") == true)
            #expect(error?.message.contains("after 3 tries") == true)
            #expect(server.log.count("/v1/chat/completions") == 3)  // one try and max_retries = 2
        }
    }

    @Test func aServiceThatDoesNotAnswerInTimeTimesOut() async throws {
        let answered = Mutex(0)
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v1/chat/completions") { _, _ in
                // A service that takes two minutes to answer: the stand-in for one that hangs.
                try await Task.sleep(for: .seconds(120))
                answered.withLock { $0 += 1 }
                return Reply.json([:])
            }
        }
        try await withConnection(server, configure: { $0.timeout = .milliseconds(200); $0.maxRetries = 1 }) { connection in
            let error = await #expect(throws: ModelServicesError.self) {
                try await connection.send(.json("/chat/completions", [:], purpose: "chat completion"))
            }
            #expect(error?.code == .timedOut)
            #expect(error?.message.contains("timeout_seconds") == true)
            // Cut short by the 200 ms timeout, not waiting for the server's answer.
            #expect(answered.withLock { $0 } == 0)
            // Tried once more and no further; a machine too busy to read a request within 200 ms
            // may log fewer than the two the client sent.
            #expect(server.log.count("/v1/chat/completions") <= 2)
        }
    }

    @Test func clientErrorsCarryTheServiceMessageAndAreNotRetried() async throws {
        let server = try await LoopbackServer.start { router, _ in
            router.post("/v1/chat/completions") { _, _ in Reply.openAIError("'messages' is a required property", status: .badRequest) }
            router.post("/v1/unauthorized") { _, _ in Reply.openAIError("Incorrect API key provided: sk-test-SECRET-123.", status: .unauthorized) }
        }
        try await withConnection(server, configure: { $0.apiKeyEnvironment = "TEST_KEY" }, environment: ["TEST_KEY": "sk-test-SECRET-123"]) { connection in
            let rejected = await #expect(throws: ModelServicesError.self) {
                try await connection.send(.json("/chat/completions", [:], purpose: "chat completion"))
            }
            #expect(rejected?.code == .rejected)
            #expect(rejected?.message.contains("'messages' is a required property") == true)
            #expect(rejected?.message.contains("(400)") == true)
            let refused = await #expect(throws: ModelServicesError.self) {
                try await connection.send(.json("/unauthorized", [:], purpose: "chat completion"))
            }
            #expect(refused?.code == .unauthorized)
            #expect(refused?.message.contains("TEST_KEY") == true)
            #expect(refused?.message.contains("sk-test-SECRET-123") == false, "a key the service echoes is redacted")
            #expect(server.log.requests.count == 2)
            #expect(server.log.requests[0].headers["authorization"] == "Bearer sk-test-SECRET-123")
        }
    }

    @Test func anEndpointNobodyListensOnIsUnreachable() async throws {
        let port = 9  // discard: nothing listens on it here, so connections are refused
        var service = ServiceSettings.Service(kind: .openAIChat, endpoint: URL(string: "http://127.0.0.1:\(port)/v1")!, model: "m")
        service.maxRetries = 1
        service.backoff = .milliseconds(5)
        let hub = ServiceHub(settings: ServiceSettings(writer: service), projectRoot: nil)
        let error = await #expect(throws: ModelServicesError.self) {
            try await hub.connection("writer", service).send(.get("/models", purpose: "model list"))
        }
        #expect(error?.code == .unreachable)
        #expect(error?.message.contains("127.0.0.1:\(port)") == true)
        try await hub.shutdown()
    }

    @Test func theRateLimiterCapsConcurrencyAndSpacesStarts() async throws {
        // Each answer waits until a second request is in flight, so the cap is reached however
        // slowly the machine schedules the requests; a third would show above the cap.
        let server = try await LoopbackServer.start { router, log in
            router.get("/v1/slow") { _, _ in
                try await waitUntil("a second request in flight beside this one") { log.inFlight >= 2 || log.requests.count >= 6 }
                return Reply.json([:])
            }
        }
        try await withConnection(server, configure: { $0.maxConcurrent = 2; $0.requestsPerMinute = 1200 }) { connection in
            let started = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<6 { group.addTask { _ = try await connection.send(.get("/slow", purpose: "probe")) } }
                try await group.waitForAll()
            }
            let elapsed = ContinuousClock.now - started
            #expect(server.log.maxInFlight == 2)
            // Six starts at least 50 ms apart (1,200 a minute): a lower bound, which load only raises.
            #expect(elapsed >= .milliseconds(250), "took \(elapsed)")
        }
    }

    @Test func theKeyAppearsInNoErrorLogLineOrCacheFile() async throws {
        let secret = "sk-live-very-secret-key-0042"
        let lines = LogCapture()
        var logger = Logger(label: "test.capture") { _ in CapturingLogHandler(capture: lines) }
        logger.logLevel = .trace
        let project = temporaryProject()
        let server = try await LoopbackServer.start { router, log in
            router.post("/v1/chat/completions") { request, _ in
                switch log.count("/v1/chat/completions") {
                case 1: return Reply.openAIError("overloaded, key \(secret)", status: .serviceUnavailable)
                default: return Reply.json(ScriptedChatModel.completion("{\"ok\": true}"))
                }
            }
            router.post("/v1/bad") { _, _ in Reply.openAIError("Incorrect API key provided: \(secret)", status: .unauthorized) }
        }
        var service = testService(.openAIChat, server, path: "/v1", keyEnvironment: "SECRET_KEY")
        service.maxRetries = 2
        let hub = ServiceHub(settings: ServiceSettings(writer: service), projectRoot: project, environment: ["SECRET_KEY": secret], logger: logger)
        let connection = try hub.connection("writer", service)
        let completion = try await ChatClient(connection: connection).complete([.init(role: "user", content: "hi")], json: true)
        #expect(completion.content == "{\"ok\": true}")
        let error = await #expect(throws: ModelServicesError.self) { try await connection.send(.json("/bad", [:], purpose: "probe")) }
        #expect(error.map { "\($0)" }?.contains(secret) == false)
        #expect(!"\(connection.key!)".contains(secret))
        #expect(!lines.all.isEmpty)
        #expect(lines.all.allSatisfy { !$0.contains(secret) })
        let files = FileManager.default.enumerator(at: project, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        let cached = files.filter { !$0.hasDirectoryPath }
        #expect(!cached.isEmpty, "the completion is cached")
        for file in cached {
            let data = try Data(contentsOf: file)
            #expect(!String(decoding: data, as: UTF8.self).contains(secret))
            #expect(!file.path.contains(secret))
        }
        try await hub.shutdown()
        await server.stop()
    }

    @Test func klingKeysWrittenAccessColonSecretBecomeSignedJWTs() throws {
        let key = ServiceKey(value: "ak-1:sk-2")
        let header = key.authorization(for: .klingVideo, now: Date(timeIntervalSince1970: 1_700_000_000))
        let parts = header.dropFirst("Bearer ".count).split(separator: ".").map(String.init)
        try #require(parts.count == 3)
        func decode(_ text: String) -> Data {
            var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            while base64.count % 4 != 0 { base64 += "=" }
            return Data(base64Encoded: base64) ?? Data()
        }
        let claims = try #require(try JSONSerialization.jsonObject(with: decode(parts[1])) as? [String: Any])
        #expect(claims["iss"] as? String == "ak-1")
        #expect(claims["exp"] as? Int == 1_700_001_800 && claims["nbf"] as? Int == 1_699_999_995)
        let expected = HMAC<SHA256>.authenticationCode(for: Data("\(parts[0]).\(parts[1])".utf8), using: SymmetricKey(data: Data("sk-2".utf8)))
        #expect(decode(parts[2]) == Data(expected))
        #expect(key.authorization(for: .openAIChat) == "Bearer ak-1:sk-2")
    }

    @Test func aMissingKeyVariableIsNamedWithoutAValue() throws {
        let service = ServiceSettings.Service(kind: .openAIChat, endpoint: URL(string: "http://127.0.0.1:9/v1")!, model: "m", apiKeyEnvironment: "NOT_SET_KEY")
        #expect(throws: ModelServicesError.self) { try ServiceKey.load(service.apiKeyEnvironment, role: "writer", environment: [:]) }
        do {
            _ = try ServiceKey.load("NOT_SET_KEY", role: "writer", environment: [:])
        } catch {
            #expect(error.code == .missingKey)
            #expect(error.message.contains("export NOT_SET_KEY="))
        }
    }
}

/// Log lines, as a handler wrote them.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])
    var all: [String] { lines.withLock { $0 } }
    func add(_ line: String) { lines.withLock { $0.append(line) } }
}

struct CapturingLogHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        capture.add("\(event.level) \(event.message) \(event.metadata ?? [:]) \(metadata)")
    }
}
