public import Foundation
import DramaModel

extension JobStore {
    /// Records what a model writer consumed (tokens, requests) in the ledger, priced by the
    /// project's price book, as one `write` entry per unit for the episodes written.
    /// - Throws: `ProductionError` (`unpricedUsage` for a unit the price book does not price,
    ///   `storeFailed`).
    public func recordWriterUsage(_ usage: Usage, generator: GeneratorID, episodes: [Int], prices: PriceBook, at time: Date = Date()) async throws {
        guard !usage.isEmpty else { return }
        let key = NodeKey(generator: generator, parameters: CanonicalJSON.encode(episodes), inputs: [])
        var entries: [LedgerEntry] = []
        for (unit, quantity) in usage.quantities.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where quantity > 0 {
            entries.append(LedgerEntry(
                node: key, episode: nil, step: "write", generator: generator.id, unit: unit, quantity: quantity,
                cost: try prices.cost(quantity, unit, generator: generator), succeeded: true, attempt: 1, owner: "cliff write", at: time))
        }
        try await recordUsage(entries)
    }
}
