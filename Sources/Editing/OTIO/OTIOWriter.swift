public import DramaModel
public import Foundation

/// Writes an episode as an OpenTimelineIO (`.otio`) document an editor can re-cut: every shot,
/// every line of dialogue, the music bed and each sound effect is a clip of its own file, on
/// tracks of their own, so DaVinci Resolve (or OTIO's own tools) can trim a shot, move a line or
/// drop a stinger.
///
/// ```swift
/// let media = OTIOWriter.Media(
///     shots: ["media/shot-01.mp4", "media/shot-02.mp4"], lines: ["media/line-01.wav", "media/line-02.wav"],
///     music: "media/music.m4a", stingers: [.hit: "media/stinger-hit.wav"])
/// let otio = OTIOWriter.document(
///     name: "ep001", timeline: timeline, media: media, lineNames: ["MEI: You signed it?", "GU: Every page."],
///     metadata: ["series": "the-contract-bride", "episode": "1"], audioDurations: durations)
/// ```
public enum OTIOWriter {
    /// Where an episode's media files are, as URLs relative to the `.otio` file (or absolute).
    public struct Media: Sendable, Hashable {
        /// One video file per shot of the timeline, each exactly the shot's frames long; nil when
        /// the shots were not rendered (their clips then hold a `MissingReference`).
        public var shots: [String]?
        /// One audio file per dialogue line, each the line's whole recording.
        public var lines: [String]
        /// The music bed as the mix plays it, as long as the episode; nil for none.
        public var music: String?
        /// The file of each stinger the effects use.
        public var stingers: [Stinger: String]

        /// Media at the given places.
        public init(shots: [String]?, lines: [String], music: String? = nil, stingers: [Stinger: String] = [:]) {
            self.shots = shots
            self.lines = lines
            self.music = music
            self.stingers = stingers
        }
    }

    /// A sound effect placed in the episode: `stinger` from `start`, lasting `duration`.
    public struct Effect: Sendable, Hashable {
        /// Where it starts in the episode.
        public var start: MediaTime
        /// Which stinger plays.
        public var stinger: Stinger
        /// Its file's length.
        public var duration: MediaTime

        /// An effect.
        public init(start: MediaTime, stinger: Stinger, duration: MediaTime) {
            self.start = start
            self.stinger = stinger
            self.duration = duration
        }
    }

