import Basics
import DramaModel

/// A series' musical identity, drawn from its genre and seed: key, mode, tempo and a
/// four-chord progression (two bars per chord, an eight-bar loop).
struct MusicTheme: Sendable {
    /// MIDI note of the tonic in the bass register (around C3).
    var tonic: Int
    /// Semitones of the mode above the tonic.
    var scale: [Int]
    /// Beats per minute.
    var tempo: Double
    /// Chord roots as scale degrees (0 = tonic).
    var progression: [Int]
    static let beatsPerChord = 8
    static let beatsPerBar = 4

    var beatsPerLoop: Int { progression.count * Self.beatsPerChord }

    init(genre: Genre, random: inout SeededGenerator) {
        let major = [0, 2, 4, 5, 7, 9, 11]
        let minor = [0, 2, 3, 5, 7, 8, 10]
        let phrygian = [0, 1, 3, 5, 7, 8, 10]
        let pentatonic = [0, 2, 4, 7, 9]  // 宫 商 角 徵 羽
        let options: (tonics: [Int], scale: [Int], tempo: ClosedRange<Double>, progressions: [[Int]])
        switch genre {
        case .romance:
            options = ([48, 50, 51, 53, 55], major, 68...80, [[0, 4, 5, 3], [5, 3, 0, 4], [0, 5, 3, 4], [3, 0, 4, 5]])
        case .revenge:
            options = ([45, 47, 48, 50, 52], minor, 92...108, [[0, 5, 2, 6], [0, 3, 5, 4], [0, 6, 5, 6], [0, 5, 3, 4]])
        case .suspense:
            options = ([40, 41, 43, 45], phrygian, 60...70, [[0, 1, 0, 5], [0, 0, 1, 1], [0, 5, 1, 0], [0, 3, 1, 0]])
        case .palace:
            options = ([48, 50, 53, 55], pentatonic, 64...80, [[0, 4, 3, 0], [0, 3, 4, 0], [4, 3, 1, 0], [0, 1, 4, 3]])
        }
        tonic = options.tonics[Int(random.next() % UInt64(options.tonics.count))]
        scale = options.scale
        tempo = (options.tempo.lowerBound + random.unit() * (options.tempo.upperBound - options.tempo.lowerBound)).rounded()
        progression = options.progressions[Int(random.next() % UInt64(options.progressions.count))]
    }

    /// The MIDI note of scale degree `degree` (any integer; wraps into octaves) shifted by
    /// `octaves` from the bass register.
    func pitch(_ degree: Int, octaves: Int = 0) -> Double {
        let n = scale.count
        let octave = Int((Double(degree) / Double(n)).rounded(.down))
        let step = degree - octave * n
        return Double(tonic + 12 * (octave + octaves) + scale[step])
    }

    /// The degrees of the chord on `root`: every other scale note (a triad in heptatonic modes,
    /// a stack of open intervals in the pentatonic).
    func chord(_ root: Int) -> [Int] { [root, root + 2, root + 4] }
}
