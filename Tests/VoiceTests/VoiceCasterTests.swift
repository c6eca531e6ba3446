import Basics
import DramaModel
import Testing

@testable import Voice

/// Casting: the bible's fields are kept, the rest derived deterministically.
@Suite struct VoiceCasterTests {
    @Test func everyCharacterOfANewCastGetsItsOwnVoice() {
        for language in Language.allCases {
            let voices = Fixtures.cast.map { VoiceCaster.cast($0, language: language) }
            #expect(Set(voices).count == Fixtures.cast.count, "\(language): \(voices)")
            for voice in voices {
                #expect(voice.engine == "espeak-ng")
                #expect(VoiceCasting.pitchRange.contains(voice.pitch) && VoiceCasting.rateRange.contains(voice.rate))
            }
        }
    }

    @Test func theVoiceFollowsLanguageAndGender() {
        let women = Fixtures.cast.filter { $0.gender == .female }.map { VoiceCaster.cast($0, language: .en) }
        let man = VoiceCaster.cast(Fixtures.cast[1], language: .zh)
        #expect(women.allSatisfy { $0.voice.hasPrefix("en-us+f") })
        #expect(man.voice.hasPrefix("cmn+m"))
        let protagonist = VoiceCaster.cast(Fixtures.cast[0], language: .en)
        #expect(protagonist.pitch > man.pitch)
    }

    @Test func eldersSpeakSlowerAndLower() {
        let protagonist = VoiceCaster.cast(Fixtures.cast[0], language: .en)
        let elder = VoiceCaster.cast(Fixtures.cast[5], language: .en)
        #expect(elder.rate < protagonist.rate)
        #expect(elder.pitch < protagonist.pitch)
    }

    @Test func derivationIsStableAcrossProcesses() {
        // Fixed values: a per-process seeded hash would change them from run to run.
        #expect(StableHash.finalized(StableHash.fnv1a("chloe")) == Self.chloeHash)
        let chloe = VoiceCaster.cast(Fixtures.cast[0], language: .en)
        #expect(chloe == VoiceCaster.cast(Fixtures.cast[0], language: .en))
        #expect(chloe == Self.chloe)
    }

    static let chloeHash: UInt64 = 18_309_303_802_046_731_504
    static let chloe = ResolvedVoice(engine: "espeak-ng", voice: "en-us+f5", pitch: 57, rate: 172)

    @Test func fieldsTheBibleSetsAreKept() {
        var member = Fixtures.cast[1]
        member.voice = VoiceCasting(engine: "espeak-ng", voice: "cmn+m3", pitch: 20, rate: 300)
        #expect(VoiceCaster.cast(member, language: .en) == ResolvedVoice(engine: "espeak-ng", voice: "cmn+m3", pitch: 20, rate: 300))

        member.voice = VoiceCasting(pitch: 71)
        let partly = VoiceCaster.cast(member, language: .en)
        #expect(partly.pitch == 71)
        #expect(partly.voice.hasPrefix("en-us+m"))
        #expect(partly.engine == "espeak-ng")
    }

    @Test func outOfRangeCastingsAreClamped() {
        var member = Fixtures.cast[0]
        member.voice = VoiceCasting(pitch: 140, rate: 30)
        let voice = VoiceCaster.cast(member, language: .en)
        #expect(voice.pitch == 99)
        #expect(voice.rate == 80)
    }

    @Test func piperCharactersGetThePiperVoice() {
        var member = Fixtures.cast[1]
        member.voice = VoiceCasting(engine: "piper")
        #expect(VoiceCaster.cast(member, language: .en).voice == "en_US-joe-medium")
    }
}
