public import DramaModel
import Foundation

/// Mixes an episode's sound: dialogue, a music bed ducked under it, stingers, then
/// loudness normalisation for streaming.
///
/// The chain, in order:
/// 1. Dialogue lines are resampled to `sampleRate` when needed, folded to mono and placed
///    centre at their start times.
/// 2. Music is levelled so its integrated loudness sits `musicLevel` LU under the dialogue's
///    (under −23 LUFS when there is no dialogue), then ducked by `duckDepth` dB over every
///    dialogue interval, with `duckAttack` lead-in and `duckRelease` recovery.
/// 3. Stingers are levelled so their loudest 400 ms sits `stingerLevel` LU relative to the
///    dialogue, and added at their cues.
/// 4. The sum is normalised to `targetLoudness` LUFS integrated, true peaks held under
///    `truePeakCeiling` dBTP by a look-ahead limiter (`Loudness.normalize`).
///
/// ```swift
/// let mixer = EpisodeMixer()
/// let sound = mixer.mix(duration: episode.duration, dialogue: lines, music: theme.bed(duration: episode.duration),
///                       stingers: [.init(start: .seconds(12), stinger: .hit)])
/// try WAVFile.encode(sound).write(to: url)   // then: ffmpeg -i mix.wav -c:a aac -b:a 160k
/// ```
public struct EpisodeMixer: Sendable {
    /// Levels and timings of the mix.
    public struct Settings: Sendable, Hashable {
        /// Output frames per second.
        public var sampleRate: Int
        /// Music loudness relative to the dialogue's, in LU (dB), before ducking.
        public var musicLevel: Float
        /// How far the music dips under speech, in dB (negative).
        public var duckDepth: Float
        /// How long before a line the music starts to dip.
        public var duckAttack: MediaTime
        /// How long after a line the music takes to come back.
        public var duckRelease: MediaTime
        /// Stinger loudness (loudest 400 ms) relative to the dialogue's integrated loudness, in LU.
        public var stingerLevel: Float
        /// Integrated loudness of the result, in LUFS.
        public var targetLoudness: Double
        /// The highest true peak allowed, in dBTP. The default, −2, leaves room for the
        /// overshoot of AAC encoding (measured up to 0.7 dB at 160 kb/s) under −1 dBTP.
        public var truePeakCeiling: Double

        /// Creates settings; the defaults suit a vertical drama on a streaming platform.
        public init(
            sampleRate: Int = 48_000, musicLevel: Float = -18, duckDepth: Float = -12,
            duckAttack: MediaTime = .milliseconds(80), duckRelease: MediaTime = .milliseconds(350),
            stingerLevel: Float = -2, targetLoudness: Double = -14, truePeakCeiling: Double = -2
        ) {
            self.sampleRate = sampleRate
            self.musicLevel = musicLevel
            self.duckDepth = duckDepth
            self.duckAttack = duckAttack
            self.duckRelease = duckRelease
            self.stingerLevel = stingerLevel
            self.targetLoudness = targetLoudness
            self.truePeakCeiling = truePeakCeiling
        }
    }

    /// One spoken line.
    public struct Dialogue: Sendable {
        /// When the line's first sample plays.
        public var start: MediaTime
        /// The line's audio: mono or stereo, any sample rate.
        public var audio: AudioBuffer

        /// Creates a line starting at `start`.
        public init(start: MediaTime, audio: AudioBuffer) {
            self.start = start
            self.audio = audio
        }
    }

    /// A stinger at a moment of the episode.
    public struct StingerCue: Sendable {
        /// When the stinger's first sample plays.
        public var start: MediaTime
        /// Which stinger.
        public var stinger: Stinger

        /// Creates a cue.
        public init(start: MediaTime, stinger: Stinger) {
            self.start = start
            self.stinger = stinger
        }
    }

    /// The mix's levels and timings.
    public var settings: Settings

    /// Creates a mixer.
    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// The episode's sound: stereo at `settings.sampleRate`, exactly `round(duration × rate)`
    /// frames; anything placed past the end is cut.
    public func mix(duration: MediaTime, dialogue: [Dialogue], music: AudioBuffer?, stingers: [StingerCue]) -> AudioBuffer {
        mixAndEditStems(duration: duration, dialogue: dialogue, music: music, stingers: stingers).mix
    }

    /// The mix (as `mix` makes it) and, from the same layers, what an editor needs to rebuild
    /// the sound around the voice lines: the music bed as the mix plays it (levelled against
    /// the dialogue and ducked under it) and each stinger the cues use, alone, at its level in
    /// the mix. Placed at their cues and summed with the lines, those give the mix before
    /// loudness normalisation.
    package func mixAndEditStems(
        duration: MediaTime, dialogue: [Dialogue], music: AudioBuffer?, stingers: [StingerCue]
    ) -> (mix: AudioBuffer, music: AudioBuffer, stingers: [Stinger: AudioBuffer]) {
        let (centre, bed, effects, sounds) = layers(duration: duration, dialogue: dialogue, music: music, stingers: stingers)
        var sum = bed
        sum.samples.withUnsafeMutableBufferPointer { out in
            centre.withUnsafeBufferPointer { voice in
                effects.samples.withUnsafeBufferPointer { effects in
                    for frame in voice.indices {
                        out[2 * frame] += voice[frame] + effects[2 * frame]
                        out[2 * frame + 1] += voice[frame] + effects[2 * frame + 1]
                    }
                }
            }
        }
        var levelled: [Stinger: AudioBuffer] = [:]
        for (stinger, (sound, gain)) in sounds {
            var copy = sound
            for index in copy.samples.indices { copy.samples[index] *= gain }
            levelled[stinger] = copy
        }
        return (Loudness.normalize(sum, target: settings.targetLoudness, truePeakCeiling: settings.truePeakCeiling), bed, levelled)
    }

