import DramaModel
import Foundation
import Testing

@testable import Voice

/// WAV writing and reading.
@Suite struct WAVTests {
    @Test func spokenAudioSurvivesARoundTrip() async throws {
        let speech = try await EspeakSynthesizer().synthesize(Fixtures.request(engine: "espeak-ng", language: .en, text: "Round trip."))
        let wav = speech.wavData()
        #expect(wav.count == 44 + speech.samples.count * 2)
        #expect(String(decoding: wav.prefix(4), as: UTF8.self) == "RIFF")
        let read = try Speech(wav: wav)
        #expect(read.samples == speech.samples)
        #expect(read.sampleRate == speech.sampleRate)
        #expect(read.duration == speech.duration)
        #expect(read.mouth.isEmpty && read.words.isEmpty)
    }

    /// A WAV file with a `LIST` chunk before `fmt ` and stereo frames.
    func stereoWAV(frames: [(Int16, Int16)], rate: UInt32) -> Data {
        var data = Data()
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        data.append(contentsOf: Array("RIFF".utf8)); u32(UInt32(4 + 8 + 3 + 1 + 8 + 16 + 8 + frames.count * 4)); data.append(contentsOf: Array("WAVE".utf8))
        data.append(contentsOf: Array("LIST".utf8)); u32(3); data.append(contentsOf: [1, 2, 3, 0])  // odd size, padded
        data.append(contentsOf: Array("fmt ".utf8)); u32(16); u16(1); u16(2); u32(rate); u32(rate * 4); u16(4); u16(16)
        data.append(contentsOf: Array("data".utf8)); u32(UInt32(frames.count * 4))
        for (left, right) in frames { u16(UInt16(bitPattern: left)); u16(UInt16(bitPattern: right)) }
        return data
    }

    @Test func stereoIsMixedToMono() throws {
        let speech = try Speech(wav: stereoWAV(frames: [(100, 300), (-1000, 1000), (32767, 32767)], rate: 44100))
        #expect(speech.samples == [200, 0, 32767])
        #expect(speech.sampleRate == 44100)
        #expect(speech.duration == MediaTime(value: 3, rate: 44100))
    }

    @Test(arguments: [
        Data("not a wav file at all".utf8),
        Data("RIFF\u{0}\u{0}\u{0}\u{0}WAVE".utf8),
    ])
    func somethingElseIsRefused(_ data: Data) {
        #expect {
            try Speech(wav: data)
        } throws: { ($0 as? VoiceError)?.code == .invalidAudio }
    }

    @Test func floatSamplesAreRefusedWithTheReason() {
        var wav = Speech(samples: [1, 2, 3], sampleRate: 8000).wavData()
        wav[20] = 3  // IEEE float format code
        #expect {
            try Speech(wav: wav)
        } throws: { error in
            let error = error as? VoiceError
            return error?.code == .invalidAudio && error?.message.contains("format code 3") == true
        }
    }
}
