// Audience benchmark: ingest throughput in-process into the embedded store, then metrics
// (retention curves + funnel) for one series, with time and peak memory.
//
//   CLIFF_BENCHMARKS=1 swift build -c release -j 1 --product AudienceBenchmark
//   .build/release/AudienceBenchmark [--events 10000000] [--json-events 200000] [--interleaved-events 500000]
//       [--http-events 300000] [--http-connections 4] [--dir PATH] [--reuse]
//
// `--reuse` keeps the main store of an earlier run in `--dir` and only times the metrics.
//
// Events are realistic: 80 episodes of 90 s; each view is a start, a heartbeat every ~5 s
// (jittered, some missing), the odd pause/resume and rewind, and a completion (75 %) or a
// swipe; about 20 events per view; viewers continue to the next episode 80 % of the time.

import AsyncHTTPClient
import Audience
import DramaModel
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle
import StoryEngine
import Studio
import StudioServer

struct Options {
    var events = 10_000_000
    var jsonEvents = 200_000
    var interleavedEvents = 500_000
    var httpEvents = 300_000
    var httpConnections = 4
    var directory: String?
    /// Reuse the main store of an earlier run in `--dir` (metrics only).
    var reuse = false

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            if argument == "--reuse" {
                reuse = true
                continue
            }
            let value = iterator.next()
            switch argument {
            case "--events": events = Int(value ?? "") ?? events
            case "--json-events": jsonEvents = Int(value ?? "") ?? jsonEvents
            case "--interleaved-events": interleavedEvents = Int(value ?? "") ?? interleavedEvents
            case "--http-events": httpEvents = Int(value ?? "") ?? httpEvents
            case "--http-connections": httpConnections = Int(value ?? "") ?? httpConnections
            case "--dir": directory = value
            default:
                FileHandle.standardError.write(Data("unknown option \(argument); use --events N --json-events N --interleaved-events N --dir PATH --reuse\n".utf8))
                exit(2)
            }
        }
    }
}

/// Deterministic random numbers.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Produces views one at a time: viewer after viewer, episode after episode.
struct AudienceGenerator {
    let series: String
    var random: SplitMix64
    var viewer = 0
    var episode = 1
    var clock: Double = 1_767_225_600  // 2026-01-01
    static let episodes = 80
    static let length: Int64 = 90_000
    static let paywall = 10

    init(series: String, seed: UInt64) {
        self.series = series
        random = SplitMix64(state: seed)
    }

    mutating func nextView() -> [ViewerEvent] {
        let viewerID = "viewer-\(viewer)"
        var events: [ViewerEvent] = []
        var time = clock
        var position: Int64 = 0
        func add(_ name: ViewerEvent.Name, _ at: Int64?) {
            events.append(ViewerEvent(
                messageID: "\(viewerID)-\(episode)-\(events.count)", name: name, anonymousID: viewerID,
                timestamp: Date(timeIntervalSince1970: time), series: series, episode: episode,
                position: at.map { .milliseconds($0) }, sessionID: "session-\(viewer)"))
        }
        if episode == Self.paywall {
            // The paywall: one viewer in ten unlocks, the others stop here.
            guard Double.random(in: 0..<1, using: &random) < 0.1 else {
                viewer += 1
                episode = 1
                clock += 7
                return nextView()
            }
            add(.unlocked, nil)
        }
        add(.playbackStarted, 0)
        let completes = Double.random(in: 0..<1, using: &random) < 0.75
        let exit = completes ? Self.length : Int64.random(in: 500..<Self.length, using: &random)
        var rewound = false
        while position < exit {
            let step = min(Int64.random(in: 4000...5000, using: &random), exit - position)
            position += step
            time += Double(step) / 1000
            if position >= exit { break }
            let roll = Double.random(in: 0..<1, using: &random)
            if roll < 0.03 {
                add(.playbackPaused, position)
                time += Double.random(in: 2...30, using: &random)
                add(.playbackResumed, position)
            } else if roll < 0.05, !rewound {
                rewound = true
                add(.contentPlaying, position)
                position = max(0, position - 10_000)
                time += 0.5
                add(.contentPlaying, position)
            } else if roll < 0.10 {
                continue  // a missing heartbeat
            } else {
                add(.contentPlaying, position)
            }
        }
        add(completes ? .playbackCompleted : .swipedAway, exit)
        if Double.random(in: 0..<1, using: &random) < 0.02 { add(.liked, nil) }
        if completes, episode < Self.episodes, Double.random(in: 0..<1, using: &random) < 0.8 {
            episode += 1
            clock = time + Double.random(in: 1...600, using: &random)
        } else {
            viewer += 1
            episode = 1
            clock += 7
        }
        return events
    }
}

