public import Foundation
import Logging
import NIOHTTP1

/// A YouTube channel over the YouTube Data API v3 and the YouTube Analytics API v2.
///
/// Publishing is Google's resumable upload (`videos.insert` with `uploadType=resumable`): the
/// session URI is recorded before the first byte goes out, bytes go in chunks with
/// `Content-Range`, and an interrupted chunk is resumed from the offset the session reports
/// (`Content-Range: bytes */TOTAL`). Every upload declares the video as synthetic media
/// (`status.containsSyntheticMedia`), whatever the channel's settings say. Caption tracks follow
/// with `captions.insert`; status comes from `videos.list`, figures from `videos.list` and the
/// Analytics API's `reports.query`.
public struct YouTubePlatform: ChannelPlatform {
    /// The HTTP side: the channel, its token source, retries.
    public let connection: PlatformConnection
    /// How many times one `publish` call asks the session where it stands and resumes after an
    /// interrupted chunk (or a chunk that moved nothing) before it gives up; the caller resumes
    /// later from the recorded checkpoint.
    public var maxResumes: Int

    /// YouTube's category "Entertainment".
    static let categoryID = "24"
    /// Resumable upload chunks must be multiples of this (except the last).
    static let chunkGranularity = 256 * 1024
    /// Quota units of one `captions.insert`.
    static let captionQuota = 400

    /// An adapter publishing to `connection.channel`.
    public init(connection: PlatformConnection, maxResumes: Int = 5) {
        self.connection = connection
        self.maxResumes = maxResumes
    }

    /// The channel (the connection's).
    public var channel: Channel { connection.channel }

    /// Quota units one publication costs against the channel's daily units.
    ///
    /// Older references price an upload at 1,600 units. YouTube's current quota page ("Quota
    /// Calculator", developers.google.com/youtube/v3/determine_quota_cost) says
    /// `videos.insert` has its own bucket (100 calls a day, 1 per call) outside the 10,000
    /// daily units, while `captions.insert` still costs 400 units. Following the page, only
    /// the caption tracks to send are counted here; the upload bucket is the platform's to
    /// enforce (`uploadLimitExceeded` becomes `quotaExhausted`).
    public func quotaCost(of release: EpisodeRelease) -> Int {
        Self.captionQuota * captionLanguages(of: release).count
    }

    /// The subtitle languages sent as caption tracks, in a stable order.
    func captionLanguages(of release: EpisodeRelease) -> [String] {
        release.subtitles.keys.filter { language in channel.subtitleLanguages.map { $0.contains(language) } ?? true }.sorted()
    }

    // MARK: - Publishing

    /// Uploads `release` with a resumable session (opened and recorded first from a `.new`
    /// checkpoint, asked for its offset from a `.sessionOpen` one), then attaches its caption
    /// tracks one language at a time, recording each step.
    /// - Throws: `ChannelsError`: `uploadExpired` for a gone session or a changed file,
    ///   `quotaExhausted` for a spent quota, `rejected` naming the refused field.
    public func publish(
        _ release: EpisodeRelease, from checkpoint: UploadCheckpoint, record: @Sendable (UploadCheckpoint) async throws -> Void,
        progress: @Sendable (_ confirmed: Int64, _ total: Int64) async -> Void
    ) async throws(ChannelsError) -> PlatformPost {
        var checkpoint = checkpoint
        if checkpoint.stage == .new || checkpoint.stage == .sessionOpen {
            let file = try VideoFile(release.video, name: connection.name)
            defer { file.close() }
            if checkpoint.stage == .new {
                let session = try await openSession(release, size: file.size)
                checkpoint.stage = .sessionOpen
                checkpoint.session = session.absoluteString
                checkpoint.uploadURL = nil
                checkpoint.totalBytes = file.size
                checkpoint.confirmedBytes = 0
                checkpoint.platformID = nil
                // Recorded before any byte goes out: a process killed from here on resumes
                // this session instead of opening a second one.
                try await connection.save(checkpoint, record)
                checkpoint = try await upload(file, checkpoint: checkpoint, session: session, startAt: 0, record: record, progress: progress)
            } else {
                guard let text = checkpoint.session, let session = URL(string: text) else {
                    throw ChannelsError(code: .uploadExpired, message: "\(connection.name): the recorded upload has no session address; the upload starts again")
                }
                guard file.size == checkpoint.totalBytes else {
                    throw ChannelsError(
                        code: .uploadExpired,
                        message: "\(connection.name): episode \(release.episode)'s video is \(file.size) bytes now but was \(checkpoint.totalBytes) when its upload began; the upload starts again with the new file")
                }
                switch try await heldBytes(session: session, total: file.size) {
                case .finished(let id):
                    checkpoint = try await finished(checkpoint, id: id, record: record, progress: progress)
                case .bytes(let held):
                    await progress(held, file.size)
                    checkpoint = try await upload(file, checkpoint: checkpoint, session: session, startAt: held, record: record, progress: progress)
                }
            }
        }
        guard let id = checkpoint.platformID else {
            throw ChannelsError(code: .malformedResponse, message: "\(connection.name): the recorded upload has no video id; the upload starts again")
        }
        if checkpoint.stage == .uploaded {
            for language in captionLanguages(of: release) where !checkpoint.captions.contains(language) {
                guard let file = release.subtitles[language] else { continue }
                try await insertCaption(file, language: language, videoID: id, episode: release.episode)
                checkpoint.captions.append(language)
                try await connection.save(checkpoint, record)
            }
            checkpoint.stage = .attached
            try await connection.save(checkpoint, record)
        }
        return PlatformPost(id: id, url: Self.watchURL(id), state: .processing)
    }

