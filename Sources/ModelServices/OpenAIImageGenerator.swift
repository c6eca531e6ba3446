import Crypto
import DramaModel
import Foundation
import NIOHTTP1
package import Production

/// Draws through an OpenAI-compatible images API: `POST {endpoint}/images/generations`, or,
/// with reference pictures, `POST {endpoint}/images/edits` (multipart, one `image[]` part per
/// reference). The picture comes back as `b64_json` (or a URL, which is downloaded).
///
/// The size sent is the service's size closest in aspect to the request (`1024x1024`,
/// `1024x1536`, `1536x1024`); the caller scales the result. These APIs take no seed, so
/// consistency rests on the references (`CharacterSheets`). The negative prompt is appended
/// as "Avoid: …". Pictures are cached by content key.
package struct OpenAIImageGenerator: ImageGenerator {
    package var generator: GeneratorID { connection.service.generatorID }

    let connection: ServiceConnection

    init(connection: ServiceConnection) { self.connection = connection }

    static let sizes = [(1024, 1024), (1024, 1536), (1536, 1024)]

    /// The supported size closest in aspect ratio to `width`×`height`.
    static func size(width: Int, height: Int) -> String {
        let aspect = Double(width) / Double(max(1, height))
        let best = sizes.min { abs(log(Double($0.0) / Double($0.1) / aspect)) < abs(log(Double($1.0) / Double($1.1) / aspect)) }!
        return "\(best.0)x\(best.1)"
    }

    package func generate(_ request: ImageRequest) async throws -> GeneratedImage {
        let service = connection.service
        let prompt = request.negativePrompt.isEmpty ? request.prompt : "\(request.prompt)\nAvoid: \(request.negativePrompt)"
        let size = Self.size(width: request.width, height: request.height)
        let references = request.references.map { SHA256.hash(data: $0).map { String(format: "%02x", $0) }.joined() }
        let cacheKey = ServiceCache.key(
            endpoint: service.endpoint, model: service.model, kind: "openai-images",
            request: ["prompt": prompt, "size": size, "references": references])
        if let png = connection.cache?.data(cacheKey) { return GeneratedImage(png: png, usage: .none) }
        var usage = Usage()
        do throws(ModelServicesError) {
            var call: ServiceCall
            if request.references.isEmpty {
                var body: [String: Any] = ["model": service.model, "prompt": prompt, "n": 1, "size": size]
                if service.model.hasPrefix("dall-e") { body["response_format"] = "b64_json" }
                call = .json("/images/generations", body, purpose: "image generation")
            } else {
                var form = MultipartForm()
                form.add("model", service.model)
                form.add("prompt", prompt)
                form.add("size", size)
                form.add("n", "1")
                let field = request.references.count > 1 ? "image[]" : "image"
                for (index, reference) in request.references.enumerated() {
                    form.add(field, fileName: "reference-\(index + 1).png", type: "image/png", reference)
                }
                call = ServiceCall(method: .POST, path: "/images/edits", headers: [("Content-Type", form.contentType)], body: form.finished, purpose: "image edit")
            }
            call.billable = connection.noWayToAsk
            let response = try await connection.send(call)
            usage[.request] = 1
            let answer = try response.jsonObject("the images answer", from: connection)
            if let counts = answer["usage"] as? [String: Any] {
                usage[.inputToken] = (counts["input_tokens"] as? NSNumber)?.doubleValue ?? 0
                usage[.outputToken] = (counts["output_tokens"] as? NSNumber)?.doubleValue ?? 0
            }
            guard let first = (answer["data"] as? [[String: Any]])?.first else {
                throw connection.malformed("the images answer has no data[0]: \(connection.snippet(response.body))")
            }
            let png: Data
            if let encoded = first["b64_json"] as? String {
                guard let decoded = Data(base64Encoded: encoded) else { throw connection.malformed("data[0].b64_json is not base64") }
                png = decoded
            } else if let link = first["url"] as? String, let url = URL(string: link) {
                png = try await connection.send(ServiceCall(method: .GET, path: "", absoluteURL: url, sendsKey: url.host == service.endpoint.host, purpose: "image download")).body
            } else {
                throw connection.malformed("data[0] has neither b64_json nor url")
            }
            guard png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { throw connection.malformed("the picture is not a PNG") }
            usage[.image] = 1
            connection.cache?.store(png, cacheKey)
            return GeneratedImage(png: png, usage: usage)
        } catch {
            throw error.stepFailure(usage: usage)
        }
    }
}
