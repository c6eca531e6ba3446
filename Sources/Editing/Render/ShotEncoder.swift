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
        /// Index of the still in the `stills` passed to `encode`.
        public var still: Int
        /// How many frames it stays on screen.
        public var frames: Int
        /// Creates a hold.
        public init(still: Int, frames: Int) {
            self.still = still
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

    /// Encodes `holds` of `stills` (planar YUV 4:2:0 pictures of `inputWidth`×`inputHeight`,
    /// see `YUVPicture`) into `output`, exactly `frames` frames long, moving the camera and
    /// burning in `subtitles` (an ASS file).
    ///
    /// The stills go to ffmpeg as raw frames on a pipe, each converted once however long it
    /// is held: no picture file is written or decoded.
    /// - Throws: `EditingError` when ffmpeg fails; `CancellationError`.
    public func encode(
        stills: [[UInt8]], holds: [Hold], frames: Int, camera: CameraMove, inputWidth: Int, inputHeight: Int, subtitles: URL?,
        to output: URL, workingDirectory: URL
    ) async throws {
        guard frames > 0, !holds.isEmpty, holds.allSatisfy({ stills.indices.contains($0.still) }) else {
            throw EditingError(code: .invalidMedia, message: "a shot needs at least one still and one frame")
        }
        let expected = YUVPicture.byteCount(width: inputWidth, height: inputHeight)
        guard stills.allSatisfy({ $0.count == expected }) else {
            throw EditingError(code: .invalidMedia, message: "a still is not a \(inputWidth)×\(inputHeight) YUV 4:2:0 picture")
        }
        // One frame per hold, stamped with the frame its hold starts on; `fps` repeats it until
        // the next. A last copy at `frames` lets the final hold run to the end.
        var chunks: [(bytes: [UInt8], repeats: Int)] = []
        var starts: [Int] = []
        var sent = 0
        for hold in holds where hold.frames > 0 && sent < frames {
            chunks.append((stills[hold.still], 1))
            starts.append(sent)
            sent += hold.frames
        }
        chunks.append((chunks[chunks.count - 1].bytes, 1))
        starts.append(frames)

        var filters = [
            "setpts='(\(Self.table(starts)))/(FRAME_RATE*TB)'", "fps=\(preset.frameRate)",
            CameraPath(move: camera, frames: frames).filter(inputWidth: inputWidth, inputHeight: inputHeight, preset: preset), "setsar=1",
        ]
        if let subtitles {
            filters.append("ass=\(Self.filterEscaped(subtitles.lastPathComponent))")
        }
        // One encoder thread: a render encodes several shots at once (two per core), and one
        // thread per process spares each of them x264's per-thread buffers and hand-offs
        // (measured: the same wall time or better, and 2–3 s less system time per episode).
        try await tools.ffmpeg(
            ["-filter_threads", "1", "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", "\(inputWidth)x\(inputHeight)", "-framerate", String(preset.frameRate),
             "-i", "pipe:0", "-vf", filters.joined(separator: ","), "-frames:v", String(frames), "-an", "-threads", "1"]
                + preset.videoCodecArguments + [output.path],
            workingDirectory: subtitles?.deletingLastPathComponent() ?? workingDirectory, feeding: chunks)
    }

    /// An ffmpeg expression giving `values[N]` for input frame `N` (a binary search of nested
    /// `if`s, so long shots stay shallow).
    static func table(_ values: [Int], from low: Int = 0, to high: Int? = nil) -> String {
        let high = high ?? values.count
        if high - low == 1 { return String(values[low]) }
        let middle = (low + high) / 2
        return "if(lt(N,\(middle)),\(table(values, from: low, to: middle)),\(table(values, from: middle, to: high)))"
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
