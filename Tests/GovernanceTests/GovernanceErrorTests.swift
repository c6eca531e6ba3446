import Foundation
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

@Suite struct ComplianceNeverGuessesTests {
    @Test func aValueThatCannotBeEncodedIsNeverSignedOrHashed() {
        struct Unencodable: Encodable {
            func encode(to encoder: any Encoder) throws {
                throw EncodingError.invalidValue(Double.nan, .init(codingPath: [], debugDescription: "not a number"))
            }
        }
        let error = #expect(throws: GovernanceError.self) { try SignedManifest.canonicalBytes(Unencodable()) }
        #expect(error?.code == .provenanceInvalid)
        #expect(error?.message.contains("nothing was signed") == true)
    }

    @Test func aDamagedFindingsFileStopsTheGateWithWhereAndHow() throws {
        let root = try Fixtures.temporaryProject()
        let gate = try GovernanceGate(projectRoot: root)
        _ = try gate.checkBeforeGeneration(series: Fixtures.series(), scripts: [1: "INT. OFFICE - DAY\n\nGrace signs.\n"])
        let findings = root.appendingPathComponent("governance/findings.json")
        #expect(FileManager.default.fileExists(atPath: findings.path))
        try Data("[{\"broken\": ".utf8).write(to: findings)
        let error = #expect(throws: GovernanceError.self) {
            try gate.checkBeforeGeneration(series: Fixtures.series(), scripts: [1: "INT. OFFICE - DAY\n\nGrace signs.\n"])
        }
        #expect(error?.message.contains("governance/findings.json") == true)
        #expect(error?.hint?.contains("move governance/findings.json aside") == true)
        // The damaged file is left as it was for the user to inspect.
        #expect(try String(contentsOf: findings, encoding: .utf8) == "[{\"broken\": ")
    }
}
