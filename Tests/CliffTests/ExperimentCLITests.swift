import Audience
import Basics
import DramaModel
import Foundation
import TestSupport
import Testing

/// `cliff experiment` as a process: variants written by the writer and rendered by the
/// production line like any episode (labelled, signed, cached), bad input refused whole with
/// nothing written, and a report recomputed from stored events that ends in a recorded decision.
@Suite(.serialized) struct ExperimentCLITests {
    static let premise = "A broke intern signs a contract marriage with a cold CEO"

    /// A three-episode project of short episodes in `demo/`.
    static func project() async throws -> CLIRunner {
        let cli = try CLIRunner()
        let made = try await cli.run(["new", "demo", "--premise", premise, "--episodes", "3", "--target-seconds", "15", "--seed", "7"])
        #expect(made.status == 0, "\(made.stderr)")
        return cli
    }

    @Test func aColdOpenVariantIsWrittenRenderedLabelledAndSignedLikeItsEpisode() async throws {
        let cli = try await Self.project()
        let made = try await cli.run("experiment", "new", "demo", "--episode", "1", "--kind", "cold-open")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Made experiment ep001-hook on episode 1 (cold-open): A 50 %, B 50 %"), "\(made.stdout)")
        let yaml = try cli.read("demo/experiments/ep001-hook.yaml")
        for line in ["key: ep001-hook", "episode: 1", "kind: cold-open", "metric: hook", "status: running", "    instruction: stronger-hook",
                     "    script: experiments/ep001-hook/B.fountain"] {
            #expect(yaml.split(separator: "\n").contains(Substring(line)), "missing '\(line)' in\n\(yaml)")
        }
        let episode = try cli.read("demo/episodes/ep001.fountain")
        let variant = try cli.read("demo/experiments/ep001-hook/B.fountain")
        #expect(variant != episode)
        // The writer's instruction touches the hook only: the script's last half is the episode's.
        let tail = episode.split(separator: "\n").suffix(10)
        #expect(variant.split(separator: "\n").suffix(10) == tail)

        let validate = try await cli.run("validate", "demo")
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let listed = try await cli.run("experiment", "list", "demo")
        #expect(listed.stdout.contains("ep001-hook"), "\(listed.stdout)")
        #expect(listed.stdout.contains("B 50% (not rendered)"), "\(listed.stdout)")

        let produced = try await cli.run("produce", "demo", "--episodes", "1", "--preview", "--progress", "lines")
        #expect(produced.status == 0, "\(produced.stderr)")
        #expect(produced.stdout.contains("Experiment variants: demo/out/ep001/variants/ep001-hook/B/preview.mp4"), "\(produced.stdout)")
        for file in ["out/ep001/preview.mp4", "out/ep001/variants/ep001-hook/B/preview.mp4", "out/ep001/variants/ep001-hook/B/provenance.json"] {
            #expect(FileManager.default.fileExists(atPath: cli.url("demo/\(file)").path), "\(file)")
        }
        let manifest = try cli.read("demo/out/ep001/variants/ep001-hook/B/provenance.json")
        #expect(manifest.contains("\"variant\":\"ep001-hook\\/B\"") || manifest.contains("\"variant\":\"ep001-hook/B\""), "\(manifest.prefix(400))")
        // The visible AI label burned into the variant's opening, as its provenance records it.
        #expect(manifest.contains("\"visibleLabel\"") && manifest.contains("AI-generated"), "\(manifest.prefix(400))")
        let verified = try await cli.run("verify", "demo/out/ep001/variants/ep001-hook/B/preview.mp4")
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("episode 1, variant ep001-hook/B"), "\(verified.stdout)")
        // Its signing is in the audit log, under the variant's name.
        let labelled = try await cli.run("audit", "list", "demo")
        #expect(labelled.stdout.contains("provenance.sign") && labelled.stdout.contains("variant ep001-hook/B"), "\(labelled.stdout)")

