import DramaModel
import Foundation
import ModelServices
import Production
import SQLiteStore
import StoryEngine

/// Attaches the model services of `cliff.yaml` (`services:`) to the production line: pictures,
/// clips and voices as graph nodes, the writer for `cliff write`, and the writer's tokens in the
/// ledger.
enum ModelServiceWiring {
    /// Attaches the project's services (`services:` in `cliff.yaml`) to it; nil when none.
    /// - Throws: `CLIError` listing every problem of the `services` section, or a missing key.
    static func attach(to project: inout ProductionProject) throws -> ServiceHub? {
        return try ServiceHub.attach(to: &project)
    }

    /// Records what a model writer consumed in the project's ledger, priced by `cliff.yaml`.
    static func recordWriterUsage(_ usage: Usage, generator: GeneratorID, episodes: [Int], project: ProductionProject) async throws {
        guard !usage.isEmpty else { return }
        let store = try SQLiteJobStore(path: project.databaseURL.path)
        let key = NodeKey(generator: generator, parameters: CanonicalJSON.encode(episodes), inputs: [])
        let prices = PriceBook(project.settings.prices)
        var entries: [LedgerEntry] = []
        for (unit, quantity) in usage.quantities.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where quantity > 0 {
            let cost: Money
            cost = try prices.cost(quantity, unit, generator: generator)
            entries.append(LedgerEntry(
                node: key, episode: nil, step: "write", generator: generator.id, unit: unit, quantity: quantity, cost: cost,
                succeeded: true, attempt: 1, owner: "cliff write", at: Date()))
        }
        try await store.recordUsage(entries)
    }
}