    /// Where viewers find a Short.
    static func watchURL(_ id: String) -> String { "https://www.youtube.com/shorts/\(id)" }

    /// Opens the resumable session with the video's metadata; returns the session URI.
    func openSession(_ release: EpisodeRelease, size: Int64) async throws(ChannelsError) -> URL {
        let url = try address("upload/youtube/v3/videos", query: [("uploadType", "resumable"), ("part", "snippet,status")])
        var status: [String: Any] = [
            // The disclosure YouTube asks for altered or synthetic content: always declared.
            "containsSyntheticMedia": true,
            "selfDeclaredMadeForKids": false,
        ]
        status["privacyStatus"] = channel.privacy ?? "private"
        let metadata: [String: Any] = [
            "snippet": [
                "title": release.title, "description": release.description, "tags": release.hashtags, "categoryId": Self.categoryID,
                "defaultLanguage": release.language, "defaultAudioLanguage": release.language,
            ] as [String: Any],
            "status": status,
        ]
        let request = PlatformRequest.json(
            .POST, url, metadata, purpose: "the upload session of episode \(release.episode)",
            headers: [("X-Upload-Content-Length", String(size)), ("X-Upload-Content-Type", "video/mp4")])
        let response = try await connection.send(request, interpret: { response in interpret(response, purpose: request.purpose) })
        guard let location = response.header("Location"), let session = URL(string: location, relativeTo: url)?.absoluteURL else {
            throw ChannelsError(code: .malformedResponse, message: "\(connection.name): the platform opened no upload session for episode \(release.episode) (no Location in its answer)")
        }
        return session
    }

