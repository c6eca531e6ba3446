/// The four genre arrangements. Each walks the progression chord by chord (two bars each)
/// and writes every layer; the notes are drawn from the theme and the seeded generator.
extension MusicArranger {
    /// Romance: warm pad and soft sub bass, a piano arpeggio with a simple melody on top,
    /// a walking quarter-note bass and shaker when tense, kick and strings at the climax.
    mutating func arrangeRomance() {
        let spb = secondsPerBeat
        let pattern = pick([[0, 1, 2, 1, 3, 2, 1, 2], [0, 2, 1, 2, 3, 2, 1, 2], [0, 1, 2, 3, 2, 1, 2, 1]])
        var melody = 7 + 2 * Int(random.next() % 2)
        for (index, root) in theme.progression.enumerated() {
            let start = Double(index * MusicTheme.beatsPerChord)
            let chord = theme.chord(root)
            for (voice, degree) in chord.enumerated() {
                let pad = Instruments.pad(midi: theme.pitch(degree, octaves: 1), beats: 8, secondsPerBeat: spb, velocity: 0.22, brightness: 3, rate: rate)
                place(pad, layer: .foundation, beat: start, pan: Float(voice - 1) * 0.5)
            }
            let sub = Instruments.bass(midi: theme.pitch(root, octaves: -1), beats: 7.5, secondsPerBeat: spb, velocity: 0.3, grit: 0, rate: rate)
            place(sub, layer: .foundation, beat: start)
            let arpeggio = [chord[0], chord[1] + 0, chord[2], chord[0] + 7].map { theme.pitch($0, octaves: 1) }
            for bar in 0..<2 {
                for step in 0..<8 {
                    let beat = start + Double(bar * 4) + Double(step) * 0.5
                    let note = Instruments.piano(midi: arpeggio[pattern[step]], beats: 0.9, secondsPerBeat: spb, velocity: humanize(step % 2 == 0 ? 0.3 : 0.22), rate: rate)
                    place(note, layer: .motif, beat: beat, pan: -0.2)
                }
                // Melody: a chord tone on the downbeat, a neighbour on beat 3½.
                melody = nearest(chord, to: melody) + 7
                let high = Instruments.piano(midi: theme.pitch(melody, octaves: 1), beats: 2.5, secondsPerBeat: spb, velocity: 0.42, rate: rate)
                place(high, layer: .motif, beat: start + Double(bar * 4), pan: 0.2)
                let neighbour = melody + pick([-1, 1, 2])
                let passing = Instruments.piano(midi: theme.pitch(neighbour, octaves: 1), beats: 0.5, secondsPerBeat: spb, velocity: 0.3, rate: rate)
                place(passing, layer: .motif, beat: start + Double(bar * 4) + 3.5, pan: 0.2)
                let strings = Instruments.pad(midi: theme.pitch(melody, octaves: 1), beats: 4, secondsPerBeat: spb, velocity: 0.2, brightness: 6, rate: rate)
                place(strings, layer: .lift, beat: start + Double(bar * 4), pan: 0.3)
            }
            for beat in 0..<MusicTheme.beatsPerChord {
                let degree = beat % 4 == 2 ? root + 4 : root
                let walk = Instruments.bass(midi: theme.pitch(degree, octaves: 0), beats: 0.8, secondsPerBeat: spb, velocity: 0.3, grit: 0.15, rate: rate)
                place(walk, layer: .pulse, beat: start + Double(beat))
                let shaker = Percussion.hat(decay: 0.04, velocity: humanize(0.07), rate: rate, random: &random)
                place(shaker, layer: .percussion, beat: start + Double(beat) + 0.5, pan: 0.4)
                if beat % 2 == 1 {
                    let rim = Percussion.tick(pitch: 1_800, velocity: 0.12, rate: rate, random: &random)
                    place(rim, layer: .percussion, beat: start + Double(beat), pan: -0.1)
                }
                if beat % 2 == 0 {
                    place(Percussion.kick(velocity: 0.4, rate: rate), layer: .lift, beat: start + Double(beat))
                }
            }
        }
    }

