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

    /// Two overlapping effects (a whoosh and a slap 0.2 s into it) and a hit later on.
    static let effects: [OTIOWriter.Effect] = [
        .init(start: .milliseconds(1_000), stinger: .whoosh, duration: .milliseconds(700)),
        .init(start: .milliseconds(1_200), stinger: .slap, duration: .milliseconds(350)),
        .init(start: .milliseconds(4_000), stinger: .hit, duration: .milliseconds(2_500)),
    ]

    static func media(shots: Int?) -> OTIOWriter.Media {
        OTIOWriter.Media(
            shots: shots.map { count in (1...count).map { "media/shot-\($0).mp4" } },
            lines: lineNames.indices.map { "media/line-\($0 + 1).wav" }, music: shots == nil ? nil : "media/music.m4a",
            stingers: shots == nil ? [:] : [.whoosh: "media/whoosh.wav", .slap: "media/slap.wav", .hit: "media/hit.wav"])
    }

    static func document(rendered: Bool = true) -> (EpisodeTimeline, Data) {
        let timeline = EpisodeTimeline(frameRate: 30, shots: ShotPlannerTests.sampleShots())
        let data = OTIOWriter.document(
            name: "ep001", timeline: timeline, media: media(shots: rendered ? timeline.shots.count : nil), lineNames: lineNames,
            metadata: ["series": "the-contract-bride", "episode": "1"], audioDurations: audioDurations,
            effects: rendered ? effects : [])
        return (timeline, data)
    }

    static func tracks(_ data: Data) throws -> [[String: Any]] {
        let root = try object(try JSONSerialization.jsonObject(with: data))
        return try array(try object(root["tracks"])["children"]).map(object)
    }

    static func reference(_ clip: [String: Any]) throws -> [String: Any] {
        try object(try object(clip["media_references"])["DEFAULT_MEDIA"])
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

    @Test func documentIsATimelineWithVideoDialogueMusicAndEffectsTracks() throws {
        let (timeline, data) = Self.document()
        let root = try Self.object(try JSONSerialization.jsonObject(with: data))
        #expect(root["OTIO_SCHEMA"] as? String == "Timeline.1")
        #expect(root["name"] as? String == "ep001")
        let info = try Self.object(try Self.object(root["metadata"])["cliffhanger"])
        #expect(info["series"] as? String == "the-contract-bride" && info["episode"] as? String == "1")
        #expect(info["ai_generated"] as? Bool == true)

        let stack = try Self.object(root["tracks"])
        #expect(stack["OTIO_SCHEMA"] as? String == "Stack.1")
        let tracks = try Self.tracks(data)
        #expect(tracks.allSatisfy { $0["OTIO_SCHEMA"] as? String == "Track.1" })
        #expect(tracks.map { $0["name"] as? String } == ["Video", "Dialogue", "Music", "Effects", "Effects 2"])
        #expect(tracks.map { $0["kind"] as? String } == ["Video", "Audio", "Audio", "Audio", "Audio"])
        // Every track lasts as long as the episode.
        for track in tracks {
            let total = try Self.array(track["children"]).map(Self.object).map { try Self.range($0["source_range"]).duration }.reduce(0, +)
            #expect(total == Double(timeline.duration.value), "\(track["name"] ?? "")")
        }
    }

    @Test func everyShotIsAClipOfItsOwnFileWholly() throws {
        let (timeline, data) = Self.document()
        let clips = try Self.array(try Self.tracks(data)[0]["children"]).map(Self.object)
        #expect(clips.count == timeline.shots.count)
        for (index, clip) in clips.enumerated() {
            #expect(clip["OTIO_SCHEMA"] as? String == "Clip.2")
            #expect(clip["active_media_reference_key"] as? String == "DEFAULT_MEDIA")
            let reference = try Self.reference(clip)
            #expect(reference["OTIO_SCHEMA"] as? String == "ExternalReference.1")
            #expect(reference["target_url"] as? String == "media/shot-\(index + 1).mp4")
            let frames = Double(timeline.shots[index].duration.converted(to: 30).value)
            let available = try Self.range(reference["available_range"])
            #expect(available.start == 0 && available.duration == frames)
            let source = try Self.range(clip["source_range"])
            #expect(source.start == 0 && source.duration == frames)
        }
        #expect(clips[0]["name"] as? String == "ep001 · 00 wide · mei & gu & lin")
        let reveal = try #require(timeline.shots.firstIndex { $0.line == 3 })
        #expect(clips[reveal]["name"] as? String == "ep001 · 0\(reveal) close-up · lin")
        // The opening shot carries the visible AI label, and says so.
        let label = try Self.array(clips[0]["markers"]).map(Self.object)
        #expect(label.map { $0["name"] as? String } == ["AI label"])
        #expect(try Self.array(clips[1]["markers"]).isEmpty)

        let markers = try Self.array(try Self.tracks(data)[0]["markers"]).map(Self.object)
        #expect(markers.map { $0["name"] as? String } == ["confrontation", "reveal", "cliffhanger"])
        #expect(markers.map { $0["color"] as? String } == ["ORANGE", "RED", "PURPLE"])
        #expect(markers.allSatisfy { $0["OTIO_SCHEMA"] as? String == "Marker.2" })
        #expect(markers[1]["comment"] as? String == "LIN: 我才是顾家的女儿。")
        #expect(try Self.range(markers[1]["marked_range"]).start == Double(timeline.starts[reveal].value))
    }

    @Test func dialogueTrackPlaysEachLinesFileAtItsPlaceWithGapsBetween() throws {
        let (timeline, data) = Self.document()
        let items = try Self.array(try Self.tracks(data)[1]["children"]).map(Self.object)
        let clips = items.filter { $0["OTIO_SCHEMA"] as? String == "Clip.2" }
        #expect(clips.map { $0["name"] as? String } == Self.lineNames)
        #expect(items.allSatisfy { ["Clip.2", "Gap.1"].contains($0["OTIO_SCHEMA"] as? String) })
        var cursor = 0.0
        var line = 0
        for item in items {
            let range = try Self.range(item["source_range"])
            if item["OTIO_SCHEMA"] as? String == "Clip.2" {
                #expect(try Self.reference(item)["target_url"] as? String == "media/line-\(line + 1).wav")
                // The clip starts on the frame the line starts in and plays its file from the start.
                let start = try #require(timeline.lineStart(line)).seconds * 30
                #expect(cursor <= start && start - cursor < 1)
                #expect(range.start == 0)
                let end = start + Self.audioDurations[line].seconds * 30
                #expect(cursor + range.duration >= end && cursor + range.duration - end < 1)
                let available = try Self.range(try Self.reference(item)["available_range"])
                #expect(available.duration >= range.duration)
                line += 1
            }
            cursor += range.duration
        }
        #expect(cursor == Double(timeline.duration.value))
    }

    @Test func musicSpansTheEpisodeAndOverlappingEffectsTakeTracksOfTheirOwn() throws {
        let (timeline, data) = Self.document()
        let tracks = try Self.tracks(data)
        let music = try Self.array(tracks[2]["children"]).map(Self.object)
        #expect(music.count == 1)
        #expect(try Self.reference(music[0])["target_url"] as? String == "media/music.m4a")
        #expect(try Self.range(music[0]["source_range"]).duration == Double(timeline.duration.value))

        func placed(_ track: [String: Any]) throws -> [(name: String, start: Double, frames: Double)] {
            var cursor = 0.0
            var found: [(String, Double, Double)] = []
            for item in try Self.array(track["children"]).map(Self.object) {
                let range = try Self.range(item["source_range"])
                if item["OTIO_SCHEMA"] as? String == "Clip.2" { found.append((item["name"] as? String ?? "", cursor, range.duration)) }
                cursor += range.duration
            }
            return found
        }
        let first = try placed(tracks[3]), second = try placed(tracks[4])
        #expect(first.map(\.name) == ["whoosh", "hit"] && first.map(\.start) == [30, 120])
        #expect(first.map(\.frames) == [21, 75])
        #expect(second.map(\.name) == ["slap"] && second.map(\.start) == [36] && second.map(\.frames) == [11])
    }

    @Test func withoutRenderedShotsTheVideoClipsHoldMissingReferencesAndThereIsNoMusic() throws {
        let (timeline, data) = Self.document(rendered: false)
        let tracks = try Self.tracks(data)
        #expect(tracks.map { $0["name"] as? String } == ["Video", "Dialogue"])
        let clips = try Self.array(tracks[0]["children"]).map(Self.object)
        #expect(clips.count == timeline.shots.count)
        #expect(try clips.allSatisfy { try Self.reference($0)["OTIO_SCHEMA"] as? String == "MissingReference.1" })
        let lines = try Self.array(tracks[1]["children"]).map(Self.object).filter { $0["OTIO_SCHEMA"] as? String == "Clip.2" }
        #expect(lines.count == Self.lineNames.count)
    }

    @Test func documentLoadsInOpenTimelineIO() async throws {
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
                  t.metadata["cliffhanger"]["ai_generated"], len(t.audio_tracks()),
                  sum(1 for c in t.find_clips() if c.media_reference.target_url.startswith("media/")))
            """
        let result = try await runProcess(URL(filePath: "/usr/bin/env"), ["python3", "-c", script, file.path(percentEncoded: false)])
        let (printed, complaint) = (result.stdout, result.stderr)
        if result.status == 3 || result.status == 127 {
            Issue.record(
                "python3 with the opentimelineio module is needed: run `pip install opentimelineio` (CI installs it)")
            return
        }
        #expect(result.status == 0, "OpenTimelineIO could not read the file: \(complaint)")
        let fields = printed.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(
            fields == [
                "\(timeline.shots.count)", "\(Self.lineNames.count)", "3", "\(timeline.duration.value)",
                "\(timeline.duration.value)", "30.0", "True", "4",
                "\(timeline.shots.count + Self.lineNames.count + 1 + Self.effects.count)",
            ], "\(printed)")
    }
}
