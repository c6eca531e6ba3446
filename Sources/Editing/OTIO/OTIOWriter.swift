public import DramaModel
public import Foundation

/// Writes an episode as an OpenTimelineIO (`.otio`) document, so an editor (DaVinci Resolve,
/// Premiere via an adapter, OTIO's own viewer) opens the cut shot by shot.
///
/// ```swift
/// let otio = OTIOWriter.document(
///     name: "ep001", timeline: timeline, mediaURL: "episode.mp4",
///     lineNames: ["MEI: You signed it?", "GU: Every page."],
///     metadata: ["series": "the-contract-bride", "episode": "1"])
/// try otio.write(to: directory.appending(path: "episode.otio"))
/// ```
public enum OTIOWriter {
    /// An OpenTimelineIO document (`Timeline.1` → `Stack.1` → a video and an audio `Track.1`)
    /// for an episode rendered to `mediaURL` (relative, e.g. `episode.mp4`), as UTF-8 JSON.
    ///
    /// - The video track has one `Clip.2` per shot, named like `ep001 · 03 close-up · mei`,
    ///   whose `source_range` is the shot's range within the rendered file; every clip refers to
    ///   that file through `media_references["DEFAULT_MEDIA"]`, an `ExternalReference.1` whose
    ///   `available_range` is the whole episode. Each clip's metadata records the shot's kind,
    ///   framing, camera, scene and line.
    /// - Shots that play a beat put a `Marker.2` on the video track over the shot, coloured by
    ///   beat (reveal red, cliffhanger purple, …), with the line's name as its comment.
    /// - The audio track has one clip per dialogue line over the line's audio, named by
    ///   `lineNames[line]` (or `line N`), with `Gap.1`s between and after, so it lasts as long as
    ///   the video. A line's audio runs from its start for `audioDurations[line]` when given,
    ///   else to its shot's end; either way it is widened to whole frames.
    /// - The timeline's metadata is `{"cliffhanger": {…metadata, "ai_generated": true}}`.
    ///
    /// Every time is a `RationalTime.1` at the timeline's frame rate, in whole frames.
    public static func document(
        name: String, timeline: EpisodeTimeline, mediaURL: String, lineNames: [String], metadata: [String: String],
        audioDurations: [MediaTime] = []
    ) -> Data {
        let rate = timeline.frameRate
        let starts = timeline.starts.map(\.value)
        let total = timeline.duration.value
        let media = mediaReference(url: mediaURL, frames: total, rate: rate)
        let shotFrames = timeline.shots.indices.map { index in
            (index + 1 < starts.count ? starts[index + 1] : total) - starts[index]
        }

        var videoClips: [OTIOJSON] = []
        var markers: [OTIOJSON] = []
        var audioItems: [OTIOJSON] = []
        var audioCursor: Int64 = 0
        for (index, shot) in timeline.shots.enumerated() {
            let start = starts[index]
            let end = start + shotFrames[index]
            let lineName = shot.line.flatMap { lineNames.indices.contains($0) ? lineNames[$0] : nil }
            let who =
                shot.subjects.first(where: \.speaking)?.character
                ?? shot.subjects.map(\.character).joined(separator: " & ")
            let number = index < 10 ? "0\(index)" : "\(index)"
            var clipName = "\(name) · \(number) \(shot.framing.rawValue)"
            if !who.isEmpty { clipName += " · \(who)" }
            var shotMetadata: [(String, OTIOJSON)] = [
                ("kind", .string(shot.kind.rawValue)), ("framing", .string(shot.framing.rawValue)),
                ("camera", .string(shot.camera.rawValue)), ("location", .string(shot.location)),
                ("scene", .integer(Int64(shot.scene))),
            ]
            if let line = shot.line { shotMetadata.append(("line", .integer(Int64(line)))) }
            if let beat = shot.beat { shotMetadata.append(("beat", .string(beat.rawValue))) }
            videoClips.append(
                clip(
                    name: clipName, range: range(start: start, frames: end - start, rate: rate), media: media,
                    metadata: ["cliffhanger": .object(shotMetadata)]))

            if let beat = shot.beat, shot.kind == .dialogue {
                markers.append(
                    .object([
                        ("OTIO_SCHEMA", .string("Marker.2")),
                        ("metadata", .object([])),
                        ("name", .string(beat.rawValue)),
                        ("color", .string(color(of: beat))),
                        ("marked_range", range(start: start, frames: end - start, rate: rate)),
                        ("comment", .string(lineName ?? "")),
                    ]))
            }

            guard let line = shot.line, shot.kind == .dialogue else { continue }
            let audioStart = MediaTime(value: start, rate: rate) + shot.audioOffset
            var audioEnd = MediaTime(value: end, rate: rate)
            if audioDurations.indices.contains(line) {
                audioEnd = min(audioEnd, audioStart + max(audioDurations[line], .zero))
            }
            let first = max(audioCursor, min(end, FrameCount.floor(audioStart, rate: rate)))
            let last = max(first, min(end, FrameCount.ceiling(audioEnd, rate: rate)))
            guard last > first else { continue }
            if first > audioCursor { audioItems.append(gap(frames: first - audioCursor, rate: rate)) }
            audioItems.append(
                clip(
                    name: lineName ?? "line \(line)", range: range(start: first, frames: last - first, rate: rate),
                    media: media, metadata: ["cliffhanger": .object([("line", .integer(Int64(line)))])]))
            audioCursor = last
        }
        if total > audioCursor { audioItems.append(gap(frames: total - audioCursor, rate: rate)) }

        var info: [(String, OTIOJSON)] = metadata.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }
        info.removeAll { $0.0 == "ai_generated" }
        info.append(("ai_generated", .bool(true)))
        let document: OTIOJSON = .object([
            ("OTIO_SCHEMA", .string("Timeline.1")),
            ("metadata", .object([("cliffhanger", .object(info))])),
            ("name", .string(name)),
            ("global_start_time", .null),
            (
                "tracks",
                composition(
                    schema: "Stack.1", name: "tracks", markers: [],
                    children: [
                        composition(
                            schema: "Track.1", name: "Video", markers: markers, children: videoClips, kind: "Video"),
                        composition(schema: "Track.1", name: "Audio", markers: [], children: audioItems, kind: "Audio"),
                    ])
            ),
        ])
        return Data(document.rendered().utf8)
    }

    /// A stack or track.
    private static func composition(
        schema: String, name: String, markers: [OTIOJSON], children: [OTIOJSON], kind: String? = nil
    ) -> OTIOJSON {
        var members: [(String, OTIOJSON)] = [
            ("OTIO_SCHEMA", .string(schema)), ("metadata", .object([])), ("name", .string(name)),
            ("source_range", .null), ("effects", .array([])), ("markers", .array(markers)),
            ("enabled", .bool(true)), ("color", .null), ("children", .array(children)),
        ]
        if let kind { members.append(("kind", .string(kind))) }
        return .object(members)
    }

    /// A clip showing `range` of `media`.
    private static func clip(name: String, range: OTIOJSON, media: OTIOJSON, metadata: [String: OTIOJSON]) -> OTIOJSON {
        .object([
            ("OTIO_SCHEMA", .string("Clip.2")),
            ("metadata", .object(metadata.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })),
            ("name", .string(name)),
            ("source_range", range),
            ("effects", .array([])),
            ("markers", .array([])),
            ("enabled", .bool(true)),
            ("color", .null),
            ("media_references", .object([("DEFAULT_MEDIA", media)])),
            ("active_media_reference_key", .string("DEFAULT_MEDIA")),
        ])
    }

    /// Silence (or black) lasting `frames`.
    private static func gap(frames: Int64, rate: Int32) -> OTIOJSON {
        .object([
            ("OTIO_SCHEMA", .string("Gap.1")),
            ("metadata", .object([])),
            ("name", .string("")),
            ("source_range", range(start: 0, frames: frames, rate: rate)),
            ("effects", .array([])),
            ("markers", .array([])),
            ("enabled", .bool(true)),
            ("color", .null),
        ])
    }

    /// The rendered episode file, available for its whole length.
    private static func mediaReference(url: String, frames: Int64, rate: Int32) -> OTIOJSON {
        .object([
            ("OTIO_SCHEMA", .string("ExternalReference.1")),
            ("metadata", .object([])),
            ("name", .string("")),
            ("available_range", range(start: 0, frames: frames, rate: rate)),
            ("available_image_bounds", .null),
            ("target_url", .string(url)),
        ])
    }

    /// A `TimeRange.1` of `frames` frames from frame `start`.
    private static func range(start: Int64, frames: Int64, rate: Int32) -> OTIOJSON {
        .object([
            ("OTIO_SCHEMA", .string("TimeRange.1")),
            ("duration", time(frames, rate: rate)),
            ("start_time", time(start, rate: rate)),
        ])
    }

    /// A `RationalTime.1` of `value` frames.
    private static func time(_ value: Int64, rate: Int32) -> OTIOJSON {
        .object([
            ("OTIO_SCHEMA", .string("RationalTime.1")),
            ("rate", .wholeDouble(Int64(rate))),
            ("value", .wholeDouble(value)),
        ])
    }

    /// The marker colour (an OTIO `MarkerColor` name) for a beat.
    static func color(of beat: BeatKind) -> String {
        switch beat {
        case .reveal: "RED"
        case .cliffhanger: "PURPLE"
        case .confrontation: "ORANGE"
        case .humiliation: "MAGENTA"
        case .scheme: "CYAN"
        case .warning: "YELLOW"
        case .plea: "BLUE"
        case .romance: "PINK"
        case .triumph: "GREEN"
        case .hook: "WHITE"
        case .exposition: "BLACK"
        }
    }
}
