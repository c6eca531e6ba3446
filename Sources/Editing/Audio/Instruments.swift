import Basics
import Foundation

/// The pitched instruments of the score. Each renders one note as a mono array whose last
/// sample is zero (tails included), at a peak of roughly `velocity`.
enum Instruments {
    /// A warm piano: eight slightly stretched partials, upper ones decaying faster.
    static func piano(midi: Double, beats gate: Double, secondsPerBeat: Double, velocity: Float, rate: Int) -> [Float] {
        let f0 = Oscillators.frequency(midi: midi)
        let held = gate * secondsPerBeat
        let frames = Int((held + 1.2) * Double(rate))
        var out = [Float](repeating: 0, count: frames)
        let inharmonicity = 0.0003
        for n in 1...8 where Double(n) * f0 < Double(rate) * 0.45 {
            let partial = Double(n) * f0 * (1 + inharmonicity * Double(n * n)).squareRoot()
            let amplitude = Float(pow(Double(n), -1.6)) * (n == 1 ? 1 : 0.8)
            let decay = 1.6 / pow(Double(n), 0.8)
            var tone = Oscillators.sine(frequency: partial, frames: frames, rate: rate)
            Oscillators.multiply(&tone, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.004, decay: decay))
            Oscillators.add(&out, tone, gain: amplitude)
        }
        // Damper: after the key is released the note dies within 0.3 s.
        let release = Int(held * Double(rate))
        let damp = Float(exp(-1 / (0.08 * Double(rate))))
        var level: Float = 1
        for i in release..<frames {
            level *= damp
            out[i] *= level
        }
        return normalized(out, to: velocity)
    }

    /// A pad: three detuned sawtooths through a low-pass, slow attack and release.
    static func pad(midi: Double, beats gate: Double, secondsPerBeat: Double, velocity: Float, brightness: Double, rate: Int) -> [Float] {
        let f0 = Oscillators.frequency(midi: midi)
        let held = gate * secondsPerBeat
        let frames = Int((held + 0.9) * Double(rate))
        var out = [Float](repeating: 0, count: frames)
        for (index, cents) in [-7.0, 0.0, 6.0].enumerated() {
            let saw = Oscillators.saw(
                frequency: f0 * pow(2, cents / 1200), frames: frames, rate: rate, phase: Double(index) * 0.31, vibratoCents: 3)
            Oscillators.add(&out, saw, gain: 1 / 3)
        }
        var lowPass = Biquad.lowPass(frequency: min(f0 * brightness, 6_000), q: 0.6, sampleRate: rate)
        lowPass.process(&out)
        var secondPole = Biquad.lowPass(frequency: min(f0 * brightness * 1.5, 8_000), q: 0.6, sampleRate: rate)
        secondPole.process(&out)
        let gateFrames = Int(held * Double(rate))
        Oscillators.multiply(
            &out, by: Oscillators.adsr(frames: frames, rate: rate, attack: min(0.7, held / 2), decay: 1, sustain: 0.85, gate: gateFrames))
        return normalized(out, to: velocity)
    }

    /// A plucked string (Karplus–Strong with a fractional delay), optionally bending by
    /// `bendCents` after 40 % of the note and wobbling `vibratoCents` — the guzheng's pressed notes.
    static func pluck(
        midi: Double, beats gate: Double, secondsPerBeat: Double, velocity: Float, brightness: Double,
        bendCents: Double = 0, vibratoCents: Double = 0, rate: Int, random: inout SeededGenerator
    ) -> [Float] {
        let f0 = Oscillators.frequency(midi: midi)
        let frames = Int((gate * secondsPerBeat + 0.8) * Double(rate))
        // y[n] = x[n] + g · (y[n − D] + y[n − D − 1]) / 2: the two-point average adds half a
        // sample of delay, so D = rate / f − ½ tunes the string exactly (read by linear
        // interpolation, which also lets the pitch bend).
        let period = max(2, Int(Double(rate) / f0))
        var excitation = Oscillators.noise(frames: period, random: &random)
        var tone = Biquad.lowPass(frequency: min(f0 * brightness, Double(rate) * 0.45), q: 0.5, sampleRate: rate)
        tone.process(&excitation)
        let size = 2 * period + 8
        var history = [Float](repeating: 0, count: size)
        var out = [Float](repeating: 0, count: frames)
        var previousTap: Float = 0
        let feedback = Float(pow(0.001, 1 / (3.5 * f0)))  // about 3.5 s to −60 dB
        let bendStart = Int(Double(frames) * 0.4)
        var delay = Double(rate) / f0 - 0.5
        for i in 0..<frames {
            if (bendCents != 0 || vibratoCents != 0) && i % 16 == 0 {
                var cents = 0.0
                if bendCents != 0 && i > bendStart {
                    cents += bendCents * min(1, Double(i - bendStart) / (0.15 * Double(rate)))
                }
                if vibratoCents != 0 && i > rate / 5 {
                    cents += vibratoCents * sin(2 * Double.pi * 5.5 * Double(i) / Double(rate))
                }
                delay = Double(rate) / (f0 * pow(2, cents / 1200)) - 0.5
            }
            let position = Double(i) - delay
            var tap: Float = 0
            if position >= 0 {
                let index = Int(position)
                let fraction = Float(position - Double(index))
                let a = history[index % size]
                let b = history[(index + 1) % size]
                tap = a + (b - a) * fraction
            }
            let y = (i < period ? excitation[i] : 0) + feedback * (tap + previousTap) * 0.5
            previousTap = tap
            history[i % size] = y
            out[i] = y
        }
        Oscillators.multiply(&out, by: Oscillators.percussive(frames: frames, rate: rate, attack: 0.001, decay: 6))
        return normalized(out, to: velocity)
    }

    /// A bass note: sine fundamental with a touch of filtered saw for definition.
    static func bass(midi: Double, beats gate: Double, secondsPerBeat: Double, velocity: Float, grit: Float, rate: Int) -> [Float] {
        let f0 = Oscillators.frequency(midi: midi)
        let held = gate * secondsPerBeat
        let frames = Int((held + 0.15) * Double(rate))
        var out = Oscillators.sine(frequency: f0, frames: frames, rate: rate)
        if grit > 0 {
            var saw = Oscillators.saw(frequency: f0, frames: frames, rate: rate)
            var lowPass = Biquad.lowPass(frequency: f0 * 5, q: 1.2, sampleRate: rate)
            lowPass.process(&saw)
            Oscillators.add(&out, saw, gain: grit)
        }
        Oscillators.multiply(
            &out,
            by: Oscillators.adsr(frames: frames, rate: rate, attack: 0.006, decay: 0.25, sustain: 0.6, gate: Int(held * Double(rate))))
        return normalized(out, to: velocity)
    }

    /// A drone: a note and its fifth and octave, gently detuned so they beat slowly, breathing
    /// in and out over the whole note.
    static func drone(midi: Double, beats gate: Double, secondsPerBeat: Double, velocity: Float, rate: Int) -> [Float] {
        let f0 = Oscillators.frequency(midi: midi)
        let held = gate * secondsPerBeat
        let frames = Int((held + 1.0) * Double(rate))
        var out = [Float](repeating: 0, count: frames)
        for (ratio, gain) in [(1.0, 1.0), (1.0025, 0.8), (1.5, 0.45), (2.003, 0.3), (3.0, 0.1)] as [(Double, Float)] {
            Oscillators.add(&out, Oscillators.sine(frequency: f0 * ratio, frames: frames, rate: rate, phase: ratio / 7), gain: gain)
        }
        let breath = 0.5 / max(held, 1)
        for i in 0..<frames {
            out[i] *= Float(0.8 + 0.2 * sin(2 * Double.pi * breath * Double(i) / Double(rate)))
        }
        Oscillators.multiply(
            &out, by: Oscillators.adsr(frames: frames, rate: rate, attack: min(1.5, held / 2), decay: 1, sustain: 1, gate: Int(held * Double(rate))))
        return normalized(out, to: velocity)
    }

    /// An eerie high tone: a sine with slow, wide vibrato and a long fade.
    static func glass(midi: Double, beats gate: Double, secondsPerBeat: Double, velocity: Float, rate: Int) -> [Float] {
        let f0 = Oscillators.frequency(midi: midi)
        let held = gate * secondsPerBeat
        let frames = Int((held + 1.0) * Double(rate))
        var out = [Float](repeating: 0, count: frames)
        var phase = 0.0
        var vibrato = 1.0
        for i in 0..<frames {
            if i % 32 == 0 { vibrato = pow(2, 12 / 1200 * sin(2 * Double.pi * 4.2 * Double(i) / Double(rate))) }
            phase += f0 * vibrato / Double(rate)
            out[i] = Float(sin(2 * Double.pi * phase) + 0.2 * sin(4 * Double.pi * phase))
        }
        Oscillators.multiply(
            &out, by: Oscillators.adsr(frames: frames, rate: rate, attack: 0.3, decay: 1, sustain: 0.8, gate: Int(held * Double(rate))))
        return normalized(out, to: velocity)
    }

    /// `samples` scaled so its peak is `peak`.
    static func normalized(_ samples: [Float], to peak: Float) -> [Float] {
        let current = samples.reduce(0) { max($0, abs($1)) }
        guard current > 0 else { return samples }
        let gain = peak / current
        return samples.map { $0 * gain }
    }
}