    /// An OpenTimelineIO document (`Timeline.1` → `Stack.1` → `Track.1`s) for an episode, as
    /// UTF-8 JSON.
    ///
    /// - **Video**: one `Clip.2` per shot, named like `ep001 · 03 close-up · mei`, showing the
    ///   whole of `media.shots[i]` (an `ExternalReference.1` whose `available_range` is the
    ///   shot's frames). Each clip's metadata records the shot's kind, framing, camera, scene and
    ///   line. Shots that play a beat put a `Marker.2` on the track over the shot, coloured by
    ///   beat (reveal red, cliffhanger purple, …) with the line's name as its comment; the first
    ///   shot, which carries the visible AI label, has a marker saying so.
    /// - **Dialogue**: one clip per line at the line's place, named by `lineNames[line]` (or
    ///   `line N`), playing `media.lines[line]` from its start for `audioDurations[line]` (cut
    ///   at its shot's end), with `Gap.1`s between, so the track lasts as long as the video.
    /// - **Music**: one clip of `media.music` over the whole episode, when there is music.
    /// - **Effects**: one clip per effect at its start, on as many tracks (`Effects`,
    ///   `Effects 2`, …) as overlapping effects need.
    /// - The timeline's metadata is `{"cliffhanger": {…metadata, "ai_generated": true}}`.
    ///
    /// Every time is a `RationalTime.1` at the timeline's frame rate, in whole frames: a line or
    /// an effect starts on the frame it starts in and lasts to the frame it ends in.
    public static func document(
        name: String, timeline: EpisodeTimeline, media: Media, lineNames: [String], metadata: [String: String],
        audioDurations: [MediaTime], effects: [Effect] = []
    ) -> Data {
        let rate = timeline.frameRate
        let starts = timeline.starts.map(\.value)
        let total = timeline.duration.value
        let shotFrames = timeline.shots.indices.map { index in
            (index + 1 < starts.count ? starts[index + 1] : total) - starts[index]
        }

        var videoClips: [OTIOJSON] = []
        var markers: [OTIOJSON] = []
        var dialogueItems: [OTIOJSON] = []
        var dialogueCursor: Int64 = 0
        for (index, shot) in timeline.shots.enumerated() {
            let start = starts[index]
            let frames = shotFrames[index]
            let end = start + frames
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
            let file = media.shots.flatMap { $0.indices.contains(index) ? $0[index] : nil }
            var clipMarkers: [OTIOJSON] = []
            if index == 0 {
                clipMarkers.append(marker(
                    name: "AI label", color: "YELLOW", range: range(start: 0, frames: frames, rate: rate),
                    comment: "The visible AI-generated label is burned into this shot; keep it, or label the cut another way."))
            }
            videoClips.append(
                clip(
                    name: clipName, range: range(start: 0, frames: frames, rate: rate),
                    media: file.map { reference(url: $0, frames: frames, rate: rate) } ?? missingReference(),
                    metadata: ["cliffhanger": .object(shotMetadata)], markers: clipMarkers))

            if let beat = shot.beat, shot.kind == .dialogue {
                markers.append(marker(
                    name: beat.rawValue, color: color(of: beat), range: range(start: start, frames: frames, rate: rate),
                    comment: lineName ?? ""))
            }

            guard let line = shot.line, shot.kind == .dialogue else { continue }
            let audioStart = MediaTime(value: start, rate: rate) + shot.audioOffset
            let heard = audioDurations.indices.contains(line) ? max(audioDurations[line], .zero) : .zero
            let audioEnd = min(MediaTime(value: end, rate: rate), audioStart + heard)
            let lineStart = FrameCount.floor(audioStart, rate: rate)
            let first = max(dialogueCursor, min(end, lineStart))
            let last = max(first, min(end, FrameCount.ceiling(audioEnd, rate: rate)))
            guard last > first, media.lines.indices.contains(line) else { continue }
            if first > dialogueCursor { dialogueItems.append(gap(frames: first - dialogueCursor, rate: rate)) }
            let available = max(last - lineStart, FrameCount.ceiling(heard, rate: rate))
            dialogueItems.append(
                clip(
                    name: lineName ?? "line \(line)", range: range(start: first - lineStart, frames: last - first, rate: rate),
                    media: reference(url: media.lines[line], frames: available, rate: rate),
                    metadata: ["cliffhanger": .object([("line", .integer(Int64(line)))])]))
            dialogueCursor = last
        }
        if total > dialogueCursor { dialogueItems.append(gap(frames: total - dialogueCursor, rate: rate)) }

        var tracks = [
            composition(schema: "Track.1", name: "Video", markers: markers, children: videoClips, kind: "Video"),
            composition(schema: "Track.1", name: "Dialogue", markers: [], children: dialogueItems, kind: "Audio"),
        ]
        if let music = media.music, total > 0 {
            tracks.append(composition(
                schema: "Track.1", name: "Music", markers: [],
                children: [clip(
                    name: "music", range: range(start: 0, frames: total, rate: rate),
                    media: reference(url: music, frames: total, rate: rate), metadata: [:])],
                kind: "Audio"))
        }
        for (number, lane) in effectLanes(effects, media: media, total: total, rate: rate).enumerated() {
            var items: [OTIOJSON] = []
            var cursor: Int64 = 0
            for placed in lane {
                if placed.first > cursor { items.append(gap(frames: placed.first - cursor, rate: rate)) }
                items.append(clip(
                    name: placed.effect.stinger.rawValue, range: range(start: 0, frames: placed.last - placed.first, rate: rate),
                    media: reference(url: placed.file, frames: placed.available, rate: rate), metadata: [:]))
                cursor = placed.last
            }
            if total > cursor { items.append(gap(frames: total - cursor, rate: rate)) }
            tracks.append(composition(
                schema: "Track.1", name: number == 0 ? "Effects" : "Effects \(number + 1)", markers: [], children: items,
                kind: "Audio"))
        }

        var info: [(String, OTIOJSON)] = metadata.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }
        info.removeAll { $0.0 == "ai_generated" }
        info.append(("ai_generated", .bool(true)))
        let document: OTIOJSON = .object([
            ("OTIO_SCHEMA", .string("Timeline.1")),
            ("metadata", .object([("cliffhanger", .object(info))])),
            ("name", .string(name)),
            ("global_start_time", .null),
            ("tracks", composition(schema: "Stack.1", name: "tracks", markers: [], children: tracks)),
        ])
        return Data(document.rendered().utf8)
    }

    /// An effect placed in whole frames, with its file.
    private struct PlacedEffect {
        var effect: Effect
        var file: String
        var first: Int64
        var last: Int64
        var available: Int64
    }

    /// The effects in whole frames, cut at the episode's end, spread over as few tracks as keep
    /// each track's clips apart (first fit, in order of start).
    private static func effectLanes(_ effects: [Effect], media: Media, total: Int64, rate: Int32) -> [[PlacedEffect]] {
        var lanes: [[PlacedEffect]] = []
        for effect in effects.sorted(by: { $0.start < $1.start }) {
            guard let file = media.stingers[effect.stinger] else { continue }
            let first = max(0, FrameCount.floor(effect.start, rate: rate))
            let available = FrameCount.ceiling(effect.duration, rate: rate)
            let last = min(total, first + available)
            guard last > first else { continue }
            let placed = PlacedEffect(effect: effect, file: file, first: first, last: last, available: available)
            if let lane = lanes.firstIndex(where: { ($0.last?.last ?? 0) <= first }) {
                lanes[lane].append(placed)
            } else {
                lanes.append([placed])
            }
        }
        return lanes
    }

    /// A marker over `range`.
    private static func marker(name: String, color: String, range: OTIOJSON, comment: String) -> OTIOJSON {
        .object([
            ("OTIO_SCHEMA", .string("Marker.2")),
            ("metadata", .object([])),
            ("name", .string(name)),
            ("color", .string(color)),
            ("marked_range", range),
            ("comment", .string(comment)),
        ])
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
    private static func clip(
        name: String, range: OTIOJSON, media: OTIOJSON, metadata: [String: OTIOJSON], markers: [OTIOJSON] = []
    ) -> OTIOJSON {
        .object([
            ("OTIO_SCHEMA", .string("Clip.2")),
            ("metadata", .object(metadata.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })),
            ("name", .string(name)),
            ("source_range", range),
            ("effects", .array([])),
            ("markers", .array(markers)),
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

    /// A media file at `url`, `frames` long.
    private static func reference(url: String, frames: Int64, rate: Int32) -> OTIOJSON {
        .object([
            ("OTIO_SCHEMA", .string("ExternalReference.1")),
            ("metadata", .object([])),
            ("name", .string("")),
            ("available_range", range(start: 0, frames: frames, rate: rate)),
            ("available_image_bounds", .null),
            ("target_url", .string(url)),
        ])
    }

    /// Media that was not made (a shot of a run without video).
    private static func missingReference() -> OTIOJSON {
        .object([
            ("OTIO_SCHEMA", .string("MissingReference.1")),
            ("metadata", .object([])),
            ("name", .string("")),
            ("available_range", .null),
            ("available_image_bounds", .null),
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
