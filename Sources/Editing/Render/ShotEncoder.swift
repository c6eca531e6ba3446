public import DramaModel
public import Foundation

/// Encodes one shot to a video-only H.264 segment: a schedule of stills (one per mouth shape
/// change), moved by the shot's camera, with the shot's subtitles burned in.
///
/// Every segment of a preset is encoded with identical settings and starts on a key frame,
/// so `EpisodeAssembler` joins them without re-encoding.
public struct ShotEncoder: Sendable {
    /// A still held for a number of frames.
    public struct Hold: Sendable, Hashable {
        /// The picture (any image ffmpeg reads; PPM is fastest to decode).
        public var file: URL
        /// How many frames it stays on screen.
        public var frames: Int
        /// Creates a hold.
        public init(file: URL, frames: Int) {
            self.file = file
            self.frames = frames
        }
    }

    let tools: MediaTools
    let preset: RenderPreset

    /// An encoder for `preset`.
    public init(tools: MediaTools, preset: RenderPreset) {
        self.tools = tools
        self.preset = preset
    }

    /// Encodes `holds` (stills of `inputWidth`×`inputHeight`) into `output`, exactly
    /// `frames` frames long, moving the camera and burning in `subtitles` (an ASS file).
    /// - Throws: `EditingError` when ffmpeg fails; `CancellationError`.
    public func encode(
        _ holds: [Hold], frames: Int, camera: CameraMove, inputWidth: Int, inputHeight: Int, subtitles: URL?,
        to output: URL, workingDirectory: URL
    ) async throws {
        guard let last = holds.last, frames > 0 else {
            throw EditingError(code: .invalidMedia, message: "a shot needs at least one still and one frame")
        }
        let rate = Double(preset.frameRate)
        var list = "ffconcat version 1.0\n"
        for hold in holds where hold.frames > 0 {
            list += "file \(Self.quoted(hold.file.path))\nduration \(String(format: "%.6f", Double(hold.frames) / rate))\n"
        }
        // The concat demuxer ignores the last entry's duration: repeat it, padded past the end.
        list += "file \(Self.quoted(last.file.path))\nduration \(String(format: "%.6f", 2 / rate))\n"
        let listFile = workingDirectory.appendingPathComponent("stills.ffconcat")
        try Data(list.utf8).write(to: listFile)

        // Convert each still to YUV once, before `fps` repeats it: the encoder then gets every
        // frame in its own format, and only moving shots pay for per-frame resampling.
        var filters = ["format=yuv420p", "fps=\(preset.frameRate)", CameraPath(move: camera, frames: frames).filter(inputWidth: inputWidth, inputHeight: inputHeight, preset: preset), "setsar=1"]
        if let subtitles {
            filters.append("ass=\(Self.filterEscaped(subtitles.lastPathComponent))")
        }
        try await tools.ffmpeg(
            ["-f", "concat", "-safe", "0", "-i", listFile.lastPathComponent, "-vf", filters.joined(separator: ","),
             "-frames:v", String(frames), "-an"] + preset.videoCodecArguments + [output.path],
            workingDirectory: subtitles?.deletingLastPathComponent() ?? workingDirectory)
    }

    static func quoted(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static func filterEscaped(_ name: String) -> String {
        var out = ""
        for character in name {
            if "\\':,;[]=".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
