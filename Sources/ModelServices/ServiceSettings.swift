public import Basics
import DramaModel
public import Foundation
public import Production

/// The model services a project uses, read from the `services:` section of `cliff.yaml`.
///
/// ```yaml
/// services:
///   writer:
///     kind: openai-chat
///     endpoint: http://127.0.0.1:11434/v1
///     model: qwen2.5:7b-instruct
///     fallback: builtin
///   voice:
///     kind: openai-speech
///     endpoint: https://api.openai.com/v1
///     model: gpt-4o-mini-tts
///     api_key_env: OPENAI_API_KEY
///     voices: { lin-xia: nova, gu-chen: onyx, default: alloy }
/// ```
///
/// Every field is documented in docs/model-services.md. Keys are never written here: only
/// the names of the environment variables that hold them.
public struct ServiceSettings: Sendable, Hashable {
    /// The service that writes season plans and episodes, if any.
    public var writer: Service?
    /// The service that speaks lines, if any.
    public var voice: Service?
    /// The service that draws pictures, if any.
    public var image: Service?
    /// The service that animates stills into clips, if any.
    public var video: Service?

    /// No services: everything is built in.
    public init(writer: Service? = nil, voice: Service? = nil, image: Service? = nil, video: Service? = nil) {
        self.writer = writer
        self.voice = voice
        self.image = image
        self.video = video
    }

    /// The configured services with their role names (`writer`, `voice`, `image`, `video`).
    public var configured: [(role: String, service: Service)] {
        [("writer", writer), ("voice", voice), ("image", image), ("video", video)].compactMap { role, service in
            service.map { (role, $0) }
        }
    }

    /// What protocol a service speaks.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// OpenAI-compatible `POST /chat/completions` (OpenAI, Ollama, llama.cpp server, vLLM).
        case openAIChat = "openai-chat"
        /// OpenAI-compatible `POST /audio/speech`.
        case openAISpeech = "openai-speech"
        /// Piper's own HTTP server (`python3 -m piper.http_server`).
        case piperHTTP = "piper-http"
        /// ComfyUI's HTTP API (`POST /prompt`, `GET /history/{id}`, `GET /view`).
        case comfyUI = "comfyui"
        /// OpenAI-compatible `POST /images/generations` and `/images/edits`.
        case openAIImages = "openai-images"
        /// Kling-style image-to-video tasks (`POST /v1/videos/image2video`, then poll).
        case klingVideo = "kling"

