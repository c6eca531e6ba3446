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
            ? try Fixture.make(episodes: 1, targetSeconds: 25, language: .zh, premise: "冷宫弃妃重回后宫，步步为营")
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

    /// The hand-off as an editor gets it: `episode.otio` read by the reference implementation
    /// (PyPI `opentimelineio`), every clip pointing at a file exported beside it, and one shot
    /// re-cut — trimmed to half in the timeline, which is written back, and the picture rendered
    /// again from the clips' own files with ffmpeg, the sound rebuilt from the audio tracks.
    @Test func theEditReferencesEveryShotAndSoundAndReCutsInOpenTimelineIO() async throws {
        let output = try await RenderedEpisode.english.value
        let otio = output.folder.appendingPathComponent("episode.otio")
        let work = try temporaryFolder()
        let script = #"""
            import json, os, subprocess, sys
            import opentimelineio as otio
            path, work, ffmpeg, ffprobe = sys.argv[1:5]
            base = os.path.dirname(path)
            t = otio.adapters.read_from_file(path)
            report = {"tracks": [[tr.name, tr.kind] for tr in t.tracks], "frames": t.duration().to_frames(),
                      "ai": t.metadata["cliffhanger"]["ai_generated"], "missing": [], "wrong_length": []}
            for clip in t.find_clips():
                ref = clip.media_reference
                if not isinstance(ref, otio.schema.ExternalReference):
                    report["missing"].append(clip.name); continue
                file = os.path.join(base, ref.target_url)
                if not os.path.isfile(file):
                    report["missing"].append(ref.target_url); continue
                seconds = float(subprocess.run([ffprobe, "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file],
                                               capture_output=True, text=True, check=True).stdout)
                if abs(seconds - ref.available_range.duration.to_seconds()) > 0.1:
                    report["wrong_length"].append([ref.target_url, seconds, ref.available_range.duration.to_seconds()])
            report["shots"] = len(list(t.video_tracks()[0].find_clips()))
            report["files"] = sorted({c.media_reference.target_url for c in t.find_clips()
                                      if isinstance(c.media_reference, otio.schema.ExternalReference)})

            # Re-cut: the second shot keeps its first half; the track closes up behind it.
            video = t.video_tracks()[0]
            shot = list(video.find_clips())[1]
            old = shot.source_range.duration.to_frames()
            rate = shot.source_range.duration.rate
            shot.source_range = otio.opentime.TimeRange(shot.source_range.start_time, otio.opentime.RationalTime(old // 2, rate))
            report["trimmed"] = old - old // 2
            recut = os.path.join(work, "recut.otio")
            otio.adapters.write_to_file(t, recut)
            t = otio.adapters.read_from_file(recut)
            video = t.video_tracks()[0]
            report["recut_frames"] = video.duration().to_frames()

            # The picture, from every video clip's file and range.
            args, chains = [ffmpeg, "-v", "error", "-y"], []
            for n, clip in enumerate(video.find_clips()):
                r = clip.source_range
                args += ["-i", os.path.join(base, clip.media_reference.target_url)]
                chains.append("[%d:v]trim=start_frame=%d:end_frame=%d,setpts=PTS-STARTPTS[v%d]"
                              % (n, r.start_time.to_frames(), r.end_time_exclusive().to_frames(), n))
            count = len(chains)
            graph = ";".join(chains) + ";" + "".join("[v%d]" % n for n in range(count)) + "concat=n=%d:v=1:a=0[v]" % count
            # The sound, from every audio clip at its place in its track.
            sounds = []
            for track in t.audio_tracks():
                for index, item in enumerate(track):
                    if not isinstance(item, otio.schema.Clip):
                        continue
                    place = track.range_of_child_at_index(index).start_time.to_seconds()
                    r = item.source_range
                    args += ["-i", os.path.join(base, item.media_reference.target_url)]
                    n = count + len(sounds)
                    graph += (";[%d:a]atrim=start=%f:end=%f,asetpts=PTS-STARTPTS,aformat=sample_rates=48000:channel_layouts=stereo,adelay=%d:all=1[a%d]"
                              % (n, r.start_time.to_seconds(), r.end_time_exclusive().to_seconds(), round(place * 1000), n))
                    sounds.append("[a%d]" % n)
            report["sounds"] = len(sounds)
            graph += ";" + "".join(sounds) + "amix=inputs=%d:normalize=0:duration=longest[a]" % len(sounds)
            movie = os.path.join(work, "recut.mp4")
            subprocess.run(args + ["-filter_complex", graph, "-map", "[v]", "-map", "[a]", "-c:v", "libx264", "-preset", "ultrafast",
                                   "-c:a", "aac", "-shortest", movie], check=True)
            probe = subprocess.run([ffprobe, "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                                    "stream=nb_read_frames", "-of", "csv=p=0", movie], capture_output=True, text=True, check=True)
            report["rendered_frames"] = int(probe.stdout.strip())
            volume = subprocess.run([ffmpeg, "-v", "info", "-i", movie, "-map", "0:a", "-af", "volumedetect", "-f", "null", "-"],
                                    capture_output=True, text=True)
            report["mean_volume"] = float(volume.stderr.split("mean_volume:")[1].split("dB")[0])
            print(json.dumps(report))
            """#
        let recut = try await runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, otio.path, work.path, tools.ffmpegPath, tools.ffprobePath])
        try #require(recut.status == 0, "the re-cut through opentimelineio failed (run `pip install opentimelineio`): \(recut.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(recut.stdout.utf8)) as? [String: Any])

        let tracks = try #require(report["tracks"] as? [[String]])
        #expect(Array(tracks.prefix(3)) == [["Video", "Video"], ["Dialogue", "Audio"], ["Music", "Audio"]])
        #expect(tracks.dropFirst(3).allSatisfy { $0[0].hasPrefix("Effects") && $0[1] == "Audio" })
        #expect(report["ai"] as? Bool == true)
        #expect((report["missing"] as? [Any])?.isEmpty == true, "clips without their file: \(report["missing"] ?? "")")
        #expect((report["wrong_length"] as? [Any])?.isEmpty == true, "files of another length than their clips say: \(report["wrong_length"] ?? "")")
        let files = try #require(report["files"] as? [String])
        #expect(files.filter { $0.hasPrefix("media/shot-") }.count == report["shots"] as? Int)
        #expect(files.contains("media/music.m4a"))
        #expect(files.contains { $0.hasPrefix("media/line-") })
        // Every exported media file is one the edit uses.
        let exported = try FileManager.default.contentsOfDirectory(atPath: output.folder.appendingPathComponent("media").path)
        #expect(Set(exported.map { "media/\($0)" }) == Set(files))

        let frames = try #require(report["frames"] as? Int)
        let trimmed = try #require(report["trimmed"] as? Int)
        #expect(trimmed > 0)
        #expect(report["recut_frames"] as? Int == frames - trimmed)
        #expect(report["rendered_frames"] as? Int == frames - trimmed)
        #expect((report["sounds"] as? Int ?? 0) >= 3)
        let volume = try #require(report["mean_volume"] as? Double)
        #expect(volume > -40, "the rebuilt sound is silent (\(volume) dB)")
        // The shots handed over carry the AIGC label, like the episode.
        let shot = output.folder.appendingPathComponent("media/shot-001.mp4")
        let tags = try await tools.ffprobe(["-v", "error", "-show_entries", "format_tags", "-of", "json", shot.path])
        #expect(tags.contains("AIGC") && tags.contains("AI-generated with Cliffhanger"))
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
        #expect(plan.toRun.map(\.step).sorted() == ["assemble", "edit", "export", "mix", "shot", "timeline", "voice"])
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
