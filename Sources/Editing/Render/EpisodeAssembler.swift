public import Foundation

/// Joins an episode's shot segments without re-encoding them, adds its sound, and writes a
/// streamable MP4 (`moov` before `mdat`) carrying the AI-content metadata.
public struct EpisodeAssembler: Sendable {
    let tools: MediaTools
    let preset: RenderPreset

    /// An assembler for `preset`.
    public init(tools: MediaTools, preset: RenderPreset) {
        self.tools = tools
        self.preset = preset
    }

    /// Encodes a mixed WAV (its bytes, piped to ffmpeg) to AAC-LC 48 kHz stereo in an `.m4a`.
    public func encodeAudio(wav: Data, to output: URL) async throws {
        try await tools.ffmpeg(
            ["-f", "wav", "-i", "pipe:0", "-c:a", "aac", "-aac_coder", "fast", "-b:a", "\(preset.audioBitrate)k", "-ar", "48000", "-ac", "2", "-vn", output.path],
            input: wav)
    }

    /// Joins `segments` (in order) and muxes `audio` into `output`, with `metadata` tags
    /// (for example `AIGC`, `title`, `comment`).
    public func assemble(segments: [URL], audio: URL, metadata: [(key: String, value: String)], to output: URL, workingDirectory: URL) async throws {
        guard !segments.isEmpty else {
            throw EditingError(code: .invalidMedia, message: "an episode needs at least one shot")
        }
        let list = "ffconcat version 1.0\n" + segments.map { "file \(ShotEncoder.quoted($0.path))\n" }.joined()
        let listFile = workingDirectory.appendingPathComponent("segments.ffconcat")
        try Data(list.utf8).write(to: listFile)
        var arguments = [
            "-f", "concat", "-safe", "0", "-i", listFile.path, "-i", audio.path, "-map", "0:v:0", "-map", "1:a:0",
            "-c", "copy", "-movflags", "+faststart+use_metadata_tags",
        ]
        for (key, value) in metadata { arguments += ["-metadata", "\(key)=\(value)"] }
        try await tools.ffmpeg(arguments + [output.path])
    }
}