    /// The three stems before normalisation, each stereo and `duration` long: dialogue,
    /// levelled and ducked music, levelled stingers. Their sum is what `mix` normalises.
    package func stems(
        duration: MediaTime, dialogue: [Dialogue], music: AudioBuffer?, stingers: [StingerCue]
    ) -> (dialogue: AudioBuffer, music: AudioBuffer, stingers: AudioBuffer) {
        let (centre, bed, effects, _) = layers(duration: duration, dialogue: dialogue, music: music, stingers: stingers)
        return (AudioBuffer.stereo(left: centre, right: centre, sampleRate: settings.sampleRate), bed, effects)
    }

    /// The stems with the dialogue still mono (it is centred: the same in both channels), and
    /// every stinger used with its gain.
    private func layers(
        duration: MediaTime, dialogue: [Dialogue], music: AudioBuffer?, stingers: [StingerCue]
    ) -> (dialogue: [Float], music: AudioBuffer, stingers: AudioBuffer, sounds: [Stinger: (AudioBuffer, Float)]) {
        let rate = settings.sampleRate
        let frames = max(0, Int(duration.converted(to: Int32(rate)).value))
        var centre = AudioBuffer.silence(frames: frames, sampleRate: rate, channels: 1)
        var intervals: [Range<Int>] = []
        for line in dialogue {
            var mono = line.audio.monoMix()
            if line.audio.sampleRate != rate {
                mono = Resampler.resample(mono, from: line.audio.sampleRate, to: rate)
            }
            let start = frame(line.start)
            intervals.append(start..<(start + mono.count))
            add(mono, to: &centre, at: start)
        }
        // The same signal in both channels measures 3.01 dB louder than one channel.
        let dialogueLoudness = Loudness.integrated(centre) + 10 * log10(2)
        let reference = dialogueLoudness.isFinite ? dialogueLoudness : -23

        var bed = AudioBuffer.silence(frames: frames, sampleRate: rate, channels: 2)
        if let music, music.frameCount > 0 {
            let source = conformed(music, to: rate)
            let loudness = Loudness.integrated(source)
            let level = loudness.isFinite ? reference + Double(settings.musicLevel) - loudness : 0
            let gain = Float(pow(10, level / 20))
            let ducking = DuckingEnvelope(
                depthDB: settings.duckDepth, attackFrames: frame(settings.duckAttack), releaseFrames: frame(settings.duckRelease))
            let envelope = ducking.gains(frames: frames, speech: intervals)
            let shared = min(frames, source.frameCount)
            bed.samples.withUnsafeMutableBufferPointer { out in
                source.samples.withUnsafeBufferPointer { input in
                    for f in 0..<shared {
                        let g = gain * envelope[f]
                        out[2 * f] = input[2 * f] * g
                        out[2 * f + 1] = input[2 * f + 1] * g
                    }
                }
            }
        }

        var effects = AudioBuffer.silence(frames: frames, sampleRate: rate, channels: 2)
        var rendered: [Stinger: (AudioBuffer, Float)] = [:]
        for cue in stingers {
            if rendered[cue.stinger] == nil {
                let sound = cue.stinger.render(sampleRate: rate)
                let loudness = Loudness.maxMomentary(sound)
                let level = loudness.isFinite ? reference + Double(settings.stingerLevel) - loudness : 0
                rendered[cue.stinger] = (sound, Float(pow(10, level / 20)))
            }
            let (sound, gain) = rendered[cue.stinger]!
            let start = frame(cue.start)
            for f in 0..<sound.frameCount where start + f >= 0 && start + f < frames {
                effects.samples[2 * (start + f)] += sound.samples[2 * f] * gain
                effects.samples[2 * (start + f) + 1] += sound.samples[2 * f + 1] * gain
            }
        }
        return (centre.samples, bed, effects, rendered)
    }

    private func frame(_ time: MediaTime) -> Int {
        Int(time.converted(to: Int32(settings.sampleRate)).value)
    }

    /// `mono` added into mono `buffer` from frame `start` on, cut at both ends.
    private func add(_ mono: [Float], to buffer: inout AudioBuffer, at start: Int) {
        let first = max(0, -start)
        let last = min(mono.count, buffer.frameCount - start)
        guard first < last else { return }
        buffer.samples.withUnsafeMutableBufferPointer { out in
            for i in first..<last { out[start + i] += mono[i] }
        }
    }

    /// `music` as stereo at `rate`.
    private func conformed(_ music: AudioBuffer, to rate: Int) -> AudioBuffer {
        if music.sampleRate == rate && music.channels == 2 { return music }
        let channels = music.channels == 2 ? [music.channel(0), music.channel(1)] : [music.monoMix(), music.monoMix()]
        let converted = channels.map { music.sampleRate == rate ? $0 : Resampler.resample($0, from: music.sampleRate, to: rate) }
        return AudioBuffer.stereo(left: converted[0], right: converted[1], sampleRate: rate)
    }
}
