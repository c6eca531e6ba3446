public import Foundation

extension Speech {
    /// The audio as a RIFF WAVE file: PCM, 16-bit little-endian, mono, at `sampleRate`.
    public func wavData() -> Data {
        let dataBytes = samples.count * 2
        var data = Data(capacity: 44 + dataBytes)
        func append32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        func append16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        data.append(contentsOf: Array("RIFF".utf8))
        append32(UInt32(36 + dataBytes))
        data.append(contentsOf: Array("WAVE".utf8))
        data.append(contentsOf: Array("fmt ".utf8))
        append32(16)
        append16(1)  // PCM
        append16(1)  // mono
        append32(UInt32(sampleRate))
        append32(UInt32(sampleRate * 2))  // bytes per second
        append16(2)  // block align
        append16(16)  // bits per sample
        data.append(contentsOf: Array("data".utf8))
        append32(UInt32(dataBytes))
        for sample in samples { append16(UInt16(bitPattern: sample)) }
        return data
    }

    /// Reads a RIFF WAVE file of 16-bit PCM, mono or stereo (stereo is averaged to mono), such
    /// as `wavData()` writes. The result has no mouth cues or word timings.
    ///
    /// - Throws: `VoiceError` with code `.invalidAudio` naming what is wrong.
    public init(wav: Data) throws {
        let bytes = [UInt8](wav)
        func fail(_ what: String) -> VoiceError {
            VoiceError(code: .invalidAudio, message: "not a readable WAV file: \(what); write 16-bit PCM WAV (mono or stereo)")
        }
        func u32(_ at: Int) -> UInt32 {
            UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
        func tag(_ at: Int) -> String { String(decoding: bytes[at..<at + 4], as: UTF8.self) }

        guard bytes.count >= 12, tag(0) == "RIFF", tag(8) == "WAVE" else { throw fail("no RIFF/WAVE header") }
        var format: (channels: Int, rate: Int, bits: Int)?
        var offset = 12
        while offset + 8 <= bytes.count {
            let id = tag(offset)
            let declared = Int(u32(offset + 4))
            let body = offset + 8
            // A streaming writer may leave the data size unset (0 or 0xFFFFFFFF): read to the end.
            let size = id == "data" && (declared == 0 || body + declared > bytes.count) ? bytes.count - body : declared
            guard body + size <= bytes.count else { throw fail("chunk '\(id)' runs past the end of the file") }
            if id == "fmt " {
                guard size >= 16 else { throw fail("fmt chunk of \(size) bytes") }
                var code = u16(body)
                if code == 0xFFFE, size >= 26 { code = u16(body + 24) }  // WAVE_FORMAT_EXTENSIBLE's subformat
                guard code == 1 else { throw fail("format code \(code), not PCM") }
                format = (Int(u16(body + 2)), Int(u32(body + 4)), Int(u16(body + 14)))
            } else if id == "data" {
                guard let format else { throw fail("data before the fmt chunk") }
                guard format.bits == 16 else { throw fail("\(format.bits)-bit samples") }
                guard format.channels == 1 || format.channels == 2 else { throw fail("\(format.channels) channels") }
                guard format.rate > 0 && format.rate <= Int(Int32.max) else { throw fail("sample rate \(format.rate)") }
                let frameBytes = 2 * format.channels
                let frames = size / frameBytes
                var samples = [Int16]()
                samples.reserveCapacity(frames)
                for frame in 0..<frames {
                    let at = body + frame * frameBytes
                    if format.channels == 1 {
                        samples.append(Int16(bitPattern: u16(at)))
                    } else {
                        let left = Int(Int16(bitPattern: u16(at)))
                        let right = Int(Int16(bitPattern: u16(at + 2)))
                        samples.append(Int16((left + right) / 2))
                    }
                }
                self.init(samples: samples, sampleRate: format.rate)
                return
            }
            offset = body + size + (size & 1)  // chunks are padded to even sizes
        }
        throw fail(format == nil ? "no fmt chunk" : "no data chunk")
    }
}
