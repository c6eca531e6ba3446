import Foundation
import Testing

/// The audience loop through the command line: a synthetic audience watches, insights map its
/// drop-offs to the story, the writer revises the unreleased episodes, and a held-out audience
/// (another seed, so another taste and other viewers) retains better on the revised series.
@Suite(.serialized) struct AudienceCLITests {
    static let premise = "A broke intern signs a contract marriage with a cold CEO"

    struct Figures {
        var starts: Int
        var completion: Double
    }

    static func figures(_ cli: CLIRunner, _ project: String) async throws -> Figures {
        let result = try await cli.run("insights", project, "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let metrics = try #require(object["metrics"] as? [String: Any])
        return Figures(starts: try #require(metrics["starts"] as? Int), completion: try #require(metrics["completionRate"] as? Double))
    }

    @Test func insightsFromASyntheticAudienceImproveTheSeriesForAHeldOutOne() async throws {
        let cli = try CLIRunner()
        for name in ["baseline", "revised"] {
            #expect(try await cli.run("new", name, "--premise", Self.premise, "--episodes", "30", "--seed", "5").status == 0)
        }
        // Measure on one audience.
        let simulated = try await cli.run("simulate-audience", "revised", "--viewers", "3000", "--seed", "1")
        #expect(simulated.status == 0, "\(simulated.stderr)")
        #expect(simulated.stdout.contains("Synthetic audience: 3,000 viewers"))
        let beforeInsights = try cli.snapshot("revised")
        let insights = try await cli.run("insights", "revised")
        #expect(insights.status == 0, "\(insights.stderr)")
        // Insights save their findings and change nothing else (the event store included).
        let afterInsights = try cli.snapshot("revised")
        #expect(Set(afterInsights.keys).subtracting(beforeInsights.keys) == ["/insights.json"])
        #expect(beforeInsights.filter { afterInsights[$0.key] != $0.value }.keys.sorted() == [])
        #expect(insights.stdout.hasPrefix("SYNTHETIC AUDIENCE: 3,000 of 3,000 viewers were simulated"))
        #expect(insights.stdout.contains("→ shorten-beat"))
        #expect(insights.stdout.contains("Drop-off hotspots:"))
        #expect(FileManager.default.fileExists(atPath: cli.url("revised/insights.json").path))

        // Revise every unreleased episode, and keep the revisions on a later plain write.
        let written = try await cli.run("write", "revised", "--apply-insights")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("unreleased episode"))
        #expect(written.stdout.contains(" ← "), "\(written.stdout)")
        // Weak notes (strength under 0.5) are named and left out unless asked for.
        #expect((written.stdout + written.stderr).contains("not applied (strength under 0.50)"), "\(written.stderr)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: cli.url("revised/revisions.json"))) as? [String: Any])
        #expect((log["episodes"] as? [String: Any])?.count == 30)
        let again = try await cli.run("write", "revised")
        #expect(again.stdout.contains("Wrote 0 episodes; 30 already up to date."), "\(again.stdout)")

        // Judge on a held-out audience, the same one for both series.
        try FileManager.default.removeItem(at: cli.url("revised/audience.db"))
        for name in ["baseline", "revised"] {
            #expect(try await cli.run("simulate-audience", name, "--viewers", "3000", "--seed", "101").status == 0)
        }
        let before = try await Self.figures(cli, "baseline"), after = try await Self.figures(cli, "revised")
        // One series and one held-out audience (the library's loop test weighs eight seeds and a
        // placebo); here the revised series must retain visibly better: measured 0.905 → 0.914.
        #expect(after.completion > before.completion + 0.005, "completion \(before.completion) → \(after.completion)")
        #expect(after.starts > before.starts, "starts \(before.starts) → \(after.starts)")
    }

    @Test func insightsWithoutEventsSayHowToGetThem() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "quiet", "--premise", Self.premise, "--episodes", "30").status == 0)
        let result = try await cli.run("insights", "quiet")
        #expect(result.status != 0)
        #expect(result.stderr.contains("cliff simulate-audience quiet --viewers"))
        let write = try await cli.run("write", "quiet", "--apply-insights")
        #expect(write.status != 0)
        #expect(write.stderr.contains("run cliff insights quiet first"))
    }

    @Test func aPlatformWatchLogImportsAndWrongColumnsAreNamed() async throws {
        let cli = try CLIRunner()
        #expect(try await cli.run("new", "imported", "--premise", Self.premise, "--episodes", "30").status == 0)
        var rows = ["viewer,episode,started_at,watched_seconds,completed"]
        let start = Int(Date().timeIntervalSince1970) - 86_400
        for viewer in 0..<40 { rows.append("v\(viewer),1,\(start + viewer * 300),\(viewer % 4 == 0 ? 3 : 80),\(viewer % 4 == 0 ? "no" : "yes")") }
        try cli.write("views.csv", rows.joined(separator: "\n") + "\n")
        let imported = try await cli.run("import-audience", "imported", "views.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported views.csv:"))
        #expect(try await Self.figures(cli, "imported").starts == 40)
        // Twice: nothing new.
        #expect(try await cli.run("import-audience", "imported", "views.csv").stdout.contains(": 0 events stored"))

        try cli.write("wrong.csv", "user,ep,watched\nv1,1,30\n")
        let wrong = try await cli.run("import-audience", "imported", "wrong.csv")
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("Found: user, ep, watched"), "\(wrong.stderr)")
        #expect(wrong.stderr.contains("Expected: viewer, episode, started_at, watched_seconds"), "\(wrong.stderr)")
    }
}
