import DramaModel
import Foundation
import Governance
import Testing

@Suite struct ConsentRegistryTests {
    static let evidence = String(repeating: "ab", count: 32)

    func record(
        id: String = "c-grace", scopes: [ConsentScope] = [.likeness, .voice], uses: [ConsentUse] = [.generation, .publication],
        territories: [String] = ["CN", "EU"], expires: String? = "2099-12-31"
    ) -> ConsentRecord {
        ConsentRecord(
            id: id, person: "Grace Lin", scopes: scopes, uses: uses, territories: territories, expires: expires,
            evidenceSHA256: Self.evidence, recorded: "2025-01-01")
    }

    func registry(with records: [ConsentRecord]) throws -> ConsentRegistry {
        var registry = try ConsentRegistry(projectRoot: try Fixtures.temporaryProject())
        for record in records { try registry.add(record) }
        return registry
    }

    @Test func validConsentPasses() throws {
        let registry = try registry(with: [record()])
        let series = Fixtures.series(likeness: .realPerson(consent: "c-grace"))
        #expect(registry.problems(series: series, use: .generation, territories: ["CN"]).isEmpty)
        // Persisted and read back by a fresh registry.
        let reread = try ConsentRegistry(projectRoot: registry.projectRoot)
        #expect(reread.records == registry.records)
    }

    @Test func missingConsentIsRefusedNamingCharacterAndFix() throws {
        let registry = try registry(with: [])
        for likeness in [Likeness.realPerson(consent: nil), .realPerson(consent: "c-nobody")] {
            let problems = registry.problems(series: Fixtures.series(likeness: likeness), use: .generation, territories: [])
            let problem = try #require(problems.first)
            #expect(problem.code == .consentMissing)
            #expect(problem.character == "grace")
            #expect(problem.message.contains("Grace Lin"))
            #expect(problem.message.contains("cliff consent add"))
        }
    }

    @Test func expiredConsentIsInvalid() throws {
        let registry = try registry(with: [record(expires: "2024-06-30")])
        let problems = registry.problems(series: Fixtures.series(likeness: .realPerson(consent: "c-grace")), use: .generation, territories: [])
        #expect(problems.map(\.code) == [.consentInvalid])
        #expect(problems.first?.message.contains("expired on 2024-06-30") == true)
        #expect(problems.first?.message.contains("c-grace") == true)
    }

    @Test func revokedConsentIsInvalidFromItsDate() throws {
        var registry = try registry(with: [record()])
        let day = Date(timeIntervalSince1970: 1_750_000_000)
        try registry.revoke(id: "c-grace", reason: "withdrawn by email", on: day)
        let series = Fixtures.series(likeness: .realPerson(consent: "c-grace"))
        #expect(registry.problems(series: series, use: .generation, territories: [], on: day.addingTimeInterval(-86_400 * 2)).isEmpty)
        let problems = registry.problems(series: series, use: .generation, territories: [], on: day)
        #expect(problems.first?.message.contains("revoked") == true)
        #expect(try ConsentRegistry(projectRoot: registry.projectRoot).record(id: "c-grace")?.revocation?.reason == "withdrawn by email")
    }

    @Test func outOfScopeUseOrTerritoryIsInvalid() throws {
        let registry = try registry(with: [
            record(id: "c-likeness-only", scopes: [.likeness]),
            record(id: "c-no-publish", uses: [.generation]),
            record(id: "c-us-only", territories: ["US"]),
        ])
        // A cloned voice needs the voice scope.
        let voice = registry.problems(
            series: Fixtures.series(likeness: .realPerson(consent: "c-likeness-only"), voiceEngine: "local.voice-clone"),
            use: .generation, territories: [])
        #expect(voice.first?.message.contains("voice") == true)
        #expect(registry.problems(
            series: Fixtures.series(likeness: .realPerson(consent: "c-likeness-only")), use: .generation, territories: []).isEmpty)
        let publish = registry.problems(series: Fixtures.series(likeness: .realPerson(consent: "c-no-publish")), use: .publication, territories: [])
        #expect(publish.first?.message.contains("does not allow publication") == true)
        let territory = registry.problems(series: Fixtures.series(likeness: .realPerson(consent: "c-us-only")), use: .generation, territories: ["CN"])
        #expect(territory.first?.message.contains("does not cover CN") == true)
        #expect(territory.first?.code == .consentInvalid)
    }

    @Test func duplicateIdsAndBadFieldsAreRefused() throws {
        var registry = try registry(with: [record()])
        #expect(throws: GovernanceError.self) { try registry.add(record()) }
        var bad = record(id: "c-bad", expires: "next year")
        bad.evidenceSHA256 = "123"
        let error = #expect(throws: GovernanceError.self) { try registry.add(bad) }
        #expect(error?.message.contains("YYYY-MM-DD") == true)
        #expect(error?.message.contains("64 hex") == true)
    }

    @Test func gateRefusesGenerationWithoutConsent() throws {
        let root = try Fixtures.temporaryProject()
        let gate = try GovernanceGate(projectRoot: root)
        let report = try gate.checkBeforeGeneration(series: Fixtures.series(likeness: .realPerson(consent: "c-x")), scripts: [1: "INT. OFFICE - DAY\n\nHello.\n"])
        #expect(report.blocked)
        let error = #expect(throws: GovernanceError.self) { try report.requirePassed("generation") }
        #expect(error?.code == .consentMissing)
        #expect(try gate.audit.records().last?.kind == "policy.check.generation")
    }

    /// A localised edition (`<series>/editions/<lang>/`) plays the series' people: its gate reads
    /// the series' consents (and policy), so a consent given to the series covers the edition
    /// and a revocation stops both.
    @Test func anEditionIsGovernedByItsSeriesConsents() throws {
        let series = try Fixtures.temporaryProject()
        let edition = series.appendingPathComponent("editions/zh")
        try FileManager.default.createDirectory(at: edition, withIntermediateDirectories: true)
        for file in [series.appendingPathComponent("series.yaml"), edition.appendingPathComponent("series.yaml")] {
            try Data("series: {}\n".utf8).write(to: file)
        }
        try Data("{}".utf8).write(to: edition.appendingPathComponent("lines.json"))
        var registry = try ConsentRegistry(projectRoot: series)
        try registry.add(record())
        let cast = Fixtures.series(likeness: .realPerson(consent: "c-grace"))

        let gate = try GovernanceGate(projectRoot: edition)
        #expect(gate.governedRoot.standardizedFileURL == series.standardizedFileURL)
        #expect(try gate.consentProblems(series: cast, use: .publication).isEmpty, "the series' consent covers its edition")
        try registry.revoke(id: "c-grace", reason: "withdrawn", on: Date().addingTimeInterval(-86_400))
        #expect(try gate.consentProblems(series: cast, use: .publication).map(\.code) == [.consentInvalid])
        // A folder that is not an edition keeps its own registry.
        let other = try Fixtures.temporaryProject()
        #expect(try GovernanceGate(projectRoot: other).consentProblems(series: cast, use: .publication).map(\.code) == [.consentMissing])
    }
}
