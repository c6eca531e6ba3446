import DramaModel
import Editing
import Foundation
import Production
import SQLiteStore
import StoryEngine
import TestSupport
import Testing

/// One short episode rendered for real (espeak-ng, the procedural artist, ffmpeg), shared by
/// the tests below, which check it the way a platform's upload check or an editor would.
enum RenderedEpisode {
    struct Output: Sendable {
        let fixture: Fixture
        let plan: ProductionPlan
        let folder: URL
        var episode: URL { folder.appendingPathComponent("episode.mp4") }
    }

    /// Rendered once per test process.
    static let english = Task { try await make(language: .en) }
    /// A Chinese palace episode, rendered once per test process.
    static let chinese = Task { try await make(language: .zh) }

    static func make(language: Language) async throws -> Output {
        let fixture = language == .zh
            ? try Fixture.make(episodes: 1, targetSeconds: 20, language: .zh, premise: "冷宫弃妃重回后宫，步步为营")
            : try Fixture.make(episodes: 1, targetSeconds: 25, language: language)
        let (plan, summary, _) = try await fixture.produce(deliverable: .final)
        guard summary.ending == .completed, summary.failures.isEmpty else {
            throw FixtureError(message: "render failed: \(summary.failures.map { "\($0.label): \($0.message)" })")
        }
        return Output(fixture: fixture, plan: plan, folder: fixture.root.appendingPathComponent("out/ep001"))
    }
}

@Suite(.serialized) struct RenderTests {
    let tools: MediaTools

    init() throws { tools = try MediaTools.locate() }

    @Test func theEpisodeMeetsThePlatformSpec() async throws {
        let output = try await RenderedEpisode.english.value
        let probe = try await MediaProbe.probe(output.episode, tools: tools)
        let video = try #require(probe.video)
        #expect(video.codecName == "h264")
        #expect(video.profile == "High")
        #expect(video.pixelFormat == "yuv420p")
        #expect(video.width == 1080 && video.height == 1920)
        #expect(video.frameRate == "30/1")
        let audio = try #require(probe.audio)
        #expect(audio.codecName == "aac")
        #expect(audio.sampleRate == "48000")
        #expect(audio.channels == 2)
        // moov before mdat: the file starts playing before it has downloaded.
        let moov = try #require(probe.topLevelBoxes.firstIndex(of: "moov"))
        let mdat = try #require(probe.topLevelBoxes.firstIndex(of: "mdat"))
        #expect(moov < mdat)
        // Audio and video end together, within one frame.
        let videoSeconds = try #require(video.duration.flatMap(Double.init))
        let audioSeconds = try #require(audio.duration.flatMap(Double.init))
        #expect(abs(videoSeconds - audioSeconds) <= 1.0 / 30 + 0.0005, "video \(videoSeconds) s, audio \(audioSeconds) s")
        // The machine-readable AI label.
        let aigc = try #require(probe.tags["AIGC"])
        #expect(aigc.contains("\"Label\":\"1\""))
        #expect(aigc.contains("\"ContentProducer\":\"Cliffhanger\""))
    }

    @Test func loudnessIsMinus14LUFSWithTruePeakUnderMinus1() async throws {
        let output = try await RenderedEpisode.english.value
        let log = try await tools.ffmpegLog(["-i", output.episode.path, "-af", "ebur128=peak=true", "-f", "null", "-"])
        let summary = try #require(log.range(of: "Summary:")).upperBound
        let tail = String(log[summary...])
        let integrated = try #require(Self.number(after: "I:", in: tail))
        let peak = try #require(Self.number(after: "Peak:", in: tail))
        #expect(abs(integrated + 14) <= 1, "integrated loudness \(integrated) LUFS")
        #expect(peak <= -1.0, "true peak \(peak) dBTP")
    }

