import DramaModel
import Testing

@testable import Voice

/// Phonemes to mouth shapes, and shapes to cues an animator can follow.
@Suite struct LipSyncTests {
    @Test(arguments: [
        ("m", MouthShape.closed), ("b", .closed), ("p", .closed), ("_:", .closed), ("_|", .closed), ("", .closed),
        ("f", .teeth), ("v", .teeth), ("T", .teeth), ("D", .teeth),
        ("i:", .wide), ("'I", .wide), ("eI", .wide), ("s", .wide),
        ("u:", .round), ("'oU", .round), ("w", .round), ("O:", .round),
        ("A:", .open), ("aI", .open), ("@", .open), ("V", .open), ("0", .open), ("3:", .open),
        // Mandarin, with tones as espeak_TextToPhonemes writes them.
        ("'iA51", .open), ("'uei51", .round), ("'y51", .round), ("'i.35", .wide), ("ts.", .wide), ("'A11", .open), ("'o214", .round),
    ])
    func phonemesMapToTheDocumentedShapes(_ phoneme: String, _ shape: MouthShape) {
        #expect(PhonemeMouthShapes.shape(for: phoneme) == shape)
    }

    /// Energy for `samples` voiced everywhere except `silent`.
    func energy(count: Int, silent: Range<Int>) -> SpeechEnergy {
        let samples = (0..<count).map { silent.contains($0) ? Int16(0) : Int16($0 % 2 == 0 ? 8000 : -8000) }
        return SpeechEnergy(samples: samples, sampleRate: 1000)
    }

    func cue(_ ms: Int64, _ shape: MouthShape) -> MouthCue { MouthCue(start: MediaTime(value: ms, rate: 1000), shape: shape) }

    @Test func shapesShorterThanAFrameJoinTheirLongerNeighbour() {
        // At 1000 samples per second: open 0–200, teeth for 20 ms, round 220–500: the teeth go
        // to the longer round.
        let phonemes = [
            LipSync.TimedShape(start: 0, shape: .open), LipSync.TimedShape(start: 200, shape: .teeth),
            LipSync.TimedShape(start: 220, shape: .round),
        ]
        let cues = LipSync.cues(phonemes: phonemes, speechEnd: 500, energy: energy(count: 520, silent: 500..<520), sampleRate: 1000)
        #expect(cues == [cue(0, .open), cue(200, .round), cue(500, .closed)])
    }

    @Test func aLongSilenceClosesTheMouthWhateverThePhonemesSay() {
        let phonemes = [LipSync.TimedShape(start: 0, shape: .open)]
        let cues = LipSync.cues(phonemes: phonemes, speechEnd: 800, energy: energy(count: 800, silent: 300..<500), sampleRate: 1000)
        #expect(cues == [cue(0, .open), cue(300, .closed), cue(500, .open), cue(800, .closed)])
    }

    @Test func aShortSilenceKeepsTheMouthAsItIs() {
        let phonemes = [LipSync.TimedShape(start: 0, shape: .wide)]
        let cues = LipSync.cues(phonemes: phonemes, speechEnd: 800, energy: energy(count: 800, silent: 300..<400), sampleRate: 1000)
        #expect(cues == [cue(0, .wide), cue(800, .closed)])
    }

    @Test func withoutPhonemesTheMouthOpensWhileVoiced() {
        let cues = LipSync.cues(phonemes: [], speechEnd: 800, energy: energy(count: 800, silent: 300..<500), sampleRate: 1000)
        #expect(cues == [cue(0, .open), cue(300, .closed), cue(500, .open), cue(800, .closed)])
    }

    @Test func piperPhonemesSpreadOverTheVoicedTime() {
        let timeline = PiperTimings.VoicedTimeline(regions: [0..<100, 300..<400])
        #expect(timeline.total == 200)
        #expect(timeline.sample(at: 0, of: 4) == 0)
        #expect(timeline.sample(at: 1, of: 4) == 50)
        #expect(timeline.sample(at: 2, of: 4) == 300)
        #expect(timeline.sample(at: 2, of: 4, ending: true) == 100)
        #expect(timeline.sample(at: 4, of: 4) == 400)
        #expect(PiperTimings.writtenWords("Hello there, \"friend\" — ok?") == ["Hello", "there", "friend", "ok"])
    }

    @Test func piperClausesGoToThePausesThatFitThem() {
        let regions = [0..<100, 300..<400, 600..<700]
        #expect(PiperTimings.assign(clauseWeights: [1, 2], to: regions, minimumGap: 100, sampleRate: 1000) == [[0..<100], [300..<400, 600..<700]])
        #expect(PiperTimings.assign(clauseWeights: [2, 1], to: regions, minimumGap: 100, sampleRate: 1000) == [[0..<100, 300..<400], [600..<700]])
        #expect(PiperTimings.assign(clauseWeights: [1, 1, 1], to: regions, minimumGap: 100, sampleRate: 1000) == [[0..<100], [300..<400], [600..<700]])
        // A gap too short to be a pause is never a break; without enough breaks, clauses split the time.
        let close = [0..<100, 150..<250]
        #expect(PiperTimings.assign(clauseWeights: [1, 1], to: close, minimumGap: 100, sampleRate: 1000) == [[0..<100], [150..<250]])
        #expect(PiperTimings.assign(clauseWeights: [1, 3], to: close, minimumGap: 100, sampleRate: 1000) == [[0..<50], [50..<100, 150..<250]])
    }
}
