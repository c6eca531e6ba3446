import DramaModel
import Foundation
import Hummingbird
import ModelServices
import TestSupport
import Voice

/// A stand-in chat model: it reads the structure the writer's prompt describes and answers
/// with JSON that fits it, as a capable model would.
enum ScriptedChatModel {
    /// The answer to a chat completion request body.
    static func answer(_ request: [String: Any]) -> String {
        let messages = request["messages"] as? [[String: String]] ?? []
        // A repair prompt is answered from the original request.
        let original = messages.first { $0["role"] == "user" }?["content"] ?? ""
        if original.contains("Give every one of the") { return plan(original) }
        return episode(original)
    }

    static func plan(_ prompt: String) -> String {
        let count = prompt.components(separatedBy: "\nEPISODE ").count - 1
        let episodes = (1...max(1, count)).map { ["number": $0, "title": "Model Title \($0)", "summary": "Something sharp happens in episode \($0)."] as [String: Any] }
        return encode(["episodes": episodes])
    }

    /// Beats from `beat N: kind, cast a, b` lines after `THIS EPISODE`.
    static func beats(_ prompt: String) -> [(kind: String, cast: [String])] {
        guard let range = prompt.range(of: "THIS EPISODE:") else { return [] }
        var beats: [(String, [String])] = []
        for line in prompt[range.upperBound...].split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("beat "), let colon = trimmed.firstIndex(of: ":") else { continue }
            var rest = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if let dash = rest.range(of: " — ") { rest = String(rest[..<dash.lowerBound]) }
            let parts = rest.components(separatedBy: ", cast ")
            guard parts.count == 2 else { continue }
            beats.append((parts[0], parts[1].components(separatedBy: ", ")))
        }
        return beats
    }

    static func targetSeconds(_ prompt: String) -> Int {
        guard let range = prompt.range(of: #"should run about (\d+) seconds"#, options: .regularExpression) else { return 60 }
        return Int(prompt[range].filter(\.isNumber)) ?? 60
    }

    static func episode(_ prompt: String) -> String {
        let beats = beats(prompt)
        let words = Double(targetSeconds(prompt)) * 2.7
        let linesPerBeat = max(1, Int((words / 9 / Double(max(1, beats.count))).rounded()))
        let emotions = ["angry", "cold", "shocked", "tender", "neutral", "smug"]
        var counter = 0
        let out: [[String: Any]] = beats.map { beat in
            var lines: [[String: Any]] = []
            for index in 0..<linesPerBeat {
                counter += 1
                let speaker = beat.cast[index % beat.cast.count]
                // Asked for a stronger hook, it opens on open conflict, as the note says.
                let text = counter == 1 && prompt.contains("open on open conflict in the first line")
                    ? "Enough lies. Who sent you here tonight?" : "Line \(counter), and you know exactly what you did."
                lines.append(["speaker": speaker, "emotion": emotions[counter % emotions.count], "text": text])
                if index == 0, beat.kind == "confrontation" { lines.append(["action": "A glass shatters on the floor."]) }
            }
            return ["kind": beat.kind, "lines": lines]
        }
        return encode(["beats": out])
    }

    static func completion(_ content: String, prompt: Int = 100, completion: Int = 50) -> [String: Any] {
        [
            "id": "chatcmpl-test", "object": "chat.completion", "model": "test-model",
            "choices": [["index": 0, "message": ["role": "assistant", "content": content], "finish_reason": "stop"]],
            "usage": ["prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion],
        ]
    }

    static func encode(_ object: Any) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
    }
}

/// Test media.
enum Media {
    /// A real 1×1 PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")!

    /// The start of an MP4: an `ftyp` box.
    static let mp4 = Data([0, 0, 0, 24] + Array("ftypisom".utf8) + [0, 0, 2, 0] + Array("isomiso2".utf8) + Array(repeating: 0, count: 64))

    /// Speech-like audio: 0.1 s of silence, three 0.25 s tone bursts 0.2 s apart, 0.1 s of silence.
    static func wav(sampleRate: Int = 24_000) -> Data {
        var samples = [Int16](repeating: 0, count: sampleRate / 10)
        for burst in 0..<3 {
            for index in 0..<(sampleRate / 4) {
                let envelope = min(1, Double(index) / 200, Double(sampleRate / 4 - index) / 200)
                samples.append(Int16(9000 * envelope * sin(2 * .pi * 180 * Double(index) / Double(sampleRate))))
            }
            if burst < 2 { samples += [Int16](repeating: 0, count: sampleRate / 5) }
        }
        samples += [Int16](repeating: 0, count: sampleRate / 10)
        return Speech(samples: samples, sampleRate: sampleRate).wavData()
    }
}

/// Settings for a service at a loopback server, with short backoff and polls for tests, and
/// a request timeout that only bounds a hang (the loopback servers answer at once, but the
/// suite runs in parallel on loaded machines, where a timed-out try would be retried and change
/// the request counts tests check); a test about timeouts sets its own.
func testService(
    _ kind: ServiceSettings.Kind, _ server: LoopbackServer, path: String = "", model: String = "test-model", keyEnvironment: String? = nil
) -> ServiceSettings.Service {
    var service = ServiceSettings.Service(kind: kind, endpoint: URL(string: server.endpoint.absoluteString + path)!, model: model, apiKeyEnvironment: keyEnvironment)
    service.timeout = .seconds(120)
    service.maxRetries = 2
    service.backoff = .milliseconds(10)
    service.maxBackoff = .milliseconds(2500)
    service.pollInterval = .milliseconds(10)
    service.maxPolls = 5
    return service
}

/// A fresh project folder for the cache.
func temporaryProject() -> URL {
    // A folder that cannot be made fails the test at its first write there.
    (try? temporaryDirectory("cliff-services"))
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("cliff-services-\(UUID().uuidString)", isDirectory: true)
}
