import Basics
/// The four genre arrangements. Each walks the progression chord by chord (two bars each)
/// and writes every layer; the notes are drawn from the theme and the seeded generator.
extension MusicArranger {
    /// Romance: warm pad and soft sub bass, a piano arpeggio with a simple melody on top,
    /// a walking quarter-note bass and shaker when tense, kick and strings at the climax.
    mutating func arrangeRomance() {
        let pattern = pick([[0, 1, 2, 1, 3, 2, 1, 2], [0, 2, 1, 2, 3, 2, 1, 2], [0, 1, 2, 3, 2, 1, 2, 1]])
        var melody = 7 + 2 * Int(random.next() % 2)
        for (index, root) in theme.progression.enumerated() {
            let start = Double(index * MusicTheme.beatsPerChord)
            let chord = theme.chord(root)
            for (voice, degree) in chord.enumerated() {
                place(pad(theme.pitch(degree, octaves: 1), beats: 8, brightness: 4), layer: .foundation, beat: start, gain: 0.2, pan: Float(voice - 1) * 0.5)
            }
            place(bass(theme.pitch(root, octaves: 0), beats: 7.5, grit: 0), layer: .foundation, beat: start, gain: 0.16)
            let arpeggio = [chord[0], chord[1], chord[2], chord[0] + 7].map { theme.pitch($0, octaves: 1) }
            for bar in 0..<2 {
                for step in 0..<8 {
                    let beat = start + Double(bar * 4) + Double(step) * 0.5
                    place(piano(arpeggio[pattern[step]], beats: 0.9), layer: .motif, beat: beat, gain: humanize(step % 2 == 0 ? 0.26 : 0.2), pan: -0.2)
                }
                // Melody: a chord tone on the downbeat, a neighbour on beat 3½.
                melody = nearest(chord, to: melody) + 7
                place(piano(theme.pitch(melody, octaves: 2), beats: 2.5), layer: .motif, beat: start + Double(bar * 4), gain: 0.4, pan: 0.2)
                let neighbour = melody + pick([-1, 1, 2])
                place(piano(theme.pitch(neighbour, octaves: 2), beats: 0.5), layer: .motif, beat: start + Double(bar * 4) + 3.5, gain: 0.28, pan: 0.2)
                place(pad(theme.pitch(melody, octaves: 1), beats: 4, brightness: 6), layer: .lift, beat: start + Double(bar * 4), gain: 0.3, pan: 0.3)
            }
            for beat in 0..<MusicTheme.beatsPerChord {
                let at = start + Double(beat)
                place(bass(theme.pitch(beat % 4 == 2 ? root + 4 : root, octaves: 0), beats: 0.8, grit: 0.15), layer: .pulse, beat: at, gain: 0.4)
                place(hat(decay: 0.04), layer: .percussion, beat: at + 0.5, gain: humanize(0.12), pan: 0.4)
                if beat % 2 == 1 { place(tick(1_800), layer: .percussion, beat: at, gain: 0.14, pan: -0.1) }
                if beat % 2 == 0 { place(kick(), layer: .lift, beat: at, gain: 0.6) }
            }
        }
    }

    /// Revenge: a dark minor pad over a sub drone, a low staccato ostinato, an eighth-note bass
    /// pulse, muted claps when tense, taiko and low strings at the climax.
    mutating func arrangeRevenge() {
        let figure = pick([[0, 0, 4, 0, 2, 0, 4, 6], [0, 4, 0, 2, 0, 4, 2, 1], [0, 0, 2, 0, 4, 2, 0, 6]])
        for (index, root) in theme.progression.enumerated() {
            let start = Double(index * MusicTheme.beatsPerChord)
            let chord = theme.chord(root)
            for (voice, degree) in chord.enumerated() {
                place(pad(theme.pitch(degree, octaves: 0), beats: 8, brightness: 2), layer: .foundation, beat: start, gain: 0.22, pan: Float(voice - 1) * 0.6)
            }
            place(bass(theme.pitch(root, octaves: -1), beats: 7.8, grit: 0.1), layer: .foundation, beat: start, gain: 0.35)
            for step in 0..<16 {
                let beat = start + Double(step) * 0.5
                let note = pluck(theme.pitch(root + figure[step % 8], octaves: 1), beats: 0.35, brightness: 4)
                place(note, layer: .motif, beat: beat, gain: humanize(step % 4 == 0 ? 0.34 : 0.26), pan: step % 2 == 0 ? -0.3 : 0.3)
                place(bass(theme.pitch(root, octaves: -1), beats: 0.4, grit: 0.9), layer: .pulse, beat: beat, gain: humanize(step % 2 == 0 ? 0.45 : 0.34))
            }
            for beat in 0..<MusicTheme.beatsPerChord {
                let at = start + Double(beat)
                if beat % 2 == 1 { place(tick(900), layer: .percussion, beat: at, gain: 0.3) }
                place(hat(decay: 0.03), layer: .percussion, beat: at + 0.5, gain: humanize(0.12), pan: 0.35)
                place(kick(from: 90, to: 40, decay: 0.12), layer: .percussion, beat: at, gain: 0.3)
                place(drum(62, decay: 0.35), layer: .lift, beat: at, gain: beat % 4 == 0 ? 0.6 : 0.4)
                if beat % 4 == 1 { place(drum(62, decay: 0.35), layer: .lift, beat: at + 0.5, gain: 0.3) }
            }
            place(pad(theme.pitch(chord[2], octaves: 1), beats: 8, brightness: 3), layer: .lift, beat: start, gain: 0.18, pan: 0.2)
        }
    }