    /// Revenge: a dark minor pad over a sub drone, a staccato ostinato, an eighth-note bass
    /// pulse, hats and claps when tense, taiko and high strings at the climax.
    mutating func arrangeRevenge() {
        let spb = secondsPerBeat
        let figure = pick([[0, 0, 4, 0, 2, 0, 4, 6], [0, 4, 0, 2, 0, 4, 2, 1], [0, 0, 2, 0, 4, 2, 0, 6]])
        for (index, root) in theme.progression.enumerated() {
            let start = Double(index * MusicTheme.beatsPerChord)
            let chord = theme.chord(root)
            for (voice, degree) in chord.enumerated() {
                let pad = Instruments.pad(midi: theme.pitch(degree, octaves: 1), beats: 8, secondsPerBeat: spb, velocity: 0.2, brightness: 2.2, rate: rate)
                place(pad, layer: .foundation, beat: start, pan: Float(voice - 1) * 0.6)
            }
            let sub = Instruments.bass(midi: theme.pitch(root, octaves: -1), beats: 7.8, secondsPerBeat: spb, velocity: 0.35, grit: 0.1, rate: rate)
            place(sub, layer: .foundation, beat: start)
            for step in 0..<16 {
                let beat = start + Double(step) * 0.5
                let note = Instruments.pluck(
                    midi: theme.pitch(root + figure[step % 8], octaves: 1), beats: 0.35, secondsPerBeat: spb,
                    velocity: humanize(step % 4 == 0 ? 0.32 : 0.24), brightness: 5, rate: rate, random: &random)
                place(note, layer: .motif, beat: beat, pan: step % 2 == 0 ? -0.3 : 0.3)
                let pulse = Instruments.bass(midi: theme.pitch(root, octaves: 0), beats: 0.4, secondsPerBeat: spb, velocity: humanize(step % 2 == 0 ? 0.4 : 0.3), grit: 0.9, rate: rate)
                place(pulse, layer: .pulse, beat: beat)
                let hat = Percussion.hat(decay: step % 2 == 1 ? 0.05 : 0.025, velocity: humanize(step % 2 == 1 ? 0.12 : 0.07), rate: rate, random: &random)
                place(hat, layer: .percussion, beat: beat, pan: 0.35)
            }
            for beat in 0..<MusicTheme.beatsPerChord {
                if beat % 2 == 1 {
                    let clap = Percussion.tick(pitch: 1_200, velocity: 0.25, rate: rate, random: &random)
                    place(clap, layer: .percussion, beat: start + Double(beat))
                }
                let taiko = Percussion.drum(pitch: 62, velocity: beat % 4 == 0 ? 0.6 : 0.4, rate: rate, random: &random)
                place(taiko, layer: .lift, beat: start + Double(beat))
                if beat % 4 == 1 {
                    place(taiko, layer: .lift, beat: start + Double(beat) + 0.5, gain: 0.6)
                }
            }
            let strings = Instruments.pad(midi: theme.pitch(chord[2], octaves: 2), beats: 8, secondsPerBeat: spb, velocity: 0.16, brightness: 7, rate: rate)
            place(strings, layer: .lift, beat: start, pan: 0.2)
        }
    }

    /// Suspense: a low beating drone, a sparse music-box line high above, a heartbeat when
    /// tense, a ticking clock, and a dissonant cluster with drum hits at the climax.
    mutating func arrangeSuspense() {
        let spb = secondsPerBeat
        for (index, root) in theme.progression.enumerated() {
            let start = Double(index * MusicTheme.beatsPerChord)
            let drone = Instruments.drone(midi: theme.pitch(root, octaves: 0), beats: 8, secondsPerBeat: spb, velocity: 0.4, rate: rate)
            place(drone, layer: .foundation, beat: start)
            let fifth = Instruments.drone(midi: theme.pitch(root + 4, octaves: 0), beats: 8, secondsPerBeat: spb, velocity: 0.12, rate: rate)
            place(fifth, layer: .foundation, beat: start, pan: 0.4)
            for _ in 0..<3 {
                let beat = start + Double(random.next() % 14) * 0.5
                let note = Instruments.glass(midi: theme.pitch(pick([0, 1, 3, 4, 5]) + root, octaves: 3), beats: 1.5, secondsPerBeat: spb, velocity: 0.11, rate: rate)
                place(note, layer: .motif, beat: beat, pan: random.bipolar() * 0.7)
            }
            for beat in 0..<MusicTheme.beatsPerChord {
                let at = start + Double(beat)
                place(Percussion.kick(from: 80, to: 42, decay: 0.1, velocity: 0.5, rate: rate), layer: .pulse, beat: at)
                place(Percussion.kick(from: 70, to: 40, decay: 0.09, velocity: 0.32, rate: rate), layer: .pulse, beat: at + 0.3)
                place(Percussion.tick(pitch: 3_200, velocity: 0.13, rate: rate, random: &random), layer: .percussion, beat: at, pan: 0.3)
                place(Percussion.tick(pitch: 2_300, velocity: 0.09, rate: rate, random: &random), layer: .percussion, beat: at + 0.5, pan: 0.3)
                if beat % 4 == 0 {
                    place(Percussion.drum(pitch: 50, decay: 0.6, velocity: 0.55, rate: rate, random: &random), layer: .lift, beat: at)
                }
            }
            for (offset, pan) in [(0.0, -0.5), (1.0, 0.5), (6.0, 0.0)] as [(Double, Float)] {
                let cluster = Instruments.pad(midi: theme.pitch(root, octaves: 2) + offset, beats: 8, secondsPerBeat: spb, velocity: 0.1, brightness: 5, rate: rate)
                place(cluster, layer: .lift, beat: start, pan: pan)
            }
        }
    }

