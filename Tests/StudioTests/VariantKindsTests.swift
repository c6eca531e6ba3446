import Basics
import DramaModel
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Production
import StoryEngine
import Studio
import StudioServer
import TestSupport
import Testing

/// The variant kinds without a script of their own per episode: a character's look over a
/// pilot (the episodes drawn again, one assignment for all of them), the tone of a pilot (the
/// episodes written again, one script each), and episode 1's cover on the series' tile (only
/// the cover drawn again, tested by the bandit). Each is made by the production line like any
/// episode (labelled, signed), reviewed before the channel shows it, and refused whole on bad input.
@Suite(.serialized) struct VariantKindsTests {
    static func released(_ studio: Studio, _ id: String, episodes: Int) async throws {
        for number in 1...episodes { try await studio.review(id, number, action: .approve, note: nil, by: StudioUserFixture.reviewer) }
        let launch = ISO8601DateFormatter.string(from: Date().addingTimeInterval(-86_400), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        try await studio.setCalendar(
            id, ReleaseCalendar(launchDate: launch, time: "00:00", timeZone: "UTC", launchEpisodes: episodes, perDay: 1, paywallFrom: nil),
            by: StudioUserFixture.producer, now: Date().addingTimeInterval(-2 * 86_400))
        _ = try await studio.publishDue(id)
    }

    /// `control` and `variant` (two pictures of one size) side by side as a PNG — in a temporary
    /// folder, or docs/images with CLIFF_WRITE_STILLS=1 (`scripts/stills`) — and the share of
    /// pixels whose colour differs visibly between them (a channel by more than 24 of 255).
    static func sideBySide(_ control: URL, _ variant: URL, name: String) async throws -> Double {
        let ffmpeg = URL(fileURLWithPath: "/usr/bin/ffmpeg")
        let folder = ProcessInfo.processInfo.environment["CLIFF_WRITE_STILLS"] == "1"
            ? Repository.documentationImages : try temporaryDirectory("cliff-variant-stills")
        let pair = try await runProcess(ffmpeg, [
            "-v", "error", "-y", "-i", control.path, "-i", variant.path, "-filter_complex",
            "[0:v]scale=540:-2[a];[1:v]scale=540:-2[b];[a][b]hstack=inputs=2", "-frames:v", "1", folder.appendingPathComponent(name).path,
        ])
        #expect(pair.status == 0, "\(pair.stderr)")
        func pixels(_ url: URL) async throws -> [UInt8] {
            let raw = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".rgb")
            let out = try await runProcess(ffmpeg, ["-v", "error", "-y", "-i", url.path, "-vf", "scale=270:480", "-f", "rawvideo", "-pix_fmt", "rgb24", raw.path])
            #expect(out.status == 0, "\(out.stderr)")
            defer { try? FileManager.default.removeItem(at: raw) }
            return [UInt8](try Data(contentsOf: raw))
        }
        let a = try await pixels(control), b = try await pixels(variant)
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var changed = 0
        for index in stride(from: 0, to: a.count - 2, by: 3) where (0..<3).contains(where: { abs(Int(a[index + $0]) - Int(b[index + $0])) > 24 }) {
            changed += 1
        }
        return Double(changed) / Double(a.count / 3)
    }

