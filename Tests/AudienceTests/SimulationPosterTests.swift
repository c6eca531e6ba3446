import Audience
import StudioServer
import Foundation
import Hummingbird
import NIOCore
import TestSupport
import Testing

/// A small ingest on loopback that counts what arrives, answers like the studio, and says 429
/// to every `throttleEvery`-th request; its channel lists `channel`'s episodes (404 for others).
actor CountingIngest {
    var received: [String: Int] = [:]
    var requests = 0
    var throttled = 0
    var largestBatch = 0
    var synthetic = true
    let throttleEvery: Int
    let channel: [String: [Int]]
    var episodes: Set<Int> = []

    init(throttleEvery: Int, channel: [String: [Int]] = [:]) {
        self.throttleEvery = throttleEvery
        self.channel = channel
    }

    /// The status and body to answer with.
    func receive(_ body: Data) -> (Int, String) {
        requests += 1
        if throttleEvery > 0, (requests - 1) % throttleEvery == 0 {
            throttled += 1
            return (429, #"{"error":{"code":"rateLimited","message":"too many event batches"}}"#)
        }
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any], let batch = object["batch"] as? [[String: Any]] else {
            return (400, #"{"error":{"code":"invalidInput","message":"send {\"batch\": [...]}"}}"#)
        }
        largestBatch = max(largestBatch, batch.count)
        var accepted = 0
        var duplicates = 0
        for event in batch {
            let id = event["message_id"] as? String ?? ""
            if (event["properties"] as? [String: Any])?["synthetic"] as? Bool != true { synthetic = false }
            if let episode = (event["properties"] as? [String: Any])?["episode"] as? Int { episodes.insert(episode) }
            if received[id] == nil { accepted += 1 } else { duplicates += 1 }
            received[id, default: 0] += 1
        }
        return (200, #"{"accepted":\#(accepted),"duplicates":\#(duplicates),"rejected":[]}"#)
    }
}

@Suite("Posting synthetic events")
struct SimulationPosterTests {
    /// How long one request may take here: the whole suite runs in parallel on two cores, and a
    /// loopback answer has been seen to wait more than the poster's 30-second default for a
    /// thread (the failure this test checks is the server's answer, not its speed).
    static let busyMachineTimeout: Int64 = 600

    /// Runs `body` against a Hummingbird server on a free loopback port.
    func withServer(_ ingest: CountingIngest, _ body: @escaping @Sendable (String) async throws -> Void) async throws {
        try await LoopbackServer.with({ router, _ in
            router.post("api/v1/events") { request, _ -> Response in
                let buffer = try await request.body.collect(upTo: 8 << 20)
                let (status, text) = await ingest.receive(Data(buffer.readableBytesView))
                var headers = HTTPFields()
                headers[.contentType] = "application/json"
                if status == 429 { headers[.retryAfter] = "0" }
                return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
            }
            router.get("api/v1/channel/:series") { _, context -> Response in
                guard let episodes = ingest.channel[try context.parameters.require("series")] else {
                    return Response(status: .notFound, body: .init(byteBuffer: ByteBuffer(string: #"{"error":{"code":"notFound","message":"no such series"}}"#)))
                }
                let list = episodes.map { #"{"number":\#($0)}"# }.joined(separator: ",")
                return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: #"{"episodes":[\#(list)]}"#)))
            }
        }) { server in
            try await body("\(server.endpoint.absoluteString)/")
        }
    }

    @Test("batches of at most 1,000 reach a real server over loopback, 429s are retried, reposting is idempotent")
    func postsOverLoopback() async throws {
        let season = SimulationLoopFixture.english
        let episodes = SimulationLoopFixture.episodes(Array(season.scripts.prefix(5)), season.series)
        let run = SimulatedAudience(settings: .init(viewers: 200, seed: 21, start: SimulationLoopFixture.start))
            .run(series: "midnight-contract", episodes: episodes)
        #expect(run.events.count > 2_000)
        let ingest = CountingIngest(throttleEvery: 3)
        try await withServer(ingest) { base in
            let poster = SimulationPoster(baseURL: base, timeoutSeconds: Self.busyMachineTimeout)
            let report = try await poster.post(run.events)
            #expect(report.accepted == run.events.count)
            #expect(report.duplicates == 0 && report.rejected == 0)
            #expect(report.batches == (run.events.count + 999) / 1000)
            #expect(report.retries >= 1)
            let again = try await poster.post(Array(run.events.prefix(1_500)))
            #expect(again.accepted == 0 && again.duplicates == 1_500)
        }
        #expect(await ingest.received.count == run.events.count)
        #expect(await ingest.largestBatch == 1_000)
        #expect(await ingest.throttled >= 1)
        #expect(await ingest.synthetic)
    }

    @Test("only the episodes the studio's channel has released are posted; the others are counted")
    func postsReleasedEpisodesOnly() async throws {
        let season = SimulationLoopFixture.english
        let run = SimulatedAudience(settings: .init(viewers: 100, seed: 21, start: SimulationLoopFixture.start))
            .run(series: "midnight-contract", episodes: SimulationLoopFixture.episodes(Array(season.scripts.prefix(3)), season.series))
        let released = run.events.filter { $0.properties.episode <= 2 }.count
        #expect(released > 0 && released < run.events.count)
        let ingest = CountingIngest(throttleEvery: 0, channel: ["midnight-contract": [1, 2]])
        try await withServer(ingest) { base in
            let report = try await SimulationPoster(baseURL: base, timeoutSeconds: Self.busyMachineTimeout).post(run.events)
            #expect(report.accepted == released && report.unreleased == run.events.count - released)
        }
        #expect(await ingest.episodes == [1, 2])
    }

    @Test("a studio that is not there is a clear error")
    func unreachableStudio() async throws {
        let poster = SimulationPoster(baseURL: "http://127.0.0.1:9", maxRetries: 0, timeoutSeconds: 2)
        let event = try #require(SimulatedAudience(settings: .init(viewers: 1, seed: 1, start: SimulationLoopFixture.start))
            .run(series: "s", episodes: SimulationLoopFixture.episodes(Array(SimulationLoopFixture.english.scripts.prefix(1)), SimulationLoopFixture.english.series)).events.first)
        await #expect {
            try await poster.post([event])
        } throws: { error in
            let error = error as? AudienceError
            return error?.code == .simulationFailed && error?.message.contains("127.0.0.1:9") == true
        }
    }

    @Test("a server that keeps saying 429 makes the poster give up with advice")
    func persistentThrottling() async throws {
        let ingest = CountingIngest(throttleEvery: 1)
        let event = try #require(SimulatedAudience(settings: .init(viewers: 1, seed: 1, start: SimulationLoopFixture.start))
            .run(series: "s", episodes: SimulationLoopFixture.episodes(Array(SimulationLoopFixture.english.scripts.prefix(1)), SimulationLoopFixture.english.series)).events.first)
        try await withServer(ingest) { base in
            await #expect {
                try await SimulationPoster(baseURL: base, maxRetries: 2, timeoutSeconds: Self.busyMachineTimeout).post([event])
            } throws: { error in
                (error as? AudienceError)?.code == .simulationFailed && "\(error)".contains("429")
            }
        }
        #expect(await ingest.requests == 3)
    }
}
