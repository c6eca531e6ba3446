import Foundation

extension YouTubePlatform {
    /// Google's error envelope turned into what the publisher acts on: a spent quota waits for
    /// the next quota day, a refused field names the setting that made it, a gone session
    /// starts the upload again. Nil leaves the answer to `PlatformConnection`'s handling.
    /// Messages name the channel and the call, never the session address or the token.
    func interpret(_ response: PlatformResponse, purpose: String, session: Bool = false) -> ChannelsError? {
        let error = response.json["error"] as? [String: Any]
        let reason = (error?["errors"] as? [[String: Any]])?.first?["reason"] as? String
        let detail = PlatformConnection.platformMessage(response)
        if session, [404, 410].contains(response.status) {
            return ChannelsError(
                code: .uploadExpired,
                message: "\(connection.name): the upload session is gone (\(response.status)) at \(purpose); the upload starts again with a new session")
        }
        switch (response.status, reason) {
        case (403, "quotaExceeded"?), (403, "dailyLimitExceeded"?), (403, "uploadLimitExceeded"?), (429, "uploadLimitExceeded"?):
            return ChannelsError(
                code: .quotaExhausted,
                message: "\(connection.name): the YouTube quota for today is spent (\(reason ?? "quota")) at \(purpose); it resets at midnight Pacific time, and the work waits until then",
                retryAfterSeconds: Self.secondsToPacificMidnight())
        case (403, "rateLimitExceeded"?), (403, "userRateLimitExceeded"?):
            return ChannelsError(code: .rateLimited, message: "\(connection.name): \(purpose) was rate limited (\(detail)); it is tried again later")
        case (400, let reason?):
            guard let field = Self.refusedField(reason) else { return nil }
            return ChannelsError(code: .rejected, message: "\(connection.name): YouTube refused \(field) for \(purpose) (\(detail))")
        default:
            return nil
        }
    }

    /// What a 400 reason refers to, named with the setting that fills it.
    static func refusedField(_ reason: String) -> String? {
        switch reason {
        case "invalidTitle": "the title (made from the channel's `title` template in cliff.yaml)"
        case "invalidDescription": "the description (made from the channel's `description` template in cliff.yaml)"
        case "invalidTags": "the tags (the channel's `hashtags` in cliff.yaml)"
        case "invalidCategoryId": "the category"
        case "invalidPrivacyStatus": "the privacy (the channel's `privacy` in cliff.yaml)"
        case "invalidPublishAt": "the scheduled publish time (the channel's `offset_minutes` in cliff.yaml)"
        case "defaultLanguageNotSet", "invalidDefaultLanguage", "invalidLanguage": "the episode's language"
        case "invalidFilename", "mediaBodyRequired", "uploadLimitExceeded": nil
        case "invalidMetadata", "contentRequired", "nameAlreadyExists": "the caption track"
        default: nil
        }
    }

    /// Seconds until the next midnight in Pacific time, when YouTube's daily quota resets.
    static func secondsToPacificMidnight(now: Date = Date()) -> Double? {
        guard let pacific = TimeZone(identifier: "America/Los_Angeles") else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = pacific
        guard let midnight = calendar.nextDate(after: now, matching: DateComponents(hour: 0, minute: 0, second: 0), matchingPolicy: .nextTime) else { return nil }
        return midnight.timeIntervalSince(now).rounded(.up)
    }
}

/// The master file, read a chunk at a time (never whole into memory).
struct VideoFile {
    let handle: FileHandle
    let size: Int64
    let url: URL
    let name: String

    init(_ url: URL, name: String) throws(ChannelsError) {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ChannelsError(code: .refused, message: "\(name): the video \(url.path) cannot be read: \(error.localizedDescription)")
        }
        self.url = url
        self.name = name
    }

    /// `count` bytes from `offset` (fewer at the end of the file).
    func read(at offset: Int64, count: Int) throws(ChannelsError) -> Data {
        do {
            try handle.seek(toOffset: UInt64(offset))
            return try handle.read(upToCount: count) ?? Data()
        } catch {
            throw ChannelsError(code: .refused, message: "\(name): the video \(url.path) cannot be read at byte \(offset): \(error.localizedDescription)")
        }
    }

    func close() { try? handle.close() }
}
