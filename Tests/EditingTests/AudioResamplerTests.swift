import Editing
import Foundation
import Testing

@Suite struct AudioResamplerTests {
    static func sine(_ frequency: Double, rate: Int, seconds: Double, amplitude: Float = 0.5) -> [Float] {
        (0..<Int(seconds * Double(rate))).map { amplitude * Float(sin(2 * Double.pi * frequency * Double($0) / Double(rate))) }
    }

    static func zeroCrossings(_ x: ArraySlice<Float>) -> Int {
        var count = 0
        var previous = x.first ?? 0
        for value in x.dropFirst() {
            if (previous < 0) != (value < 0) { count += 1 }
            previous = value
        }
        return count
    }

    @Test func sineKeepsFrequencyAndAmplitudeFrom22050To48000() {
        let input = Self.sine(1_000, rate: 22_050, seconds: 2)
        let output = Resampler.resample(input, from: 22_050, to: 48_000)
        #expect(output.count == 96_000)
        // Away from the edges: one second holds 2 000 zero crossings of a 1 kHz sine.
        let middle = output[24_000..<72_000]
        #expect(abs(Self.zeroCrossings(middle) - 2_000) <= 1)
        let rmsIn = TestSignals.rms(input[11_025..<33_075])
        let rmsOut = TestSignals.rms(middle)
        #expect(abs(TestSignals.db(rmsOut) - TestSignals.db(rmsIn)) < 0.5)
        #expect(abs(TestSignals.db(rmsOut) - TestSignals.db(0.5 / 2.0.squareRoot())) < 0.05)
    }

    @Test(arguments: [(22_050, 48_000, 1_001), (44_100, 48_000, 44_100), (48_000, 44_100, 12_345), (16_000, 48_000, 7), (48_000, 16_000, 100_000), (8_000, 48_001, 333)])
    func lengthIsTheRoundedRatio(from: Int, to: Int, count: Int) {
        let output = Resampler.resample([Float](repeating: 0.1, count: count), from: from, to: to)
        #expect(output.count == Int((Double(count) * Double(to) / Double(from)).rounded()))
    }

    @Test func downsamplingRemovesWhatTheNewRateCannotHold() {
        // 12 kHz cannot exist at 16 kHz; without a low-pass it would alias to 4 kHz.
        let input = Self.sine(12_000, rate: 48_000, seconds: 1)
        let output = Resampler.resample(input, from: 48_000, to: 16_000)
        #expect(TestSignals.db(TestSignals.rms(output[2_000..<14_000])) < -60)
        // A 1 kHz tone passes untouched.
        let kept = Resampler.resample(Self.sine(1_000, rate: 48_000, seconds: 1), from: 48_000, to: 16_000)
        #expect(abs(TestSignals.db(TestSignals.rms(kept[2_000..<14_000])) - TestSignals.db(0.5 / 2.0.squareRoot())) < 0.05)
    }

    @Test func sameRateIsIdentity() {
        let input = Self.sine(440, rate: 48_000, seconds: 0.1)
        #expect(Resampler.resample(input, from: 48_000, to: 48_000) == input)
    }
}
