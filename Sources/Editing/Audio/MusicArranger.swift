import Basics
import DramaModel

/// Writes one eight-bar loop of a theme as separate layers, which the composer fades in and
/// out with the story's intensity.
struct MusicArranger {
    /// A group of parts that comes and goes together.
    enum Layer: Int, CaseIterable, Sendable {
        /// Always there: the pad or drone and the bass that carry the harmony.
        case foundation
        /// The theme's melodic figure: piano arpeggio, guzheng line, ostinato, music box.
        case motif
        /// The rhythmic drive that enters when the scene tightens: bass pulse, heartbeat.
        case pulse
        /// Ticks, shakers, hats, woodblock.
        case percussion
        /// Only at the climax: big drums and doubled lines.
        case lift

        /// How loud this layer plays at `level`.
        func gain(at level: MusicComposer.Intensity.Level) -> Float {
            switch (self, level) {
            case (.foundation, _), (.motif, _): 1
            case (.pulse, .calm): 0
            case (.pulse, _): 1
            case (.percussion, .calm): 0
            case (.percussion, .tense): 0.8
            case (.percussion, .climax): 1
            case (.lift, .climax): 1
            case (.lift, _): 0
            }
        }
    }

    let theme: MusicTheme
    let rate: Int
    let beatFrames: Int
    var random: SeededGenerator
    var layers: [Layer: LoopCanvas]
    /// Rendered notes by instrument and parameters at unit velocity: an arrangement repeats
    /// the same notes many times, and rendering is the costly part.
    private var notes: [String: [Float]] = [:]

    init(theme: MusicTheme, rate: Int, random: SeededGenerator) {
        self.theme = theme
        self.rate = rate
        self.random = random
        beatFrames = Int((60 / theme.tempo * Double(rate)).rounded())
        let frames = beatFrames * theme.beatsPerLoop
        layers = Dictionary(uniqueKeysWithValues: Layer.allCases.map { ($0, LoopCanvas(frames: frames)) })
    }

    var loopFrames: Int { beatFrames * theme.beatsPerLoop }
    var secondsPerBeat: Double { Double(beatFrames) / Double(rate) }

    /// The frame at `beat` beats into the loop.
    func frame(_ beat: Double) -> Int { Int((beat * Double(beatFrames)).rounded()) }

    /// Adds `sound` to `layer` at `beat`.
    mutating func place(_ sound: [Float], layer: Layer, beat: Double, gain: Float = 1, pan: Float = 0) {
        layers[layer]!.place(sound, at: frame(beat), gain: gain, pan: pan)
    }

    /// The note `key` describes, rendered by `render` at unit velocity the first time.
    mutating func note(_ key: String, _ render: (inout SeededGenerator) -> [Float]) -> [Float] {
        if let cached = notes[key] { return cached }
        let rendered = render(&random)
        notes[key] = rendered
        return rendered
    }

    /// A random element of `options`.
    mutating func pick<T>(_ options: [T]) -> T { options[Int(random.next() % UInt64(options.count))] }

    /// A velocity jittered by ±`spread` around `base`.
    mutating func humanize(_ base: Float, spread: Float = 0.1) -> Float { base * (1 + spread * random.bipolar()) }

    /// Writes every layer of `genre`'s arrangement.
    mutating func arrange(_ genre: Genre) {
        switch genre {
        case .romance: arrangeRomance()
        case .revenge: arrangeRevenge()
        case .suspense: arrangeSuspense()
        case .palace: arrangePalace()
        }
    }
}