func memory(_ key: String) -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "?" }
    let line = status.split(separator: "\n").first { $0.hasPrefix(key + ":") }
    return line.map { $0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces) } ?? "?"
}

func resetPeakMemory() {
    // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0).
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func format(_ value: Double) -> String { String(format: "%.0f", value) }

func freshStore(_ base: URL, _ name: String) throws -> AudienceStore {
    let folder = base.appendingPathComponent(name)
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return try AudienceStore(projectDirectory: folder.path)
}

let options = Options(CommandLine.arguments)
let base = URL(fileURLWithPath: options.directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("cliff-audience-bench").path)
try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
print("Audience benchmark: \(options.events) events (80 × 90 s episodes, ~20 events per view), batches of 1,000; store in \(base.path)")

// 1. Batched in-process append, events of a view together (as a player flushes them).
do {
    let store = options.reuse ? try AudienceStore(projectDirectory: base.appendingPathComponent("main").path) : try freshStore(base, "main")
    var generator = AudienceGenerator(series: "bench", seed: 1)
    var pending: [ViewerEvent] = []
    var stored = 0
    var views = 0
    var spentInStore = 0.0
    let start = ContinuousClock.now
    while stored < options.events, !options.reuse {
        while pending.count < 1000 {
            pending.append(contentsOf: generator.nextView())
            views += 1
        }
        let batch = Array(pending.prefix(min(1000, options.events - stored)))
        pending.removeFirst(batch.count)
        let storeStart = ContinuousClock.now
        let report = try await store.append(batch)
        spentInStore += seconds(since: storeStart)
        stored += report.accepted
        if stored % 1_000_000 < 1000 {
            print("  \(stored) events stored, \(format(Double(stored) / spentInStore)) events/s in the store")
        }
    }
    let total = seconds(since: start)
    if !options.reuse { print("append (view-grouped batches): \(stored) events, \(views) views in \(String(format: "%.1f", spentInStore)) s in the store → \(format(Double(stored) / spentInStore)) events/s (\(format(Double(stored) / total)) events/s with generation)") }

    // 2. Metrics for the whole series.
    let configuration = MetricsConfiguration(
        paywallEpisode: AudienceGenerator.paywall, episodeDurations: Dictionary(uniqueKeysWithValues: (1...80).map { ($0, MediaTime.milliseconds(90_000)) }))
    print("RSS before metrics: \(memory("VmRSS")), peak so far \(memory("VmHWM"))")
    for run in 1...3 {
        resetPeakMemory()
        let metricsStart = ContinuousClock.now
        let metrics = try await store.metrics(series: "bench", configuration: configuration)
        let elapsed = seconds(since: metricsStart)
        print(
            "metrics run \(run): \(String(format: "%.3f", elapsed)) s for \(metrics.starts) views of \(metrics.viewers) viewers, \(metrics.episodes.count) episodes"
                + " (hook \(String(format: "%.3f", metrics.hookRate)), completion \(String(format: "%.3f", metrics.completionRate)),"
                + " continue \(String(format: "%.3f", metrics.continueRate ?? 0)), paywall \(metrics.paywall.map { "\($0.unlocked)/\($0.reached)" } ?? "-"));"
                + " peak RSS during metrics \(memory("VmHWM"))")
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: store.path)[.size] as? Int) ?? 0
    print("store file: \(size / 1_048_576) MB (+ WAL)")
}

// 3. JSON bodies through the full ingest (parse, validate, store).
if !options.reuse {
    let store = try freshStore(base, "json")
    var generator = AudienceGenerator(series: "bench", seed: 2)
    var bodies: [Data] = []
    var pending: [ViewerEvent] = []
    var generated = 0
    let encoder = JSONEncoder()
    struct Batch: Encodable { var batch: [ViewerEvent] }
    while generated < options.jsonEvents {
        while pending.count < 1000 { pending.append(contentsOf: generator.nextView()) }
        let batch = Array(pending.prefix(1000))
        pending.removeFirst(1000)
        bodies.append(try encoder.encode(Batch(batch: batch)))
        generated += batch.count
    }
    let received = Date(timeIntervalSince1970: 1_767_225_600 + 86_400 * 30)
    let start = ContinuousClock.now
    var stored = 0
    for body in bodies {
        stored += try await store.ingest(body, knownSeries: ["bench"], receivedAt: received).accepted
    }
    let elapsed = seconds(since: start)
    print("ingest (JSON bodies of 1,000, parsed and validated): \(stored) events in \(String(format: "%.2f", elapsed)) s → \(format(Double(stored) / elapsed)) events/s")
}

