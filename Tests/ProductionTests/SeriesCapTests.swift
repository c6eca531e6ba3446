import DramaModel
import Foundation
import Logging
import Production
import SQLiteStore
import Testing

/// `ProductionRequest.seriesCap`: a cap on the series' ledger for one run (a slate's remainder),
/// held job by job like `budget.series_usd`, the lower of the two winning.
@Suite struct SeriesCapTests {
    /// Lets everything through: these tests are about the budget, and the compliance gate
    /// (Governance's) has its own tests.
    struct OpenGate: ComplianceGate {
        func checkBeforeGeneration(_ project: ProductionProject, episodes: [Int]?, actor: String, recording: Bool) throws {}
        func signRendered(_ project: ProductionProject, store: any JobStore, episodes: [Int]?, deliverable: Deliverable) async throws {}
    }

    static func run(_ fixture: Fixture, cap: Money?) async throws -> (ProductionPlan, ProductionSummary) {
        let line = ProductionLine(project: fixture.project, store: fixture.store, compliance: OpenGate(), logger: Logger(label: "test"))
        let production = try await line.prepare(ProductionRequest(deliverable: .subtitles, workers: 1, seriesCap: cap))
        async let events: Void = { for await _ in production.events {} }()
        let summary = try await production.run()
        await events
        return (production.plan, summary)
    }

    @Test(arguments: [nil, "0.05"])
    func aRequestsSeriesCapStopsTheRunBeforeItIsPassed(settingsCap: String?) async throws {
        let yaml = (settingsCap.map { "budget: { series_usd: \($0) }\n" } ?? "") + "prices:\n  - { generator: builtin.espeak-ng, unit: character, usd: 0.0005 }\n"
        let fixture = try Fixture.make(episodes: 2, settings: yaml, targetSeconds: 20)
        let cap = Money(dollars: "0.03")!
        let (plan, summary) = try await Self.run(fixture, cap: cap)
        #expect(plan.estimatedTotal > cap)
        guard case .overBudget(let stop) = summary.ending else {
            Issue.record("expected a budget stop, got \(summary.ending)")
            return
        }
        #expect(stop.episode == nil && stop.cap == cap)  // the lower cap wins over cliff.yaml's 0.05
        let spent = try await fixture.store.ledger().reduce(Money.zero) { $0 + $1.cost }
        #expect(spent > .zero && spent <= cap)
    }

    @Test func theSettingsCapWinsWhenItIsLower() async throws {
        let yaml = "budget: { series_usd: 0.02 }\nprices:\n  - { generator: builtin.espeak-ng, unit: character, usd: 0.0005 }\n"
        let fixture = try Fixture.make(episodes: 2, settings: yaml, targetSeconds: 20)
        let (_, summary) = try await Self.run(fixture, cap: Money(dollars: "0.03")!)
        guard case .overBudget(let stop) = summary.ending else {
            Issue.record("expected a budget stop, got \(summary.ending)")
            return
        }
        #expect(stop.cap == Money(dollars: "0.02")!)
    }
}
