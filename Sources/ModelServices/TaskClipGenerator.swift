import Crypto
import DramaModel
import Foundation
import NIOHTTP1
public import Production

/// Animates stills through a Kling-style image-to-video service: creates a task
/// (`POST {endpoint}/v1/videos/image2video` with the image in base64, the prompt and the
/// duration), polls `GET {endpoint}/v1/videos/image2video/{task_id}` every `poll_seconds` —
/// at most `max_polls` times and never longer than the polls' total — until
/// `task_status` is `succeed` (then downloads `task_result.videos[0].url`) or `failed`.
///
/// The task id is remembered in the content-key cache as soon as the task exists, so a run
/// that crashes while polling picks the same task up again instead of paying for another;
/// the finished clip is cached too. Usage is the clip's seconds (`video_second`).
public struct TaskClipGenerator: ClipGenerator {
    public var generator: GeneratorID { connection.service.generatorID }

    let connection: ServiceConnection

    init(connection: ServiceConnection) { self.connection = connection }

    static let path = "/v1/videos/image2video"

    public func animate(_ request: ClipRequest) async throws -> GeneratedClip {
        let service = connection.service
        let duration = request.seconds <= 5 ? "5" : "10"
        let imageHash = SHA256.hash(data: request.image).map { String(format: "%02x", $0) }.joined()
        let cacheKey = ServiceCache.key(
            endpoint: service.endpoint, model: service.model, kind: "image2video",
            request: ["image": imageHash, "prompt": request.prompt, "duration": duration, "seed": "\(request.seed)"])
        if let mp4 = connection.cache?.data(cacheKey) { return GeneratedClip(mp4: mp4, usage: .none) }
        var usage = Usage()
        do throws(ModelServicesError) {
            let taskKey = cacheKey + ".task"
            var taskID = connection.cache?.data(taskKey).map { String(decoding: $0, as: UTF8.self) }
            if taskID == nil {
                let body: [String: Any] = [
                    "model_name": service.model, "image": request.image.base64EncodedString(), "prompt": request.prompt,
                    "duration": duration, "mode": "std", "cfg_scale": 0.5,
                ]
                let created = try await connection.send(.json(Self.path, body, purpose: "video task creation"))
                usage[.request] = 1
                let id = try envelope(created, "the task creation answer")["task_id"] as? String
                guard let id, !id.isEmpty else { throw connection.malformed("the task creation answer has no data.task_id: \(connection.snippet(created.body))") }
                connection.cache?.store(Data(id.utf8), taskKey)
                taskID = id
            }
            let (url, seconds) = try await poll(taskID!)
            let sameHost = url.host == service.endpoint.host
            let mp4 = try await connection.send(ServiceCall(method: .GET, path: "", absoluteURL: url, sendsKey: sameHost, purpose: "clip download")).body
            guard mp4.count > 8, String(decoding: mp4[mp4.startIndex + 4..<mp4.startIndex + 8], as: UTF8.self) == "ftyp" else {
                throw connection.malformed("the clip at \(url.absoluteString) is not an MP4 (no ftyp box)")
            }
            usage[.videoSecond] = seconds ?? Double(duration)!
            connection.cache?.store(mp4, cacheKey)
            return GeneratedClip(mp4: mp4, usage: usage)
        } catch {
            throw error.stepFailure(usage: usage)
        }
    }

    /// The `data` object of Kling's `{"code": 0, "message", "data"}` envelope.
    func envelope(_ response: ServiceResponse, _ what: String) throws(ModelServicesError) -> [String: Any] {
        let object = try response.jsonObject(what, from: connection)
        if let code = object["code"] as? NSNumber, code.intValue != 0 {
            throw ModelServicesError(code: .rejected, message: "\(connection.name): \(what) carries error code \(code): \(connection.redact(object["message"] as? String ?? "no message"))")
        }
        guard let data = object["data"] as? [String: Any] else { throw connection.malformed("\(what) has no data object: \(connection.snippet(response.body))") }
        return data
    }

    /// Polls until the task succeeds (its clip's URL and seconds), fails, or polls run out.
    func poll(_ taskID: String) async throws(ModelServicesError) -> (URL, Double?) {
        let service = connection.service
        let deadline = ContinuousClock.now + service.pollInterval * service.maxPolls + service.timeout
        for poll in 0..<service.maxPolls {
            if poll > 0 {
                do { try await Task.sleep(for: service.pollInterval) } catch {
                    throw ModelServicesError(code: .timedOut, message: "\(connection.name): waiting for task \(taskID) was cancelled")
                }
            }
            if ContinuousClock.now > deadline { break }
            let status = try envelope(try await connection.send(.get("\(Self.path)/\(taskID)", purpose: "task poll")), "the task status")
            switch status["task_status"] as? String {
            case "succeed", "succeeded":
                let video = ((status["task_result"] as? [String: Any])?["videos"] as? [[String: Any]])?.first
                guard let link = video?["url"] as? String, let url = URL(string: link) else {
                    throw connection.malformed("task \(taskID) succeeded without task_result.videos[0].url")
                }
                let seconds = (video?["duration"] as? String).flatMap(Double.init) ?? (video?["duration"] as? NSNumber)?.doubleValue
                return (url, seconds)
            case "failed":
                throw ModelServicesError(
                    code: .rejected,
                    message: "\(connection.name): task \(taskID) failed: \(connection.redact(status["task_status_msg"] as? String ?? "no reason given")); change the prompt or the picture")
            default:
                continue
            }
        }
        throw ModelServicesError(
            code: .timedOut,
            message: "\(connection.name): task \(taskID) did not finish within \(service.maxPolls) polls \(ServiceConnection.seconds(service.pollInterval)) apart; raise max_polls or poll_seconds in cliff.yaml (the task is remembered and picked up again on the next run)")
    }
}
