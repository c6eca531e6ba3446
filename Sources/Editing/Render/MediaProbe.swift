public import Foundation

/// What ffprobe says about a media file, plus the order of its top-level MP4 boxes.
public struct MediaProbe: Sendable, Hashable {
    /// One stream.
    package struct Stream: Sendable, Hashable, Decodable {
        /// `video` or `audio`.
        package var codecType: String
        /// `h264`, `aac`.
        package var codecName: String
        /// `High`, `LC`.
        package var profile: String?
        /// `yuv420p`.
        package var pixelFormat: String?
        /// Picture width.
        package var width: Int?
        /// Picture height.
        package var height: Int?
        /// Frame rate as a fraction (`30/1`).
        package var frameRate: String?
        /// Audio sample rate (`48000`).
        package var sampleRate: String?
        /// Audio channels.
        package var channels: Int?
        /// Duration in seconds as ffprobe prints it.
        package var duration: String?
        /// Frame count, when the container knows it.
        package var frameCount: String?

        enum CodingKeys: String, CodingKey {
            case codecType = "codec_type", codecName = "codec_name", profile, pixelFormat = "pix_fmt", width, height
            case frameRate = "r_frame_rate", sampleRate = "sample_rate", channels, duration, frameCount = "nb_frames"
        }
    }

    /// Streams in file order.
    package var streams: [Stream]
    /// Container tags (`AIGC`, `title`).
    public var tags: [String: String]
    /// Top-level box types in file order (`ftyp`, `moov`, `mdat`), for MP4 files.
    public var topLevelBoxes: [String]

    /// The first video stream.
    package var video: Stream? { streams.first { $0.codecType == "video" } }
    /// The first audio stream.
    package var audio: Stream? { streams.first { $0.codecType == "audio" } }

    /// Probes `file`.
    /// - Throws: `EditingError` when ffprobe fails or prints something unexpected.
    public static func probe(_ file: URL, tools: MediaTools) async throws -> MediaProbe {
        let json = try await tools.ffprobe(["-show_streams", "-show_format", "-of", "json", file.path])
        struct Output: Decodable {
            struct Format: Decodable { var tags: [String: String]? }
            var streams: [Stream]
            var format: Format?
        }
        do {
            let output = try JSONDecoder().decode(Output.self, from: Data(json.utf8))
            return MediaProbe(streams: output.streams, tags: output.format?.tags ?? [:], topLevelBoxes: try boxes(of: file))
        } catch let error as EditingError {
            throw error
        } catch {
            throw EditingError(code: .invalidMedia, message: "\(file.path): ffprobe output does not parse: \(error)")
        }
    }

    /// The types of the top-level boxes of an ISO-BMFF (MP4) file, in order.
    public static func boxes(of file: URL) throws -> [String] {
        guard let handle = try? FileHandle(forReadingFrom: file) else {
            throw EditingError(code: .invalidMedia, message: "\(file.path): cannot be opened")
        }
        defer { try? handle.close() }
        var types: [String] = []
        var offset: UInt64 = 0
        let end = (try? handle.seekToEnd()) ?? 0
        while offset + 8 <= end {
            try handle.seek(toOffset: offset)
            guard let header = try handle.read(upToCount: 16), header.count >= 8 else { break }
            let bytes = [UInt8](header)
            var size = UInt64(bytes[0]) << 24 | UInt64(bytes[1]) << 16 | UInt64(bytes[2]) << 8 | UInt64(bytes[3])
            let type = String(decoding: bytes[4..<8], as: UTF8.self)
            if size == 1, bytes.count >= 16 {
                size = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
            } else if size == 0 {
                size = end - offset
            }
            guard size >= 8 else { break }
            types.append(type)
            offset += size
        }
        return types
    }
}
