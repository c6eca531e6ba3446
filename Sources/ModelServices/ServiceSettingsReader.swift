import Basics
import DramaModel
import Foundation
import Yams

/// Reads `services:` from `cliff.yaml` with DramaModel's `YAMLNodeReader`, so problems read
/// like every other file's: `cliff.yaml:14:11: error: services.voice.kind: unknown …`.
enum ServiceSettingsReader {
    static let roles = ["writer", "voice", "image", "video"]
    static let commonKeys = [
        "kind", "endpoint", "model", "api_key_env", "generator", "timeout_seconds", "max_retries", "backoff_ms", "max_backoff_seconds",
        "requests_per_minute", "max_concurrent",
    ]
    static func keys(for kind: ServiceSettings.Kind?) -> [String] {
        switch kind {
        case .openAIChat: commonKeys + ["fallback", "max_repairs", "temperature"]
        case .openAISpeech, .piperHTTP: commonKeys + ["voices"]
        case .comfyUI: commonKeys + ["workflow", "reference_workflow", "poll_seconds", "max_polls"]
        case .openAIImages: commonKeys
        case .klingVideo: commonKeys + ["poll_seconds", "max_polls"]
        case nil: commonKeys + ["fallback", "max_repairs", "temperature", "voices", "workflow", "reference_workflow", "poll_seconds", "max_polls"]
        }
    }

