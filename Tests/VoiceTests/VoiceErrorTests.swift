import Testing

@testable import Voice

@Suite struct VoiceErrorTests {
    @Test func messageIsTheDescription() {
        let error = VoiceError(code: .engineMissing, message: "espeak-ng is not installed")
        #expect(error.description == "espeak-ng is not installed")
        #expect(error.code == .engineMissing)
    }
}
