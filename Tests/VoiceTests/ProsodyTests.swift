import DramaModel
import Testing

@testable import Voice

/// The emotion table moves delivery the documented way, within valid ranges.
@Suite struct ProsodyTests {
    let voice = ResolvedVoice(engine: "espeak-ng", voice: "en-us+f3", pitch: 60, rate: 170)

    func prosody(_ emotion: Emotion) -> Prosody { Prosody(voice: voice, emotion: emotion) }

    @Test func neutralIsAsCast() {
        #expect(prosody(.neutral) == Prosody(rate: 170, pitch: 60, range: 50, volume: 100))
    }

    @Test func eachEmotionMovesTheDocumentedWay() {
        let neutral = prosody(.neutral)
        let angry = prosody(.angry), sad = prosody(.sad), shocked = prosody(.shocked), tender = prosody(.tender)
        let cold = prosody(.cold), smug = prosody(.smug), afraid = prosody(.afraid)
        #expect(angry.rate > neutral.rate && angry.volume > neutral.volume && angry.range > neutral.range)
        #expect(sad.rate < neutral.rate && sad.pitch < neutral.pitch && sad.volume < neutral.volume)
        #expect(shocked.pitch > neutral.pitch && shocked.rate > neutral.rate)
        #expect(tender.rate < neutral.rate && tender.volume < neutral.volume)
        #expect(cold.range < neutral.range && cold.rate < neutral.rate)
        #expect(smug.rate < neutral.rate && smug.range > neutral.range)
        #expect(afraid.rate > neutral.rate && afraid.pitch > neutral.pitch)
    }

    @Test(arguments: Emotion.allCases)
    func extremesAreClamped(_ emotion: Emotion) {
        for voice in [
            ResolvedVoice(engine: "espeak-ng", voice: "en-us", pitch: 99, rate: 450),
            ResolvedVoice(engine: "espeak-ng", voice: "en-us", pitch: 0, rate: 80),
        ] {
            let prosody = Prosody(voice: voice, emotion: emotion)
            #expect(VoiceCasting.rateRange.contains(prosody.rate))
            #expect(VoiceCasting.pitchRange.contains(prosody.pitch))
            #expect((0...99).contains(prosody.range) && (0...200).contains(prosody.volume))
        }
        #expect(Prosody(voice: ResolvedVoice(engine: "e", voice: "v", pitch: 95, rate: 440), emotion: .shocked).pitch == 99)
    }
}
