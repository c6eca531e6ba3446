import DramaModel
import Editing
import Foundation
import Testing

@Suite struct AudioMusicTests {
    /// The power-weighted mean frequency (spectral centroid) of channel 0, averaged over
    /// Hann-windowed 4096-point FFTs every half second of `seconds`.
    static func spectralCentroid(_ buffer: AudioBuffer, seconds: Range<Double>) -> Double {
        let mono = buffer.channel(0)
        let size = 4_096
        var power = [Double](repeating: 0, count: size / 2)
        var start = Int(seconds.lowerBound * Double(buffer.sampleRate))
        while start + size <= Int(seconds.upperBound * Double(buffer.sampleRate)) {
            var re = (0..<size).map { n in Double(mono[start + n]) * (0.5 - 0.5 * cos(2 * Double.pi * Double(n) / Double(size))) }
            var im = [Double](repeating: 0, count: size)
            fft(&re, &im)
            for bin in 1..<(size / 2) { power[bin] += re[bin] * re[bin] + im[bin] * im[bin] }
            start += buffer.sampleRate / 2
        }
        var weighted = 0.0, total = 0.0
        for bin in power.indices {
            weighted += Double(bin) * Double(buffer.sampleRate) / Double(size) * power[bin]
            total += power[bin]
        }
        return weighted / max(total, 1e-30)
    }

    /// In-place iterative radix-2 FFT; `re.count` must be a power of two.
    static func fft(_ re: inout [Double], _ im: inout [Double]) {
        let n = re.count
        var j = 0
        for i in 1..<n {
            var bit = n >> 1
            while j & bit != 0 { j ^= bit; bit >>= 1 }
            j |= bit
            if i < j { re.swapAt(i, j); im.swapAt(i, j) }
        }
        var length = 2
        while length <= n {
            let angle = -2 * Double.pi / Double(length)
            for start in stride(from: 0, to: n, by: length) {
                for k in 0..<(length / 2) {
                    let (wr, wi) = (cos(angle * Double(k)), sin(angle * Double(k)))
                    let (a, b) = (start + k, start + k + length / 2)
                    let tr = re[b] * wr - im[b] * wi
                    let ti = re[b] * wi + im[b] * wr
                    (re[b], im[b]) = (re[a] - tr, im[a] - ti)
                    (re[a], im[a]) = (re[a] + tr, im[a] + ti)
                }
            }
            length <<= 1
        }
    }

    @Test func fftFindsASinesFrequency() {
        let tone = TestSignals.sine(frequency: 1_500, amplitude: 0.5, seconds: 2)
        #expect(abs(Self.spectralCentroid(tone, seconds: 0..<1.9) - 1_500) < 30)
    }

    static func rms(_ buffer: AudioBuffer, seconds: Range<Double>) -> Double {
        let a = Int(seconds.lowerBound * Double(buffer.sampleRate)) * 2
        let b = Int(seconds.upperBound * Double(buffer.sampleRate)) * 2
        return TestSignals.rms(buffer.samples[a..<b])
    }

    @Test func sameGenreAndSeedGiveIdenticalMusic() {
        let a = MusicComposer(genre: .romance, seed: 7).bed(duration: .seconds(8))
        let b = MusicComposer(genre: .romance, seed: 7).bed(duration: .seconds(8))
        #expect(a == b)
        let other = MusicComposer(genre: .romance, seed: 8).bed(duration: .seconds(8))
        #expect(a != other)
    }

    @Test func bedIsStereoOfTheExactLengthWithFades() {
        let duration = MediaTime(value: 301, rate: 30)
        let bed = MusicComposer(genre: .palace, seed: 7).bed(duration: duration)
        #expect(bed.channels == 2 && bed.sampleRate == 48_000)
        #expect(bed.frameCount == 481_600)
        #expect(bed.samples[0] == 0 && bed.samples[1] == 0)
        #expect(bed.samples[bed.samples.count - 1] == 0)
        // Quieter in the first 100 ms than in the middle.
        #expect(Self.rms(bed, seconds: 0..<0.1) < Self.rms(bed, seconds: 4..<6) / 4)
    }

    @Test(arguments: Genre.allCases)
    func loopsWithoutAClickAtTheSeam(genre: Genre) throws {
        let composer = MusicComposer(genre: genre, seed: 7)
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
            let bed = MusicComposer(genre: genre, seed: 7).bed(duration: .seconds(12), intensity: [.init(start: .zero, level: .tense)])
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
        let composer = MusicComposer(genre: genre, seed: 7)
        let bed = composer.bed(
            duration: .seconds(36),
            intensity: [.init(start: .seconds(12), level: .tense), .init(start: .seconds(24), level: .climax)])
        let calm = Self.rms(bed, seconds: 2..<10)
        let tense = Self.rms(bed, seconds: 14..<21)
        let climax = Self.rms(bed, seconds: 26..<35)
        print("[audio] \(genre) RMS calm \(TestSignals.db(calm)) tense \(TestSignals.db(tense)) climax \(TestSignals.db(climax)) dBFS")
        #expect(TestSignals.db(tense) > TestSignals.db(calm) + 1)
        #expect(TestSignals.db(climax) > TestSignals.db(tense) + 1)
        // The two seconds before the climax swell: louder than the same bed without a climax.
        let withoutClimax = composer.bed(duration: .seconds(36), intensity: [.init(start: .seconds(12), level: .tense)])
        let build = Self.rms(bed, seconds: 23.2..<24)
        let plain = Self.rms(withoutClimax, seconds: 23.2..<24)
        print("[audio] \(genre) build \(TestSignals.db(build) - TestSignals.db(plain)) dB over the plain bed")
        #expect(TestSignals.db(build) > TestSignals.db(plain) + 1)
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
