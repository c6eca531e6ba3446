import Basics
import DramaModel
import Synchronization

/// A theme's loop, rendered once: stems that fade in and out with the intensity.
///
/// The foundation and motif always play and share one reverb; the climax layer has its own;
/// pulse and percussion stay dry. Rendering costs a noticeable fraction of a second and every
/// episode of a series asks for the same theme, so renders are kept in a small process-wide
/// cache (a `Mutex`-guarded dictionary, emptied when it reaches `cacheLimit` entries).
struct RenderedLoops: Sendable {
    struct Key: Hashable, Sendable {
        var genre: Genre
        var seed: UInt64
        var sampleRate: Int
    }

    /// One stem of the loop and its gain at each intensity level (calm, tense, climax).
    struct Stem: Sendable {
        var canvas: LoopCanvas
        var gains: [Float]
    }

    static let cache = Mutex<[Key: RenderedLoops]>([:])
    static let cacheLimit = 8
    /// The climax mix peaks here; the other levels keep their level relative to it.
    private static let climaxPeak: Float = 0.7

    let frames: Int
    let stems: [Stem]

    /// The loops of `genre` and `seed` at `sampleRate`, rendered on first use.
    static func cached(genre: Genre, seed: UInt64, sampleRate: Int) -> RenderedLoops {
        let key = Key(genre: genre, seed: seed, sampleRate: sampleRate)
        if let hit = cache.withLock({ $0[key] }) { return hit }
        let rendered = RenderedLoops(genre: genre, seed: seed, sampleRate: sampleRate)
        cache.withLock { entries in
            if entries.count >= cacheLimit { entries.removeAll() }
            entries[key] = rendered
        }
        return rendered
    }

    init(genre: Genre, seed: UInt64, sampleRate: Int) {
        let genreSalt: UInt64 = switch genre {
        case .romance: 0x526F_6D61_6E63_6500
        case .revenge: 0x5265_7665_6E67_6500
        case .suspense: 0x5375_7370_656E_7365
        case .palace: 0x5061_6C61_6365_0000
        }
        var random = SeededGenerator(seed: seed ^ genreSalt)
        let theme = MusicTheme(genre: genre, random: &random)
        var arranger = MusicArranger(theme: theme, rate: sampleRate, random: random)
        arranger.arrange(genre)
        let frames = arranger.loopFrames
        let levels = MusicComposer.Intensity.Level.allCases
        func gains(_ layer: MusicArranger.Layer) -> [Float] { levels.map { layer.gain(at: $0) } }
        func reverberated(_ canvas: LoopCanvas) -> LoopCanvas {
            let room = Reverb().loop(left: canvas.left, right: canvas.right, rate: sampleRate)
            var out = canvas
            (out.left, out.right) = (room.left, room.right)
            return out
        }

        var base = arranger.layers[.foundation]!
        base.mix(arranger.layers[.motif]!, gain: 1)
        var stems = [
            Stem(canvas: reverberated(base), gains: gains(.foundation)),
            Stem(canvas: arranger.layers[.pulse]!, gains: gains(.pulse)),
            Stem(canvas: arranger.layers[.percussion]!, gains: gains(.percussion)),
            Stem(canvas: reverberated(arranger.layers[.lift]!), gains: gains(.lift)),
        ]
        var climax = LoopCanvas(frames: frames)
        for stem in stems { climax.mix(stem.canvas, gain: stem.gains[levels.firstIndex(of: .climax)!]) }
        let gain = climax.peak > 0 ? Self.climaxPeak / climax.peak : 1
        for i in stems.indices {
            var scaled = LoopCanvas(frames: frames)
            scaled.mix(stems[i].canvas, gain: gain)
            stems[i].canvas = scaled
        }
        self.frames = frames
        self.stems = stems
    }
}
