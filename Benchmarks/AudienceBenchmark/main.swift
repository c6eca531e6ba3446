// Audience benchmark: ingest throughput in-process into the embedded store, then metrics
// (retention curves + funnel) for one series, with time and peak memory; the ingest over HTTP;
// and the studio's audience dashboard (GET /series/{id}/audience) over a series with as many
// stored events.
//
//   CLIFF_BENCHMARKS=1 swift build -c release -j 1 --product AudienceBenchmark
//   .build/release/AudienceBenchmark [--events 10000000] [--json-events 200000] [--interleaved-events 500000]
//       [--http-events 300000] [--http-connections 4] [--dashboard-runs 7] [--dir PATH] [--reuse]
//
// `--reuse` keeps the main store and the dashboard's studio of an earlier run in `--dir` and
// only times the metrics and the dashboard.
//
// With a PostgreSQL database (`--database URL`, else CLIFF_TEST_POSTGRES_URL) it also times
// the audience store there (`cliff serve --database`), in a schema of its own made afresh
// (`audience_bench`): `--postgres-events` (1,000,000) appended in view-grouped batches of
// 1,000, the same events into a SQLite file beside it for the ratio, the metrics of both, and
// two stores (two processes' connection pools) appending halves of another million at once.
// `--postgres-only` runs that part alone:
//   bash scripts/postgres.sh .build/release/AudienceBenchmark --postgres-only
//
// Events are realistic: 80 episodes of 90 s; each view is a start, a heartbeat every ~5 s
// (jittered, some missing), the odd pause/resume and rewind, and a completion (75 %) or a
// swipe; about 20 events per view; viewers continue to the next episode 80 % of the time.
//
// The studio takes events only for released episodes, so the dashboard and the HTTP ingest run
// on a studio project (80 scripts of 90 s, `cliff new`'s writer) whose episodes 1–3 are
// rendered, approved and released by a calendar with the paywall at 3: made once in
// `--dir`/studio/bench (the renders take minutes) and kept; its events are episodes 1–3.

