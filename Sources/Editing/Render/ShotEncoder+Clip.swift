public import Foundation

extension ShotEncoder {
    /// Encodes a generated `clip` (any size and rate) into `output`: scaled and cropped to the
    /// preset, at the preset's frame rate, exactly `frames` frames long (looped when the clip is
    /// shorter), with `subtitles` (an ASS file) burned in. The clip brings its own motion, so
    /// no camera move is added.
    /// - Throws: `EditingError` when ffmpeg fails; `CancellationError`.
    public func encode(clip: URL, frames: Int, subtitles: URL?, to output: URL, workingDirectory: URL) async throws {
        guard frames > 0 else { throw EditingError(code: .invalidMedia, message: "a shot needs at least one frame") }
        var filters = [
            "fps=\(preset.frameRate)",
            "scale=\(preset.width):\(preset.height):force_original_aspect_ratio=increase", "crop=\(preset.width):\(preset.height)",
            "setsar=1", "format=yuv420p",
        ]
        if let subtitles { filters.append("ass=\(Self.filterEscaped(subtitles.lastPathComponent))") }
        try await tools.ffmpeg(
            ["-filter_threads", "1", "-stream_loop", "-1", "-i", clip.path, "-vf", filters.joined(separator: ","),
             "-frames:v", String(frames), "-an", "-threads", "1"] + preset.videoCodecArguments + [output.path],
            workingDirectory: subtitles?.deletingLastPathComponent() ?? workingDirectory)
    }
}