    /// Suspense: a low beating drone, a sparse music-box line high above, a heartbeat when
    /// tense, a ticking clock, and a dissonant cluster with drum hits at the climax.
    mutating func arrangeSuspense() {
        for (index, root) in theme.progression.enumerated() {
            let start = Double(index * MusicTheme.beatsPerChord)
            place(drone(theme.pitch(root, octaves: -1), beats: 8), layer: .foundation, beat: start, gain: 0.45)
            place(drone(theme.pitch(root + 4, octaves: -1), beats: 8), layer: .foundation, beat: start, gain: 0.15, pan: 0.4)
            for _ in 0..<3 {
                let beat = start + Double(random.next() % 14) * 0.5
                let note = glass(theme.pitch(pick([0, 1, 3, 4, 5]) + root, octaves: 3), beats: 1.5)
                place(note, layer: .motif, beat: beat, gain: 0.08, pan: random.bipolar() * 0.7)
            }
            for beat in 0..<MusicTheme.beatsPerChord {
                let at = start + Double(beat)
                place(kick(from: 80, to: 42, decay: 0.1), layer: .pulse, beat: at, gain: 0.5)
                place(kick(from: 70, to: 40, decay: 0.09), layer: .pulse, beat: at + 0.3, gain: 0.32)
                place(tick(3_200), layer: .percussion, beat: at, gain: 0.11, pan: 0.3)
                place(tick(2_300), layer: .percussion, beat: at + 0.5, gain: 0.07, pan: 0.3)
                if beat % 4 == 0 { place(drum(50, decay: 0.6), layer: .lift, beat: at, gain: 0.55) }
            }
            for (offset, pan) in [(0.0, -0.5), (1.0, 0.5), (6.0, 0.0)] as [(Double, Float)] {
                place(pad(theme.pitch(root, octaves: 1) + offset, beats: 8, brightness: 3), layer: .lift, beat: start, gain: 0.1, pan: pan)
            }
        }
    }

    /// Palace: a soft open-fifth pad, a guzheng melody high on the pentatonic scale
    /// (宫 商 角 徵 羽) with pressed-string bends and glissandi, a plucked arpeggio when tense,
    /// woodblock, and the big drum with doubled plucks at the climax.
    mutating func arrangePalace() {
        let rhythms: [[Double]] = [[0, 1, 1.5, 2, 3], [0, 0.5, 1, 2, 2.5, 3], [0, 1.5, 2, 3, 3.5]]
        var degree = 5 + Int(random.next() % 3)
        for (index, root) in theme.progression.enumerated() {
            let start = Double(index * MusicTheme.beatsPerChord)
            for (voice, step) in [0, 3, 5].enumerated() {
                place(pad(theme.pitch(root + step, octaves: 1), beats: 8, brightness: 2.5), layer: .foundation, beat: start, gain: 0.1, pan: Float(voice - 1) * 0.5)
            }
            // Glissando into the section: four quick notes sweeping up to the chord's root.
            for g in 0..<4 {
                let note = pluck(theme.pitch(root + 1 + g, octaves: 1), beats: 0.25, brightness: 10)
                place(note, layer: .motif, beat: start - 0.5 + Double(g) * 0.125, gain: 0.16 + Float(g) * 0.03, pan: -0.2)
            }
            for bar in 0..<2 {
                let rhythm = pick(rhythms)
                for (i, onset) in rhythm.enumerated() {
                    degree = min(max(degree + pick([-2, -1, -1, 1, 1, 2]), 5), 11)
                    if i == 0 { degree = root + 5 }
                    let length = i + 1 < rhythm.count ? rhythm[i + 1] - onset : 4 - onset
                    let pressed = length >= 1.5
                    let bend: Double = pressed && random.unit() < 0.5 ? 200 : 0
                    let note = pluck(theme.pitch(degree, octaves: 1), beats: length, brightness: 10, bendCents: bend, vibratoCents: pressed ? 18 : 0)
                    let beat = start + Double(bar * 4) + onset
                    place(note, layer: .motif, beat: beat, gain: humanize(0.4), pan: -0.15)
                    place(pluck(theme.pitch(degree, octaves: 2), beats: length, brightness: 10), layer: .lift, beat: beat, gain: 0.2, pan: 0.35)
                }
            }
            for step in 0..<16 {
                let arpeggio = [0, 3, 5, 8][step % 4]
                let note = pluck(theme.pitch(root + arpeggio, octaves: 1), beats: 0.5, brightness: 8)
                place(note, layer: .pulse, beat: start + Double(step) * 0.5, gain: humanize(0.34), pan: 0.25)
            }
            for beat in 0..<MusicTheme.beatsPerChord {
                let at = start + Double(beat)
                place(woodblock(beat % 4 == 0 ? 950 : 760), layer: .percussion, beat: at, gain: 0.2, pan: -0.35)
                place(woodblock(1_250), layer: .percussion, beat: at + 0.5, gain: 0.1, pan: -0.35)
                if beat % 2 == 0 { place(drum(58, decay: 0.45), layer: .lift, beat: at, gain: 0.6) }
            }
            place(drum(58, decay: 0.3), layer: .lift, beat: start + 7.5, gain: 0.35)
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
