import Basics
import Foundation

/// The unpitched (or barely pitched) hits of the score and the stingers, each a mono array
/// ending in zero.
enum Percussion {
    /// A kick or heartbeat thump: a sine falling from `from` to `to` Hz with a soft click.
    static func kick(from: Double = 120, to: Double = 48, decay: Double = 0.18, velocity: Float, rate: Int) -> [Float] {
        let frames = Int(decay * 5 * Double(rate))
        var out = Oscillators.sine(frequency: from, endFrequency: to, frames: frames, rate: rate)
        Oscillators.multiply(&out, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.002, decay: decay))
        return Instruments.normalized(out, to: velocity)
    }

    /// A big barrel drum (taiko, 大鼓): a pitch-dropping membrane plus a band of noise.
    static func drum(pitch: Double = 70, decay: Double = 0.35, velocity: Float, rate: Int, random: inout SeededGenerator) -> [Float] {
        let frames = Int(decay * 5 * Double(rate))
        var body = Oscillators.sine(frequency: pitch * 1.8, endFrequency: pitch, frames: frames, rate: rate)
        Oscillators.add(&body, Oscillators.sine(frequency: pitch * 2.7, endFrequency: pitch * 1.6, frames: frames, rate: rate), gain: 0.3)
        Oscillators.multiply(&body, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.003, decay: decay))
        var skin = Oscillators.noise(frames: frames, random: &random)
        var band = Biquad.bandPass(frequency: pitch * 4, q: 1.2, sampleRate: rate)
        band.process(&skin)
        Oscillators.multiply(&skin, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.001, decay: 0.05))
        Oscillators.add(&body, skin, gain: 0.8)
        return Instruments.normalized(body, to: velocity)
    }

    /// A clock tick or rim click: a very short resonant blip at `pitch` Hz.
    static func tick(pitch: Double, velocity: Float, rate: Int, random: inout SeededGenerator) -> [Float] {
        let frames = Int(0.06 * Double(rate))
        var click = Oscillators.noise(frames: frames, random: &random)
        var band = Biquad.bandPass(frequency: pitch, q: 8, sampleRate: rate)
        band.process(&click)
        Oscillators.multiply(&click, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.0005, decay: 0.008))
        return Instruments.normalized(click, to: velocity)
    }

    /// A woodblock (木鱼): two inharmonic modes decaying fast.
    static func woodblock(pitch: Double, velocity: Float, rate: Int) -> [Float] {
        let frames = Int(0.2 * Double(rate))
        var out = Oscillators.sine(frequency: pitch, frames: frames, rate: rate)
        Oscillators.add(&out, Oscillators.sine(frequency: pitch * 2.76, frames: frames, rate: rate), gain: 0.35)
        Oscillators.multiply(&out, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.0008, decay: 0.03))
        return Instruments.normalized(out, to: velocity)
    }

    /// A closed hi-hat or shaker: high-passed noise, `decay` seconds.
    static func hat(decay: Double = 0.03, velocity: Float, rate: Int, random: inout SeededGenerator) -> [Float] {
        let frames = Int(max(decay * 6, 0.05) * Double(rate))
        var out = Oscillators.noise(frames: frames, random: &random)
        var high = Biquad.highPass(frequency: 7_000, q: 0.7, sampleRate: rate)
        high.process(&out)
        var soften = Biquad.lowPass(frequency: 12_000, q: 0.7, sampleRate: rate)
        soften.process(&out)
        Oscillators.multiply(&out, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.001, decay: decay))
        return Instruments.normalized(out, to: velocity)
    }

    /// A swell of noise through a band-pass sweeping from `from` to `to` Hz, rising in level
    /// over `seconds` and cut off with a 10 ms fade: the build into a climax or a cliffhanger.
    static func riser(seconds: Double, from: Double, to: Double, velocity: Float, rate: Int, random: inout SeededGenerator) -> [Float] {
        let frames = Int(seconds * Double(rate))
        let noise = Oscillators.noise(frames: frames, random: &random)
        var out = [Float](repeating: 0, count: frames)
        var band = Biquad.bandPass(frequency: from, q: 2.5, sampleRate: rate)
        let step = 64
        for i in 0..<frames {
            let t = Double(i) / Double(max(frames - 1, 1))
            if i % step == 0 {
                band.retune(to: .bandPass(frequency: from * pow(to / from, t), q: 2.5, sampleRate: rate))
            }
            let swell = Float(pow(t, 1.6))
            out[i] = Float(band.process(Double(noise[i]))) * swell
        }
        let fade = min(frames, rate / 100)
        for i in 0..<fade { out[frames - 1 - i] *= Float(i) / Float(fade) }
        return Instruments.normalized(out, to: velocity)
    }
}
