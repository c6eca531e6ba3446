public import Audience
public import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Sends synthetic events through the studio's real ingest: `POST {base}/api/v1/events` with
/// `{"batch": [...]}` bodies of at most 1,000 events, one batch at a time. A 429 (too fast) or a
/// 5xx is retried after the server's `Retry-After` or a doubling back-off.
///
/// The studio takes events only for released episodes, so the poster first asks its channel
/// (`GET {base}/api/v1/channel/{series}`) which episodes are out and posts only theirs: a
/// synthetic viewer, like a real one, watches what the channel shows.
///
/// ```swift
/// let poster = SimulationPoster(baseURL: "http://127.0.0.1:8080")
/// let report = try await poster.post(run.events)   // accepted, duplicates, rejected
/// ```
public struct SimulationPoster: Sendable {
    /// What the ingest made of everything posted.
    public struct Report: Sendable, Hashable {
        /// Events stored.
        public var accepted = 0
        /// Events the store already had (same `message_id`).
        public var duplicates = 0
        /// Events refused.
        public var rejected = 0
        /// Events not sent because their episode is not on the studio's channel.
        public var unreleased = 0
        /// Batches sent successfully.
        public var batches = 0
        /// Requests repeated after a 429 or a server error.
        public var retries = 0

        /// An empty report.
        public init() {}
    }

    /// The ingest URL: `{base}/api/v1/events`.
    public let endpoint: String
    /// The studio's address, without a trailing slash.
    let base: String
    /// Events per request (at most 1,000, the ingest's limit).
    public let batchSize: Int
    /// How many times one batch is retried before giving up.
    public let maxRetries: Int
    /// Extra request headers (an API token, for instance).
    public let headers: [String: String]
    /// How long one request may take, connecting included, in seconds.
    public let timeoutSeconds: Int64
    let client: HTTPClient

