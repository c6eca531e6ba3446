import Crypto
import DramaModel
import Foundation
import NIOHTTP1
package import Production

/// Animates stills through a Kling-style image-to-video service: creates a task
/// (`POST {endpoint}/v1/videos/image2video` with the image in base64, the prompt and the
/// duration), polls `GET {endpoint}/v1/videos/image2video/{task_id}` every `poll_seconds` —
/// at most `max_polls` times and never longer than the polls' total — until
/// `task_status` is `succeed` (then downloads `task_result.videos[0].url`) or `failed`.
///
/// Every create carries an `external_task_id` recorded before it is sent, and the task id is
/// remembered as soon as the service names it: a run that crashes, or a create whose answer is
/// lost to a timeout, asks the service about that id and picks the same task up instead of
/// paying for another (see `task(for:duration:cacheKey:usage:)`). The finished clip is cached
/// too. Usage is the clip's seconds (`video_second`).
package struct TaskClipGenerator: ClipGenerator {
    package var generator: GeneratorID { connection.service.generatorID }

    let connection: ServiceConnection

    init(connection: ServiceConnection) { self.connection = connection }

    static let path = "/v1/videos/image2video"

    package func animate(_ request: ClipRequest) async throws -> GeneratedClip {
        let service = connection.service
        let duration = request.seconds <= 5 ? "5" : "10"
        let imageHash = SHA256.hash(data: request.image).map { String(format: "%02x", $0) }.joined()
        let cacheKey = ServiceCache.key(
            endpoint: service.endpoint, model: service.model, kind: "image2video",
            request: ["image": imageHash, "prompt": request.prompt, "duration": duration, "seed": "\(request.seed)"])
        if let mp4 = connection.cache?.data(cacheKey) { return GeneratedClip(mp4: mp4, usage: .none) }
        var usage = Usage()
        do throws(ModelServicesError) {
            let taskID = try await task(for: request, duration: duration, cacheKey: cacheKey, usage: &usage)
            let (url, seconds): (URL, Double?)
            do throws(ModelServicesError) {
                (url, seconds) = try await poll(taskID)
            } catch where error.code == .rejected {
                // A failed task is over: the next try creates a new one under a new id.
                connection.cache?.remove(cacheKey + ".task")
                throw error
            }
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

    /// The id of the task that makes this clip: one remembered from an earlier try, one the
    /// service knows under the external id recorded before a create whose answer was lost,
    /// or a new one.
    ///
    /// The record under `<cacheKey>.task` is `pending <external id>` from just before a create
    /// is sent until its answer names the task, then `task <task id>`. A pending record means
    /// the service may have the task: it is asked (`GET …/image2video/<external id>`) before
    /// anything is sent again, and a second create carries the same external id, which the
    /// service refuses to use twice — so a clip is never paid for twice.
    func task(for request: ClipRequest, duration: String, cacheKey: String, usage: inout Usage) async throws(ModelServicesError) -> String {
        let record = cacheKey + ".task"
        let stored = connection.cache?.data(record).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if stored.hasPrefix("task ") { return String(stored.dropFirst(5)) }
        if !stored.isEmpty, !stored.hasPrefix("pending ") { return stored }  // a record from before external ids
        var external = stored.hasPrefix("pending ") ? String(stored.dropFirst(8)) : ""
        if !external.isEmpty, let known = try await lookUp(external) {
            connection.cache?.store(Data("task \(known)".utf8), record)
            return known
        }
        if external.isEmpty {
            external = "cliff-\(cacheKey.prefix(20))-\(UUID().uuidString.prefix(8).lowercased())"
            do {
                try connection.cache?.record(Data("pending \(external)".utf8), record)
            } catch {
                throw ModelServicesError(
                    code: .rejected,
                    message: "\(connection.name): cannot record the task id before creating the task (\(error.localizedDescription)); nothing was sent. Check that the project's .cliff folder is writable")
            }
        }
        let service = connection.service
        let body: [String: Any] = [
            "model_name": service.model, "image": request.image.base64EncodedString(), "prompt": request.prompt,
            "duration": duration, "mode": "std", "cfg_scale": 0.5, "external_task_id": external,
        ]
        var call = ServiceCall.json(Self.path, body, purpose: "video task creation")
        call.billable = .askFirst
        let created: ServiceResponse
        do throws(ModelServicesError) {
            created = try await connection.send(call)
        } catch where error.code == .answerLost || error.code == .rejected {
            // The create may have reached the service (or a first one did, and the service
            // refuses the id twice): ask under the external id before anything else.
            if let known = try await lookUp(external) {
                connection.cache?.store(Data("task \(known)".utf8), record)
                usage[.request] = 1
                return known
            }
            if error.code == .rejected { throw error }
            throw ModelServicesError(
                code: .timedOut,
                message: "\(error.message); the service does not know task \(external) yet, so the next try asks again before creating it")
        }
        usage[.request] = 1
        let id = try envelope(created, "the task creation answer")["task_id"] as? String
        guard let id, !id.isEmpty else { throw connection.malformed("the task creation answer has no data.task_id: \(connection.snippet(created.body))") }
        connection.cache?.store(Data("task \(id)".utf8), record)
        return id
    }

    /// The id of the task the service holds under `external`, or nil when it has none.
    func lookUp(_ external: String) async throws(ModelServicesError) -> String? {
        do throws(ModelServicesError) {
            let found = try envelope(try await connection.send(.get("\(Self.path)/\(external)", purpose: "task lookup by external id")), "the task lookup")
            return found["task_id"] as? String
        } catch where error.code == .rejected {
            return nil  // 404, or an envelope saying there is no such task
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
