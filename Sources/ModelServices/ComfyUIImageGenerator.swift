import Crypto
import DramaModel
import Foundation
import NIOHTTP1
package import Production

/// Draws through ComfyUI's HTTP API: uploads the first reference picture
/// (`POST /upload/image`), fills the workflow's placeholders, queues it (`POST /prompt`),
/// polls `GET /history/{prompt_id}` (at most `max_polls` times, `poll_seconds` apart) and
/// fetches the first output picture (`GET /view`).
///
/// The workflow is ComfyUI's API format ("Save (API Format)") with placeholders in string
/// values: `{{prompt}}`, `{{negative}}`, `{{seed}}`, `{{width}}`, `{{height}}`, `{{model}}`
/// (the checkpoint from `model:`) and `{{reference}}` (the uploaded reference's name). A
/// value that is exactly `{{seed}}`, `{{width}}` or `{{height}}` becomes a number. Pictures
/// are cached by content key (workflow, prompt, seed, size, references). Requests with
/// references use `reference_workflow` (whose LoadImage node reads `{{reference}}`); without
/// one, references are not sent.
package struct ComfyUIImageGenerator: ImageGenerator {
    package var generator: GeneratorID { connection.service.generatorID }

    let connection: ServiceConnection
    let plain: Workflow
    let withReference: Workflow?

    /// A loaded API-format workflow (checked to be a JSON object when loaded).
    struct Workflow: Sendable {
        let text: String
        var object: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:] }
    }

    init(connection: ServiceConnection) throws(ModelServicesError) {
        self.connection = connection
        guard let url = connection.service.workflow else {
            throw ModelServicesError(code: .invalidConfiguration, message: "the image service (comfyui) has no workflow: add 'workflow: workflows/still.json' under services.image in cliff.yaml")
        }
        plain = try Self.load(url)
        withReference = try connection.service.referenceWorkflow.map { (url: URL) throws(ModelServicesError) in try Self.load(url) }
    }

    static func load(_ url: URL) throws(ModelServicesError) -> Workflow {
        guard let data = try? Data(contentsOf: url), (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else {
            throw ModelServicesError(
                code: .invalidConfiguration,
                message: "the ComfyUI workflow \(url.path) is not a JSON object; export it from ComfyUI with 'Save (API Format)'")
        }
        guard String(decoding: data, as: UTF8.self).contains("{{prompt}}") else {
            throw ModelServicesError(
                code: .invalidConfiguration,
                message: "the ComfyUI workflow \(url.path) has no {{prompt}} placeholder; put {{prompt}} in the positive CLIPTextEncode's text (and {{seed}} in the KSampler's seed)")
        }
        return Workflow(text: String(decoding: data, as: UTF8.self))
    }

    package func generate(_ request: ImageRequest) async throws -> GeneratedImage {
        let workflow = request.references.isEmpty ? plain : (withReference ?? plain)
        let sendsReference = !request.references.isEmpty && withReference != nil
        let references = (sendsReference ? request.references : []).map { SHA256.hash(data: $0).map { String(format: "%02x", $0) }.joined() }
        let cacheKey = ServiceCache.key(
            endpoint: connection.service.endpoint, model: connection.service.model, kind: "comfyui",
            request: [
                "workflow": workflow.text, "prompt": request.prompt, "negative": request.negativePrompt, "seed": "\(request.seed)",
                "width": request.width, "height": request.height, "references": references,
            ])
        if let png = connection.cache?.data(cacheKey) { return GeneratedImage(png: png, usage: .none) }
        var usage = Usage()
        do throws(ModelServicesError) {
            var reference = ""
            if sendsReference, let first = request.references.first {
                reference = try await upload(first, name: "cliff-\(references[0].prefix(16)).png")
                usage[.request] += 1
            }
            let values: [String: Any] = [
                "prompt": request.prompt, "negative": request.negativePrompt, "seed": request.seed, "width": request.width,
                "height": request.height, "model": connection.service.model, "reference": reference,
            ]
            let filled = Self.fill(workflow.object, values)
            let promptID = try await submit(filled, cacheKey: cacheKey, usage: &usage)
            let output: Output
            do throws(ModelServicesError) {
                output = try await poll(promptID)
            } catch where error.code == .rejected {
                connection.cache?.remove(cacheKey + ".prompt")  // a failed prompt is over
                throw error
            }
            var query = URLComponents()
            query.queryItems = [URLQueryItem(name: "filename", value: output.filename), URLQueryItem(name: "subfolder", value: output.subfolder), URLQueryItem(name: "type", value: output.type)]
            let png = try await connection.send(.get("/view?\(query.percentEncodedQuery ?? "")", purpose: "output download")).body
            guard png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { throw connection.malformed("/view returned something that is not a PNG: \(connection.snippet(png))") }
            usage[.image] = 1
            connection.cache?.store(png, cacheKey)
            return GeneratedImage(png: png, usage: usage)
        } catch {
            throw error.stepFailure(usage: usage)
        }
    }

    /// Queues the filled workflow under a prompt id chosen and recorded before it is sent
    /// (`<cacheKey>.prompt`); returns that id. When a record exists — an earlier try whose
    /// answer was lost, or a crash — the server is asked first (`/history/<id>`, `/queue`) and
    /// the prompt is queued again only if the server has never seen it.
    func submit(_ workflow: Any, cacheKey: String, usage: inout Usage) async throws(ModelServicesError) -> String {
        let record = cacheKey + ".prompt"
        if let stored = connection.cache?.data(record).map({ String(decoding: $0, as: UTF8.self) }), !stored.isEmpty,
           try await knows(stored) {
            return stored
        }
        let promptID = connection.cache?.data(record).map { String(decoding: $0, as: UTF8.self) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? UUID().uuidString.lowercased()
        do {
            try connection.cache?.record(Data(promptID.utf8), record)
        } catch {
            throw ModelServicesError(
                code: .rejected,
                message: "\(connection.name): cannot record the prompt id before queueing the workflow (\(error.localizedDescription)); nothing was sent. Check that the project's .cliff folder is writable")
        }
        var call = ServiceCall.json("/prompt", ["prompt": workflow, "client_id": "cliff", "prompt_id": promptID], purpose: "workflow submission")
        call.billable = .askFirst
        do throws(ModelServicesError) {
            let queued = try await connection.send(call)
            usage[.request] += 1
            let answered = try queued.jsonObject("the /prompt answer", from: connection)["prompt_id"] as? String
            guard let answered, !answered.isEmpty else {
                throw connection.malformed("the /prompt answer has no prompt_id: \(connection.snippet(queued.body))")
            }
            if answered != promptID { connection.cache?.store(Data(answered.utf8), record) }  // a server that picks its own ids
            return answered
        } catch where error.code == .answerLost {
            if try await knows(promptID) {
                usage[.request] += 1
                return promptID
            }
            throw ModelServicesError(
                code: .timedOut, message: "\(error.message); the server does not know prompt \(promptID), so the next try queues it again")
        }
    }

    /// Whether the server has prompt `id`: finished (in `/history`) or waiting or running (in `/queue`).
    func knows(_ id: String) async throws(ModelServicesError) -> Bool {
        let history = try await connection.send(.get("/history/\(id)", purpose: "history lookup")).jsonObject("the /history answer", from: connection)
        if history[id] != nil { return true }
        let queue = try await connection.send(.get("/queue", purpose: "queue lookup")).jsonObject("the /queue answer", from: connection)
        let entries = ((queue["queue_running"] as? [Any]) ?? []) + ((queue["queue_pending"] as? [Any]) ?? [])
        return entries.contains { (($0 as? [Any]).map { $0.count > 1 ? "\($0[1])" : "" } ?? "") == id }
    }

    /// Uploads a reference; returns the name the workflow's LoadImage node uses.
    func upload(_ png: Data, name: String) async throws(ModelServicesError) -> String {
        var form = MultipartForm()
        form.add("image", fileName: name, type: "image/png", png)
        form.add("overwrite", "true")
        form.add("type", "input")
        let call = ServiceCall(method: .POST, path: "/upload/image", headers: [("Content-Type", form.contentType)], body: form.finished, purpose: "reference upload")
        let answer = try await connection.send(call).jsonObject("the /upload/image answer", from: connection)
        guard let stored = answer["name"] as? String else { throw connection.malformed("the /upload/image answer has no name") }
        let subfolder = answer["subfolder"] as? String ?? ""
        return subfolder.isEmpty ? stored : "\(subfolder)/\(stored)"
    }

    struct Output { var filename: String, subfolder: String, type: String }

    /// Polls the history until the prompt has an output picture, fails, or polls run out.
    func poll(_ promptID: String) async throws(ModelServicesError) -> Output {
        let service = connection.service
        for poll in 0..<service.maxPolls {
            if poll > 0 {
                do { try await Task.sleep(for: service.pollInterval) } catch {
                    throw ModelServicesError(code: .timedOut, message: "\(connection.name): waiting for prompt \(promptID) was cancelled")
                }
            }
            let history = try await connection.send(.get("/history/\(promptID)", purpose: "history poll")).jsonObject("the /history answer", from: connection)
            guard let entry = history[promptID] as? [String: Any] else { continue }
            let status = entry["status"] as? [String: Any]
            if status?["status_str"] as? String == "error" {
                let messages = (status?["messages"] as? [Any]).map { "\($0)".prefix(300) } ?? ""
                throw ModelServicesError(code: .rejected, message: "\(connection.name): ComfyUI failed prompt \(promptID): \(connection.redact(String(messages))); open the workflow in ComfyUI to see which node fails")
            }
            let outputs = entry["outputs"] as? [String: Any] ?? [:]
            for nodeID in outputs.keys.sorted() {
                guard let images = (outputs[nodeID] as? [String: Any])?["images"] as? [[String: Any]], let image = images.first,
                    let filename = image["filename"] as? String
                else { continue }
                return Output(filename: filename, subfolder: image["subfolder"] as? String ?? "", type: image["type"] as? String ?? "output")
            }
            if status?["completed"] as? Bool == true {
                throw connection.malformed("prompt \(promptID) completed without an output picture; the workflow needs a SaveImage node")
            }
        }
        throw ModelServicesError(
            code: .timedOut,
            message: "\(connection.name): prompt \(promptID) did not finish within \(service.maxPolls) polls \(ServiceConnection.seconds(service.pollInterval)) apart; raise max_polls or check ComfyUI's queue")
    }

    /// The workflow with every placeholder replaced; an exact `{{seed}}`-style value of a
    /// number becomes a number.
    static func fill(_ value: Any, _ values: [String: Any]) -> Any {
        switch value {
        case let object as [String: Any]:
            return object.mapValues { fill($0, values) }
        case let array as [Any]:
            return array.map { fill($0, values) }
        case let text as String:
            for (name, replacement) in values where text == "{{\(name)}}" {
                if let number = replacement as? UInt64 { return NSNumber(value: number) }
                if let number = replacement as? Int { return NSNumber(value: number) }
            }
            var result = text
            for (name, replacement) in values { result = result.replacingOccurrences(of: "{{\(name)}}", with: "\(replacement)") }
            return result
        default:
            return value
        }
    }
}
