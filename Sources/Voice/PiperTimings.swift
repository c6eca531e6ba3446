import DramaModel

/// Timings for audio from an engine that reports none (Piper): the audio is trimmed like
/// espeak-ng's, and espeak-ng's phonemes for the text are spread over the voiced regions.
///
/// Each vowel counts two units of time and each consonant one. espeak-ng splits the text
/// into clauses (at commas, full stops…); each clause is given the voiced regions (gaps under
/// 60 ms bridged) between two pauses of 100 ms or more, chosen so its share of voiced time
/// best matches its share of units, and its units are laid end to end over them. Pauses
/// stay closed and the phonemes keep their order. Word timings come from the phonemes' word groups when there are as many
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

        let clauses = ((try? EspeakLibrary.shared.get().phonemes(text, voice: espeakVoice)) ?? [])
            .map { clause in
                clause.map { word in word.filter { !PhonemeMouthShapes.normalized($0).hasPrefix("_") } }.filter { !$0.isEmpty }
            }
            .filter { !$0.isEmpty }
        guard !clauses.isEmpty, !regions.isEmpty else {
            let mouth = LipSync.cues(phonemes: [], speechEnd: speechEnd, energy: energy, sampleRate: sampleRate)
            return Speech(samples: samples, sampleRate: sampleRate, mouth: mouth)
        }
        let weights = clauses.map { $0.map { $0.map(weight) } }
        let clauseRegions = assign(
            clauseWeights: weights.map { $0.joined().reduce(0, +) }, to: regions,
            minimumGap: sampleRate * clauseGapMilliseconds / 1000, sampleRate: sampleRate)
        var phonemes = [LipSync.TimedShape]()
        var wordSpans = [Range<Int>]()
        for (clause, (clauseWeights, regions)) in zip(clauses, zip(weights, clauseRegions)) {
            let timeline = VoicedTimeline(regions: regions)
            let totalWeight = clauseWeights.joined().reduce(0, +)
            var done = 0
            for (word, wordWeights) in zip(clause, clauseWeights) {
                let wordStart = timeline.sample(at: done, of: totalWeight)
                for (phoneme, units) in zip(word, wordWeights) {
                    phonemes.append(LipSync.TimedShape(start: timeline.sample(at: done, of: totalWeight), shape: PhonemeMouthShapes.shape(for: phoneme)))
                    done += units
                }
                wordSpans.append(wordStart..<max(wordStart, timeline.sample(at: done, of: totalWeight, ending: true)))
            }
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

    /// A gap between voiced regions at least this long may be a clause break.
    static let clauseGapMilliseconds = 100

    /// The voiced regions of each clause. Clause breaks go in gaps of at least `minimumGap`,
    /// chosen (dynamic programming) so each clause's share of the voiced time is closest to its
    /// share of the phoneme weight, preferring longer gaps. With too few gaps, every clause
    /// shares all regions, and the phonemes of all clauses are laid over them in one run.
    static func assign(clauseWeights: [Int], to regions: [Range<Int>], minimumGap: Int, sampleRate: Int) -> [[Range<Int>]] {
        let clauseCount = clauseWeights.count
        // Candidate breaks: after region i, when the gap to region i + 1 is long enough.
        let candidates = regions.indices.dropLast().filter { regions[$0 + 1].lowerBound - regions[$0].upperBound >= minimumGap }
        guard clauseCount > 1, candidates.count >= clauseCount - 1 else {
            return clauseCount == 1 ? [regions] : splitEvenly(clauseWeights: clauseWeights, regions: regions)
        }
        let total = Double(regions.reduce(0) { $0 + $1.count })
        var voicedThrough = [Int]()  // voiced samples up to the end of region i
        var running = 0
        for region in regions {
            running += region.count
            voicedThrough.append(running)
        }
        let weightTotal = Double(clauseWeights.reduce(0, +))
        var weightBefore = [Double]()  // weight share before clause k + 1
        var runningWeight = 0
        for weight in clauseWeights.dropLast() {
            runningWeight += weight
            weightBefore.append(Double(runningWeight) / weightTotal)
        }
        let longGap = Double(sampleRate) * 0.4
        func cost(_ boundary: Int, _ candidate: Int) -> Double {
            let index = candidates[candidate]
            let gap = Double(regions[index + 1].lowerBound - regions[index].upperBound)
            return abs(Double(voicedThrough[index]) / total - weightBefore[boundary]) - 0.1 * min(gap, longGap) / longGap
        }
        // best[k][j]: least cost with break k at candidate j; from[k][j]: break k - 1's candidate.
        let breaks = clauseCount - 1
        var best = Array(repeating: Array(repeating: Double.infinity, count: candidates.count), count: breaks)
        var from = Array(repeating: Array(repeating: -1, count: candidates.count), count: breaks)
        for j in candidates.indices { best[0][j] = cost(0, j) }
        for k in 1..<breaks {
            for j in candidates.indices where j >= k {
                for previous in (k - 1)..<j where best[k - 1][previous] < .infinity {
                    let value = best[k - 1][previous] + cost(k, j)
                    if value < best[k][j] {
                        best[k][j] = value
                        from[k][j] = previous
                    }
                }
            }
        }
        guard var j = best[breaks - 1].indices.min(by: { best[breaks - 1][$0] < best[breaks - 1][$1] }),
            best[breaks - 1][j] < .infinity
        else { return splitEvenly(clauseWeights: clauseWeights, regions: regions) }
        var chosen = [Int](repeating: 0, count: breaks)
        for k in stride(from: breaks - 1, through: 0, by: -1) {
            chosen[k] = candidates[j]
            j = from[k][j]
        }
        var result = [[Range<Int>]]()
        var first = 0
        for last in chosen + [regions.count - 1] {
            result.append(Array(regions[first...last]))
            first = last + 1
        }
        return result
    }

    /// Without enough gaps: one timeline over all regions, cut where each clause's weight ends.
    static func splitEvenly(clauseWeights: [Int], regions: [Range<Int>]) -> [[Range<Int>]] {
        let timeline = VoicedTimeline(regions: regions)
        let total = clauseWeights.reduce(0, +)
        var result = [[Range<Int>]]()
        var done = 0
        for weight in clauseWeights {
            let start = timeline.sample(at: done, of: total)
            done += weight
            let end = timeline.sample(at: done, of: total, ending: true)
            result.append(regions.compactMap { region in
                let clipped = region.clamped(to: start..<max(start, end))
                return clipped.isEmpty ? nil : clipped
            })
        }
        return result
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