import AsyncHTTPClient
import Audience
import DramaModel
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import PostgresStore
import Production
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
    var dashboardRuns = 7
    var directory: String?
    /// Reuse the main store of an earlier run in `--dir` (metrics only).
    var reuse = false
    /// A PostgreSQL database to time the shared audience store in.
    var database = ProcessInfo.processInfo.environment["CLIFF_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    var postgresEvents = 1_000_000
    /// Time the PostgreSQL store only.
    var postgresOnly = false

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            if argument == "--reuse" {
                reuse = true
                continue
            }
            if argument == "--postgres-only" {
                postgresOnly = true
                continue
            }
            let value = iterator.next()
            switch argument {
            case "--events": events = Int(value ?? "") ?? events
            case "--json-events": jsonEvents = Int(value ?? "") ?? jsonEvents
            case "--interleaved-events": interleavedEvents = Int(value ?? "") ?? interleavedEvents
            case "--http-events": httpEvents = Int(value ?? "") ?? httpEvents
            case "--http-connections": httpConnections = Int(value ?? "") ?? httpConnections
            case "--dashboard-runs": dashboardRuns = Int(value ?? "") ?? dashboardRuns
            case "--dir": directory = value
            case "--database": database = value
            case "--postgres-events": postgresEvents = Int(value ?? "") ?? postgresEvents
            default:
                FileHandle.standardError.write(Data("unknown option \(argument); use --events N --json-events N --interleaved-events N --http-events N --http-connections N --dashboard-runs N --dir PATH --reuse\n".utf8))
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
    /// Episodes viewers may go through, and the first locked one.
    let episodes: Int, paywall: Int
    static let length: Int64 = 90_000

    init(series: String, seed: UInt64, episodes: Int = 80, paywall: Int = 10, start: Double = 1_767_225_600) {
        self.series = series
        random = SplitMix64(state: seed)
        self.episodes = episodes
        self.paywall = paywall
        clock = start
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
        if episode == paywall {
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
        if completes, episode < episodes, Double.random(in: 0..<1, using: &random) < 0.8 {
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
var quiet = Logger(label: "bench")
quiet.logLevel = .error
// 0. The shared audience store in PostgreSQL beside SQLite, at a smaller size.
if let url = options.database {
    try await postgresBenchmark(url: url, events: options.postgresEvents, base: base, logger: quiet)
    if options.postgresOnly { exit(0) }
} else if options.postgresOnly {
    FileHandle.standardError.write(Data("--postgres-only needs --database URL or CLIFF_TEST_POSTGRES_URL (bash scripts/postgres.sh … starts a throwaway cluster)\n".utf8))
    exit(2)
}

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
        paywallEpisode: 10, episodeDurations: Dictionary(uniqueKeysWithValues: (1...80).map { ($0, MediaTime.milliseconds(90_000)) }))
    print("RSS before metrics: \(memory("VmRSS")), peak so far \(memory("VmHWM"))")
    for run in 1...3 {
        // A new event first: the store keeps the last figures until its events change, and
        // this times reading them.
        _ = try await store.append([ViewerEvent(
            messageID: "metrics-run-\(run)-\(UUID().uuidString)", name: .liked, anonymousID: "metrics-viewer", timestamp: Date(timeIntervalSince1970: 1_767_225_600),
            series: "bench", episode: 1, position: nil, sessionID: nil)])
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
// The studio project with released episodes 1–3 (made once; see the header).
let released = base.appendingPathComponent("studio/bench")
try await prepareReleasedProject(released, logger: quiet)

// 5. Over HTTP on loopback: JSON bodies of 1,000 POSTed to the studio's /api/v1/events by
// several connections at once, through routing, rate limiting, the release check, validation
// and the store; into a copy of the released project with an empty audience store.
if !options.reuse, options.httpEvents > 0 {
    let folder = base.appendingPathComponent("http-\(UUID().uuidString)/bench")
    try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: released, to: folder)
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(at: folder.appendingPathComponent(AudienceStore.fileName + suffix)) }
    let studio = try await Studio(root: folder, logger: quiet)
    // What the release check adds to each batch: the released episodes among those it names.
    let checkStart = ContinuousClock.now
    for _ in 0..<200 { _ = try await studio.releasedEpisodes("bench", among: [1, 2, 3]) }
    print("release check of a batch naming episodes 1–3: \(String(format: "%.2f", seconds(since: checkStart) / 200 * 1000)) ms")
    // Each viewer's views follow one another, so 300,000 events span about 70 days: they start
    // 200 days back, inside the ingest's window (400 days back to a day ahead).
    var generator = AudienceGenerator(series: "bench", seed: 4, episodes: 3, paywall: 3, start: Date().timeIntervalSince1970 - 200 * 86_400)
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
    let server = try await BenchServer.start(studio, logger: quiet)
    let connections = max(1, options.httpConnections)
    let start = ContinuousClock.now
    let payloads = bodies
    let port = server.port
    let stored = try await withHTTPClient { client in try await withThrowingTaskGroup(of: Int.self) { tasks in
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
                    guard report.rejected.isEmpty else { throw CLIFailure(message: "refused: \(report.rejected.prefix(3))") }
                    accepted += report.accepted
                }
                return accepted
            }
        }
        var total = 0
        for try await accepted in tasks { total += accepted }
        return total
    } }
    let elapsed = seconds(since: start)
    print("ingest over HTTP (loopback, \(connections) connections, bodies of 1,000): \(stored) events in \(String(format: "%.2f", elapsed)) s → \(format(Double(stored) / elapsed)) events/s")
    await server.stop()
}

