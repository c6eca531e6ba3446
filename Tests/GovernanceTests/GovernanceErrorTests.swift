import Governance
import Testing

@Suite struct GovernanceErrorTests {
    @Test func describesItselfByItsMessage() {
        let error = GovernanceError(code: .consentMissing, message: "character 'lin' is based on a real person and has no consent record")
        #expect(error.description == error.message)
        #expect(error.code == .consentMissing)
        #expect(error.code != .consentInvalid)
    }
}