        let again = try await cli.run("produce", "demo", "--episodes", "1", "--preview", "--progress", "lines")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains(": 0 jobs done"), "nothing is made twice: \(again.stdout)")
    }

    @Test func badExperimentsAreRefusedWholeWithNothingWritten() async throws {
        let cli = try await Self.project()
        let before = try cli.snapshot("demo")
        let bad = try await cli.run("experiment", "new", "demo", "--episode", "9", "--kind", "cold-opn", "--weights", "70,70", "--metric", "hooks")
        #expect(bad.status == 1)
        for expected in [
            "nothing was made; 4 problems", "--episode: episode 9 does not exist in demo (written: 1-3)", "Did you mean 'cold-open'?",
            "--weights: they add up to 140 %, over 100 %", "--metric: 'hooks' is not a metric. Did you mean 'hook'?",
        ] {
            #expect(bad.stderr.contains(expected), "missing '\(expected)' in \(bad.stderr)")
        }
        #expect(try cli.snapshot("demo") == before, "nothing changed")

        // Two experiments share an episode's viewers.
        #expect(try await cli.run("experiment", "new", "demo", "--episode", "2", "--kind", "ending", "--weights", "30,30").status == 0)
        let over = try await cli.run("experiment", "new", "demo", "--episode", "2", "--kind", "edit", "--weights", "25,25")
        #expect(over.status == 1)
        #expect(over.stderr.contains("episode 2's other experiments (ep002-ending) take 60 % of its viewers"), "\(over.stderr)")
        #expect(over.stderr.contains("at most 40 %"), "\(over.stderr)")
        let unknown = try await cli.run("experiment", "ship", "demo", "ep002-endng", "B", "--why", "x")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Did you mean 'ep002-ending'?"), "\(unknown.stderr)")

        // A broken experiment file: every problem located, and production refuses.
        try cli.write("demo/experiments/broken.yaml", """
            key: broken
            episode: 7
            kind: cold-open
            colour: red
            variants:
              - name: A
                weight: 80
              - name: A
                weight: 40
            """)
        let validate = try await cli.run("validate", "demo")
        #expect(validate.status == 1)
        for expected in [
            "demo/experiments/broken.yaml:4:1: error: colour: unknown key 'colour'", "demo/experiments/broken.yaml:8:11: error: variants[1].name: the name 'A' is already used by variants[0]",
            "over 100 %", "variants[1].script",
        ] {
            #expect(validate.stdout.contains(expected) || validate.stderr.contains(expected), "missing '\(expected)' in \(validate.stdout)\(validate.stderr)")
        }
        let produce = try await cli.run("produce", "demo", "--episodes", "1", "--preview", "--dry-run")
        #expect(produce.status == 1)
        #expect(produce.stderr.contains("problems in the experiments"), "\(produce.stderr)")
    }

    @Test func theReportIsRecomputedFromStoredEventsAndADecisionIsRecordedOnce() async throws {
        let cli = try await Self.project()
        #expect(try await cli.run("experiment", "new", "demo", "--episode", "1", "--kind", "cold-open").status == 0)
        let empty = try await cli.run("experiment", "show", "demo", "ep001-hook")
        #expect(empty.status == 0, "\(empty.stderr)")
        #expect(empty.stdout.contains("No viewer has been shown a variant yet."), "\(empty.stdout)")

        // 1,200 viewers split evenly; B holds 70 % past the hook, A 50 % (planted).
        let store = try AudienceStore(projectDirectory: cli.url("demo").path)
        var random = SeededGenerator(seed: 11)
        var events: [ViewerEvent] = []
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        for index in 0..<1_200 {
            let viewer = "viewer-\(index)"
            let variant = index % 2 == 0 ? "A" : "B"
            let tag = "ep001-hook/\(variant)"
            let at = start.addingTimeInterval(Double(index) * 30)
            let hooked = Double.random(in: 0..<1, using: &random) < (variant == "B" ? 0.7 : 0.5)
            func event(_ name: ViewerEvent.Name, _ second: Double, _ position: Double?) -> ViewerEvent {
                ViewerEvent(
                    messageID: "\(viewer)-\(name.rawValue)", name: name, anonymousID: viewer, timestamp: at.addingTimeInterval(second), series: "demo",
                    episode: 1, position: position.map { .milliseconds(Int64($0 * 1000)) }, sessionID: "s-\(index)", variant: tag)
            }
            events.append(event(.experimentExposure, 0, nil))
            events.append(event(.playbackStarted, 0, 0))
            events.append(hooked ? event(.contentPlaying, 6, 6) : event(.swipedAway, 1, 1))
        }
        _ = try await store.append(events)

        let shown = try await cli.run("experiment", "show", "demo", "ep001-hook", "--json")
        #expect(shown.status == 0, "\(shown.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let variants = try #require(report["variants"] as? [[String: Any]])
        #expect(variants.map { $0["viewers"] as? Int } == [600, 600])
        let hookB = try #require(((variants[1]["metrics"] as? [String: Any])?["hook"] as? [String: Any])?["mean"] as? Double)
        #expect(hookB > 0.62 && hookB < 0.78, "\(hookB)")
        #expect(variants[1]["decision"] as? String == "ship", "\(variants[1])")
        #expect((report["summary"] as? [String])?.first?.hasPrefix("B wins") == true, "\(report["summary"] ?? "")")
        #expect(((report["sampleRatio"] as? [String: Any])?["mismatch"] as? Bool) == false)
        #expect((report["history"] as? [Any])?.count == 6, "a look every 200 exposures")

        let text = try await cli.run("experiment", "show", "demo", "ep001-hook")
        #expect(text.stdout.contains("B wins"), "\(text.stdout)")
        #expect(text.stdout.contains("Sample ratio check: p = "), "\(text.stdout)")

        let noWhy = try await cli.run("experiment", "ship", "demo", "ep001-hook", "C", "--why", " ")
        #expect(noWhy.status == 1)
        #expect(noWhy.stderr.contains("nothing was changed; 2 problems"), "\(noWhy.stderr)")
        #expect(try cli.read("demo/experiments/ep001-hook.yaml").contains("status: running"))

        let shipped = try await cli.run("experiment", "ship", "demo", "ep001-hook", "B", "--why", "B holds more viewers past the hook", "--by", "mei")
        #expect(shipped.status == 0, "\(shipped.stderr)")
        let yaml = try cli.read("demo/experiments/ep001-hook.yaml")
        #expect(yaml.contains("status: shipped") && yaml.contains("shipped: B"), "\(yaml)")
        let audit = try await cli.run("audit", "list", "demo")
        #expect(audit.stdout.contains("experiment.ship") && audit.stdout.contains("mei"), "\(audit.stdout)")
        let twice = try await cli.run("experiment", "stop", "demo", "ep001-hook", "--why", "again")
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("shipped (B) already"), "\(twice.stderr)")
    }

    @Test func theSyntheticAudienceIsAssignedAsTheChannelAssignsAndIsLabelled() async throws {
        let cli = try await Self.project()
        #expect(try await cli.run("experiment", "new", "demo", "--episode", "1", "--kind", "cold-open", "--weights", "40,40").status == 0)
        let simulated = try await cli.run("simulate-audience", "demo", "--viewers", "600")
        #expect(simulated.status == 0, "\(simulated.stderr)")
        #expect(simulated.stderr.contains("experiments: ep001-hook (episode 1)"), "\(simulated.stderr)")
        let shown = try await cli.run("experiment", "show", "demo", "ep001-hook", "--json")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let viewers = try #require((report["variants"] as? [[String: Any]])?.compactMap { $0["viewers"] as? Int })
        // 80 % of the 600 viewers are enrolled (the rest are the holdout), split evenly.
        #expect(viewers.count == 2 && viewers.reduce(0, +) > 420 && viewers.reduce(0, +) < 540, "\(viewers)")
        #expect(((report["sampleRatio"] as? [String: Any])?["mismatch"] as? Bool) == false, "\(report["sampleRatio"] ?? "")")
        #expect(report["syntheticViewers"] as? Int == viewers.reduce(0, +))
        let text = try await cli.run("experiment", "show", "demo", "ep001-hook")
        #expect(text.stdout.contains("SYNTHETIC AUDIENCE: "), "\(text.stdout)")
    }

    @Test func aStudiosSyntheticAudienceIsAssignedOnlyToExperimentsLiveOnItsChannel() async throws {
        let cli = try await Self.project()
        #expect(try await cli.run("experiment", "new", "demo", "--episode", "1", "--kind", "cold-open").status == 0)
        let server = try BackgroundCLI(cli, ["serve", "demo", "--port", "0"])
        defer { server.process.terminate() }
        let address = try await server.waitForOutput(matching: #"127\.0\.0\.1:(\d+)"#, "serve to print its address")
        let port = try #require(Int(address.split(separator: ":")[1]), "serve printed its address")
        // Running in its file, but B is not rendered nor reviewed: the channel does not assign it,
        // so neither does the synthetic audience.
        let simulated = try await cli.run("simulate-audience", "demo", "--viewers", "50", "--url", "http://127.0.0.1:\(port)")
        #expect(simulated.status == 0, "\(simulated.stderr)")
        #expect(simulated.stderr.contains("not live on http://127.0.0.1:\(port), so not assigned: ep001-hook (episode 1)"), "\(simulated.stderr)")
        #expect(!simulated.stderr.contains("experiments: ep001-hook"), "\(simulated.stderr)")
        // Without a studio to ask, the writer's own run assigns every running experiment.
        let local = try await cli.run("simulate-audience", "demo", "--viewers", "50")
        #expect(local.stderr.contains("experiments: ep001-hook (episode 1)"), "\(local.stderr)")
        server.process.terminate()
        _ = try await server.wait()
    }

    @Test func aTitleExperimentIsMadeFromTheTitlesGivenAndShowsItsTileFigures() async throws {
        let cli = try await Self.project()
        let bad = try await cli.run("experiment", "new", "demo", "--episode", "2", "--kind", "title", "--weights", "50,50")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--episode: a title experiment is on episode 1") && bad.stderr.contains("--title: a title experiment needs the titles")
            && bad.stderr.contains("--weights: a title experiment has no weights"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.url("demo/experiments").path))
        let made = try await cli.run("experiment", "new", "demo", "--episode", "1", "--kind", "title", "--title", "Night Ledger", "--title", "The Last Receipt")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Made experiment ep001-title on the tile") && made.stdout.contains("B “Night Ledger”"), "\(made.stdout)")
        #expect(try cli.read("demo/experiments/ep001-title/C.fountain").contains("Episode Title: The Last Receipt"))
        let yaml = try cli.read("demo/experiments/ep001-title.yaml")
        #expect(yaml.contains("kind: title") && yaml.contains("metric: click_through") && yaml.contains("weight: 0"), "\(yaml)")
        let shown = try await cli.run("experiment", "show", "demo", "ep001-title")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("No impression yet"), "\(shown.stdout)")
        // A hand-edited weight on a title experiment is refused at its line.
        try cli.write("demo/experiments/ep001-title.yaml", yaml.replacingOccurrences(of: "weight: 0\n    script: experiments/ep001-title/B", with: "weight: 40\n    script: experiments/ep001-title/B"))
        let listed = try await cli.run("experiment", "list", "demo")
        #expect(listed.status == 1)
        #expect(listed.stderr.contains("ep001-title.yaml:") && listed.stderr.contains("variants[1].weight"), "\(listed.stderr)")
    }
}