// 6. The studio's audience dashboard, GET /series/bench/audience, over the released project
// with `--events` stored events (episodes 1–3, paywall at 3): the first request after the
// server starts (nothing cached), the same page again, and the page after each new event
// (the store's version changes, so the metrics are read again).
do {
    if !options.reuse || !FileManager.default.fileExists(atPath: released.appendingPathComponent(AudienceStore.fileName).path) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(at: released.appendingPathComponent(AudienceStore.fileName + suffix)) }
        let store = try AudienceStore(projectDirectory: released.path)
        var generator = AudienceGenerator(series: "bench", seed: 6, episodes: 3, paywall: 3)
        var pending: [ViewerEvent] = []
        var stored = 0
        let start = ContinuousClock.now
        while stored < options.events {
            while pending.count < 1000 { pending.append(contentsOf: generator.nextView()) }
            let batch = Array(pending.prefix(min(1000, options.events - stored)))
            pending.removeFirst(batch.count)
            stored += try await store.append(batch).accepted
        }
        print("dashboard's store: \(stored) events of episodes 1–3 appended in \(String(format: "%.1f", seconds(since: start))) s")
    }
    // Where a cold dashboard's time goes besides the store: the stories of the 80 scripts,
    // built in one production graph and, as before, one graph per episode (each graph checks
    // every script, so that is episodes² script checks).
    do {
        let studio = try await Studio(root: released, bcryptCost: 4, logger: quiet)
        try await studio.accounts.add(name: "bench", role: .producer, password: "benchmark password", replace: true)
        let project = try studio.catalog.project("bench")
        let storiesStart = ContinuousClock.now
        let stories = try await SeriesAudience.stories(of: project, store: nil)
        let together = seconds(since: storiesStart)
        let oneByOneStart = ContinuousClock.now
        for number in stories.keys.sorted() { _ = try await project.storyTimeline(episode: number, store: nil) }
        let oneByOne = seconds(since: oneByOneStart)
        print("stories of \(stories.count) episodes: \(String(format: "%.3f", together)) s in one graph, \(String(format: "%.2f", oneByOne)) s with one graph per episode")
    }

    // Each run starts a studio and its server afresh (nothing cached), opens the page, opens it
    // again, then adds an event (the store's version changes) and opens it once more.
    var first: [Double] = [], again: [Double] = [], afterEvent: [Double] = []
    var events = 0
    for run in 0..<max(1, options.dashboardRuns) {
        let studio = try await Studio(root: released, bcryptCost: 4, logger: quiet)
        if run == 0 { events = try await studio.audience.eventCount(series: "bench") }
        let server = try await BenchServer.start(studio, logger: quiet)
        try await withHTTPClient { client in
            var login = HTTPClientRequest(url: "http://127.0.0.1:\(server.port)/api/v1/login")
            login.method = .POST
            login.headers.add(name: "Content-Type", value: "application/json")
            login.body = .bytes(ByteBuffer(string: #"{"name":"bench","password":"benchmark password"}"#))
            let answer = try await client.execute(login, timeout: .seconds(30))
            guard answer.status == .ok, let cookie = answer.headers.first(name: "Set-Cookie")?.split(separator: ";").first else {
                throw CLIFailure(message: "login failed: \(answer.status)")
            }
            _ = try await answer.body.collect(upTo: 1 << 20)
            func open() async throws -> Double {
                var request = HTTPClientRequest(url: "http://127.0.0.1:\(server.port)/series/bench/audience")
                request.headers.add(name: "Cookie", value: String(cookie))
                let start = ContinuousClock.now
                let response = try await client.execute(request, timeout: .seconds(120))
                let body = try await response.body.collect(upTo: 32 << 20)
                let elapsed = seconds(since: start)
                guard response.status == .ok, String(buffer: body).contains("share of starts still watching") else {
                    throw CLIFailure(message: "the dashboard answered \(response.status): \(String(buffer: body).prefix(300))")
                }
                return elapsed
            }
            first.append(try await open())
            again.append(try await open())
            let event = ViewerEvent(
                messageID: "dashboard-\(UUID().uuidString)", name: .liked, anonymousID: "dashboard-viewer-\(run)", timestamp: Date(), series: "bench",
                episode: 1, position: nil, sessionID: nil)
            _ = try await studio.audience.append([event])
            afterEvent.append(try await open())
        }
        await server.stop()
    }
    func median(_ values: [Double]) -> String { String(format: "%.3f", values.sorted()[values.count / 2]) }
    func list(_ values: [Double]) -> String { values.map { String(format: "%.3f", $0) }.joined(separator: ", ") }
    print("dashboard over \(events) events (GET /series/bench/audience, 3 released episodes of 80 scripts), \(first.count) runs:")
    print("  first open after the server starts: median \(median(first)) s (\(list(first)))")
    print("  opened again: median \(median(again)) s (\(list(again)))")
    print("  after a new event: median \(median(afterEvent)) s (\(list(afterEvent)))")
}

print("peak RSS of the whole run: \(memory("VmHWM"))")

struct CLIFailure: Error { var message: String }

/// Appends `count` events of `generator` in view-grouped batches of 1,000; returns the events
/// stored and the seconds spent in the store.
func appendTimed(_ store: AudienceStore, _ generator: inout AudienceGenerator, count: Int) async throws -> (stored: Int, seconds: Double) {
    var pending: [ViewerEvent] = []
    var stored = 0
    var spent = 0.0
    while stored < count {
        while pending.count < 1000 { pending.append(contentsOf: generator.nextView()) }
        let batch = Array(pending.prefix(min(1000, count - stored)))
        pending.removeFirst(batch.count)
        let start = ContinuousClock.now
        stored += try await store.append(batch).accepted
        spent += seconds(since: start)
    }
    return (stored, spent)
}

/// The metrics of series `bench` after a new event (so they are read, not taken from the
/// cache), best of three, in seconds.
func timedMetrics(_ store: AudienceStore) async throws -> (seconds: Double, metrics: SeriesMetrics) {
    let configuration = MetricsConfiguration(
        paywallEpisode: 10, episodeDurations: Dictionary(uniqueKeysWithValues: (1...80).map { ($0, MediaTime.milliseconds(90_000)) }))
    var best = Double.infinity
    var last: SeriesMetrics?
    for _ in 1...3 {
        _ = try await store.append([ViewerEvent(
            messageID: "metrics-\(UUID().uuidString)", name: .liked, anonymousID: "metrics-viewer", timestamp: Date(timeIntervalSince1970: 1_767_225_600),
            series: "bench", episode: 1, position: nil, sessionID: nil)])
        let start = ContinuousClock.now
        last = try await store.metrics(series: "bench", configuration: configuration)
        best = min(best, seconds(since: start))
    }
    return (best, last!)
}

/// The audience store in PostgreSQL (schema `audience_bench`, made afresh) beside a SQLite
/// file with the same events.
func postgresBenchmark(url: String, events: Int, base: URL, logger: Logger) async throws {
    let schema = "audience_bench"
    let database = try await PostgresDatabase.open(url, schema: schema, logger: logger)
    try await database.write { db in
        try await db.execute("DROP SCHEMA \(schema) CASCADE")
        try await db.execute("CREATE SCHEMA \(schema)")
    }
    let postgres = try await AudienceStore(shared: database)
    let sqlite = try freshStore(base, "postgres-sqlite")
    print("Audience store in PostgreSQL (\(database.location)) beside SQLite: \(events) events (80 × 90 s episodes, ~20 events per view), batches of 1,000")
    var generator = AudienceGenerator(series: "bench", seed: 1)
    let pg = try await appendTimed(postgres, &generator, count: events)
    generator = AudienceGenerator(series: "bench", seed: 1)
    let file = try await appendTimed(sqlite, &generator, count: events)
    print("append (view-grouped batches): PostgreSQL \(format(Double(pg.stored) / pg.seconds)) events/s (\(String(format: "%.1f", pg.seconds)) s), SQLite \(format(Double(file.stored) / file.seconds)) events/s (\(String(format: "%.1f", file.seconds)) s): SQLite is \(String(format: "%.1f", pg.seconds / file.seconds))× faster")
    let pgMetrics = try await timedMetrics(postgres)
    let fileMetrics = try await timedMetrics(sqlite)
    guard pgMetrics.metrics == fileMetrics.metrics else { throw CLIFailure(message: "PostgreSQL and SQLite disagree on the metrics of the same events") }
    print("metrics (best of 3, \(pgMetrics.metrics.starts) views of \(pgMetrics.metrics.viewers) viewers): PostgreSQL \(String(format: "%.3f", pgMetrics.seconds)) s, SQLite \(String(format: "%.3f", fileMetrics.seconds)) s (\(String(format: "%.1f", pgMetrics.seconds / fileMetrics.seconds))×); the same figures")
    // Two processes (two connection pools) ingesting at once: viewers of another series, the
    // events of each batch dealt to the two alternately.
    let other = try await AudienceStore(shared: try await PostgresDatabase.open(url, schema: schema, logger: logger))
    var dealt = AudienceGenerator(series: "bench-2", seed: 9)
    var halves: [[ViewerEvent]] = [[], []]
    var count = 0
    while count < events {
        for var event in dealt.nextView() where count < events {
            event.messageID = "two-" + event.messageID  // the generator's ids do not name the series
            halves[count % 2].append(event)
            count += 1
        }
    }
    let (even, odd) = (halves[0], halves[1])
    let start = ContinuousClock.now
    async let a: Int = sendBatches(even, to: postgres)
    async let b: Int = sendBatches(odd, to: other)
    let stored = try await a + b
    let elapsed = seconds(since: start)
    print("append from two stores at once (same views in both): \(stored) events in \(String(format: "%.1f", elapsed)) s → \(format(Double(stored) / elapsed)) events/s")
    print("")
}

func sendBatches(_ events: [ViewerEvent], to store: AudienceStore) async throws -> Int {
    var stored = 0
    for start in stride(from: 0, to: events.count, by: 1000) {
        stored += try await store.append(Array(events[start..<min(start + 1000, events.count)])).accepted
    }
    return stored
}

/// Prints `line` and flushes it, so a long run written to a file or a pipe shows how far it got.
func print(_ line: String) {
    Swift.print(line)
    fflush(nil)
}

/// Runs `body` with an HTTP client, shut down afterwards whether `body` throws or not.
func withHTTPClient<T: Sendable>(_ body: (HTTPClient) async throws -> T) async throws -> T {
    let client = HTTPClient(eventLoopGroupProvider: .singleton)
    do {
        let value = try await body(client)
        try await client.shutdown() as Void
        return value
    } catch {
        try? await client.shutdown() as Void
        throw error
    }
}

/// The studio server on a free loopback port, run in a service group until `stop`.
struct BenchServer {
    let port: Int
    let group: ServiceGroup
    let task: Task<Void, any Error>

    static func start(_ studio: Studio, logger: Logger) async throws -> BenchServer {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = StudioServer(studio: studio, host: "127.0.0.1", port: 0, ingestRate: (100_000, 100_000)).application { continuation.yield($0) }
        let group = ServiceGroup(configuration: .init(services: [.init(service: app)], logger: logger))
        let task = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        return BenchServer(port: await iterator.next() ?? 0, group: group, task: task)
    }

    func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }
}

