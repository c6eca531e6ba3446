import Audience
import Testing

@Suite("AudienceError")
struct AudienceErrorTests {
    @Test("the description leads with the field at fault")
    func describesField() {
        let error = AudienceError(code: .invalidInput, message: "is missing", field: "batch[3].properties.episode")
        #expect(error.description == "batch[3].properties.episode: is missing")
        #expect(AudienceError(code: .storeFailed, message: "disk full").description == "disk full")
        #expect(error.code == .invalidInput && error.code != .invalidImport)
    }
}
