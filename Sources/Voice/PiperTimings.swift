import DramaModel

/// Timings for audio from an engine that reports none (Piper): the audio is trimmed like
/// espeak-ng's, and espeak-ng's phonemes for the text are spread over the voiced regions.
///
/// Each vowel counts two units of time and each consonant one; the units are laid end to end
/// over the voiced regions (gaps under 60 ms bridged), so pauses stay closed and the phonemes
/// keep their order. Word timings come from the phonemes' word groups when there are as many
/// as the text has words, else none. Without espeak-ng the mouth is open while voiced.
enum PiperTimings {
    /// Voiced regions closer than this are one region.
    static let bridgingMilliseconds = 60

    static func speech(raw: [Int16], sampleRate: Int, text: String, espeakVoice: String) throws(VoiceError) -> Speech {
        let probe = SpeechEnergy(samples: raw, sampleRate: sampleRate)
        guard let sound = SpeechEnergy.speechBounds(raw, threshold: probe.onsetThreshold) else {
            throw VoiceError(code: .emptyText, message: "nothing to say: piper made no sound for \"\(text.prefix(40))\"")
        }
        let kept = EspeakSynthesizer.kept(sound: sound, count: raw.count, sampleRate: sampleRate)
        let samples = Array(raw[kept])
        let speechEnd = sound.upperBound - kept.lowerBound
        let energy = SpeechEnergy(samples: samples, sampleRate: sampleRate)
        let regions = energy.voicedRegions(bridging: sampleRate * bridgingMilliseconds / 1000)
            .map { $0.clamped(to: 0..<speechEnd) }.filter { !$0.isEmpty }

        let phonemeWords = ((try? EspeakLibrary.shared.get().phonemes(text, voice: espeakVoice)) ?? [])
            .flatMap { $0 }.map { word in word.filter { !PhonemeMouthShapes.normalized($0).hasPrefix("_") } }.filter { !$0.isEmpty }
        let timeline = VoicedTimeline(regions: regions)
        guard !phonemeWords.isEmpty, timeline.total > 0 else {
            let mouth = LipSync.cues(phonemes: [], speechEnd: speechEnd, energy: energy, sampleRate: sampleRate)
            return Speech(samples: samples, sampleRate: sampleRate, mouth: mouth)
        }
        let weights = phonemeWords.map { $0.map(weight) }
        let totalWeight = weights.joined().reduce(0, +)
        var phonemes = [LipSync.TimedShape]()
        var wordSpans = [Range<Int>]()
        var done = 0
        for (word, wordWeights) in zip(phonemeWords, weights) {
            let wordStart = timeline.sample(at: done, of: totalWeight)
            for (phoneme, units) in zip(word, wordWeights) {
                phonemes.append(LipSync.TimedShape(start: timeline.sample(at: done, of: totalWeight), shape: PhonemeMouthShapes.shape(for: phoneme)))
                done += units
            }
            wordSpans.append(wordStart..<max(wordStart, timeline.sample(at: done, of: totalWeight, ending: true)))
        }
        // Between regions the mouth closes: a closed "phoneme" at each region's end.
        for region in regions { phonemes.append(LipSync.TimedShape(start: region.upperBound, shape: .closed)) }
        let mouth = LipSync.cues(phonemes: phonemes, speechEnd: speechEnd, energy: energy, sampleRate: sampleRate)

        let textWords = writtenWords(text)
        var words = [WordTiming]()
        if textWords.count == wordSpans.count {
            for (span, word) in zip(wordSpans, textWords) {
                words.append(WordTiming(
                    start: MediaTime(value: Int64(span.lowerBound), rate: Int32(sampleRate)),
                    end: MediaTime(value: Int64(span.upperBound), rate: Int32(sampleRate)), text: word))
            }
        }
        return Speech(samples: samples, sampleRate: sampleRate, mouth: mouth, words: words)
    }

    /// Two units for a vowel, one for anything else.
    static func weight(_ phoneme: String) -> Int {
        let name = PhonemeMouthShapes.normalized(phoneme)
        guard let first = name.first else { return 1 }
        return "aAeEiIoOuUV@03y".contains(first) ? 2 : 1
    }

    /// The text's words without surrounding punctuation.
    static func writtenWords(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map { token in
            String(token.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
        }.filter { !$0.isEmpty }
    }

    /// Voiced regions laid end to end, to place a fraction of the voiced time.
    struct VoicedTimeline {
        let regions: [Range<Int>]
        let total: Int

        init(regions: [Range<Int>]) {
            self.regions = regions
            total = regions.reduce(0) { $0 + $1.count }
        }

        /// The sample `part / whole` of the way through the voiced time. With `ending`, a
        /// point on a region boundary is the end of the earlier region, not the next start.
        func sample(at part: Int, of whole: Int, ending: Bool = false) -> Int {
            var remaining = whole == 0 ? 0 : total * part / whole
            for region in regions {
                if remaining < region.count || (ending && remaining == region.count) { return region.lowerBound + remaining }
                remaining -= region.count
            }
            return regions.last?.upperBound ?? 0
        }
    }
}