/// A studio project at `folder` whose episodes 1–3 are released: 80 scripts of 90 s from the
/// built-in writer, episodes 1–3 rendered, approved and released by a calendar from three days
/// ago with the paywall at 3. Kept when it is already there.
func prepareReleasedProject(_ folder: URL, logger: Logger) async throws {
    if FileManager.default.fileExists(atPath: folder.path) {
        let studio = try await Studio(root: folder, bcryptCost: 4, logger: logger)
        if try await studio.releasedEpisodes("bench", among: [1, 2, 3]) == [1, 2, 3] { return }
        try FileManager.default.removeItem(at: folder)
    }
    try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
    let writer = BeatSheetWriter()
    let series = try writer.makeBible(PremiseRequest(premise: "A broke intern signs a contract marriage with a cold CEO", episodes: 80, seed: 1))
    _ = try SeriesProject.create(at: folder, series: series, scripts: try writer.writeSeason(series, plan: try writer.planSeason(series)))
    let studio = try await Studio(root: folder, bcryptCost: 4, logger: logger)
    let producer = try JSONDecoder().decode(StudioUser.self, from: Data(#"{"name":"bench","role":"producer"}"#.utf8))
    let start = ContinuousClock.now
    try await studio.render("bench", episodes: [1, 2, 3], by: producer)
    await studio.waitForRenders()
    for episode in 1...3 { try await studio.review("bench", episode, action: .approve, note: nil, by: producer) }
    let launch = ISO8601DateFormatter.string(from: Date().addingTimeInterval(-3 * 86_400), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
    try await studio.setCalendar(
        "bench", ReleaseCalendar(launchDate: launch, time: "00:00", timeZone: "UTC", launchEpisodes: 3, perDay: 1, paywallFrom: 3), by: producer)
    let published = try await studio.publishDue("bench")
    guard published == [1, 2, 3] else { throw CLIFailure(message: "episodes \(published) released, not 1–3: see \(folder.path)") }
    print("studio project: episodes 1–3 of 80 rendered, approved and released in \(String(format: "%.0f", seconds(since: start))) s (\(folder.path))")
}