    static func read(yaml: String, file: String, projectRoot: URL) -> (ServiceSettings, [Diagnostic]) {
        var settings = ServiceSettings()
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return (settings, [SeriesLoader.syntaxDiagnostic(error, yaml: yaml, file: file)])
        }
        guard let root, case .mapping(let top) = root, let section = top["services"], !YAMLNodeReader.isNull(section) else {
            return (settings, [])
        }
        var r = YAMLNodeReader(file: file)
        guard let entries = r.mapping(section, "services", keys: roles) else { return (settings, r.diagnostics) }
        for role in roles {
            guard let node = entries[role], !YAMLNodeReader.isNull(node) else { continue }
            let service = readService(node, role: role, projectRoot: projectRoot, &r)
            switch role {
            case "writer": settings.writer = service
            case "voice": settings.voice = service
            case "image": settings.image = service
            default: settings.video = service
            }
        }
        return (settings, r.diagnostics)
    }

    static func readService(_ node: Node, role: String, projectRoot: URL, _ r: inout YAMLNodeReader) -> ServiceSettings.Service? {
        let path = "services.\(role)"
        // The kind decides which keys are allowed, so read it first.
        var kind: ServiceSettings.Kind?
        if case .mapping(let raw) = node, let kindNode = raw["kind"] {
            let options = ServiceSettings.Kind.allCases.filter { $0.role == role }.map { ($0.rawValue, $0) }
            kind = r.choice(kindNode, path + ".kind", options, what: "\(role) service kind")
        }
        guard let m = r.mapping(node, path, keys: keys(for: kind), required: ["kind", "endpoint", "model"]) else { return nil }
        if kind == .comfyUI, m["workflow"] == nil {
            r.report(node, path + ".workflow", "a comfyui service needs a workflow",
                     hint: "add 'workflow: workflows/still.json' (an API-format workflow with {{prompt}}, {{seed}}… placeholders)")
        }
        var endpoint: URL?
        if let text = r.string(m["endpoint"], path + ".endpoint") {
            if let url = URL(string: text.hasSuffix("/") ? String(text.dropLast()) : text), let scheme = url.scheme,
                ["http", "https"].contains(scheme.lowercased()), url.host != nil
            {
                endpoint = url
            } else {
                r.report(m["endpoint"], path + ".endpoint", "'\(text)' is not an http(s) URL", hint: "write e.g. http://127.0.0.1:11434/v1")
            }
        }
        let model = r.string(m["model"], path + ".model")
        if let model, model.trimmingCharacters(in: .whitespaces).isEmpty {
            r.report(m["model"], path + ".model", "the model must not be empty", hint: "name the model, e.g. gpt-4o-mini")
        }
        var keyEnvironment: String?
        if let name = r.string(m["api_key_env"], path + ".api_key_env") {
            if name.range(of: #"^[A-Za-z_][A-Za-z0-9_]*$"#, options: .regularExpression) == nil {
                r.report(m["api_key_env"], path + ".api_key_env", "'\(name.prefix(4))…' is not an environment variable name",
                         hint: "write the NAME of the variable that holds the key (e.g. OPENAI_API_KEY), never the key itself")
            } else {
                keyEnvironment = name
            }
        }
        let generator = r.string(m["generator"], path + ".generator")
        if let generator, generator.range(of: #"^[a-z0-9][a-z0-9._-]*$"#, options: .regularExpression) == nil {
            r.report(m["generator"], path + ".generator", "'\(generator)' is not a generator id", hint: "use lowercase letters, digits, '.', '_' and '-', e.g. openai.gpt-4o-mini")
        }
        // Every field is read even when the essentials are wrong, so all problems show at once.
        var service = ServiceSettings.Service(
            kind: kind ?? .openAIChat, endpoint: endpoint ?? URL(fileURLWithPath: "/"), model: model ?? "", apiKeyEnvironment: keyEnvironment)
        service.generator = generator
        if let value = duration(m["timeout_seconds"], path + ".timeout_seconds", scale: 1000, &r) { service.timeout = value }
        if let value = r.int(m["max_retries"], path + ".max_retries") {
            if value < 0 { r.report(m["max_retries"], path + ".max_retries", "expected 0 or more, found \(value)", hint: "write e.g. 4") }
            else { service.maxRetries = value }
        }
        if let value = duration(m["backoff_ms"], path + ".backoff_ms", scale: 1, &r) { service.backoff = value }
        if let value = duration(m["max_backoff_seconds"], path + ".max_backoff_seconds", scale: 1000, &r) { service.maxBackoff = value }
        service.requestsPerMinute = positive(m["requests_per_minute"], path + ".requests_per_minute", &r)
        if let value = positive(m["max_concurrent"], path + ".max_concurrent", &r) { service.maxConcurrent = value }
        if let text = r.string(m["fallback"], path + ".fallback") {
            switch text.lowercased() {
            case "builtin": service.fallbackToBuiltIn = true
            case "none": service.fallbackToBuiltIn = false
            default:
                r.report(m["fallback"], path + ".fallback", "unknown fallback '\(text)'.\(Suggestion.didYouMean(text, in: ["builtin", "none"]))",
                         hint: "use builtin (the beat-sheet writer takes over when the model fails) or none")
            }
        }
        if let value = r.int(m["max_repairs"], path + ".max_repairs") {
            if value < 0 || value > 10 { r.report(m["max_repairs"], path + ".max_repairs", "expected 0 to 10, found \(value)", hint: "write e.g. 2") }
            else { service.maxRepairs = value }
        }
        if let text = r.string(m["temperature"], path + ".temperature") {
            if let value = Double(text), (0...2).contains(value) { service.temperature = value }
            else { r.report(m["temperature"], path + ".temperature", "expected a number from 0 to 2, found '\(text)'", hint: "write e.g. 0.8") }
        }
        if let node = m["voices"], !YAMLNodeReader.isNull(node) {
            if case .mapping(let voices) = node {
                for (key, value) in voices {
                    guard case .scalar(let name) = key else { continue }
                    if let voice = r.string(value, path + ".voices." + name.string) { service.voices[name.string] = voice }
                }
            } else {
                r.report(node, path + ".voices", "expected a mapping of 'character-id: voice' lines, found \(YAMLNodeReader.describe(node))",
                         hint: "write e.g. 'lin-xia: nova' indented under voices, and 'default: alloy' for everyone else")
            }
        }
        service.workflow = workflow(m["workflow"], path + ".workflow", projectRoot: projectRoot, &r)
        service.referenceWorkflow = workflow(m["reference_workflow"], path + ".reference_workflow", projectRoot: projectRoot, &r)
        if let value = duration(m["poll_seconds"], path + ".poll_seconds", scale: 1000, &r) { service.pollInterval = value }
        if let value = positive(m["max_polls"], path + ".max_polls", &r) { service.maxPolls = value }
        guard kind != nil, endpoint != nil, let model, !model.isEmpty else { return nil }
        return service
    }

    static func workflow(_ node: Node?, _ path: String, projectRoot: URL, _ r: inout YAMLNodeReader) -> URL? {
        guard let text = r.string(node, path) else { return nil }
        let url = text.hasPrefix("/") ? URL(fileURLWithPath: text) : projectRoot.appendingPathComponent(text)
        guard FileManager.default.fileExists(atPath: url.path) else {
            r.report(node, path, "no workflow file at '\(text)'",
                     hint: "export the workflow from ComfyUI with 'Save (API Format)' and give its path relative to the project")
            return nil
        }
        return url
    }

    static func positive(_ node: Node?, _ path: String, _ r: inout YAMLNodeReader) -> Int? {
        guard let value = r.int(node, path) else { return nil }
        guard value >= 1 else {
            r.report(node, path, "expected a whole number of at least 1, found \(value)", hint: "write e.g. 2")
            return nil
        }
        return value
    }

    /// A positive decimal (`2`, `0.25`) in units of `scale` milliseconds, exact to the millisecond.
    static func duration(_ node: Node?, _ path: String, scale: Int64, _ r: inout YAMLNodeReader) -> Duration? {
        guard let text = r.string(node, path) else { return nil }
        guard let milliseconds = Self.milliseconds(text, scale: scale), milliseconds > 0 else {
            r.report(node, path, "expected a positive number, found '\(text)'", hint: "write e.g. 30 or 0.5")
            return nil
        }
        return .milliseconds(milliseconds)
    }

    /// `text` (a decimal) times `scale`, in whole milliseconds; nil when not a plain decimal.
    static func milliseconds(_ text: String, scale: Int64) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int64(parts[0]), whole >= 0, whole < 10_000_000 else { return nil }
        var value = whole * scale
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isNumber), let fraction = Int64(digits) else { return nil }
            let denominator = Int64([1, 10, 100, 1000][digits.count])
            value += fraction * scale / denominator
        }
        return value
    }
}
