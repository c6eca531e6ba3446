import Basics
import DramaModel
import Editing
import Foundation
import TestSupport
import Testing

/// Test signals and the ffmpeg reference meter shared by the audio suites.
enum TestSignals {
    /// Deterministic noise in -1...1 from the shared seeded generator.
    struct Noise {
        var random: SeededGenerator
        init(state: UInt64) { random = SeededGenerator(seed: state) }
        mutating func next() -> Float {
            let z = random.next()
            return Float(Double(z >> 11) / Double(1 << 53)) * 2 - 1
        }
    }

    static func sine(frequency: Double, amplitude: Float, seconds: Double, rate: Int = 48_000, channels: Int = 2) -> AudioBuffer {
        let frames = Int(seconds * Double(rate))
        var samples = [Float](repeating: 0, count: frames * channels)
        for i in 0..<frames {
            let value = amplitude * Float(sin(2 * Double.pi * frequency * Double(i) / Double(rate)))
            for c in 0..<channels { samples[i * channels + c] = value }
        }
        return AudioBuffer(sampleRate: rate, channels: channels, samples: samples)
    }

    /// Pink-ish noise (Paul Kellet's economy filter), independent per channel.
    static func pinkNoise(seconds: Double, amplitude: Float, rate: Int = 48_000, seed: UInt64 = 7) -> AudioBuffer {
        let frames = Int(seconds * Double(rate))
        var samples = [Float](repeating: 0, count: frames * 2)
        var noise = Noise(state: seed)
        for c in 0..<2 {
            var (b0, b1, b2): (Float, Float, Float) = (0, 0, 0)
            for i in 0..<frames {
                let white = noise.next()
                b0 = 0.99765 * b0 + white * 0.0990460
                b1 = 0.96300 * b1 + white * 0.2965164
                b2 = 0.57000 * b2 + white * 1.0526913
                samples[i * 2 + c] = (b0 + b1 + b2 + white * 0.1848) * amplitude * 0.25
            }
        }
        return AudioBuffer(sampleRate: rate, channels: 2, samples: samples)
    }

    /// Speech-like mono audio: syllables of a 110–150 Hz buzz plus breath noise through a
    /// couple of resonances, 120–300 ms each, in phrases separated by pauses.
    static func speechLike(seconds: Double, rate: Int = 48_000, seed: UInt64 = 11) -> [Float] {
        let frames = Int(seconds * Double(rate))
        var out = [Float](repeating: 0, count: frames)
        var noise = Noise(state: seed)
        var position = Int(0.1 * Double(rate))
        var phase = 0.0
        while position < frames {
            let syllables = 3 + Int((noise.next() + 1) * 3)
            for _ in 0..<syllables {
                let length = Int((0.12 + 0.09 * Double(noise.next() + 1)) * Double(rate))
                let pitch = 130 + 20 * Double(noise.next())
                let formant = 500 + 300 * Double(noise.next() + 1)
                var low: Float = 0
                for i in 0..<length where position + i < frames {
                    phase += pitch / Double(rate)
                    if phase >= 1 { phase -= 1 }
                    let buzz = Float(sin(2 * Double.pi * phase) + 0.5 * sin(4 * Double.pi * phase) + 0.3 * sin(2 * Double.pi * phase * formant / pitch))
                    low += 0.2 * (noise.next() - low)
                    let envelope = Float(sin(Double.pi * Double(i) / Double(length)))
                    out[position + i] = (0.25 * buzz + 0.15 * low) * envelope
                }
                position += length + Int(0.03 * Double(rate))
            }
            position += Int((0.25 + 0.2 * Double(noise.next() + 1)) * Double(rate))
        }
        return out
    }

    static func rms(_ x: ArraySlice<Float>) -> Double {
        guard !x.isEmpty else { return 0 }
        return (x.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(x.count)).squareRoot()
    }

    static func db(_ x: Double) -> Double { 20 * log10(max(x, 1e-12)) }
}

/// ffmpeg's `ebur128` filter, the reference meter.
enum FFmpegMeter {
    struct Reading {
        var integrated: Double
        var truePeak: Double
    }

    /// Measures `buffer` written as a float WAV.
    static func measure(_ buffer: AudioBuffer) async throws -> Reading {
        let directory = try temporaryDirectory("cliff-audio")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("x.wav")
        try WAVFile.encode(buffer).write(to: url)
        return try await measure(file: url)
    }

    /// Measures any file ffmpeg reads.
    static func measure(file: URL) async throws -> Reading {
        let output = try await run(["-nostats", "-hide_banner", "-i", file.path, "-af", "ebur128=peak=true", "-f", "null", "-"])
        let summary = try #require(output.range(of: "Summary:").map { String(output[$0.upperBound...]) }, "no ebur128 summary in:\n\(output)")
        return Reading(integrated: try value(after: "I:", in: summary), truePeak: try value(after: "Peak:", in: summary))
    }

    /// Runs ffmpeg with `arguments` and returns its standard error.
    @discardableResult
    static func run(_ arguments: [String]) async throws -> String {
        let result = try await runProcess(URL(fileURLWithPath: "/usr/bin/ffmpeg"), arguments)
        #expect(result.status == 0, "ffmpeg \(arguments.joined(separator: " ")) failed:\n\(result.stderr)")
        return result.stderr
    }

    private static func value(after label: String, in text: String) throws -> Double {
        let line = try #require(text.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) })
        let field = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.map(String.init) ?? ""
        if field == "-inf" { return -.infinity }
        return try #require(Double(field), "cannot read \(label) from \(line)")
    }
}

@Suite struct AudioTestSignalsTests {
    @Test func ffmpegMeterReadsAKnownSine() async throws {
        // A 1 kHz sine at −20 dBFS peak in both channels: BS.1770 gives about −20 LUFS
        // (−3 dB for RMS, +3 dB for two channels, +0.7 − 0.691 for K-weighting at 1 kHz).
        let reading = try await FFmpegMeter.measure(TestSignals.sine(frequency: 1_000, amplitude: 0.1, seconds: 5))
        #expect(abs(reading.integrated - -20) < 0.3)
        #expect(abs(reading.truePeak - -20) < 0.2)
    }
}