    @Test func everySubtitleStartsWithItsLine() async throws {
        let output = try await RenderedEpisode.english.value
        let text = try String(contentsOf: output.folder.appendingPathComponent("episode.srt"), encoding: .utf8)
        let (track, problems) = SubtitleParser.parse(text, format: .srt, language: .en, file: "episode.srt")
        #expect(problems.isEmpty)
        let timelineNode = try #require(output.plan.graph.nodes.first { $0.step == TimelineStep.kind })
        let result = try #require(try await output.fixture.store.results(for: [timelineNode.key])[timelineNode.key])
        let ref = try #require(result.outputs.first { $0.name == "timeline.json" })
        let timeline = try JSONDecoder().decode(EpisodeTimeline.self, from: try output.fixture.project.assets.data(ref))
        let lines = timeline.shots.compactMap(\.line)
        #expect(!lines.isEmpty)
        for line in lines {
            let start = try #require(timeline.lineStart(line))
            let nearest = track.cues.map { abs(($0.start - start).seconds) }.min() ?? .infinity
            #expect(nearest <= 0.1, "line \(line + 1) starts at \(start.seconds) s; nearest cue is \(nearest) s away")
        }
        // The subtitles end with the episode.
        #expect((track.cues.last?.end ?? .zero) <= timeline.duration)
        // And the voice really starts there: the sound right after each line's start is louder
        // than the ducked music right before it.
        let wav = output.folder.appendingPathComponent("check.wav")
        try await tools.ffmpeg(["-i", output.episode.path, "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", wav.path])
        let samples = try WAVFile.decode(try Data(contentsOf: wav)).samples
        func rms(_ from: Double, _ to: Double) -> Double {
            let a = max(0, Int(from * 16000)), b = min(samples.count, Int(to * 16000))
            guard b > a else { return 0 }
            return (samples[a..<b].reduce(0.0) { $0 + Double($1) * Double($1) } / Double(b - a)).squareRoot()
        }
        var louder = 0
        for line in lines {
            let start = try #require(timeline.lineStart(line)).seconds
            if rms(start, start + 0.3) > 2 * rms(start - 0.1, start - 0.02) { louder += 1 }
        }
        #expect(Double(louder) >= 0.8 * Double(lines.count), "speech onset found at \(louder) of \(lines.count) line starts")
        try? FileManager.default.removeItem(at: wav)
    }

