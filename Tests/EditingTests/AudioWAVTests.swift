import DramaModel
import Editing
import Foundation
import TestSupport
import Testing

@Suite struct AudioWAVTests {
    static let ramp = AudioBuffer(
        sampleRate: 44_100, channels: 2, samples: (0..<2_000).map { Float($0 % 400 - 200) / 201 })

    @Test func float32RoundTripsExactly() throws {
        let decoded = try WAVFile.decode(WAVFile.encode(Self.ramp))
        #expect(decoded == Self.ramp)
    }

    @Test func int16RoundTripsWithinOneStep() throws {
        let decoded = try WAVFile.decode(WAVFile.encode(Self.ramp, format: .int16))
        #expect(decoded.sampleRate == 44_100 && decoded.channels == 2 && decoded.frameCount == 1_000)
        let error = zip(decoded.samples, Self.ramp.samples).map { abs($0 - $1) }.max() ?? 1
        #expect(error <= 0.5 / 32_768 + 1e-9)
    }

    @Test(arguments: ["pcm_s16le", "pcm_s24le", "pcm_s32le", "pcm_f32le", "pcm_f64le"])
    func readsWhatFFmpegWrites(codec: String) async throws {
        let directory = try temporaryDirectory("cliff-audio")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("tone.wav")
        // A 1 kHz sine, mono, 0.25 s at 22 050 Hz; ffmpeg's sine source is 1/8 of full scale.
        try await FFmpegMeter.run([
            "-y", "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=22050:duration=0.25",
            "-c:a", codec, url.path,
        ])
        let buffer = try WAVFile.decode(Data(contentsOf: url))
        #expect(buffer.sampleRate == 22_050 && buffer.channels == 1)
        #expect(buffer.frameCount == 5_512 || buffer.frameCount == 5_513)
        let peak = buffer.samples.map(abs).max() ?? 0
        #expect(abs(peak - 0.125) < 0.002)
    }

    @Test func readsAStreamedFileWhoseSizesAreUnknown() async throws {
        // ffmpeg writing to a pipe cannot seek back, so it leaves the data size at 0xFFFFFFFF.
        let result = try await runProcessData(
            URL(fileURLWithPath: "/usr/bin/ffmpeg"),
            ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=0.1", "-ac", "2", "-f", "wav", "pipe:1"])
        try #require(result.status == 0, "ffmpeg: \(result.stderr)")
        let buffer = try WAVFile.decode(result.stdout)
        #expect(buffer.channels == 2 && buffer.frameCount == 4_800)
    }

    @Test func readsEspeakOutput() async throws {
        let directory = try temporaryDirectory("cliff-audio")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("line.wav")
        let spoken = try await runProcess(URL(fileURLWithPath: "/usr/bin/espeak-ng"), ["-w", url.path, "You signed it without reading?"])
        try #require(spoken.status == 0, "espeak-ng: \(spoken.stderr)")
        let buffer = try WAVFile.decode(Data(contentsOf: url))
        #expect(buffer.sampleRate == 22_050 && buffer.channels == 1)
        #expect(buffer.duration > .milliseconds(800))
        #expect(buffer.samples.map(abs).max() ?? 0 > 0.05)
    }

    @Test func rejectsWhatIsNotAWAVFile() {
        let error = #expect(throws: EditingError.self) { try WAVFile.decode(Data("ID3\u{3}hello world".utf8)) }
        #expect(error?.code == .notWAV)
        #expect(error?.message.contains("ffmpeg") == true)
    }

    @Test func rejectsUnsupportedEncodingsSayingWhich() throws {
        var bytes = [UInt8](WAVFile.encode(Self.ramp, format: .int16))
        bytes[20] = 2  // format tag 2: Microsoft ADPCM
        let error = #expect(throws: EditingError.self) { try WAVFile.decode(Data(bytes)) }
        #expect(error?.code == .unsupportedFormat)
        #expect(error?.message.contains("format tag 2") == true)
    }

    @Test func reportsAMissingDataChunk() {
        let bytes = [UInt8](WAVFile.encode(Self.ramp, format: .int16)).prefix(36)
        let error = #expect(throws: EditingError.self) { try WAVFile.decode(Data(bytes)) }
        #expect(error?.code == .missingChunk)
    }

    @Test func reportsATruncatedFormatChunk() {
        let bytes = [UInt8](WAVFile.encode(Self.ramp, format: .int16)).prefix(24)
        let error = #expect(throws: EditingError.self) { try WAVFile.decode(Data(bytes)) }
        #expect(error?.code == .truncated)
    }
}