    /// Sends the file from `startAt` in chunks until the platform returns the video, resuming
    /// from the offset the session reports when a chunk is interrupted.
    private func upload(
        _ file: VideoFile, checkpoint: UploadCheckpoint, session: URL, startAt: Int64, record: @Sendable (UploadCheckpoint) async throws -> Void,
        progress: @Sendable (_ confirmed: Int64, _ total: Int64) async -> Void
    ) async throws(ChannelsError) -> UploadCheckpoint {
        var checkpoint = checkpoint
        let total = file.size
        let chunk = Int64(max(Self.chunkGranularity, channel.chunkBytes / Self.chunkGranularity * Self.chunkGranularity))
        let chunks = max(1, (total + chunk - 1) / chunk)
        var offset = startAt
        var resumes = 0
        while true {
            let outcome: Held
            // Whether `outcome` came from an offset query (already counted as a resume).
            var asked = true
            if offset >= total {
                // Everything was sent but the platform has not returned the video: ask.
                resumes += 1
                guard resumes <= maxResumes else { throw stalled(offset: offset, total: total) }
                outcome = try await heldBytes(session: session, total: total)
            } else {
                let length = Int(min(chunk, total - offset))
                let body = try file.read(at: offset, count: length)
                let last = offset + Int64(body.count) - 1
                var chunkRequest = PlatformRequest(
                    .PUT, session, headers: [("Content-Type", "video/mp4"), ("Content-Range", "bytes \(offset)-\(last)/\(total)")], body: body,
                    purpose: "chunk \(offset / chunk + 1) of \(chunks)")
                // A chunk without an answer is not resent blindly: the session is asked first.
                chunkRequest.resendsWithoutAnswer = false
                let request = chunkRequest
                asked = false
                do throws(ChannelsError) {
                    // A 5xx is taken here, not retried by the connection: the platform may hold
                    // part of the chunk, so the session is asked where it stands first.
                    let response = try await connection.send(
                        request, accept: { [200, 201, 308].contains($0) || (500...599).contains($0) },
                        interpret: { response in interpret(response, purpose: request.purpose, session: true) })
                    if (500...599).contains(response.status) {
                        throw ChannelsError(
                            code: .serverError, message: "\(connection.name): \(request.purpose) failed on the platform (\(response.status)): \(PlatformConnection.platformMessage(response))")
                    }
                    outcome = try held(response, purpose: request.purpose)
                } catch where [ChannelsError.Code.serverError, .unreachable, .timedOut].contains(error.code) {
                    resumes += 1
                    guard resumes <= maxResumes else { throw error }
                    if error.code == .serverError {
                        // A platform failing outright gets a breath before it is asked (the
                        // connection already backed off between its own tries of the others).
                        try? await Task.sleep(for: connection.backoffDelay(attempt: resumes - 1))
                    }
                    connection.logger.notice(
                        "upload chunk interrupted; asking the session where it stands",
                        metadata: ["channel": "\(channel.name)", "call": "\(request.purpose)", "error": "\(error.code)"])
                    asked = true
                    outcome = try await heldBytes(session: session, total: total)
                }
            }
            switch outcome {
            case .finished(let id):
                return try await finished(checkpoint, id: id, record: record, progress: progress)
            case .bytes(let held):
                if held <= offset, !asked {
                    // A chunk that moved nothing forward: bounded like an interruption.
                    resumes += 1
                    guard resumes <= maxResumes else { throw stalled(offset: held, total: total) }
                }
                offset = min(held, total)
                checkpoint.confirmedBytes = offset
                await progress(offset, total)
                try await connection.save(checkpoint, record)
            }
        }
    }

    private func stalled(offset: Int64, total: Int64) -> ChannelsError {
        ChannelsError(
            code: .serverError,
            message: "\(connection.name): the upload stopped moving at \(offset) of \(total) bytes after \(maxResumes) resumes; it is resumed later from there")
    }

    /// Records the finished upload.
    private func finished(
        _ checkpoint: UploadCheckpoint, id: String, record: @Sendable (UploadCheckpoint) async throws -> Void,
        progress: @Sendable (_ confirmed: Int64, _ total: Int64) async -> Void
    ) async throws(ChannelsError) -> UploadCheckpoint {
        var checkpoint = checkpoint
        checkpoint.confirmedBytes = checkpoint.totalBytes
        checkpoint.platformID = id
        checkpoint.stage = .uploaded
        await progress(checkpoint.totalBytes, checkpoint.totalBytes)
        try await connection.save(checkpoint, record)
        connection.logger.info("video uploaded", metadata: ["channel": "\(channel.name)", "video": "\(id)"])
        return checkpoint
    }

    /// What a session holds: some bytes, or the whole video.
    enum Held: Equatable {
        case bytes(Int64)
        case finished(String)
    }

    /// Asks the session how many bytes it holds (`Content-Range: bytes */TOTAL`).
    func heldBytes(session: URL, total: Int64) async throws(ChannelsError) -> Held {
        let request = PlatformRequest(.PUT, session, headers: [("Content-Range", "bytes */\(total)")], purpose: "the upload's offset query")
        let response = try await connection.send(
            request, accept: { [200, 201, 308].contains($0) }, interpret: { response in interpret(response, purpose: request.purpose, session: true) })
        return try held(response, purpose: request.purpose)
    }