    @Test func theEditLoadsInOpenTimelineIO() async throws {
        let output = try await RenderedEpisode.english.value
        let otio = output.folder.appendingPathComponent("episode.otio")
        let script = """
            import sys, opentimelineio as otio
            t = otio.adapters.read_from_file(sys.argv[1])
            clips = list(t.find_clips())
            print(len(clips), t.duration().to_seconds())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, otio.path]
        let pipe = Pipe(), errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "opentimelineio could not load episode.otio (run `pip install opentimelineio`): \(stderr)")
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ")
        let seconds = try #require(printed.last.flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        let probe = try await MediaProbe.probe(output.episode, tools: tools)
        let videoSeconds = try #require(probe.video?.duration.flatMap(Double.init))
        #expect(abs(seconds - videoSeconds) < 0.05)
        #expect((Int(printed.first ?? "") ?? 0) >= 3)
    }

    @Test func aCoverAndSubtitleFilesAreExported() async throws {
        let output = try await RenderedEpisode.english.value
        for name in ["cover.jpg", "episode.srt", "episode.vtt", "episode.otio"] {
            let size = try FileManager.default.attributesOfItem(atPath: output.folder.appendingPathComponent(name).path)[.size] as? Int
            #expect((size ?? 0) > 100, "\(name) is missing or empty")
        }
        let cover = try await MediaProbe.probe(output.folder.appendingPathComponent("cover.jpg"), tools: tools)
        #expect(cover.video?.width == 1080 && cover.video?.height == 1920)
    }

    @Test func editingOneLineRerendersOneShotAndACheapJoin() async throws {
        let output = try await RenderedEpisode.english.value
        let fixture = try Fixture.make(episodes: 1, targetSeconds: 25)
        // Reuse the rendered project's store by working on a copy of it.
        let copy = fixture.root.deletingLastPathComponent().appendingPathComponent("copy")
        try FileManager.default.copyItem(at: output.fixture.root, to: copy)
        let project = try Fixture.reopen(copy)
        let line = try project.firstLine(of: 1)
        try project.edit(episode: 1, replacing: line, with: line + " Now.")
        let edited = try Fixture.reopen(copy)
        let (plan, summary, _) = try await edited.produce(deliverable: .final)
        #expect(summary.failures.isEmpty)
        #expect(plan.toRun.map(\.step).sorted() == ["assemble", "export", "mix", "shot", "timeline", "voice"])
        let probe = try await MediaProbe.probe(copy.appendingPathComponent("out/ep001/episode.mp4"), tools: tools)
        #expect(probe.video?.codecName == "h264")
    }

    @Test(arguments: [("AI-generated", Language.en), ("AI生成", Language.zh)])
    func theAILabelIsAtLeastFivePercentOfTheWidthTall(text: String, language: Language) async throws {
        // The label as the opening shot burns it in, drawn by libass over black: its glyphs
        // (not its box) must be at least 54 px tall on a 1080 px wide frame.
        let folder = try temporaryFolder()
        let ass = folder.appendingPathComponent("label.ass")
        try Data(ASSWriter.document(
            cues: [], language: language, style: ASSStyle(),
            overlays: [ASSOverlay(kind: .label, start: .zero, end: .milliseconds(2_000), text: text)]).utf8).write(to: ass)
        let raw = folder.appendingPathComponent("frame.gray")
        try await tools.ffmpeg(
            ["-f", "lavfi", "-i", "color=c=black:s=1080x1920:d=2", "-vf", "ass=label.ass", "-ss", "1", "-frames:v", "1",
             "-pix_fmt", "gray", "-f", "rawvideo", raw.path], workingDirectory: folder)
        let frame = [UInt8](try Data(contentsOf: raw))
        try #require(frame.count == 1080 * 1920)
        let rows = (0..<1920).filter { y in (0..<1080).contains { frame[y * 1080 + $0] > 160 } }
        let height = (rows.max() ?? 0) - (rows.min() ?? 0) + 1
        #expect(height >= 54, "the label's text is \(height) px tall")
        #expect((rows.max() ?? 1920) < 1920 / 4, "the label sits at the top")
    }

    /// With CLIFF_WRITE_STILLS=1, saves frames of the rendered episode for the docs: the
    /// opening (title and AI label), a close-up and a two-shot, side by side.
    @Test(arguments: [Language.en, .zh])
    func framesOfTheEpisodeForTheDocs(language: Language) async throws {
        let output = try await (language == .zh ? RenderedEpisode.chinese : RenderedEpisode.english).value
        if language == .zh {
            // The Chinese episode meets the same spec, with Chinese subtitles.
            let probe = try await MediaProbe.probe(output.episode, tools: tools)
            #expect(probe.video?.width == 1080 && probe.audio?.sampleRate == "48000")
            let srt = try String(contentsOf: output.folder.appendingPathComponent("episode.srt"), encoding: .utf8)
            #expect(srt.unicodeScalars.contains { $0.properties.isIdeographic })
        }
        let timelineNode = try #require(output.plan.graph.nodes.first { $0.step == TimelineStep.kind })
        let result = try #require(try await output.fixture.store.results(for: [timelineNode.key])[timelineNode.key])
        let ref = try #require(result.outputs.first { $0.name == "timeline.json" })
        let timeline = try JSONDecoder().decode(EpisodeTimeline.self, from: try output.fixture.project.assets.data(ref))
        func middle(of framing: Framing) -> Double? {
            guard let index = timeline.shots.firstIndex(where: { $0.framing == framing && $0.kind == .dialogue }) else { return nil }
            return (timeline.starts[index] + timeline.shots[index].audioOffset).seconds + 0.6
        }
        let times = [1.2, middle(of: .closeUp) ?? middle(of: .medium), middle(of: .twoShot)].compactMap { $0 }
        #expect(times.count == 3, "the episode has a close-up (or medium) and a two-shot")
        guard ProcessInfo.processInfo.environment["CLIFF_WRITE_STILLS"] != nil else { return }
        let docs = Repository.documentationImages
        var inputs: [String] = []
        for time in times { inputs += ["-ss", String(format: "%.2f", time), "-i", output.episode.path] }
        let scale = (0..<times.count).map { "[\($0):v]scale=360:640[v\($0)]" }.joined(separator: ";")
        let stack = (0..<times.count).map { "[v\($0)]" }.joined() + "hstack=inputs=\(times.count)"
        try await tools.ffmpeg(inputs + ["-filter_complex", scale + ";" + stack, "-frames:v", "1", docs.appendingPathComponent(language == .zh ? "episode-frames-zh.png" : "episode-frames.png").path])
    }

    static func number(after label: String, in text: String) -> Double? {
        guard let range = text.range(of: label) else { return nil }
        let rest = text[range.upperBound...].drop(while: { $0 == " " })
        return Double(String(rest.prefix(while: { "-0123456789.".contains($0) })))
    }
}
