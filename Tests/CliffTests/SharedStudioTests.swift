import Audience
import Basics
import Channels
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import PostgresStore
import Production
import Studio
import TestSupport
import Testing

/// Studio processes sharing one PostgreSQL database (`cliff serve --database`): their
/// sessions, reviews and calendars are one, and each approved release is published once.
@Suite(.serialized) struct SharedStudioTests {
    static let url = ProcessInfo.processInfo.environment["CLIFF_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false
    static let quiet = Logger(label: "cliff.tests.shared-studio") { _ in SwiftLogNoOpLogHandler() }

    /// A database of the test's own in the cluster (the studio's tables are shared by every
    /// series of a database, so tests do not share one).
    static func database(_ name: String) async throws -> (text: String, url: DatabaseURL) {
        let cluster = try #require(url, "CI must run this test beside PostgreSQL (scripts/postgres.sh)")
        let database = "cliff_studio_" + name + "_" + UUID().uuidString.prefix(8).lowercased()
        try await PostgresDatabase.createDatabase(named: database, on: cluster, logger: quiet)
        var components = try #require(URLComponents(string: cluster))
        components.path = "/" + database
        let text = try #require(components.string)
        return (text, try DatabaseURL.parse(text).get())
    }

    /// A studio on `url`, as `cliff serve --database` opens one: its own connection pools, as
    /// another process would have.
    static func studio(root: URL, url: DatabaseURL) async throws -> (Studio, close: @Sendable () async -> Void) {
        let tables = try await PostgresDatabase.open(url, schema: "cliffhanger", logger: quiet)
        let stores = StoreList()
        let storage = StudioStorage(
            database: tables,
            jobStore: { layout in
                let store = try await PostgresJobStore.open(database: url, series: layout.seriesID, logger: quiet)
                await stores.add(store)
                return store
            }, audience: try await AudienceStore(shared: tables))
        let studio = try await Studio(root: root, storage: storage, bcryptCost: 4, logger: quiet)
        return (studio, {
            for store in await stores.all { await store.shutdown() }
            await tables.shutdown()
        })
    }

    actor StoreList {
        var all: [PostgresJobStore] = []
        func add(_ store: PostgresJobStore) { all.append(store) }
    }

    @Test(.enabled(if: url != nil || isCI, "CLIFF_TEST_POSTGRES_URL is not set: scripts/test starts a PostgreSQL cluster for this test"))
    func twoStudiosOnOneDatabasePublishEachApprovedReleaseOnceAndShareReviews() async throws {
        let url = try await Self.database("publish").url
        let project = try TemporaryProject.make(named: "harbour", prefix: "cliff-shared-studio", episodes: 3, seed: 7, targetSeconds: 15)
        let (first, closeFirst) = try await Self.studio(root: project.root, url: url)
        let (second, closeSecond) = try await Self.studio(root: project.root, url: url)
        let producer = StudioUser(name: "paul", role: .producer)
        let reviewer = StudioUser(name: "mei", role: .reviewer)

        // Users added through one are the other's; a session started on one is live on the other.
        try await first.accounts.add(name: "mei", role: .reviewer, password: "a long passphrase")
        #expect(try await second.accounts.users().map(\.name) == ["mei"])
        let token = try await first.accounts.startSession(for: reviewer)
        #expect(try await second.accounts.user(forSession: token) == reviewer)

        try await first.render("harbour", episodes: [1, 2], by: producer)
        await first.waitForRenders()
        // Rendered by the first studio's run, reviewed on the second.
        for episode in [1, 2] {
            #expect(try await second.episode("harbour", episode).state == .inReview)
            try await second.review("harbour", episode, action: .approve, note: nil, by: reviewer)
            #expect(try await first.episode("harbour", episode).state == .approved)
        }
        let launch = Date().addingTimeInterval(86_400)
        let day = ISO8601DateFormatter.string(from: launch, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        try await first.setCalendar(
            "harbour", ReleaseCalendar(launchDate: day, time: "00:00", timeZone: "UTC", launchEpisodes: 2, perDay: 1), by: producer)
        #expect(try await second.calendar("harbour")?.launchDate == day)

        // Both publishers wake after the release time, again and again, at the same moment.
        let later = launch.addingTimeInterval(86_400)
        var released: [Int] = []
        for _ in 0..<5 {
            async let a = first.publishDue("harbour", now: later)
            async let b = second.publishDue("harbour", now: later)
            released += try await a + b
        }
        #expect(released.sorted() == [1, 2], "each approved episode is released by one studio, once")
        for studio in [first, second] {
            let history = try await studio.history("harbour", 1) + studio.history("harbour", 2)
            #expect(history.filter { $0.action == .publish }.count == 2)
            #expect(try await studio.episode("harbour", 1, now: later).state == .published)
        }
        let audit = try String(contentsOf: project.root.appendingPathComponent("governance/audit.jsonl"), encoding: .utf8)
        #expect(audit.components(separatedBy: "\"publication\"").count - 1 == 2, "one audit record per release")

        await closeFirst()
        await closeSecond()
    }

    @Test(.enabled(if: url != nil || isCI, "CLIFF_TEST_POSTGRES_URL is not set: scripts/test starts a PostgreSQL cluster for this test"))
    func twoStudiosOnOneDatabaseShareTheirViewersEvents() async throws {
        let url = try await Self.database("audience").url
        let project = try TemporaryProject.make(named: "harbour", prefix: "cliff-shared-audience", episodes: 2, seed: 7, targetSeconds: 15)
        let (first, closeFirst) = try await Self.studio(root: project.root, url: url)
        let (second, closeSecond) = try await Self.studio(root: project.root, url: url)
        func body(_ viewer: String, exit: Int) -> Data {
            let events = [(0, "playback_started"), (5000, "content_playing"), (exit, "swiped_away")].enumerated().map { index, event in
                let time = ISO8601DateFormatter().string(from: Date().addingTimeInterval(Double(event.0) / 1000 - 600))
                return #"{"message_id":"\#(viewer)-\#(index)","event":"\#(event.1)","anonymous_id":"\#(viewer)","timestamp":"\#(time)","properties":{"series":"harbour","episode":1,"position_ms":\#(event.0)}}"#
            }
            return Data(#"{"batch":[\#(events.joined(separator: ","))]}"#.utf8)
        }
        // Posted to the first studio, counted by the second; a resend to the second is a duplicate.
        #expect(try await first.ingest(body("mei", exit: 9000), releasedOnly: false).accepted == 3)
        #expect(try await second.audience.metrics(series: "harbour").starts == 1)
        let resent = try await second.ingest(body("mei", exit: 9000), releasedOnly: false)
        #expect(resent.accepted == 0 && resent.duplicates == 3)
        #expect(try await second.ingest(body("li", exit: 7000), releasedOnly: false).accepted == 3)
        let metrics = try await first.audience.metrics(series: "harbour")
        #expect(metrics.starts == 2 && metrics.viewers == 2)
        #expect(try await first.audience.eventCount(series: "harbour") == 6)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("audience.db").path), "no audience.db beside a shared database")
        await closeFirst()
        await closeSecond()
    }

    @Test(.enabled(if: url != nil || isCI, "CLIFF_TEST_POSTGRES_URL is not set: scripts/test starts a PostgreSQL cluster for this test"))
    func viewerEventsSimulatedIntoTheDatabaseAreWhatInsightsReadThere() async throws {
        let (text, url) = try await Self.database("insights")
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", "A florist discovers her twin sister stole her life", "--episodes", "3", "--seed", "3")
        #expect(made.status == 0, "\(made.stderr)")
        let simulated = try await cli.run("simulate-audience", "demo", "--viewers", "200", "--database", text)
        #expect(simulated.status == 0, "\(simulated.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/audience.db").path), "the events went to the database")
        let insights = try await cli.run(["insights", "demo", "--json"], environment: ["CLIFF_DATABASE_URL": text])
        #expect(insights.status == 0, "\(insights.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(insights.stdout.utf8)) as? [String: Any])
        let metrics = try #require(object["metrics"] as? [String: Any])
        #expect(metrics["viewers"] as? Int == 200)
        for output in [simulated.stdout + simulated.stderr, insights.stdout + insights.stderr] {
            #expect(!output.contains(url.password ?? "\u{0}"))
        }
        // Without the database, the project's own files have no events.
        let alone = try await cli.run("insights", "demo")
        #expect(alone.status != 0 && alone.stderr.contains("no viewer events"))
    }

    @Test(.enabled(if: url != nil || isCI, "CLIFF_TEST_POSTGRES_URL is not set: scripts/test starts a PostgreSQL cluster for this test"))
    func twoServeProcessesShareUsersAndSessions() async throws {
        let (text, url) = try await Self.database("serve")
        let cli = try CLIRunner()
        let made = try await cli.run("new", "demo", "--premise", "A florist discovers her twin sister stole her life", "--episodes", "2",
                                     "--target-seconds", "15", "--seed", "3")
        #expect(made.status == 0, "\(made.stderr)")
        let added = try await cli.run(["user", "add", "demo", "mei", "--role", "reviewer", "--database", text], input: "a long passphrase\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(!added.stdout.contains(url.password ?? "\u{0}") && !added.stderr.contains(url.password ?? "\u{0}"))
        #expect(try await cli.run("user", "list", "demo", "--database", text).stdout.contains("mei\treviewer"))
        #expect(!(try await cli.run("user", "list", "demo").stdout.contains("mei")), "the folder's own SQLite studio has no such user")

        let servers = try [1, 2].map { _ in try BackgroundCLI(
                executable: cli.executable, arguments: ["serve", "demo", "--port", "0"], directory: cli.directory, environment: ["CLIFF_DATABASE_URL": text]) }
        defer { for server in servers where server.process.endStatus == nil { server.signal(SIGKILL) } }
        var ports: [Int] = []
        for server in servers {
            let address = try await server.waitForOutput(matching: #"127\.0\.0\.1:(\d+)/ "#, "serve to print its address")
            ports.append(try #require(Int(address.split(separator: ":")[1].prefix { $0.isNumber })))
        }
        // Logged in on the first process; the cookie works on the second.
        var login = URLRequest(url: URL(string: "http://127.0.0.1:\(ports[0])/api/v1/login")!)
        login.httpMethod = "POST"
        login.setValue("application/json", forHTTPHeaderField: "Content-Type")
        login.setValue("http://127.0.0.1:\(ports[0])", forHTTPHeaderField: "Origin")
        login.httpBody = Data(#"{"name":"mei","password":"a long passphrase"}"#.utf8)
        let (_, loggedIn) = try await URLSession.shared.data(for: login)
        let response = try #require(loggedIn as? HTTPURLResponse)
        #expect(response.statusCode == 200)
        let cookie = try #require(response.value(forHTTPHeaderField: "Set-Cookie")?.split(separator: ";").first.map(String.init))
        var series = URLRequest(url: URL(string: "http://127.0.0.1:\(ports[1])/api/v1/series")!)
        series.setValue(cookie, forHTTPHeaderField: "Cookie")
        let (body, listed) = try await URLSession.shared.data(for: series)
        #expect((listed as? HTTPURLResponse)?.statusCode == 200, "\(String(decoding: body, as: UTF8.self))")
        #expect(String(decoding: body, as: UTF8.self).contains("\"demo\""))
        for server in servers { server.signal(SIGTERM) }
        for server in servers { _ = try await server.wait() }

        // A database that cannot be reached: one line, exit 1, no password.
        var wrong = try #require(URLComponents(string: text))
        wrong.password = "not-the-password"
        let refused = try await cli.run(["serve", "demo", "--port", "0", "--database", try #require(wrong.string)])
        #expect(refused.status == 1)
        #expect(!refused.stderr.contains("not-the-password"))
        #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
    }

    /// The channel publisher on a shared database: `cliff publish run --database` killed while a
    /// YouTube chunk is in flight, then two at once, publish each approved episode once per
    /// channel — the upload session recorded in PostgreSQL is resumed from the platform's offset,
    /// and a post claimed by one process is not taken by the other.
    @Test(.enabled(if: url != nil || isCI, "CLIFF_TEST_POSTGRES_URL is not set: scripts/test starts a PostgreSQL cluster for this test"))
    func twoPublishersOnOneDatabasePostEachEpisodeOncePerChannel() async throws {
        let (text, url) = try await Self.database("channels")
        let root = try await ChannelProjectFixture.shared.copy()
        let (youtube, tiktok) = try await ChannelPublishingTests.uploadChannels(root)
        do {
            // The renders are the folder's; reviews and the calendar are the shared database's.
            let (studio, close) = try await Self.studio(root: root, url: url)
            for episode in 1...3 {
                #expect(try await studio.episode("heir", episode).state == .inReview, "the folder's own approvals are not the database's")
                try await studio.review("heir", episode, action: .approve, note: nil, by: ChannelPublishingTests.reviewer)
            }
            try await ChannelPublishingTests.schedule(studio, launch: ChannelPublishingTests.midnight(Date().addingTimeInterval(-86_400)))
            await close()
        }
        let cli = try CLIRunner()
        try await ChannelPublishingTests.killThenRace(
            root, youtube: youtube, tiktok: tiktok, sizes: try ChannelPublishingTests.masterSizes(root),
            publisher: {
                try BackgroundCLI(
                    executable: cli.executable, arguments: ["publish", "run", root.path], directory: cli.directory, environment: ["CLIFF_DATABASE_URL": text])
            },
            last: { try await cli.run(["publish", "run", root.path, "--database", text]) })

        // The posts are the database's: status through it shows each on its platform (processing
        // there, or live); the folder's own file has none.
        let status = try await cli.run(["publish", "status", root.path, "--database", text])
        #expect(status.status == 0, "\(status.stderr)")
        let posted = status.stdout.split(separator: "\n").filter { $0.contains(" processing ") || $0.contains(" live ") }
        for channel in ["youtube", "tiktok", "shop"] {
            #expect(posted.filter { $0.contains(" \(channel) ") }.count == 3, "\(channel): \(status.stdout)")
        }
        #expect(!status.stdout.contains(url.password ?? "\u{0}") && !status.stderr.contains(url.password ?? "\u{0}"))
        let local = try await cli.run("publish", "status", root.path)
        #expect(!local.stdout.contains(" processing ") && !local.stdout.contains(" live "), "\(local.stdout)")
        await youtube.stop()
        await tiktok.stop()
    }
}