    /// Reads a session's answer: 308 with `Range: bytes=0-N` (N+1 bytes held; no `Range`: none),
    /// or 200/201 with the video resource.
    func held(_ response: PlatformResponse, purpose: String) throws(ChannelsError) -> Held {
        if response.status == 308 {
            guard let range = response.header("Range") else { return .bytes(0) }
            guard let end = range.split(separator: "-").last.flatMap({ Int64($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw ChannelsError(code: .malformedResponse, message: "\(connection.name): \(purpose) answered with an unreadable Range header")
            }
            return .bytes(end + 1)
        }
        guard let id = response.json["id"] as? String, !id.isEmpty else {
            throw ChannelsError(code: .malformedResponse, message: "\(connection.name): \(purpose) finished the upload but returned no video id: \(response.snippet)")
        }
        return .finished(id)
    }


    // MARK: - Captions

    /// `captions.insert`: a multipart/related body with the caption snippet, then the file.
    func insertCaption(_ file: URL, language: String, videoID: String, episode: Int) async throws(ChannelsError) {
        let content: Data
        do {
            content = try Data(contentsOf: file)
        } catch {
            throw ChannelsError(code: .refused, message: "\(connection.name): episode \(episode)'s \(language) subtitles cannot be read at \(file.path): \(error.localizedDescription)")
        }
        let url = try address("upload/youtube/v3/captions", query: [("part", "snippet"), ("uploadType", "multipart")])
        let snippet: [String: Any] = [
            "snippet": ["videoId": videoID, "language": language, "name": Self.languageName(language), "isDraft": false] as [String: Any]
        ]
        let json = (try? JSONSerialization.data(withJSONObject: snippet, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        let boundary = "cliff-\(UUID().uuidString)"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n".utf8))
        body.append(json)
        body.append(Data("\r\n--\(boundary)\r\nContent-Type: \(Self.subtitleType(file))\r\n\r\n".utf8))
        body.append(content)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        let request = PlatformRequest(
            .POST, url, headers: [("Content-Type", "multipart/related; boundary=\(boundary)")], body: body,
            purpose: "the \(language) caption track of episode \(episode)")
        _ = try await connection.send(request, interpret: { response in interpret(response, purpose: request.purpose) })
    }

    /// The track's name as viewers see it: the language's English name.
    static func languageName(_ code: String) -> String {
        Locale(identifier: "en").localizedString(forLanguageCode: code) ?? code
    }

    static func subtitleType(_ file: URL) -> String {
        switch file.pathExtension.lowercased() {
        case "vtt": "text/vtt"
        case "srt": "application/x-subrip"
        default: "application/octet-stream"
        }
    }

    // MARK: - Status and figures

    /// `videos.list` with `status,processingDetails`: `uploaded` is still processing,
    /// `processed` is live; `failed`, `rejected`, `deleted` or a failed processing fail with
    /// YouTube's reason; an empty list means the video is gone.
    public func status(of post: PlatformPost) async throws(ChannelsError) -> PlatformPost {
        let video = try await videoResource(post.id, part: "status,processingDetails")
        var post = post
        post.url = post.url ?? Self.watchURL(post.id)
        guard let video else {
            post.state = .failed
            post.failure = "the video is gone from the channel"
            return post
        }
        let status = video["status"] as? [String: Any] ?? [:]
        let processing = video["processingDetails"] as? [String: Any] ?? [:]
        post.failure = nil
        switch status["uploadStatus"] as? String {
        case "processed":
            post.state = .live
        case "failed":
            post.state = .failed
            post.failure = "the upload failed" + Self.reason(status["failureReason"])
        case "rejected":
            post.state = .failed
            post.failure = "YouTube rejected the video" + Self.reason(status["rejectionReason"])
        case "deleted":
            post.state = .failed
            post.failure = "the video was deleted"
        default:
            if let state = processing["processingStatus"] as? String, ["failed", "terminated"].contains(state) {
                post.state = .failed
                post.failure = "processing \(state)" + Self.reason(processing["processingFailureReason"])
            } else {
                post.state = .processing
            }
        }
        return post
    }

    private static func reason(_ value: Any?) -> String {
        (value as? String).map { ": \($0)" } ?? ""
    }

    /// Views, likes and comments from `videos.list`; the retention curve and the average view
    /// duration from YouTube Analytics reports filtered to the video, from its publication day
    /// to today (UTC).
    public func statistics(of post: PlatformPost, durationSeconds: Double) async throws(ChannelsError) -> PlatformStatistics {
        guard let video = try await videoResource(post.id, part: "statistics,snippet") else {
            throw ChannelsError(code: .processingFailed, message: "\(connection.name): video \(post.id) is gone from the channel; it has no figures")
        }
        let numbers = video["statistics"] as? [String: Any] ?? [:]
        var figures = PlatformStatistics(
            views: Self.count(numbers["viewCount"]) ?? 0, likes: Self.count(numbers["likeCount"]), comments: Self.count(numbers["commentCount"]))
        let published = ((video["snippet"] as? [String: Any])?["publishedAt"] as? String).flatMap { try? Date($0, strategy: .iso8601) }
        let start = published.map(Self.day) ?? "2005-02-14"
        let end = Self.day(Date())
        let filters = "video==\(post.id)"

        let retention = try await report(
            metrics: "audienceWatchRatio,relativeRetentionPerformance", dimensions: "elapsedVideoTimeRatio", filters: filters, start: start, end: end,
            purpose: "the retention report of video \(post.id)")
        if let ratio = retention.column("elapsedVideoTimeRatio"), let watching = retention.column("audienceWatchRatio") {
            figures.retention = retention.rows.compactMap { row in
                guard let fraction = row.number(ratio), let share = row.number(watching) else { return nil }
                return RetentionPoint(fraction: fraction, watching: share)
            }.sorted { $0.fraction < $1.fraction }
        }
        let totals = try await report(
            metrics: "views,averageViewDuration", dimensions: nil, filters: filters, start: start, end: end, purpose: "the view report of video \(post.id)")
        if let column = totals.column("averageViewDuration"), let row = totals.rows.first {
            figures.averageViewSeconds = row.number(column)
        }
        return figures
    }

    /// `videos.list` for one id; nil when the list is empty (the video is gone).
    func videoResource(_ id: String, part: String) async throws(ChannelsError) -> [String: Any]? {
        let url = try address("youtube/v3/videos", query: [("part", part), ("id", id)])
        let request = PlatformRequest(.GET, url, purpose: "the \(part) of video \(id)")
        let response = try await connection.send(request, interpret: { response in interpret(response, purpose: request.purpose) })
        guard let items = response.json["items"] as? [[String: Any]] else {
            throw ChannelsError(code: .malformedResponse, message: "\(connection.name): \(request.purpose) came back without items: \(response.snippet)")
        }
        return items.first { ($0["id"] as? String) == id } ?? items.first
    }

    /// One Analytics report (`reports.query`) for the authorised channel.
    func report(metrics: String, dimensions: String?, filters: String, start: String, end: String, purpose: String) async throws(ChannelsError) -> Report {
        guard let root = channel.analyticsEndpoint else {
            throw ChannelsError(code: .invalidSettings, message: "\(connection.name): the channel has no analytics endpoint; set analytics_endpoint in cliff.yaml")
        }
        var query = [("ids", "channel==MINE"), ("startDate", start), ("endDate", end), ("metrics", metrics)]
        if let dimensions { query.append(("dimensions", dimensions)) }
        query.append(("filters", filters))
        let url = try address("v2/reports", query: query, root: root)
        let request = PlatformRequest(.GET, url, purpose: purpose)
        let response = try await connection.send(request, interpret: { response in interpret(response, purpose: request.purpose) })
        let object = response.json
        guard let headers = object["columnHeaders"] as? [[String: Any]] else {
            throw ChannelsError(code: .malformedResponse, message: "\(connection.name): \(purpose) came back without column headers: \(response.snippet)")
        }
        return Report(columns: headers.map { $0["name"] as? String ?? "" }, rows: (object["rows"] as? [[Any]] ?? []).map(Report.Row.init))
    }

    /// An Analytics result table.
    struct Report {
        struct Row {
            var cells: [Any]
            init(_ cells: [Any]) { self.cells = cells }
            func number(_ column: Int) -> Double? {
                guard column < cells.count else { return nil }
                return (cells[column] as? NSNumber)?.doubleValue ?? (cells[column] as? String).flatMap(Double.init)
            }
        }
        var columns: [String]
        var rows: [Row]
        func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
    }

    /// A count the Data API sends as a string (`"1234"`).
    static func count(_ value: Any?) -> Int? {
        if let text = value as? String { return Int(text) }
        return (value as? NSNumber)?.intValue
    }

    /// `yyyy-MM-dd` in UTC.
    static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day().dateSeparator(.dash))
    }

    /// `root/path?query`, each value percent-encoded.
    func address(_ path: String, query: [(String, String)], root: URL? = nil) throws(ChannelsError) -> URL {
        guard let root = root ?? channel.endpoint else {
            throw ChannelsError(code: .invalidSettings, message: "\(connection.name): the channel has no endpoint; set endpoint in cliff.yaml")
        }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~,")
        let base = root.absoluteString.hasSuffix("/") ? String(root.absoluteString.dropLast()) : root.absoluteString
        let text = query.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }.joined(separator: "&")
        guard let url = URL(string: "\(base)/\(path)?\(text)") else {
            throw ChannelsError(code: .invalidSettings, message: "\(connection.name): the endpoint \(base) makes no valid address for \(path)")
        }
        return url
    }
}
