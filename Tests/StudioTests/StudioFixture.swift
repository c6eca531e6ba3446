import DramaModel
import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import ServiceLifecycle
import Logging
import NIOCore
import NIOHTTP1
import Studio
import StudioServer
import TestSupport

/// A temporary project of four short episodes, three of them rendered for real, with a
/// reviewer, a producer and an admin. Made once per test process.
actor StudioFixture {
    static let shared = StudioFixture()
    /// A second project for the browser tests, so the suites do not see each other's reviews.
    static let browser = StudioFixture()
    /// A third project, never rendered, for pages that need no media (the release calendar,
    /// users), so their changes do not meet the other suites' calendars.
    static let unrendered = StudioFixture(rendered: false)

    private let rendered: Bool
    private var made: (root: URL, studio: Studio)?

    init(rendered: Bool = true) { self.rendered = rendered }

    static let password = "correct horse battery"

    func studio() async throws -> (root: URL, studio: Studio) {
        if let made { return made }
        let root = try TemporaryProject.make(named: "midnight", prefix: "cliff-studio", episodes: 4, seed: 7, targetSeconds: 15).root
        let studio = try await Studio(root: root, bcryptCost: 4, logger: Logger(label: "studio-test"))
        try await studio.accounts.add(name: "mei", role: .reviewer, password: Self.password)
        try await studio.accounts.add(name: "paul", role: .producer, password: Self.password)
        try await studio.accounts.add(name: "ada", role: .admin, password: Self.password)
        if rendered {
            try await studio.render("midnight", episodes: [1, 2, 3], by: StudioUserFixture.producer)
            await studio.waitForRenders()
        }
        made = (root, studio)
        return (root, studio)
    }
}

enum StudioUserFixture {
    static let producer = try! JSONDecoder().decode(StudioUser.self, from: Data(#"{"name":"paul","role":"producer"}"#.utf8))
    static let reviewer = try! JSONDecoder().decode(StudioUser.self, from: Data(#"{"name":"mei","role":"reviewer"}"#.utf8))
}

extension StudioServer {
    /// Serves the studio on a free loopback port while `body` runs, then stops it gracefully.
    ///
    /// This replaces HummingbirdTesting's live framework, whose client gives up on an answer
    /// after a fixed 20 s: on a busy 2-core machine, with renders and CPU-bound suites running
    /// beside, a request can wait that long for a thread, and a test then fails for the
    /// machine's load, not for what it checks. Requests go through `Client`, whose deadline
    /// only bounds a hang.
    func serving<Value: Sendable>(_ body: @Sendable (_ port: Int) async throws -> Value) async throws -> Value {
        let (ports, listening) = AsyncStream.makeStream(of: Int.self)
        let app = application(onListening: { port in
            listening.yield(port)
            listening.finish()
        })
        let services = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "studio-test-server")))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                defer { listening.finish() }
                try await services.run()
            }
            var next = ports.makeAsyncIterator()
            guard let port = await next.next() else {
                // The server ended before it listened: its error says why.
                try await tasks.waitForAll()
                throw FixtureFailure(message: "the studio's test server stopped before it listened")
            }
            do {
                let value = try await body(port)
                await services.triggerGracefulShutdown()
                try await tasks.waitForAll()
                return value
            } catch {
                await services.triggerGracefulShutdown()
                try? await tasks.waitForAll()
                throw error
            }
        }
    }
}

/// Requests against a live server on loopback.
///
/// Sent with AsyncHTTPClient, with a deadline that only bounds a hang (a request on a loaded
/// machine may wait long for a thread); redirects are not followed (tests look at them). The
/// server is asked at `127.0.0.1:<port>` (its `Host` and the origin of its own pages).
struct Client {
    /// The port the studio listens on, on 127.0.0.1.
    let port: Int
    var cookie: String?

    /// One HTTP client for the test process (never shut down: it lives as long as the process).
    static let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
    /// How long one request may take before the test calls it a hang.
    static let deadline: TimeAmount = .seconds(600)

    /// Sends `body` as it is (a form, say), with `headers` saying what it is.
    func send(_ method: HTTPRequest.Method, _ uri: String, body: String, headers: HTTPFields) async throws -> Answer {
        try await send(method, uri, json: nil, raw: body, headers: headers)
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, json: String? = nil, raw: String? = nil, headers: HTTPFields = [:]) async throws -> Answer {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(uri)")
        request.method = HTTPMethod(rawValue: method.rawValue)
        var headers = headers
        if let cookie { headers[.cookie] = cookie }
        if json != nil { headers[.contentType] = "application/json" }
        for field in headers { request.headers.add(name: field.name.rawName, value: field.value) }
        if let body = json ?? raw { request.body = .bytes(ByteBuffer(string: body)) }
        let response = try await Self.http.execute(request, deadline: .now() + Self.deadline)
        let body = try await response.body.collect(upTo: 512 * 1024 * 1024)
        var fields = HTTPFields()
        for (name, value) in response.headers {
            if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) }
        }
        return Answer(status: HTTPResponse.Status(code: Int(response.status.code), reasonPhrase: response.status.reasonPhrase), headers: fields, body: body)
    }

    /// Logs in as `name` and keeps the session cookie.
    mutating func login(_ name: String) async throws {
        let response = try await send(.post, "/api/v1/login", json: #"{"name":"\#(name)","password":"\#(StudioFixture.password)"}"#)
        guard response.status == .ok, let setCookie = response.headers[.setCookie] else {
            throw FixtureFailure(message: "login as \(name) failed: \(response.status) \(String(buffer: response.body))")
        }
        cookie = String(setCookie.split(separator: ";")[0])
    }
}

/// An answer of the live server.
struct Answer: Sendable {
    /// The status.
    let status: HTTPResponse.Status
    /// The header fields.
    let headers: HTTPFields
    /// The whole body.
    let body: ByteBuffer

    /// The body as JSON.
    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(String(buffer: body).utf8)) as? [String: Any] ?? [:]
    }

    /// The `error` object of a failed API call.
    func error() throws -> [String: Any] { (try json()["error"] as? [String: Any]) ?? [:] }
}

struct FixtureFailure: Error { var message: String }

/// A studio of its own on a new project `name` (short episodes), served over live loopback
/// HTTP, with a producer (paul) and a reviewer (mei) logged in and a client without a session
/// (a viewer): what the experiment tests that need a fresh project share.
struct LiveStudio {
    let project: TemporaryProject
    let studio: Studio
    var producer: Client
    var reviewer: Client
    let viewer: Client

    static func run(
        _ name: String, episodes: Int, seed: UInt64, _ body: @Sendable (LiveStudio) async throws -> Void
    ) async throws {
        let project = try TemporaryProject.make(named: name, prefix: "cliff-\(name)", episodes: episodes, seed: seed, targetSeconds: 15)
        let studio = try await Studio(root: project.root, bcryptCost: 4, logger: Logger(label: "\(name)-test"))
        try await studio.accounts.add(name: "mei", role: .reviewer, password: StudioFixture.password)
        try await studio.accounts.add(name: "paul", role: .producer, password: StudioFixture.password)
        try await StudioServer(studio: studio, port: 0, ingestRate: (1000, 1000)).serving { port in
            var live = LiveStudio(project: project, studio: studio, producer: Client(port: port), reviewer: Client(port: port), viewer: Client(port: port))
            try await live.producer.login("paul")
            try await live.reviewer.login("mei")
            try await body(live)
        }
    }
}
