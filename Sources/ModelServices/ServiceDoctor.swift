import Foundation

/// Checks each configured service the way a run would use it, and says what is missing and
/// how to fix it: reachable (the endpoint answers), authenticated (the key's environment
/// variable is set and the service accepts it), model present (`GET /models` for
/// OpenAI-compatible services, ComfyUI's `/object_info` for the checkpoint, Piper's
/// `/voices`). Each probe is tried once, within the service's own `timeout_seconds`.
package struct ServiceDoctor: Sendable {
    let hub: ServiceHub

    /// One check of one service.
    package struct Check: Sendable, Hashable {
        /// `writer`, `voice`, `image`, `video`.
        package var role: String
        /// `reachable`, `authenticated`, `model present`.
        package var name: String
        /// Whether it passed.
        package var passed: Bool
        /// What was found.
        package var detail: String
        /// How to fix a failure.
        package var fix: String?
    }

    /// Every check of every configured service, in role order.
    package func run() async -> [Check] {
        var checks: [Check] = []
        for (role, service) in hub.settings.configured {
            checks += await check(role, service)
        }
        return checks
    }

    func check(_ role: String, _ configured: ServiceSettings.Service) async -> [Check] {
        var service = configured
        service.maxRetries = 0
        var checks: [Check] = []
        var key: ServiceKey?
        var keyProblem: String?
        do throws(ModelServicesError) {
            key = try ServiceKey.load(service.apiKeyEnvironment, role: role, environment: hub.environment)
        } catch {
            keyProblem = error.message
        }
        let connection = ServiceConnection(
            role: role, service: service, key: key, http: hub.http, limiter: RateLimiter(requestsPerMinute: nil, maxConcurrent: 1),
            logger: hub.logger, cache: nil)
        let probe: ServiceCall = switch service.kind {
        case .openAIChat, .openAISpeech, .openAIImages: .get("/models", purpose: "model list")
        case .comfyUI: .get("/object_info/CheckpointLoaderSimple", purpose: "checkpoint list")
        case .piperHTTP: .get("/voices", purpose: "voice list")
        case .klingVideo: .get("\(TaskClipGenerator.path)/cliff-doctor-probe", purpose: "task lookup")
        }
        var answer: ServiceResponse?
        var failure: ModelServicesError?
        do throws(ModelServicesError) {
            answer = try await connection.send(probe)
        } catch {
            failure = error
        }
        func add(_ name: String, _ passed: Bool, _ detail: String, fix: String? = nil) {
            checks.append(Check(role: role, name: name, passed: passed, detail: detail, fix: passed ? nil : fix))
        }
        let endpoint = service.endpoint.absoluteString
        if let failure, failure.code == .unreachable || failure.code == .timedOut {
            add("reachable", false, failure.message, fix: "start the service, or correct services.\(role).endpoint (\(endpoint)) in cliff.yaml")
            if let keyProblem { add("authenticated", false, keyProblem, fix: "export \(service.apiKeyEnvironment ?? "the key variable")=… before running cliff") }
            return checks
        }
        add("reachable", true, "\(endpoint) answers")
        let unauthorized = failure?.code == .unauthorized
        if let keyProblem {
            add("authenticated", false, keyProblem, fix: "export \(service.apiKeyEnvironment ?? "the key variable")=… before running cliff")
        } else if unauthorized {
            add("authenticated", false, failure!.message, fix: "check the key in $\(service.apiKeyEnvironment ?? "…"), or set api_key_env if the service needs a key")
        } else {
            add("authenticated", true, service.apiKeyEnvironment.map { "the key in $\($0) is accepted" } ?? "no key needed")
        }
        if unauthorized || keyProblem != nil {
            add("model present", false, "cannot list models without an accepted key", fix: "fix the key first")
            return checks
        }
        switch service.kind {
        case .openAIChat, .openAISpeech, .openAIImages:
            guard let answer else {
                // Some servers (older llama.cpp builds) list no models: the first real request tells.
                add("model present", true, "the service does not list models (\(failure?.message ?? "")); '\(service.model)' is checked on first use")
                return checks
            }
            let ids = ((try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any])?["data"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            if ids.contains(service.model) {
                add("model present", true, "'\(service.model)' is served")
            } else {
                let fix = service.endpoint.port == 11434 ? "run `ollama pull \(service.model)`, or name a served model in services.\(role).model" : "name a served model in services.\(role).model"
                add("model present", false, "'\(service.model)' is not among the \(ids.count) models served (\(ids.prefix(8).joined(separator: ", "))\(ids.count > 8 ? ", …" : ""))", fix: fix)
            }
        case .comfyUI:
            let object = answer.flatMap { try? JSONSerialization.jsonObject(with: $0.body) as? [String: Any] }
            let required = ((object?["CheckpointLoaderSimple"] as? [String: Any])?["input"] as? [String: Any])?["required"] as? [String: Any]
            let names = ((required?["ckpt_name"] as? [Any])?.first as? [String]) ?? []
            if names.contains(service.model) {
                add("model present", true, "checkpoint '\(service.model)' is installed")
            } else {
                add("model present", false, "checkpoint '\(service.model)' is not installed (\(names.count) found: \(names.prefix(6).joined(separator: ", ")))",
                    fix: "put the checkpoint in ComfyUI's models/checkpoints folder, or name an installed one in services.\(role).model")
            }
            if service.workflow == nil {
                add("workflow", false, "no workflow configured", fix: "add services.\(role).workflow: an API-format workflow with {{prompt}} and {{seed}}")
            }
        case .piperHTTP:
            let voices = Set(((answer.flatMap { try? JSONSerialization.jsonObject(with: $0.body) as? [String: Any] }) ?? [:]).keys)
            let wanted = Set(service.voices.values).union([service.model]).sorted()
            let missing = wanted.filter { !voices.contains($0) }
            if missing.isEmpty {
                add("model present", true, "voice\(wanted.count == 1 ? "" : "s") \(wanted.joined(separator: ", ")) installed")
            } else {
                add("model present", false, "voice\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) not installed (server has \(voices.sorted().joined(separator: ", ")))",
                    fix: "run `python3 -m piper.download_voices \(missing[0])` in the server's data folder, or map the cast to installed voices under services.\(role).voices")
            }
        case .klingVideo:
            add("model present", true, "the service lists no models; '\(service.model)' is checked by the first task")
        }
        return checks
    }
}
