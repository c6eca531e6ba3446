import DramaModel
import Editing
import Foundation
import TestSupport
import Testing

@Suite struct OTIOWriterTests {
    static let lineNames = [
        "GU: You signed the contract?", "MEI: I never wanted your money.", "GU: Then what?", "LIN: 我才是顾家的女儿。",
        "LIN: You knew.", "MEI: Get out.", "LIN: Who are you?",
    ]
    static let audioDurations: [MediaTime] = ShotPlannerTests.lines.map(\.audioDuration)

    static func document() -> (EpisodeTimeline, Data) {
        let timeline = EpisodeTimeline(frameRate: 30, shots: ShotPlannerTests.sampleShots())
        let data = OTIOWriter.document(
            name: "ep001", timeline: timeline, mediaURL: "episode.mp4", lineNames: lineNames,
            metadata: ["series": "the-contract-bride", "episode": "1"], audioDurations: audioDurations)
        return (timeline, data)
    }

    static func object(_ value: Any?) throws -> [String: Any] { try #require(value as? [String: Any]) }
    static func array(_ value: Any?) throws -> [Any] { try #require(value as? [Any]) }

    /// A `TimeRange.1` as (start, duration) frames, checking the rate.
    static func range(_ value: Any?) throws -> (start: Double, duration: Double) {
        let range = try object(value)
        #expect(range["OTIO_SCHEMA"] as? String == "TimeRange.1")
        let start = try object(range["start_time"])
        let duration = try object(range["duration"])
        #expect(start["OTIO_SCHEMA"] as? String == "RationalTime.1" && start["rate"] as? Double == 30)
        #expect(duration["rate"] as? Double == 30)
        return (try #require(start["value"] as? Double), try #require(duration["value"] as? Double))
    }

    @Test func documentIsATimelineWithAVideoAndAnAudioTrack() throws {
        let (timeline, data) = Self.document()
        let root = try Self.object(try JSONSerialization.jsonObject(with: data))
        #expect(root["OTIO_SCHEMA"] as? String == "Timeline.1")
        #expect(root["name"] as? String == "ep001")
        let info = try Self.object(try Self.object(root["metadata"])["cliffhanger"])
        #expect(info["series"] as? String == "the-contract-bride" && info["episode"] as? String == "1")
        #expect(info["ai_generated"] as? Bool == true)

        let stack = try Self.object(root["tracks"])
        #expect(stack["OTIO_SCHEMA"] as? String == "Stack.1")
        let tracks = try Self.array(stack["children"]).map(Self.object)
        #expect(tracks.map { $0["OTIO_SCHEMA"] as? String } == ["Track.1", "Track.1"])
        #expect(tracks.map { $0["kind"] as? String } == ["Video", "Audio"])

        let clips = try Self.array(tracks[0]["children"]).map(Self.object)
        #expect(clips.count == timeline.shots.count)
        let total = Double(timeline.duration.value)
        var cursor = 0.0
        for (index, clip) in clips.enumerated() {
            #expect(clip["OTIO_SCHEMA"] as? String == "Clip.2")
            #expect(clip["active_media_reference_key"] as? String == "DEFAULT_MEDIA")
            let reference = try Self.object(try Self.object(clip["media_references"])["DEFAULT_MEDIA"])
            #expect(reference["OTIO_SCHEMA"] as? String == "ExternalReference.1")
            #expect(reference["target_url"] as? String == "episode.mp4")
            let available = try Self.range(reference["available_range"])
            #expect(available.start == 0 && available.duration == total)
            let source = try Self.range(clip["source_range"])
            #expect(source.start == cursor)
            #expect(source.duration == Double(timeline.shots[index].duration.converted(to: 30).value))
            cursor += source.duration
        }
        #expect(cursor == total)
        #expect(clips[0]["name"] as? String == "ep001 · 00 wide · mei & gu & lin")
        let reveal = try #require(timeline.shots.firstIndex { $0.line == 3 })
        #expect(clips[reveal]["name"] as? String == "ep001 · 0\(reveal) close-up · lin")

        let markers = try Self.array(tracks[0]["markers"]).map(Self.object)
        #expect(markers.map { $0["name"] as? String } == ["confrontation", "reveal", "cliffhanger"])
        #expect(markers.map { $0["color"] as? String } == ["ORANGE", "RED", "PURPLE"])
        #expect(markers.allSatisfy { $0["OTIO_SCHEMA"] as? String == "Marker.2" })
        #expect(markers[1]["comment"] as? String == "LIN: 我才是顾家的女儿。")
        #expect(try Self.range(markers[1]["marked_range"]).start == Double(timeline.starts[reveal].value))
    }

    @Test func audioTrackHasOneClipPerLineAtItsAudioWithGapsBetween() throws {
        let (timeline, data) = Self.document()
        let root = try Self.object(try JSONSerialization.jsonObject(with: data))
        let audio = try Self.object(try Self.array(try Self.object(root["tracks"])["children"])[1])
        let items = try Self.array(audio["children"]).map(Self.object)
        let clips = items.filter { $0["OTIO_SCHEMA"] as? String == "Clip.2" }
        #expect(clips.map { $0["name"] as? String } == Self.lineNames)
        #expect(items.allSatisfy { ["Clip.2", "Gap.1"].contains($0["OTIO_SCHEMA"] as? String) })
        var cursor = 0.0
        var line = 0
        for item in items {
            let range = try Self.range(item["source_range"])
            if item["OTIO_SCHEMA"] as? String == "Clip.2" {
                // The clip plays the episode's own audio where the line is heard.
                #expect(range.start == cursor)
                let start = try #require(timeline.lineStart(line))
                let end = start + Self.audioDurations[line]
                #expect(range.start <= start.seconds * 30 && start.seconds * 30 - range.start < 1)
                #expect(
                    range.start + range.duration >= end.seconds * 30
                        && range.start + range.duration - end.seconds * 30 < 1)
                line += 1
            }
            cursor += range.duration
        }
        #expect(cursor == Double(timeline.duration.value))
    }

    @Test func documentLoadsInOpenTimelineIO() throws {
        let (timeline, data) = Self.document()
        let directory = try temporaryDirectory("otio")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "ep001.otio")
        try data.write(to: file)

        let script = """
            import sys
            try:
                import opentimelineio as otio
            except ImportError:
                print("MISSING", file=sys.stderr)
                sys.exit(3)
            t = otio.adapters.read_from_file(sys.argv[1])
            video, audio = t.video_tracks()[0], t.audio_tracks()[0]
            print(len(list(video.find_clips())), len(list(audio.find_clips())), len(video.markers),
                  t.duration().to_frames(), audio.duration().to_frames(), t.duration().rate,
                  t.metadata["cliffhanger"]["ai_generated"])
            """
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path(percentEncoded: false)]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 3 || process.terminationStatus == 127 {
            Issue.record(
                "python3 with the opentimelineio module is needed: run `pip install opentimelineio` (CI installs it)")
            return
        }
        #expect(process.terminationStatus == 0, "OpenTimelineIO could not read the file: \(complaint)")
        let fields = printed.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(
            fields == [
                "\(timeline.shots.count)", "\(Self.lineNames.count)", "3", "\(timeline.duration.value)",
                "\(timeline.duration.value)", "30.0", "True",
            ], "\(printed)")
    }
}
