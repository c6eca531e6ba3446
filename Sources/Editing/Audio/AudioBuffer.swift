public import DramaModel

/// Interleaved 32-bit float PCM: frame `i`, channel `c` is `samples[i * channels + c]`.
///
/// Full scale is ±1.0. A stereo buffer is left, right.
///
/// ```swift
/// let gap = AudioBuffer.silence(frames: 4_800, sampleRate: 48_000, channels: 2)
/// gap.duration  // 0.100s@48000
/// ```
public struct AudioBuffer: Sendable, Hashable {
    /// Frames per second.
    public var sampleRate: Int
    /// Samples per frame: 1 for mono, 2 for stereo.
    public var channels: Int
    /// Interleaved samples; `samples.count` is a multiple of `channels`.
    public var samples: [Float]

    /// The number of whole frames.
    public var frameCount: Int { channels > 0 ? samples.count / channels : 0 }

    /// Creates a buffer from interleaved samples.
    ///
    /// - Precondition: `sampleRate > 0`, `channels > 0`, and `samples.count` is a multiple
    ///   of `channels`.
    public init(sampleRate: Int, channels: Int, samples: [Float]) {
        precondition(sampleRate > 0, "AudioBuffer sample rate must be positive, got \(sampleRate)")
        precondition(channels > 0, "AudioBuffer channel count must be positive, got \(channels)")
        precondition(
            samples.count % channels == 0,
            "AudioBuffer holds \(samples.count) samples, not a whole number of \(channels)-channel frames")
        self.sampleRate = sampleRate
        self.channels = channels
        self.samples = samples
    }

    /// `frames` frames of digital silence.
    public static func silence(frames: Int, sampleRate: Int, channels: Int) -> AudioBuffer {
        AudioBuffer(
            sampleRate: sampleRate, channels: channels,
            samples: [Float](repeating: 0, count: max(0, frames) * channels))
    }

    /// The exact length: `frameCount` ticks at `sampleRate`.
    public var duration: MediaTime { MediaTime(value: Int64(frameCount), rate: Int32(sampleRate)) }

    /// One channel, de-interleaved.
    package func channel(_ index: Int) -> [Float] {
        precondition(index >= 0 && index < channels, "channel \(index) of a \(channels)-channel buffer")
        if channels == 1 { return samples }
        let (frames, stride) = (frameCount, channels)
        return samples.withUnsafeBufferPointer { input in
            [Float](unsafeUninitializedCapacity: frames) { out, count in
                for frame in 0..<frames { out[frame] = input[frame * stride + index] }
                count = frames
            }
        }
    }

    /// The average of all channels.
    package func monoMix() -> [Float] {
        if channels == 1 { return samples }
        var out = [Float](repeating: 0, count: frameCount)
        let scale = 1 / Float(channels)
        for frame in 0..<frameCount {
            var sum: Float = 0
            for c in 0..<channels { sum += samples[frame * channels + c] }
            out[frame] = sum * scale
        }
        return out
    }

    /// A stereo buffer from two equal-length channels.
    package static func stereo(left: [Float], right: [Float], sampleRate: Int) -> AudioBuffer {
        precondition(left.count == right.count, "stereo channels differ in length")
        let frames = left.count
        let samples = [Float](unsafeUninitializedCapacity: frames * 2) { out, count in
            for i in 0..<frames {
                out[2 * i] = left[i]
                out[2 * i + 1] = right[i]
            }
            count = frames * 2
        }
        return AudioBuffer(sampleRate: sampleRate, channels: 2, samples: samples)
    }

    /// Every sample multiplied by `gain`.
    package func scaled(by gain: Float) -> AudioBuffer {
        var copy = self
        for i in copy.samples.indices { copy.samples[i] *= gain }
        return copy
    }
}
