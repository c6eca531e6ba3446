import Foundation

/// Sample generators and envelopes the instruments are built from. Every function returns a
/// fresh mono array at `rate` Hz; phases start at zero and noise comes from a seeded
/// generator, so everything is deterministic.
enum Oscillators {
    /// The frequency of MIDI note `note` (69 = A4 = 440 Hz).
    static func frequency(midi note: Double) -> Double { 440 * pow(2, (note - 69) / 12) }

    /// A sine at `frequency` Hz, optionally gliding exponentially to `endFrequency`.
    static func sine(frequency: Double, endFrequency: Double? = nil, frames: Int, rate: Int, phase: Double = 0) -> [Float] {
        var out = [Float](repeating: 0, count: frames)
        var p = phase
        let ratio = endFrequency.map { pow($0 / frequency, 1 / Double(max(frames - 1, 1))) } ?? 1
        var f = frequency
        for i in 0..<frames {
            out[i] = Float(sin(2 * Double.pi * p))
            p += f / Double(rate)
            if p >= 1 { p -= 1 }
            f *= ratio
        }
        return out
    }

    /// A band-limited sawtooth (PolyBLEP) at `frequency` Hz, with `vibrato` cents of 5 Hz wobble.
    static func saw(frequency: Double, frames: Int, rate: Int, phase: Double = 0, vibratoCents: Double = 0) -> [Float] {
        var out = [Float](repeating: 0, count: frames)
        var p = phase
        for i in 0..<frames {
            let wobble = vibratoCents == 0 ? 1 : pow(2, vibratoCents / 1200 * sin(2 * Double.pi * 5 * Double(i) / Double(rate)))
            let dt = frequency * wobble / Double(rate)
            var value = 2 * p - 1
            value -= polyBLEP(p, dt)
            out[i] = Float(value)
            p += dt
            if p >= 1 { p -= 1 }
        }
        return out
    }

    /// White noise in −1 … 1.
    static func noise(frames: Int, random: inout SeededRandom) -> [Float] {
        (0..<frames).map { _ in random.bipolar() }
    }

    /// Attack-decay-sustain-release: a linear attack, exponential decay to `sustain`, held until
    /// frame `gate`, then a cubic release that reaches exactly zero on the last frame.
    static func adsr(
        frames: Int, rate: Int, attack: Double, decay: Double, sustain: Float, gate: Int
    ) -> [Float] {
        var out = [Float](repeating: 0, count: frames)
        let attackFrames = max(1, Int(attack * Double(rate)))
        let decayCoefficient = Float(exp(-1 / max(decay * Double(rate), 1)))
        let releaseFrames = max(1, frames - gate)
        var level: Float = 0
        var releaseStart: Float = 0
        for i in 0..<frames {
            if i < gate {
                if i < attackFrames {
                    level = Float(i + 1) / Float(attackFrames)
                } else {
                    level = sustain + (level - sustain) * decayCoefficient
                }
                releaseStart = level
                out[i] = level
            } else {
                let t = Float(i - gate) / Float(releaseFrames)
                // Exponential-looking fall that still reaches zero: (1 - t)³.
                out[i] = releaseStart * (1 - t) * (1 - t) * (1 - t)
            }
        }
        if frames > 0 && gate < frames { out[frames - 1] = 0 }
        return out
    }

    /// A percussive envelope: a `attack`-second linear rise, then exponential decay with time
    /// constant `decay`, faded to zero over the last 5 ms.
    static func percussive(frames: Int, rate: Int, attack: Double = 0.002, decay: Double) -> [Float] {
        var out = [Float](repeating: 0, count: frames)
        let attackFrames = max(1, Int(attack * Double(rate)))
        let coefficient = Float(exp(-1 / max(decay * Double(rate), 1)))
        var level: Float = 1
        let fade = min(frames, max(1, rate / 200))
        for i in 0..<frames {
            if i < attackFrames {
                out[i] = Float(i + 1) / Float(attackFrames)
            } else {
                level *= coefficient
                out[i] = level
            }
            let remaining = frames - 1 - i
            if remaining < fade { out[i] *= Float(remaining) / Float(fade) }
        }
        return out
    }

    /// `a[i] *= b[i]` over the shorter length.
    static func multiply(_ a: inout [Float], by b: [Float]) {
        for i in 0..<min(a.count, b.count) { a[i] *= b[i] }
    }

    /// `a[i] += b[i] * gain`, extending `a` if `b` is longer.
    static func add(_ a: inout [Float], _ b: [Float], gain: Float = 1) {
        if b.count > a.count { a += [Float](repeating: 0, count: b.count - a.count) }
        for i in b.indices { a[i] += b[i] * gain }
    }

    private static func polyBLEP(_ t: Double, _ dt: Double) -> Double {
        if t < dt {
            let x = t / dt
            return x + x - x * x - 1
        } else if t > 1 - dt {
            let x = (t - 1) / dt
            return x * x + x + x + 1
        }
        return 0
    }
}
