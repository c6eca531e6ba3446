import AsyncHTTPClient
import NIOCore
import DramaModel
public import Foundation
public import Logging
public import Production
package import StoryEngine

/// The project's model services: one shared HTTP client, one rate limiter per service, the
/// content-key cache, and the adapters behind the pipeline's protocols. Make one per run and
/// call `shutdown()` when done.
///
/// ```swift
/// let hub = try ServiceHub(projectRoot: project.root)
/// defer { Task { try await hub.shutdown() } }
/// if let writer = try hub.writer(notes: notes) {
///     let scripts = try await writer.writeSeason(series, plan: try await writer.planSeason(series))
///     record(writer.generator, writer.usage)
/// }
/// ```
public final class ServiceHub: Sendable {
    /// The services `cliff.yaml` configures.
    public let settings: ServiceSettings
    let http: SharedHTTPClient
    let cache: ServiceCache?
    let environment: [String: String]
    let logger: Logger
    let limiters: [String: RateLimiter]

    /// A hub for `settings`.
    /// - Parameters:
    ///   - projectRoot: where `.cliff/cache/services/` lives; `nil` for no cache.
    ///   - environment: where keys are read from (the process's environment by default).
    public init(
        settings: ServiceSettings, projectRoot: URL?, environment: [String: String] = ProcessInfo.processInfo.environment,
        logger: Logger = Logger(label: "cliff.services")
    ) {
        self.settings = settings
        cache = projectRoot.map { ServiceCache(projectRoot: $0) }
        self.environment = environment
        self.logger = logger
        var configuration = HTTPClient.Configuration()
        configuration.timeout.connect = .seconds(10)
        // A refused connection fails at once; `ServiceConnection` retries it with its own backoff.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.redirectConfiguration = .follow(max: 5, allowCycles: false)
        http = SharedHTTPClient(HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration))
        var limiters: [String: RateLimiter] = [:]
        for (role, service) in settings.configured {
            limiters[role] = RateLimiter(requestsPerMinute: service.requestsPerMinute, maxConcurrent: service.maxConcurrent)
        }
        self.limiters = limiters
    }

    /// A hub for the project's `cliff.yaml`.
    /// - Throws: `ModelServicesError` `.invalidConfiguration`.
    public convenience init(projectRoot: URL, environment: [String: String] = ProcessInfo.processInfo.environment, logger: Logger = Logger(label: "cliff.services")) throws(ModelServicesError) {
        self.init(settings: try ServiceSettings.load(projectRoot: projectRoot), projectRoot: projectRoot, environment: environment, logger: logger)
    }

    /// Closes the HTTP client's connections. Call once, when every adapter is done.
    public func shutdown() async throws {
        try await http.shutdown()
    }

    func connection(_ role: String, _ service: ServiceSettings.Service) throws(ModelServicesError) -> ServiceConnection {
        let key = try ServiceKey.load(service.apiKeyEnvironment, role: role, environment: environment)
        return ServiceConnection(
            role: role, service: service, key: key, http: http,
            limiter: limiters[role] ?? RateLimiter(requestsPerMinute: service.requestsPerMinute, maxConcurrent: service.maxConcurrent),
            logger: logger, cache: cache)
    }

    /// The configured writer, or `nil` when `services.writer` is not set (use `BeatSheetWriter`).
    /// - Parameter notes: the audience's revision notes, put into every episode's prompt.
    /// - Throws: `.missingKey` when the key's environment variable is empty.
    package func writer(notes: [RevisionNote] = []) throws(ModelServicesError) -> ChatWriter? {
        guard let service = settings.writer else { return nil }
        return ChatWriter(connection: try connection("writer", service), generator: service.generatorID, notes: notes)
    }

    /// A translator on the writer's model (`services.writer`), or `nil` when none is set (the
    /// built-in writer transcreates instead).
    /// - Throws: `.missingKey` when the key's environment variable is empty.
    package func translator() throws(ModelServicesError) -> ChatTranslator? {
        guard let service = settings.writer else { return nil }
        return ChatTranslator(connection: try connection("writer", service), generator: service.generatorID)
    }

    /// The configured speech service, or `nil` when `services.voice` is not set.
    /// - Throws: `.missingKey` when the key's environment variable is empty.
    package func voice() throws(ModelServicesError) -> (any MeteredVoiceSynthesizer)? {
        guard let service = settings.voice else { return nil }
        let connection = try connection("voice", service)
        return service.kind == .piperHTTP ? PiperHTTPSynthesizer(connection: connection) : OpenAISpeechSynthesizer(connection: connection)
    }

    /// The configured picture service, or `nil` when `services.image` is not set.
    /// - Throws: `.missingKey`, or `.invalidConfiguration` for an unusable ComfyUI workflow.
    public func imageGenerator() throws(ModelServicesError) -> (any ImageGenerator)? {
        guard let service = settings.image else { return nil }
        let connection = try connection("image", service)
        return service.kind == .comfyUI ? try ComfyUIImageGenerator(connection: connection) : OpenAIImageGenerator(connection: connection)
    }

    /// The configured image-to-video service, or `nil` when `services.video` is not set.
    /// - Throws: `.missingKey` when the key's environment variable is empty.
    public func clipGenerator() throws(ModelServicesError) -> (any ClipGenerator)? {
        guard let service = settings.video else { return nil }
        return TaskClipGenerator(connection: try connection("video", service))
    }

    /// Checks every configured service: reachable, authenticated, model present.
    package func doctor() -> ServiceDoctor { ServiceDoctor(hub: self) }
}
