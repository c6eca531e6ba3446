import Foundation
import Governance
import Testing

@Suite struct OverrideTests {
    let script = """
        INT. OFFICE - DAY

        GRACE
        Donald Trump called.

        GRACE
        Here is how to kill yourself.
        """

    @Test func reviewerOverridesNeedsReviewButNotBlock() throws {
        let root = try Fixtures.temporaryProject()
        let gate = try GovernanceGate(projectRoot: root)
        let first = try gate.checkBeforeGeneration(series: Fixtures.series(), scripts: [1: script])
        let review = try #require(first.needsReview.first)
        let block = try #require(first.blocking.first)
        #expect(review.rule == "en.political-figure")

        let refusedRole = #expect(throws: GovernanceError.self) {
            try gate.recordOverride(findingID: review.id, by: "sam", role: "writer", reason: "satire")
        }
        #expect(refusedRole?.code == .overrideRefused)
        let refusedBlock = #expect(throws: GovernanceError.self) {
            try gate.recordOverride(findingID: block.id, by: "mei", role: "reviewer", reason: "it is fiction")
        }
        #expect(refusedBlock?.code == .overrideRefused)
        #expect(refusedBlock?.message.contains("only needs-review") == true)

        let record = try gate.recordOverride(findingID: review.id, by: "mei", role: "reviewer", reason: "a phone call, no depiction")
        #expect(record.kind == "policy.override")
        #expect(record.details["reason"] == "a phone call, no depiction")

        let second = try gate.checkBeforeGeneration(series: Fixtures.series(), scripts: [1: script])
        #expect(second.needsReview.isEmpty)
        #expect(second.overridden.map(\.id) == [review.id])
        #expect(second.blocked)  // the block finding still stands
        #expect(try gate.audit.verify().isIntact)
    }
}
