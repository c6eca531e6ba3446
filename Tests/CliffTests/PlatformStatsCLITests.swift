import Foundation
import Testing

/// A channel's statistics brought in by hand: `cliff import-audience --platform-stats` stores
/// them labelled by the channel, and `cliff insights` shows the channel beside the built-in
/// one with its retention mapped onto the episode's beats.
@Suite(.serialized) struct PlatformStatsCLITests {
    static let premise = "A broke intern signs a contract marriage with a cold CEO"

    @Test func importedPlatformRetentionAppearsInInsightsWithItsChannelMappedToBeats() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "demo", "--premise", Self.premise, "--episodes", "3", "--seed", "5").status == 0)
        let simulated = try await cli.run("simulate-audience", "demo", "--viewers", "200", "--seed", "1")
        #expect(simulated.status == 0, "\(simulated.stderr)")
        try cli.write("youtube.json", """
            [{"episode": 1, "views": 12400, "averageViewSeconds": 41.5, "likes": 310,
              "retention": [[0, 1.0], [0.1, 0.9], [0.5, 0.8], [0.55, 0.45], [1, 0.35]], "fetchedAt": "2026-12-01T09:00:00Z"}]
            """)
        try cli.write("tiktok.json", #"[{"episode": 1, "views": 3100, "averageViewSeconds": 12}]"#)
        let imported = try await cli.run("import-audience", "demo", "--platform-stats", "youtube.json", "--channel", "youtube")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported youtube.json: 1 youtube snapshot stored, 0 already there."), "\(imported.stdout)")
        // The same file again: nothing new.
        #expect(try await cli.run("import-audience", "demo", "--platform-stats", "youtube.json", "--channel", "youtube").stdout.contains("0 youtube snapshots stored, 1 already there"))
        let tiktok = try await cli.run("import-audience", "demo", "--platform-stats", "tiktok.json", "--channel", "tiktok")
        #expect(tiktok.status == 0, "\(tiktok.stderr)")
        #expect(try await cli.run("import-audience", "demo", "--platform-stats", "tiktok.json", "--channel", "tiktok").stdout.contains("0 tiktok snapshots stored, 1 already there"))

        let json = try await cli.run("insights", "demo", "--json")
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let channels = try #require(object["channels"] as? [[String: Any]])
        #expect(channels.map { $0["channel"] as? String } == ["tiktok", "youtube"])
        let youtube = try #require((channels[1]["episodes"] as? [[String: Any]])?.first)
        #expect(youtube["views"] as? Int == 12400 && youtube["mapped"] as? Bool == true)
        let drop = try #require((youtube["drops"] as? [[String: Any]])?.first)
        #expect(drop["fromFraction"] as? Double == 0.5 && drop["toFraction"] as? Double == 0.55)
        let beat = try #require((drop["moment"] as? [String: Any])?["beat"] as? String, "the steepest drop is mapped onto a beat")
        let starts = try #require((youtube["builtIn"] as? [String: Any])?["starts"] as? Int)
        #expect(starts > 0)
        // The saved insights carry the channels too.
        let saved = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: cli.url("demo/insights.json"))) as? [String: Any])
        #expect((saved["channels"] as? [[String: Any]])?.count == 2)

        let text = try await cli.run("insights", "demo")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Channels (the platforms' own figures; the built-in channel's beside them):"))
        #expect(text.stdout.contains("  youtube (YouTube):"))
        #expect(text.stdout.contains("    ep 1: 12400 views · average view 41.5 s"), "\(text.stdout)")
        #expect(text.stdout.contains("| built-in: \(starts) starts, hook "), "\(text.stdout)")
        let dropLine = try #require(text.stdout.split(separator: "\n").first { $0.contains("drop −35.0 %") }, "\(text.stdout)")
        #expect(dropLine.contains("(50–55 % of the video) · shot ") && dropLine.contains(", \(beat)"), "\(dropLine)")
        #expect(text.stdout.contains("TikTok offers no retention curve"))
    }

    @Test func badStatisticsAreAllLocatedAndNothingIsStored() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "demo", "--premise", Self.premise, "--episodes", "3", "--seed", "5").status == 0)
        try cli.write("bad.json", #"[{"episode": 1, "views": -1, "retention": [[0.5, 1], [0.2, 1]]}, {"episode": 99}]"#)
        let bad = try await cli.run("import-audience", "demo", "--platform-stats", "bad.json", "--channel", "tiktok")
        #expect(bad.status != 0)
        for line in [
            "bad.json has 4 problems; nothing was imported:", "bad.json:[0].views: must be 0 or more, not -1",
            "bad.json:[0].retention[1].fraction: must be above the point before's 0.5", "bad.json:[1].views: is required",
            "bad.json:[1].episode: the project has no episode 99 to take its length from: give durationSeconds",
        ] {
            #expect(bad.stderr.contains(line), "\(bad.stderr)")
        }
        // Nothing stored: the store has no channel to show.
        let insights = try await cli.run("insights", "demo", "--json")
        #expect(insights.status == 0, "\(insights.stderr)")
        #expect(!insights.stdout.contains("\"channels\""))
        // --channel goes with --platform-stats, and --platform-stats needs it.
        #expect(try await cli.run("import-audience", "demo", "--platform-stats", "bad.json").stderr.contains("--platform-stats needs --channel NAME"))
        #expect(try await cli.run("import-audience", "demo", "bad.json", "--channel", "x").stderr.contains("--channel and --platform go with --platform-stats FILE"))
    }
}
