import Basics
import Foundation
import Synchronization

/// A short sound effect that punctuates a cut, synthesised deterministically (stereo,
/// peaking at −1 dBFS).
///
/// Place `rise` so that it ends where the cliffhanger lands: start it
/// `Stinger.rise.render().duration` before the end.
public enum Stinger: String, Sendable, CaseIterable, Codable {
    /// A low boom for a reveal: a falling sub tone and a burst of dark noise, ringing 2.5 s.
    case hit
    /// The air of a snap zoom: a band of noise sweeping up then down, moving left to right (0.7 s).
    case whoosh
    /// The cliffhanger riser: a 3-second noise swell and rising tones, cut at its loudest.
    case rise
    /// A sharp transient — a slap, a door, a face-slap beat (0.35 s).
    case slap

    private static let peak: Float = 0.891  // −1 dBFS

    /// Renders kept by stinger and rate: a mix places the same few stingers again and again.
    private static let renders = Mutex<[String: AudioBuffer]>([:])

    /// The stinger at `sampleRate`, stereo.
    public func render(sampleRate: Int = 48_000) -> AudioBuffer {
        let key = "\(rawValue)@\(sampleRate)"
        if let cached = Self.renders.withLock({ $0[key] }) { return cached }
        let rendered = synthesize(sampleRate: sampleRate)
        Self.renders.withLock { renders in
            if renders.count >= 16 { renders.removeAll() }
            renders[key] = rendered
        }
        return rendered
    }

    private func synthesize(sampleRate: Int) -> AudioBuffer {
        var random = SeededGenerator(seed: 0x5715_6E00 &+ UInt64(Self.allCases.firstIndex(of: self)!))
        let (left, right): ([Float], [Float])
        switch self {
        case .hit: (left, right) = hit(sampleRate, &random)
        case .whoosh: (left, right) = whoosh(sampleRate, &random)
        case .rise: (left, right) = rise(sampleRate, &random)
        case .slap: (left, right) = slap(sampleRate, &random)
        }
        let current = max(left.reduce(0) { max($0, abs($1)) }, right.reduce(0) { max($0, abs($1)) })
        let gain = current > 0 ? Self.peak / current : 1
        // A 2 ms fade to exact zero, so the stinger never ends on a step.
        let fade = max(1, sampleRate / 500)
        let frames = left.count
        func shaped(_ channel: [Float]) -> [Float] {
            channel.enumerated().map { i, sample in sample * gain * Float(min(1, Double(frames - 1 - i) / Double(fade))) }
        }
        return AudioBuffer.stereo(left: shaped(left), right: shaped(right), sampleRate: sampleRate)
    }

    private func hit(_ rate: Int, _ random: inout SeededGenerator) -> ([Float], [Float]) {
        var boom = Percussion.kick(from: 110, to: 38, decay: 0.5, velocity: 1, rate: rate)
        let frames = boom.count
        var rumble = Oscillators.noise(frames: frames, random: &random)
        var dark = Biquad.lowPass(frequency: 180, q: 0.7, sampleRate: rate)
        dark.process(&rumble)
        Oscillators.multiply(&rumble, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.004, decay: 0.35))
        let rumblePeak = rumble.reduce(0) { max($0, abs($1)) }
        Oscillators.add(&boom, rumble, gain: rumblePeak > 0 ? 0.5 / rumblePeak : 0)
        let room = Reverb(roomSize: 0.88, damping: 0.5, wet: 0.8)
        return room.tail(left: boom, right: boom, rate: rate, seconds: 1.0)
    }

    private func whoosh(_ rate: Int, _ random: inout SeededGenerator) -> ([Float], [Float]) {
        let frames = Int(0.7 * Double(rate))
        let noise = Oscillators.noise(frames: frames, random: &random)
        var band = Biquad.bandPass(frequency: 400, q: 1.5, sampleRate: rate)
        var left = [Float](repeating: 0, count: frames)
        var right = [Float](repeating: 0, count: frames)
        for i in 0..<frames {
            let t = Double(i) / Double(frames - 1)
            // Frequency and level peak at 60 % of the way, like something passing close by.
            let shape = t < 0.6 ? sin(Double.pi / 2 * t / 0.6) : cos(Double.pi / 2 * (t - 0.6) / 0.4)
            if i % 32 == 0 {
                band.retune(to: .bandPass(frequency: 300 + 4_500 * shape * shape, q: 1.5, sampleRate: rate))
            }
            let y = Float(band.process(Double(noise[i]))) * Float(shape * shape)
            let angle = Double.pi / 4 * (1 + (2 * t - 1))
            left[i] = y * Float(cos(angle))
            right[i] = y * Float(sin(angle))
        }
        return (left, right)
    }

    private func rise(_ rate: Int, _ random: inout SeededGenerator) -> ([Float], [Float]) {
        let seconds = 3.0
        var left = Percussion.riser(seconds: seconds, from: 200, to: 7_000, velocity: 0.6, rate: rate, random: &random)
        var right = Percussion.riser(seconds: seconds, from: 210, to: 7_200, velocity: 0.6, rate: rate, random: &random)
        let frames = left.count
        // Two tones a fifth apart gliding up two octaves, swelling with the noise.
        var tones = Oscillators.sine(frequency: 110, endFrequency: 440, frames: frames, rate: rate)
        Oscillators.add(&tones, Oscillators.sine(frequency: 165, endFrequency: 660, frames: frames, rate: rate), gain: 0.6)
        for i in 0..<frames {
            let t = Double(i) / Double(frames - 1)
            tones[i] *= Float(pow(t, 1.8)) * 0.35
        }
        let fade = rate / 100
        for i in 0..<fade { tones[frames - 1 - i] *= Float(i) / Float(fade) }
        Oscillators.add(&left, tones)
        Oscillators.add(&right, tones)
        return (left, right)
    }

    private func slap(_ rate: Int, _ random: inout SeededGenerator) -> ([Float], [Float]) {
        let frames = Int(0.35 * Double(rate))
        var crack = Oscillators.noise(frames: frames, random: &random)
        var presence = Biquad.bandPass(frequency: 2_400, q: 0.9, sampleRate: rate)
        presence.process(&crack)
        Oscillators.multiply(&crack, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.0003, decay: 0.012))
        var body = Oscillators.sine(frequency: 260, endFrequency: 150, frames: frames, rate: rate)
        Oscillators.multiply(&body, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.0005, decay: 0.04))
        let crackPeak = crack.reduce(0) { max($0, abs($1)) }
        Oscillators.add(&body, crack, gain: crackPeak > 0 ? 1.2 / crackPeak : 0)
        let room = Reverb(roomSize: 0.6, damping: 0.4, wet: 0.4)
        return room.tail(left: body, right: body, rate: rate, seconds: 0.0)
    }
}