    @Test func aLookOverAPilotIsDrawnOnEveryEpisodeAndEachViewerKeepsTheirLookFromEpisodeToEpisode() async throws {
        try await LiveStudio.run("willow", episodes: 2, seed: 21) { live in
            let (project, studio, producer, reviewer, viewers) = (live.project, live.studio, live.producer, live.reviewer, live.viewer)
            let series = try SeriesProject(root: project.root).loadBible().series
            // The character episode 1's cover shows first: the one whose look the variant changes.
            let (own, _) = try ProductionProject.open(project.root).graph(episodes: [1], deliverable: .final)
            let coverNode = try #require(own.nodes.first { $0.step == "cover" })
            let shown = try #require((try JSONSerialization.jsonObject(with: coverNode.parameters) as? [String: Any])?["characters"] as? [String])
            let lead = try #require(series.characters.first { $0.id == shown.first })

            // Every problem at once, located by field, nothing written.
            let bad = try await producer.send(
                .post, "/api/v1/series/willow/experiments",
                json: #"{"episode": 2, "through": 1, "kind": "look", "character": "nobody", "looks": ["hair=silver; colour=red", "age=500"]}"#)
            #expect(bad.status == .badRequest)
            let message = try bad.error()["message"] as? String ?? ""
            for part in ["through: episode 1 comes before episode 2", "character: 'nobody' is not a character", "'colour' is not a field", "age must be a whole number of years from 1 to 120"] {
                #expect(message.contains(part), "missing '\(part)' in \(message)")
            }
            let unchanged = try await producer.send(
                .post, "/api/v1/series/willow/experiments",
                json: #"{"episode": 1, "through": 2, "kind": "look", "character": "\#(lead.id)", "looks": ["hair=\#(lead.look.hair ?? "x")"]}"#)
            let unchangedMessage = try unchanged.error()["message"] as? String ?? ""
            #expect(unchanged.status == .badRequest && unchangedMessage.contains("as the series' bible writes it") == (lead.look.hair != nil), "\(unchangedMessage)")
            #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("experiments").path))

            let made = try await producer.send(
                .post, "/api/v1/series/willow/experiments",
                json: #"{"episode": 1, "through": 2, "kind": "look", "character": "\#(lead.id)", "looks": ["hair=short silver bob; outfit=red leather coat; palette=#c0392b, #f5f5f5"]}"#)
            #expect(made.status == .created, "\(String(buffer: made.body))")
            let view = try #require(try made.json()["experiment"] as? [String: Any])
            let key = try #require(view["key"] as? String)
            #expect(key == "ep001-look" && view["lastEpisode"] as? Int == 2)
            let yaml = try String(contentsOf: project.root.appendingPathComponent("experiments/\(key).yaml"), encoding: .utf8)
            for line in ["episodes: 1-2", "kind: look", "    look:", "      character: \(lead.id)", "      hair: short silver bob"] {
                #expect(yaml.split(separator: "\n").contains(Substring(line)), "missing '\(line)' in\n\(yaml)")
            }

            // The production line draws the variant on both episodes; what does not show the
            // character (the voices, the timeline) is the episode's own, made once.
            let production = try ProductionProject.open(project.root)
            let (graph, _) = try production.graph(episodes: [1, 2], deliverable: .final)
            let voices = graph.nodes.filter { $0.step == "voice" }
            let (plain, _) = try ProductionProject.open(project.root).graph(episodes: [1, 2], deliverable: .final)
            #expect(Set(voices.map(\.key)) == Set(plain.nodes.filter { $0.step == "voice" }.map(\.key)))
            #expect(graph.nodes.contains { $0.label.hasPrefix("ep002 \(key)/B shot") })

            // Not reviewable before every episode of it is rendered.
            let early = try await reviewer.send(.post, "/api/v1/series/willow/experiments/\(key)/variants/B/reviews", json: #"{"action":"approve"}"#)
            let earlyMessage = try early.error()["message"] as? String ?? ""
            #expect(early.status == .conflict && earlyMessage.contains("render episodes 1-2"), "\(earlyMessage)")
            try await studio.render("willow", episodes: [1, 2], by: StudioUserFixture.producer)
            await studio.waitForRenders()
            for number in [1, 2] {
                let folder = project.root.appendingPathComponent("out/ep00\(number)/variants/\(key)/B")
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("episode.mp4").path))
                let signed = try ProvenanceVerifier.verify(video: folder.appendingPathComponent("episode.mp4"), projectRoot: project.root)
                #expect(signed.variant == "\(key)/B" && signed.visibleLabel?.text == "AI-generated", "labelled and signed like its episode")
                let own = try Data(contentsOf: project.root.appendingPathComponent("out/ep00\(number)/episode.mp4"))
                #expect(try Data(contentsOf: folder.appendingPathComponent("episode.mp4")) != own, "episode \(number) is drawn with the other look")
            }
            // As a person sees it: the cover of episode 1 shows the lead with the other look
            // (part of the picture changes, not all of it: same place, same title).
            let changed = try await Self.sideBySide(
                project.root.appendingPathComponent("out/ep001/cover.jpg"), project.root.appendingPathComponent("out/ep001/variants/\(key)/B/cover.jpg"),
                name: "experiment-look.png")
            #expect(changed > 0.01 && changed < 0.6, "the look changes the character, not the picture: \(changed)")
            try await Self.released(studio, "willow", episodes: 2)
            let approved = try await reviewer.send(.post, "/api/v1/series/willow/experiments/\(key)/variants/B/reviews", json: #"{"action":"approve"}"#)
            #expect(approved.status == .created, "\(String(buffer: approved.body))")

            // One assignment for the whole pilot: a viewer in B sees B on both episodes, tagged.
            let set = try ExperimentSet.load(production.files)
            var seen: [String: Int] = [:]
            for index in 0..<60 {
                let viewer = "look-viewer-\(index)"
                let listing = try await viewers.send(.get, "/api/v1/channel/willow?viewer=\(viewer)")
                let episodes = try #require(try listing.json()["episodes"] as? [[String: Any]])
                let tags = episodes.map { $0["variant"] as? String }
                #expect(tags.count == 2 && tags[0] == tags[1], "the same variant on every episode: \(tags)")
                let expected = try ExperimentDesk.enrolment(series: "willow", episode: 2, viewer: viewer, set: set).map { "\(key)/\($0.variant)" }
                #expect(tags[1] == expected)
                if tags[0] == "\(key)/B" {
                    #expect(episodes.allSatisfy { ($0["video"] as? String ?? "").contains("/variants/\(key)/B/") }, "\(episodes)")
                }
                seen[tags[0] ?? "none", default: 0] += 1
            }
            #expect((seen["\(key)/A"] ?? 0) > 5 && (seen["\(key)/B"] ?? 0) > 5, "viewers are split: \(seen)")

            // The channel's events on episode 2 carry the pilot's tag and are accepted.
            let inB = try #require((0..<200).map { "look-viewer-\($0)" }.first { viewer in
                (try? ExperimentDesk.enrolment(series: "willow", episode: 2, viewer: viewer, set: set))??.variant == "B"
            })
            let stamp = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-60))
            let event = #"{"batch": [{"message_id": "look-1", "event": "playback_started", "anonymous_id": "\#(inB)", "timestamp": "\#(stamp)", "properties": {"series": "willow", "episode": 2, "position_ms": 0, "session_id": "s-1", "variant": "\#(key)/B"}}]}"#
            let ingested = try await viewers.send(.post, "/api/v1/events", json: event)
            #expect((try ingested.json()["accepted"] as? Int) == 1, "\(String(buffer: ingested.body))")
        }
    }

    @Test func aToneIsThePilotWrittenAgainOneScriptPerEpisodeAndWaitsForTheEpisodesRunningExperiments() async throws {
        let project = try TemporaryProject.make(named: "ember", prefix: "cliff-tone", episodes: 3, seed: 5, targetSeconds: 15)
        let files = SeriesProject(root: project.root)

        // Only the built-in writer's tones without a model writer; bad ranges refused; nothing written.
        await #expect {
            _ = try await ExperimentDesk.create(project: files, ExperimentRequest(episode: 1, through: 5, kind: "tone", tones: ["whimsical"]), actor: "paul")
        } throws: { error in
            let text = "\(error)"
            return text.contains("'whimsical' is not one the built-in writer knows") && text.contains("tense or brisk") && text.contains("episodes 4-5 do not exist")
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("experiments").path))

        // A running experiment on episode 2 would have its viewers moved: refused until decided.
        _ = try await ExperimentDesk.create(project: files, ExperimentRequest(episode: 2, kind: "ending", weights: [20, 20]), actor: "paul")
        await #expect {
            _ = try await ExperimentDesk.create(project: files, ExperimentRequest(episode: 1, through: 3, kind: "tone", tones: ["tense"]), actor: "paul")
        } throws: { "\($0)".contains("ep002-ending (episode 2) is running") }
        _ = try await ExperimentDesk.decide(project: files, key: "ep002-ending", ship: nil, why: "make room for the pilot's tone", actor: "paul", audience: nil)

        let made = try await ExperimentDesk.create(
            project: files, ExperimentRequest(episode: 1, through: 3, kind: "tone", weights: [30, 30], tones: ["tense"]), actor: "paul").experiment
        #expect(made.key == "ep001-tone" && made.episodes == 1...3 && made.metric == EpisodeExperiment.Metric.continue && made.guardrails == [EpisodeExperiment.Metric.hook])
        let b = try #require(made.variants.last)
        #expect(b.tone == "tense" && b.scripts == (1...3).map { "experiments/ep001-tone/B/ep00\($0).fountain" })
        var changed = 0
        for number in 1...3 {
            let own = try String(contentsOf: files.episodeURL(number), encoding: .utf8)
            let toned = try String(contentsOf: project.root.appendingPathComponent(b.scripts[number - 1]), encoding: .utf8)
            if toned != own { changed += 1 }
        }
        #expect(changed >= 2, "the tone rewrites the pilot, not one episode")

        // Read back from its file, and rendered per episode to its own folders.
        let set = try ExperimentSet.load(files)
        var read = try #require(set.entry("ep001-tone")?.experiment)
        #expect(abs(read.created.timeIntervalSince(made.created)) < 1, "stored to the second")
        read.created = made.created
        #expect(read == made)
        let variants = try ProductionProject.open(project.root).variantScripts(episodes: nil).filter { $0.experiment == "ep001-tone" }
        #expect(variants.map(\.folder) == (1...3).map { "out/ep00\($0)/variants/ep001-tone/B" })
        // The stopped ending keeps its share on episode 2 after the pilot's 60 %: the series' layer.
        #expect(set.assignmentGroup(episode: 2).shared && set.assignmentGroup(episode: 2).experiments.map { $0.key } == ["ep001-tone", "ep002-ending"])
        #expect(!set.assignmentGroup(episode: 4).shared)
    }

    @Test func aCoverVariantIsOnlyACoverSignedAndShownOnTheTileWithTheEpisodesOwnTitle() async throws {
        try await LiveStudio.run("harbor", episodes: 1, seed: 13) { live in
            let (project, studio, producer, reviewer, viewer) = (live.project, live.studio, live.producer, live.reviewer, live.viewer)
            let series = try SeriesProject(root: project.root).loadBible().series
            let villain = try #require(series.characters.last?.id)

            let bad = try await producer.send(
                .post, "/api/v1/series/harbor/experiments",
                json: #"{"episode": 2, "kind": "cover", "weights": [50, 50], "covers": ["characters=nobody; lighting=dusk", "location=moon"]}"#)
            #expect(bad.status == .badRequest)
            let message = try bad.error()["message"] as? String ?? ""
            for part in ["a cover experiment is on episode 1", "has no weights", "'nobody' is not a character", "lighting is day or night", "'moon' is not a location"] {
                #expect(message.contains(part), "missing '\(part)' in \(message)")
            }
            #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("experiments").path))

            let made = try await producer.send(.post, "/api/v1/series/harbor/experiments", json: #"{"episode": 1, "kind": "cover", "covers": ["characters=\#(villain); lighting=night"]}"#)
            #expect(made.status == .created, "\(String(buffer: made.body))")
            let key = "ep001-cover"
            // The tile tests one thing at a time.
            let title = try await producer.send(.post, "/api/v1/series/harbor/experiments", json: #"{"episode": 1, "kind": "title", "titles": ["Low Tide"]}"#)
            let refused = try title.error()["message"] as? String ?? ""
            #expect(title.status == .badRequest && refused.contains("tests one thing at a time"), "\(refused)")

            try await studio.render("harbor", episodes: [1], by: StudioUserFixture.producer)
            await studio.waitForRenders()
            let folder = project.root.appendingPathComponent("out/ep001/variants/\(key)/B")
            let cover = folder.appendingPathComponent("cover.jpg")
            #expect(FileManager.default.fileExists(atPath: cover.path) && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("episode.mp4").path))
            let changed = try await Self.sideBySide(project.root.appendingPathComponent("out/ep001/cover.jpg"), cover, name: "experiment-cover.png")
            #expect(changed > 0.2, "drawn with the other lead and light: \(changed)")
            let signed = try ProvenanceVerifier.verify(video: cover, projectRoot: project.root)
            #expect(signed.variant == "\(key)/B" && signed.visibleLabel?.text == "AI-generated" && signed.file == "cover.jpg")

            try await Self.released(studio, "harbor", episodes: 1)
            let approved = try await reviewer.send(.post, "/api/v1/series/harbor/experiments/\(key)/variants/B/reviews", json: #"{"action":"approve"}"#)
            #expect(approved.status == .created, "\(String(buffer: approved.body))")

            // The bandit shows both covers, each with the episode's own title.
            var covers: Set<String> = []
            var titles: Set<String> = []
            for _ in 0..<80 where covers.count < 2 {
                let tile = try TileExperimentTests.tile(String(buffer: try await viewer.send(.get, "/watch").body))
                #expect(tile.arm?.hasPrefix("\(key)/") == true, "\(tile)")
                covers.insert(tile.cover ?? "")
                titles.insert(tile.title ?? "")
            }
            #expect(covers == ["/watch/media/harbor/1/cover.jpg", "/watch/media/harbor/1/variants/\(key)/B/cover.jpg"], "\(covers)")
            #expect(titles.count == 1, "the title is the episode's own: \(titles)")
            let served = try await viewer.send(.get, "/watch/media/harbor/1/variants/\(key)/B/cover.jpg")
            #expect(served.status == .ok && served.body.readableBytes > 1_000)

            // Shipped: everyone's tile and episode 1 show the cover; the video is the episode's own.
            let shipped = try await producer.send(.post, "/api/v1/series/harbor/experiments/\(key)/decision", json: #"{"ship":"B","why":"the night cover is clicked more"}"#)
            #expect(shipped.status == .ok, "\(String(buffer: shipped.body))")
            let first = try #require((try await viewer.send(.get, "/api/v1/channel/harbor").json()["episodes"] as? [[String: Any]])?.first)
            #expect(first["poster"] as? String == "/watch/media/harbor/1/variants/\(key)/B/cover.jpg", "\(first)")
            #expect(first["video"] as? String == "/watch/media/harbor/1/episode.mp4", "\(first)")
            let page = String(buffer: try await producer.send(.get, "/series/harbor/experiments/\(key)").body)
            #expect(page.contains("class=\"variant-cover\"") && page.contains("cover: characters \(villain); lighting night"), "\(page.prefix(3000))")
        }
    }

    @Test func theNewKindsReadBackFromTheirFilesAndBadFilesAreLocated() throws {
        let look = EpisodeExperiment(
            key: "ep001-look", episode: 1, through: 3, kind: .look, variants: [
                .init(name: "A", weight: 50), .init(name: "B", weight: 50, look: LookChange(character: "lin-wan", values: ["hair": "silver bob", "palette": "#112233, #445566"])),
            ])
        let cover = EpisodeExperiment(
            key: "ep001-cover", episode: 1, kind: .cover, metric: .clickThrough, variants: [
                .init(name: "A", weight: 0), .init(name: "B", weight: 0, cover: CoverChange(characters: ["chen-mo"], location: "rooftop", lighting: .night)),
            ])
        for experiment in [look, cover] {
            let (read, problems) = EpisodeExperiment.read(yaml: experiment.yaml, file: "x.yaml")
            #expect(problems.isEmpty, "\(problems)")
            var expected = experiment
            expected.created = read?.created ?? expected.created
            #expect(read == expected, "\(experiment.yaml)")
        }
        let broken = """
            key: ep001-tone
            episodes: 1-3
            kind: tone
            variants:
              - name: A
                weight: 50
                tone: tense
              - name: B
                weight: 50
                tone: tense
                scripts: [experiments/ep001-tone/B/ep001.fountain]
                look: {character: lin-wan, hair: red}
            """
        let (_, problems) = EpisodeExperiment.read(yaml: broken, file: "experiments/ep001-tone.yaml")
        let text = problems.map(\.description)
        #expect(text.contains { $0.contains("variants[0].tone") && $0.contains("the control") }, "\(text)")
        #expect(text.contains { $0.contains("variants[1].scripts") && $0.contains("1 script for 3 episodes") }, "\(text)")
        #expect(text.contains { $0.contains("variants[1].look") && $0.contains("has no look") }, "\(text)")
        let span = EpisodeExperiment.read(yaml: "key: k\nepisodes: 1-2\nkind: cold-open\nvariants: [{name: A, weight: 50}, {name: B, weight: 50, script: x.fountain}]\n", file: "k.yaml").1
        #expect(span.contains { $0.fieldPath == "episodes" && $0.message.contains("changes one episode") && $0.line == 2 }, "\(span)")
    }
}