// 4. Interleaved arrival: 2,000 viewers watching at once, each batch touching ~1,000 views.
if !options.reuse {
    let store = try freshStore(base, "interleaved")
    var generator = AudienceGenerator(series: "bench", seed: 3)
    var active: [[ViewerEvent]] = []
    var cursor = 0
    var batch: [ViewerEvent] = []
    var stored = 0
    var spent = 0.0
    while stored < options.interleavedEvents {
        while active.count < 2000 { active.append(generator.nextView()) }
        cursor = (cursor + 1) % active.count
        batch.append(active[cursor].removeFirst())
        if active[cursor].isEmpty { active.remove(at: cursor) }
        if batch.count == 1000 {
            let start = ContinuousClock.now
            stored += try await store.append(batch).accepted
            spent += seconds(since: start)
            batch.removeAll(keepingCapacity: true)
        }
    }
    print("append (interleaved, ~1,000 views per batch): \(stored) events → \(format(Double(stored) / spent)) events/s")
}
// 5. Over HTTP on loopback: JSON bodies of 1,000 POSTed to the studio's /api/v1/events by
// several connections at once, through routing, rate limiting, validation and the store.
if !options.reuse, options.httpEvents > 0 {
    let folder = base.appendingPathComponent("http-\(UUID().uuidString)/bench")
    let writer = BeatSheetWriter()
    let series = try writer.makeBible(PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 30, seed: 1))
    _ = try SeriesProject.create(at: folder, series: series, scripts: try writer.writeSeason(series, plan: try writer.planSeason(series)))
    var quiet = Logger(label: "bench")
    quiet.logLevel = .error
    let studio = try Studio(root: folder, logger: quiet)
    var generator = AudienceGenerator(series: "bench", seed: 4)
    var bodies: [Data] = []
    var pending: [ViewerEvent] = []
    var generated = 0
    struct Batch: Encodable { var batch: [ViewerEvent] }
    let encoder = JSONEncoder()
    while generated < options.httpEvents {
        while pending.count < 1000 { pending.append(contentsOf: generator.nextView()) }
        let batch = Array(pending.prefix(1000))
        pending.removeFirst(1000)
        bodies.append(try encoder.encode(Batch(batch: batch)))
        generated += batch.count
    }
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let app = StudioServer(studio: studio, host: "127.0.0.1", port: 0, ingestRate: (100_000, 100_000)).application { continuation.yield($0) }
    let group = ServiceGroup(configuration: .init(services: [.init(service: app)], logger: quiet))
    let serverTask = Task { try await group.run() }
    var iterator = ports.makeAsyncIterator()
    let port = await iterator.next() ?? 0
    let client = HTTPClient(eventLoopGroupProvider: .singleton)
    let connections = max(1, options.httpConnections)
    let start = ContinuousClock.now
    let payloads = bodies
    let stored = try await withThrowingTaskGroup(of: Int.self) { tasks in
        for lane in 0..<connections {
            tasks.addTask {
                var accepted = 0
                for index in stride(from: lane, to: payloads.count, by: connections) {
                    var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/events")
                    request.method = .POST
                    request.headers.add(name: "Content-Type", value: "application/json")
                    request.body = .bytes(ByteBuffer(bytes: payloads[index]))
                    let response = try await client.execute(request, timeout: .seconds(60))
                    let body = try await response.body.collect(upTo: 1 << 20)
                    guard response.status == .ok else { throw CLIFailure(message: "HTTP \(response.status): \(String(buffer: body))") }
                    let report = try JSONDecoder().decode(IngestReport.self, from: Data(body.readableBytesView))
                    accepted += report.accepted
                }
                return accepted
            }
        }
        var total = 0
        for try await accepted in tasks { total += accepted }
        return total
    }
    let elapsed = seconds(since: start)
    print("ingest over HTTP (loopback, \(connections) connections, bodies of 1,000): \(stored) events in \(String(format: "%.2f", elapsed)) s → \(format(Double(stored) / elapsed)) events/s")
    try await client.shutdown() as Void
    await group.triggerGracefulShutdown()
    _ = try? await serverTask.value
}
print("peak RSS of the whole run: \(memory("VmHWM"))")

struct CLIFailure: Error { var message: String }
