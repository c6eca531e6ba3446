import DramaModel
import Foundation
import Production

/// OpenAI-compatible chat completions (`POST {endpoint}/chat/completions`), as OpenAI, Ollama,
/// llama.cpp's server and vLLM speak them. Completions are cached by content key: asking the
/// same messages of the same model again costs nothing.
struct ChatClient: Sendable {
    let connection: ServiceConnection

    /// One chat message.
    struct Message: Sendable, Hashable {
        var role: String
        var content: String
    }

    /// A model's answer and what it cost (nothing when it came from the cache).
    struct Completion: Sendable {
        var content: String
        var usage: Usage
        var cached: Bool
    }

    /// Sends `messages`, asking for a JSON object when `json` is set.
    /// - Throws: `ModelServicesError` from the transport, or `.malformedResponse`.
    func complete(_ messages: [Message], json: Bool) async throws(ModelServicesError) -> Completion {
        let service = connection.service
        var body: [String: Any] = [
            "model": service.model,
            "messages": messages.map { ["role": $0.role, "content": $0.content] },
            "temperature": service.temperature,
        ]
        if json { body["response_format"] = ["type": "json_object"] }
        let key = ServiceCache.key(endpoint: service.endpoint, model: service.model, kind: "chat", request: body)
        if let stored = connection.cache?.data(key), let completion = try? parse(stored) {
            return Completion(content: completion.content, usage: .none, cached: true)
        }
        var call = ServiceCall.json("/chat/completions", body, purpose: "chat completion")
        call.billable = connection.noWayToAsk
        let response = try await connection.send(call)
        let completion = try parse(response.body)
        connection.cache?.store(response.body, key)
        return completion
    }

    private func parse(_ body: Data) throws(ModelServicesError) -> Completion {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw connection.malformed("the chat completion is not JSON: \(connection.snippet(body))")
        }
        guard let choices = object["choices"] as? [[String: Any]], let message = choices.first?["message"] as? [String: Any],
            let content = message["content"] as? String
        else {
            throw connection.malformed("the chat completion has no choices[0].message.content: \(connection.snippet(body))")
        }
        var usage = Usage()
        if let counts = object["usage"] as? [String: Any] {
            usage[.inputToken] = (counts["prompt_tokens"] as? NSNumber)?.doubleValue ?? 0
            usage[.outputToken] = (counts["completion_tokens"] as? NSNumber)?.doubleValue ?? 0
        }
        usage[.request] = 1
        return Completion(content: content, usage: usage, cached: false)
    }
}
