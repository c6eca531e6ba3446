import DramaModel
import Synchronization

/// A theme's loop mixed and reverberated once per intensity level.
///
/// Rendering costs a few hundred milliseconds, and every episode of a series asks for the
/// same theme, so renders are kept in a small process-wide cache (a `Mutex`-guarded
/// dictionary, emptied when it reaches `cacheLimit` entries).
struct RenderedLoops: Sendable {
    struct Key: Hashable, Sendable {
        var genre: Genre
        var seed: UInt64
        var sampleRate: Int
    }

    static let cache = Mutex<[Key: RenderedLoops]>([:])
    static let cacheLimit = 8
    /// The climax mix peaks here; the other levels keep their level relative to it.
    private static let climaxPeak: Float = 0.7

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

    let frames: Int
    let byLevel: [MusicComposer.Intensity.Level: LoopCanvas]

    init(genre: Genre, seed: UInt64, sampleRate: Int) {
        let genreSalt: UInt64 = switch genre {
        case .romance: 0x526F_6D61_6E63_6500
        case .revenge: 0x5265_7665_6E67_6500
        case .suspense: 0x5375_7370_656E_7365
        case .palace: 0x5061_6C61_6365_0000
        }
        var random = SeededRandom(seed: seed ^ genreSalt)
        let theme = MusicTheme(genre: genre, random: &random)
        var arranger = MusicArranger(theme: theme, rate: sampleRate, random: random)
        arranger.arrange(genre)
        frames = arranger.loopFrames
        let reverb = Reverb()
        var mixes: [MusicComposer.Intensity.Level: LoopCanvas] = [:]
        for level in MusicComposer.Intensity.Level.allCases {
            var mix = LoopCanvas(frames: frames)
            for layer in MusicArranger.Layer.allCases {
                mix.mix(arranger.layers[layer]!, gain: layer.gain(at: level))
            }
            let room = reverb.loop(left: mix.left, right: mix.right, rate: sampleRate)
            mix.left = room.left
            mix.right = room.right
            mixes[level] = mix
        }
        let peak = mixes[.climax]!.peak
        let gain = peak > 0 ? Self.climaxPeak / peak : 1
        byLevel = mixes.mapValues { mix in
            var scaled = LoopCanvas(frames: mix.frames)
            scaled.mix(mix, gain: gain)
            return scaled
        }
    }
}