        /// The role a kind can fill.
        var role: String {
            switch self {
            case .openAIChat: "writer"
            case .openAISpeech, .piperHTTP: "voice"
            case .comfyUI, .openAIImages: "image"
            case .klingVideo: "video"
            }
        }
    }

    /// One configured service.
    public struct Service: Sendable, Hashable {
        /// The protocol it speaks.
        public var kind: Kind
        /// The base URL: `https://api.openai.com/v1`, `http://127.0.0.1:8188`.
        public var endpoint: URL
        /// The model (or checkpoint, or default voice) asked for.
        public var model: String
        /// The environment variable that holds the key; `nil` for services without one.
        public var apiKeyEnvironment: String?
        /// The generator id the ledger and the price book use; `nil` for the default
        /// (`chat.<model>`, `openai.<model>`, `local.piper`, `comfyui.<model>`, `kling.<model>`).
        public var generator: String?
        /// How long one request may take.
        public var timeout: Duration = .seconds(120)
        /// How many times a failed request (429, 5xx, timeout, connection error) is tried again.
        public var maxRetries: Int = 4
        /// The first retry's delay; each later one doubles, with jitter.
        public var backoff: Duration = .milliseconds(500)
        /// The longest delay between tries (also caps `Retry-After`).
        public var maxBackoff: Duration = .seconds(60)
        /// Requests started per minute, at most; `nil` for no limit.
        public var requestsPerMinute: Int?
        /// Requests in flight at once, at most.
        public var maxConcurrent: Int = 4
        /// Writer: fall back to the built-in writer when the model fails.
        public var fallbackToBuiltIn: Bool = false
        /// Writer: how many repair prompts an invalid answer gets before giving up.
        public var maxRepairs: Int = 2
        /// Writer: the sampling temperature.
        public var temperature: Double = 0.8
        /// Voice: cast-voice (a character id, or `default`) to the service's voice name.
        public var voices: [String: String] = [:]
        /// ComfyUI: the API-format workflow JSON with placeholders.
        public var workflow: URL?
        /// ComfyUI: the workflow for requests with reference pictures (a LoadImage node reading
        /// `{{reference}}`); without it, references are not sent.
        public var referenceWorkflow: URL?
        /// Video: the delay between status polls.
        public var pollInterval: Duration = .seconds(5)
        /// Video and ComfyUI: the most status polls before giving up on a task.
        public var maxPolls: Int = 120

        /// Creates a service with default limits.
        public init(kind: Kind, endpoint: URL, model: String, apiKeyEnvironment: String? = nil) {
            self.kind = kind
            self.endpoint = endpoint
            self.model = model
            self.apiKeyEnvironment = apiKeyEnvironment
        }

        /// The generator id recorded in the ledger (`generator:`, else the kind's default).
        public var generatorID: GeneratorID {
            if let generator { return GeneratorID(generator, version: 1) }
            let name = model.lowercased().map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "-" }
            switch kind {
            case .openAIChat: return GeneratorID("chat.\(String(name))", version: 1)
            case .openAISpeech, .openAIImages: return GeneratorID("openai.\(String(name))", version: 1)
            case .piperHTTP: return GeneratorID("local.piper", version: 1)
            case .comfyUI: return GeneratorID("comfyui.\(String(name))", version: 1)
            case .klingVideo: return GeneratorID("kling.\(String(name))", version: 1)
            }
        }

        /// The service's voice for a character id: its own entry, else `default`, else the model.
        public func voice(for character: String) -> String {
            voices[character] ?? voices["default"] ?? model
        }
    }
}

extension ServiceSettings {
    /// Reads the `services:` section of `cliff.yaml` text, reporting every problem at once.
    ///
    /// - Parameters:
    ///   - projectRoot: relative `workflow:` paths are resolved against it.
    /// - Throws: `ModelServicesError` `.invalidConfiguration`, whose message lists every
    ///   diagnostic as `cliff.yaml:12:5: error: services.writer.kind: …`.
    public static func load(yaml: String, file: String = "cliff.yaml", projectRoot: URL) throws(ModelServicesError) -> ServiceSettings {
        let (settings, diagnostics) = ServiceSettingsReader.read(yaml: yaml, file: file, projectRoot: projectRoot)
        let errors = diagnostics.filter { $0.severity == .error }.sortedByLocation()
        guard errors.isEmpty else {
            throw ModelServicesError(
                code: .invalidConfiguration,
                message: "\(file) has \(errors.count) error\(errors.count == 1 ? "" : "s") in 'services':\n"
                    + errors.map(\.description).joined(separator: "\n"))
        }
        return settings
    }

    /// Reads the project's `cliff.yaml`; no file or no `services:` section means no services.
    /// - Throws: `ModelServicesError` `.invalidConfiguration` (unreadable file or bad fields).
    public static func load(projectRoot: URL) throws(ModelServicesError) -> ServiceSettings {
        let url = projectRoot.appendingPathComponent("cliff.yaml")
        guard FileManager.default.fileExists(atPath: url.path) else { return ServiceSettings() }
        let text: String
        do throws(DramaModelError) {
            if let outside = ProjectBoundary.check(url, inside: projectRoot, file: "cliff.yaml") {
                throw DramaModelError(code: .invalidSettings, message: outside.description)
            }
            text = try SeriesLoader.readText(url, displayName: "cliff.yaml", code: .invalidSettings, missing: "")
        } catch {
            throw ModelServicesError(
                code: .invalidConfiguration,
                message: ([error.message] + error.diagnostics.map(\.description)).joined(separator: "\n"))
        }
        return try load(yaml: text, projectRoot: projectRoot)
    }

    /// Reads the section and returns every diagnostic (fields in error are left out).
    public static func read(yaml: String, file: String = "cliff.yaml", projectRoot: URL) -> (ServiceSettings, [Diagnostic]) {
        ServiceSettingsReader.read(yaml: yaml, file: file, projectRoot: projectRoot)
    }
}
