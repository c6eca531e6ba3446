import DramaModel
import Foundation
import Testing

@testable import Voice

/// espeak-ng through its library: words, pauses, Mandarin, voices and errors.
@Suite struct EspeakSynthesizerTests {
    let espeak: EspeakSynthesizer

    init() throws {
        espeak = try EspeakSynthesizer()
    }

    @Test func speaksAtTheSampleRateTheLibraryReports() async throws {
        let speech = try await espeak.synthesize(Fixtures.request(engine: "espeak-ng", language: .en, text: "Hello."))
        #expect(speech.sampleRate == 22050)
        #expect(try EspeakLibrary.shared.get().version.hasPrefix("1."))
    }

    @Test func englishWordsComeFromWordEvents() async throws {
        let speech = try await espeak.synthesize(
            Fixtures.request(engine: "espeak-ng", language: .en, text: "Hello there, I never expected to see you tonight."))
        #expect(speech.words.map(\.text) == ["Hello", "there", "I", "never", "expected", "to", "see", "you", "tonight"])
        #expect(speech.words.first?.start ?? .milliseconds(1) <= .milliseconds(20), "the first word starts with the audio")
        // Words do not overlap, and the comma's pause lies between "there" and "I".
        #expect(zip(speech.words, speech.words.dropFirst()).allSatisfy { $0.end <= $1.start })
        let there = speech.words[1], i = speech.words[2]
        #expect(i.start - there.end >= .milliseconds(100), "the comma pauses: \(there.end) to \(i.start)")
    }

    @Test func mandarinIsSpokenCharacterByCharacterWithTones() async throws {
        let text = "你以为我会一直忍下去吗？"
        let speech = try await espeak.synthesize(Fixtures.request(engine: "espeak-ng", language: .zh, text: text))
        #expect(speech.words.map(\.text).joined() == "你以为我会一直忍下去吗")
        // Read as Mandarin syllables, not with tone numbers in English ("ni three"): about
        // 11 syllables at 150–170 per minute take well under four seconds.
        #expect(speech.duration < .milliseconds(4000), "\(speech.duration)")
        #expect(speech.duration > .milliseconds(1500), "\(speech.duration)")
    }

    @Test func mandarinVoicesUseThePinyinReadingVoice() {
        #expect(EspeakSynthesizer.espeakVoiceName("cmn+m3") == "cmn-latn-pinyin+m3")
        #expect(EspeakSynthesizer.espeakVoiceName("cmn") == "cmn-latn-pinyin")
        #expect(EspeakSynthesizer.espeakVoiceName("en-us+f4") == "en-us+f4")
    }

    @Test func aPauseBetweenSentencesClosesTheMouth() async throws {
        let speech = try await espeak.synthesize(
            Fixtures.request(engine: "espeak-ng", language: .en, text: "Get out. Now. I never want to see you again."))
        let closedInside = speech.mouth.dropFirst().dropLast().filter { $0.shape == .closed }
        #expect(!closedInside.isEmpty, "sentence pauses close the mouth: \(speech.mouth)")
    }

    @Test func lipsMeetForBilabials() async throws {
        let speech = try await espeak.synthesize(
            Fixtures.request(engine: "espeak-ng", language: .en, text: "Mommy, maybe bring more apple pie, baby."))
        let closedBeforeTheEnd = speech.mouth.dropLast().filter { $0.shape == .closed }
        #expect(closedBeforeTheEnd.count >= 2, "m, b and p close the lips: \(speech.mouth)")
    }

    @Test func differentCharactersSoundDifferent() async throws {
        var lines = [[Int16]]()
        for member in Fixtures.cast.prefix(3) {
            let request = SpeechRequest(
                text: "We need to talk.", language: .en, voice: VoiceCaster.cast(member, language: .en), emotion: .neutral)
            lines.append(try await espeak.synthesize(request).samples)
        }
        #expect(Set(lines).count == 3)
    }

    @Test func anUnknownVoiceIsNamedInTheError() async throws {
        var request = Fixtures.request(engine: "espeak-ng", language: .en, text: "Hello.")
        request.voice.voice = "elvish+q9"
        await #expect {
            _ = try await espeak.synthesize(request)
        } throws: { error in
            let error = error as? VoiceError
            return error?.code == .unknownVoice && error?.message.contains("elvish+q9") == true
        }
    }

    @Test func aMissingLibrarySaysHowToInstallIt() {
        #expect {
            try EspeakLibrary.load(soname: "libespeak-ng-not-here.so.9")
        } throws: { error in
            guard let error = error as? VoiceError else { return false }
            return error.code == .engineMissing
                && error.message.hasPrefix("espeak-ng is not installed: run scripts/setup.sh or `apt-get install espeak-ng`")
                && error.message.contains("libespeak-ng-not-here.so.9")
        }
        #expect(
            EspeakLibrary.missingMessage(soname: "libx.so.1", reason: "not found")
                == "espeak-ng is not installed: run scripts/setup.sh or `apt-get install espeak-ng` (could not load libx.so.1: not found)")
    }

    @Test func engineNamesResolveToSynthesizers() throws {
        #expect(try VoiceEngines.synthesizer(for: nil).engine == "espeak-ng")
        #expect(try VoiceEngines.synthesizer(for: "").engine == "espeak-ng")
        #expect(try VoiceEngines.synthesizer(for: "espeak-ng").engine == "espeak-ng")
        #expect {
            try VoiceEngines.synthesizer(for: "festival")
        } throws: { error in
            let error = error as? VoiceError
            return error?.code == .unknownVoice && error?.message.contains("espeak-ng, piper") == true
        }
    }

    /// The median time to speak one of 20 English lines (in whatever configuration the tests
    /// were built, usually debug). Printed for the record; bounded so a regression fails.
    @Test func synthesisTimePerLine() async throws {
        let lines = [
            "You thought I would keep quiet forever?", "Sign the papers, and get out of my house.",
            "I never asked for your money.", "Who told you that I was the one?", "Grandmother, please, listen to me.",
            "The contract ends at midnight.", "You have no idea who I really am.", "Stop. Do not take another step.",
            "She lied to all of us.", "I will make you regret this.", "Did you really think I would forget?",
            "Bring me the file from the safe.", "That ring belonged to my mother.", "Everyone is watching us right now.",
            "Then prove it, here, in front of them.", "I am done being your shadow.", "Why are you still here?",
            "Tell them the truth, or I will.", "This company was never yours.", "Goodbye, and do not call me again.",
        ]
        let voice = VoiceCaster.cast(Fixtures.cast[0], language: .en)
        var times = [Duration]()
        let clock = ContinuousClock()
        for line in lines {
            let request = SpeechRequest(text: line, language: .en, voice: voice, emotion: .neutral)
            times.append(try await clock.measure { _ = try await espeak.synthesize(request) })
        }
        let median = times.sorted()[times.count / 2]
        print("espeak-ng synthesis: median \(median) per line over \(lines.count) English lines")
        #expect(median < .seconds(1))
    }
}
