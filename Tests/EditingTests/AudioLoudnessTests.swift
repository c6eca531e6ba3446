import DramaModel
import Editing
import Foundation
import Testing

@Suite struct AudioLoudnessTests {
    enum Signal: String, CaseIterable, CustomTestStringConvertible {
        case sine, monoSine, sine100Hz, pinkNoise, speechLike, speechAt44k
        var testDescription: String { rawValue }

        var buffer: AudioBuffer {
            switch self {
            case .sine: TestSignals.sine(frequency: 1_000, amplitude: 0.5, seconds: 6)
            case .monoSine: TestSignals.sine(frequency: 997, amplitude: 0.25, seconds: 6, channels: 1)
            case .sine100Hz: TestSignals.sine(frequency: 100, amplitude: 0.3, seconds: 6)
            case .pinkNoise: TestSignals.pinkNoise(seconds: 8, amplitude: 0.5)
            case .speechLike: Self.speechMix(rate: 48_000)
            case .speechAt44k: Self.speechMix(rate: 44_100)
            }
        }

        /// Speech over quiet pink noise, with pauses for the gates to act on.
        static func speechMix(rate: Int) -> AudioBuffer {
            let speech = TestSignals.speechLike(seconds: 12, rate: rate)
            var bed = TestSignals.pinkNoise(seconds: 12, amplitude: 0.03, rate: rate)
            for i in speech.indices {
                bed.samples[2 * i] += speech[i]
                bed.samples[2 * i + 1] += speech[i] * 0.9
            }
            return bed
        }
    }

    @Test(arguments: Signal.allCases)
    func integratedLoudnessAndTruePeakMatchFFmpeg(signal: Signal) async throws {
        let buffer = signal.buffer
        let reference = try await FFmpegMeter.measure(buffer)
        let integrated = Loudness.integrated(buffer)
        let truePeak = Loudness.truePeak(buffer)
        print("[audio] \(signal.rawValue): integrated \(integrated) LUFS (ffmpeg \(reference.integrated)), true peak \(truePeak) dBTP (ffmpeg \(reference.truePeak))")
        #expect(abs(integrated - reference.integrated) <= 0.2)
        #expect(abs(truePeak - reference.truePeak) <= 0.3)
    }

    @Test func truePeakFindsAnInterSamplePeakTheSamplesMiss() {
        // A sine at a quarter of the sample rate, phased so every sample sits at ±0.707 of the
        // crest: the sample peak reads −3 dB, the true peak 0 dB. (Faded in and out, so the
        // edges do not ring.)
        let rate = 48_000
        var samples = [Float](repeating: 0, count: rate)
        for i in samples.indices {
            let fade = min(1, Double(min(i, rate - 1 - i)) / 480)
            samples[i] = Float(fade * sin(Double.pi / 2 * Double(i) + Double.pi / 4))
        }
        #expect(abs(TestSignals.db(Double(samples.map(abs).max()!)) - -3.01) < 0.01)
        let buffer = AudioBuffer(sampleRate: rate, channels: 1, samples: samples)
        #expect(abs(Loudness.truePeak(buffer)) < 0.1)
    }

    @Test func silenceAndShortBuffersHaveNoLoudness() {
        #expect(Loudness.integrated(.silence(frames: 48_000, sampleRate: 48_000, channels: 2)) == -.infinity)
        #expect(Loudness.truePeak(.silence(frames: 480, sampleRate: 48_000, channels: 2)) == -.infinity)
        let short = TestSignals.sine(frequency: 1_000, amplitude: 0.5, seconds: 0.3)
        #expect(Loudness.integrated(short) == -.infinity)
    }

    @Test(arguments: [Signal.speechLike, .pinkNoise, .sine100Hz])
    func normalizeReachesTheTargetUnderTheCeiling(signal: Signal) throws {
        let normalized = Loudness.normalize(signal.buffer, target: -14, truePeakCeiling: -1.5)
        let integrated = Loudness.integrated(normalized)
        let truePeak = Loudness.truePeak(normalized)
        print("[audio] normalize \(signal.rawValue): \(integrated) LUFS, \(truePeak) dBTP")
        #expect(abs(integrated - -14) <= 0.3)
        #expect(truePeak <= -1.5)
    }

    @Test func limiterRidesPeaksWithoutClicks() {
        // Quiet noise with a loud 50 ms burst: normalising to −14 needs heavy limiting of the
        // burst, and the gain must move smoothly — no sample steps far beyond the input's own.
        var buffer = TestSignals.pinkNoise(seconds: 6, amplitude: 0.2)
        for i in (2 * 96_000)..<(2 * 98_400) { buffer.samples[i] *= 12 }
        let normalized = Loudness.normalize(buffer, target: -14, truePeakCeiling: -1.5)
        #expect(Loudness.truePeak(normalized) <= -1.5)
        let gain = normalized.samples[1_000] / buffer.samples[1_000]
        var largestStep: Float = 0
        var inputStep: Float = 0
        for i in stride(from: 2, to: buffer.samples.count, by: 2) {
            largestStep = max(largestStep, abs(normalized.samples[i] - normalized.samples[i - 2]))
            inputStep = max(inputStep, abs(buffer.samples[i] - buffer.samples[i - 2]))
        }
        #expect(largestStep <= inputStep * gain * 1.01)
    }
}