    /// A poster to the studio at `baseURL` (`http://127.0.0.1:8080`).
    public init(
        baseURL: String, client: HTTPClient = .shared, batchSize: Int = 1000, maxRetries: Int = 10, headers: [String: String] = [:],
        timeoutSeconds: Int64 = 30
    ) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        endpoint = base + "/api/v1/events"
        self.base = base
        self.client = client
        self.batchSize = min(1000, max(1, batchSize))
        self.maxRetries = max(0, maxRetries)
        self.headers = headers
        self.timeoutSeconds = max(1, timeoutSeconds)
    }

    /// Posts the events of released episodes among `events` in batches, in order; the others
    /// are counted in `Report.unreleased`. A studio whose channel does not know a series (or
    /// has no channel) gets all of that series' events, and its ingest decides.
    /// - Throws: `AudienceError` `.simulationFailed` when the studio cannot be reached, answers
    ///   with an error other than 429/5xx, or keeps answering 429/5xx past `maxRetries`.
    public func post(_ events: [SimulatedEvent]) async throws(AudienceError) -> Report {
        var report = Report()
        // The released episodes of each series whose channel says.
        var released: [String: Set<Int>] = [:]
        for series in Set(events.map(\.properties.series)) { released[series] = try await releasedEpisodes(series: series) }
        let sent = events.filter { released[$0.properties.series]?.contains($0.properties.episode) ?? true }
        report.unreleased = events.count - sent.count
        let events = sent
        var start = 0
        while start < events.count {
            let end = min(events.count, start + batchSize)
            try await send(events[start..<end], report: &report, first: start)
            start = end
        }
        return report
    }

    private func send(_ batch: ArraySlice<SimulatedEvent>, report: inout Report, first: Int) async throws(AudienceError) {
        let body = SimulationRun.batchBody(batch)
        var attempt = 0
        while true {
            var request = HTTPClientRequest(url: endpoint)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            for (name, value) in headers.sorted(by: { $0.key < $1.key }) { request.headers.add(name: name, value: value) }
            request.body = .bytes(body)
            let status: UInt
            let retryAfter: String?
            let answer: Data
            do {
                let response = try await client.execute(request, timeout: .seconds(timeoutSeconds))
                status = response.status.code
                retryAfter = response.headers.first(name: "Retry-After")
                let buffer = try await response.body.collect(upTo: 4 << 20)
                answer = Data(buffer.readableBytesView)
            } catch {
                throw AudienceError(
                    code: .simulationFailed,
                    message: "could not post events \(first)-\(first + batch.count - 1) to \(endpoint): \(error); is the studio running (cliff serve)?",
                    field: endpoint)
            }
            switch status {
            case 200...299:
                let counts = Self.counts(answer)
                report.accepted += counts.accepted
                report.duplicates += counts.duplicates
                report.rejected += counts.rejected
                report.batches += 1
                return
            case 400 where Self.counts(answer).rejected > 0:
                // Every event of the batch was refused; the batch itself was read.
                report.rejected += Self.counts(answer).rejected
                report.batches += 1
                return
            case 429, 500...599:
                guard attempt < maxRetries else {
                    throw AudienceError(
                        code: .simulationFailed,
                        message: "\(endpoint) still answers \(status) after \(attempt) retries; post fewer viewers or raise the studio's ingest limit",
                        field: endpoint)
                }
                attempt += 1
                report.retries += 1
                let wait = retryAfter.flatMap(Double.init).map { $0 * 1000 } ?? min(8000, 250 * pow(2, Double(attempt - 1)))
                do {
                    try await Task.sleep(for: .milliseconds(Int64(wait)))
                } catch {
                    throw AudienceError(code: .simulationFailed, message: "posting was cancelled after \(report.batches) batches", field: endpoint)
                }
            default:
                let excerpt = String(decoding: answer.prefix(300), as: UTF8.self)
                throw AudienceError(
                    code: .simulationFailed,
                    message: "\(endpoint) answered \(status) to events \(first)-\(first + batch.count - 1): \(excerpt)",
                    field: endpoint)
            }
        }
    }

    /// The episodes of `series` on the studio's channel, or nil when the channel does not list
    /// the series (404: an unknown series, or a server without a channel).
    /// - Throws: `AudienceError` `.simulationFailed` when the studio cannot be reached or the
    ///   channel answers another error.
    func releasedEpisodes(series: String) async throws(AudienceError) -> Set<Int>? {
        try await channel(series: series)?.released
    }

    /// The experiments live on the studio's channel for `series` (the listing's
    /// `experiments`), or nil when the channel does not list the series: a synthetic viewer is
    /// assigned only to those, as the channel assigns real ones.
    /// - Throws: `AudienceError` `.simulationFailed` when the studio cannot be reached or the
    ///   channel answers another error.
    public func liveExperiments(series: String) async throws(AudienceError) -> Set<String>? {
        try await channel(series: series)?.live
    }

    /// The released episodes and live experiments of `series` on the studio's channel.
    private func channel(series: String) async throws(AudienceError) -> (released: Set<Int>, live: Set<String>)? {
        let path = series.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? series
        let url = base + "/api/v1/channel/" + path
        var request = HTTPClientRequest(url: url)
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { request.headers.add(name: name, value: value) }
        let status: UInt
        let answer: Data
        do {
            let response = try await client.execute(request, timeout: .seconds(timeoutSeconds))
            status = response.status.code
            answer = Data(try await response.body.collect(upTo: 4 << 20).readableBytesView)
        } catch {
            throw AudienceError(
                code: .simulationFailed, message: "could not ask \(url) which episodes are released: \(error); is the studio running (cliff serve)?",
                field: url)
        }
        if status == 404 { return nil }
        guard status == 200, let object = (try? JSONSerialization.jsonObject(with: answer)) as? [String: Any],
            let episodes = object["episodes"] as? [[String: Any]]
        else {
            let excerpt = String(decoding: answer.prefix(300), as: UTF8.self)
            throw AudienceError(code: .simulationFailed, message: "\(url) answered \(status), not a channel listing: \(excerpt)", field: url)
        }
        return (Set(episodes.compactMap { ($0["number"] as? NSNumber)?.intValue }), Set(object["experiments"] as? [String] ?? []))
    }

    /// The counts in an ingest answer: `{"accepted","duplicates","rejected"}`, where
    /// `rejected` is a list of refusals or a number; or `{"error": {"rejected": [...]}}`.
    static func counts(_ data: Data) -> (accepted: Int, duplicates: Int, rejected: Int) {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return (0, 0, 0) }
        func count(_ value: Any?) -> Int {
            if let list = value as? [Any] { return list.count }
            return (value as? NSNumber)?.intValue ?? 0
        }
        if let error = object["error"] as? [String: Any] { return (0, 0, count(error["rejected"])) }
        return (count(object["accepted"]), count(object["duplicates"]), count(object["rejected"]))
    }
}