    /// Palace: a soft open-fifth pad, a guzheng melody on the pentatonic scale (宫 商 角 徵 羽)
    /// with pressed-string bends and glissandi, a low plucked arpeggio when tense, woodblock,
    /// and the big drum with doubled plucks at the climax.
    mutating func arrangePalace() {
        let spb = secondsPerBeat
        let rhythms: [[Double]] = [[0, 1, 1.5, 2, 3], [0, 0.5, 1, 2, 2.5, 3], [0, 1.5, 2, 3, 3.5]]
        var degree = 5 + Int(random.next() % 3)
        for (index, root) in theme.progression.enumerated() {
            let start = Double(index * MusicTheme.beatsPerChord)
            for (voice, step) in [0, 3, 5].enumerated() {
                let pad = Instruments.pad(midi: theme.pitch(root + step, octaves: 1), beats: 8, secondsPerBeat: spb, velocity: 0.14, brightness: 2.5, rate: rate)
                place(pad, layer: .foundation, beat: start, pan: Float(voice - 1) * 0.5)
            }
            let sub = Instruments.bass(midi: theme.pitch(root, octaves: -1), beats: 7.5, secondsPerBeat: spb, velocity: 0.25, grit: 0, rate: rate)
            place(sub, layer: .foundation, beat: start)
            // Glissando into the section: four quick notes sweeping up to the chord's root.
            for g in 0..<4 {
                let gliss = Instruments.pluck(midi: theme.pitch(root + 5 - 4 + g, octaves: 1), beats: 0.25, secondsPerBeat: spb, velocity: 0.16 + Float(g) * 0.03, brightness: 8, rate: rate, random: &random)
                place(gliss, layer: .motif, beat: start - 0.5 + Double(g) * 0.125, pan: -0.2)
            }
            for bar in 0..<2 {
                let rhythm = pick(rhythms)
                for (i, onset) in rhythm.enumerated() {
                    degree = min(max(degree + pick([-2, -1, -1, 1, 1, 2]), 3), 10)
                    if i == 0 { degree = root + 5 + (degree > root + 7 ? 3 : 0) }
                    let length = i + 1 < rhythm.count ? rhythm[i + 1] - onset : 4 - onset
                    let pressed = length >= 1.5
                    let note = Instruments.pluck(
                        midi: theme.pitch(degree, octaves: 1), beats: length, secondsPerBeat: spb, velocity: humanize(0.38),
                        brightness: 9, bendCents: pressed && random.unit() < 0.5 ? 200 : 0, vibratoCents: pressed ? 18 : 0,
                        rate: rate, random: &random)
                    let beat = start + Double(bar * 4) + onset
                    place(note, layer: .motif, beat: beat, pan: -0.15)
                    let octave = Instruments.pluck(midi: theme.pitch(degree, octaves: 2), beats: length, secondsPerBeat: spb, velocity: 0.2, brightness: 9, rate: rate, random: &random)
                    place(octave, layer: .lift, beat: beat, pan: 0.35)
                }
            }
            for step in 0..<16 {
                let arpeggio = [0, 3, 5, 3][step % 4]
                let low = Instruments.pluck(midi: theme.pitch(root + arpeggio, octaves: 0), beats: 0.5, secondsPerBeat: spb, velocity: humanize(0.26), brightness: 6, rate: rate, random: &random)
                place(low, layer: .pulse, beat: start + Double(step) * 0.5, pan: 0.25)
            }
            for beat in 0..<MusicTheme.beatsPerChord {
                let at = start + Double(beat)
                place(Percussion.woodblock(pitch: beat % 4 == 0 ? 950 : 760, velocity: 0.16, rate: rate), layer: .percussion, beat: at, pan: -0.35)
                if beat % 2 == 0 {
                    place(Percussion.drum(pitch: 58, decay: 0.45, velocity: 0.6, rate: rate, random: &random), layer: .lift, beat: at)
                }
            }
            place(Percussion.drum(pitch: 58, decay: 0.3, velocity: 0.35, rate: rate, random: &random), layer: .lift, beat: start + 7.5)
        }
    }

    /// The chord tone (as a degree) nearest to `degree`, in the same octave band.
    private func nearest(_ chord: [Int], to degree: Int) -> Int {
        let n = theme.scale.count
        let target = degree - 7
        var best = chord[0]
        for tone in chord {
            for shift in [-n, 0, n] where abs(tone + shift - target) < abs(best - target) { best = tone + shift }
        }
        return best
    }
}
