import Basics
public import DramaModel
import Foundation

/// A series' theme music, synthesised: an eight-bar loop in the genre's style whose layers
/// follow the story's intensity.
///
/// The genre picks the palette and the seed picks key, tempo, progression and figures, so
/// one series keeps one theme across episodes:
/// - romance: major key, 68–80 BPM; warm pad, piano arpeggio and melody, soft sub bass.
/// - revenge: natural minor, 92–108 BPM; dark pad, staccato ostinato, eighth-note bass pulse, taiko.
/// - suspense: Phrygian, 60–70 BPM; low beating drones, a ticking clock, a heartbeat, music-box tones.
/// - palace: major pentatonic (五声音阶 宫 商 角 徵 羽), 64–80 BPM; guzheng-like plucks with bends
///   and glissandi, open-fifth pad, woodblock, big drum.
///
/// ```swift
/// let theme = MusicComposer(genre: .revenge, seed: series.seed)
/// let bed = theme.bed(duration: .seconds(95), intensity: [
///     .init(start: .seconds(40), level: .tense), .init(start: .seconds(80), level: .climax)])
/// ```
public struct MusicComposer: Sendable {
    /// How much is going on in the music from `start` until the next change.
    public struct Intensity: Sendable, Hashable {
        /// The arrangement's density.
        public enum Level: Sendable, Hashable, CaseIterable {
            /// Foundation and a softened motif.
            case calm
            /// Adds the pulse and the percussion.
            case tense
            /// Everything, with big drums and doubled lines, preceded by a two-second build.
            case climax
        }

        /// When this level begins.
        public var start: MediaTime
        /// The level from `start` on.
        public var level: Level

        /// Creates a change of intensity.
        public init(start: MediaTime, level: Level) {
            self.start = start
            self.level = level
        }
    }

    /// The genre whose palette the music uses.
    public var genre: Genre
    /// The seed choosing key, tempo, progression and figures.
    public var seed: UInt64

    /// Creates the theme of a series: the same genre and seed always give the same music.
    public init(genre: Genre, seed: UInt64) {
        self.genre = genre
        self.seed = seed
    }

    /// The length of one period of the loop at `sampleRate`.
    public func loopDuration(sampleRate: Int = 48_000) -> MediaTime {
        MediaTime(value: Int64(loops(sampleRate: sampleRate).frames), rate: Int32(sampleRate))
    }

    /// A stereo music bed exactly `duration` long (rounded to whole frames), looping the theme
    /// seamlessly. It starts calm; each `intensity` change crossfades the arrangement over the
    /// second after it, and a change to climax is preceded by a two-second build. Fades in over the first
    /// 0.5 s and out over the last 1.0 s.
    public func bed(duration: MediaTime, sampleRate: Int = 48_000, intensity: [Intensity] = []) -> AudioBuffer {
        let frames = Int(duration.converted(to: Int32(sampleRate)).value)
        guard frames > 0 else { return .silence(frames: 0, sampleRate: sampleRate, channels: 2) }
        let loops = loops(sampleRate: sampleRate)
        let weights = levelWeights(frames: frames, sampleRate: sampleRate, intensity: intensity)
        var samples = [Float](repeating: 0, count: frames * 2)
        for stem in loops.stems {
            // The stem's gain at each frame: its level gains weighted by the crossfade.
            var gain = [Float](repeating: 0, count: frames)
            for (level, weight) in weights.enumerated() where stem.gains[level] != 0 {
                Oscillators.add(&gain, weight, gain: stem.gains[level])
            }
            samples.withUnsafeMutableBufferPointer { out in
                stem.canvas.left.withUnsafeBufferPointer { left in
                    stem.canvas.right.withUnsafeBufferPointer { right in
                        var position = 0
                        for frame in 0..<frames {
                            let g = gain[frame]
                            if g > 0 {
                                out[2 * frame] += left[position] * g
                                out[2 * frame + 1] += right[position] * g
                            }
                            position += 1
                            if position == loops.frames { position = 0 }
                        }
                    }
                }
            }
        }
        addBuilds(to: &samples, frames: frames, sampleRate: sampleRate, intensity: intensity)
        fade(&samples, frames: frames, sampleRate: sampleRate)
        return AudioBuffer(sampleRate: sampleRate, channels: 2, samples: samples)
    }

    /// Per level, its weight at each frame: a step at each change, smoothed into a one-second
    /// linear crossfade starting at it.
    private func levelWeights(frames: Int, sampleRate: Int, intensity: [Intensity]) -> [[Float]] {
        let changes = intensity.sorted { $0.start < $1.start }
        let levels = Intensity.Level.allCases
        var steps = levels.map { _ in [Float](repeating: 0, count: frames) }
        var current = 0
        var next = 0
        for frame in 0..<frames {
            while next < changes.count && frameOf(changes[next].start, sampleRate) <= frame {
                current = levels.firstIndex(of: changes[next].level)!
                next += 1
            }
            steps[current][frame] = 1
        }
        let window = sampleRate
        return steps.map { step in
            var out = step
            // Trailing moving average: each change ramps in over the second after it. Before
            // the start counts as the first value.
            func at(_ i: Int) -> Float { step[max(i, 0)] }
            var sum: Float = 0
            for i in (1 - window)...0 { sum += at(i) }
            for frame in 0..<frames {
                out[frame] = sum / Float(window)
                if frame + 1 < frames { sum += at(frame + 1) - at(frame + 1 - window) }
            }
            return out
        }
    }

    /// A two-second riser ending on each change to climax (shorter if the change comes sooner).
    private func addBuilds(to samples: inout [Float], frames: Int, sampleRate: Int, intensity: [Intensity]) {
        var random = SeededGenerator(seed: seed ^ 0xB111D)
        for change in intensity where change.level == .climax {
            let end = min(frameOf(change.start, sampleRate), frames)
            let length = min(2 * sampleRate, end)
            guard length > sampleRate / 10 else { continue }
            let riser = Percussion.riser(
                seconds: Double(length) / Double(sampleRate), from: 250, to: 5_000, velocity: 0.6, rate: sampleRate, random: &random)
            let start = end - riser.count
            for (i, sample) in riser.enumerated() where start + i >= 0 && start + i < frames {
                let pan = Float(i) / Float(riser.count)  // sweeps left to right
                samples[2 * (start + i)] += sample * (1 - 0.5 * pan)
                samples[2 * (start + i) + 1] += sample * (0.5 + 0.5 * pan)
            }
        }
    }

    /// Raised-cosine fades: in over 0.5 s, out over the last 1.0 s.
    private func fade(_ samples: inout [Float], frames: Int, sampleRate: Int) {
        let fadeIn = min(frames, sampleRate / 2)
        for i in 0..<fadeIn {
            let g = Float(0.5 - 0.5 * cos(Double.pi * Double(i) / Double(fadeIn)))
            samples[2 * i] *= g
            samples[2 * i + 1] *= g
        }
        let fadeOut = min(frames, sampleRate)
        for i in 0..<fadeOut {
            let frame = frames - 1 - i
            let g = Float(0.5 - 0.5 * cos(Double.pi * Double(i) / Double(fadeOut)))
            samples[2 * frame] *= g
            samples[2 * frame + 1] *= g
        }
    }

    private func frameOf(_ time: MediaTime, _ sampleRate: Int) -> Int {
        Int(time.converted(to: Int32(sampleRate)).value)
    }

    /// The loop rendered at each level, from the cache or freshly.
    private func loops(sampleRate: Int) -> RenderedLoops {
        RenderedLoops.cached(genre: genre, seed: seed, sampleRate: sampleRate)
    }
}
