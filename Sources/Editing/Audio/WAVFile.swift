public import Foundation

/// Reads and writes RIFF WAVE files.
///
/// Decoding accepts integer PCM at 16, 24 or 32 bits and IEEE float at 32 or 64 bits
/// (plain or `WAVE_FORMAT_EXTENSIBLE`), any channel count. Unknown chunks (`LIST`, `fact`,
/// `bext`) are skipped. A `data` chunk whose declared size runs past the end of the file, as
/// streaming writers such as `ffmpeg -f wav pipe:` leave it, is read up to the last whole frame.
///
/// ```swift
/// let speech = try WAVFile.decode(Data(contentsOf: url))      // espeak-ng: 22050 Hz mono s16
/// try WAVFile.encode(mix, format: .float32).write(to: out)
/// ```
public enum WAVFile {
    /// How samples are stored when encoding.
    package enum SampleFormat: Sendable {
        /// 16-bit signed integer PCM: scaled by 32 768, rounded, clipped to −32 768 … 32 767.
        case int16
        /// 32-bit IEEE float, written as is (`WAVE_FORMAT_IEEE_FLOAT`).
        case float32
    }

    private static let pcmTag: UInt16 = 1
    private static let floatTag: UInt16 = 3
    private static let extensibleTag: UInt16 = 0xFFFE

    /// The samples of a WAV file as interleaved float.
    ///
    /// - Throws: `EditingError` with `.notWAV`, `.truncated`, `.missingChunk` or
    ///   `.unsupportedFormat`, saying at which byte offset the problem is.
    public static func decode(_ data: Data) throws -> AudioBuffer {
        let bytes = [UInt8](data)
        guard bytes.count >= 12, ascii(bytes, 0) == "RIFF", ascii(bytes, 8) == "WAVE" else {
            throw EditingError(
                code: .notWAV,
                message: "not a WAV file: the first 12 bytes are not a RIFF…WAVE header (\(bytes.count) bytes read); "
                    + "pass a .wav file, or convert it with `ffmpeg -i in -c:a pcm_s16le out.wav`")
        }
        var format: (tag: UInt16, channels: Int, rate: Int, bits: Int)?
        var offset = 12
        while offset + 8 <= bytes.count {
            let id = ascii(bytes, offset)
            let size = Int(uint32(bytes, offset + 4))
            let body = offset + 8
            if id == "fmt " {
                guard size >= 16, body + 16 <= bytes.count else {
                    throw EditingError(
                        code: .truncated,
                        message: "WAV `fmt ` chunk at byte \(offset) is \(size) bytes, needs at least 16; the file is damaged")
                }
                var tag = uint16(bytes, body)
                if tag == extensibleTag && size >= 40 && body + 40 <= bytes.count {
                    tag = uint16(bytes, body + 24)  // the sub-format GUID starts with the plain tag
                }
                format = (tag, Int(uint16(bytes, body + 2)), Int(uint32(bytes, body + 4)), Int(uint16(bytes, body + 14)))
            } else if id == "data" {
                guard let format else {
                    throw EditingError(
                        code: .missingChunk,
                        message: "WAV `data` chunk at byte \(offset) comes before any `fmt ` chunk; the file is damaged")
                }
                let available = min(size, bytes.count - body)
                return try samples(bytes, from: body, count: available, format: format)
            }
            offset = body + size + (size & 1)
        }
        throw EditingError(
            code: .missingChunk,
            message: format == nil
                ? "WAV file has no `fmt ` chunk (scanned \(bytes.count) bytes); the file is damaged or truncated"
                : "WAV file has no `data` chunk (scanned \(bytes.count) bytes); the file is damaged or truncated")
    }

