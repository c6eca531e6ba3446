/// The instruments as the arranger plays them: each note rendered once at unit velocity
/// (cached by its parameters), the velocity applied when it is placed.
extension MusicArranger {
    mutating func piano(_ midi: Double, beats: Double) -> [Float] {
        let spb = secondsPerBeat, rate = rate
        return note("piano \(midi) \(beats)") { _ in
            Instruments.piano(midi: midi, beats: beats, secondsPerBeat: spb, velocity: 1, rate: rate)
        }
    }

    mutating func pad(_ midi: Double, beats: Double, brightness: Double) -> [Float] {
        let spb = secondsPerBeat, rate = rate
        return note("pad \(midi) \(beats) \(brightness)") { _ in
            Instruments.pad(midi: midi, beats: beats, secondsPerBeat: spb, velocity: 1, brightness: brightness, rate: rate)
        }
    }

    mutating func pluck(_ midi: Double, beats: Double, brightness: Double, bendCents: Double = 0, vibratoCents: Double = 0) -> [Float] {
        let spb = secondsPerBeat, rate = rate
        return note("pluck \(midi) \(beats) \(brightness) \(bendCents) \(vibratoCents)") { random in
            Instruments.pluck(
                midi: midi, beats: beats, secondsPerBeat: spb, velocity: 1, brightness: brightness,
                bendCents: bendCents, vibratoCents: vibratoCents, rate: rate, random: &random)
        }
    }

    mutating func bass(_ midi: Double, beats: Double, grit: Float) -> [Float] {
        let spb = secondsPerBeat, rate = rate
        return note("bass \(midi) \(beats) \(grit)") { _ in
            Instruments.bass(midi: midi, beats: beats, secondsPerBeat: spb, velocity: 1, grit: grit, rate: rate)
        }
    }

    mutating func drone(_ midi: Double, beats: Double) -> [Float] {
        let spb = secondsPerBeat, rate = rate
        return note("drone \(midi) \(beats)") { _ in
            Instruments.drone(midi: midi, beats: beats, secondsPerBeat: spb, velocity: 1, rate: rate)
        }
    }

    mutating func glass(_ midi: Double, beats: Double) -> [Float] {
        let spb = secondsPerBeat, rate = rate
        return note("glass \(midi) \(beats)") { _ in
            Instruments.glass(midi: midi, beats: beats, secondsPerBeat: spb, velocity: 1, rate: rate)
        }
    }

    mutating func kick(from: Double = 120, to: Double = 48, decay: Double = 0.18) -> [Float] {
        let rate = rate
        return note("kick \(from) \(to) \(decay)") { _ in Percussion.kick(from: from, to: to, decay: decay, velocity: 1, rate: rate) }
    }

    mutating func drum(_ pitch: Double, decay: Double) -> [Float] {
        let rate = rate
        return note("drum \(pitch) \(decay)") { random in Percussion.drum(pitch: pitch, decay: decay, velocity: 1, rate: rate, random: &random) }
    }

    mutating func tick(_ pitch: Double) -> [Float] {
        let rate = rate
        return note("tick \(pitch)") { random in Percussion.tick(pitch: pitch, velocity: 1, rate: rate, random: &random) }
    }

    mutating func woodblock(_ pitch: Double) -> [Float] {
        let rate = rate
        return note("woodblock \(pitch)") { _ in Percussion.woodblock(pitch: pitch, velocity: 1, rate: rate) }
    }

    mutating func hat(decay: Double) -> [Float] {
        let rate = rate
        return note("hat \(decay)") { random in Percussion.hat(decay: decay, velocity: 1, rate: rate, random: &random) }
    }
}
