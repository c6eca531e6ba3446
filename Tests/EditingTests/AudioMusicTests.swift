import DramaModel
import Editing
import Foundation
import Testing

@Suite struct AudioMusicTests {
    /// The power-weighted mean frequency (spectral centroid) of channel 0, from Hann-windowed
    /// 2048-point DFTs (every fourth bin) at six points of `seconds`.
    static func spectralCentroid(_ buffer: AudioBuffer, seconds: Range<Double>) -> Double {
        let mono = buffer.channel(0)
        let size = 2_048
        let start = Int(seconds.lowerBound * Double(buffer.sampleRate))
        let end = Int(seconds.upperBound * Double(buffer.sampleRate))
        var power = [Double](repeating: 0, count: size / 2)
        var frame = start
        var windows = 0
        while frame + size <= end && windows < 6 {
            for bin in stride(from: 1, to: size / 2, by: 4) {
                var re = 0.0, im = 0.0
                for n in 0..<size {
                    let w = 0.5 - 0.5 * cos(2 * Double.pi * Double(n) / Double(size))
                    let x = Double(mono[frame + n]) * w
                    let angle = 2 * Double.pi * Double(bin * n) / Double(size)
                    re += x * cos(angle)
                    im -= x * sin(angle)
                }
                power[bin] += re * re + im * im
            }
            frame += (end - start) / 6
            windows += 1
        }
        var weighted = 0.0, total = 0.0
        for bin in power.indices {
            let frequency = Double(bin) * Double(buffer.sampleRate) / Double(size)
            weighted += frequency * power[bin]
            total += power[bin]
        }
        return weighted / max(total, 1e-30)
    }

    static func rms(_ buffer: AudioBuffer, seconds: Range<Double>) -> Double {
        let a = Int(seconds.lowerBound * Double(buffer.sampleRate)) * 2
        let b = Int(seconds.upperBound * Double(buffer.sampleRate)) * 2
        return TestSignals.rms(buffer.samples[a..<b])
    }

    @Test func sameGenreAndSeedGiveIdenticalMusic() {
        let a = MusicComposer(genre: .romance, seed: 42).bed(duration: .seconds(8))
        let b = MusicComposer(genre: .romance, seed: 42).bed(duration: .seconds(8))
        #expect(a == b)
        let other = MusicComposer(genre: .romance, seed: 43).bed(duration: .seconds(8))
        #expect(a != other)
    }

    @Test func bedIsStereoOfTheExactLengthWithFades() {
        let duration = MediaTime(value: 301, rate: 30)
        let bed = MusicComposer(genre: .palace, seed: 1).bed(duration: duration)
        #expect(bed.channels == 2 && bed.sampleRate == 48_000)
        #expect(bed.frameCount == 481_600)
        #expect(bed.samples[0] == 0 && bed.samples[1] == 0)
        #expect(bed.samples[bed.samples.count - 1] == 0)
        // Quieter in the first 100 ms than in the middle.
        #expect(Self.rms(bed, seconds: 0..<0.1) < Self.rms(bed, seconds: 4..<6) / 4)
    }

    @Test(arguments: Genre.allCases)
    func loopsWithoutAClickAtTheSeam(genre: Genre) throws {
        let composer = MusicComposer(genre: genre, seed: 9)
        let loop = Int(composer.loopDuration().value)
        let bed = composer.bed(duration: MediaTime(value: Int64(loop * 2 + 48_000 * 2), rate: 48_000))
        // The second period repeats the first sample for sample (after the fade-in).
        let period = Array(bed.samples[(2 * 48_000)..<(2 * loop)])
        let repeated = Array(bed.samples[(2 * (48_000 + loop))..<(4 * loop)])
        let difference = zip(period, repeated).map { abs($0 - $1) }.max() ?? 0
        #expect(difference < 1e-5)
        // Across the seam the waveform moves no more than it does anywhere in the loop.
        var largestStep: Float = 0
        for i in stride(from: 2 * 48_000 + 2, to: 2 * loop, by: 1) {
            largestStep = max(largestStep, abs(bed.samples[i] - bed.samples[i - 2]))
        }
        for c in 0..<2 {
            let seam = abs(bed.samples[2 * loop + c] - bed.samples[2 * loop - 2 + c])
            #expect(seam <= largestStep)
            #expect(seam < 0.05)
        }
        print("[audio] \(genre) loop \(composer.loopDuration()) largest step \(largestStep)")
    }

    @Test func genresSoundDifferent() {
        var centroids: [Genre: Double] = [:]
        for genre in Genre.allCases {
            let bed = MusicComposer(genre: genre, seed: 5).bed(duration: .seconds(12), intensity: [.init(start: .zero, level: .tense)])
            centroids[genre] = Self.spectralCentroid(bed, seconds: 2..<11)
            print("[audio] \(genre) spectral centroid \(Int(centroids[genre]!)) Hz, RMS \(TestSignals.db(Self.rms(bed, seconds: 2..<11))) dBFS")
        }
        // Every pair differs by at least 15 %.
        for a in Genre.allCases {
            for b in Genre.allCases where a.rawValue < b.rawValue {
                let ratio = max(centroids[a]!, centroids[b]!) / min(centroids[a]!, centroids[b]!)
                #expect(ratio > 1.15, "\(a) and \(b) have centroids \(centroids[a]!) and \(centroids[b]!)")
            }
        }
    }

    @Test(arguments: Genre.allCases)
    func intensityAddsLayers(genre: Genre) {
        let composer = MusicComposer(genre: genre, seed: 3)
        let bed = composer.bed(
            duration: .seconds(36),
            intensity: [.init(start: .seconds(12), level: .tense), .init(start: .seconds(24), level: .climax)])
        let calm = Self.rms(bed, seconds: 2..<10)
        let tense = Self.rms(bed, seconds: 14..<21)
        let climax = Self.rms(bed, seconds: 26..<34)
        print("[audio] \(genre) RMS calm \(TestSignals.db(calm)) tense \(TestSignals.db(tense)) climax \(TestSignals.db(climax)) dBFS")
        #expect(TestSignals.db(tense) > TestSignals.db(calm) + 1)
        #expect(TestSignals.db(climax) > TestSignals.db(tense) + 1)
        // The build swells into the climax.
        #expect(Self.rms(bed, seconds: 23..<24) > Self.rms(bed, seconds: 20..<21))
    }

    @Test(arguments: Stinger.allCases)
    func stingersAreAudibleDeterministicAndUnderFullScale(stinger: Stinger) {
        let sound = stinger.render()
        #expect(sound == stinger.render())
        #expect(sound.channels == 2 && sound.sampleRate == 48_000)
        let peak = sound.samples.map(abs).max() ?? 0
        #expect(peak > 0.5 && peak < 1)
        #expect(TestSignals.rms(sound.samples[...]) > 0.01)
        #expect(sound.samples.suffix(2) == [0, 0])
        print("[audio] stinger \(stinger): \(sound.duration), peak \(TestSignals.db(Double(peak))) dBFS")
    }

    @Test func stingersDiffer() {
        let sounds = Stinger.allCases.map { $0.render() }
        #expect(Set(sounds).count == Stinger.allCases.count)
        #expect(Stinger.rise.render().duration > Stinger.slap.render().duration)
    }
}