    /// A RIFF WAVE file of `buffer`.
    package static func encode(_ buffer: AudioBuffer, format: SampleFormat = .float32) -> Data {
        let bytesPerSample = format == .int16 ? 2 : 4
        let dataSize = buffer.samples.count * bytesPerSample
        let isFloat = format == .float32
        let fmtSize = isFloat ? 18 : 16
        let factSize = isFloat ? 12 : 0
        var out = [UInt8]()
        out.reserveCapacity(12 + 8 + fmtSize + factSize + 8 + dataSize)
        out += Array("RIFF".utf8)
        append32(&out, UInt32(4 + 8 + fmtSize + factSize + 8 + dataSize))
        out += Array("WAVE".utf8)
        out += Array("fmt ".utf8)
        append32(&out, UInt32(fmtSize))
        append16(&out, isFloat ? floatTag : pcmTag)
        append16(&out, UInt16(buffer.channels))
        append32(&out, UInt32(buffer.sampleRate))
        append32(&out, UInt32(buffer.sampleRate * buffer.channels * bytesPerSample))
        append16(&out, UInt16(buffer.channels * bytesPerSample))
        append16(&out, UInt16(bytesPerSample * 8))
        if isFloat {
            append16(&out, 0)  // cbSize
            out += Array("fact".utf8)
            append32(&out, 4)
            append32(&out, UInt32(buffer.frameCount))
        }
        out += Array("data".utf8)
        append32(&out, UInt32(dataSize))
        switch format {
        case .float32:
            for sample in buffer.samples { append32(&out, sample.bitPattern) }
        case .int16:
            for sample in buffer.samples {
                let scaled = (Double(sample) * 32_768).rounded()
                append16(&out, UInt16(bitPattern: Int16(min(max(scaled, -32_768), 32_767))))
            }
        }
        return Data(out)
    }

    private static func samples(
        _ bytes: [UInt8], from start: Int, count: Int, format: (tag: UInt16, channels: Int, rate: Int, bits: Int)
    ) throws -> AudioBuffer {
        let (tag, channels, rate, bits) = format
        let supported =
            (tag == pcmTag && [16, 24, 32].contains(bits)) || (tag == floatTag && [32, 64].contains(bits))
        guard supported else {
            let kind = tag == pcmTag ? "integer PCM" : tag == floatTag ? "IEEE float" : "format tag \(tag)"
            throw EditingError(
                code: .unsupportedFormat,
                message: "WAV encoding \(kind) at \(bits) bits is not supported (reads PCM 16/24/32-bit and float 32/64-bit); "
                    + "convert it with `ffmpeg -i in -c:a pcm_f32le out.wav`")
        }
        guard channels > 0, rate > 0 else {
            throw EditingError(
                code: .unsupportedFormat,
                message: "WAV `fmt ` chunk declares \(channels) channels at \(rate) Hz; both must be positive")
        }
        let width = bits / 8
        let frameBytes = width * channels
        let frames = count / frameBytes
        if frames == 0 && count > 0 {
            throw EditingError(
                code: .truncated,
                message: "WAV `data` chunk at byte \(start - 8) holds \(count) bytes, less than one \(frameBytes)-byte frame")
        }
        var out = [Float](repeating: 0, count: frames * channels)
        for i in 0..<(frames * channels) {
            let p = start + i * width
            switch (tag, bits) {
            case (pcmTag, 16):
                out[i] = Float(Int16(bitPattern: uint16(bytes, p))) / 32768
            case (pcmTag, 24):
                let raw = Int32(bytes[p]) | Int32(bytes[p + 1]) << 8 | Int32(bytes[p + 2]) << 16
                out[i] = Float((raw << 8) >> 8) / 8_388_608
            case (pcmTag, _):
                out[i] = Float(Double(Int32(bitPattern: uint32(bytes, p))) / 2_147_483_648)
            case (_, 32):
                out[i] = Float(bitPattern: uint32(bytes, p))
            default:
                out[i] = Float(Double(bitPattern: UInt64(uint32(bytes, p)) | UInt64(uint32(bytes, p + 4)) << 32))
            }
        }
        return AudioBuffer(sampleRate: rate, channels: channels, samples: out)
    }

    private static func ascii(_ bytes: [UInt8], _ at: Int) -> String {
        String(decoding: bytes[at..<min(at + 4, bytes.count)], as: UTF8.self)
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    private static func append16(_ out: inout [UInt8], _ value: UInt16) {
        out.append(UInt8(value & 0xFF))
        out.append(UInt8(value >> 8))
    }

    private static func append32(_ out: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
